"""With a cache that every worker shares (Redis), a cached page costs one query (the revision
stamp, read from the database) and one read of the cache, and an edit or a withdrawal shows at
once, whichever process made it."""

import os
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from council.records.models import Meeting
from council.settings import cache_from_url

MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


@pytest.fixture
def redis_cache(settings):
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    # A prefix of the test's own: other runs may share the server.
    settings.CACHES = {"default": {**cache_from_url(url), "KEY_PREFIX": uuid.uuid4().hex}}
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
def test_a_cached_page_and_a_304_cost_only_the_stamp(client, redis_cache):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    first, _ = fetch(client, MEETING)
    again, count = fetch(client, MEETING)
    assert count == 1
    assert again.content == first.content
    unchanged, count = fetch(client, MEETING, if_none_match=first["ETag"])
    assert (unchanged.status_code, count) == (304, 1)


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


def another_process():
    """What a management command or a second server changes: the same database, and a cache
    of its own (or none)."""
    return override_settings(CACHES={"default": cache_from_url("locmem://")})


@pytest.mark.django_db(transaction=True)
def test_a_withdrawal_by_a_process_without_the_cache_shows_at_once(client, redis_cache):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    assert fetch(client, MEETING)[0].status_code == 200
    with another_process():
        Meeting.objects.all().unpublish()
    assert client.get(MEETING).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_an_edit_by_a_process_without_the_cache_shows_at_once(client, redis_cache):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    fetch(client, MEETING)
    with another_process():
        meeting = Meeting.objects.get()
        meeting.title = "Corrected elsewhere"
        meeting.save()
    assert b"Corrected elsewhere" in client.get(MEETING).content
