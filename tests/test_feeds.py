"""The Atom feeds: one entry per published meeting, or per published remark of a speaker."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from council.records.models import Meeting

from .factories import make_archive, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    return feed.findall(f"{ATOM}entry")


def test_the_meeting_feed_has_one_entry_per_published_meeting(client):
    make_archive(6, "a")
    make_archive(6, "b", status=Meeting.Status.DRAFT)
    found = entries(client, "/feeds/meetings/")
    assert len(found) == Meeting.objects.published().count() == 2
    assert all(entry.find(f"{ATOM}link").get("href").startswith("http") for entry in found)


def test_a_speaker_feed_lists_the_newest_meeting_first_and_its_remarks_in_order(client):
    speaker = make_person(slug="speaker")
    earlier = make_meeting(title="Earlier", date=datetime.date(2026, 3, 1))
    later = make_meeting(title="Later", date=datetime.date(2026, 6, 1))
    make_remarks(earlier, 2, [speaker])
    make_remarks(later, 2, [speaker])
    found = entries(client, "/speakers/speaker/feed/")
    shown = [
        (entry.find(f"{ATOM}title").text.split(", ")[1], entry.find(f"{ATOM}summary").text[:15])
        for entry in found
    ]
    assert shown == [
        ("Later (2026-06-01)", "Remark number 1"),
        ("Later (2026-06-01)", "Remark number 2"),
        ("Earlier (2026-03-01)", "Remark number 1"),
        ("Earlier (2026-03-01)", "Remark number 2"),
    ]


def test_a_speaker_feed_has_one_entry_per_published_remark(client, seed):
    found = entries(client, "/speakers/hwang-young-ho/feed/")
    assert len(found) == 2
    assert "Hwang Young-ho" in found[0].find(f"{ATOM}title").text
