"""Searching every published remark, by words and by speaker, in English and Korean."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import Appointment, Institution, Meeting, Person, Remark
from council.search.backends import WalkOrIndex, among_newest, in_place_of_held
from council.search.search import RemarkSearch

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

SEED_WORDS = {
    1: "graduating",
    2: "practice-based",
    3: "on-site",
    4: "standardization",
    5: "leap",
    6: "suggestions",
}


def results(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200, response.content.decode()[:2000]
    return response


def found(client, **params):
    """The texts the results show, in order (first page)."""
    return [snippet.quote.text for _, snippet in results(client, **params).context["results"]]


def say(text, *, speaker=None, language="en", status=Meeting.Status.PUBLISHED, **meeting):
    """A remark spoken in ``language``, its words as spoken in that language's text."""
    meeting = make_meeting(status=status, **meeting)
    return Remark.objects.create(
        meeting=meeting,
        speaker=speaker or make_person(),
        spoken_language=language,
        **{"text_ko" if language == "ko" else "text": text},
    )


@pytest.mark.parametrize("position", SEED_WORDS)
def test_every_seed_remark_is_found_by_a_distinctive_word(client, seed, position):
    remark = Remark.objects.get(position=position)
    assert found(client, q=SEED_WORDS[position]) == [remark.text]


@pytest.mark.parametrize("slug", ["jang-tae-woo", "lee-sang-ho", "hwang-young-ho"])
def test_every_seed_remark_is_found_by_its_speaker_alone(client, seed, slug):
    texts = found(client, speaker=slug)
    assert sorted(texts) == sorted(
        Remark.objects.filter(speaker__slug=slug).values_list("text", flat=True)
    )
    assert len(texts) == 2


def test_a_speaker_and_a_word_find_only_the_matching_remark(client, seed):
    assert len(found(client, speaker="hwang-young-ho")) == 2
    assert found(client, speaker="hwang-young-ho", q="competition") == [
        Remark.objects.get(position=5).text
    ]


def test_a_speaker_can_be_given_by_name_in_any_spacing_or_case(client, seed):
    for name in ("Hwang Young-ho", "hwang youngho", "황영호", "황 영호"):
        assert len(found(client, speaker=name)) == 2, name


def test_two_speakers_add_up(client, seed):
    response = client.get("/search/", {"speaker": ["hwang-young-ho", "lee-sang-ho"]})
    assert len(response.context["results"]) == 4


def test_two_speakers_and_a_korean_word_find_the_remarks_of_either(client):
    kim, lee = make_person(), make_person()
    first = say("중소기업을 지원하겠습니다.", speaker=kim, language="ko")
    second = say("중소기업 정책을 살피겠습니다.", speaker=lee, language="ko")
    say("중소기업 이야기는 다른 사람이 했습니다.", language="ko")
    say("다른 말씀을 드리겠습니다.", speaker=kim, language="ko")
    texts = found(client, q="중소기업", speaker=[kim.slug, lee.slug])
    assert sorted(texts) == sorted([first.text_ko, second.text_ko])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index")
def test_a_search_by_speaker_can_read_the_index_of_each_speakers_words(seed):
    """The speaker's id is written as the column's type, which btree_gin's operators need
    (an integer compared with the bigint column leaves the index unread)."""
    speaker = Person.objects.get(slug="hwang-young-ho")
    remarks = RemarkSearch({"q": "competition", "speaker": [speaker]}).matched.remarks
    sql, params = remarks.query.sql_with_params()
    with connection.cursor() as cursor:
        # On a few rows any other index, or the table, would serve: without them (in the
        # test's transaction; those of constraints stay, but serve no bitmap scan here), the
        # speaker is read from this index only if its id is written as a bigint, else
        # tested on every match of the word.
        cursor.execute(
            "SELECT indexrelid::regclass::text FROM pg_index "
            "WHERE indrelid = 'records_remark'::regclass "
            "AND indexrelid::regclass::text != 'remark_speaker_words_idx' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "remark_speaker_words_idx" in plan
    assert "Index Cond: ((speaker_id = " in plan


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("인공지능", "중소기업이 인공지능을 활용한 생산성 향상에 나서야 합니다."),
        ("정책", "지역 기업을 위한 정책을 마련하겠습니다."),
        ("기업", "중소기업의 어려움을 잘 알고 있습니다."),
        ("AI", "AI를 도입하는 비용이 큰 부담입니다."),
        ("활용한 생산성", "중소기업이 인공지능을 활용한 생산성 향상에 나서야 합니다."),
    ],
)
def test_a_korean_word_finds_its_forms_with_particles(client, query, text):
    say(text, language="ko")
    say("관계없는 발언입니다.", language="ko")
    assert found(client, q=query) == [text]


