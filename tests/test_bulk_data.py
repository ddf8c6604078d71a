"""The bulk download: ``export_dump`` writes every public record as compressed JSON Lines and CSV
with a manifest, and /data/ links the latest and states the data's licence."""

import csv
import gzip
import hashlib
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from council.opendata.dump import latest_dump
from council.records.models import Meeting, Remark, TopicName

from .factories import make_archive, make_meeting, make_person

pytestmark = pytest.mark.django_db

SITE = "https://council.example.org/"


@pytest.fixture
def dumps(settings, tmp_path):
    settings.DUMP_ROOT = tmp_path / "dumps"
    settings.SITE_URL = SITE
    return settings.DUMP_ROOT


def export(dumps):
    call_command("export_dump", stdout=io.StringIO())
    return latest_dump(dumps)


def lines(folder, name):
    with gzip.open(folder / name, "rt", encoding="utf-8") as data:
        return [json.loads(line) for line in data]


def table(folder, name):
    with gzip.open(folder / name, "rt", encoding="utf-8") as data:
        text = data.read()
    assert text.startswith("\ufeff")  # for Excel, as every CSV of the site
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_every_kind_is_written_as_json_lines_and_csv_with_a_manifest(seed, dumps):
    folder, manifest = export(dumps)
    names = {entry["name"] for entry in manifest["files"]}
    for kind in ("meetings", "remarks", "people", "institutions", "councils", "topics"):
        assert {f"{kind}.jsonl.gz", f"{kind}.csv.gz"} <= names
    for entry in manifest["files"]:
        content = (folder / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
        assert entry["bytes"] == len(content)
    counts = {e["kind"]: e["records"] for e in manifest["files"] if e["format"] == "jsonl"}
    assert counts["remarks"] == 6 and counts["meetings"] == 1 and counts["people"] == 3
    assert manifest["generated_at"].endswith("Z") and manifest["site"] == SITE


def test_the_records_are_those_the_api_gives_with_the_sites_addresses(client, seed, dumps):
    folder, _ = export(dumps)
    remarks = lines(folder, "remarks.jsonl.gz")
    from_api = client.get("/api/v1/remarks/5/").json()
    dumped = next(remark for remark in remarks if remark["id"] == from_api["id"])
    assert dumped == json.loads(json.dumps(from_api).replace("http://testserver/", SITE))
    (meeting,) = lines(folder, "meetings.jsonl.gz")
    assert len(meeting["remarks"]) == 6 and meeting["agenda"]  # the whole record
    rows = table(folder, "remarks.csv.gz")
    assert rows[4]["speaker.name_ko"] == "황영호"
    assert rows[4]["meeting.url"] == f"{SITE}meetings/{meeting['slug']}/"


def test_every_text_is_dumped_in_both_languages_each_in_its_own_column(seed, dumps):
    TopicName.objects.create(tag=Tag.objects.get(slug="smes"), name_ko="중소기업")
    folder, _ = export(dumps)
    (meeting,) = table(folder, "meetings.csv.gz")
    assert (meeting["venue"], meeting["venue_ko"], meeting["city_ko"]) == ("Osco", "오스코", "청주")
    assert (meeting["title_ko"], meeting["original_language"]) == ("", "ko")
    assert meeting["council.host.short_name_ko"] == "중기부"
    remarks = table(folder, "remarks.csv.gz")
    assert remarks[0]["role_ko"] == "경기대학교 교수"
    assert (remarks[0]["texts.en.provenance"], remarks[0]["texts.ko"]) == ("machine", "")
    topics = {row["slug"]: row["name_ko"] for row in table(folder, "topics.csv.gz")}
    assert (topics["smes"], topics["hiring"]) == ("중소기업", "")
    institutions = {row["slug"]: row for row in table(folder, "institutions.csv.gz")}
    kosme = institutions["korea-smes-and-startups-agency"]
    assert (kosme["short_name"], kosme["short_name_ko"]) == ("KOSME", "중진공")
    assert "description_ko" in kosme
    policies = {row["slug"]: row for row in table(folder, "policy-items.csv.gz")}
    assert policies["sme-ai-utilization-promotion-act"]["status_note_ko"] == "국회에서 논의 중"


def test_a_cell_that_would_start_a_formula_is_written_as_text(seed, dumps):
    meeting = Meeting.objects.get()
    Remark.objects.create(meeting=meeting, speaker=make_person(), text='=HYPERLINK("x")')
    folder, _ = export(dumps)
    texts = [row["texts.en.text"] for row in table(folder, "remarks.csv.gz")]
    assert '\'=HYPERLINK("x")' in texts
    assert '=HYPERLINK("x")' in [
        r["texts"]["en"]["text"] for r in lines(folder, "remarks.jsonl.gz")
    ]


def test_drafts_are_never_in_the_dump(dumps):
    make_archive(4, "public")
    make_archive(4, "secret", status=Meeting.Status.DRAFT)
    folder, manifest = export(dumps)
    for entry in manifest["files"]:
        with gzip.open(folder / entry["name"], "rt", encoding="utf-8") as data:
            assert "secret" not in data.read().lower(), entry["name"]


def test_the_dump_reads_the_same_number_of_queries_for_2_and_200_remarks(dumps):
    counts = []
    for size in (2, 200):
        make_archive(size, f"n{size}")
        with CaptureQueriesContext(connection) as queries:
            export(dumps)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_data_page_links_the_latest_dump_which_is_served_as_written(client, seed, dumps):
    assert "No bulk download has been made yet" in client.get("/data/").content.decode()
    folder, manifest = export(dumps)
    page = client.get("/data/").content.decode()
    assert 'href="/data/dump/remarks.jsonl.gz"' in page
    assert 'href="/data/dump/manifest.json"' in page
    response = client.get("/data/dump/remarks.csv.gz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert b"".join(response.streaming_content) == (folder / "remarks.csv.gz").read_bytes()
    entry = next(e for e in manifest["files"] if e["name"] == "remarks.csv.gz")
    assert response["ETag"] == f'"{entry["sha256"]}"'
    again = client.get("/data/dump/remarks.csv.gz", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert client.get("/data/dump/manifest.json").status_code == 200
    for name in ("nothing.csv.gz", "..%2Fmanifest.json", ".hidden"):
        assert client.get(f"/data/dump/{name}").status_code == 404


def test_the_data_page_reads_no_records_table_and_a_new_dump_shows_at_once(client, seed, dumps):
    export(dumps)
    meetings = re.compile(r"<th scope=\"row\">Meetings</th>\s*<td>(\d+)</td>")
    client.get("/data/")
    with CaptureQueriesContext(connection) as queries:
        assert meetings.search(client.get("/data/").content.decode()).group(1) == "1"
    # The counts come from the dump's manifest; what the page reads is the records' version,
    # once a request, for the site's pages its footer lists (kept per version).
    assert len(queries) == 1
    assert all("records_revision" in query["sql"] for query in queries)
    make_meeting(title="A later meeting")
    export(dumps)
    assert meetings.search(client.get("/data/").content.decode()).group(1) == "2"


def test_a_new_dump_replaces_the_latest_and_the_oldest_is_removed(seed, dumps):
    first, _ = export(dumps)
    make_meeting(title="A later meeting")
    second, _ = export(dumps)
    third, manifest = export(dumps)
    assert not first.exists() and second.exists()
    counts = {e["kind"]: e["records"] for e in manifest["files"]}
    assert counts["meetings"] == 2


def test_without_a_licence_set_the_data_says_it_is_to_be_set_by_the_ministry(
    client, seed, dumps, settings
):
    settings.DATA_LICENCE = ""
    _, manifest = export(dumps)
    assert manifest["licence"] is None
    assert manifest["licence_note"] == "To be set by the ministry."
    assert "Licence: to be set by the ministry." in client.get("/data/").content.decode()
    settings.DATA_LICENCE, settings.DATA_LICENCE_URL = "KOGL Type 1", "https://www.kogl.or.kr/"
    _, manifest = export(dumps)
    assert manifest["licence"] == {"name": "KOGL Type 1", "url": "https://www.kogl.or.kr/"}
    page = client.get("/data/").content.decode()
    assert '<a href="https://www.kogl.or.kr/" rel="license">KOGL Type 1</a>' in page


def test_the_dump_needs_the_sites_address(seed, dumps, settings):
    settings.SITE_URL = ""
    with pytest.raises(CommandError, match="SITE_URL"):
        call_command("export_dump")
