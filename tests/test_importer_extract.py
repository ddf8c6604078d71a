"""The extractor reads each form of attribution, date and name the issue lists (no database)."""

import datetime
import time

import pytest

from council.importer.extract import HANGUL, MAX_CHARS, ExtractionError, extract

JULY_1 = datetime.date(2026, 7, 1)


def remarks(text, published_on=JULY_1):
    return [
        (r["speaker"], r["role"], r["institution"], r["quote"])
        for r in extract(text, published_on).as_dict()["remarks"]
    ]


# --- English attributions ------------------------------------------------------------------


def test_title_name_of_institution_said_before_the_quote_is_attributed():
    text = 'Professor Jang Tae-woo of Kyonggi University said, "Hiring matters."'
    assert remarks(text) == [
        ("Jang Tae-woo", "Professor of Kyonggi University", "Kyonggi University", "Hiring matters.")
    ]


def test_name_comma_title_comma_verb_is_attributed_with_the_role_as_printed():
    text = (
        "Lee Sang-ho, head of the Korea Autonomous Manufacturing Platform Association, noted, "
        '"Technology must reach the site."'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert speaker == "Lee Sang-ho"
    assert role == "head of the Korea Autonomous Manufacturing Platform Association"
    assert institution == "Korea Autonomous Manufacturing Platform Association"


def test_and_added_makes_a_second_remark_by_the_same_speaker_without_the_trailing_comma():
    text = 'Kim Min-ji, a fellow at the Korea Development Institute, said, "One," and added, "Two."'
    assert [(r[0], r[3]) for r in remarks(text)] == [("Kim Min-ji", "One"), ("Kim Min-ji", "Two.")]


def test_attribution_after_the_quote_is_found():
    text = (
        'Officials met on Monday. "Speed matters," said Bang Ji-hoon, a professor at Seoul '
        'National University. "Scale does not," Bang said.'
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [
        ("Bang Ji-hoon", "professor at Seoul National University"),
        ("Bang Ji-hoon", "professor at Seoul National University"),
    ]


def test_institutions_possessive_title_name_is_attributed():
    text = (
        "The Korea SMEs and Startups Agency (KOSME) signed the deal. KOSME's Chairman Baek "
        'Seung-jun said, "We will pay for the labels."'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert (speaker, role, institution) == (
        "Baek Seung-jun",
        "KOSME's Chairman",
        "Korea SMEs and Startups Agency",
    )


def test_he_added_continues_the_last_speaker():
    text = 'Minister Oh Young-ju said, "First." He added, "Second."'
    assert [r[0] for r in remarks(text)] == ["Oh Young-ju", "Oh Young-ju"]


def test_a_quote_over_several_paragraphs_is_one_remark_attributed_at_its_end():
    text = (
        '"The first paragraph of a long answer.\n\n'
        '"The second paragraph ends it," Kang Min-seok, director of the agency, said.'
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert speaker == "Kang Min-seok"
    assert quote == "The first paragraph of a long answer.\n\nThe second paragraph ends it"


def test_a_standalone_quote_paragraph_continues_the_last_speaker():
    text = '"We will act," Vice Minister Choi Jae-hoon said.\n\n"And we will do it this year."'
    assert [r[0] for r in remarks(text)] == ["Choi Jae-hoon", "Choi Jae-hoon"]


def test_a_speaker_introduced_in_indirect_speech_is_she_in_the_next_quote():
    text = (
        "Park Eun-young, a researcher at the Korea Institute for Industrial Economics and Trade "
        "(KIET), said most firms keep paper records.\n\n"
        '"Without clean data, AI will not help," she said.'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert speaker == "Park Eun-young"
    assert institution == "Korea Institute for Industrial Economics and Trade"


def test_a_colon_paragraph_introduces_the_quote_of_the_next():
    text = 'Minister Yang Hee-jin told the meeting:\n\n"Exports need help."'
    assert remarks(text)[0][:2] == ("Yang Hee-jin", "Minister")


def test_an_unnamed_official_is_kept_unnamed_with_the_role_as_printed():
    text = (
        'Professor Seo Dong-hyun of Chungnam National University said, "Stay after the sale." '
        '"The numbers are not final," a ministry official said.'
    )
    assert remarks(text)[1] == (None, "a ministry official", None, "The numbers are not final")


def test_an_unnamed_speaker_is_never_given_the_previous_speakers_name():
    text = (
        '"First," said Kim Tae-hyung, head of the office.\n\n'
        '"Second," one participant said.\n\n'
        '"Third."'
    )
    assert [r[0] for r in remarks(text)] == ["Kim Tae-hyung", None, None]
    assert remarks(text)[2][1] == "one participant"


def test_the_official_refers_back_to_the_unnamed_official_introduced_before():
    text = (
        "A KOTRA official said the desk would open in May. "
        '"The AI writes the draft," the official said.'
    )
    assert remarks(text) == [
        (
            None,
            "a KOTRA official",
            "Korea Trade-Investment Promotion Agency",
            "The AI writes the draft",
        )
    ]


def test_names_in_quotes_are_not_remarks():
    text = (
        'The ministry discussed the "SME AI utilization promotion act," which is under '
        'deliberation. Rep. Song Mi-rae said, "Pass it."'
    )
    assert [r[3] for r in remarks(text)] == ["Pass it."]


def test_a_descriptor_before_the_name_is_part_of_the_role():
    text = (
        "Another founder, Shin Ha-rim of logistics startup Boxwave, said her company waited. "
        '"We built the product abroad," she said.'
    )
    assert remarks(text) == [
        (
            "Shin Ha-rim",
            "founder of logistics startup Boxwave",
            "Boxwave",
            "We built the product abroad",
        )
    ]


def test_a_partial_quote_is_not_a_remark_and_does_not_hide_its_speaker():
    text = (
        'Moon Jae-kyung, who heads the forum, said founders faced "a maze of ministries" daily.'
        '\n\n"Nobody says yes," Moon said.'
    )
    assert remarks(text) == [("Moon Jae-kyung", None, None, "Nobody says yes")]


def test_british_single_quotes_are_quotations_and_apostrophes_stay_in_the_words():
    text = (
        "'Small firms don't lose on ideas,' Second Vice Minister Kang Yoo-na told reporters. "
        "'That's the gap we're closing.'\n\n"
        "'The firms' data stays with them,' said Cha Min-seok, head of NIPA's AI division."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Kang Yoo-na", "Small firms don't lose on ideas"),
        ("Kang Yoo-na", "That's the gap we're closing."),
        ("Cha Min-seok", "The firms' data stays with them"),
    ]


def test_british_quotes_leave_an_apostrophe_that_opens_a_word_alone():
    text = "Exports have not grown like this since the '90s. 'It is a record,' Kang Yoo-na said."
    assert remarks(text) == [("Kang Yoo-na", None, None, "It is a record")]


def test_she_after_a_sentence_about_a_named_person_is_that_person_not_the_last_speaker():
    text = (
        '"Right now the queue is six weeks," said Cha Min-seok, head of the division.\n\n'
        "Lim Bo-ra, chief executive of Seoul-based startup Radicle, was sceptical. "
        '"We have heard promises before," she said.'
    )
    assert remarks(text)[1] == (
        "Lim Bo-ra",
        "chief executive of Seoul-based startup Radicle",
        "Radicle",
        "We have heard promises before",
    )


def test_asked_whether_clause_before_the_speaker_is_not_the_subject():
    text = (
        'Vice Minister Kang Yoo-na said, "We will open the cluster." Asked whether the quota '
        'would last, Kang replied: "It is in the three-year plan."'
    )
    assert [r[0] for r in remarks(text)] == ["Kang Yoo-na", "Kang Yoo-na"]


def test_according_to_after_the_quote_names_the_speaker():
    text = (
        '"Most of the data is on the electricity bill," according to Sim Woo-jin, president of '
        "the Korea Energy Agency."
    )
    assert remarks(text) == [
        (
            "Sim Woo-jin",
            "president of the Korea Energy Agency",
            "Korea Energy Agency",
            "Most of the data is on the electricity bill",
        )
    ]


def test_minister_of_a_ministry_whose_name_holds_commas_serves_that_ministry():
    text = (
        "The Ministry of Trade, Industry and Energy (MOTIE) held a council meeting on March 18 "
        "at the Ulsan Exhibition and Convention Center in Ulsan.\n\n"
        "Second Vice Minister of Trade, Industry and Energy Yoon Chae-rin, who chaired the "
        'meeting, said: "Exporters cannot guess."\n\n'
        '"The ministry will pay," the vice minister noted.'
    )
    found = extract(text, datetime.date(2026, 3, 19))
    role = "Second Vice Minister of Trade, Industry and Energy"
    ministry = "Ministry of Trade, Industry and Energy"
    assert found.host == ministry
    assert remarks(text) == [
        ("Yoon Chae-rin", role, ministry, "Exporters cannot guess."),
        ("Yoon Chae-rin", role, ministry, "The ministry will pay"),
    ]
    assert found.remarks[0].title == "Second Vice Minister"


def test_an_apposition_naming_a_ministry_with_commas_is_read_whole():
    text = (
        "Kim Min-ji, director general at the Ministry of Trade, Industry and Energy, said, "
        '"We will measure it."'
    )
    assert remarks(text)[0][1:3] == (
        "director general at the Ministry of Trade, Industry and Energy",
        "Ministry of Trade, Industry and Energy",
    )


def test_the_minister_is_not_the_vice_minister():
    text = 'Vice Minister Oh Ji-won said, "We will cut it." "We agree," the minister said.'
    assert remarks(text)[1] == (None, "the minister", None, "We agree")


def test_a_portfolio_after_for_in_a_title_is_neither_name_nor_institution():
    text = (
        "Deputy Minister for Industrial Policy Chung Hae-won stated that the council would meet "
        'every two months. "One consultant, not three," Chung stated.'
    )
    found = extract(text, JULY_1)
    assert remarks(text) == [
        (
            "Chung Hae-won",
            "Deputy Minister for Industrial Policy",
            None,
            "One consultant, not three",
        )
    ]
    assert found.institutions == []


# --- Korean attributions -------------------------------------------------------------------


def test_korean_name_institution_title_said_is_attributed():
    text = '장태우 경기대학교 교수는 "산학협력이 중요하다"며 "과정을 확대해야 한다"고 말했다.'
    assert remarks(text) == [
        ("장태우", "경기대학교 교수", "경기대학교", "산학협력이 중요하다"),
        ("장태우", "경기대학교 교수", "경기대학교", "과정을 확대해야 한다"),
    ]


def test_korean_institution_title_name_emphasized_is_attributed_with_curly_quotes():
    text = "한국팹리스산업협회 회장 류성민은 “실증 성과가 이어져야 한다”고 강조했다."
    assert remarks(text) == [
        ("류성민", "한국팹리스산업협회 회장", "한국팹리스산업협회", "실증 성과가 이어져야 한다")
    ]


def test_korean_title_glued_to_the_institution_gives_the_institution():
    text = '이상호 한국자율제조플랫폼협회장은 "현장 적용이 중요하다"고 말했다.'
    assert remarks(text)[0][2] == "한국자율제조플랫폼협회"


def test_korean_continuation_and_second_mention_by_surname_and_title():
    text = (
        '김하은 KAIST 경영공학부 교수는 "첫째다"고 말했다.\n\n'
        '이어 "둘째다"라고 덧붙였다.\n\n'
        '김 교수는 또 "셋째다"고 제안했다.'
    )
    assert [r[0] for r in remarks(text)] == ["김하은", "김하은", "김하은"]


def test_korean_unnamed_official_is_kept_unnamed():
    text = '중소벤처기업부(이하 중기부)는 1일 회의를 열었다. 중기부 관계자는 "예산은 협의 중"이라고 전했다.'
    assert remarks(text) == [(None, "중기부 관계자", "중소벤처기업부", "예산은 협의 중")]


def test_korean_one_participant_is_unnamed_even_when_a_speaker_shares_the_syllable():
    text = '한동욱 실장은 "첫째"라고 말했다. 한 참석자는 "둘째"라고 말했다.'
    assert [r[0] for r in remarks(text)] == ["한동욱", None]


def test_korean_head_named_in_the_opening_parenthesis_gets_the_institution():
    text = (
        "광주전남지방중소벤처기업청(청장 김태형, 이하 광주전남중기청)은 26일 광주 "
        '김대중컨벤션센터에서 간담회를 개최했다.\n\n김태형 청장은 "의견을 전달하겠다"고 말했다.'
    )
    extraction = extract(text, datetime.date(2026, 8, 27))
    assert remarks(text) == [("김태형", "청장", "광주전남지방중소벤처기업청", "의견을 전달하겠다")]
    assert extraction.date == datetime.date(2026, 8, 26)
    assert (extraction.venue, extraction.city) == ("김대중컨벤션센터", "광주")


def test_korean_age_in_brackets_after_the_name_is_ignored():
    text = '박영훈(38) 팩토리아이 대표는 "돕고 싶다"고 밝혔다.'
    assert remarks(text) == [("박영훈", "팩토리아이 대표", "팩토리아이", "돕고 싶다")]


def test_korean_venue_inside_an_institution_keeps_its_name():
    text = (
        "중소벤처기업부는 25일 경기 안산시 반월국가산업단지 내 한국산업단지공단 경기지역본부에서 "
        '간담회를 열었다. 김도현 차관은 "점검하겠다"고 말했다.'
    )
    found = extract(text, datetime.date(2026, 11, 26))
    assert (found.venue, found.city) == ("한국산업단지공단 경기지역본부", "안산")


def test_korean_press_release_bullets_are_layout_and_a_chair_named_in_the_narrative_is_known():
    text = (
        "산업부, 공급망 데이터 공유로 AI 전환 앞당긴다\n"
        "- 15일 '제조 AI 얼라이언스' 3차 회의 개최 -\n\n"
        "□ 산업통상자원부(장관 안도훈, 이하 산업부)는 15일(수) 서울 강남구 한국기술센터에서 "
        "산업부 이승철 제1차관 주재로 회의를 개최했다.\n\n"
        "□ 이승철 제1차관은 “데이터를 나눠야 한다”며 “보안 문제는 정부가 풀겠다”라고 강조했다.\n\n"
        "  - 이어 “이용료를 지원할 것”이라고 밝혔다.\n\n"
        "  ㅇ 이에 대해 이 차관은 “장치를 마련하라”고 주문했다."
    )
    found = extract(text, datetime.date(2026, 4, 16))
    assert found.title == "산업부, 공급망 데이터 공유로 AI 전환 앞당긴다"
    assert (found.host, found.venue, found.city) == ("산업통상자원부", "한국기술센터", "서울")
    assert {(r[0], r[1], r[2]) for r in remarks(text)} == {("이승철", "제1차관", "산업통상자원부")}
    assert len(found.remarks) == 4


def test_korean_subhead_quotes_are_not_remarks():
    text = (
        "과기정통부는 3일 서울 송파구 IT벤처타워에서 협의회를 열었다.\n\n"
        '◆ 정부 "컨설팅 600곳으로 확대"\n\n'
        "송지헌 소프트웨어정책관은 “지원 기업을 600곳으로 늘리겠다”고 말했다."
    )
    assert [r[3] for r in remarks(text)] == ["지원 기업을 600곳으로 늘리겠다"]


def test_korean_quote_followed_by_someones_explanation_is_theirs():
    text = (
        "한결소프트 윤태민 대표는 “옮길 사람이 없다”고 꼬집었다.\n\n"
        "송지헌 정책관은 “늘리겠다”고 말했다.\n\n"
        "“엔지니어를 뽑으면 1년 안에 떠난다”는 게 윤 대표의 설명이다.\n\n"
        "“인증에만 1년이 걸린다”는 게 업계의 지적이다."
    )
    assert [(r[0], r[1]) for r in remarks(text)][2:] == [
        ("윤태민", "한결소프트 대표"),
        (None, "업계"),
    ]


def test_korean_two_syllable_family_name_on_second_mention():
    text = (
        "한국클라우드산업협회 남궁현 부회장은 “인증이 길다”며 목소리를 높였다.\n\n"
        "남궁 부회장은 “절반으로 줄여야 한다”고 덧붙였다."
    )
    assert [r[0] for r in remarks(text)] == ["남궁현", "남궁현"]


def test_korean_word_after_a_company_noun_is_the_speakers_company():
    text = "ERP 개발사 한결소프트 윤태민 대표는 “사람이 없다”고 꼬집었다."
    assert remarks(text) == [("윤태민", "한결소프트 대표", "한결소프트", "사람이 없다")]


def test_korean_question_and_answer_in_one_sentence_go_to_their_own_speakers():
    text = (
        "과기정통부 송지헌 소프트웨어정책관은 “늘리겠다”고 말했다.\n\n"
        "질의응답에서 한 참석자가 “비용이 없어 멈춘다”고 하자 송 정책관은 “예산안에 반영했다”고 답했다."
    )
    assert [(r[0], r[1]) for r in remarks(text)][1:] == [
        (None, "한 참석자"),
        ("송지헌", "과기정통부 소프트웨어정책관"),
    ]


# --- The meeting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published_on", "date"),
    [
        ("The ministry said on the 1st that it held a meeting", JULY_1, "2026-07-01"),
        ("The ministry said on the 30th that it held a meeting", JULY_1, "2026-06-30"),
        ("The ministry held a meeting on Monday", datetime.date(2026, 6, 9), "2026-06-08"),
        ("The ministry held a meeting on May 13, 2026", JULY_1, "2026-05-13"),
        ("The ministry held a meeting on Feb. 23", datetime.date(2026, 2, 24), "2026-02-23"),
        ("중기부는 1일 청주에서 회의를 개최했다고 밝혔다", JULY_1, "2026-07-01"),
        ("중기부는 10월 5일 회의를 개최했다", datetime.date(2026, 10, 6), "2026-10-05"),
    ],
)
def test_meeting_date_is_resolved_against_the_publication_date(sentence, published_on, date):
    text = f'{sentence}. Kim Min-ji said, "Yes."'
    assert extract(text, published_on).as_dict()["date"] == date


def test_relative_date_without_a_publication_date_is_left_empty_with_a_warning():
    extraction = extract('The ministry said on the 1st that it held a meeting. Kim said, "Yes."')
    assert extraction.date is None
    assert "no_publication_date" in extraction.warnings


def test_venue_city_host_and_short_names_are_found():
    text = (
        'The Ministry of SMEs and Startups said on the 1st that it held the "SME and venture AI '
        'policy council" at Osco in Cheongju. The Korea SMEs and Startups Agency (KOSME) '
        'presented. Hwang Young-ho, director general at the MSS, said, "We will act."'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city, found.host) == (
        "Osco",
        "Cheongju",
        "Ministry of SMEs and Startups",
    )
    assert found.council == "SME and venture AI policy council"
    assert {(i.name, i.short_name) for i in found.institutions} == {
        ("Ministry of SMEs and Startups", "MSS"),
        ("Korea SMEs and Startups Agency", "KOSME"),
    }
    assert found.remarks[0].institution == "Ministry of SMEs and Startups"


def test_a_building_held_at_without_its_city_takes_the_city_of_the_meeting():
    text = (
        "Officials said at a policy council meeting in Seongnam on Thursday that the cluster "
        "would open. The meeting was held at the Pangyo Global R&D Center and hosted by the "
        'Ministry of Science and ICT. Kang Yoo-na said, "It opens in July."'
    )
    found = extract(text, datetime.date(2026, 6, 12))
    assert (found.venue, found.city, found.host) == (
        "Pangyo Global R&D Center",
        "Seongnam",
        "Ministry of Science and ICT",
    )


def test_policy_items_keep_their_status_and_drop_the_provisional_title():
    text = (
        'The ministry discussed the "regional AI plan (provisional title)" and the "SME AI act," '
        'which is under deliberation in the National Assembly. The "Korea AI action plan" was '
        'presented by the Presidential Committee on AI as the "Korea AI action plan." '
        'Kim Min-ji said, "Good."'
    )
    items = {p.name: (p.kind, p.status) for p in extract(text, JULY_1).policy_items}
    assert items == {
        "Regional AI plan": ("plan", "in-preparation"),
        "SME AI act": ("bill", "under-deliberation"),
        "Korea AI action plan": ("plan", "in-preparation"),
    }


def test_a_plan_named_only_as_another_bodys_is_not_a_policy_item():
    text = (
        "The plan follows recommendations presented by the Presidential Committee on AI as the "
        '"Korea AI action plan." Kim Min-ji said, "Good."'
    )
    assert extract(text, JULY_1).policy_items == []


def test_headline_quotes_are_not_remarks_and_the_headline_is_the_title():
    text = '"AI for every shop"... ministry unveils plan\n\nKim Min-ji said, "Yes."'
    found = extract(text, JULY_1)
    assert found.title == '"AI for every shop"... ministry unveils plan'
    assert [r.quote for r in found.remarks] == ["Yes."]


def test_machine_translation_notice_marks_the_source_as_a_translation():
    text = 'Kim Min-ji said, "Yes."\n\n※ This article has been translated by AI.'
    assert extract(text, JULY_1).is_translation


# --- Bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("The ministry held a meeting. Nobody was quoted.", "no_quotes"),
        ('Kim said, "This quote never ends.\n\nThe next paragraph is narrative.', "unbalanced"),
        ('Kim said, "This quote never ends.', "unbalanced"),
        ("x" * (MAX_CHARS + 1), "too_long"),
        ("\x00\x01\x02binary\x03\x04" * 50, "binary"),
        (bytes(range(256)).decode("latin-1") * 20, "binary"),
    ],
)
def test_bad_input_raises_an_extraction_error_with_its_reason(text, code):
    with pytest.raises(ExtractionError) as raised:
        extract(text, JULY_1)
    assert raised.value.code == code
    assert str(raised.value)


def test_a_long_article_is_read_in_reasonable_time():
    paragraph = 'Kim Min-ji, a fellow at the Korea Development Institute, said, "Quote {n}."\n\n'
    text = "".join(paragraph.format(n=n) for n in range(1000))[: MAX_CHARS - 100]
    found = extract(text, JULY_1)
    assert len(found.remarks) > 900


@pytest.mark.parametrize(
    "text",
    [
        "가" * (MAX_CHARS - 20) + ' "좋다"고 했다.',
        "A. " * 30_000 + ' Kim said, "x."',
        ("at Big " * 20_000)[: MAX_CHARS - 20] + ' Kim said, "x."',
    ],
    ids=["hangul without spaces", "initials", "capitalised run"],
)
def test_pathological_text_at_the_size_limit_is_read_quickly(text):
    started = time.monotonic()
    extract(text, JULY_1)
    assert time.monotonic() - started < 5


# --- What a web page adds around the article -------------------------------------------------


def test_menus_buttons_timestamps_and_bylines_give_neither_title_nor_institution():
    text = (
        "The Korea Herald\nHome > National > Economy\nLogin | Sign up\n\n"
        "Small suppliers ask state buyers to pay within five days\n"
        "Published : Dec. 3, 2026 - 17:41  Updated : Dec. 3, 2026 - 18:05\n"
        "Reporter : Kim Hyo-jin\nShare\nFont size\nA\n\n"
        'The Public Procurement Service held a council on Thursday. Yang Seung-min said, "Pay."\n\n'
        "khj@heraldcorp.com"
    )
    found = extract(text, datetime.date(2026, 12, 3))
    assert found.title == "Small suppliers ask state buyers to pay within five days"
    assert [i.name for i in found.institutions] == ["Public Procurement Service"]
    assert found.date == datetime.date(2026, 12, 3)


def test_a_label_or_the_senders_name_above_the_headline_is_not_the_title():
    release = (
        "FOR IMMEDIATE RELEASE\nMinistry of Trade, Industry and Energy\nMOTIE to pay for tests\n"
    )
    assert extract(release + 'Kim said, "Yes."', JULY_1).title == "MOTIE to pay for tests"
    korean = "보도자료\n산업부, 공급망 데이터 공유 확대\n\n김 차관은 “하겠다”고 말했다."
    assert extract(korean, JULY_1).title == "산업부, 공급망 데이터 공유 확대"


def test_a_caption_with_its_credit_is_not_narrative_and_does_not_change_who_she_is():
    text = (
        "Jeon Hye-rin, CEO of Hanul Furniture, said she had waited 74 days.\n\n"
        "Yang Seung-min, administrator of the Public Procurement Service, speaks during the "
        "meeting on Thursday. (Public Procurement Service)\n\n"
        '"I paid my workers with a bank loan," she said.'
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.institution) for r in found.remarks] == [
        ("Jeon Hye-rin", "Hanul Furniture")
    ]
    assert "Public Procurement Service" not in [i.name for i in found.institutions]


@pytest.mark.parametrize(
    "caption",
    [
        "Minister Noh Jae-won speaks at a council meeting in Changwon on Nov. 30, 2026. (Yonhap)",
        "A view of the Korea Energy Agency's lab in Ulsan./Courtesy of Korea Energy Agency",
        "Noh Jae-won (third from left) poses at the meeting held in Changwon on Nov. 30.",
        "<사진> 문재혁 청장(앞줄 가운데)이 지난달 24일 정부세종청사에서 열린 회의에서 기념촬영을 하고 있다.",
        "▲ 노재원 장관이 지난달 24일 정부세종청사에서 열린 기자간담회에서 발언하고 있다.",
        "노재원 장관이 지난달 24일 정부세종청사에서 열린 기자간담회에서 발언하고 있다. [사진=연합뉴스]",
        "[사진=한국산업단지공단 제공]",
    ],
)
def test_photo_captions_and_credits_give_no_date_venue_or_institution(caption):
    if HANGUL.search(caption):
        published_on, date, venue, city = datetime.date(2026, 12, 2), "2026-12-02", "KBIZ홀", "서울"
        lede, meeting = (
            "중기부는 폐업 지원을 늘린다.",
            "중기부는 2일 서울 KBIZ홀에서 간담회를 열었다.",
        )
        quote = "노 장관은 “돕겠다”고 말했다."
    else:
        published_on, date, venue, city = JULY_1, "2026-07-01", "Osco", "Cheongju"
        lede = "The Ministry of SMEs and Startups will pay for AI inspection at small suppliers."
        meeting = "The ministry held a council meeting at Osco in Cheongju on the 1st."
        quote = 'Kim Min-ji said, "Yes."'
    found = extract(f"{lede}\n\n{caption}\n\n{meeting}\n\n{quote}", published_on).as_dict()
    assert (found["date"], found["venue"], found["city"]) == (date, venue, city)
    assert found["institutions"] == [
        "중소벤처기업부" if city == "서울" else "Ministry of SMEs and Startups"
    ]
    assert len(found["remarks"]) == 1


def test_headlines_listed_under_related_articles_are_not_remarks_even_cut_off():
    text = (
        '노재원 중기부 장관은 "폐업은 실패가 아니다"라고 말했다.\n\n'
        '관련기사\n중기부 "재창업 교육 확대"\n노재원 장관 "현장서 답 찾겠다…\n\n'
        '송기철 소상공인연합회 부회장은 "위약금이 걸림돌"이라고 지적했다.\n\n'
        "Most Viewed\n"
        'Noh says "AI must reach the smallest factories first"'
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("노재원", "폐업은 실패가 아니다"),
        ("송기철", "위약금이 걸림돌"),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "(END)",
        "<끝>",
        "Copyright © Yonhap News Agency. All Rights Reserved.",
        "<ⓒ경제를 보는 눈 아시아경제 무단전재 배포금지>",
    ],
)
def test_the_end_mark_or_copyright_notice_closes_the_article(closing):
    text = (
        'The Ministry of SMEs and Startups held a meeting. Kim Min-ji said, "Yes."\n\n'
        f"{closing}\n\n"
        'Hyundai Motor Company chief says "AI must reach the smallest factories first."'
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["Yes."]
    assert [i.name for i in found.institutions] == ["Ministry of SMEs and Startups"]


def test_tables_pasted_as_tab_separated_rows_and_contact_lines_are_not_read():
    text = (
        "특허청(청장 문재혁)은 3일 대전 서구 정부대전청사에서 협의회를 열었다.\n\n"
        "문재혁 청장은 “끝까지 함께하겠다”고 말했다.\n\n"
        "구분\t소속\t직위\t성명\n기업\t(주)한빛광학\t대표\t이도윤\n\n"
        "담당 부서 산업재산보호정책과 과장 정해린 (042-481-5000)\n\n"
        "이 보도자료와 관련하여 특허청 정해린 과장(☎ 042-481-5000)에게 연락주시기 바랍니다."
    )
    found = extract(text, datetime.date(2026, 12, 3))
    assert [i.name for i in found.institutions] == ["특허청"]
    assert [(r.speaker, r.institution) for r in found.remarks] == [("문재혁", "특허청")]


def test_the_source_note_under_a_table_is_not_an_institution():
    text = (
        'The Korea Federation of SMEs held a forum. Kim Min-ji said, "Yes."\n\n'
        "Year\tCases\n2025\t1,104\n*January-October. Source: Korea Federation of SMEs"
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == ["Korea Federation of SMEs"]


def test_an_institutions_name_does_not_run_on_from_the_paragraph_before():
    text = (
        "Officials attended from the Korea Small Business Institute.\n\n"
        'Public Procurement Service Administrator Yang Seung-min said, "Pay."'
    )
    assert {i.name for i in extract(text, JULY_1).institutions} == {
        "Korea Small Business Institute",
        "Public Procurement Service",
    }


def test_the_agency_in_the_meeting_sentence_is_the_agency_named_before():
    text = (
        "Suppliers asked the Public Procurement Service on Thursday to pay faster.\n\n"
        "The request came at a council meeting, where the agency heard from officials of the "
        'Korea Federation of SMEs.\n\nYang Seung-min said, "Pay."'
    )
    assert extract(text, JULY_1).host == "Public Procurement Service"


def test_korean_prosecution_and_police_offices_are_institutions():
    text = "특허청은 3일 대검찰청과 협의회를 열었다.\n\n대검찰청 관계자는 “늘리겠다”고 말했다."
    found = extract(text, JULY_1)
    assert "대검찰청" in [i.name for i in found.institutions]
    assert remarks(text) == [(None, "대검찰청 관계자", "대검찰청", "늘리겠다")]


def test_one_supplier_is_an_unnamed_speaker_with_the_role_as_printed():
    text = 'Kim Min-ji said, "Yes."\n\n"Some offices hold the invoice," one supplier said.'
    assert remarks(text)[1] == (None, "one supplier", None, "Some offices hold the invoice")


# --- Roles and institutions as printed -------------------------------------------------------


def test_a_fuller_printing_of_the_title_noted_beside_the_name_is_kept():
    text = (
        "The Korea SMEs and Startups Agency (KOSME) will pay. KOSME's Chairman Baek Seung-jun "
        'said on Monday that the agency will co-fund the systems.\n\n"It pays back," Baek said.'
    )
    assert remarks(text) == [
        ("Baek Seung-jun", "KOSME's Chairman", "Korea SMEs and Startups Agency", "It pays back")
    ]


def test_what_a_lead_reports_before_name_said_is_not_the_speakers_role():
    text = (
        "The Ministry of SMEs and Startups held a council. The government will pay half the cost "
        'next year, SMEs Minister Noh Jae-won said Monday.\n\n"We pay half," Noh said.'
    )
    assert remarks(text) == [
        ("Noh Jae-won", "SMEs Minister", "Ministry of SMEs and Startups", "We pay half")
    ]


def test_a_portfolio_minister_serves_the_one_ministry_named_for_it():
    text = (
        "The Ministry of Economy and Finance and the Ministry of SMEs and Startups met.\n\n"
        'Finance Minister Choi Sang-woo said, "Yes."'
    )
    assert remarks(text)[0][1:3] == ("Finance Minister", "Ministry of Economy and Finance")


def test_korean_unit_between_the_institution_and_the_name_is_part_of_the_role():
    text = "경북대학교 산학협력단 정우진 단장은 “연결이 필요하다”고 제안했다."
    assert remarks(text) == [
        ("정우진", "경북대학교 산학협력단 단장", "경북대학교", "연결이 필요하다")
    ]


def test_korean_kind_of_company_before_the_title_is_the_roles_not_an_institution():
    text = "안산의 금형업체 대표 박정수 씨는 “말을 못 꺼낸다”고 털어놨다."
    assert remarks(text) == [("박정수", "안산의 금형업체 대표", None, "말을 못 꺼낸다")]


def test_an_english_caption_without_a_credit_is_not_narrative():
    text = (
        "Small business owners asked for cheaper loans on Monday.\n\n"
        "Oh Young-ju, Minister of SMEs and Startups, speaks at a policy council in Cheongju on "
        "Tuesday.\n\n"
        "Park Seo-yeon, CEO of Hanbit Foods, said the rates were still too high.\n\n"
        "Minister Oh Young-ju speaks at a policy council in Cheongju on Tuesday.\n\n"
        '"We cannot borrow at 7 percent and survive," she said.'
    )
    found = extract(text, datetime.date(2026, 12, 2))
    assert found.date == datetime.date(2026, 11, 30)
    assert found.summary.startswith("Small business owners")
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("Park Seo-yeon", "We cannot borrow at 7 percent and survive")
    ]


def test_a_sentence_in_the_past_tense_that_mentions_a_speech_is_narrative():
    text = (
        "Minister Oh Young-ju spoke at a policy council in Cheongju on Tuesday.\n\n"
        '"We will lower the rates," Oh said.'
    )
    found = extract(text, datetime.date(2026, 12, 2))
    assert found.city == "Cheongju"
    assert found.remarks[0].speaker == "Oh Young-ju"


@pytest.mark.parametrize("byline", [" /김민수 기자", " 김민수 기자 minsu@example.co.kr"])
def test_a_korean_byline_stuck_to_the_last_paragraph_is_dropped_not_the_paragraph(byline):
    text = (
        '박서연 다온식품 대표는 "금리가 너무 높다"고 말했다.\n\n'
        "중소벤처기업부는 내년 1월부터 정책자금 금리를 0.5%포인트 낮출 계획이다." + byline
    )
    found = extract(text, JULY_1)
    assert found.summary.endswith("계획이다.")
    assert [(r.speaker, r.institution) for r in found.remarks] == [("박서연", "다온식품")]


def test_an_english_headline_in_title_case_is_the_title_not_a_name():
    text = (
        "Yonhap News Agency\n"
        "SME Ministry To Pay Half Of AI Inspection Costs For Suppliers\n"
        "Support covers 2,000 small auto parts makers next year\n\n"
        'The ministry held a council on Tuesday. "We will pay," Minister Noh Jae-won said.'
    )
    assert extract(text, JULY_1).title == (
        "SME Ministry To Pay Half Of AI Inspection Costs For Suppliers"
    )


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Kim Soo-yeon, a vice president at Naver, said", "vice president at Naver"),
        ("Naver Vice President Kim Soo-yeon said", "Naver Vice President"),
        ("Kim Soo-yeon, a Naver vice president, said", "Naver vice president"),
        ("Kim Soo-yeon of Naver said", "of Naver"),
    ],
)
def test_a_one_word_company_around_a_title_is_the_speakers_institution(intro, role):
    text = f'The council met in Seoul on Tuesday. {intro}, "Cloud credits matter."'
    assert remarks(text) == [("Kim Soo-yeon", role, "Naver", "Cloud credits matter.")]


