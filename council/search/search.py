"""A search of published remarks: the filters, the matching, the results, the facets."""

from collections import Counter, namedtuple
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from taggit.models import TaggedItem

from council.archive.caching import kept_for_records
from council.records.models import (
    QUOTE_FIELDS,
    Appointment,
    Institution,
    Meeting,
    Person,
    Remark,
    RemarkRow,
)
from council.records.statements import Statement

from .backends import Matched, backend, spoken_by
from .query import highlight, marked_pattern, mentions, parse

kind = ContentType.objects.get_for_model

# Counting every match of a common word costs as much as finding them: past this, "1,000+".
COUNT_LIMIT = 1000
FACET_SIZE = 10
# What a result on the search page shows, read as plain values: a meeting's or a person's
# long texts would cost more to fetch than the rest of the page's rows.
RESULT_FIELDS = (
    "pk",
    *QUOTE_FIELDS,
    "role",
    "role_ko",
    "speaker_id",
    "speaker__slug",
    "speaker__name",
    "speaker__name_ko",
    "meeting__slug",
    "meeting__title",
    "meeting__title_ko",
    "meeting__date",
)


class Candidate(NamedTuple):
    """What ordering and facets need of a match, so that both are worked out here from one
    query instead of by joining the candidates again for each."""

    id: int
    date: object
    meeting_id: int
    position: int
    speaker_id: int | None
    appointment_id: int | None
    rank: float | None = None


CANDIDATE_FIELDS = (
    "pk",
    "meeting_date",
    "meeting_id",
    "position",
    "speaker_id",
    "appointment_id",
)