def test_a_word_inside_another_korean_word_is_found_and_unrelated_ones_are_not(client):
    say("정책협의회에서 논의했습니다.", language="ko")
    say("정치 이야기는 없었습니다.", language="ko")
    assert len(found(client, q="정책")) == 1


def spoken_in_korean_and_translated(**meeting):
    """A remark spoken in Korean, with a person's English translation."""
    return Remark.objects.create(
        meeting=make_meeting(**meeting),
        speaker=make_person(name="Hwang Young-ho", slug="hwang-young-ho"),
        spoken_language="ko",
        text_ko="인공지능 인력 양성이 시급합니다.",
        text="Training an AI workforce is urgent.",
        provenance="human",
        translated_by="Kim Min-ji",
    )


def test_a_remark_is_found_by_the_words_it_was_spoken_in_and_by_its_translation(client):
    remark = spoken_in_korean_and_translated()
    say("다른 발언입니다.", language="ko")
    say("Another remark.")
    for query in ("인력", "양성", "workforce", "training", '"AI workforce"', "인공지능 workforce"):
        assert [r.pk for r, _ in results(client, q=query).context["results"]] == [remark.pk], query
    assert found(client, q="workforce -인력") == []


def test_a_result_shows_the_side_its_words_were_found_in_marked_as_such(client):
    spoken_in_korean_and_translated()
    # The English page shows the translation where it holds the words...
    html = results(client, q="workforce").content.decode()
    assert '<p lang="en">Training an AI <mark>workforce</mark> is urgent.</p>' in html
    assert "Translated from Korean by a person (Kim Min-ji)." in html
    # ...and the words as spoken where only they hold them, with their language.
    html = results(client, q="양성").content.decode()
    assert '<p lang="ko">인공지능 인력 <mark>양성</mark>이 시급합니다.</p>' in html
    assert '<span class="language-tag">Korean</span>' in html
    # The Korean page, the other way round: the translation, in English, marked as such.
    html = client.get("/ko/search/", {"q": "workforce"}).content.decode()
    assert '<p lang="en">Training an AI <mark>workforce</mark> is urgent.</p>' in html
    assert '<span class="language-tag">영어</span>' in html
    assert "한국어 원문을 사람이 번역한 글입니다 (Kim Min-ji)." in html


def test_facets_and_the_feed_of_a_search_in_either_language_count_a_remark_once(client):
    spoken_in_korean_and_translated()
    for query in ("인력", "workforce"):
        response = results(client, q=query)
        assert [(f.label, f.count) for f in response.context["facets"]["speaker"]] == [
            ("Hwang Young-ho", 1)
        ]
        feed = ET.fromstring(client.get("/search/feed/", {"q": query}).content)
        entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
        assert len(entries) == 1, query


def test_the_start_of_a_word_is_found_in_either_language(client):
    # On PostgreSQL, no whole word matches "work": its substring fallback searches both texts.
    spoken_in_korean_and_translated()
    assert len(found(client, q="work")) == 1
    assert len(found(client, q="시급")) == 1


def test_an_english_word_finds_its_other_forms(client):
    say("Small corporations need help.")
    say("Training programmes were expanded.")
    assert found(client, q="corporation") == ["Small corporations need help."]
    assert found(client, q="train") == ["Training programmes were expanded."]
    if connection.vendor == "postgresql":
        # PostgreSQL's English stemmer: the plural finds the singular as well.
        say("One corporation spoke.")
        assert len(found(client, q="corporations")) == 2
        assert found(client, q="expanding") == ["Training programmes were expanded."]


def test_a_short_english_word_matches_whole_words_only(client):
    say("AI matters.")
    say("He said nothing about it.")
    assert found(client, q="AI") == ["AI matters."]


