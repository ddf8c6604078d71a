"""A record entered in Korean reads wholly in Korean at /ko/ and, marked as Korean, at /; once
its English is given, / reads in English, unmarked (issue 14, docs/languages.md)."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from taggit.models import Tag

from council.records.models import (
    AgendaItem,
    Appointment,
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
    TopicName,
)

from .factories import make_archive, make_person
from .test_archive_queries import BUDGETS, queries_for
from .test_html_validity import nu_messages

pytestmark = pytest.mark.django_db

URL = "/meetings/jinju-ai-council/"


def make_korean_meeting():
    """A meeting as Korean staff enter it: every text in Korean only, its topic named in
    English with its Korean name beside."""
    host = Institution.objects.create(name_ko="중소벤처기업부", short_name_ko="중기부", slug="mss")
    council = Council.objects.create(
        name_ko="중소벤처 AI 정책협의회",
        description_ko="AI 정책을 논의합니다.",
        slug="ai",
        host=host,
    )
    meeting = Meeting.objects.create(
        council=council,
        title_ko="진주 AI 정책협의회",
        slug="jinju-ai-council",
        date=datetime.date(2026, 7, 1),
        original_language="ko",
        venue_ko="중소기업진흥공단",
        city_ko="진주",
        summary_ko="지역 중소기업의 AI 도입을 논의했다.\n\n인력 양성 방안도 다뤘다.",
        status=Meeting.Status.PUBLISHED,
    )
    Participation.objects.create(meeting=meeting, institution=host, part="host")
    policy = PolicyItem.objects.create(
        name_ko="중소기업 인공지능 활용 촉진법",
        slug="sme-ai-act",
        kind="bill",
        status="under-deliberation",
        status_note_ko="국회 계류 중",
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        position=1,
        title_ko="AI 정책 성과와 계획",
        summary_ko="성과 보고",
        presenter=host,
    )
    item.policy_items.add(policy)
    speaker = Person.objects.create(name_ko="황영호", bio_ko="중기부 관료.", slug="hwang")
    Appointment.objects.create(person=speaker, institution=host, title_ko="기술혁신정책관")
    Remark.objects.create(
        meeting=meeting,
        position=1,
        speaker=speaker,
        role_ko="기술혁신정책관",
        spoken_language="ko",
        text_ko="지역 기업에 인력 양성이 필요합니다.",
        agenda_item=item,
    )
    topic = Tag.objects.create(name="AI adoption", slug="ai-adoption")
    TopicName.objects.create(tag=topic, name_ko="AI 도입")
    meeting.topics.add(topic)
    return meeting


def translate(meeting):
    """Staff give the English of every text."""
    Meeting.objects.filter(pk=meeting.pk).update(
        title="Jinju AI policy council",
        venue="KOSME",
        city="Jinju",
        summary="Regional SMEs' adoption of AI was discussed.",
    )
    Council.objects.filter(slug="ai").update(
        name="SME AI policy council", description="Discusses AI policy."
    )
    Institution.objects.filter(slug="mss").update(
        name="Ministry of SMEs and Startups", short_name="MSS"
    )
    PolicyItem.objects.filter(slug="sme-ai-act").update(
        name="SME AI utilization act", status_note="before the Assembly"
    )
    AgendaItem.objects.filter(meeting=meeting).update(
        title="AI policy outcomes and plans", summary="Outcomes"
    )
    Person.objects.filter(slug="hwang").update(name="Hwang Young-ho", bio="An official.")
    Appointment.objects.filter(person__slug="hwang").update(
        title="Director general for technology innovation policy"
    )
    Remark.objects.filter(meeting=meeting).update(
        role="Director general",
        text="Regional corporations need workforce training.",
        provenance="human",
    )


def main_of(response):
    """The page under its navigation: the records' texts, without the menus' links to the
    other language."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_a_meeting_entered_in_korean_reads_wholly_in_korean_at_ko(client):
    make_korean_meeting()
    main = main_of(client.get(f"/ko{URL}"))
    for korean in (
        "진주 AI 정책협의회",
        "중소벤처 AI 정책협의회",
        "중소기업진흥공단, 진주",
        "<p>지역 중소기업의 AI 도입을 논의했다.</p>",
        "AI 정책 성과와 계획",
        "중소기업 인공지능 활용 촉진법",
        "국회 계류 중",
        "황영호",
        "기술혁신정책관",
        "지역 기업에 인력 양성이 필요합니다.",
        "AI 도입",
    ):
        assert korean in main, korean
    assert 'lang="en"' not in main
    assert "language-tag" not in main
    assert "AI adoption" not in main


