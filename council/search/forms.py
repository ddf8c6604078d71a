from typing import NamedTuple

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.choices import BaseChoiceIterator
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from council.archive.caching import kept_for_records
from council.lib.text import name_key
from council.records.languages import Language, shown
from council.records.models import (
    Council,
    Institution,
    Person,
    topics_visible_to,
    with_korean_names,
)

from .query import clean

MAX_SPEAKERS = 10


def topics_with_korean_names():
    return with_korean_names(Tag.objects.all())


class SlugChoiceField(forms.ChoiceField):
    """A filter picked by its slug in the URL; cleans to the object with that slug among
    ``records()`` (one query)."""

    def __init__(self, records, empty_label, **kwargs):
        self.records, self.empty_label = records, empty_label
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        slug = super().clean(value)
        return self.records().get(slug=slug) if slug else None


def filter_choices():
    """``{filter: [Option]}`` for the published institutions, councils and topics, named in the
    page's language (``shown``): the same until the records change, and costly to work out at
    scale (some 400 options at a million remarks), so kept until then, for both languages at
    once, as plain values escaped for HTML once here (a slug is the same escaped) rather than
    on every page; the page draws them (``search_form.filter_fields``)."""

    def compute():
        public = AnonymousUser()
        rows = {
            name: [
                (slug, Names(*names))
                for slug, *names in queryset.values_list("slug", "name", "name_ko")
            ]
            for name, queryset in (
                ("institution", Institution.objects.published()),
                ("council", Council.objects.published()),
            )
        }
        # Topics as taggit's tags, which ``shown`` knows may be named in Korean alone.
        topics = topics_visible_to(public).order_by("name").only("slug", "name")
        rows["topic"] = [(topic.slug, topic) for topic in topics]
        return {
            language: {
                name: [Option.of(slug, shown(record, "name", language)) for slug, record in listed]
                for name, listed in rows.items()
            }
            for language in Language
        }

    by_language = kept_for_records("search-filter-options-by-language", compute)
    return by_language[Language.KOREAN if get_language() == Language.KOREAN else Language.ENGLISH]


class Names(NamedTuple):
    name: str
    name_ko: str


class Option(NamedTuple):
    """A filter's option: its value and its label, both escaped for HTML, and the language of
    a label shown in the other language than the page's (else "")."""

    value: str
    label: str
    lang: str = ""

    @classmethod
    def of(cls, value, label):
        """The option of ``value`` named by ``label`` (a ``Shown``)."""
        return cls(escape(value), escape(label.text), label.language if label.fallback else "")


class Choices(BaseChoiceIterator):
    """A filter's choices: "any" (``empty_label``), then ``options`` (``[Option]``). Already
    in Django's normal form: a plain list would be normalised again for the field and its
    widget on every request, hundreds of options each time."""

    def __init__(self, empty_label, options):
        self.options = [Option("", escape(empty_label)), *options]

    def __iter__(self):
        return ((option.value, option.label) for option in self.options)


def published(people):
    """Those of ``people`` who are published (``Person.objects.published()``), picked by the
    ids of the published people kept until the records change: asking it of each speaker in
    the query (an ``EXISTS`` of their published remarks) cost a speaker filter more than a
    millisecond to build and compile."""
    ids = kept_for_records(
        "published-person-ids",
        lambda: frozenset(Person.objects.published().values_list("pk", flat=True)),
    )
    return [person for person in people if person.pk in ids]


class QueryField(forms.CharField):
    """Control characters (NUL included) mean nothing in a query: they become spaces."""

    def to_python(self, value):
        return super().to_python(clean(value) if isinstance(value, str) else value)


class SearchForm(forms.Form):
    """The search page's parameters; every value is checked, none can cause an error page."""

    SORTS = [
        ("relevance", _("Most relevant")),
        ("newest", _("Newest first")),
        ("oldest", _("Oldest first")),
    ]

    q = QueryField(label=_("Words"), required=False, max_length=300)
    speaker = forms.Field(label=_("Speaker"), required=False, widget=forms.MultipleHiddenInput)
    institution = SlugChoiceField(
        Institution.objects.all, _("Any institution"), label=_("Institution")
    )
    council = SlugChoiceField(Council.objects.all, _("Any council"), label=_("Council"))
    # With its Korean name, for the filter shown in use.
    topic = SlugChoiceField(topics_with_korean_names, _("Any topic"), label=_("Topic"))
    sort = forms.ChoiceField(label=_("Order"), choices=SORTS, required=False)

    def __init__(self, data=None):
        super().__init__(data)
        for name, options in filter_choices().items():
            field = self.fields[name]
            field.choices = Choices(field.empty_label, options)
        # "from" is a Python keyword, so these two cannot be declared above.
        for name, label in (("from", _("From")), ("to", _("To"))):
            self.fields[name] = forms.DateField(
                label=label, required=False, input_formats=["%Y-%m-%d"]
            )

    def clean_speaker(self):
        given = []
        for value in self.data.getlist("speaker") if self.data else []:
            value = " ".join(clean(value).split())[:200]
            if value and value not in given:
                given.append(value)
        if len(given) > MAX_SPEAKERS:
            raise ValidationError(
                _("Choose at most %(max)s speakers."), params={"max": MAX_SPEAKERS}
            )
        if not given:
            return []
        people = published(Person.objects.filter(slug__in=given).order_by("name"))
        if len(people) < len(given):
            # Names as typed: comparing every person's name key costs a scan of the people.
            keys = {name_key(value) for value in given}
            people = published(
                Person.objects.with_name_keys()
                .filter(Q(slug__in=given) | Q(name_key__in=keys) | Q(name_ko_key__in=keys))
                .order_by("name")
            )
        known = {p.slug for p in people}
        known |= {getattr(p, key, "") for p in people for key in ("name_key", "name_ko_key")} - {""}
        unknown = [v for v in given if v not in known and name_key(v) not in known]
        if unknown:
            raise ValidationError(
                _("No speaker is called %(names)s."),
                params={"names": ", ".join(f"“{name}”" for name in unknown)},
            )
        return people

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            raise ValidationError(_("The “from” date is after the “to” date."))
        return cleaned
