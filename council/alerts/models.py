"""Who follows what, and which remarks each address has been sent.

A subscriber is an email address and the language it signed up in; each thing it follows is a
subscription, confirmed from a signed link in a mail before anything is sent to it (double
opt-in). ``manage.py send_alerts`` (``digests.py``) sends each subscriber the new remarks that
match, and records a ``Delivery`` for each, so that no remark is sent to an address twice.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from council.archive.templatetags.archive import local
from council.records.models import PolicyItem, Remark
from council.search.forms import SearchForm
from council.search.search import RemarkSearch

# A confirmation link works this long; an unconfirmed sign-up is then deleted.
CONFIRMATION_DAYS = 7
# Remarks of meetings first published longer ago than this are no longer sent: a mail that
# failed is tried again on every run until then, and what was sent is forgotten after it.
PUBLISHED_WITHIN = timedelta(days=30)


def new_key():
    """What a signed link names: random, never the row's id, which SQLite hands out again after
    the newest row is deleted, so that an old link cannot reach a later sign-up."""
    return secrets.token_urlsafe(16)


class SignedLink(models.Model):
    """A row reached from a link in a mail: its key, signed for one purpose (``link_purpose``)
    and, where ``link_days`` is set, for that many days."""

    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)

    link_purpose = None
    link_days = None

    class Meta:
        abstract = True

    @classmethod
    def signer(cls):
        return signing.TimestampSigner(salt=f"council.alerts.{cls.link_purpose}")

    @property
    def token(self):
        return self.signer().sign(self.key)

    @classmethod
    def from_token(cls, token):
        """The row ``token`` was made for. Raises ``signing.BadSignature`` for a token forged,
        altered or expired (``SignatureExpired``), and ``DoesNotExist`` once the row is gone."""
        max_age = timedelta(days=cls.link_days) if cls.link_days else None
        return cls.objects.get(key=cls.signer().unsign(token, max_age=max_age))


class Subscriber(SignedLink):
    """An email address that receives alerts, in the language of the page it last signed up
    on. Its link, in every mail, shows and ends its alerts; it does not expire, as the mails
    that hold it are kept."""

    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)

    link_purpose = "subscriber"

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["email"]
        constraints = [
            # Addresses differ in case only in their senders' typing.
            models.UniqueConstraint(Lower("email"), name="subscriber_unique_email"),
        ]

    def __str__(self):
        return self.email


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_too_long(self, now):
        """Sign-ups whose confirmation link has expired unused."""
        return self.filter(
            confirmed_at__isnull=True, created_at__lt=now - timedelta(days=CONFIRMATION_DAYS)
        )

    def following_nothing(self):
        """Subscriptions whose policy item was deleted (see ``Subscription.policy_item``)."""
        return self.filter(search="", policy_item__isnull=True)


class Subscription(SignedLink):
    """One thing an address follows: a search of the remarks (words and filters, as the search
    page takes them, so that following a speaker, an institution, a council or a topic is
    following that filter), or a policy item. Nothing is sent before it is confirmed."""

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    search = models.TextField(
        _("search"),
        blank=True,
        help_text=_("The search page's words and filters, as its address has them."),
    )
    # Set to null, not cascaded, when the item is deleted: a cascade would list the
    # subscriptions (and ask for the right to delete them) on the editor's deletion page.
    policy_item = models.ForeignKey(
        PolicyItem,
        verbose_name=_("policy item"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    link_purpose = "confirm"
    link_days = CONFIRMATION_DAYS

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["subscriber", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(search="") | Q(policy_item__isnull=True),
                name="subscription_follows_one_thing",
            ),
        ]

    def __str__(self):
        return "; ".join(f"{label}: {value}" for label, value in self.description())

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def search_form(self):
        return SearchForm(QueryDict(self.search))

    def description(self):
        """``[(what, value)]``: the words and each filter, or the policy item, in the current
        language. A query or two (the search's names)."""
        if self.policy_item_id:
            return [(_("Policy item"), local(self.policy_item, "name"))]
        form = self.search_form()
        if not form.is_valid():  # a filter since renamed or gone: as it was asked
            return [(_("Search"), self.search)]
        return describe_search(form.cleaned_data)

    def site_path(self):
        """Where the site shows what it follows, in the current language."""
        if self.policy_item_id:
            return self.policy_item.get_absolute_url()
        return f"{reverse('search:search')}?{self.search}"

    def matching_remarks(self):
        """The published remarks it follows, by the search page's own matching: a search whose
        filter has since been renamed or deleted matches none."""
        if self.policy_item_id:
            return Remark.objects.published().filter(agenda_item__policy_items=self.policy_item_id)
        form = self.search_form()
        if not form.is_valid():
            return Remark.objects.none()
        return RemarkSearch(form.cleaned_data).matched.remarks

    def new_remarks(self, now):
        """The remarks it follows not yet sent to its address, of meetings first published
        since it was confirmed and within ``PUBLISHED_WITHIN``. A draft is not published, nor
        a meeting withdrawn since; a remark corrected after it was sent was sent."""
        sent = Delivery.objects.filter(subscriber=self.subscriber_id, remark=OuterRef("pk"))
        return (
            self.matching_remarks()
            .filter(meeting__published_at__gte=max(self.confirmed_at, now - PUBLISHED_WITHIN))
            .exclude(Exists(sent))
        )

    def confirm(self):
        """Confirms it, from now on: what was published before is not news to it."""
        self.confirmed_at = timezone.now()
        self.save(update_fields=["confirmed_at"])


def describe_search(cleaned):
    """``[(what, value)]`` for a valid ``SearchForm``'s words and filters."""
    described = []
    if cleaned.get("q"):
        described.append((_("Words"), cleaned["q"]))
    if cleaned.get("speaker"):
        names = ", ".join(local(person, "name") for person in cleaned["speaker"])
        described.append((_("Speaker"), names))
    for name, label in (
        ("institution", _("Institution")),
        ("council", _("Council")),
        ("topic", _("Topic")),
    ):
        if cleaned.get(name):
            described.append((label, local(cleaned[name], "name")))
    for name, label in (("from", _("From")), ("to", _("To"))):
        if cleaned.get(name):
            described.append((label, cleaned[name].isoformat()))
    return described


class Delivery(models.Model):
    """A remark sent to an address: it is not sent there again, even corrected."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    remark = models.ForeignKey(Remark, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("remark sent in an alert")
        verbose_name_plural = _("remarks sent in alerts")
        constraints = [
            # Also the index of "not yet sent to this address" (Subscription.new_remarks).
            models.UniqueConstraint(fields=["subscriber", "remark"], name="delivery_once"),
        ]
        indexes = [
            # Forgetting what was sent before PUBLISHED_WITHIN (digests.forget_old_deliveries).
            models.Index(fields=["sent_at"], name="delivery_sent_at_idx"),
        ]

    def __str__(self):
        # Listed to editors who delete a remark: no address.
        return f"{self.sent_at:%Y-%m-%d}"
