"""An unchanged page costs a 304; an edit or a publication shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting, Person

pytestmark = pytest.mark.django_db

PAGES = [
    "/meetings/introducing-and-expanding-ai-at-regional-smes/",
    "/remarks/1/",
    "/speakers/hwang-young-ho/",
]


@pytest.mark.parametrize("url", PAGES)
def test_an_unchanged_page_is_a_304(client, seed, url):
    first = client.get(url)
    assert first.status_code == 200
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("url", PAGES)
def test_an_edit_anywhere_in_the_records_changes_the_page(client, seed, url):
    etag = client.get(url)["ETag"]
    person = Person.objects.get(slug="jang-tae-woo")
    person.name_ko = "장태우 (수정)"
    person.save()
    assert client.get(url, headers={"if-none-match": etag}).status_code == 200


def test_unpublishing_is_seen_at_once(client, seed):
    url = PAGES[0]
    etag = client.get(url)["ETag"]
    Meeting.objects.all().unpublish()
    assert client.get(url, headers={"if-none-match": etag}).status_code == 404


def test_the_korean_page_has_its_own_etag(client, seed):
    assert client.get(PAGES[0])["ETag"] != client.get("/ko" + PAGES[0])["ETag"]


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


@pytest.mark.parametrize("url", PAGES)
def test_a_cached_page_costs_one_query_and_shows_an_edit_at_once(client, seed, page_cache, url):
    first, _ = queries(client, url)
    again, count = queries(client, url)
    assert count == 1
    assert again.content == first.content

    meeting = Meeting.objects.get()
    meeting.title = "A corrected title"
    meeting.save()
    changed, count = queries(client, url)
    assert count > 1
    assert b"A corrected title" in changed.content


def test_a_staff_preview_is_never_served_to_the_public(client, seed, page_cache):
    from django.contrib.auth.models import Permission, User

    Meeting.objects.all().unpublish()
    staff = User.objects.create_user("alice", is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(codename="view_meeting"))
    client.force_login(staff)
    assert b"Draft preview" in client.get(PAGES[0]).content
    client.logout()
    assert client.get(PAGES[0]).status_code == 404