def test_a_phrase_in_quotes_must_appear_in_that_order(client):
    say("The college seniors graduate soon.")
    say("Seniors from the college came.")
    assert found(client, q='"college seniors"') == ["The college seniors graduate soon."]


@pytest.mark.parametrize("per_meeting", [15, 1], ids=["common", "rare"])
def test_a_phrase_finds_its_newest_matches_whether_common_or_rare(client, per_meeting):
    # On PostgreSQL a phrase's matches are read by walking the remarks newest first or from the
    # index, chosen by how many of the newest remarks match: 30 of 40 walk, 2 of 40 do not.
    speaker = make_person()
    older = make_meeting(date=datetime.date(2026, 1, 1))
    newer = make_meeting(date=datetime.date(2026, 2, 1))
    Remark.objects.bulk_create(
        Remark(
            meeting=meeting,
            position=position,
            speaker=speaker,
            text="The college seniors graduate." if position <= per_meeting else "Seniors agree.",
        )
        for meeting in (older, newer)
        for position in range(1, 21)
    )
    matching = Remark.objects.filter(text__startswith="The college seniors").newest_first()
    search = results(client, q='"college seniors"', sort="newest").context["search"]
    assert [c.id for c in search.candidates] == list(matching.values_list("pk", flat=True))
    assert search.count == 2 * per_meeting


@pytest.mark.parametrize("per_meeting", [15, 1], ids=["common", "rare"])
def test_a_korean_word_finds_its_newest_matches_whether_common_or_rare(
    client, monkeypatch, per_meeting
):
    # On PostgreSQL, the newest remarks are sampled through the index of those with Hangul:
    # here the newest 40 of 60, of which 30 match (the walk) or 2 (the index).
    monkeypatch.setattr(WalkOrIndex, "SAMPLE_REMARKS", 40)
    speaker = make_person()
    meetings = [make_meeting(date=datetime.date(2026, month, 1)) for month in (1, 2, 3)]
    Remark.objects.bulk_create(
        Remark(
            meeting=meeting,
            position=position,
            speaker=speaker,
            spoken_language="ko",
            text_ko="중소기업을 돕겠습니다." if position <= per_meeting else "다른 말씀입니다.",
        )
        for meeting in meetings
        for position in range(1, 21)
    )
    matching = Remark.objects.filter(text_ko__startswith="중소기업").newest_first()
    search = results(client, q="중소기업", sort="newest").context["search"]
    assert [c.id for c in search.candidates] == list(matching.values_list("pk", flat=True))
    assert search.count == 3 * per_meeting


def test_among_newest_is_the_newest_remarks_in_their_order():
    older, newer = (make_meeting(date=datetime.date(2026, 5, day)) for day in (1, 2))
    same_day = make_meeting(date=datetime.date(2026, 5, 2))
    for meeting in (older, newer, same_day):
        make_remarks(meeting, 4, [make_person()])
    remarks = Remark.objects.published()
    ordered = list(remarks.newest_first().values_list("pk", flat=True))
    for count in (1, 3, 5, 9, len(ordered)):
        newest = remarks.filter(among_newest(remarks, count)).values_list("pk", flat=True)
        assert set(newest) == set(ordered[:count]), count
    assert not remarks.filter(among_newest(remarks, len(ordered) + 1)).exists()


def test_a_minus_word_leaves_remarks_out(client):
    say("Hiring at corporations is slow.")
    say("Corporations want technology.")
    assert found(client, q="corporations -hiring") == ["Corporations want technology."]


def test_a_renamed_institution_shows_in_the_search_filters_at_once(client, seed):
    assert "Ministry of SMEs and Startups" in results(client).content.decode()
    institution = Institution.objects.get(slug="ministry-of-smes-and-startups")
    institution.name = "Ministry of Small Businesses"
    institution.save()
    assert "Ministry of Small Businesses" in results(client).content.decode()


def test_only_published_remarks_are_found(client):
    speaker = make_person(name="Kim Draft", slug="kim-draft")
    say("A secret proposal about semiconductors.", speaker=speaker, status=Meeting.Status.DRAFT)
    assert found(client, q="semiconductors") == []
    response = client.get("/search/", {"speaker": "kim-draft"})
    assert response.status_code == 400
    assert client.get("/search/speakers/", {"q": "kim"}).json() == {"results": []}


