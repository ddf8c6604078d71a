"""The page cache keeps one copy of a page per address as its view reads it (the host, the
path, the query parameters the view reads) and shows every change to the records at once,
a topic's new name included."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from .factories import make_meeting

pytestmark = pytest.mark.django_db

MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, len(captured)


def test_junk_query_parameters_are_served_the_one_cached_copy(client, seed):
    first, _ = queries(client, f"{MEETING}?utm_source=a")
    again, count = queries(client, f"{MEETING}?utm_source=b&fbclid=c")
    assert count == 1  # the revision stamp: the page came from the cache
    assert again.content == first.content


def test_a_view_never_sees_a_parameter_it_does_not_read(client, seed):
    from django.core.cache import cache

    client.get("/meetings/?page=1&junk=x")
    stored = {key for key in cache._cache if ":page:" in key}
    client.get("/meetings/?junk=y&page=1")
    assert {key for key in cache._cache if ":page:" in key} == stored


def test_the_page_a_list_reads_is_part_of_the_key(client):
    for day in range(1, 23):
        make_meeting(title=f"Meeting of day {day}", date=datetime.date(2026, 7, day))
    first = client.get("/meetings/").content.decode()
    second = client.get("/meetings/?page=2").content.decode()
    assert "Meeting of day 22" in first and "Meeting of day 22" not in second
    assert "Meeting of day 1<" in second


def test_each_host_gets_its_own_copy_with_its_own_addresses(client, seed):
    client.get("/remarks/1/", HTTP_HOST="localhost")
    other = client.get("/remarks/1/", HTTP_HOST="127.0.0.1").content.decode()
    assert "http://127.0.0.1/remarks/1/" in other
    assert "http://localhost/" not in other


def test_renaming_a_topic_refreshes_the_cached_pages_that_name_it(client, seed):
    assert "artificial intelligence" in client.get(MEETING).content.decode()
    topic = Tag.objects.get(slug="artificial-intelligence")
    topic.name = "machine intelligence"
    topic.save()
    assert "machine intelligence" in client.get(MEETING).content.decode()