class RemarkSearch:
    """Built from a valid ``SearchForm``'s cleaned data."""

    def __init__(self, cleaned):
        self.cleaned = cleaned
        self.terms = parse(cleaned.get("q") or "")
        self.speakers = cleaned.get("speaker") or []
        self.backend = backend()
        # The words to mark in the results, stemmed once for all of them.
        self.marks = marked_pattern(self.terms)

    @property
    def unfiltered(self):
        """No filter: words alone, or nothing at all."""
        filters = ("institution", "council", "topic", "from", "to")
        return not self.speakers and not any(self.cleaned.get(f) for f in filters)

    @property
    def is_empty(self):
        """Nothing asked: no words and no filter."""
        return not self.terms and self.unfiltered

    @cached_property
    def words(self):
        """The terms as the backend's SQL takes them (a ``backends.Words``), or None."""
        return self.backend.words(self.terms) if self.terms else None

    @cached_property
    def filters(self):
        """The filters given, by name, and their values (ids and dates), as ``filtered``
        takes them."""
        data, names, values = self.cleaned, [], []
        if self.speakers:
            names.append("speaker")
            values.append([person.pk for person in self.speakers])
        for name in ("institution", "council", "from", "to", "topic"):
            if data.get(name):
                names.append(name)
                values.append(data[name] if name in ("from", "to") else data[name].pk)
        return tuple(names), values

    @cached_property
    def matched(self):
        """The matching published remarks, unordered, with what goes with them (a
        ``backends.Matched``)."""
        names, values = self.filters
        remarks = filtered(names, iter(values))
        if self.terms:
            return self.backend.match(
                remarks, self.terms, narrowed=bool(names), by_speaker="speaker" in names
            )
        return Matched(remarks)

    @property
    def sort(self):
        chosen = self.cleaned.get("sort")
        if chosen:
            return chosen
        return "relevance" if self.words is not None and self.words.ranked else "newest"

    @cached_property
    def found(self):
        """The newest ``COUNT_LIMIT`` + 1 matches as candidates (``CANDIDATES``), or else
        those of the fallback, where the backend has one."""
        names, values = self.filters
        words = self.words
        ranked = self.sort == "relevance" and words is not None and words.ranked
        shape = {"filters": names, "words": words and words.shape, "ranked": ranked}
        matching = [*words.values, *(words.rank if ranked else ())] if words else []
        found = CANDIDATES.rows(*values, *matching, **shape)
        if not found and words is not None and words.fallback is not None:
            # Relevance (of the words matched) orders the fallback too.
            ranking = matching if ranked else []
            found = CANDIDATES.rows(*values, *ranking, *words.fallback, fallback=True, **shape)
        return found

    @property
    def count(self):
        """The number of matches, counted up to ``COUNT_LIMIT`` + 1."""
        return len(self.found)

    @property
    def count_is_capped(self):
        return self.count > COUNT_LIMIT

    @property
    def candidates(self):
        """The matches that are ordered and counted by facet: all of them, or, past
        ``COUNT_LIMIT``, the newest ``COUNT_LIMIT``. Ranking or grouping every match of a
        common word would read all of them."""
        return self.found[:COUNT_LIMIT]

    def ordered_ids(self):
        """The candidates' ids in the order asked for."""
        candidates = self.candidates  # newest first
        if self.sort == "oldest":
            candidates = sorted(candidates, key=attrgetter("date", "meeting_id", "position"))
        elif self.sort == "relevance" and candidates and candidates[0].rank is not None:
            # Stable: equal ranks stay newest first.
            candidates = sorted(candidates, key=lambda c: -c.rank)
        return [c.id for c in candidates]

    def ordered(self, remarks=None):
        """The candidates in the order asked for, as a sequence of ``remarks`` (by default
        with their context) that fetches only the slice taken from it."""
        if remarks is None:
            remarks = Remark.objects.with_context()
        return RemarksById(self.ordered_ids(), remarks.order_by().in_bulk)

    def results(self):
        """What a paginator pages through: at most ``COUNT_LIMIT`` remarks, in order, as
        ``Result``s."""
        return RemarksById(self.ordered_ids(), results_by_id)

    def snippet(self, remark):
        """What a result shows of ``remark``: the quote in the page's language, or in the
        other where only that text holds the words looked for, highlighted."""
        quote = remark.quote()
        if self.terms and not mentions(quote.text, self.marks):
            other = remark.text_in(quote.language.other)
            if other is not None and mentions(other.text, self.marks):
                quote = other._replace(in_other_language=True)
        return Snippet(quote, highlight(quote.text, self.marks))

    def facets(self):
        """Counts of the candidates (at most ``COUNT_LIMIT``) by speaker, institution and year,
        the largest first, named from ``facet_labels``."""
        candidates = self.candidates
        speakers = Counter(c.speaker_id for c in candidates if c.speaker_id)
        # .get: an appointment newer than the stamp read for this request is not counted.
        institution_of = appointment_institutions().get
        institutions = Counter(
            institution
            for c in candidates
            if c.appointment_id and (institution := institution_of(c.appointment_id))
        )
        years = Counter(c.date.year for c in candidates)
        labels = facet_labels()

        def largest(counter, model):
            ranked = sorted(
                ((labels[model, pk], n) for pk, n in counter.items() if (model, pk) in labels),
                key=lambda item: (-item[1], item[0][1], item[0][0]),
            )
            return [Facet(slug, name, n) for (slug, name), n in ranked[:FACET_SIZE]]

        return {
            "speaker": largest(speakers, "person"),
            "institution": largest(institutions, "institution"),
            "year": [Facet(year, str(year), n) for year, n in sorted(years.items(), reverse=True)],
        }


def appointment_institutions():
    """``{appointment id: institution id}``, kept until the records change: joining a
    thousand candidates to their appointments cost more than the rest of their query."""
    return kept_for_records(
        "appointment-institutions",
        lambda: dict(Appointment.objects.order_by().values_list("pk", "institution_id")),
    )


def facet_labels():
    """``{(model, id): (slug, name)}`` of every person and institution, kept until the records
    change: some 5,000 at a million remarks, where a query for the few a page shows cost it
    1–2 ms (building it, and the round trip)."""

    def compute():
        return {
            (name, pk): (slug, label)
            for name, model in (("person", Person), ("institution", Institution))
            for pk, slug, label in model.objects.order_by().values_list("pk", "slug", "name")
        }

    return kept_for_records("facet-labels", compute)