def test_markup_in_a_remark_and_in_the_query_is_shown_escaped(client):
    say('Use <script>alert("x")</script> and <b>bold</b> carefully.')
    response = results(client, q="<script> <b>bold</b>")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;" in html
    ((remark, snippet),) = response.context["results"]
    assert "<mark>bold</mark>" in snippet.html
    assert "<script>" not in snippet.html


def test_the_snippet_of_a_long_remark_shows_the_matching_words(client):
    filler = "Nothing to see here. " * 40
    say(filler + "The key word is semiconductors. " + filler)
    ((remark, snippet),) = results(client, q="semiconductors").context["results"]
    assert "<mark>semiconductors</mark>" in snippet.html
    assert snippet.html.startswith("…") and snippet.html.endswith("…")
    assert len(snippet.html) < 500


def test_results_show_speaker_role_meeting_date_and_a_link(client, seed):
    html = results(client, q="competition").content.decode()
    remark = Remark.objects.get(position=5)
    assert 'href="/speakers/hwang-young-ho/"' in html
    assert "director general for technology innovation policy at the MSS" in html
    assert 'href="/meetings/introducing-and-expanding-ai-at-regional-smes/"' in html
    assert "July 1, 2026" in html
    assert f'href="/remarks/{remark.pk}/"' in html


def test_facets_count_by_speaker_institution_and_year_and_add_filters(client, seed):
    response = results(client, q="corporations")
    facets = response.context["facets"]
    assert {facet.value: facet.count for facet in facets["speaker"]} == {
        "jang-tae-woo": 2,
        "lee-sang-ho": 1,
        "hwang-young-ho": 2,
    }
    institutions = {facet.value: facet.count for facet in facets["institution"]}
    assert institutions["kyonggi-university"] == 2
    assert [(facet.value, facet.count) for facet in facets["year"]] == [(2026, 5)]
    html = response.content.decode()
    assert 'href="?q=corporations&amp;speaker=lee-sang-ho"' in html
    assert 'href="?q=corporations&amp;from=2026-01-01&amp;to=2026-12-31"' in html


def test_the_institution_facet_follows_an_appointment_moved_to_another_institution(client, seed):
    results(client, q="corporations")
    appointment = Appointment.objects.get(person__slug="lee-sang-ho")
    appointment.institution = Institution.objects.get(slug="kyonggi-university")
    appointment.save()
    facets = results(client, q="corporations").context["facets"]
    institutions = {facet.value: facet.count for facet in facets["institution"]}
    assert institutions["kyonggi-university"] == 3


def test_a_renamed_speaker_is_shown_by_the_new_name_among_the_facets(client, seed):
    results(client, q="corporations")
    person = Person.objects.get(slug="lee-sang-ho")
    person.name = "Lee Sang-hoon"
    person.save()
    html = results(client, q="corporations").content.decode()
    assert ">Lee Sang-hoon</a>" in html
    assert "Lee Sang-ho<" not in html


def test_active_filters_are_shown_and_removable(client, seed):
    response = results(
        client, q="corporations", speaker="lee-sang-ho", council="sme-and-venture-ai-policy-council"
    )
    labels = [(label, value, url) for label, value, url in response.context["active_filters"]]
    assert (
        "Speaker",
        "Lee Sang-ho",
        "?q=corporations&council=sme-and-venture-ai-policy-council",
    ) in labels
    assert (
        "Council",
        "SME and venture AI policy council",
        "?q=corporations&speaker=lee-sang-ho",
    ) in labels


def test_the_chosen_filters_stay_chosen_in_the_form(client, seed):
    html = client.get(
        "/search/", {"institution": "ministry-of-smes-and-startups", "sort": "oldest"}
    ).content.decode()
    assert '<option value="ministry-of-smes-and-startups" selected>' in html
    assert '<option value="oldest" selected>' in html
    assert '<option value="" selected>Any council</option>' in html
    assert html.count(" selected>") == 4  # institution, council, topic, order


