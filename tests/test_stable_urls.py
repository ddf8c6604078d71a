"""A meeting or a person whose slug changes keeps its old address alive."""

import pytest
from django.urls import reverse
from django.utils import translation

from council.records.models import Council, Institution, Meeting, Person, PolicyItem, Remark

from .factories import make_archive, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db


def test_a_renamed_meeting_redirects_from_its_old_address(client):
    meeting = make_meeting(slug="old-name")
    meeting = Meeting.objects.get(pk=meeting.pk)
    meeting.slug = "new-name"
    meeting.save()
    response = client.get("/meetings/old-name/")
    assert response.status_code == 301
    assert response["Location"] == "/meetings/new-name/"


def test_a_renamed_person_redirects_twice_over(client):
    person = make_person(slug="first")
    make_remarks(make_meeting(), 1, [person])
    for slug in ("second", "third"):
        person = Person.objects.get(pk=person.pk)
        person.slug = slug
        person.save()
    for old in ("first", "second"):
        response = client.get(f"/speakers/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/speakers/third/"


def test_a_slug_given_back_to_a_new_meeting_belongs_to_it(client):
    meeting = make_meeting(slug="shared")
    meeting = Meeting.objects.get(pk=meeting.pk)
    meeting.slug = "moved"
    meeting.save()
    newcomer = make_meeting(slug="shared", title="The newcomer")
    response = client.get("/meetings/shared/")
    assert response.status_code == 200
    assert response.context["meeting"] == newcomer


def test_an_old_address_of_a_draft_stays_a_404(client):
    meeting = make_meeting(slug="was-public", status=Meeting.Status.DRAFT)
    meeting = Meeting.objects.get(pk=meeting.pk)
    meeting.slug = "now-draft"
    meeting.save()
    assert client.get("/meetings/was-public/").status_code == 404


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_record_has_the_address_reverse_gives(language):
    make_archive(2, "addr")
    meeting = Meeting.objects.first()
    records = {
        "archive:meeting": (meeting, meeting.slug),
        "archive:speaker": (Person.objects.first(), Person.objects.first().slug),
        "archive:remark": (Remark.objects.first(), Remark.objects.first().pk),
        "archive:council": (Council.objects.first(), Council.objects.first().slug),
        "archive:institution": (Institution.objects.first(), Institution.objects.first().slug),
        "archive:policy": (PolicyItem.objects.first(), PolicyItem.objects.first().slug),
    }
    with translation.override(language):
        for name, (record, argument) in records.items():
            assert record.get_absolute_url() == reverse(name, args=[argument])
            assert record.get_absolute_url().startswith("/ko/" if language == "ko" else "/")
