"""A statement compiled once per process (council/records/statements.py) gives, for any ids,
what its query gives, without compiling it again."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting, Remark
from council.records.statements import Statement

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

REMARKS_OF = Statement(
    lambda meeting, *, count: (
        Remark.objects.filter(meeting=meeting)
        .order_by("position")
        .values_list("position", "speaker__name", "meeting__date")[:count]
    ),
    lambda *row: row,
)
MEETINGS = Statement(
    lambda ids: Meeting.objects.published().filter(pk__in=ids).order_by("pk").values_list("slug"),
    lambda slug: slug,
)


def test_it_gives_each_meetings_rows_as_its_query_does():
    speaker = make_person(name="Hwang Young-ho")
    first = make_meeting(date=datetime.date(2026, 7, 1))
    second = make_meeting(date=datetime.date(2026, 8, 1))
    make_remarks(first, 3, [speaker])
    make_remarks(second, 2, [speaker])
    for meeting in (first, second):
        expected = list(
            Remark.objects.filter(meeting=meeting)
            .order_by("position")
            .values_list("position", "speaker__name", "meeting__date")[:2]
        )
        assert REMARKS_OF.rows(meeting.pk, count=2) == expected
    # Dates are dates on either database (SQLite's are converted).
    assert REMARKS_OF.rows(second.pk, count=5)[0][2] == datetime.date(2026, 8, 1)


def test_it_compiles_once_for_each_number_of_ids_and_fixed_value():
    REMARKS_OF.compiled.cache_clear()
    meeting = make_meeting()
    for _ in range(3):
        REMARKS_OF.rows(meeting.pk, count=1)
    REMARKS_OF.rows(meeting.pk, count=2)
    assert REMARKS_OF.compiled.cache_info().misses == 2


def test_a_list_of_ids_keeps_the_querys_own_parameters():
    published, other = make_meeting(), make_meeting()
    draft = make_meeting(status=Meeting.Status.DRAFT)
    assert MEETINGS.rows([published.pk, draft.pk, other.pk]) == [published.slug, other.slug]
    assert MEETINGS.rows([draft.pk]) == []


def test_no_ids_run_no_query():
    with CaptureQueriesContext(connection) as queries:
        assert MEETINGS.rows([]) == []
    assert len(queries) == 0


REMARKS_SAYING = Statement(
    lambda text, day: (
        Remark.objects.filter(text__contains=text, meeting_date__gte=day)
        .order_by("position")
        .values_list("position")
    ),
    lambda position: position,
)


def test_texts_and_dates_are_values_too_as_the_orm_writes_them():
    meeting = make_meeting(date=datetime.date(2026, 7, 1))
    make_remarks(meeting, 3, [make_person()])
    Remark.objects.filter(meeting=meeting, position=2).update(text="Costs of 100% and a_b")
    day = datetime.date(2026, 7, 1)
    assert REMARKS_SAYING.rows("100% and a_b", day) == [2]
    # The text as a pattern is escaped like the ORM's: % and _ are themselves.
    assert REMARKS_SAYING.rows("1_0", day) == []
    assert REMARKS_SAYING.rows("100%", datetime.date(2026, 7, 2)) == []


def test_a_query_of_its_own_sql_and_one_matching_nothing():
    meeting = make_meeting()
    make_remarks(meeting, 2, [make_person()])
    own = Statement(
        lambda meeting: ("SELECT count(*) FROM records_remark WHERE meeting_id = %s", [meeting]),
        lambda count: count,
    )
    assert own.rows(meeting.pk) == [2]
    nothing = Statement(lambda meeting: Remark.objects.none().values_list("pk"), lambda pk: pk)
    with CaptureQueriesContext(connection) as queries:
        assert nothing.rows(meeting.pk) == []
    assert len(queries) == 0


def prepared_statements_like(fragment):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", [f"%{fragment}%"]
        )
        return cursor.fetchone()[0]


def test_a_statement_planned_for_its_values_is_never_served_a_plan_made_for_none():
    # Prepared statements are on (PREPARED_STATEMENTS): a query run again is prepared, and
    # PostgreSQL may then plan it once for any value. A search's best plan hangs on its words,
    # so its values go into its SQL instead, and no prepared statement holds it.
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: prepared statements")
    make_meeting(title="Harbour council", slug="harbour-council")
    by_title = Statement(
        lambda word: Meeting.objects.filter(title__contains=word).values_list("pk"),
        lambda pk: pk,
    )
    by_slug = Statement(
        lambda word: Meeting.objects.filter(slug__contains=word).values_list("pk"),
        lambda pk: pk,
        planned_for_its_values=True,
    )
    for word in ["arbour", "council", "Harb", "our", "coun", "bour", "ncil"]:
        assert len(by_title.rows(word)) == len(by_slug.rows(word.lower())) == 1
    # The plain statement's SQL, its word a parameter ($1), is prepared; the other never is.
    assert prepared_statements_like('"title"::text LIKE $1') == 1
    assert prepared_statements_like('"slug"::text LIKE') == 0
