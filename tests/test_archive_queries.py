"""Every public page runs a fixed number of SQL queries, whatever the size of the archive."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting

from .factories import make_archive, make_council, make_meeting, make_remarks

pytestmark = pytest.mark.django_db

# The queries each page runs, the revision stamp first (read by query in the tests; a worker
# listening on PostgreSQL mostly knows it without one), after the first request has kept what
# is kept per version (counts, years, lists of the whole archive).
BUDGETS = {
    "home": 3,
    "archive": 2,
    "year": 3,
    "month": 3,
    # With what came of it: its policies' standing, decisions and commitments, and its
    # corrections; what it has none of (here photos, documents) is not asked for. Its agenda
    # items come with their policies, in one query.
    "meeting": 10,
    "remark": 5,
    "speakers": 2,
    "speaker": 4,
    "institutions": 1,
    "institution": 6,
    "council": 4,
    "topic": 5,
    "policy": 7,  # with its status over time and commitments
    "meeting-feed": 1,
    "correction-feed": 1,
    "speaker-feed": 2,
    "policy-feed": 2,
    "commitment": 3,
    "commitment-feed": 2,
    "commitments-feed": 1,
    # The revision, the count and the page, and the filters' councils, owners and policies.
    "commitments": 6,
    # And each filter's record, checked against the public ones.
    "commitments-filtered": 9,
    "sitemap": 10,
    "sitemap-remarks": 3,
    "sitemap-topics": 3,
    "meeting-json": 12,  # with what came of it, as its page, and its topics' Korean names
    "meeting-csv": 3,
    "meeting-akn": 8,  # with its decisions and documents
    "popolo": 1,
    "policies-json": 1,
    "commitments-json": 1,
}


def queries_for(client, url):
    """Queries of a page in the steady state: the first request fills per-process caches
    (content types) that every later request reuses."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries]


@pytest.mark.parametrize("page", BUDGETS)
def test_a_page_runs_its_budget_of_queries_for_2_10_and_200_remarks(client, page):
    for size in (2, 10, 200):
        queries = queries_for(client, make_archive(size, f"n{size}")[page])
        assert len(queries) == BUDGETS[page], "\n".join(sql[:150] for sql in queries)


def test_the_archive_counts_and_lists_its_years_once_per_version_of_the_records(client):
    make_archive(4, "kept")
    client.get("/speakers/")  # per-process caches (content types) filled
    with CaptureQueriesContext(connection) as first:
        client.get("/meetings/")
    with CaptureQueriesContext(connection) as again:
        client.get("/meetings/")
    # The count and the years are kept: only the revision and the page's meetings are read.
    assert (len(first), len(again)) == (4, 2)


@pytest.mark.parametrize("page", ["archive", "year", "speaker", "council"])
def test_a_new_meeting_shows_at_once_in_kept_counts_and_years(client, page):
    urls = make_archive(4, "fresh")
    first = Meeting.objects.get(slug="meeting-fresh-1")
    speaker = first.remarks.get(position=1).speaker  # the speaker page's, with two remarks
    for _ in range(25):  # enough for a second page
        make_remarks(make_meeting(council=first.council, date=first.date), 1, [speaker])
    assert client.get(urls[page]).context["paginator"].count == 27

    later = make_meeting(council=first.council, date=first.date.replace(year=2027))
    make_remarks(later, 1, [speaker])
    response = client.get(urls[page])
    assert response.context["paginator"].count == (27 if page == "year" else 28)
    if page in ("archive", "year"):
        assert b'href="/meetings/2027/"' in response.content


@pytest.mark.parametrize("page", ["topic", "institution"])
def test_a_record_first_published_has_its_page_at_once(client, page):
    urls = make_archive(2, "unveiled", status=Meeting.Status.DRAFT)
    assert client.get(urls[page]).status_code == 404  # the ids of visible ones are kept
    Meeting.objects.filter(slug__startswith="meeting-unveiled").publish()
    assert client.get(urls[page]).status_code == 200


def test_a_month_links_to_the_nearest_months_with_meetings_as_soon_as_they_have_one(client):
    make_archive(2, "months")  # on 2026-07-01 and 2026-07-02
    council = Meeting.objects.get(slug="meeting-months-1").council
    make_meeting(council=council, date=datetime.date(2026, 3, 5))
    html = client.get("/meetings/2026/07/").content.decode()
    assert 'rel="prev" href="/meetings/2026/03/"' in html
    assert 'rel="next"' not in html
    make_meeting(council=council, date=datetime.date(2027, 2, 1))
    html = client.get("/meetings/2026/07/").content.decode()
    assert 'rel="next" href="/meetings/2027/02/"' in html


def test_a_council_is_listed_on_the_home_page_once_its_first_meeting_is_published(client):
    make_archive(2, "listed")
    client.get("/")  # the list of councils is kept
    later = make_council(name="Council of later days")
    assert b"Council of later days" not in client.get("/").content
    make_meeting(council=later)
    assert b"Council of later days" in client.get("/").content


@pytest.mark.parametrize(
    "url, queries",
    [
        ("/speakers/", 2),  # the revision and the page of people; the counts are kept
        ("/data/popolo.json", 1),  # the revision only
    ],
)
def test_a_crawlers_extra_parameters_reuse_what_is_kept(client, url, queries):
    make_archive(4, "crawled")
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{url}?utm_source=crawler&x=1")
    assert response.status_code == 200
    assert len(captured) == queries, "\n".join(q["sql"][:120] for q in captured)