def test_at_the_english_address_its_korean_is_marked_as_such(client):
    make_korean_meeting()
    main = main_of(client.get(URL))
    tag = '<span class="language-tag">Korean</span>'
    assert f'<h1><span lang="ko">진주 AI 정책협의회</span> {tag}</h1>' in main
    assert f'<span lang="ko">중소기업진흥공단</span> {tag}, <span lang="ko">진주</span>' in main
    assert '<div lang="ko"><p>지역 중소기업의 AI 도입을 논의했다.</p>' in main
    assert f'<span lang="ko">기술혁신정책관</span> {tag}' in main
    assert f'<span lang="ko">국회 계류 중</span> {tag}' in main
    # The topic is named in English.
    assert ">AI adoption<" in main
    # No Korean text goes unmarked: each is inside an element of lang="ko".
    unmarked = re.sub(r'<(span|div|p) lang="ko">.*?</\1>', "", main, flags=re.S)
    assert not re.search(r"[\uac00-\ud7a3]", unmarked), unmarked


def test_once_translated_the_english_page_reads_in_english_unmarked(client):
    translate(make_korean_meeting())
    main = main_of(client.get(URL))
    for english in (
        "<h1>Jinju AI policy council</h1>",
        "KOSME, Jinju",
        "Regional SMEs&#x27; adoption of AI was discussed.",
        "AI policy outcomes and plans",
        "before the Assembly",
        "Director general",
        "Regional corporations need workforce training.",
    ):
        assert english in main, english
    assert "language-tag" not in main
    # The remark's English is a translation, and says so; its words as spoken are one click away.
    assert "Translated from Korean by a person." in main
    # So is the record's: written in Korean, the original a link away.
    assert "This record was written in Korean: what you read here is its translation." in main
    assert f'<a href="/ko{URL}" hreflang="ko">Read the original</a>' in main
    korean = main_of(client.get(f"/ko{URL}"))
    assert "<h1>진주 AI 정책협의회</h1>" in korean and "language-tag" not in korean
    assert "Read the original" not in korean and "원문 보기" not in korean


@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_the_pages_of_its_records_read_in_the_pages_language(client, prefix):
    make_korean_meeting()
    label = "" if prefix else ' <span class="language-tag">Korean</span>'
    for url, text in (
        ("/speakers/hwang/", "황영호"),
        ("/institutions/mss/", "중소벤처기업부"),
        ("/councils/ai/", "중소벤처 AI 정책협의회"),
        ("/policies/sme-ai-act/", "중소기업 인공지능 활용 촉진법"),
    ):
        main = main_of(client.get(prefix + url))
        shown = text if prefix else f'<span lang="ko">{text}</span>{label}'
        assert f"<h1>{shown}" in main, url
    topic = main_of(client.get(f"{prefix}/topics/ai-adoption/"))
    assert ("<h1>AI 도입</h1>" if prefix else "<h1>AI adoption</h1>") in topic


@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_a_topic_named_only_in_hangul_reads_as_korean(client, prefix):
    """Staff typed the topic's one name in Korean and gave it no Korean name: that name is its
    Korean, marked as such at / and plain at /ko/, on the meeting page and its own."""
    make_korean_meeting().topics.add(Tag.objects.create(name="인력 양성", slug="training"))
    tag = ' <span class="language-tag">Korean</span>'
    shown = '<span lang="ko">인력 양성</span>' + tag if not prefix else "인력 양성"
    meeting = main_of(client.get(f"{prefix}{URL}"))
    assert f">{shown}</a>" in meeting
    assert f"<h1>{shown}</h1>" in main_of(client.get(f"{prefix}/topics/training/"))
    marked = "" if prefix else ' lang="ko"'  # an option holds no element to mark
    option = f'<option{marked} value="training">인력 양성</option>'
    assert option in client.get(f"{prefix}/search/").content.decode()
    if prefix:
        assert "language-tag" not in meeting
    else:  # and no Korean text goes unmarked
        unmarked = re.sub(r'<(span|div|p) lang="ko">.*?</\1>', "", meeting, flags=re.S)
        assert not re.search(r"[\uac00-\ud7a3]", unmarked), unmarked