def test_a_filters_names_are_escaped_in_its_options(client, seed):
    Institution.objects.filter(slug="ministry-of-smes-and-startups").update(
        name='SMEs & "Startups" <Ministry>'
    )
    html = client.get("/search/", {"institution": "ministry-of-smes-and-startups"}).content
    assert (
        '<option value="ministry-of-smes-and-startups" selected>'
        "SMEs &amp; &quot;Startups&quot; &lt;Ministry&gt;</option>"
    ) in html.decode()


def test_a_filter_named_in_the_other_language_says_so(client, seed):
    Institution.objects.filter(slug="ministry-of-smes-and-startups").update(name_ko="")
    korean = client.get("/ko/search/", {"institution": "ministry-of-smes-and-startups"})
    html = korean.content.decode()
    assert '<option lang="en" value="ministry-of-smes-and-startups" selected>' in html
    assert '<option lang="en" value="hiring">hiring</option>' in html  # no Korean name
    english = client.get("/search/").content.decode()
    assert ' lang="' not in english.split('id="id_institution"')[1].split("</select>")[0]


def test_filters_by_institution_council_topic_and_dates(client, seed):
    assert len(found(client, institution="ministry-of-smes-and-startups")) == 2
    assert len(found(client, council="sme-and-venture-ai-policy-council")) == 6
    assert len(found(client, topic="productivity")) == 1
    assert len(found(client, topic="workforce-training")) == 6  # the meeting's topic
    assert len(found(client, **{"from": "2026-07-01", "to": "2026-07-01"})) == 6
    assert found(client, **{"from": "2026-07-02"}) == []


def test_results_can_be_sorted_newest_or_oldest_first(client):
    speaker = make_person()
    say("Older semiconductors remark.", speaker=speaker, date=datetime.date(2025, 1, 1))
    say("Newer semiconductors remark.", speaker=speaker, date=datetime.date(2026, 1, 1))
    assert found(client, q="semiconductors", sort="newest")[0].startswith("Newer")
    assert found(client, q="semiconductors", sort="oldest")[0].startswith("Older")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"speaker": "nobody-at-all"}, "No speaker is called “nobody-at-all”."),
        ({"institution": "nowhere"}, "Select a valid choice."),
        ({"council": "none"}, "Select a valid choice."),
        ({"topic": "nothing"}, "Select a valid choice."),
        ({"from": "2026-02-30"}, "Enter a valid date."),
        ({"to": "99999-01-01"}, "Enter a valid date."),
        ({"from": "2026-03-01", "to": "2026-01-01"}, "The “from” date is after the “to” date."),
        ({"sort": "random"}, "Select a valid choice."),
        ({"q": "x" * 10_000}, "Ensure this value has at most 300 characters"),
    ],
)
def test_bad_parameters_get_a_clear_message(client, seed, params, message):
    response = client.get("/search/", params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "&|!():*", "-", '""', "a\x07b\x1fc", "((AI)", "AI:*", "'", "\\", "%_", "🙂"],
)
def test_odd_queries_get_an_answer(client, seed, query):
    assert client.get("/search/", {"q": query}).status_code == 200


def test_a_page_past_the_end_is_a_404(client, seed):
    assert client.get("/search/", {"q": "AI", "page": 2}).status_code == 404
    assert client.get("/search/", {"q": "AI", "page": "x"}).status_code == 404


def test_the_search_page_runs_the_same_queries_for_a_small_and_a_full_page(client):
    def queries(**params):
        client.get("/search/", params)
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/search/", params).status_code == 200
        return len(captured)

    a, b = make_person(slug="few-speaker"), make_person(slug="many-speaker")
    make_remarks(make_meeting(), 2, [a])
    make_remarks(make_meeting(), 45, [b])
    assert queries(q="intelligence", speaker="few-speaker") == queries(
        q="intelligence", speaker="many-speaker"
    )
    assert queries(speaker="few-speaker") == queries(speaker="many-speaker")


def test_a_search_has_an_atom_feed(client, seed):
    response = client.get("/search/feed/", {"speaker": "hwang-young-ho"})
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 2
    assert client.get("/search/feed/", {"speaker": "nobody"}).status_code == 404


