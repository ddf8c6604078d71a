from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.mail.message import sanitize_address
from django.core.validators import EmailValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from council.archive.templatetags.archive import local
from council.records.models import PolicyItem
from council.search.forms import SearchForm
from council.search.search import RemarkSearch

from .models import Subscriber, describe_search

# The search page's parameters that say what to find: all but its order and page.
SEARCH_PARAMETERS = ("q", "speaker", "institution", "council", "topic", "from", "to")


def search_parameters(cleaned):
    """The query string of a valid ``SearchForm``'s words and filters, always written the same
    way (slugs, ISO dates, in one order), so that one search followed twice is found again."""
    pairs = [("q", cleaned["q"])] if cleaned.get("q") else []
    pairs += [("speaker", person.slug) for person in cleaned.get("speaker") or []]
    pairs += [
        (name, cleaned[name].slug)
        for name in ("institution", "council", "topic")
        if cleaned.get(name)
    ]
    pairs += [(name, cleaned[name].isoformat()) for name in ("from", "to") if cleaned.get(name)]
    return urlencode(pairs)


def mail_can_be_sent_to(email):
    """Django's address validator lets through domains a mail's header cannot hold (a
    direction mark, a label too long once in punycode): sending to them fails at the send."""
    try:
        sanitize_address(email, "utf-8")
    except (UnicodeError, ValueError):
        raise ValidationError(EmailValidator.message, code="invalid") from None


class SignUpForm(forms.Form):
    """An address, and what it follows: the search page's words and filters (read by the
    search's own form), or a policy item (``policy``, its slug)."""

    email = forms.EmailField(
        label=_("Your email address"), max_length=254, validators=[mail_can_be_sent_to]
    )
    policy = forms.SlugField(required=False, max_length=200, widget=forms.HiddenInput)

    def __init__(self, data=None):
        super().__init__(data)
        self.search = SearchForm(data)

    def clean_policy(self):
        slug = self.cleaned_data["policy"]
        if not slug:
            return None
        policy = PolicyItem.objects.published().filter(slug=slug).first()
        if policy is None:
            raise ValidationError(_("There is no such policy item."))
        return policy

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("policy") or "policy" in self.errors:
            return cleaned
        if not self.search.is_valid():
            for errors in self.search.errors.values():
                for error in errors:
                    self.add_error(None, error)
        elif RemarkSearch(self.search.cleaned_data).is_empty:
            raise ValidationError(
                _(
                    "Give words to look for, or follow a speaker, an institution, a council, "
                    "a topic or a policy item from its page."
                )
            )
        return cleaned

    def following(self):
        """``[(what, value)]`` of what the form asks to follow, as far as it is valid (the page
        shown again after a mistake in the address says what it was for)."""
        if not self.is_bound:
            return []
        self.is_valid()
        if policy := self.cleaned_data.get("policy"):
            return [(_("Policy item"), local(policy, "name"))]
        if self.search.is_valid():
            return describe_search(self.search.cleaned_data)
        return []

    def save(self, language):
        """The subscription asked for, unconfirmed if it is new, for the address in
        ``language``: the language of its mails from now on."""
        email, policy = self.cleaned_data["email"], self.cleaned_data["policy"]
        search = "" if policy else search_parameters(self.search.cleaned_data)
        with transaction.atomic():
            subscriber, created = Subscriber.objects.get_or_create(
                email__iexact=email, defaults={"email": email, "language": language}
            )
            if not created and subscriber.language != language:
                subscriber.language = language
                subscriber.save(update_fields=["language"])
            subscription, _ = subscriber.subscriptions.get_or_create(
                search=search, policy_item=policy
            )
        return subscription
