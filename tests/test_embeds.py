"""A remark to cite and to embed: the citation's punctuation, the <blockquote> to copy, and the
oEmbed endpoint that sites embedding by address ask."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.lib.text import as_sentence
from council.records.models import Meeting, Remark

from .factories import make_archive, make_meeting, make_person

pytestmark = pytest.mark.django_db


def textarea(page, name):
    found = re.search(rf'<textarea id="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(found.group(1))


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("a key task for an economic leap", "a key task for an economic leap."),
        ("It is ready.", "It is ready."),
        ("Is it ready?", "Is it ready?"),
        ("He called it “the plan.”", "He called it “the plan.”"),
        ("under the “AI act”", "under the “AI act”."),
        ("인력 양성이 중요하다", "인력 양성이 중요하다."),
        ("인력 양성이 중요하다.", "인력 양성이 중요하다."),
    ],
)
def test_a_quotation_ends_with_its_full_stop_inside_the_marks(text, cited):
    assert as_sentence(text) == cited


def test_the_citation_quotes_the_words_as_a_sentence_and_names_the_source(client, seed):
    page = client.get("/remarks/5/").content.decode()
    citation = textarea(page, "citation")
    assert citation == (
        "Hwang Young-ho, director general for technology innovation policy at the MSS. “Amid "
        "global AI competition, the great AI transition of small and venture corporations is a "
        "key task for an economic leap.” SME and venture AI policy council, Introducing and "
        "expanding AI at regional small and midsize corporations, 2026-07-01, Cheongju. "
        "Translated from Korean by machine translation. http://testserver/remarks/5/"
    )
    # Selectable without script; the copy button is added by a script, where one can copy.
    assert '<textarea id="citation" class="citation" rows="4" readonly' in page
    assert 'src="/static/js/copy.js"' in page


def test_the_korean_citation_names_the_speaker_and_council_in_korean(client, seed):
    citation = textarea(client.get("/ko/remarks/5/").content.decode(), "citation")
    # The seed's role and city as Korean prints them; the words are its English translation.
    assert citation.startswith("황영호, 중기부 기술혁신정책관. “Amid global AI competition")
    assert ", 2026-07-01, 청주." in citation
    assert "economic leap.” 중소벤처 AI 정책협의회," in citation
    assert citation.endswith("http://testserver/ko/remarks/5/")


def test_the_remark_page_offers_a_blockquote_to_copy_that_reads_without_script(client, seed):
    page = client.get("/remarks/5/").content.decode()
    card = textarea(page, "embed-code")
    assert card.startswith('<blockquote cite="http://testserver/remarks/5/">')
    assert "<script" not in card and "style" not in card and "class=" not in card
    assert "key task for an economic leap</p>" in card
    assert '<a href="http://testserver/speakers/hwang-young-ho/">Hwang Young-ho</a>' in card
    assert "Introducing and expanding AI at regional small and midsize corporations</a>" in card
    assert '<time datetime="2026-07-01">July 1, 2026</time>' in card


def test_the_remark_page_leads_embedding_sites_to_its_oembed(client, seed):
    page = client.get("/remarks/5/").content.decode()
    found = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page)
    assert found
    response = client.get(html.unescape(found.group(1)))
    assert response.status_code == 200
    card = response.json()
    assert (card["version"], card["type"], card["author_name"]) == ("1.0", "rich", "Hwang Young-ho")
    assert card["html"] == textarea(page, "embed-code")
    assert card["width"] == 550
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_oembed_card_speaks_the_language_of_the_address(client, seed):
    card = client.get("/oembed/", {"url": "http://testserver/ko/remarks/5/", "maxwidth": 300})
    card = card.json()
    assert card["author_name"] == "황영호" and card["width"] == 300
    assert 'href="http://testserver/ko/speakers/hwang-young-ho/">황영호</a>' in card["html"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"url": "not an address"}, 400),
        ({"url": "ftp://testserver/remarks/5/"}, 400),
        ({"url": "http://elsewhere.example/remarks/5/"}, 400),
        ({"url": "http://testserver:port/remarks/5/"}, 400),
        ({"url": "http://testserver/meetings/introducing-and-expanding-ai-at-regional-smes/"}, 400),
        ({"url": "http://testserver/remarks/5/", "maxwidth": "wide"}, 400),
        ({"url": "http://testserver/remarks/99999/"}, 404),
        ({"url": "http://testserver/remarks/5/", "format": "xml"}, 501),
        ({"url": "http://testserver/remarks/5/", "format": "yaml"}, 400),
    ],
)
def test_an_oembed_request_it_cannot_answer_gets_a_json_error(client, seed, params, status):
    response = client.get("/oembed/", params)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status


def test_a_drafts_remark_is_not_embedded(client):
    draft = make_meeting(status=Meeting.Status.DRAFT)
    remark = Remark.objects.create(meeting=draft, speaker=make_person(), text="Not yet public.")
    response = client.get("/oembed/", {"url": f"http://testserver/remarks/{remark.pk}/"})
    assert response.status_code == 404
    assert "Not yet public" not in response.content.decode()


def test_an_oembed_card_runs_two_queries_whatever_the_archive(client):
    for size in (2, 200):
        remark = make_archive(size, f"n{size}")["remark"]
        url = f"/oembed/?url=http://testserver{remark}"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # The revision stamp, and the remark with its speaker, meeting and council.
        assert len(queries) == 2, [q["sql"][:100] for q in queries]
