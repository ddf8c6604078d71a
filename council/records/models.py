"""The domain of a policy council's proceedings.

A council holds meetings; institutions take part in them; people speak at them, holding
appointments that change over time; each quoted remark is kept in order within its meeting,
with the role its speaker was printed with. Policy items (plans, bills, programmes) are tracked
across the meetings that discuss them.
"""

import functools
import hashlib
import io
import json
import operator
import secrets
import threading
from collections import namedtuple
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import NamedTuple

import reversion
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.signals import request_finished, request_started
from django.core.validators import RegexValidator
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, models, transaction
from django.db.models import Count, Exists, F, Max, OuterRef, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Lower, Replace
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format
from django.utils.timezone import template_localtime
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps
from taggit.managers import TaggableManager
from taggit.models import Tag, TaggedItem

from council.lib.text import NAME_PUNCTUATION, clean_text

from . import deleted_files, document_text
from .addresses import address
from .languages import OTHER_LANGUAGE, Language, shown, topic_names
from .pictures import PictureField
from .revision_watch import watch
from .search_document import RemarkSearchDocument
from .statements import Statement
from .validators import document_limits, validate_document
from .versioning import Versioned


def may_preview(user):
    """Staff who may view meetings in the admin also see drafts, at their public addresses."""
    return user.is_active and user.is_staff and user.has_perm("records.view_meeting")


def clean_text_fields(instance, **signal):
    """Clean every text the instance holds (see ``council.lib.text``): run before every save of
    a record or a topic (``RecordsConfig.ready``) and by ``Remark.objects.bulk_create``."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            # A deferred field is not read (a query) and not saved.
            value = instance.__dict__.get(field.attname)
            if isinstance(value, str):
                multiline = isinstance(field, models.TextField)
                setattr(instance, field.attname, clean_text(value, multiline=multiline))


class CleansText(models.Model):
    """A record staff edit. Its texts are cleaned before they are validated too, so that a field
    that was only control characters is refused as empty, on the form, instead of saved so."""

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None):
        clean_text_fields(self)
        super().clean_fields(exclude)


@functools.cache
def choice_labels(field):
    return dict(field.flatchoices)


class ChoiceLabels(models.Model):
    """``get_FOO_display()`` from each field's table of labels, made once: Django's builds the
    table on every call, hashing each lazy label (a translation apiece), 20–50 µs a call, and
    the list of institutions asks it of each one."""

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        return force_str(choice_labels(field).get(value, value), strings_only=True)


class StoresFiles(models.Model):
    """A record with uploaded files. A file leaves the public files, once the change is committed,
    when its row no longer names it: replaced by a new upload, or deleted with its row; it is
    kept among the deleted files (see ``deleted_files``), and comes back when a row names it
    again (a version restored from the history). Before, deleted rows' files stayed reachable at
    their addresses; then they were deleted outright, and a row restored showed a broken image.

    Kept by signals (``RecordsConfig.ready``): a restore saves its rows raw, past ``save()``, and
    a cascade deletes them past ``delete()``; both send the signals.
    """

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_files = instance.file_names()
        return instance

    def files_before_save(self, raw):
        if raw:
            # A version restored (or a fixture loaded) replaces the row as it stands, unread.
            self._stored_files = self.file_names_stored()

    def files_after_save(self):
        named = set(self.file_names().values())
        named_before = set(getattr(self, "_stored_files", {}).values())
        self.after_commit(deleted_files.set_aside, named_before - named)
        # At once: the form that saves a restore reads the picture (its size) before the commit.
        brought_back = [name for name in named - named_before if deleted_files.bring_back(name)]
        self.after_commit(deleted_files.purge, brought_back)
        self._stored_files = self.file_names()

    def files_after_delete(self):
        self.after_commit(deleted_files.set_aside, self.file_names().values())

    @classmethod
    def file_fields(cls):
        return [f for f in cls._meta.concrete_fields if isinstance(f, models.FileField)]

    def file_names(self):
        """``{field: stored name}``, read without a query (a deferred field is left out)."""
        names = {}
        for field in self.file_fields():
            if field.attname in self.__dict__:
                value = self.__dict__[field.attname]
                names[field.attname] = getattr(value, "name", value) or ""
        return names

    def file_names_stored(self):
        """``{field: stored name}`` as the row in the database has them ({} for no row). A query."""
        fields = [field.attname for field in self.file_fields()]
        row = type(self)._base_manager.filter(pk=self.pk).values(*fields).first()
        return row or {}

    @classmethod
    def file_names_in(cls, version):
        """The names of the files a version of the record, from its history, names. Read from
        the version's JSON, not loaded: loading a photo saved before its thumbnail's size was
        stored reads the thumbnail, which fails where the file is set aside."""
        [stored] = json.loads(version.serialized_data)
        names = (stored["fields"].get(field.name) for field in cls.file_fields())
        return [name for name in names if name]

    def after_commit(self, move, names):
        # After the commit: a rolled-back deletion, replacement or restore moves no file.
        for name in filter(None, names):
            transaction.on_commit(lambda name=name: move(name), robust=True)


class InBothLanguages(models.CheckConstraint):
    """The constraint of a text kept as a pair, ``field`` in English and ``field_ko`` in
    Korean: either may be empty, not both. Its error is the English field's, so that a form
    shows it beside the box to fill (a check constraint's error is otherwise the whole form's)."""

    def __init__(self, field, name, message):
        self.field = field
        super().__init__(
            condition=~Q(**{field: ""}) | ~Q(**{f"{field}_ko": ""}),
            name=name,
            violation_error_message=message,
        )

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            super().validate(model, instance, exclude=exclude, using=using)
        except ValidationError as error:
            raise ValidationError({self.field: error}) from None

    def clone(self):
        return type(self)(self.field, self.name, self.violation_error_message)

    def deconstruct(self):
        # Migrations keep it as the plain check constraint it is in the database.
        _, args, kwargs = super().deconstruct()
        return "django.db.models.CheckConstraint", args, kwargs


class PublicQuerySet(models.QuerySet):
    """The one visibility rule: every public view, feed, sitemap, search and export goes through
    ``published()`` (things that belong to at least one published meeting) or ``visible_to()``."""

    def published(self):
        raise NotImplementedError

    def visible_to(self, user):
        return self if may_preview(user) else self.published()


class NamedQuerySet(PublicQuerySet):
    """Records known by an English and a Korean name."""

    def with_name_keys(self):
        """Each row with its ``name`` and ``name_ko`` as ``council.lib.text.name_key`` has them,
        as ``name_key`` and ``name_ko_key``, for names typed or read from an article. Worked out
        for every row (no index serves them). Of white space only the space goes: a name is
        saved as one line (see ``clean_text``)."""
        return self.annotate(
            name_key=database_name_key("name"), name_ko_key=database_name_key("name_ko")
        )


def database_name_key(field):
    key = Lower(field)
    for character in f" {NAME_PUNCTUATION}":
        key = Replace(key, Value(character), Value(""))
    return key


# Meeting and person slugs sit beside /meetings/<year>/ in the URL scheme.
not_only_digits = RegexValidator(
    r"^\d+$", inverse_match=True, message=_("A slug needs at least one letter.")
)


class FormerSlug(models.Model):
    """A slug an object used to have: its old address redirects to the current one."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    slug = models.SlugField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "slug"], name="formerslug_unique"),
        ]

    def __str__(self):
        return self.slug


class KeepsFormerSlugs(CleansText):
    """Remembers the slug an object was loaded with, and records it when the slug changes."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        former = getattr(self, "_saved_slug", None)
        with transaction.atomic():
            super().save(*args, **kwargs)
            if former and former != self.slug:
                kind = ContentType.objects.get_for_model(self)
                FormerSlug.objects.filter(content_type=kind, slug=self.slug).delete()
                FormerSlug.objects.update_or_create(
                    content_type=kind, slug=former, defaults={"object_id": self.pk}
                )
        self._saved_slug = self.slug

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._saved_slug = instance.__dict__.get("slug")
        return instance

    @classmethod
    def find_by_former_slug(cls, queryset, slug):
        """The object of ``queryset`` that used to have ``slug``, or None (one query)."""
        former = FormerSlug.objects.filter(
            content_type=ContentType.objects.get_for_model(cls), slug=slug
        ).values("object_id")
        return queryset.filter(pk__in=former).first()


class StampThisRequest(threading.local):
    """The revision stamp as a request first read it: the page's cache key and the values
    kept for the records (the footer's site pages, the search's filter choices) each ask for
    it, and it is one read a request whoever asks. Outside a request (a command, a test's own
    code) it is read every time."""

    in_request = False
    stamp = None
    read = False

    def begin(self, **kwargs):
        self.in_request, self.read = True, False

    def end(self, **kwargs):
        self.in_request, self.read = False, False


stamp_this_request = StampThisRequest()
request_started.connect(stamp_this_request.begin)
request_finished.connect(stamp_this_request.end)


class Revision(models.Model):
    """One row, stamped at every change to the records.

    Conditional GETs and the page cache key on it, so an edit or a publication shows at once
    in every worker without knowing which pages it touched. The row in the database is the
    only copy: a command, or a second server with a cache of its own, stamps it too, and every
    worker reads it (one query by primary key) before answering from a cache.
    """

    changed_at = models.DateTimeField()

    def __str__(self):
        return self.changed_at.isoformat()

    @classmethod
    def stamp(cls, **kwargs):
        now = timezone.now()
        stamp_this_request.read = False  # a request that changes the records reads them anew
        if not cls.objects.filter(pk=1).update(changed_at=now):
            cls.objects.bulk_create([cls(pk=1, changed_at=now)], ignore_conflicts=True)
        if settings.REVISION_WATCH:
            # This process's next request must not wait for PostgreSQL's notification.
            transaction.on_commit(watch.mark_stale)

    @classmethod
    def last_changed(cls):
        """When the records last changed; None before the first change. Asked by every page,
        a cached one included: on PostgreSQL the watch (``revision_watch``) mostly knows it
        without a round trip; elsewhere it is one query (``read_stamp``), once a request
        (``StampThisRequest``)."""
        memo = stamp_this_request
        if memo.read:
            return memo.stamp
        watched = settings.REVISION_WATCH
        stamp = watch.last_changed(cls.read_stamp) if watched else cls.read_stamp()
        if memo.in_request:
            memo.stamp, memo.read = stamp, True
        return stamp

    @classmethod
    def read_stamp(cls):
        """One query, written out: on the shared two-core machine the ORM took 0.6–1.4 ms to
        build and read this one row, the plain cursor 0.3–0.5 ms, and a cached page's Redis
        read costs 0.25 ms."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT changed_at FROM {cls._meta.db_table} WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else None


class InstitutionQuerySet(NamedQuerySet):
    def published(self):
        meetings = Meeting.objects.published()
        return self.filter(
            Exists(Participation.objects.filter(meeting__in=meetings, institution=OuterRef("pk")))
            | Exists(AgendaItem.objects.filter(meeting__in=meetings, presenter=OuterRef("pk")))
            | Exists(meetings.filter(council__host=OuterRef("pk")))
            | Exists(
                Appointment.objects.filter(
                    person__in=Person.objects.published(), institution=OuterRef("pk")
                )
            )
        )


