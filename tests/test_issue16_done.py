"""Issue 16's "Done when", point by point, on the seed archive, through the public pages.

Points already checked on the seed by other tests, and not repeated here:

- "The seed's act shows a dated timeline on its page and its status as of the meeting on the
  meeting page": ``test_seed_fixture.py::
  test_the_seeds_act_shows_its_dated_status_on_its_page_and_as_of_the_meeting``.
- "The director general's commitment has its page and appears on the council's, the
  ministry's and the act's pages": ``test_seed_fixture.py::
  test_the_director_generals_commitment_has_its_page_and_is_on_the_councils_the_ministrys_and_the_acts``.
- "A clean clone passes ``make test``": the suite itself, run by ``make test`` on SQLite and
  PostgreSQL; nothing a test inside it can check.

What is checked here: the PDF point on the seed meeting itself (``test_documents.py`` checks it
on a meeting of its own making), and the seed's outcomes where issue 16's later work shows them
(the list of every commitment, and the API).
"""

import pytest
from django.core.management import call_command

from council.records.models import Meeting

from .document_files import pdf_bytes
from .pages import SEED_MEETING

pytestmark = pytest.mark.django_db

# A deck as the agency would present it: a word on its second page that the seed's text lacks.
DECK = ["KOSME AI policy outcomes", "Retrofitting regional factories with AI vision"]


def found_in_search(client, word):
    html = client.get("/search/", {"q": word}).content.decode()
    if "In the documents presented" not in html:
        return None
    return html[html.index("In the documents presented") :]


def test_a_pdf_attached_to_the_seed_meeting_is_found_by_a_word_of_its_text_only_while_published(
    client, seed, tmp_path
):
    meeting = Meeting.objects.get()
    deck = tmp_path / "kosme-deck.pdf"
    deck.write_bytes(pdf_bytes(DECK))  # made by pypdf's writer, read back by the site's reader
    call_command("attach_document", meeting.slug, str(deck), "--title", "KOSME deck")
    document = meeting.documents.get()

    results = found_in_search(client, "retrofitting")
    assert results is not None
    assert "<mark>Retrofitting</mark> regional factories" in results
    assert "KOSME deck</a>, page 2" in results
    assert f'href="{SEED_MEETING}"' in results
    assert client.get(document.file.url).status_code == 200

    Meeting.objects.filter(pk=meeting.pk).unpublish()
    assert found_in_search(client, "retrofitting") is None
    assert client.get(document.file.url).status_code == 404
    assert client.get(SEED_MEETING).status_code == 404

    Meeting.objects.filter(pk=meeting.pk).publish()
    assert found_in_search(client, "retrofitting") is not None


def test_the_seeds_commitment_is_on_the_list_of_every_commitment_by_council_ministry_and_act(
    client, seed
):
    for params in (
        {},
        {"council": "sme-and-venture-ai-policy-council"},
        {"institution": "ministry-of-smes-and-startups", "state": "open"},
        {"policy": "sme-ai-utilization-promotion-act"},
    ):
        html = client.get("/commitments/", params).content.decode()
        assert 'href="/commitments/1/"' in html, params
        assert "stated by Hwang Young-ho" in html, params


def test_the_seeds_outcomes_are_in_the_api(client, seed):
    meeting = client.get(f"/api/v1/meetings/{Meeting.objects.get().slug}/").json()
    act = {p["slug"]: p for p in meeting["policies"]}["sme-ai-utilization-promotion-act"]
    assert act["status_at_meeting"]["since"] == "2026-07-01"
    assert act["status_at_meeting"]["as_printed"] == "Under deliberation in the National Assembly"
    (commitment,) = meeting["commitments"]
    assert commitment["remark"]["speaker"]["slug"] == "hwang-young-ho"
    changes = client.get(
        "/api/v1/status-changes/", {"policy": "sme-ai-utilization-promotion-act"}
    ).json()["results"]
    assert [(c["date"], c["status"]) for c in changes] == [("2026-07-01", "under-deliberation")]