class Snippet(NamedTuple):
    """A result's quote (a ``Quote``) and its text with the words found marked."""

    quote: object
    html: str


class Facet(NamedTuple):
    value: str | int
    label: str
    count: int


class RemarksById:
    """Remarks in the order of the given ids, fetched (``fetch(ids)`` gives them by id) only
    for the slice a page or a feed takes: a paginator counts it by its length."""

    def __init__(self, ids, fetch):
        self.ids, self.fetch = ids, fetch

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, page):
        ids = self.ids[page]
        remarks = self.fetch(ids) if ids else {}
        return [remarks[pk] for pk in ids]


class Result(RemarkRow, namedtuple("Result", [f.replace("__", "_") for f in RESULT_FIELDS])):
    """A remark on the search page: its row (``RESULT_FIELDS``) as plain values. Twenty model
    instances with their meetings and speakers cost more to make than their query costs to
    run."""

    __slots__ = ()


def filtered(names, values):
    """The published remarks, filtered by the filters ``names``, their values taken from the
    iterator ``values`` (as ``RemarkSearch.filters`` gives them)."""
    remarks = Remark.objects.published()
    if "speaker" in names:
        remarks = remarks.filter(spoken_by(next(values)))
    if "institution" in names:
        remarks = remarks.filter(appointment__institution=next(values))
    if "council" in names:
        remarks = remarks.filter(meeting__council=next(values))
    if "from" in names:
        remarks = remarks.filter(meeting_date__gte=next(values))
    if "to" in names:
        remarks = remarks.filter(meeting_date__lte=next(values))
    if "topic" in names:
        # The remark's own topics, or its meeting's.
        tagged = TaggedItem.objects.filter(tag=next(values))
        remarks = remarks.filter(
            Exists(tagged.filter(content_type=kind(Remark), object_id=OuterRef("pk")))
            | Exists(tagged.filter(content_type=kind(Meeting), object_id=OuterRef("meeting_id")))
        )
    return remarks


def candidates(*values, filters, words, ranked, fallback=False):
    """The query of the newest ``COUNT_LIMIT`` + 1 matches of a search (its ``filters`` and
    ``words``' shape, ``values`` as ``RemarkSearch.found`` gives them), or of its ``fallback``,
    as ``Candidate``s: they give the count (or "more than the limit"), the order and the facets
    at once. Relevance is only worked out where it orders the results (``ranked``)."""
    values, search = iter(values), backend()
    remarks = filtered(filters, values)
    matched = Matched(remarks)
    if words is not None and (ranked or not fallback):
        narrowed, by_speaker = bool(filters), "speaker" in filters
        matched = search.match_words(remarks, words, values, narrowed, by_speaker, ranked)
    rank = matched.rank if ranked else None

    def shaped(remarks):
        fields = CANDIDATE_FIELDS
        if rank is not None:
            remarks, fields = remarks.annotate(rank=rank), (*fields, "rank")
        return remarks.newest_first().values_list(*fields)[: COUNT_LIMIT + 1]

    if fallback:
        return shaped(search.substrings(remarks, words, values))
    if matched.plan is not None:
        return matched.plan.statement(shaped)
    return shaped(matched.remarks)


# A search's candidates: building and compiling their statement (its filters, the words'
# conditions, the plans) for every search was a third of the page's Python.
CANDIDATES = Statement(candidates, Candidate, planned_for_its_values=True)


# The rows of a page of results, by id: compiling the statement again for every page (its
# joins, its fifteen columns) cost as much as running it.
RESULTS = Statement(
    lambda ids: Remark.objects.filter(pk__in=ids).order_by().values_list(*RESULT_FIELDS),
    Result,
)


def results_by_id(ids):
    """``{id: Result}`` of the remarks of ``ids`` (at most a page of them)."""
    return {result.pk: result for result in RESULTS.rows(list(ids))}
