"""With a cache that every worker shares (Redis), a cached page costs no query at all, and an
edit or a publication still shows at once."""

import os
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting, Revision
from council.settings import cache_from_url

MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


@pytest.fixture
def redis_cache(settings):
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    # A prefix of the test's own: other runs may share the server.
    settings.CACHES = {"default": {**cache_from_url(url), "KEY_PREFIX": uuid.uuid4().hex}}
    settings.REVISION_IN_CACHE = True
    settings.PAGE_CACHE_SECONDS = 600
    try:
        cache.set("ping", 1, 5)
    except Exception as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis is not answering at {url}: {exc}")
    yield cache
    cache.clear()


def fetch(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


@pytest.mark.django_db(transaction=True)
def test_a_cached_page_and_a_304_cost_no_query(client, redis_cache):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    first, _ = fetch(client, MEETING)
    again, count = fetch(client, MEETING)
    assert count == 0
    assert again.content == first.content
    unchanged, count = fetch(client, MEETING, if_none_match=first["ETag"])
    assert (unchanged.status_code, count) == (304, 0)


@pytest.mark.django_db(transaction=True)
def test_an_edit_and_an_unpublication_show_at_once(client, redis_cache):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    fetch(client, MEETING)
    meeting = Meeting.objects.get()
    meeting.title = "A corrected title"
    meeting.save()
    assert b"A corrected title" in client.get(MEETING).content

    Meeting.objects.all().unpublish()
    assert client.get(MEETING).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_a_stamp_is_shared_only_once_its_change_is_committed(redis_cache):
    from django.db import transaction

    Revision.stamp()
    before = Revision.last_changed()
    with transaction.atomic():
        Revision.stamp()
        # Another worker, reading now, must not see a stamp whose data it cannot see yet.
        assert cache.get(Revision.CACHE_KEY) == before
    assert Revision.last_changed() > before


@pytest.mark.django_db
def test_a_lost_stamp_is_read_from_the_database_and_shared_again(redis_cache):
    Revision.stamp()
    cache.delete(Revision.CACHE_KEY)
    in_database = Revision.objects.get().changed_at
    with CaptureQueriesContext(connection) as captured:
        assert Revision.last_changed() == in_database
    assert len(captured) == 1
    assert cache.get(Revision.CACHE_KEY) == in_database
