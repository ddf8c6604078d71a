"""The home page and a meeting's page, as the public sees them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import AgendaItem, Meeting

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

SEED_MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_home_page_lists_the_seed_meeting(client, seed):
    page = client.get("/").content.decode()
    assert "Introducing and expanding AI at regional small and midsize corporations" in page
    assert SEED_MEETING in page


def test_the_seed_meeting_shows_every_remark_with_its_speaker(client, seed):
    page = client.get(SEED_MEETING).content.decode()
    assert page.count('class="remark"') == 6
    assert "Hwang Young-ho" in page
    assert "director general for technology innovation policy at the MSS" in page
    assert "what small and midsize corporations want is on-site application".lower() in page.lower()
    assert "Osco, Cheongju" in page
    assert "Korea SMEs and Startups Agency (KOSME)" in page
    assert "Under deliberation in the National Assembly" in page
    assert "The source of this record is a translation" in page


def test_remarks_have_anchors_to_link_to(client, seed):
    page = client.get(SEED_MEETING).content.decode()
    for position in range(1, 7):
        assert f'id="remark-{position}"' in page


def test_user_text_is_escaped(client):
    speaker = make_person(name="<script>alert(1)</script>")
    meeting = make_meeting(title="<b>Bold</b> title")
    make_remarks(meeting, 1, [speaker])
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Bold</b>" not in client.get("/").content.decode()


def test_unknown_meeting_and_bad_pages_are_404(client, seed):
    assert client.get("/meetings/no-such-meeting/").status_code == 404
    assert client.get("/?page=99").status_code == 404
    assert client.get("/?page=not-a-number").status_code == 404


def test_drafts_appear_neither_on_the_home_page_nor_at_their_address(client, seed):
    draft = make_meeting(status=Meeting.Status.DRAFT, title="Secret draft", slug="secret-draft")
    assert "Secret draft" not in client.get("/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_the_meeting_page_runs_the_same_queries_for_2_and_200_remarks(client):
    speakers = [make_person() for _ in range(3)]
    small, large = make_meeting(), make_meeting()
    make_remarks(small, 2, speakers)
    make_remarks(large, 200, speakers)
    for meeting in (small, large):
        AgendaItem.objects.create(meeting=meeting, title="Opening")
    assert queries_for(client, small.get_absolute_url()) == 8
    assert queries_for(client, large.get_absolute_url()) == 8


def test_the_home_page_runs_the_same_queries_for_2_and_200_meetings(client):
    for _ in range(2):
        make_meeting()
    few = queries_for(client, "/")
    for _ in range(198):
        make_meeting()
    assert few == queries_for(client, "/") == 2