@reversion.register()
class Institution(ChoiceLabels, Versioned, CleansText):
    """A ministry, agency, university, association, company or other body."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry")
        AGENCY = "agency", _("Public agency")
        LEGISLATURE = "legislature", _("Legislature")
        COMMITTEE = "committee", _("Committee")
        LOCAL_GOVERNMENT = "local-government", _("Local government")
        UNIVERSITY = "university", _("University")
        RESEARCH = "research", _("Research institute")
        ASSOCIATION = "association", _("Association")
        COMPANY = "company", _("Company")
        OTHER = "other", _("Other")

    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Full English name, e.g. “Ministry of SMEs and Startups”."),
    )
    name_ko = models.CharField(
        _("Korean name"), max_length=200, blank=True, help_text=_("e.g. “중소벤처기업부”.")
    )
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("The abbreviation the press uses, e.g. MSS, KOSME, TIPA."),
    )
    short_name_ko = models.CharField(
        _("Korean short name"), max_length=40, blank=True, help_text=_("e.g. “중기부”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The institution's address on the site."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_("Lets the public browse institutions by kind."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent institution"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The body it belongs to, e.g. KOSME under the Ministry of SMEs and Startups."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The official home page."))
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the institution does, in a sentence or two."),
    )
    description_ko = models.TextField(_("description in Korean"), blank=True)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]
        constraints = [
            # Institutions entered only in Korean have no English name to tell apart.
            models.UniqueConstraint(
                Lower("name"), condition=~Q(name=""), name="institution_unique_name"
            ),
            InBothLanguages(
                "name", "institution_has_name", _("Give the name in English, Korean or both.")
            ),
        ]

    def __str__(self):
        name = self.name or self.name_ko
        short_name = self.short_name or self.short_name_ko
        return f"{name} ({short_name})" if short_name else name

    def get_absolute_url(self):
        return address("archive:institution", self.slug)

    @property
    def display_name(self):
        """The short name where the press uses one: how a busy reader recognises it."""
        return self.short_name or self.name

    @property
    def display_name_ko(self):
        return self.short_name_ko or self.name_ko


class PersonQuerySet(NamedQuerySet):
    def published(self):
        return self.filter(Exists(Remark.objects.published().filter(speaker=OuterRef("pk"))))


@reversion.register(follow=["appointments"])
class Person(Versioned, StoresFiles, KeepsFormerSlugs):
    """Someone who speaks at meetings."""

    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("As romanised in English sources, family name first: “Hwang Young-ho”."),
    )
    name_ko = models.CharField(
        _("Korean name"), max_length=100, blank=True, help_text=_("e.g. “황영호”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        validators=[not_only_digits],
        help_text=_("The person's address on the site; the old one redirects if it changes."),
    )
    bio = models.TextField(
        _("short biography"),
        blank=True,
        help_text=_("A few sentences; titles belong in appointments below."),
    )
    bio_ko = models.TextField(_("short biography in Korean"), blank=True)
    portrait = PictureField(
        _("portrait"),
        upload_to="people/",
        blank=True,
        help_text=_("Optional. JPEG, PNG or WebP."),
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        indexes = [
            # /media/people/…: the person a portrait belongs to (see stored_file_visible_to).
            models.Index(fields=["portrait"], name="person_portrait_idx"),
        ]
        constraints = [
            InBothLanguages(
                "name", "person_has_name", _("Give the name in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return self.name or self.name_ko

    def get_absolute_url(self):
        return address("archive:speaker", self.slug)


class AppointmentQuerySet(models.QuerySet):
    def on_date(self, day):
        """Appointments held on ``day``; an open start or end counts as holding."""
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
        )


@reversion.register()
class Appointment(Versioned, CleansText):
    """A title a person held at an institution, from one date to another."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="appointments"
    )
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Director general for technology innovation policy”."),
    )
    title_ko = models.CharField(
        _("Korean title"), max_length=200, blank=True, help_text=_("e.g. “기술혁신정책관”.")
    )
    start_date = models.DateField(
        _("from"), null=True, blank=True, help_text=_("Leave empty when unknown.")
    )
    end_date = models.DateField(
        _("to"), null=True, blank=True, help_text=_("Leave empty while the appointment lasts.")
    )

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        # By the column, not the person's own ordering: that would join people into every query.
        ordering = ["person_id", "-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="appointment_ends_after_start",
                violation_error_message=_("An appointment cannot end before it starts."),
            ),
            InBothLanguages(
                "title", "appointment_has_title", _("Give the title in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return f"{self.person}, {self.title or self.title_ko}, {self.institution.display_name or self.institution.display_name_ko}"


class CouncilQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(Exists(Meeting.objects.published().filter(council=OuterRef("pk"))))


@reversion.register()
class Council(ChoiceLabels, Versioned, CleansText):
    """A standing policy council that meets repeatedly."""

    class Cadence(models.TextChoices):
        WEEKLY = "weekly", _("Weekly")
        MONTHLY = "monthly", _("Monthly")
        QUARTERLY = "quarterly", _("Quarterly")
        IRREGULAR = "irregular", _("Irregular")

    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “SME and venture AI policy council”."),
    )
    name_ko = models.CharField(
        _("Korean name"), max_length=200, blank=True, help_text=_("e.g. “중소벤처 AI 정책협의회”.")
    )
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, help_text=_("The council's address on the site.")
    )
    host = models.ForeignKey(
        Institution,
        verbose_name=_("host institution"),
        on_delete=models.PROTECT,
        related_name="councils",
        help_text=_("The ministry or body that convenes the council."),
    )
    cadence = models.CharField(
        _("cadence"),
        max_length=20,
        choices=Cadence.choices,
        blank=True,
        help_text=_("How often the council meets; empty while no source says."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Who takes part and what the council is for.")
    )
    description_ko = models.TextField(_("description in Korean"), blank=True)

    objects = CouncilQuerySet.as_manager()

    class Meta:
        verbose_name = _("council")
        verbose_name_plural = _("councils")
        ordering = ["name"]
        constraints = [
            InBothLanguages(
                "name", "council_has_name", _("Give the name in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return self.name or self.name_ko

    def get_absolute_url(self):
        return address("archive:council", self.slug)


# What names and links an institution on another's page: it is shown by its short name too.
INSTITUTION_NAMED = ("slug", "name", "name_ko", "short_name", "short_name_ko")

COUNCIL_NAMED = ("name", "name_ko", "slug")

# A meeting's own columns its page and open data show (``MeetingQuerySet.with_record``).
RECORD_FIELDS = (
    "title",
    "title_ko",
    "slug",
    "date",
    "original_language",
    "venue",
    "venue_ko",
    "city",
    "city_ko",
    "summary",
    "summary_ko",
    "status",
    "version",  # a draft's preview publishes the version shown
    "source_title",
    "source_url",
    "source_publisher",
    "source_date",
    "source_is_translation",
)


class MeetingQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(status=Meeting.Status.PUBLISHED)

    @staticmethod
    def _source_missing():
        return Q(source_publisher="") | Q(source_date=None)

    def lacking_source(self):
        """The meetings that may not be published yet: their source is not named in full."""
        return self.filter(self._source_missing())

    def publish(self):
        """Publish every draft in the queryset whose source is named (see
        ``Meeting.SOURCE_NEEDED``), keeping an earlier publication time."""
        return self.exclude(self._source_missing())._set_status(
            Meeting.Status.PUBLISHED,
            _("Published"),
            published_at=models.functions.Coalesce("published_at", timezone.now()),
        )

    def unpublish(self):
        """Return every published meeting in the queryset to draft."""
        return self._set_status(Meeting.Status.DRAFT, _("Returned to draft"))

    def _set_status(self, status, comment, **also):
        """Moves the meetings not already in ``status`` there, in a few queries whatever their
        number, with a new version (an edit opened before is refused) and a history entry."""
        with transaction.atomic(), reversion.create_revision():
            moving = list(self.exclude(status=status).values_list("pk", flat=True))
            count = Meeting.objects.filter(pk__in=moving).update(
                status=status, version=models.F("version") + 1, **also
            )
            for meeting in Meeting.objects.filter(pk__in=moving):
                reversion.add_to_revision(meeting)
            reversion.set_comment(str(comment))
            # update() sends no signals.
            histories_follow_meetings(moving)
            Revision.stamp()
        return count

    def with_record(self):
        """A meeting's own columns its page and open data show, with its council and host, and
        only those: the source's text and the biographies and descriptions of the people and
        bodies named are most of the rows. The rows most meetings have none of
        (``SELDOM_ROWS``) are read only where the meeting's query says there are some
        (``has_photos``…): a query took 1–2 ms in Django, a question written out in the
        meeting's a few µs (as ``Exists``, 0.6 ms). Its page reads the rest as plain values
        (``Meeting.proceedings``)."""
        return (
            self.select_related("council__host")
            .annotate(
                **{
                    f"has_{rows}": RawSQL(f"EXISTS ({sql})", (), models.BooleanField())
                    for rows, sql in SELDOM_ROWS.items()
                }
            )
            .only(
                *RECORD_FIELDS,
                *(f"council__{field}" for field in COUNCIL_NAMED),
                *(f"council__host__{field}" for field in INSTITUTION_NAMED),
            )
        )

    def with_proceedings(self):
        """``with_record`` and the meeting's rows as model instances, in a fixed number of
        queries, for its open data, which writes more of each than the page shows.

        Its topics are left to ``meeting.topics.all()``, one plain query: for the one meeting
        a file shows, taggit's prefetch (a DISTINCT join through the content types) cost
        twice as much."""
        named = ("name", "name_ko", "slug")
        institution = INSTITUTION_NAMED
        return self.with_record().prefetch_related(
            models.Prefetch(
                "participations",
                Participation.objects.select_related("institution")
                .only(
                    "meeting",
                    "part",
                    "note",
                    *(f"institution__{field}" for field in institution),
                )
                .order_by("pk"),
            ),
            models.Prefetch(
                "agenda_items",
                AgendaItem.objects.select_related("presenter")
                .only(
                    "meeting",
                    "position",
                    "title",
                    "title_ko",
                    "summary",
                    "summary_ko",
                    *(f"presenter__{field}" for field in institution),
                )
                .prefetch_related(
                    models.Prefetch(
                        "policy_items",
                        PolicyItem.objects.only(*named, "status", "status_note", "status_note_ko"),
                    )
                ),
            ),
            models.Prefetch(
                "remarks",
                Remark.objects.select_related("speaker").only(
                    "meeting",
                    "position",
                    "role",
                    "role_ko",
                    *QUOTE_FIELDS,
                    "agenda_item",
                    *(f"speaker__{field}" for field in named),
                ),
            ),
        )

    def with_council(self):
        """What a list of meetings shows (``listed_meetings``), and only that: the
        source's text, which is most of a meeting's row, stays in the database."""
        return self.select_related("council").only(
            "council__name",
            "council__name_ko",
            "title",
            "title_ko",
            "slug",
            "date",
            "city",
            "city_ko",
            "summary",
            "summary_ko",
            "status",
        )


# A meeting's rows (the names of their relations), shown with it on its page.
MEETING_ROWS = ["participations", "agenda_items", "decisions", "remarks", "photos", "documents"]


# A meeting's history holds its rows too: restoring a version restores the whole record.
@reversion.register(follow=MEETING_ROWS)
class Meeting(Versioned, KeepsFormerSlugs):
    """One session of a council, as reported by its source."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    council = models.ForeignKey(
        Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="meetings"
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("What the meeting was about, in a line."),
    )
    title_ko = models.CharField(
        _("Korean title"), max_length=300, blank=True, help_text=_("The title in Korean, if any.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        validators=[not_only_digits],
        help_text=_(
            "The meeting's address on the site; filled in from the title. "
            "The old address redirects if it changes."
        ),
    )
    date = models.DateField(_("date"), help_text=_("The day the meeting was held."))
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text=_("The language the meeting was held in: new remarks are taken as spoken in it."),
    )
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("The building or company, e.g. “Osco”.")
    )
    venue_ko = models.CharField(
        _("venue in Korean"), max_length=200, blank=True, help_text=_("e.g. “오스코”.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True, help_text=_("e.g. “Cheongju”."))
    city_ko = models.CharField(
        _("city in Korean"), max_length=100, blank=True, help_text=_("e.g. “청주”.")
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("A few sentences on what was presented and discussed."),
    )
    summary_ko = models.TextField(_("summary in Korean"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Drafts are seen only by staff, at the meeting's address, until published."),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    source_title = models.CharField(
        _("source title"), max_length=300, blank=True, help_text=_("The headline of the source.")
    )
    source_url = models.URLField(
        _("source URL"), max_length=500, blank=True, help_text=_("Where the source can be read.")
    )
    source_publisher = models.CharField(
        _("source publisher"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Chosun Biz (English edition)” or “Ministry of SMEs and Startups”."),
    )
    source_date = models.DateField(
        _("source date"), null=True, blank=True, help_text=_("When the source was published.")
    )
    source_is_translation = models.BooleanField(
        _("source is a translation"),
        default=False,
        help_text=_("Tick when the source is itself a translation (the public sees a notice)."),
    )
    source_text = models.TextField(
        _("source text"),
        blank=True,
        help_text=_("The full text the record was entered from, kept for provenance."),
    )
    topics = TaggableManager(
        verbose_name=_("topics"), blank=True, help_text=_("Comma-separated topics.")
    )
    # The importer's review the meeting was created from: confirming that review again (a double
    # click, the back button) finds this meeting instead of creating a second one.
    import_key = models.UUIDField(
        _("import key"), null=True, blank=True, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "-pk"]
        get_latest_by = "date"
        # Entering and correcting is the change permission; making a record public, or taking
        # it back, is a decision of its own (the "Publisher" role, made by the migration
        # editor_and_publisher_roles).
        permissions = [
            ("publish_meeting", _("Can publish meetings")),
            ("withdraw_meeting", _("Can return published meetings to draft")),
        ]
        indexes = [
            # The home page and the archive: published meetings, newest first. With the id it
            # also covers the published-meetings side of every remark query's join.
            models.Index(fields=["status", "-date", "-id"], name="meeting_status_date_idx"),
            # A council's page: its meetings, newest first.
            models.Index(fields=["council", "-date"], name="meeting_council_date_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="meeting_published_has_time",
            ),
            InBothLanguages(
                "title", "meeting_has_title", _("Give the title in English, Korean or both.")
            ),
        ]

    # What a citation of the source needs at the least, so that a published page never says
    # "Source: Unknown publisher". Not its headline nor its address: the seed's source, a
    # translated article, is known by neither.
    SOURCE_NEEDED = ("source_publisher", "source_date")

    def __str__(self):
        return f"{self.title or self.title_ko} ({self.date:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return address("archive:meeting", self.slug)

    def clean(self):
        super().clean()
        if not self.is_published:
            return  # a draft is entered before its source is known
        missing = {
            name: ValidationError(
                _("A meeting is published with its source: fill this in, or save as a draft."),
                code="source_needed",
            )
            for name in self.SOURCE_NEEDED
            if getattr(self, name) in (None, "")
        }
        if missing:
            raise ValidationError(missing)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def proceedings(self):
        """What its page shows of the meeting's rows, as plain values (``Proceedings``)."""
        return Proceedings.of(self.pk)

    def outcomes(self, policies=None):
        """What came of the meeting, for its page and its open data (``MeetingOutcomes``):
        the ``policies`` on its agenda, or those of its prefetched agenda items."""
        if policies is None:
            policies = [
                policy for item in self.agenda_items.all() for policy in item.policy_items.all()
            ]
        return MeetingOutcomes.of(self, policies)


class ParticipationQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting__status=Meeting.Status.PUBLISHED)


@reversion.register()
class Participation(ChoiceLabels, Versioned, CleansText):
    """The part an institution played in a meeting (or a group the source does not name)."""

    class Part(models.TextChoices):
        HOST = "host", _("Host")
        CO_HOST = "co-host", _("Co-host")
        PRESENTER = "presenter", _("Presenter")
        PARTICIPANT = "participant", _("Participant")
        DEMAND_COMPANY = "demand-company", _("Demand company")
        SPECIALIST_COMPANY = "specialist-company", _("Specialist company")
        MENTIONED = "mentioned", _("Mentioned")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="participations"
    )
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="participations",
        null=True,
        blank=True,
        help_text=_("Leave empty for a group the source does not name; describe it in the note."),
    )
    part = models.CharField(
        _("part"),
        max_length=20,
        choices=Part.choices,
        help_text=_("“Mentioned” is for bodies the source names that did not attend."),
    )
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_(
            "e.g. “AI specialist companies, not named in the source” or what it presented."
        ),
    )

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        # By the column, not the meeting's own ordering (by date): that would join meetings
        # into every query, a costly join for a meeting's own rows.
        ordering = ["meeting_id", "pk"]
        indexes = [
            # An institution's page: the meetings it took part in.
            models.Index(fields=["institution", "meeting"], name="participation_inst_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "institution", "part"],
                condition=Q(institution__isnull=False),
                name="participation_unique_part",
                violation_error_message=_("This institution already has this part in the meeting."),
            ),
            models.CheckConstraint(
                condition=Q(institution__isnull=False) | ~Q(note=""),
                name="participation_names_someone",
                violation_error_message=_(
                    "Choose an institution or describe the group in the note."
                ),
            ),
        ]

    def __str__(self):
        who = (
            self.institution.display_name or self.institution.display_name_ko
            if self.institution_id
            else self.note
        )
        return f"{who}: {self.get_part_display()}"