def test_speaker_suggestions_match_english_and_korean_names(client, seed):
    def names(typed):
        return [p["name"] for p in client.get("/search/speakers/", {"q": typed}).json()["results"]]

    assert names("Hwang") == ["Hwang Young-ho"]
    assert names("young ho") == ["Hwang Young-ho"]
    assert names("황영") == ["Hwang Young-ho"]
    assert names("") == []
    suggestion = client.get("/search/speakers/", {"q": "lee"}).json()["results"][0]
    assert suggestion == {
        "slug": "lee-sang-ho",
        "name": "Lee Sang-ho",
        "name_ko": "이상호",
        "title": "Head, Korea Autonomous Manufacturing Platform Association",
    }


def test_the_korean_search_page_speaks_korean(client, seed):
    response = client.get("/ko/search/", {"q": "AI"})
    assert response.status_code == 200
    assert "발언 검색" in response.content.decode()


def korean_meetings(count, per_meeting, **fields):
    """``count`` meetings a day apart, the newest first, each with ``per_meeting`` remarks
    that mention 중소기업 (with a particle) and one that does not."""
    speaker = make_person()
    meetings = []
    for n in range(count):
        meeting = make_meeting(
            date=datetime.date(2026, 6, 30) - datetime.timedelta(days=n), **fields
        )
        texts = [f"{i}번째 중소기업을 위한 지원" for i in range(per_meeting)] + ["다른 이야기"]
        Remark.objects.bulk_create(
            Remark(meeting=meeting, position=i, speaker=speaker, text_ko=text, spoken_language="ko")
            for i, text in enumerate(texts, start=1)
        )
        meetings.append(meeting)
    return meetings


def test_a_korean_word_with_more_than_a_thousand_matches_shows_the_newest_thousand(client):
    meetings = korean_meetings(110, 10)
    # A draft newer than all of them must not count, nor take a place among the newest.
    korean_meetings(1, 10, status=Meeting.Status.DRAFT, slug="draft-newest")
    response = results(client, q="중소기업")
    search = response.context["search"]
    assert search.count_is_capped
    newest = Remark.objects.filter(meeting__in=meetings[:100], text_ko__contains="중소기업")
    assert {c.id for c in search.candidates} == set(newest.values_list("pk", flat=True))
    ids = [r.pk for r, _ in response.context["results"]]
    shown = Remark.objects.in_bulk(ids)
    assert [(shown[pk].meeting_id, shown[pk].position) for pk in ids] == [
        (meetings[0].pk, position) for position in range(1, 11)
    ] + [(meetings[1].pk, position) for position in range(1, 11)]
    oldest = [r.pk for r, _ in results(client, q="중소기업", sort="oldest").context["results"]]
    assert set(Remark.objects.filter(pk__in=oldest).values_list("meeting", flat=True)) == {
        meetings[99].pk,
        meetings[98].pk,
    }
    assert "More than 1,000 remarks" in response.content.decode()


def test_a_korean_word_with_few_matches_is_found_in_every_meeting(client):
    meetings = korean_meetings(150, 0)
    old = meetings[-1]
    remark = Remark.objects.create(
        meeting=old,
        position=5,
        text_ko="중소기업의 해외 진출",
        role="Official",
        spoken_language="ko",
    )
    Remark.objects.create(
        meeting=meetings[0], position=5, text_ko="중소 기업", role="Official", spoken_language="ko"
    )
    assert found(client, q="중소기업") == [remark.text_ko]


def test_a_korean_word_quoted_in_an_english_remark_is_found_among_the_korean_ones(client):
    meetings = korean_meetings(30, 2)
    quoted = Remark.objects.create(
        meeting=meetings[0], position=9, text="Firms (중소기업) first.", role="Official"
    )
    # English remarks between the Korean ones.
    make_remarks(make_meeting(date=datetime.date(2026, 6, 29)), 40, [make_person()])
    response = results(client, q="중소기업", sort="newest")
    assert response.context["search"].count == 61
    shown = [remark.pk for remark, _ in response.context["results"]]
    assert shown[2] == quoted.pk


