"""A search's trends: its remarks counted per year (or month) and by speaker, on a page of
their own."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting

from .factories import make_meeting, make_person, make_remarks
from .test_search import say

pytestmark = pytest.mark.django_db

DRAFT = Meeting.Status.DRAFT


def trends(client, status=200, **params):
    response = client.get("/search/trends/", params)
    assert response.status_code == status, response.content.decode()[:2000]
    return response


def counted(client, **params):
    """``[(period, remarks)]`` as the page's table lists them."""
    found = trends(client, **params).context["trends"]
    return [(period.label, period.count) for period in found.periods]


def on(year, month=7, day=1):
    return {"date": datetime.date(year, month, day)}


@pytest.fixture
def three_years():
    """Remarks on budgets: one in 2023, none in 2024, three in 2025, two in 2026; and a draft's
    in 2022 and 2026, which count nowhere."""
    kim, lee = make_person(name="Kim", slug="kim"), make_person(name="Lee", slug="lee")
    say("The budget grows.", speaker=kim, **on(2023))
    for month in (3, 3, 11):
        say("A budget for training.", speaker=lee, **on(2025, month))
    say("Budgets again.", speaker=kim, **on(2026, 2))
    say("The budget is final.", speaker=kim, **on(2026, 9))
    say("A draft budget.", speaker=lee, status=DRAFT, **on(2022))
    say("Another draft budget.", speaker=lee, status=DRAFT, **on(2026, 9))
    say("Nothing about money.", speaker=lee, **on(2021))
    return kim, lee


def test_remarks_are_counted_per_year_from_the_first_match_to_the_last(client, three_years):
    assert counted(client, q="budget") == [("2023", 1), ("2024", 0), ("2025", 3), ("2026", 2)]


def test_who_said_it_most_comes_first_with_counts_and_links(client, three_years):
    response = trends(client, q="budget")
    speakers = response.context["trends"].speakers
    assert [(s.slug, s.count, s.share) for s in speakers] == [("kim", 3, 100), ("lee", 3, 100)]
    assert [(s.slug, s.count) for s in trends(client, q="training").context["trends"].speakers] == [
        ("lee", 3)
    ]
    page = response.content.decode()
    assert '<a href="/speakers/kim/">Kim</a>' in page
    assert "3 remarks" in page


def test_a_search_limited_to_one_year_is_counted_per_month(client, three_years):
    months = counted(client, q="budget", **{"from": "2025-01-01", "to": "2025-12-31"})
    assert len(months) == 12
    assert months[2] == ("March 2025", 2)
    assert months[10] == ("November 2025", 1)
    assert sum(n for _, n in months) == 3
    # Within a part of a year, its months alone.
    part = counted(client, q="budget", **{"from": "2026-02-01", "to": "2026-09-30"})
    assert [n for _, n in part] == [1, 0, 0, 0, 0, 0, 0, 1]


def test_matches_all_in_one_year_are_counted_per_month(client, three_years):
    assert trends(client, q="training").context["trends"].by_month
    assert counted(client, q="training")[2] == ("March 2025", 2)


def test_the_start_of_a_word_counts_the_remarks_the_search_finds(client, three_years):
    # On PostgreSQL, no whole word matches "budg": the search's substring fallback counts.
    assert counted(client, q="budg") == counted(client, q="budget")
    assert client.get("/search/", {"q": "budg"}).context["search"].count == 6


def test_drafts_are_counted_nowhere(client, three_years):
    assert ("2022", 1) not in counted(client, q="budget")
    assert counted(client, q="draft") == []
    assert "No published remark matches" in trends(client, q="draft").content.decode()


def test_a_korean_word_is_counted_with_its_particles(client):
    speaker = make_person(name="Hwang", name_ko="황영호", slug="hwang")
    say("인공지능을 확산하겠다.", speaker=speaker, language="ko", **on(2025))
    say("중소기업의 인공지능 전환.", speaker=speaker, language="ko", **on(2026))
    say("인공지능이 핵심이다.", speaker=speaker, language="ko", **on(2026, 8))
    say("인공지능 초안.", speaker=speaker, language="ko", status=DRAFT, **on(2026))
    say("예산을 늘린다.", language="ko", **on(2026))
    assert counted(client, q="인공지능") == [("2025", 1), ("2026", 2)]
    korean = client.get(
        "/ko/search/trends/", {"q": "인공지능", "from": "2026-01-01", "to": "2026-12-31"}
    )
    page = korean.content.decode()
    assert '<a href="/ko/speakers/hwang/">황영호</a>' in page
    assert [(p.label, p.count) for p in korean.context["trends"].periods][6:8] == [
        ("2026년 7월", 1),
        ("2026년 8월", 1),
    ]