class PositionedInMeeting(Versioned, CleansText):
    """Something kept in order within its meeting: agenda items, remarks, photos."""

    position = models.PositiveIntegerField(
        _("position"),
        blank=True,
        help_text=_("Order within the meeting; leave empty to put it last."),
    )

    class Meta:
        abstract = True
        # By the column, not the meeting's own ordering (by date): see Participation.
        ordering = ["meeting_id", "position"]

    # Attempts at the next free position before giving up (see save()).
    POSITION_ATTEMPTS = 3

    def save(self, *args, **kwargs):
        if self.position is not None:
            return super().save(*args, **kwargs)
        # Left empty: the next free position, one query. Two editors adding at once can read
        # the same last position; the second insert then fails on the (meeting, position)
        # constraint and takes the position after the one just committed.
        for attempt in range(1, self.POSITION_ATTEMPTS + 1):
            last = type(self).objects.filter(meeting_id=self.meeting_id).aggregate(Max("position"))
            self.position = (last["position__max"] or 0) + 1
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.position = None
                if attempt == self.POSITION_ATTEMPTS:
                    raise


class PolicyItemQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(
            Exists(
                AgendaItem.objects.filter(
                    meeting__status=Meeting.Status.PUBLISHED, policy_items=OuterRef("pk")
                )
            )
        )


