"""On PostgreSQL every worker listens for changes to the revision stamp: a cached page costs no
query, and a change committed by any process, this one or another, shows on the next request."""

import os
import time

import psycopg
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records import revision_watch
from council.records.models import Meeting
from council.records.revision_watch import watch
from council.settings import cache_from_url

pytestmark = pytest.mark.django_db(transaction=True)

MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


@pytest.fixture(autouse=True)
def listening(settings, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: elsewhere the stamp is read by query")
    settings.REVISION_WATCH = True
    # Long enough that no check falls between two requests of a test on a busy machine.
    monkeypatch.setattr(revision_watch, "VERIFY_SECONDS", 60)
    settings.PAGE_CACHE_SECONDS = 600
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    settings.CACHES = {"default": {**cache_from_url(url), "KEY_PREFIX": os.urandom(8).hex()}}
    call_command("loaddata", "seed", verbosity=0)
    yield
    cache.clear()
    watch._forget_connection()


def fetch(client, url=MEETING, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


def another_process():
    """A connection of its own, as a command or a second server would have."""
    return psycopg.connect(**connection.get_connection_params(), autocommit=True)


def test_a_cached_page_and_a_304_cost_no_query(client):
    first, _ = fetch(client)
    again, count = fetch(client)
    assert (again.content, count) == (first.content, 0)
    unchanged, count = fetch(client, if_none_match=first["ETag"])
    assert (unchanged.status_code, count) == (304, 0)


def test_a_change_of_this_process_shows_on_the_next_request(client):
    fetch(client)
    Meeting.objects.all().unpublish()
    assert client.get(MEETING).status_code == 404


def test_a_withdrawal_by_another_process_shows_on_the_next_request(client):
    fetch(client)
    with another_process() as other:
        other.execute("UPDATE records_meeting SET status = 'draft'")
        other.execute("UPDATE records_revision SET changed_at = now() WHERE id = 1")
    # The notification is on its way as the other commit returns; it arrives within a
    # millisecond or so, so the next request, from anyone, sees the withdrawal.
    time.sleep(0.05)
    assert client.get(MEETING).status_code == 404


def test_a_lost_listening_connection_falls_back_to_the_query_and_listens_again(client):
    fetch(client)
    listener = watch._connection.info.backend_pid
    with another_process() as other:
        other.execute("SELECT pg_terminate_backend(%s)", [listener])
        time.sleep(0.05)  # the backend ends, and its last words reach the worker's socket
        other.execute("UPDATE records_meeting SET title = 'Corrected elsewhere'")
        other.execute("UPDATE records_revision SET changed_at = now() WHERE id = 1")
    changed, count = fetch(client)
    assert b"Corrected elsewhere" in changed.content
    assert count >= 1  # read by query, the listener gone
    fetch(client)  # listening again, the stamp read once more
    again, count = fetch(client)
    assert count == 0 and b"Corrected elsewhere" in again.content
    assert watch._connection.info.backend_pid != listener


def test_a_change_never_heard_shows_within_the_check(client, monkeypatch):
    monkeypatch.setattr(revision_watch, "VERIFY_SECONDS", 0.2)
    fetch(client)
    with another_process() as other:
        # As if the notification were lost on a connection that died without a word.
        other.execute("SET session_replication_role = replica")  # triggers do not fire
        other.execute("UPDATE records_meeting SET status = 'draft'")
        other.execute("UPDATE records_revision SET changed_at = now() WHERE id = 1")
    time.sleep(0.3)
    assert client.get(MEETING).status_code == 404
