"""A search's trends: how many of its remarks fall in each year (or each month of one year),
and who said them most. Counted by the database over every match, not only the thousand the
search page orders, in two grouped queries over the backend's own matching."""

import datetime
from collections import Counter
from typing import NamedTuple

from django.db.models import Count
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.formats import date_format

TOP_SPEAKERS = 10


class Period(NamedTuple):
    """A year, or a month of one: its name in full and as a chart's axis shows it, its first
    and last day, its matches."""

    label: str
    short: str
    start: datetime.date
    end: datetime.date
    count: int


class SpeakerCount(NamedTuple):
    slug: str
    name: str
    name_ko: str
    count: int
    # Of the first speaker's count, in percent: the length of the speaker's bar.
    share: int


class Trends(NamedTuple):
    periods: list[Period]
    by_month: bool
    speakers: list[SpeakerCount]

    @property
    def total(self):
        return sum(p.count for p in self.periods)

    @property
    def peak(self):
        """The period with the most matches (the earliest of equals); None without any."""
        return max(self.periods, key=lambda p: p.count, default=None)


def search_trends(search):
    """The ``Trends`` of a ``RemarkSearch``: its matches, or, where none match and the
    backend has a fallback (partial words), the fallback's, as the search page shows."""
    matched = search.matched
    remarks = matched.remarks
    months = month_counts(remarks)
    if not months and matched.fallback is not None:
        remarks = matched.fallback
        months = month_counts(remarks)
    speakers = list(
        remarks.filter(speaker__isnull=False)
        .order_by()
        .values_list("speaker__slug", "speaker__name", "speaker__name_ko")
        .annotate(n=Count("pk"))
        .order_by("-n", "speaker__name")[:TOP_SPEAKERS]
    )
    most = speakers[0][-1] if speakers else 0
    return Trends(
        *periods(months, search.cleaned.get("from"), search.cleaned.get("to")),
        speakers=[SpeakerCount(*row, share=round(100 * row[-1] / most)) for row in speakers],
    )


def month_counts(remarks):
    """``{(year, month): matches}``: one GROUP BY, from which years are summed here."""
    rows = (
        remarks.order_by()
        .annotate(year=ExtractYear("meeting_date"), month=ExtractMonth("meeting_date"))
        .values_list("year", "month")
        .annotate(n=Count("pk"))
    )
    return {(year, month): n for year, month, n in rows}


def periods(months, start=None, end=None):
    """``(periods, by_month)``: each month of the year where the search is limited to one
    (``start`` and ``end`` in it) or where every match falls in one, else each year from the
    first match's to the last's; periods without a match are counted as none."""
    years = sorted({year for year, _ in months})
    within_one_year = start and end and start.year == end.year
    if within_one_year or len(years) == 1:
        year = start.year if within_one_year else years[0]
        first = start.month if within_one_year else 1
        last = end.month if within_one_year else 12
        return [
            month_period(year, m, months.get((year, m), 0)) for m in range(first, last + 1)
        ], True
    if not years:
        return [], False
    totals = Counter()
    for (year, _), n in months.items():
        totals[year] += n
    return [year_period(year, totals[year]) for year in range(years[0], years[-1] + 1)], False


def year_period(year, count):
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return Period(str(year), str(year), first, last, count)


def month_period(year, month, count):
    first = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = following - datetime.timedelta(days=1)
    return Period(
        date_format(first, "YEAR_MONTH_FORMAT"), date_format(first, "M"), first, last, count
    )