# Its history holds its status changes: restoring a version restores its timeline too.
@reversion.register(follow=["status_changes"])
class PolicyItem(ChoiceLabels, Versioned, CleansText):
    """A plan, bill or programme discussed across meetings."""

    class Kind(models.TextChoices):
        BILL = "bill", _("Bill")
        PLAN = "plan", _("Plan")
        PROGRAMME = "programme", _("Programme")
        STRATEGY = "strategy", _("Strategy")
        REGULATION = "regulation", _("Regulation")

    class Status(models.TextChoices):
        """Where a policy stands, in the order policies move: drafted (in preparation),
        announced, before the legislature (under deliberation), passed in committee, enacted
        (adopted), in force; or withdrawn. The words of the source go beside, as printed."""

        PROPOSED = "proposed", _("Proposed")
        IN_PREPARATION = "in-preparation", _("In preparation")
        ANNOUNCED = "announced", _("Announced")
        UNDER_DELIBERATION = "under-deliberation", _("Under deliberation")
        PASSED_IN_COMMITTEE = "passed-in-committee", _("Passed in committee")
        ADOPTED = "adopted", _("Adopted")
        IN_FORCE = "in-force", _("In force")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    name = models.CharField(
        _("name"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “SME AI utilization promotion act”."),
    )
    name_ko = models.CharField(
        _("Korean name"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “중소기업 인공지능 활용 촉진법”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The policy item's address on the site."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, help_text=_("Bill, plan, programme…")
    )
    # Once the policy has a status history, both are its newest public entry's, kept by
    # ``PolicyStatusChange.keep_current`` (the admin then shows them read-only).
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        help_text=_(
            "Where it stands now. Once it has a status history, the newest change sets it: "
            "add a change below instead."
        ),
    )
    status_note = models.CharField(
        _("status as reported"),
        max_length=300,
        blank=True,
        help_text=_(
            "The status in the source's words, e.g. “under deliberation in the National Assembly”."
        ),
    )
    status_note_ko = models.CharField(
        _("status as reported, in Korean"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “국회 계류 중”."),
    )
    owner = models.ForeignKey(
        Institution,
        verbose_name=_("owner institution"),
        on_delete=models.PROTECT,
        related_name="policy_items",
        null=True,
        blank=True,
        help_text=_("The institution responsible for it."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What it does and who it concerns.")
    )
    summary_ko = models.TextField(_("summary in Korean"), blank=True)
    topics = TaggableManager(
        verbose_name=_("topics"), blank=True, help_text=_("Comma-separated topics.")
    )

    objects = PolicyItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("policy item")
        verbose_name_plural = _("policy items")
        ordering = ["name"]
        constraints = [
            InBothLanguages(
                "name", "policyitem_has_name", _("Give the name in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return self.name or self.name_ko

    def get_absolute_url(self):
        return address("archive:policy", self.slug)


@reversion.register()
class AgendaItem(PositionedInMeeting):
    """One item on a meeting's agenda, optionally presented by an institution."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “AI policy outcomes and plans”."),
    )
    title_ko = models.CharField(
        _("Korean title"), max_length=300, blank=True, help_text=_("e.g. “AI 정책 성과와 계획”.")
    )
    presenter = models.ForeignKey(
        Institution,
        verbose_name=_("presenting institution"),
        on_delete=models.PROTECT,
        related_name="agenda_items",
        null=True,
        blank=True,
        help_text=_("The institution that presented the item, if one did."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What was presented or discussed.")
    )
    summary_ko = models.TextField(_("summary in Korean"), blank=True)
    policy_items = models.ManyToManyField(
        PolicyItem,
        verbose_name=_("policy items"),
        related_name="agenda_items",
        blank=True,
        help_text=_("The plans, bills or programmes this item discussed."),
    )

    class Meta(PositionedInMeeting.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"], name="agendaitem_unique_position"
            ),
            InBothLanguages(
                "title", "agendaitem_has_title", _("Give the title in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.title or self.title_ko}"


class Provenance(models.TextChoices):
    """How a remark's text in one language was made."""

    ORIGINAL = "original", _("The words as spoken")
    HUMAN = "human", _("Translated by a person")
    MACHINE = "machine", _("Machine translation")
    # Said of itself by a text that does not say how (a remark ticked "is a translation"
    # before the kinds were told apart).
    TRANSLATION = "translation", _("A translation, how made not known")


class TextSide(NamedTuple):
    """The fields of a remark's text in one language."""

    language: Language
    text: str
    provenance: str
    translated_by: str
    translated_on: str


# English in ``text``, ``provenance``…, Korean in ``text_ko``, ``provenance_ko``…
TEXT_SIDES = {
    language: TextSide(
        language,
        *(f"{field}{suffix}" for field in ("text", "provenance", "translated_by", "translated_on")),
    )
    for language, suffix in ((Language.ENGLISH, ""), (Language.KOREAN, "_ko"))
}

# Every column a quote is shown from (``Remark.quote``), for the ``only()`` of each page.
QUOTE_FIELDS = (
    *(field for side in TEXT_SIDES.values() for field in side[1:]),
    "spoken_language",
)


def on_each_side(condition):
    """``condition(side)`` (a ``Q``) for the English text and for the Korean, both holding."""
    return functools.reduce(operator.and_, map(condition, TEXT_SIDES.values()))


# Remarks newest first: the latest meeting's first, a meeting's in their order. The order of
# the indexes in ``Remark.Meta``, which every list and search of remarks walks.
NEWEST_FIRST = ("-meeting_date", "-meeting_id", "position")


class RemarkQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting_published=True)

    def bulk_create(self, objs, *args, **kwargs):
        """As on ``save()``, each remark has its text cleaned (bulk_create sends no pre_save
        signal) and a text in the language spoken without its provenance is the original. The remarks returned lack their copies of the meeting's date and publication,
        which the database fills (see meeting_copies)."""
        objs = list(objs)
        for remark in objs:
            clean_text_fields(remark)
            remark.take_spoken_text_as_original()
        return super().bulk_create(objs, *args, **kwargs)

    def with_context(self):
        """What a remark shows wherever it is listed: speaker, meeting and council."""
        return self.select_related("speaker", "meeting__council")

    def count_by_speaker(self, people):
        """``{person id: number of remarks}`` for the given people, in one query: for a page
        of people, where grouping every remark by its speaker would count them all."""
        return dict(
            self.filter(speaker__in=[person.pk for person in people])
            .order_by()
            .values_list("speaker")
            .annotate(Count("pk"))
        )

    def newest_first(self):
        """In ``NEWEST_FIRST`` order, which an index serves: no sort of every remark."""
        return self.order_by(*NEWEST_FIRST)

    def listed(self):
        """What a list of remarks shows (``listed_remarks``): each with its speaker,
        meeting and council, without their long texts (a biography, a meeting's summary and
        source), which are most of their rows."""
        return self.select_related("speaker", "meeting__council").only(
            *LISTED_REMARK_FIELDS,
            "meeting__title",
            "meeting__title_ko",
            "meeting__slug",
            "meeting__date",
            "meeting__status",
            "meeting__council__name",
            "meeting__council__name_ko",
        )


# What a list shows of a remark and its speaker (see ``RemarkQuerySet.listed``).
LISTED_REMARK_FIELDS = (
    "position",
    *QUOTE_FIELDS,
    "role",
    "role_ko",
    "speaker__name",
    "speaker__name_ko",
    "speaker__slug",
)


TRANSLATION_NOTES = {
    Provenance.MACHINE: _("Translated from %(language)s by machine translation%(details)s."),
    Provenance.HUMAN: _("Translated from %(language)s by a person%(details)s."),
    Provenance.TRANSLATION: _("Translated from %(language)s%(details)s."),
}
# A translation in the language spoken: from a translation, as a Korean text made from the
# English one a Korean speaker's words were published in.
RETRANSLATION_NOTES = {
    Provenance.MACHINE: _("A machine translation, not the words as spoken%(details)s."),
    Provenance.HUMAN: _("A translation by a person, not the words as spoken%(details)s."),
    Provenance.TRANSLATION: _("A translation, not the words as spoken%(details)s."),
}


class Quote(NamedTuple):
    """A remark's words in one language, with how they were made. ``in_other_language``: shown
    on a page of the other language, which has no text of its own."""

    text: str
    language: Language
    provenance: str
    translated_by: str
    translated_on: date | None
    spoken_language: Language
    in_other_language: bool = False

    @property
    def is_original(self):
        return self.provenance == Provenance.ORIGINAL

    @property
    def provenance_label(self):
        return Provenance(self.provenance).label

    def note(self):
        """What the public reads of a translation, in the active language: "Translated from
        Korean by machine translation (Papago, 1 July 2026)."; "" for the words as spoken."""
        if self.is_original:
            return ""
        details = ", ".join(
            filter(
                None, [self.translated_by, self.translated_on and date_format(self.translated_on)]
            )
        )
        notes = RETRANSLATION_NOTES if self.language == self.spoken_language else TRANSLATION_NOTES
        return notes[self.provenance] % {
            "language": self.spoken_language.label,
            "details": f" ({details})" if details else "",
        }


class RemarkManager(models.Manager):
    def get_queryset(self):
        # Pages never show the search vector, which is about twice the size of the text.
        return super().get_queryset().defer("search_vector")


# The search vector is derived from the text, and twice its size.
@reversion.register(exclude=["search_vector"])
class Remark(PositionedInMeeting):
    """One quoted statement, in order within its meeting."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="remarks"
    )
    speaker = models.ForeignKey(
        Person,
        verbose_name=_("speaker"),
        on_delete=models.PROTECT,
        related_name="remarks",
        null=True,
        blank=True,
        help_text=_("Leave empty only when the source does not name the speaker."),
    )
    role = models.CharField(
        _("role as printed"),
        max_length=300,
        blank=True,
        help_text=_(
            "The speaker's role as the source prints it, e.g. “Professor of Kyonggi University”, "
            "or “an official of the MSS” for an unnamed speaker."
        ),
    )
    role_ko = models.CharField(
        _("role as printed, in Korean"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “경기대 교수”."),
    )
    appointment = models.ForeignKey(
        Appointment,
        verbose_name=_("appointment"),
        on_delete=models.SET_NULL,
        related_name="remarks",
        null=True,
        blank=True,
        help_text=_(
            "The appointment the role corresponds to; found from the date when left empty."
        ),
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        # An agenda item with remarks under it is not deleted (the admin says why): its
        # remarks would silently lose their place in the proceedings. Deleting the whole
        # meeting deletes both.
        on_delete=models.RESTRICT,
        related_name="remarks",
        null=True,
        blank=True,
        help_text=_("The agenda item the remark was made under; save new agenda items first."),
    )
    # The words in each language, with how each text was made (see Quote): the English text in
    # ``text`` and its provenance in ``provenance``…, the Korean in the fields ending ``_ko``.
    text = models.TextField(
        _("English text"),
        blank=True,
        help_text=_(
            "The quote in English, word for word, without quotation marks. Leave it empty "
            "until there is one: never invent a translation."
        ),
    )
    text_ko = models.TextField(
        _("Korean text"),
        blank=True,
        help_text=_("The quote in Korean, word for word, without quotation marks."),
    )
    spoken_language = models.CharField(
        _("language spoken"),
        max_length=5,
        choices=Language.choices,
        default=Language.ENGLISH,
        help_text=_("The language the speaker spoke: only its text can be the words as spoken."),
    )
    provenance = models.CharField(
        _("English text is"),
        max_length=12,
        choices=Provenance.choices,
        blank=True,
        help_text=_("Left empty, a text in the language spoken is taken as the words as spoken."),
    )
    provenance_ko = models.CharField(
        _("Korean text is"),
        max_length=12,
        choices=Provenance.choices,
        blank=True,
        help_text=_("Left empty, a text in the language spoken is taken as the words as spoken."),
    )
    translated_by = models.CharField(
        _("English translated by"),
        max_length=200,
        blank=True,
        help_text=_("The translator, or the machine translation system, where known."),
    )
    translated_by_ko = models.CharField(
        _("Korean translated by"),
        max_length=200,
        blank=True,
        help_text=_("The translator, or the machine translation system, where known."),
    )
    translated_on = models.DateField(
        _("English translated on"),
        null=True,
        blank=True,
        help_text=_("When the translation was made, where known."),
    )
    translated_on_ko = models.DateField(
        _("Korean translated on"),
        null=True,
        blank=True,
        help_text=_("When the translation was made, where known."),
    )
    topics = TaggableManager(
        verbose_name=_("topics"), blank=True, help_text=_("Comma-separated topics.")
    )
    # Copies of the meeting's, kept by database triggers (see meeting_copies.py) whatever
    # writes the rows: lists and searches of remarks, newest first, then read one table and
    # one index, where joining a million remarks to their meetings to sort and filter them
    # cost the most of a page. An instance holds them as last read from the database.
    meeting_date = models.DateField(_("meeting date"), null=True, editable=False)
    meeting_published = models.BooleanField(_("meeting published"), null=True, editable=False)
    # Kept by the database (PostgreSQL; NULL on SQLite, where an FTS5 table serves instead).
    search_vector = models.GeneratedField(
        expression=RemarkSearchDocument("text", "text_ko"),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )

    objects = RemarkManager.from_queryset(RemarkQuerySet)()

    class Meta(PositionedInMeeting.Meta):
        verbose_name = _("remark")
        verbose_name_plural = _("remarks")
        indexes = [
            # The newest published remarks, and searches walking them newest first.
            models.Index(
                fields=NEWEST_FIRST,
                condition=Q(meeting_published=True),
                name="remark_published_date_idx",
            ),
            # A speaker's page and a search by speaker: their remarks, newest first.
            models.Index(
                fields=["speaker", *NEWEST_FIRST],
                condition=Q(meeting_published=True),
                name="remark_speaker_date_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="remark_unique_position"),
            models.CheckConstraint(
                condition=Q(speaker__isnull=False) | ~Q(role="") | ~Q(role_ko=""),
                name="remark_has_speaker_or_role",
                violation_error_message=_("Choose a speaker, or give the role the source prints."),
            ),
            models.CheckConstraint(
                condition=~Q(text="") | ~Q(text_ko=""),
                name="remark_has_text",
                violation_error_message=_(
                    "Give the remark's words in English, in Korean, or both."
                ),
            ),
            models.CheckConstraint(
                condition=on_each_side(
                    lambda side: Q(**{side.text: ""}) | ~Q(**{side.provenance: ""})
                ),
                name="remark_text_has_provenance",
                violation_error_message=_(
                    "Say how each translation was made: by a person, by machine, or not known."
                ),
            ),
            models.CheckConstraint(
                condition=on_each_side(
                    lambda side: (
                        ~Q(**{side.text: ""})
                        | Q(
                            **{
                                side.provenance: "",
                                side.translated_by: "",
                                side.translated_on: None,
                            }
                        )
                    )
                ),
                name="remark_provenance_has_text",
                violation_error_message=_(
                    "Where a language has no text, leave how it was made, by whom and when empty."
                ),
            ),
            models.CheckConstraint(
                condition=on_each_side(
                    lambda side: (
                        ~Q(**{side.provenance: Provenance.ORIGINAL})
                        | Q(spoken_language=side.language)
                    )
                ),
                name="remark_original_is_spoken",
                violation_error_message=_(
                    "Only the text in the language spoken can be the words as spoken: mark the "
                    "other as a translation, or correct the language spoken."
                ),
            ),
            models.CheckConstraint(
                condition=on_each_side(
                    lambda side: (
                        ~Q(**{side.provenance: Provenance.ORIGINAL})
                        | Q(**{side.translated_by: "", side.translated_on: None})
                    )
                ),
                name="remark_original_has_no_translator",
                violation_error_message=_(
                    "The words as spoken have no translator: leave “translated by” and "
                    "“translated on” empty for them."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.speaker_label}: {(self.text or self.text_ko)[:60]}"

    def save(self, *args, **kwargs):
        self.take_spoken_text_as_original()
        # Costs a query when the speaker is known and the appointment is not: the speaker's
        # appointment on the meeting's date, where there is exactly one.
        if self.speaker_id and not self.appointment_id:
            held = list(self.speaker.appointments.on_date(self.meeting.date)[:2])
            if len(held) == 1:
                self.appointment = held[0]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return address("archive:remark", self.pk)

    def clean(self):
        super().clean()
        self.take_spoken_text_as_original()

    def take_spoken_text_as_original(self):
        """A text in the language spoken, given without its provenance, is the words as
        spoken (a translation back into that language must say so)."""
        side = TEXT_SIDES.get(self.spoken_language)
        if side and getattr(self, side.text) and not getattr(self, side.provenance):
            setattr(self, side.provenance, Provenance.ORIGINAL)

    @property
    def speaker_label(self):
        """The speaker's name, or the printed role for a speaker the source does not name."""
        language = get_language()
        return (
            shown(self.speaker, "name", language).text
            if self.speaker_id
            else shown(self, "role", language).text
        )

    def text_in(self, language):
        """The words in ``language``, a ``Quote``; None where the record has none."""
        # Dictionary lookups by code: a page asks this of every remark it lists, and building
        # a Language from its code costs more than the rest (1 µs each).
        side = TEXT_SIDES[language]
        text = getattr(self, side.text)
        if not text:
            return None
        return Quote(
            text,
            side.language,
            getattr(self, side.provenance),
            getattr(self, side.translated_by),
            getattr(self, side.translated_on),
            TEXT_SIDES[self.spoken_language].language,
        )

    def quote(self, language=None):
        """The words a page in ``language`` (the active one by default) shows: its own, or
        else the other language's, marked as such (a remark has at least one text)."""
        # No language is active while Django writes the admin's history (in English).
        language = TEXT_SIDES[language or get_language() or settings.LANGUAGE_CODE].language
        return self.text_in(language) or self.text_in(OTHER_LANGUAGE[language])._replace(
            in_other_language=True
        )

    def original(self):
        """The words as spoken, where the record has them."""
        quote = self.text_in(self.spoken_language)
        return quote if quote and quote.is_original else None

    def texts(self):
        """Each text the record has, the one in the language spoken first."""
        spoken = self.spoken_language
        return [q for q in (self.text_in(spoken), self.text_in(OTHER_LANGUAGE[spoken])) if q]


def give_topic_a_slug(instance, **signal):
    """A topic named only in punctuation ("!!!") slugifies to nothing, and an empty slug has no
    address: its page, the meeting's page and the topic sitemap failed. Such a topic gets one
    from a digest of its name (case-folded, as topics are matched)."""
    if not instance.slug.strip("-_"):
        digest = hashlib.sha256(instance.name.casefold().encode()).hexdigest()[:10]
        instance.slug = f"topic-{digest}"


@reversion.register()
class TopicName(CleansText):
    """A topic's Korean name. Topics are taggit's tags, named in English (or in Korean only, when
    staff typed them so); this keeps the Korean beside, as ``tag.korean.name_ko``, read with the
    tags as ``Tag`` querysets' ``with_korean_names()`` annotation."""

    tag = models.OneToOneField(
        Tag,
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="korean",
    )
    name_ko = models.CharField(_("Korean name"), max_length=100)

    class Meta:
        verbose_name = _("topic's Korean name")
        verbose_name_plural = _("topics' Korean names")

    def __str__(self):
        return self.name_ko


def with_korean_names(topics):
    """Topics (a query of taggit's tags) each with its Korean name as ``name_ko`` ("" where
    none is given), read in the same query."""
    return topics.annotate(name_ko=Coalesce(F("korean__name_ko"), Value("")))


def topics_visible_to(user):
    """Topics (taggit tags) on at least one meeting, remark or policy item the user may see."""
    tagged = Q()
    for model in (Meeting, Remark, PolicyItem):
        tagged |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=model.objects.visible_to(user).values("pk"),
        )
    return with_korean_names(
        Tag.objects.filter(Exists(TaggedItem.objects.filter(tagged, tag=OuterRef("pk"))))
    )


class PhotoQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting__status=Meeting.Status.PUBLISHED)


@reversion.register()
class Photo(StoresFiles, PositionedInMeeting):
    """A photograph of or for a meeting, with its credit."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="photos"
    )
    image = PictureField(
        _("image"),
        upload_to="photos/%Y/%m/",
        width_field="width",
        height_field="height",
        help_text=_(
            "JPEG, PNG or WebP. Very large files and images of very many pixels are refused; "
            "the position and camera data the file holds are removed."
        ),
    )
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    thumbnail = models.ImageField(
        upload_to="photos/thumbnails/%Y/%m/",
        width_field="thumbnail_width",
        height_field="thumbnail_height",
        editable=False,
        blank=True,
    )
    thumbnail_width = models.PositiveIntegerField(editable=False, null=True)
    thumbnail_height = models.PositiveIntegerField(editable=False, null=True)
    caption = models.CharField(
        _("caption"), max_length=300, blank=True, help_text=_("Shown under the photo.")
    )
    caption_ko = models.CharField(_("caption in Korean"), max_length=300, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        help_text=_("Who to credit, e.g. “Courtesy of Ministry of SMEs and Startups”."),
    )
    credit_ko = models.CharField(
        _("credit in Korean"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “중소벤처기업부 제공”."),
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    alt_text_ko = models.CharField(_("alt text in Korean"), max_length=300, blank=True)

    objects = PhotoQuerySet.as_manager()

    class Meta(PositionedInMeeting.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        indexes = [
            # /media/photos/…: the photo a file belongs to (see stored_file_visible_to).
            models.Index(fields=["image"], name="photo_image_idx"),
            models.Index(fields=["thumbnail"], name="photo_thumbnail_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="photo_unique_position"),
            InBothLanguages(
                "credit", "photo_has_credit", _("Give the credit in English, Korean or both.")
            ),
            InBothLanguages(
                "alt_text", "photo_has_alt_text", _("Give the alt text in English, Korean or both.")
            ),
        ]

    THUMBNAIL_BOX = (960, 960)

    def __str__(self):
        return self.caption or self.caption_ko or self.alt_text or self.alt_text_ko

    def save(self, *args, **kwargs):
        new_upload = self.image and not self.image._committed
        if new_upload:
            # Stored (re-encoded, see PictureField) before the row, as the field itself would
            # at save: the thumbnail is made from what is kept.
            self.image.save(self.image.name, self.image.file, save=False)
        if self.image and (new_upload or not self.thumbnail):
            thumbnail = self.make_thumbnail()
            self.thumbnail.save(thumbnail.name, thumbnail, save=False)
        super().save(*args, **kwargs)

    def make_thumbnail(self):
        """A JPEG at most ``THUMBNAIL_BOX``, upright whatever the camera's EXIF says, with the
        colour profile of an RGB original."""
        self.image.open()
        self.image.seek(0)
        with Image.open(self.image) as original:
            profile = original.info.get("icc_profile") if original.mode == "RGB" else None
            picture = ImageOps.exif_transpose(original)
            picture.thumbnail(self.THUMBNAIL_BOX)
            if picture.mode != "RGB":
                picture = picture.convert("RGB")
            buffer = io.BytesIO()
            picture.save(
                buffer, "JPEG", quality=82, optimize=True, progressive=True, icc_profile=profile
            )
        # Named: the field takes the width and height of a named file only. Without them, every
        # page read the thumbnail's file to size it, and so does loading a version of the photo
        # from the history, which fails where the file is set aside.
        return ContentFile(buffer.getvalue(), name=f"{PurePath(self.image.name).stem}.jpg")


class DocumentFieldFile(models.fields.files.FieldFile):
    def save(self, name, content, save=True):
        """Stores the document under a random name with its kind's extension (``name`` is the
        uploader's, and says nothing the archive should publish)."""
        # The kind is the one read from the file's content (``Document.save``).
        extension = document_text.EXTENSIONS[self.instance.kind]
        super().save(f"{secrets.token_urlsafe(12)}{extension}", content, save)


class DocumentField(models.FileField):
    """A file field whose uploads are checked (``validate_document``): a PDF, DOCX or HWPX
    whose text can be read."""

    attr_class = DocumentFieldFile
    default_validators = [validate_document]

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.widget.attrs["accept"] = ".pdf,.docx,.hwpx,application/pdf"
        return field


class DocumentQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting__status=Meeting.Status.PUBLISHED)


@reversion.register()
class Document(StoresFiles, ChoiceLabels, Versioned, CleansText):
    """A file presented at a meeting or under one of its agenda items (a deck, a release, a
    plan), and its text, page by page (``DocumentPage``), for search. Public with its meeting."""

    class Kind(models.TextChoices):
        PDF = document_text.PDF, "PDF"
        DOCX = document_text.DOCX, _("Word document (DOCX)")
        HWPX = document_text.HWPX, _("Hangul document (HWPX)")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="documents"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        # The document stays with the meeting if its agenda item goes.
        on_delete=models.SET_NULL,
        related_name="documents",
        null=True,
        blank=True,
        help_text=_("The agenda item it was presented under, if any; save new agenda items first."),
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        blank=True,
        help_text=_("The document's title in English, e.g. “KOSME AI policy outcomes and plans”."),
    )
    title_ko = models.CharField(
        _("Korean title"), max_length=300, blank=True, help_text=_("The title in Korean, if any.")
    )
    file = DocumentField(
        _("file"),
        upload_to="documents/%Y/%m/",
        max_length=200,
        help_text=_(
            "PDF, DOCX or HWPX. Its text is read for search; a file that cannot be read, or "
            "a very large one, is refused."
        ),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), default=0, editable=False)
    text_is_partial = models.BooleanField(
        _("text read in part"),
        default=False,
        editable=False,
        help_text=_("Only the first pages' text was read: the file is past the limits."),
    )

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["meeting_id", "pk"]
        indexes = [
            # /media/documents/…: the document a file belongs to (see stored_file_visible_to).
            models.Index(fields=["file"], name="document_file_idx"),
        ]
        constraints = [
            InBothLanguages(
                "title", "document_has_title", _("Give the title in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return self.title or self.title_ko

    def save(self, *args, **kwargs):
        new_upload = self.file and not self.file._committed
        if new_upload:
            # Read by the validator, or here for a save that skipped it (a command's, a test's).
            text = getattr(self.file, "document_text", None) or self.read_text()
            self.kind, self.page_count = text.kind, text.page_count
            self.text_is_partial = text.partial
            self.file.save(self.file.name, self.file.file, save=False)
        with transaction.atomic():
            super().save(*args, **kwargs)
            if new_upload:
                self.keep_pages(text)

    def clean(self):
        super().clean()
        if self.agenda_item_id and self.agenda_item.meeting_id != self.meeting_id:
            raise ValidationError(
                {"agenda_item": _("This agenda item belongs to another meeting.")}
            )

    def read_text(self):
        """The file's text (``document_text.Text``), read in a child process, within the
        limits of the settings. Raises ``document_text.Unreadable``."""
        self.file.open("rb")
        self.file.seek(0)
        data = self.file.read()
        self.file.seek(0)
        return document_text.extract_bounded(data, document_limits())

    def keep_pages(self, text):
        """Its pages as ``text`` has them, replacing any it had."""
        with transaction.atomic():
            self.pages.all().delete()
            DocumentPage.objects.bulk_create(
                DocumentPage(document=self, number=number, text=clean_text(page, multiline=True))
                for number, page in enumerate(text.pages, start=1)
                if page
            )

    def saved_raw(self):
        """A version restored from the history brings back the file, not the pages (which
        the history does not keep: they are derived, and large): they are read again once
        the restore is committed. A backup restored, or a fixture, loads its pages itself,
        in the same transaction, and none are read."""

        def read_pages_if_missing():
            if self.file and not self.pages.exists():
                self.keep_pages(self.read_text())

        transaction.on_commit(read_pages_if_missing, robust=True)

    def page_url(self, number):
        """The file's address, at page ``number`` for a PDF (browsers' viewers open it there)."""
        url = self.file.url
        return f"{url}#page={number}" if self.kind == self.Kind.PDF else url


class DocumentPageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(document__meeting__status=Meeting.Status.PUBLISHED)


class DocumentPage(models.Model):
    """One page of a document's text, for search: derived from the file (kept by
    ``Document.keep_pages``), not edited, not in the history."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="pages"
    )
    number = models.PositiveIntegerField(_("page"))
    text = models.TextField(_("text"))
    # Kept by the database as a remark's is (PostgreSQL; NULL on SQLite, whose FTS5 table of
    # document pages in ``council.search`` serves instead).
    search_vector = models.GeneratedField(
        expression=RemarkSearchDocument("text"),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )

    objects = DocumentPageQuerySet.as_manager()

    class Meta:
        verbose_name = _("document page")
        verbose_name_plural = _("document pages")
        ordering = ["document_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="documentpage_unique"),
        ]

    def __str__(self):
        return f"{self.document}, p. {self.number}"

    @property
    def url(self):
        return self.document.page_url(self.number)


def stored_file_visible_to(name, user):
    """Whether the stored file ``name`` (a photo, its thumbnail, a portrait or a document)
    belongs to a record ``user`` may see: a file of a draft's photo or document is not
    public, nor one whose row is gone. One query."""
    if name.startswith(Person._meta.get_field("portrait").upload_to):
        return Person.objects.visible_to(user).filter(portrait=name).exists()
    if name.startswith("documents/"):
        return Document.objects.visible_to(user).filter(file=name).exists()
    return Photo.objects.visible_to(user).filter(Q(image=name) | Q(thumbnail=name)).exists()


class CorrectionQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting__status=Meeting.Status.PUBLISHED)

    def record(self, meeting, change_message, note="", remarks=(), restored=None):
        """A correction to ``meeting`` (and to ``remarks`` of it), described by an admin change
        message (``construct_change_message``'s list); ``restored`` is when the version it
        restored from the history was saved, for a restore."""
        if restored is not None:
            change_message = [{"restored": restored.isoformat()}, *change_message]
        correction = self.create(meeting=meeting, change_message=change_message, note=note)
        correction.remarks.set(remarks)
        return correction


@reversion.register()
class Correction(Versioned):
    """A correction to a published meeting, printed on its page, on the pages of the remarks it
    corrected and in the corrections feed, as newspapers and Hansard print theirs. Minor fixes
    (a typo) are not recorded here; the history keeps every change."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="corrections"
    )
    remarks = models.ManyToManyField(
        Remark, verbose_name=_("remarks"), related_name="corrections", blank=True
    )
    made_at = models.DateTimeField(_("made at"), default=timezone.now)
    # What changed, as the admin's history records it (field names kept untranslated, shown in
    # the reader's language by ``what_changed``); a restore's begins with {"restored": when the
    # version restored was saved}.
    change_message = models.JSONField(_("what changed"), default=list)
    note = models.TextField(
        _("editor's note"),
        blank=True,
        help_text=_("What was wrong, in a sentence the public reads beside the correction."),
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        # By the column, not the meeting's own ordering (by date): see Participation.
        ordering = ["meeting_id", "made_at"]
        indexes = [
            # The corrections feed: the newest first.
            models.Index(fields=["-made_at"], name="correction_made_at_idx"),
        ]

    def __str__(self):
        return f"{self.meeting}, {self.made_at:%Y-%m-%d}"

    def what_changed(self):
        """What changed, in the reader's language, as the admin's history says it, after the
        version restored for a restore."""
        said = LogEntry(change_message=json.dumps(self.change_message)).get_change_message()
        for entry in self.change_message:
            if "restored" in entry:
                saved = template_localtime(datetime.fromisoformat(entry["restored"]))
                restored = _("Restored the version of %(date)s.") % {"date": date_format(saved)}
                return f"{restored} {said}"
        return said


class EvidenceQuerySet(PublicQuerySet):
    def published(self):
        """Entries whose evidence is public: a published meeting (or a remark of one), or only
        a source's address. An entry shown by a draft is the draft's, and waits with it."""
        return self.filter(Q(meeting__isnull=True) | Q(meeting__status=Meeting.Status.PUBLISHED))

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def with_evidence(self):
        """Oldest first, each with what a timeline shows of its evidence: the meeting's title
        and date, and the remark's speaker."""
        return (
            self.select_related("meeting", "remark__speaker")
            .defer("meeting__source_text", "meeting__summary", "remark__speaker__bio")
            .order_by("date", "pk")
        )


class Evidenced(Versioned, CleansText):
    """A dated entry in the history of a record (a policy's status, a commitment's state),
    with what shows it: a meeting, a remark made at one, or the address of a source.

    The record keeps, in its own columns, the values of its newest public entry
    (``keep_current``): one method, run whenever an entry is saved or deleted (restores and
    fixtures included) and whenever a meeting is published or withdrawn, for an entry shown
    by a draft is not public until the draft is.
    """

    # The name of the foreign key to the record whose history this is.
    subject = None

    date = models.DateField(
        _("date"),
        blank=True,
        help_text=_("When it happened or was reported; left empty, the meeting's date."),
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("shown at meeting"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("The meeting that shows it; filled in from the remark if one is chosen."),
    )
    remark = models.ForeignKey(
        Remark,
        verbose_name=_("shown by remark"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("The remark that shows it, if one does."),
    )
    source_url = models.URLField(
        _("source URL"),
        max_length=500,
        blank=True,
        help_text=_("Where it can be read: a bill's page at the National Assembly, a release."),
    )

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["date", "pk"]

    def save(self, *args, **kwargs):
        self.fill_from_evidence()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.remark_id and self.meeting_id and self.remark.meeting_id != self.meeting_id:
            raise ValidationError(
                {"remark": _("This remark was made at another meeting than the one chosen.")}
            )
        self.fill_from_evidence()
        if not self.has_evidence():
            raise ValidationError(
                _("Say what shows it: choose a meeting or a remark, or give a source's address.")
            )
        if self.date is None:
            raise ValidationError(
                {"date": _("Give the date, or choose the meeting that shows it.")}
            )

    def fill_from_evidence(self):
        """A remark's meeting is the entry's meeting; the meeting's date is its date unless
        one is given. Costs a query for each that is filled."""
        if self.remark_id and not self.meeting_id:
            self.meeting_id = Remark.objects.values_list("meeting", flat=True).get(
                pk=self.remark_id
            )
        if self.date is None and self.meeting_id:
            self.date = Meeting.objects.values_list("date", flat=True).get(pk=self.meeting_id)

    def has_evidence(self):
        return bool(self.meeting_id or self.remark_id or self.source_url)

    @classmethod
    def current_values(cls, newest):
        """``{field of the subject: its value}``, from ``newest``, a subquery of the subject's
        public entries, newest first."""
        raise NotImplementedError

    @classmethod
    def keep_current(cls, subjects):
        """Gives the records ``subjects`` (ids, or a query of them) the values of their newest
        public entry, in one UPDATE."""
        newest = cls.objects.published().filter(**{cls.subject: OuterRef("pk")}).newest_first()
        model = cls._meta.get_field(cls.subject).related_model
        model.objects.filter(pk__in=subjects).update(**cls.current_values(newest))

    @classmethod
    def entry_changed(cls, instance, **signal):
        """``post_save`` and ``post_delete``: the subject's current values follow."""
        cls.keep_current([getattr(instance, f"{cls.subject}_id")])

    @classmethod
    def meetings_changed(cls, meeting_ids):
        """The subjects of the entries shown at ``meeting_ids`` follow their publication."""
        cited = cls._base_manager.filter(meeting__in=meeting_ids).values(cls.subject)
        cls.keep_current(cited)


def histories_follow_meetings(meeting_ids):
    """Every record whose history an entry shown at one of ``meeting_ids`` is part of takes
    its current values again: run when meetings are published or withdrawn."""
    for history in HISTORIES:
        history.meetings_changed(meeting_ids)


@reversion.register()
class PolicyStatusChange(ChoiceLabels, Evidenced):
    """A policy item's status from a date on, and what shows it. The newest public one is
    the policy's current status."""

    subject = "policy"

    policy = models.ForeignKey(
        PolicyItem,
        verbose_name=_("policy item"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PolicyItem.Status.choices,
        help_text=_("Where it stood from this date on."),
    )
    status_note = models.CharField(
        _("status as printed"),
        max_length=300,
        blank=True,
        help_text=_(
            "The source's words, e.g. “under deliberation in the National Assembly”; "
            "English here, Korean below."
        ),
    )
    status_note_ko = models.CharField(
        _("status as printed, in Korean"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “국회 계류 중”."),
    )

    class Meta(Evidenced.Meta):
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        indexes = [
            # A policy's timeline, and its status on a meeting's date (the newest before it).
            models.Index(fields=["policy", "date"], name="statuschange_policy_date_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(meeting__isnull=False) | Q(remark__isnull=False) | ~Q(source_url=""),
                name="statuschange_has_evidence",
                violation_error_message=_(
                    "Say what shows it: choose a meeting or a remark, or give a source's address."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.policy}: {self.get_status_display()} ({self.date:%Y-%m-%d})"

    @classmethod
    def current_values(cls, newest):
        # Without a public entry, the values set by hand stay.
        return {
            "status": Coalesce(Subquery(newest.values("status")[:1]), F("status")),
            **{
                field: Coalesce(Subquery(newest.values(field)[:1]), F(field))
                for field in ("status_note", "status_note_ko")
            },
        }


class DecisionQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(meeting__status=Meeting.Status.PUBLISHED)


@reversion.register()
class Decision(PositionedInMeeting):
    """What a meeting decided, on an item of its agenda or on the whole."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        # As a remark's: a decision does not silently lose its place in the proceedings.
        on_delete=models.RESTRICT,
        related_name="decisions",
        null=True,
        blank=True,
        help_text=_("The agenda item it was decided on; save new agenda items first."),
    )
    text = models.TextField(
        _("decision"),
        blank=True,
        help_text=_("What was decided, in a sentence or two, in English."),
    )
    text_ko = models.TextField(
        _("decision in Korean"), blank=True, help_text=_("The decision in Korean, if any.")
    )

    objects = DecisionQuerySet.as_manager()

    class Meta(PositionedInMeeting.Meta):
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"], name="decision_unique_position"
            ),
            InBothLanguages(
                "text", "decision_has_text", _("Write the decision in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return (self.text or self.text_ko)[:80]

    def clean(self):
        super().clean()
        if self.agenda_item_id and self.agenda_item.meeting_id != self.meeting_id:
            raise ValidationError(
                {"agenda_item": _("This agenda item belongs to another meeting.")}
            )


class CommitmentQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(remark__meeting_published=True)

    def about(self, policy):
        """Those stated at the meetings that discussed ``policy`` (a policy item or a
        reference to one)."""
        return self.filter(
            Exists(
                AgendaItem.objects.filter(meeting=OuterRef("remark__meeting"), policy_items=policy)
            )
        )

    def listed(self):
        """What a list of commitments shows (``archive/commitments.html``), newest first: each
        with its owner, and the remark, speaker and meeting that state it."""
        return (
            self.select_related("owner", "remark__speaker", "remark__meeting")
            .only(
                "text",
                "text_ko",
                "state",
                "due_date",
                "owner__name",
                "owner__name_ko",
                "owner__short_name",
                "owner__short_name_ko",
                "owner__slug",
                "remark__role",
                "remark__role_ko",
                "remark__position",
                "remark__speaker__name",
                "remark__speaker__name_ko",
                "remark__speaker__slug",
                "remark__meeting__title",
                "remark__meeting__title_ko",
                "remark__meeting__slug",
                "remark__meeting__date",
                "remark__meeting__status",
            )
            .order_by("-remark__meeting_date", "-remark__meeting_id", "remark__position", "pk")
        )

    def split(self):
        """``Commitments``: open ones (open, in progress) and settled ones (done, dropped)."""
        found = list(self)
        return Commitments(
            open=[c for c in found if not c.is_settled],
            settled=[c for c in found if c.is_settled],
        )


class Commitments(NamedTuple):
    open: list
    settled: list


# Its history holds its follow-ups: restoring a version restores what became of it too.
@reversion.register(follow=["follow_ups"])
class Commitment(ChoiceLabels, Versioned, CleansText):
    """A promise stated in a remark, owned by an institution; its follow-ups (later meetings,
    remarks, status changes) say what became of it."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in-progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    SETTLED = (State.DONE, State.DROPPED)

    remark = models.ForeignKey(
        Remark,
        verbose_name=_("remark"),
        on_delete=models.CASCADE,
        related_name="commitments",
        help_text=_("The remark that states it."),
    )
    text = models.TextField(
        _("commitment"),
        blank=True,
        help_text=_(
            "What was promised, in a line, in English: e.g. “Prepare AI introduction and "
            "expansion measures that corporations can feel in the field”."
        ),
    )
    text_ko = models.TextField(
        _("commitment in Korean"), blank=True, help_text=_("The commitment in Korean, if any.")
    )
    owner = models.ForeignKey(
        Institution,
        verbose_name=_("owner institution"),
        on_delete=models.PROTECT,
        related_name="commitments",
        help_text=_("The institution that is to keep it."),
    )
    due_date = models.DateField(
        _("due date"),
        null=True,
        blank=True,
        help_text=_("Only where the speaker or the source gives one."),
    )
    # The newest public follow-up's, kept by ``FollowUp.keep_current``; open without one.
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.OPEN, editable=False
    )

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["pk"]
        indexes = [
            # An institution's page: the commitments it owns.
            models.Index(fields=["owner", "state"], name="commitment_owner_idx"),
        ]
        constraints = [
            InBothLanguages(
                "text", "commitment_has_text", _("Write the commitment in English, Korean or both.")
            ),
        ]

    def __str__(self):
        return (self.text or self.text_ko)[:80]

    def get_absolute_url(self):
        return address("archive:commitment", self.pk)

    @property
    def is_settled(self):
        return self.state in self.SETTLED


@reversion.register()
class FollowUp(ChoiceLabels, Evidenced):
    """What became of a commitment, from a date on: its state, and the later meeting, remark,
    policy status change or source that shows it."""

    subject = "commitment"

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("commitment"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=Commitment.State.choices,
        help_text=_("The commitment's state from this date on."),
    )
    status_change = models.ForeignKey(
        PolicyStatusChange,
        verbose_name=_("shown by status change"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("A policy's status change that shows it (a bill passed, a plan announced)."),
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("What happened, in a sentence, in English.")
    )
    note_ko = models.TextField(_("note in Korean"), blank=True, help_text=_("The note in Korean."))

    class Meta(Evidenced.Meta):
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [
            models.CheckConstraint(
                condition=Q(meeting__isnull=False)
                | Q(remark__isnull=False)
                | Q(status_change__isnull=False)
                | ~Q(source_url=""),
                name="followup_has_evidence",
                violation_error_message=_(
                    "Say what shows it: choose a meeting, a remark or a status change, or give "
                    "a source's address."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.commitment}: {self.get_state_display()} ({self.date:%Y-%m-%d})"

    def fill_from_evidence(self):
        """A status change shown at a meeting is shown there too; its date is the
        follow-up's unless one is given."""
        if self.status_change_id and not (self.meeting_id or self.remark_id):
            self.meeting_id = self.status_change.meeting_id
        if self.date is None and self.status_change_id:
            self.date = self.status_change.date
        super().fill_from_evidence()

    def has_evidence(self):
        return super().has_evidence() or bool(self.status_change_id)

    @classmethod
    def current_values(cls, newest):
        return {
            "state": Coalesce(Subquery(newest.values("state")[:1]), Value(Commitment.State.OPEN))
        }


# The histories whose newest public entry a record keeps (see Evidenced).
HISTORIES = (PolicyStatusChange, FollowUp)


class Standing(NamedTuple):
    """A policy's status on a day: the status, the source's words (English and Korean) and
    the date of the change that set it (None for a status set by hand, without a history)."""

    status: str
    note: str
    note_ko: str
    since: date | None

    @property
    def label(self):
        return choice_labels(PolicyItem._meta.get_field("status")).get(self.status, self.status)


class PolicyStanding(NamedTuple):
    """A policy discussed at a meeting: where it stood that day (None where its public history
    does not reach back so far) and where it stands now."""

    policy: PolicyItem
    then: Standing | None
    now: Standing

    @property
    def moved_on(self):
        return self.then is not None and self.then[:3] != self.now[:3]


# A meeting's rows that most meetings have none of, each as the SQL of its rows of the meeting
# read (``MeetingQuerySet.with_proceedings`` asks whether there are any).
SELDOM_ROWS = {
    rows: f"SELECT 1 FROM {model._meta.db_table} WHERE meeting_id = records_meeting.id"
    for rows, model in (
        ("photos", Photo),
        ("corrections", Correction),
        ("decisions", Decision),
        ("documents", Document),
    )
}
SELDOM_ROWS["commitments"] = (
    f"SELECT 1 FROM {Commitment._meta.db_table} JOIN {Remark._meta.db_table} "
    f"ON {Remark._meta.db_table}.id = remark_id WHERE meeting_id = records_meeting.id"
)


# What a status change says of a policy's standing (``Standing``).
STANDING_FIELDS = ("status", "status_note", "status_note_ko", "date")


class StatusChange(NamedTuple):
    """A policy's public status change, as ``MeetingOutcomes.policy_standings`` reads it."""

    policy_id: int
    status: str
    status_note: str
    status_note_ko: str
    date: date


PUBLIC_STATUS_CHANGES = Statement(
    lambda policies: (
        PolicyStatusChange.objects.published()
        .filter(policy__in=policies)
        .newest_first()
        .values_list("policy_id", *STANDING_FIELDS)
    ),
    StatusChange,
)


@dataclass
class MeetingOutcomes:
    """What came of a meeting, and what was presented at it: where the policies it discussed
    stood that day and stand now (``[PolicyStanding]``), its decisions, the commitments stated
    at it, and its documents. A query each where there are any, whatever their number."""

    policies: list
    decisions: list
    commitments: list
    documents: list

    @classmethod
    def of(cls, meeting, policies):
        """From a meeting as ``with_record`` reads it, and the policies on its agenda: what it
        has none of is not asked, nor its query built (0.1–0.3 ms each)."""
        return cls(
            policies=cls.policy_standings(meeting, policies),
            decisions=list(cls.decisions_of(meeting)) if meeting.has_decisions else [],
            commitments=list(cls.commitments_of(meeting)) if meeting.has_commitments else [],
            documents=list(cls.documents_of(meeting)) if meeting.has_documents else [],
        )

    @staticmethod
    def decisions_of(meeting):
        return meeting.decisions.select_related("agenda_item").only(
            "meeting",
            "position",
            "text",
            "text_ko",
            "agenda_item__position",
            "agenda_item__title",
            "agenda_item__title_ko",
        )

    @staticmethod
    def documents_of(meeting):
        return meeting.documents.select_related("agenda_item").only(
            "meeting",
            "title",
            "title_ko",
            "file",
            "kind",
            "page_count",
            "agenda_item__position",
            "agenda_item__title",
            "agenda_item__title_ko",
        )

    @staticmethod
    def commitments_of(meeting):
        return [
            ListedCommitment.of_row(meeting, *row) for row in MEETING_COMMITMENTS.rows(meeting.pk)
        ]

    @staticmethod
    def policy_standings(meeting, policies):
        """The ``policies`` on the agenda of ``meeting`` (with their status), each with its
        newest public status change on the meeting's day and now: their changes in one plain
        query, a few a policy, where a subquery a column took 5 ms to build."""
        policies = {policy.pk: policy for policy in policies}
        if not policies:
            return []
        changes = {}
        for change in PUBLIC_STATUS_CHANGES.rows(list(policies)):
            changes.setdefault(change.policy_id, []).append(change)
        standings = []
        for policy in sorted(policies.values(), key=lambda policy: policy.name):
            history = changes.get(policy.pk, [])
            then = next((change for change in history if change.date <= meeting.date), None)
            now = history[0] if history else None
            standings.append(
                PolicyStanding(
                    policy,
                    then=Standing(*(getattr(then, field) for field in STANDING_FIELDS))
                    if then
                    else None,
                    now=Standing(
                        policy.status,
                        policy.status_note,
                        policy.status_note_ko,
                        now.date if now else None,
                    ),
                )
            )
        return standings


# A meeting's page, read as plain values (``Meeting.proceedings``): building its queries,
# compiling them and making model instances of the rows and their related ones took half of
# the page's Python (20,000 function calls of 42,500), where the database's work is a tenth of
# a millisecond a query.


class Linked(NamedTuple):
    """A record named and linked on another's page: a speaker, an institution, a policy."""

    view: str
    slug: str
    name: str
    name_ko: str
    short_name: str = ""
    short_name_ko: str = ""

    def get_absolute_url(self):
        return address(self.view, self.slug)

    display_name = Institution.display_name
    display_name_ko = Institution.display_name_ko

    @classmethod
    def of_row(cls, view, pk, *columns):
        """From the columns of a join (None where the row links to no record)."""
        return None if pk is None else cls(view, *columns)


class Participant(NamedTuple):
    """An institution's part in a meeting (or a group the source does not name)."""

    part: str
    note: str
    institution: Linked | None

    @classmethod
    def of_row(cls, part, note, *institution):
        return cls(part, note, Linked.of_row("archive:institution", *institution))


class ListedPolicy(NamedTuple):
    """A policy on a meeting's agenda, with its status as the policy's page gives it now."""

    pk: int
    slug: str
    name: str
    name_ko: str
    status: str
    status_note: str
    status_note_ko: str

    def get_absolute_url(self):
        return address("archive:policy", self.slug)

    def get_status_display(self):
        return choice_labels(PolicyItem._meta.get_field("status")).get(self.status, self.status)


class ListedAgendaItem(NamedTuple):
    """An item of a meeting's agenda with its presenter and the policies it discussed."""

    pk: int
    position: int
    title: str
    title_ko: str
    summary: str
    summary_ko: str
    presenter: Linked | None
    policies: list

    @classmethod
    def of_rows(cls, rows):
        """The items of the rows of ``AGENDA``, in their order, each with its policies."""
        items = {}
        for pk, position, title, title_ko, summary, summary_ko, *columns in rows:
            presenter, policy = columns[:6], columns[6:]
            item = items.get(pk)
            if item is None:
                item = items[pk] = cls(
                    pk,
                    position,
                    title,
                    title_ko,
                    summary,
                    summary_ko,
                    Linked.of_row("archive:institution", *presenter),
                    [],
                )
            if policy[0] is not None:  # an item without policies has a row of its own
                item.policies.append(ListedPolicy(*policy))
        return list(items.values())


class RemarkRow:
    """A remark's row as plain values (a named tuple's, ``pk`` and ``QUOTE_FIELDS`` among
    them), with the remark's own methods for its words and its address."""

    __slots__ = ()
    text_in = Remark.text_in
    quote = Remark.quote
    original = Remark.original

    def get_absolute_url(self):
        return address("archive:remark", self.pk)


class ListedRemark(
    RemarkRow,
    namedtuple(
        "ListedRemark",
        ["pk", "position", *QUOTE_FIELDS, "role", "role_ko", "speaker", "meeting"],
        defaults=[None],
    ),
):
    """A remark on its meeting's page or in a list (``listed_remarks``); its ``meeting``
    where a list shows it."""

    __slots__ = ()

    @classmethod
    def of_row(cls, *columns):
        *remark, speaker_id, slug, name, name_ko = columns
        return cls(*remark, Linked.of_row("archive:speaker", speaker_id, slug, name, name_ko))


def linked_columns(relation, fields=("slug", "name", "name_ko")):
    """The columns of ``Linked.of_row`` for the record of ``relation``, its id first."""
    return (f"{relation}_id", *(f"{relation}__{field}" for field in fields))


PARTICIPANTS = Statement(
    lambda meeting: (
        Participation.objects.filter(meeting=meeting)
        .order_by("pk")
        .values_list(
            "part",
            "note",
            *linked_columns("institution", INSTITUTION_NAMED),
        )
    ),
    Participant.of_row,
)
# An item's policies joined to it: a row for each (one without any), in one query where a
# second for the policies cost its own round trip, parse and plan (0.16 ms of PostgreSQL's
# processor time).
AGENDA = Statement(
    lambda meeting: (
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("position", "policy_items__name", "policy_items__pk")
        .values_list(
            "pk",
            "position",
            "title",
            "title_ko",
            "summary",
            "summary_ko",
            *linked_columns("presenter", INSTITUTION_NAMED),
            *(
                f"policy_items__{field}"
                for field in (
                    "pk",
                    "slug",
                    "name",
                    "name_ko",
                    "status",
                    "status_note",
                    "status_note_ko",
                )
            ),
        )
    ),
    lambda *columns: columns,
)
REMARKS = Statement(
    lambda meeting: (
        Remark.objects.filter(meeting=meeting)
        .order_by("pk")
        .values_list("pk", "position", *QUOTE_FIELDS, "role", "role_ko", *linked_columns("speaker"))
    ),
    ListedRemark.of_row,
)


class StatingRemark(NamedTuple):
    """The remark that states a commitment (``ListedCommitment``), with its speaker and the
    meeting it was made at."""

    pk: int
    role: str
    role_ko: str
    speaker_id: int | None
    speaker: Linked | None
    meeting: Meeting

    speaker_label = Remark.speaker_label

    def get_absolute_url(self):
        return address("archive:remark", self.pk)


class ListedCommitment(NamedTuple):
    """A commitment stated at a meeting, as its page (``archive/commitment_list.html``) and
    its open data list it: with its owner and the remark that states it."""

    pk: int
    text: str
    text_ko: str
    state: str
    due_date: date | None
    owner: Linked
    remark: StatingRemark

    get_absolute_url = Commitment.get_absolute_url

    def get_state_display(self):
        return choice_labels(Commitment._meta.get_field("state")).get(self.state, self.state)

    @classmethod
    def of_row(cls, meeting, pk, text, text_ko, state, due_date, *columns):
        """From a row of ``MEETING_COMMITMENTS``, stated at ``meeting``."""
        owner, (remark_id, role, role_ko, *speaker) = columns[:6], columns[6:]
        return cls(
            pk,
            text,
            text_ko,
            state,
            due_date,
            Linked.of_row("archive:institution", *owner),
            StatingRemark(
                remark_id,
                role,
                role_ko,
                speaker[0],
                Linked.of_row("archive:speaker", *speaker),
                meeting,
            ),
        )


# The meeting is the page's own: its commitments read no meeting, nor sort by one.
MEETING_COMMITMENTS = Statement(
    lambda meeting: (
        Commitment.objects.filter(remark__meeting=meeting)
        .order_by("remark__position", "pk")
        .values_list(
            "pk",
            "text",
            "text_ko",
            "state",
            "due_date",
            *linked_columns("owner", INSTITUTION_NAMED),
            "remark_id",
            "remark__role",
            "remark__role_ko",
            *linked_columns("remark__speaker"),
        )
    ),
    lambda *columns: columns,
)


class ListedMeeting(NamedTuple):
    """A meeting in a list (``listed_meetings``)."""

    pk: int
    slug: str
    title: str
    title_ko: str
    date: date
    city: str
    city_ko: str
    summary: str
    summary_ko: str
    status: str
    council: Linked

    get_absolute_url = Meeting.get_absolute_url

    @property
    def is_published(self):
        return self.status == Meeting.Status.PUBLISHED

    @classmethod
    def of_row(cls, *columns):
        *meeting, council_id, slug, name, name_ko = columns
        return cls(*meeting, Linked.of_row("archive:council", council_id, slug, name, name_ko))


LATEST_MEETINGS = Statement(
    lambda *, count: (
        Meeting.objects.published()
        .order_by("-date", "-pk")
        .values_list(*ListedMeeting._fields[:-1], *linked_columns("council"))[:count]
    ),
    ListedMeeting.of_row,
)


def latest_meetings(count):
    """The ``count`` newest published meetings, as a list shows them (``ListedMeeting``)."""
    return LATEST_MEETINGS.rows(count=count)


RECENT_REMARKS = Statement(
    lambda meetings, *, count: (
        Remark.objects.published()
        .filter(meeting__in=meetings)
        .newest_first()
        .values_list(
            "meeting_id",
            "pk",
            "position",
            *QUOTE_FIELDS,
            "role",
            "role_ko",
            *linked_columns("speaker"),
        )[:count]
    ),
    lambda meeting_id, *remark: (meeting_id, ListedRemark.of_row(*remark)),
)


def recent_remarks(meetings, count):
    """The newest ``count`` remarks of ``meetings`` (the latest few, as listed), as listed
    (``ListedRemark``): each is given its meeting from those, not read again, and sorting
    every remark by its meeting's date would read them all."""
    by_pk = {meeting.pk: meeting for meeting in meetings}
    return [
        remark._replace(meeting=by_pk[meeting_id])
        for meeting_id, remark in RECENT_REMARKS.rows(list(by_pk), count=count)
    ]


class ListedTopic(NamedTuple):
    """A topic named on a record's page (``archive/topics.html``)."""

    slug: str
    name: str
    name_ko: str

    @classmethod
    def of_row(cls, slug, name, name_ko):
        return cls(slug, *topic_names(name, name_ko))


# In the order taggit gives them (``meeting.topics.all()``): as they were tagged. Given the
# meetings' content type by its id (which Django keeps per process): joining the content types
# to find it by name was a quarter of the query's planning on PostgreSQL (0.21 ms to 0.16).
MEETING_TOPICS = Statement(
    lambda meeting, kind: (
        TaggedItem.objects.filter(content_type=kind, object_id=meeting)
        .order_by("pk")
        .values_list("tag__slug", "tag__name", Coalesce(F("tag__korean__name_ko"), Value("")))
    ),
    ListedTopic.of_row,
)


class Proceedings(NamedTuple):
    """What a meeting's page shows of its rows: its topics (``[ListedTopic]``), the
    participants by part (``[(part's label, [Participant])]``, in the order of
    ``Participation.Part``), the agenda (``[ListedAgendaItem]`` with their policies) and the
    remarks (``[ListedRemark]``)."""

    topics: list
    participants: list
    agenda: list
    remarks: list

    @classmethod
    def of(cls, meeting_id):
        groups = {part: [] for part in Participation.Part}
        for participant in PARTICIPANTS.rows(meeting_id):
            groups[participant.part].append(participant)
        agenda = ListedAgendaItem.of_rows(AGENDA.rows(meeting_id))
        return cls(
            topics=MEETING_TOPICS.rows(meeting_id, ContentType.objects.get_for_model(Meeting).pk),
            participants=[(part.label, members) for part, members in groups.items() if members],
            agenda=agenda,
            remarks=REMARKS.rows(meeting_id),
        )

    @property
    def policies(self):
        """The policies on the agenda, each once."""
        return list(
            {policy.pk: policy for item in self.agenda for policy in item.policies}.values()
        )


def in_model_order(model, fields):
    """``fields`` (names of columns of ``model``) in the order ``model.from_db`` takes them."""
    return [field.attname for field in model._meta.concrete_fields if field.attname in fields]


class MeetingRecord:
    """A meeting as its page reads it (``with_record``), found by its slug: a model instance
    with its council and host, made of a statement's row, where building and compiling the
    queryset (five questions, two joins, twenty columns) cost as much as the page's other
    queries together."""

    meeting = in_model_order(Meeting, {"id", "council_id", *RECORD_FIELDS})
    seldom = [f"has_{rows}" for rows in SELDOM_ROWS]
    council = in_model_order(Council, {"id", "host_id", *COUNCIL_NAMED})
    host = in_model_order(Institution, {"id", *INSTITUTION_NAMED})

    @classmethod
    def columns(cls):
        return (
            *cls.meeting,
            *cls.seldom,
            *(f"council__{field}" for field in cls.council),
            *(f"council__host__{field}" for field in cls.host),
        )

    @classmethod
    def of_row(cls, *row):
        columns = iter(row)

        def take(names):
            return [next(columns) for _ in names]

        meeting = Meeting.from_db(DEFAULT_DB_ALIAS, cls.meeting, take(cls.meeting))
        for name, value in zip(cls.seldom, take(cls.seldom), strict=True):
            setattr(meeting, name, value)
        meeting.council = Council.from_db(DEFAULT_DB_ALIAS, cls.council, take(cls.council))
        meeting.council.host = Institution.from_db(DEFAULT_DB_ALIAS, cls.host, take(cls.host))
        return meeting


MEETING_RECORD = Statement(
    lambda slug, *, drafts: (
        (Meeting.objects.all() if drafts else Meeting.objects.published())
        .filter(slug=slug)
        .with_record()
        .order_by()
        .values_list(*MeetingRecord.columns())
    ),
    MeetingRecord.of_row,
)


def meeting_record(slug, user):
    """The meeting of ``slug`` as its page shows it (``MeetingRecord``), if ``user`` may see
    it (``visible_to``); else None."""
    found = MEETING_RECORD.rows(slug, drafts=may_preview(user))
    return found[0] if found else None