def test_a_search_runs_one_query_for_its_matches_and_one_for_its_page(client):
    speaker = make_person(slug="many-speaker")
    make_remarks(make_meeting(), 45, [speaker, make_person()])
    client.get("/search/", {"q": "intelligence"})
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", {"q": "intelligence"})
    assert response.status_code == 200
    assert len(response.context["results"]) == 20
    assert {f.value for f in response.context["facets"]["speaker"]} >= {"many-speaker"}
    # Besides the records' revision stamp, which the page cache and what is kept (filter
    # choices, facet names) read.
    searched = [q for q in captured if "records_revision" not in q["sql"]]
    assert len(searched) == 2, "\n".join(q["sql"][:150] for q in searched)


def test_a_common_word_by_one_speaker_shows_that_speakers_newest_thousand(client):
    meetings = korean_meetings(110, 10)
    speaker = Remark.objects.filter(meeting=meetings[0]).first().speaker
    other = make_person(slug="someone-else")
    Remark.objects.filter(meeting__in=meetings[:3], position__lte=5).update(speaker=other)
    response = results(client, q="지원", speaker=speaker.slug)
    search = response.context["search"]
    assert search.count_is_capped
    candidates = Remark.objects.filter(pk__in=[c.id for c in search.candidates])
    assert set(candidates.values_list("speaker", flat=True)) == {speaker.pk}
    newest = Remark.objects.filter(speaker=speaker, text_ko__contains="지원").newest_first()[:1000]
    assert {c.id for c in search.candidates} == set(newest.values_list("pk", flat=True))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table is SQLite's index")
def test_an_fts_table_of_english_texts_alone_is_made_again_over_both_languages(client):
    from council.search.fts import TABLE, drop_fts, ensure_fts

    spoken_in_korean_and_translated()
    drop_fts(connection)
    with connection.cursor() as cursor:  # as it was made before remarks had a Korean text
        cursor.execute(
            f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, content='records_remark', "
            "content_rowid='id', tokenize='trigram')"
        )
    ensure_fts(connection)
    assert len(found(client, q="양성")) == 1
    assert len(found(client, q="workforce")) == 1


def test_a_plans_condition_takes_the_place_held_for_it_with_its_parameters():
    # Between the parameters of the statement both plans share, a literal %% that is none.
    shared = (
        "SELECT id FROM r WHERE a = %s AND b LIKE 'x%%s' AND (council_search_plan_condition) "
        "AND c = %s ORDER BY d LIMIT 1001",
        (1, 2),
    )
    sql, params = in_place_of_held(shared, ("v @@ to_tsquery(%s)", ("ai",)))
    assert sql == (
        "SELECT id FROM r WHERE a = %s AND b LIKE 'x%%s' AND ((v @@ to_tsquery(%s))) "
        "AND c = %s ORDER BY d LIMIT 1001"
    )
    assert params == (1, "ai", 2)


def test_searches_of_one_shape_share_their_compiled_statement_with_their_own_values():
    from council.search.search import CANDIDATES

    speakers = [make_person(slug="first-speaker"), make_person(slug="second-speaker")]
    meeting = make_meeting(date=datetime.date(2026, 7, 1))
    make_remarks(meeting, 6, speakers)
    Remark.objects.filter(meeting=meeting, position=1).update(text="Smart factories grow.")
    Remark.objects.filter(meeting=meeting, position=2).update(text="Exports grow, not factories.")
    CANDIDATES.compiled.cache_clear()

    def found(**cleaned):
        return [c.id for c in RemarkSearch(cleaned).candidates]

    first, second = (Remark.objects.get(meeting=meeting, position=n) for n in (1, 2))
    assert first.speaker != second.speaker
    first, second, by_first, by_second = first.pk, second.pk, first.speaker, second.speaker
    assert found(q="smart") == [first]
    assert found(q="exports") == [second]
    assert found(q="grow", speaker=[by_first]) == [first]
    assert found(q="grow", speaker=[by_second]) == [second]
    later = {"from": datetime.date(2026, 7, 2)}
    assert found(q="grow", **later) == []
    assert found(q="grow", **{"from": datetime.date(2026, 7, 1)}) == [first, second]
    # One statement for each shape: a word; a word by a speaker; a word from a date (and on
    # PostgreSQL, where none matched, its fallback, the word as part of a word).
    fallback = connection.vendor == "postgresql"
    assert CANDIDATES.compiled.cache_info().misses == 3 + fallback
