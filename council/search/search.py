"""A search of published remarks: the filters, the matching, the results, the facets."""

from collections import Counter
from functools import cached_property
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from taggit.models import TaggedItem

from council.records.models import Meeting, Remark

from .backends import backend, id_set
from .query import highlight, parse

kind = ContentType.objects.get_for_model

# Counting every match of a common word costs as much as finding them: past this, "1,000+".
COUNT_LIMIT = 1000
FACET_SIZE = 10
NEWEST = ("-meeting__date", "-meeting_id", "position")
OLDEST = ("meeting__date", "meeting_id", "position")


def newest_first(remarks):
    return list(remarks.order_by(*NEWEST).values_list("pk", flat=True)[: COUNT_LIMIT + 1])


class RemarkSearch:
    """Built from a valid ``SearchForm``'s cleaned data."""

    def __init__(self, cleaned):
        self.cleaned = cleaned
        self.terms = parse(cleaned.get("q") or "")
        self.speakers = cleaned.get("speaker") or []

    @property
    def is_empty(self):
        """Nothing asked: no words and no filter."""
        filters = ("institution", "council", "topic", "from", "to")
        return (
            not self.terms and not self.speakers and not any(self.cleaned.get(f) for f in filters)
        )

    @cached_property
    def matched(self):
        """``(matching published remarks, relevance or None, fallback or None)``, unordered
        (see ``backends.py``)."""
        remarks = Remark.objects.published()
        data = self.cleaned
        if self.speakers:
            remarks = remarks.filter(speaker__in=self.speakers)
        if data.get("institution"):
            remarks = remarks.filter(appointment__institution=data["institution"])
        if data.get("council"):
            remarks = remarks.filter(meeting__council=data["council"])
        if data.get("from"):
            remarks = remarks.filter(meeting__date__gte=data["from"])
        if data.get("to"):
            remarks = remarks.filter(meeting__date__lte=data["to"])
        if data.get("topic"):
            # The remark's own topics, or its meeting's.
            tagged = TaggedItem.objects.filter(tag=data["topic"])
            remarks = remarks.filter(
                Exists(tagged.filter(content_type=kind(Remark), object_id=OuterRef("pk")))
                | Exists(
                    tagged.filter(content_type=kind(Meeting), object_id=OuterRef("meeting_id"))
                )
            )
        if self.terms:
            return backend().match(remarks, self.terms)
        return remarks, None, None

    @property
    def sort(self):
        chosen = self.cleaned.get("sort")
        if chosen:
            return chosen
        return "relevance" if self.matched[1] is not None else "newest"

    @cached_property
    def newest_ids(self):
        """The ids of the newest ``COUNT_LIMIT`` + 1 matches, in one query: they give the
        count (or "more than the limit") and the candidates at once."""
        remarks, _, fallback = self.matched
        ids = newest_first(remarks)
        if not ids and fallback is not None:
            ids = newest_first(fallback)
        return ids

    @property
    def count(self):
        """The number of matches, counted up to ``COUNT_LIMIT`` + 1."""
        return len(self.newest_ids)

    @property
    def count_is_capped(self):
        return self.count > COUNT_LIMIT

    @property
    def candidates(self):
        """The matches that are ranked and counted by facet: all of them, or, past
        ``COUNT_LIMIT``, the newest ``COUNT_LIMIT``. Ranking or grouping every match of a
        common word would read all of them."""
        return Remark.objects.filter(pk__in=id_set(self.newest_ids[:COUNT_LIMIT]))

    def ordered(self):
        rank = self.matched[1]
        remarks = self.candidates.with_context()
        if self.sort == "oldest":
            return remarks.order_by(*OLDEST)
        if self.sort == "relevance" and rank is not None:
            return remarks.annotate(rank=rank).order_by("-rank", *NEWEST)
        return remarks.order_by(*NEWEST)

    def results(self):
        """What a paginator pages through: at most ``COUNT_LIMIT`` remarks, in order."""
        return CappedResults(self.ordered(), min(self.count, COUNT_LIMIT))

    def snippet(self, remark):
        return highlight(remark.text, self.terms)

    def facets(self):
        """Counts of the candidates (at most ``COUNT_LIMIT``) by speaker, institution and year,
        the largest first: one query, counted here."""
        rows = self.candidates.order_by().values_list(
            "speaker__slug",
            "speaker__name",
            "appointment__institution__slug",
            "appointment__institution__name",
            "meeting__date",
        )
        speakers, institutions, years = Counter(), Counter(), Counter()
        for speaker, speaker_name, institution, institution_name, date in rows:
            if speaker:
                speakers[(speaker, speaker_name)] += 1
            if institution:
                institutions[(institution, institution_name)] += 1
            years[(date.year, str(date.year))] += 1

        def largest(counter):
            ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0][1]))
            return [Facet(value, label, n) for (value, label), n in ranked[:FACET_SIZE]]

        return {
            "speaker": largest(speakers),
            "institution": largest(institutions),
            "year": [
                Facet(year, label, n) for (year, label), n in sorted(years.items(), reverse=True)
            ],
        }


class Facet(NamedTuple):
    value: str | int
    label: str
    count: int


class CappedResults:
    """A queryset that a paginator counts as ``count``, however many rows match."""

    def __init__(self, queryset, count):
        self.queryset, self._count = queryset, count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        return self.queryset[index]
