"""Safe output: CSV cells never run as formulas, feeds carry plain text, and every XML file the
site serves is well-formed whatever the records hold (issue 12, findings 7, 9 and 11)."""

import csv
import io
from xml.etree import ElementTree as ET

import pytest

from council.records.models import Meeting, Remark

from .factories import make_archive

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FORMULAS = ['=HYPERLINK("http://evil.example","Click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]


def rows(response):
    text = response.content.decode().removeprefix("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def archive():
    return make_archive(4, "safe")


@pytest.mark.parametrize("formula", [*FORMULAS, "\tHIDDEN", "\r=1+1"])
def test_a_csv_cell_that_would_start_a_formula_is_read_as_text(client, archive, formula):
    remark = Remark.objects.order_by("pk").first()
    remark.text = formula
    remark.role = "=1+1"
    remark.save()

    by_speaker = f"/search/remarks.csv?speaker={remark.speaker.slug}"
    for url in (archive["meeting-csv"], by_speaker):
        found = {row["url"]: row for row in rows(client.get(url))}
        row = found[f"http://testserver{remark.get_absolute_url()}"]
        assert row["role"] == "'=1+1"
        assert row["text_en"] == f"'{formula}"


def test_a_csv_keeps_ordinary_text_and_numbers_as_they_are(client, archive):
    [row, *_] = rows(client.get(archive["meeting-csv"]))
    assert row["position"] == "1"
    assert row["text_en"].startswith("Remark number 1")
    assert row["date"] == "2026-07-01"


def test_feeds_declare_their_summaries_plain_text(client, archive):
    remark = Remark.objects.order_by("pk").first()
    remark.text = "<b>bold</b> & <script>alert(1)</script>"
    remark.save()
    for url in (archive["meeting-feed"], archive["speaker-feed"], "/search/feed/?q=bold"):
        feed = ET.fromstring(client.get(url).content)
        summaries = feed.findall(f"{ATOM}entry/{ATOM}summary")
        assert summaries, url
        assert {summary.get("type") for summary in summaries} == {"text"}, url
    found = ET.fromstring(client.get("/search/feed/?q=bold").content)
    assert found.find(f"{ATOM}entry/{ATOM}summary").text == remark.text


# Rows written past the model (``update()``, or before the records were cleaned on save).
CONTROLS = "A line\x0bbreak, a bell\x07, an escape\x1b and a NUL-free \x1f end"


@pytest.mark.parametrize(
    "page",
    ["meeting-feed", "speaker-feed", "meeting-akn", "sitemap", "sitemap-topics", "sitemap-remarks"],
)
def test_every_xml_file_is_well_formed_even_when_a_row_holds_control_characters(
    client, archive, page
):
    Remark.objects.update(text=CONTROLS, role="Director\x0b general")
    Meeting.objects.update(title="AI\x0c policy", summary=CONTROLS, venue="Osco\x1e")
    response = client.get(archive[page])
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert "\x0b" not in ET.tostring(root, encoding="unicode")


def test_the_search_feed_is_well_formed_when_a_remark_holds_control_characters(client, archive):
    Remark.objects.update(text=CONTROLS)
    response = client.get("/search/feed/?speaker=speaker-safe-b")
    assert response.status_code == 200
    texts = [s.text for s in ET.fromstring(response.content).iter(f"{ATOM}summary")]
    assert "A line\nbreak, a bell, an escape and a NUL-free  end" in texts