def test_the_search_filters_name_councils_in_the_pages_language(client):
    make_korean_meeting()
    # In the other language, the option says which (an option holds no element to mark).
    for prefix, option in (
        ("", '<option lang="ko" value="ai">중소벤처 AI 정책협의회</option>'),
        ("/ko", '<option value="ai">중소벤처 AI 정책협의회</option>'),
    ):
        assert option in client.get(f"{prefix}/search/").content.decode()
    council = Council.objects.get()
    council.name = "SME AI policy council"
    council.save()  # stamps the records' revision, which the choices are kept by
    assert '<option value="ai">SME AI policy council</option>' in (
        client.get("/search/").content.decode()
    )


def test_its_feed_and_the_meetings_list_give_the_korean_where_there_is_no_english(client):
    make_korean_meeting()
    assert "진주 AI 정책협의회 (중소벤처 AI 정책협의회, 2026-07-01)" in (
        client.get("/feeds/meetings/").content.decode()
    )
    assert '<span lang="ko">진주 AI 정책협의회</span>' in client.get("/meetings/").content.decode()


@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_a_korean_meeting_runs_the_meeting_pages_budget_of_queries(client, prefix):
    english = make_archive(20, "k")["meeting"]
    meeting = make_korean_meeting()
    # It has no decisions, commitments or corrections, which are asked for only where there
    # are some (the meeting of tests/test_archive_queries.py has them).
    budget = BUDGETS["meeting"] - 3
    assert len(queries_for(client, prefix + URL)) == budget
    translate(meeting)
    assert len(queries_for(client, prefix + URL)) == budget
    # And an English meeting of many remarks, as tests/test_archive_queries.py has it at /.
    assert len(queries_for(client, prefix + english)) == BUDGETS["meeting"]


def test_a_text_may_be_given_in_korean_only_but_not_left_empty_in_both():
    with pytest.raises(ValidationError, match="Give the name in English, Korean or both."):
        Person(slug="nobody").full_clean()
    make_person(name="", name_ko="김민지", slug="kim")
    # Two institutions known only by their Korean names are not the same institution.
    Institution.objects.create(name_ko="경기대학교", slug="kyonggi")
    Institution.objects.create(name_ko="진주시", slug="jinju")


def test_a_mixed_language_meeting_page_is_valid_html_in_both_languages(client, tmp_path):
    meeting = make_korean_meeting()
    # Mixed: the English of a few texts given, the rest Korean only.
    Meeting.objects.filter(pk=meeting.pk).update(title="Jinju AI policy council", city="Jinju")
    Person.objects.update(name="Hwang Young-ho")
    files = []
    for prefix in ("", "/ko"):
        for url in (URL, "/speakers/hwang/", "/institutions/mss/", "/policies/sme-ai-act/"):
            path = tmp_path / f"{prefix.strip('/') or 'en'}-{url.strip('/').replace('/', '-')}.html"
            path.write_bytes(client.get(prefix + url).content)
            files.append(str(path))
    messages = nu_messages(files)
    assert [(m.get("url"), m.get("lastLine"), m["message"]) for m in messages] == []


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core goes into the page as an inline script, which the site's policy refuses.
    return {**browser_context_args, "bypass_csp": True}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_a_mixed_language_meeting_page_passes_axe_and_keeps_its_typography(
    live_server, page, prefix
):
    from .test_accessibility import AXE, violations

    meeting = make_korean_meeting()
    Meeting.objects.filter(pk=meeting.pk).update(title="Jinju AI policy council")
    page.goto(live_server.url + prefix + URL)
    assert violations(page, str(AXE)) == []
    # A date is one unit ("2026년 7월 1일").
    assert page.eval_on_selector("main time", "t => getComputedStyle(t).whiteSpace") == "nowrap"
    assert page.eval_on_selector("main h1", "h => getComputedStyle(h).wordBreak") == "keep-all"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_the_search_box_placeholder_fits_on_a_phone(live_server, browser, prefix):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}{prefix}/")
    # The placeholder's width, in the box's font, against the room the box gives it.
    fits = page.eval_on_selector(
        "#home-q",
        """box => {
            const style = getComputedStyle(box);
            const context = document.createElement("canvas").getContext("2d");
            context.font = `${style.fontSize} ${style.fontFamily}`;
            const room = box.clientWidth - parseFloat(style.paddingLeft)
                - parseFloat(style.paddingRight);
            return context.measureText(box.placeholder).width <= room;
        }""",
    )
    context.close()
    assert fits


def test_a_topic_filter_in_use_is_named_in_the_pages_language(client):
    make_korean_meeting()
    page = client.get("/ko/search/?topic=ai-adoption").content.decode()
    assert "<strong>AI 도입</strong>" in page
