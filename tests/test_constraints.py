"""The database itself refuses records that would break the archive."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from council.records.models import (
    AgendaItem,
    Appointment,
    Meeting,
    Participation,
    Person,
    Remark,
)

from .factories import make_council, make_institution, make_meeting, make_person

pytestmark = pytest.mark.django_db


def refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_duplicate_remark_position_in_a_meeting_is_refused():
    meeting = make_meeting()
    speaker = make_person()
    Remark.objects.create(meeting=meeting, position=1, speaker=speaker, text="First.")
    refused(
        lambda: Remark.objects.create(meeting=meeting, position=1, speaker=speaker, text="Again.")
    )


def test_the_same_position_in_another_meeting_is_allowed():
    speaker = make_person()
    for meeting in (make_meeting(), make_meeting()):
        Remark.objects.create(meeting=meeting, position=1, speaker=speaker, text="First.")
    assert Remark.objects.filter(position=1).count() == 2


def test_a_remark_left_without_position_goes_last():
    meeting = make_meeting()
    speaker = make_person()
    Remark.objects.create(meeting=meeting, position=4, speaker=speaker, text="Earlier.")
    remark = Remark.objects.create(meeting=meeting, speaker=speaker, text="Later.")
    assert remark.position == 5


def test_duplicate_agenda_position_is_refused():
    meeting = make_meeting()
    AgendaItem.objects.create(meeting=meeting, position=1, title="Opening")
    refused(lambda: AgendaItem.objects.create(meeting=meeting, position=1, title="Again"))


@pytest.mark.parametrize(
    "make",
    [make_meeting, make_person, make_institution, make_council],
    ids=["meeting", "person", "institution", "council"],
)
def test_duplicate_slugs_are_refused(make):
    make(slug="same-slug")
    refused(lambda: make(slug="same-slug"))


def test_institution_names_are_unique_whatever_the_case():
    make_institution(name="Ministry of SMEs and Startups")
    refused(lambda: make_institution(name="ministry of smes and startups"))


def test_an_appointment_cannot_end_before_it_starts():
    person, institution = make_person(), make_institution()
    refused(
        lambda: Appointment.objects.create(
            person=person,
            institution=institution,
            title="Director",
            start_date=datetime.date(2026, 1, 1),
            end_date=datetime.date(2025, 1, 1),
        )
    )


def test_a_remark_needs_a_speaker_or_a_printed_role():
    meeting = make_meeting()
    refused(lambda: Remark.objects.create(meeting=meeting, position=1, text="Anonymous."))
    unnamed = Remark.objects.create(
        meeting=meeting, position=1, role="an official of the MSS", text="Said by someone."
    )
    assert unnamed.speaker is None


def test_an_institution_takes_one_part_once_per_meeting():
    meeting, institution = make_meeting(), make_institution()
    Participation.objects.create(meeting=meeting, institution=institution, part="presenter")
    refused(
        lambda: Participation.objects.create(
            meeting=meeting, institution=institution, part="presenter"
        )
    )


def test_an_unnamed_participant_needs_a_description():
    meeting = make_meeting()
    refused(lambda: Participation.objects.create(meeting=meeting, part="demand-company"))
    Participation.objects.create(meeting=meeting, part="demand-company", note="AI demand firms")
    Participation.objects.create(meeting=meeting, part="demand-company", note="More firms")


def test_a_published_meeting_always_has_a_publication_time():
    meeting = make_meeting(status=Meeting.Status.PUBLISHED)
    assert meeting.published_at is not None
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(published_at=None))


def test_a_remark_takes_the_appointment_its_speaker_held_on_the_day():
    meeting = make_meeting(date=datetime.date(2026, 7, 1))
    person: Person = make_person()
    ministry = make_institution()
    Appointment.objects.create(
        person=person,
        institution=ministry,
        title="Director",
        end_date=datetime.date(2025, 12, 31),
    )
    current = Appointment.objects.create(
        person=person,
        institution=ministry,
        title="Director general",
        start_date=datetime.date(2026, 1, 1),
    )
    remark = Remark.objects.create(meeting=meeting, speaker=person, text="On the day.")
    assert remark.appointment == current