def test_the_chart_is_an_image_with_a_title_and_a_description_and_the_table_beside_it(
    client, three_years
):
    page = trends(client, q="budget").content.decode()
    assert '<svg class="trend-chart"' in page
    assert 'role="img" aria-labelledby="trend-title trend-description"' in page
    assert '<title id="trend-title">Remarks per year</title>' in page
    assert "6 remarks from 2023 to 2026; the most, 3, in 2025." in page
    assert "<caption>Remarks per year</caption>" in page
    # Each period's remarks are a search away.
    assert '<a href="/search/?q=budget&amp;from=2025-01-01&amp;to=2025-12-31">2025</a>' in page


def test_the_search_page_links_to_its_trends_with_the_same_filters(client, three_years):
    page = client.get("/search/", {"q": "budget", "speaker": "kim"}).content.decode()
    assert 'href="/search/trends/?q=budget&amp;speaker=kim"' in page
    assert counted(client, q="budget", speaker="kim") == [
        ("2023", 1),
        ("2024", 0),
        ("2025", 0),
        ("2026", 2),
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "99999-01-01"}, "Enter a valid date."),
        ({"from": "2026-02-30"}, "Enter a valid date."),
        ({"from": "2026-03-01", "to": "2026-01-01"}, "The “from” date is after the “to” date."),
        ({"speaker": "nobody-at-all"}, "No speaker is called “nobody-at-all”."),
        ({"topic": "nothing"}, "Select a valid choice."),
        ({"q": "x" * 10_000}, "Ensure this value has at most 300 characters"),
    ],
)
def test_bad_parameters_get_a_clear_page(client, three_years, params, message):
    page = trends(client, status=400, **params).content.decode()
    assert message in page
    assert "Correct the search" in page


@pytest.mark.parametrize("query", ['"unbalanced', "&|!():*", "-", '""', "a\x07b", "🙂", "%_"])
def test_odd_queries_get_an_answer(client, three_years, query):
    trends(client, q=query)


def test_a_year_without_remarks_says_so(client, three_years):
    page = trends(client, q="budget", **{"from": "1900-01-01", "to": "1900-12-31"})
    assert "No published remark matches" in page.content.decode()


def test_without_words_or_filters_the_page_points_to_the_search(client, three_years):
    page = trends(client).content.decode()
    assert "Trends are counted for a search" in page


def test_the_page_runs_the_same_two_queries_for_few_matches_and_many(client):
    def queries(**params):
        client.get("/search/trends/", params)
        with CaptureQueriesContext(connection) as captured:
            trends(client, **params)
        # Besides the records' revision stamp, which the page cache and what is kept read.
        return [q["sql"] for q in captured if "records_revision" not in q["sql"]]

    few, many = make_person(slug="few-speaker"), make_person(slug="many-speaker")
    make_remarks(make_meeting(**on(2025)), 2, [few])
    for year in (2024, 2025, 2026):
        make_remarks(make_meeting(**on(year)), 45, [many, make_person()])
    assert len(queries(q="intelligence")) == 2
    # A speaker is looked up once more, whatever the number of matches.
    assert len(queries(q="intelligence", speaker="few-speaker")) == 3
    assert len(queries(q="intelligence", speaker="many-speaker")) == 3


def test_the_page_is_kept_until_the_records_change(client, settings, three_years):
    settings.PAGE_CACHE_SECONDS = 600
    trends(client, q="budget")
    with CaptureQueriesContext(connection) as captured:
        trends(client, q="budget", utm_source="x")
    assert len(captured) == 1  # the revision stamp: the page came from the cache
    say("A budget for 2024.", **on(2024))
    assert ("2024", 1) in counted(client, q="budget")
