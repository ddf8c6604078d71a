"""The side by side with the Wagtail peer (issue 13): the page pairs, their goals, and the table
made of the rounds' figures. Pure Python: ``manage.py bench_side_by_side`` measures, this sums up.
"""

from dataclasses import dataclass
from statistics import median

from bench.corpus import SEED_MEETING

SITES = ("wagtail", "council")
PEER_SEED_MEETING = "sme-venture-ai-policy-council-cheongju"


@dataclass(frozen=True)
class PagePair:
    """One page on both sites, and how many times the peer's throughput council must reach."""

    name: str
    council: str
    wagtail: str
    goal: float = 1.5

    def path(self, site):
        return getattr(self, site)


PAGES = (
    PagePair("home", "/", "/"),
    PagePair("meeting (the seed)", f"/meetings/{SEED_MEETING}/", f"/meetings/{PEER_SEED_MEETING}/"),
    PagePair("archive", "/meetings/", "/meetings/"),
    PagePair("speaker (Jang Tae-woo)", "/speakers/jang-tae-woo/", "/speakers/jang-tae-woo/"),
    PagePair("search “AI”", "/search/?q=AI", "/search/?query=AI", goal=4),
)


def site_order(round_number):
    """The sites in the order a round loads them: council first in odd rounds, the peer first
    in even ones, so that neither always follows the other."""
    return ("council", "wagtail") if round_number % 2 else ("wagtail", "council")


@dataclass(frozen=True)
class Figures:
    """The medians of one site's rounds on one page."""

    requests_per_s: float
    workers_ms: float
    database_ms: float
    total_ms: float

    @classmethod
    def of(cls, runs):
        return cls(
            requests_per_s=median(run["requests_per_s"] for run in runs),
            workers_ms=median(run["workers_ms"] for run in runs),
            database_ms=median(run["database_ms"] for run in runs),
            total_ms=median(run["workers_ms"] + run["database_ms"] for run in runs),
        )


@dataclass(frozen=True)
class Row:
    page: PagePair
    wagtail: Figures
    council: Figures

    @property
    def throughput_ratio(self):
        """Council's requests a second over the peer's: the issue's measure."""
        return self.council.requests_per_s / self.wagtail.requests_per_s

    @property
    def processor_ratio(self):
        """The peer's processor time a request over council's: how many requests council
        serves for one of the peer's on the same processors, load or no load."""
        return self.wagtail.total_ms / self.council.total_ms


def rows(runs):
    """One row a page pair, in ``PAGES``' order, from every run: dicts of ``page`` (its
    name), ``site``, ``requests_per_s``, ``workers_ms`` and ``database_ms`` a request."""
    return [
        Row(
            page,
            *(
                Figures.of(
                    [run for run in runs if run["page"] == page.name and run["site"] == site]
                )
                for site in SITES
            ),
        )
        for page in PAGES
    ]


def verdict(ratio, goal):
    return "met" if ratio >= goal else "not met"


def markdown_table(table_rows):
    """The table to paste in docs/benchmarks.md."""
    lines = [
        "| page | Wagtail req/s | council req/s | ratio | Wagtail ms a request "
        "(workers + PostgreSQL) | council ms a request (workers + PostgreSQL) | ratio | goal "
        "| throughput | processor time |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in table_rows:
        wagtail, council = row.wagtail, row.council
        lines.append(
            f"| {row.page.name} | {wagtail.requests_per_s:.1f} | {council.requests_per_s:.1f} "
            f"| {row.throughput_ratio:.2f} "
            f"| {wagtail.total_ms:.1f} ({wagtail.workers_ms:.1f} + {wagtail.database_ms:.1f}) "
            f"| {council.total_ms:.1f} ({council.workers_ms:.1f} + {council.database_ms:.1f}) "
            f"| {row.processor_ratio:.2f} | {row.page.goal:g} "
            f"| {verdict(row.throughput_ratio, row.page.goal)} "
            f"| {verdict(row.processor_ratio, row.page.goal)} |"
        )
    return "\n".join(lines)
