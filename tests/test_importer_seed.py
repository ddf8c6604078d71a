"""The seed article, imported, yields exactly the seed fixture's content."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from council.importer.matching import propose
from council.importer.plan import save_plan
from council.importer.reading import extract
from council.records.models import (
    Appointment,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
)

from .factories import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = SEED_ARTICLE.read_text(encoding="utf-8")
FIXTURE = json.loads((ROOT / "fixtures/seed.json").read_text(encoding="utf-8"))
PUBLISHED = datetime.date(2026, 7, 1)


def rows(model):
    return [row["fields"] | {"pk": row["pk"]} for row in FIXTURE if row["model"] == model]


def by_pk(model):
    return {row["pk"]: row for row in rows(model)}


def fixture_remarks():
    people = by_pk("records.person")
    return [
        (people[r["speaker"]]["name"], r["role"], r["text"])
        for r in sorted(rows("records.remark"), key=lambda r: r["position"])
    ]


def import_seed():
    extraction = extract(ARTICLE, PUBLISHED)
    return save_plan(propose(extraction, source_text=ARTICLE, published_on=PUBLISHED))


def test_seed_extraction_has_the_fixtures_remarks_word_for_word_in_order():
    found = extract(ARTICLE, PUBLISHED).as_dict()
    assert [(r["speaker"], r["role"], r["quote"]) for r in found["remarks"]] == fixture_remarks()


def test_seed_extraction_has_the_fixtures_meeting_institutions_and_policy_items():
    found = extract(ARTICLE, PUBLISHED).as_dict()
    meeting = rows("records.meeting")[0]
    institutions = by_pk("records.institution")
    assert (found["date"], found["venue"], found["city"]) == (
        meeting["date"],
        meeting["venue"],
        meeting["city"],
    )
    assert found["host"] == institutions[1]["name"]
    assert set(found["institutions"]) == {row["name"] for row in institutions.values()}
    assert found["policy_items"] == [row["name"] for row in rows("records.policyitem")]


@pytest.mark.django_db
def test_seed_imported_into_empty_records_creates_the_fixtures_people_and_institutions():
    meeting = import_seed()
    institutions = by_pk("records.institution")
    assert meeting.status == Meeting.Status.DRAFT
    assert (meeting.date.isoformat(), meeting.venue, meeting.city) == (
        "2026-07-01",
        "Osco",
        "Cheongju",
    )
    assert meeting.source_text == ARTICLE
    assert meeting.source_is_translation
    assert [
        (r.speaker.name, r.role, r.text, r.provenance, r.spoken_language, r.text_ko)
        for r in meeting.remarks.select_related("speaker").order_by("position")
    ] == [(name, role, text, "machine", "ko", "") for name, role, text in fixture_remarks()]
    assert sorted(Institution.objects.values_list("name", "short_name", "kind")) == sorted(
        (row["name"], row["short_name"], row["kind"]) for row in institutions.values()
    )
    assert sorted(PolicyItem.objects.values_list("name", "kind", "status")) == sorted(
        (row["name"], row["kind"], row["status"]) for row in rows("records.policyitem")
    )
    appointments = by_pk("records.appointment")
    people = by_pk("records.person")
    assert sorted(
        Appointment.objects.values_list("person__name", "institution__name", "title")
    ) == sorted(
        (people[a["person"]]["name"], institutions[a["institution"]]["name"], a["title"])
        for a in appointments.values()
    )
    host = Participation.objects.get(meeting=meeting, part=Participation.Part.HOST)
    assert host.institution.name == "Ministry of SMEs and Startups"
    assert meeting.council.name == "SME and venture AI policy council"
    assert meeting.council.host == host.institution


@pytest.mark.django_db
def test_seed_imported_over_the_seed_fixture_reuses_its_records(seed):
    counts = [m.objects.count() for m in (Person, Institution, PolicyItem, Appointment)]
    meeting = import_seed()
    assert [m.objects.count() for m in (Person, Institution, PolicyItem, Appointment)] == counts
    fixture_meeting = Meeting.objects.get(pk=1)
    assert meeting.council == fixture_meeting.council
    assert [
        (r.speaker_id, r.appointment_id, r.text)
        for r in Remark.objects.filter(meeting=meeting).order_by("position")
    ] == [
        (r.speaker_id, r.appointment_id, r.text)
        for r in Remark.objects.filter(meeting=fixture_meeting).order_by("position")
    ]


@pytest.mark.django_db
def test_seed_imported_by_the_command_as_a_draft_prints_its_admin_url(capsys, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    call_command("import_article", str(path), "--published-on", "2026-07-01")
    meeting = Meeting.objects.get()
    assert capsys.readouterr().out.strip() == f"/admin/records/meeting/{meeting.pk}/change/"
    assert meeting.remarks.count() == 6
