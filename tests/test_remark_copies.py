"""A remark's copies of its meeting's date and publication (what lists and search read) follow
the meeting whatever writes the rows: bulk updates, raw SQL, fixtures, stale instances."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from council.records.meeting_copies import TRIGGERS_MIGRATION
from council.records.models import Meeting, Remark

from .factories import make_meeting, make_person

pytestmark = pytest.mark.django_db

EARLY, LATE = datetime.date(2026, 3, 2), datetime.date(2026, 9, 14)


@pytest.fixture
def speaker():
    return make_person(name="Jang Tae-woo", slug="jang-tae-woo")


def said(speaker, text, **meeting):
    return Remark.objects.create(meeting=make_meeting(**meeting), speaker=speaker, text=text)


def searched(client, words):
    response = client.get("/search/", {"q": words})
    assert response.status_code == 200
    return [remark.text for remark, _ in response.context["results"]]


def on_speaker_page(client, speaker):
    response = client.get(speaker.get_absolute_url())
    assert response.status_code == 200
    return [remark.text for remark in response.context["object_list"]]


def copies(remark):
    return Remark.objects.values_list("meeting_date", "meeting_published").get(pk=remark.pk)


def test_withdrawing_meetings_by_a_bulk_update_hides_their_remarks_at_once(client, speaker):
    kept = said(speaker, "Semiconductor exports recovered.", date=EARLY)
    withdrawn = said(speaker, "Semiconductor subsidies will follow.", date=LATE)

    Meeting.objects.filter(pk=withdrawn.meeting_id).update(status=Meeting.Status.DRAFT)

    assert searched(client, "semiconductor") == [kept.text]
    assert on_speaker_page(client, speaker) == [kept.text]
    assert client.get(withdrawn.get_absolute_url()).status_code == 404


def test_publishing_meetings_by_a_bulk_update_shows_their_remarks_at_once(client, speaker):
    draft = said(speaker, "Semiconductor subsidies will follow.", status=Meeting.Status.DRAFT)
    assert searched(client, "semiconductor") == []

    Meeting.objects.filter(pk=draft.meeting_id).update(
        status=Meeting.Status.PUBLISHED, published_at=timezone.now()
    )

    assert searched(client, "semiconductor") == [draft.text]
    assert on_speaker_page(client, speaker) == [draft.text]


def test_a_bulk_update_of_a_meetings_date_reorders_its_remarks(client, speaker):
    older = said(speaker, "Semiconductor exports recovered.", date=EARLY)
    newer = said(speaker, "Semiconductor subsidies will follow.", date=LATE)
    assert on_speaker_page(client, speaker) == [newer.text, older.text]

    Meeting.objects.filter(pk=older.meeting_id).update(date=LATE + datetime.timedelta(days=1))

    assert on_speaker_page(client, speaker) == [older.text, newer.text]
    assert searched(client, "semiconductor") == [older.text, newer.text]
    assert copies(older) == (LATE + datetime.timedelta(days=1), True)


def test_a_remark_moved_to_another_meeting_by_a_queryset_update_takes_its_values(client, speaker):
    remark = said(speaker, "Semiconductor subsidies will follow.", date=LATE)
    draft = make_meeting(date=EARLY, status=Meeting.Status.DRAFT)

    Remark.objects.filter(pk=remark.pk).update(meeting=draft)

    assert copies(remark) == (EARLY, False)
    assert searched(client, "semiconductor") == []


def test_a_remark_inserted_by_raw_sql_gets_its_meetings_values(client, speaker):
    meeting = make_meeting(date=LATE)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO records_remark (meeting_id, position, speaker_id, role, role_ko, text, "
            "text_ko, spoken_language, provenance, provenance_ko, translated_by, "
            "translated_by_ko, version) VALUES (%s, 1, %s, '', '', %s, '', 'en', 'original', '', "
            "'', '', 1)",
            [meeting.pk, speaker.pk, "Semiconductor subsidies will follow."],
        )
    remark = Remark.objects.get()

    assert copies(remark) == (LATE, True)
    assert searched(client, "semiconductor") == [remark.text]


def test_a_stale_copy_written_back_is_replaced_by_the_meetings(client, speaker):
    remark = said(speaker, "Semiconductor subsidies will follow.", date=LATE)
    opened = Remark.objects.get(pk=remark.pk)  # an edit form opened before the withdrawal
    Meeting.objects.filter(pk=remark.meeting_id).update(status=Meeting.Status.DRAFT)

    opened.text = "Semiconductor subsidies will follow next year."
    opened.save()
    Remark.objects.filter(pk=remark.pk).update(meeting_published=True, meeting_date=EARLY)

    assert copies(remark) == (LATE, False)
    assert searched(client, "semiconductor") == []


def test_a_fixture_listing_a_remark_before_its_meeting_loads_with_the_copies(tmp_path):
    council = make_meeting().council
    now = timezone.now().isoformat()
    fixture = tmp_path / "remark-first.json"
    fixture.write_text(
        json.dumps(
            [
                {
                    "model": "records.remark",
                    "pk": 900,
                    "fields": {
                        "meeting": 900,
                        "position": 1,
                        "role": "Official",
                        "text": "Hi",
                        "provenance": "original",
                    },
                },
                {
                    "model": "records.meeting",
                    "pk": 900,
                    "fields": {
                        "council": council.pk,
                        "title": "Loaded after its remark",
                        "slug": "loaded-after-its-remark",
                        "date": LATE.isoformat(),
                        "status": "published",
                        "published_at": now,
                        "created_at": now,
                        "updated_at": now,
                    },
                },
            ]
        )
    )

    call_command("loaddata", fixture, verbosity=0)

    assert copies(Remark.objects.get(pk=900)) == (LATE, True)


@pytest.mark.django_db(transaction=True)
def test_a_meeting_withdrawn_while_no_trigger_watched_is_hidden_once_migrate_finishes(
    client, speaker
):
    """Before the migration that brings the triggers in, or on SQLite while any migration
    runs (the triggers stand aside); search's own triggers come back too."""
    remark = said(speaker, "Semiconductor subsidies will follow.")
    [(_, before)] = MigrationLoader(connection).get_migration(*TRIGGERS_MIGRATION).dependencies
    call_command("migrate", "records", before, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_meeting SET status = 'draft'")

    call_command("migrate", verbosity=0)

    assert searched(client, "semiconductor") == []
    Meeting.objects.update(status=Meeting.Status.PUBLISHED)
    added = said(speaker, "Semiconductor plants need engineers.", date=remark.meeting.date)
    assert searched(client, "semiconductor") == [added.text, remark.text]