def test_one_word_companies_after_a_company_noun_are_institutions_people_are_not():
    text = (
        "The ministry met carmakers Hyundai Motor and Kia, platform operator Naver and supplier "
        'Cho Eun-bi on Tuesday. "We will pay," Cho said.'
    )
    institutions = extract(text, JULY_1).as_dict()["institutions"]
    assert {"Hyundai Motor", "Kia", "Naver"} <= set(institutions)
    assert not any("Cho" in name for name in institutions)


def test_a_surname_two_people_share_is_left_unnamed_not_guessed():
    text = (
        "The meeting was chaired by Kim Min-ji, Director General for AI Policy at the Ministry "
        "of Science and ICT. Kim Tae-hoon, CEO of chip designer Rebelite, presented a plan.\n\n"
        '"Startups wait four months for a GPU," Kim said.\n\n'
        'Kim Min-ji added that the ministry would pay. "We will pay," she said.'
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [
        (None, "Kim"),
        ("Kim Min-ji", "Director General for AI Policy at the Ministry of Science and ICT"),
    ]


def test_a_person_described_after_a_paraphrase_is_known_by_surname_later():
    text = (
        "KEPCO will apply the vouchers to bills, said Yoo Sang-hoon, a senior vice president at "
        'KEPCO.\n\n"Merchants will not file receipts," Yoo said.'
    )
    assert remarks(text)[0][:2] == ("Yoo Sang-hoon", "senior vice president at KEPCO")


def test_a_wire_dateline_gives_the_city_and_a_building_held_at_is_the_venue():
    text = (
        "SEJONG, Dec. 1 (Yonhap) -- The ministry held a council with merchants at the "
        'Government Complex Sejong.\n\n"We will pay," Vice Minister Han Ji-woo said.'
    )
    found = extract(text, datetime.date(2026, 12, 1))
    assert (found.venue, found.city) == ("Government Complex Sejong", "Sejong")


def test_korean_governor_with_the_photo_mark_and_a_city_vice_mayor_are_attributed():
    text = (
        "충청북도(도지사 서정민, 이하 충북도)는 2일 청주 충북C&V센터에서 청주시, 충주시가 참석한 "
        "가운데 정책협의회를 개최했다.\n\n"
        '서정민 충청북도지사(사진)는 "AI 바우처를 늘리겠다"고 밝혔다.\n\n'
        '이상철 청주시 부시장은 "데이터를 모으겠다"고 말했다.'
    )
    found = extract(text, JULY_1).as_dict()
    assert [r[:3] for r in remarks(text)] == [
        ("서정민", "충청북도지사", "충청북도"),
        ("이상철", "청주시 부시장", "청주시"),
    ]
    assert found["institutions"] == ["충청북도", "청주시", "충주시"]


def test_korean_city_before_a_venue_is_a_place_not_an_institution():
    text = '중기부는 1일 청주시 오스코에서 간담회를 열었다. 노재원 장관은 "듣겠다"고 말했다.'
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("오스코", "청주")
    assert "청주시" not in found.as_dict()["institutions"]


def test_korean_speaker_met_in_indirect_speech_and_a_group_that_agrees_stay_apart():
    text = (
        "오영주 중기부 제2차관은 예산을 늘릴 계획이라고 설명했다.\n\n"
        '오 차관은 "1월에 지급하겠다"고 말했다.\n\n'
        '윤하린 코스메랩 대표는 인증에 8개월이 걸렸다고 전했다. 윤 대표는 "바이어를 놓쳤다"고 말했다.\n\n'
        '참석 업체 대표들은 "인증 비용이 더 든다"고 입을 모았다.'
    )
    assert [r[:3] for r in remarks(text)] == [
        ("오영주", "중기부 제2차관", "중소벤처기업부"),
        ("윤하린", "코스메랩 대표", "코스메랩"),
        (None, "참석 업체 대표들", None),
    ]
