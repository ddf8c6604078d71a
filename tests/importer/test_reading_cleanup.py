"""Clean-up: what a web page adds around the article is not read; the header gives the title."""

import datetime

import pytest

from council.importer.reading import FlagKind, extract, is_machine_translation
from council.importer.reading.cleanup import captions_of, unbulleted, unwrapped
from council.importer.reading.lexicon import HANGUL
from tests.importer.helpers import JULY_1, remarks


def test_korean_subhead_quotes_are_not_remarks():
    text = (
        "과기정통부는 3일 서울 송파구 IT벤처타워에서 협의회를 열었다.\n\n"
        '◆ 정부 "컨설팅 600곳으로 확대"\n\n'
        "송지헌 소프트웨어정책관은 “지원 기업을 600곳으로 늘리겠다”고 말했다."
    )
    assert [r[3] for r in remarks(text)] == ["지원 기업을 600곳으로 늘리겠다"]


def test_headline_quotes_are_not_remarks_and_the_headline_is_the_title():
    text = '"AI for every shop"... ministry unveils plan\n\nKim Min-ji said, "Yes."'
    found = extract(text, JULY_1)
    assert found.title == '"AI for every shop"... ministry unveils plan'
    assert [r.quote for r in found.remarks] == ["Yes."]


def test_machine_translation_notice_marks_the_source_as_a_translation():
    text = 'Kim Min-ji said, "Yes."\n\n※ This article has been translated by AI.'
    assert extract(text, JULY_1).is_translation


def test_only_a_notice_of_machine_translation_says_a_machine_made_it():
    assert is_machine_translation("※ This article has been translated by AI.")
    assert is_machine_translation("이 기사는 AI 번역으로 작성되었습니다.")
    assert not is_machine_translation("이 기사는 번역되었습니다.")


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
        "-30-",
        "###",
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


def test_a_short_release_closed_by_its_end_mark_keeps_its_quotes_in_the_body():
    # Batch 13 (en-196): "-30-" under a headline, a date and one paragraph was read as a
    # subtitle between dashes, and the whole release above it as its header.
    text = (
        "Mayors call for a standing council\n"
        "March 3, 2026\n"
        "“We need a seat at the table,” said Association President, Jane Doe. “Now.”\n"
        "- 30 -\n"
        "Background:\n"
        "The motion reads as follows:\n"
        "That the council meet every year."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Jane Doe", "We need a seat at the table"),
        ("Jane Doe", "Now."),
    ]


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


def test_a_release_with_its_contact_glued_to_the_last_sentence_is_read_not_refused():
    # A release reposted on a board: title, subtitle, body and contact on one line.
    for text in (
        "여름철 안전대책 추진차관, 협의회 주재행정안전부는 6월 26일(월), 한창섭 차관 주재로 "
        "‘제6회 중앙지방정책협의회’를 열었다고 밝혔다. 자세한 내용은 첨부를 참고하시기 "
        "바랍니다.* 담당자 : 자치행정과 이현관(044-205-3106)",
        "특허청은 3일 정부대전청사에서 협의회를 열었다. 담당: 정해린 과장 042-481-5000",
    ):
        found = extract(text, datetime.date(2026, 7, 1))
        assert found.remarks == []
        assert [flag.kind for flag in found.flags] == [FlagKind.NO_QUOTES]
        assert "담당" not in found.summary


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


@pytest.mark.parametrize(
    "byline",
    [
        " /김민수 기자",
        " /춘천=김민수 기자",
        " 김민수 기자 minsu@example.co.kr",
        "/minsu@example.co.kr",
    ],
)
def test_a_korean_byline_stuck_to_the_last_paragraph_is_dropped_not_the_paragraph(byline):
    text = (
        '박서연 다온식품 대표는 "금리가 너무 높다"고 말했다.\n\n'
        "중소벤처기업부는 내년 1월부터 정책자금 금리를 0.5%포인트 낮출 계획이다." + byline
    )
    found = extract(text, JULY_1)
    assert found.summary.endswith("계획이다.")
    assert [(r.speaker, r.institution) for r in found.remarks] == [("박서연", "다온식품")]


def test_a_reporters_address_glued_to_a_quoted_paragraph_keeps_the_quote():
    text = '박서연 다온식품 대표는 "금리가 너무 높다. 낮춰 주길 바란다."고 말했다./minsu@ex.co.kr'
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("박서연", "금리가 너무 높다. 낮춰 주길 바란다.")
    ]


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


def test_an_opening_quote_with_its_speaker_in_brackets_is_body_not_header():
    text = (
        "Audit season\n"
        '"It is insulting." (Ann Cole, Chair of the Grain Council)\n'
        "The audit ended on Friday."
    )
    assert [r[3] for r in remarks(text)] == ["It is insulting."]


def test_an_unreadable_paragraph_is_flagged_and_the_rest_is_read():
    junk = "\x01\x02\ufffd\x03\x04\x05\ufffd\x06" * 5
    text = f'The forum was held on Monday.\n\n{junk}\n\nKim Min-ji said, "Yes."'
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["Yes."]
    [flag] = found.flags
    assert (flag.kind, flag.paragraph) == (FlagKind.UNREADABLE, 2)
    assert "\x01" not in flag.message


HARD_WRAPPED = (
    "The ministry held the forum in Sejong on Monday, where Kim Min-ji,\n"
    "the minister, met the heads of twenty small firms from the region.\n"
    'Kim Min-ji said, "We will expand the programme to every\n'
    "province next year, and the budget will double in the\n"
    'spring of the year after," at the close of the meeting.\n'
    "The plan goes out in July.\n"
)


def test_a_hard_wrapped_text_has_its_paragraphs_rejoined_and_its_quotes_read():
    found = extract(HARD_WRAPPED, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        (
            "Kim Min-ji",
            "We will expand the programme to every province next year, and the budget will "
            "double in the spring of the year after",
        )
    ]
    assert found.flags == []


def test_in_a_hard_wrapped_text_a_short_line_or_a_blank_one_ends_the_paragraph():
    text = HARD_WRAPPED.replace(
        "The plan goes out in July.\n",
        "The plan goes out in July.\n"
        "The firms asked the ministry for longer deadlines and for forms\n"
        "that are simpler to fill in, for the new tax starting next year\n"
        "\n"
        "and the ministry said it would answer them before the autumn.\n",
    )
    numbered = unwrapped(text.split("\n"))
    assert [n for n, _line in numbered] == [1, 6, 7, 9]
    assert numbered[1] == (6, "The plan goes out in July.")


def test_lines_of_similar_length_that_go_on_in_capitals_are_not_rejoined():
    headlines = [
        "Ministry expands AI vouchers for small firms in every province",
        "Regional councils meet in Sejong to weigh the new budget plan",
        "Small firms ask for longer deadlines on the digital tax rules",
        "Trade minister opens the export forum with a call for reform",
    ]
    assert [line for _n, line in unwrapped(headlines)] == headlines


def test_an_article_of_one_paragraph_per_line_is_not_rejoined():
    text = (
        "The ministry held the forum in Sejong on Monday and the minister met the heads of "
        "twenty small firms from the region, who asked for help with exports.\n"
        "the heads of the firms, most of them founded in the last decade, asked for longer "
        "deadlines and simpler forms for the new digital tax.\n"
    ) * 3
    assert len(unwrapped(text.split("\n"))) == 6


def test_in_a_hard_wrapped_text_an_indented_line_starts_a_paragraph():
    text = HARD_WRAPPED.replace("The plan goes out in July.\n", "") + (
        "    The firms asked the ministry for longer deadlines and for forms\n"
        "that are simpler to fill in, for the new tax starting next year.\n"
    )
    numbered = unwrapped(text.split("\n"))
    assert [n for n, _line in numbered] == [1, 6]
    assert numbered[0][1].endswith("at the close of the meeting.")


def test_a_page_number_inside_a_hard_wrapped_quote_neither_ends_nor_enters_it():
    text = HARD_WRAPPED.replace("province next year", "\n\n- 2 -\n\nprovince next year")
    assert [r.quote for r in extract(text, JULY_1).remarks] == [
        "We will expand the programme to every province next year, and the budget will "
        "double in the spring of the year after"
    ]


def test_a_paragraph_ending_with_the_wires_name_and_holding_speech_is_no_caption():
    text = (
        "The forum was held on Monday.\n\n"
        'The plan was published on Monday."We will expand it," Kim Min-ji told reporters. '
        "The ministry will brief the firms in July. (Yonhap)"
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("Kim Min-ji", "We will expand it")
    ]


def test_a_broadcasts_sound_bite_in_brackets_is_no_credit_but_a_remark():
    text = (
        "윤석열 대통령이 정부세종청사에서 국무회의를 주재했습니다.\n\n"
        '[윤석열 대통령 : "앞으로도 세종에서 자주 일하겠습니다."]'
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("윤석열", "앞으로도 세종에서 자주 일하겠습니다.")
    ]


def test_a_label_before_a_korean_quote_that_is_no_sentence_introduces_no_speech():
    text = "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n올해 구호: “함께 가는 길”"
    assert extract(text, JULY_1).remarks == []


def test_an_english_sound_bite_in_brackets_is_a_remark():
    text = (
        "The cabinet met in Sejong on Monday.\n\n"
        '[Kim Min-ji, Minister of SMEs: "We will work from Sejong more often."]'
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("Kim Min-ji", "We will work from Sejong more often.")
    ]


def test_in_a_hard_wrapped_text_a_word_broken_at_its_hyphen_is_one_word():
    text = HARD_WRAPPED.replace("every\nprovince next year", "every inter-\nregional project")
    [remark] = extract(text, JULY_1).remarks
    assert remark.quote.startswith("We will expand the programme to every inter-regional project")


def test_a_korean_hard_wrapped_text_has_its_paragraphs_rejoined():
    text = (
        "중소벤처기업부는 1일 세종 정부청사에서 창업기업 대표들과 간담회를\n"
        "열고 수출 지원 방안을 논의했다고 밝혔다. 이날 간담회에는 창업기업\n"
        "대표 20명과 관계 기관장들이 참석해 현장의 어려움을 전했다. 오영주\n"
        "장관은 “모든 지역의 창업기업이 수출에 나설 수 있도록 끝까지\n"
        "지원하겠다”고 말했다. 중기부는 다음 달 세부 계획을 발표할 예정이다.\n"
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("오영주", "모든 지역의 창업기업이 수출에 나설 수 있도록 끝까지 지원하겠다")
    ]


def test_korean_sentences_glued_without_a_space_are_read_apart():
    text = (
        "충북도는 1일 간담회를 열었다.2일 도에 따르면 도는 전날 청주 오스코에서 성과를 나눴다."
        '이날 김영환 충청북도지사는 "함께 하겠다"고 말했다. -\n'
        "- ▲ 김영환 지사가 발언하고 있다.ⓒ한빛일보\n"
        '간담회 뒤 김 지사는 "다시 만나자"고 말했다.'
    )
    found = extract(text, datetime.date(2026, 7, 2))
    assert found.date == datetime.date(2026, 7, 1)
    assert (found.venue, found.city) == ("오스코", "청주")
    # The caption's credit is not the page's copyright notice: the article goes on after it.
    assert [r.speaker for r in found.remarks] == ["김영환", "김영환"]


def test_a_photo_credit_after_the_caption_is_no_copyright_notice_but_the_notice_ends_it():
    text = (
        "중기부는 1일 회의를 열었다.\n"
        "▲ 장관이 발언하고 있다. ⓒ중기부 제공\n"
        '오영주 장관은 "지원하겠다"고 말했다.\n'
        "저작권자 ⓒ 한빛일보 무단전재 및 재배포 금지\n"
        '김철수 기자는 "다른 기사"라고 말했다.'
    )
    assert [r[3] for r in remarks(text)] == ["지원하겠다"]


def test_a_paragraph_of_several_sentences_ending_with_a_scene_in_the_photo_is_kept():
    text = (
        "성북구와 영광군은 1일 자매결연 협약을 맺었다. 협약식에는 두 단체장이 참석했다. "
        '한지율 성북구청장은 "두 지역이 함께 크겠다"고 말했다. '
        "한지율 성북구청장(왼쪽)과 도하람 영광군수(오른쪽)가 협약서를 들고 있다."
    )
    assert remarks(text) == [("한지율", "성북구청장", "성북구", "두 지역이 함께 크겠다")]


def test_a_caption_of_one_sentence_with_a_place_in_the_photo_is_left_out():
    text = (
        "성북구와 영광군은 1일 자매결연 협약을 맺었다.\n\n"
        "한지율 성북구청장(왼쪽)과 도하람 영광군수(오른쪽)가 협약서를 들고 있다."
    )
    caption = text.split("\n\n")[1]
    assert captions_of(text) == [caption]


def test_a_dash_under_a_quote_is_a_signatures_and_kept_while_bullets_go():
    lines = [
        "The plan has two parts:",
        "- grants for farms",
        '"We will pay by spring."',
        "– Ann Cole, Minister for Agriculture",
        "- loans for co-operatives.",
    ]
    assert unbulleted(lines) == [
        "The plan has two parts:",
        "grants for farms",
        '"We will pay by spring."',
        "– Ann Cole, Minister for Agriculture",
        "loans for co-operatives.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The ministry plans to spend more on farms and attends to rural roads, "
        "a senior official said on Wednesday.",
        "The premiers will hold talks with the prime minister on Monday.",
        "The ministry plans to visit three farms on Monday.",
    ],
)
def test_a_line_that_reports_words_or_plans_is_no_caption(line):
    text = f"SEOUL, July 1 -- Farm aid will rise, officials said.\n\n{line}"
    assert captions_of(text) == []


def test_a_scene_in_the_present_on_a_day_is_a_caption():
    line = "Minister Jane Doe speaks during a meeting in Sejong on Tuesday."
    assert captions_of(f"Farm aid will rise, officials said.\n\n{line}") == [line]


def test_a_byline_with_the_reporters_place_glued_to_a_quoted_paragraph_keeps_its_quotes():
    text = (
        "다온시는 3일 시청에서 상인회 간담회를 열었다.\n\n"
        '박서연 시장은 "상인들의 건의를 예산에 반영하겠다"며 "시장 주차장을 늘리는 데 힘써 줄 것"'
        "을 당부했다. /다온=김민수 기자"
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("박서연", "상인들의 건의를 예산에 반영하겠다"),
        ("박서연", "시장 주차장을 늘리는 데 힘써 줄 것"),
    ]


def test_a_photo_block_pasted_as_table_cells_is_dropped_and_the_article_goes_on():
    text = (
        "다온시는 3일 시청에서 상인회 간담회를 열었다.\n"
        "|\n |\n"
        "↑ 다온시 상인회 대표들이 시청에서 기념촬영을 하고 있다. |\n"
        "ⓒ 다온일보 |\n"
        "|\n"
        '박서연 시장은 "상인들의 건의를 예산에 반영하겠다"고 말했다.\n'
        "ⓒ 다온일보 무단전재 및 재배포 금지 |\n"
        '김하늘 의장은 "의회도 돕겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("박서연", "상인들의 건의를 예산에 반영하겠다")
    ]
    assert "기념촬영" not in found.summary


def double_spaced(paragraphs):
    """A blog's copy: a blank line under every wrapped line, a line holding a space and blank
    lines around it between paragraphs."""
    return "\n\n \n\n".join("\n\n".join(lines) for lines in paragraphs)


def test_a_double_spaced_hard_wrapped_text_has_its_paragraphs_rejoined():
    text = double_spaced(
        [
            ["청와대 오찬 간담회 열려"],
            [
                "문재인 대통령은 19일 청와대 본관 충무실로 언론사 48곳의 사장들을 불러",
                "오찬 간담회를 열었다.",
            ],
            [
                "문 대통령의 발언 뒤 방송협회장을 맡고 있는 양승동 KBS 사장이 인사말에서",
                '"한반도의 평화와 민족의 동질성을 되찾는 일은 방송이 져야 할 공적 책무"라며',
                '"방송인들이 온 힘을 다하겠다"고 말했다.',
            ],
        ]
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.role) for r in found.remarks] == [("양승동", "KBS 사장")] * 2
    assert found.title == "청와대 오찬 간담회 열려"


def test_in_a_double_spaced_wrap_the_quote_goes_to_the_speaker_named_lines_above():
    text = double_spaced(
        [
            [
                "김영록 전남도지사는 3일 도청 왕인실에서 시군 부단체장들과 영상회의를 열고",
                "가뭄 대책을 논의했다. 이 자리에서 김 지사는 시군 부단체장들에게 거듭",
                '"물 부족 지역에 급수 차량을 먼저 보내고 주민 불편이 없도록 살펴 달라"고',
                "당부했다.",
            ],
            [
                "신경호 강원특별자치도교육감은 같은 날 도교육청에서 열린 회의에서",
                '"학교 급식에 차질이 없도록 물탱크 점검을 서둘러 달라"고 말했다.',
            ],
        ]
    )
    assert [r.speaker for r in extract(text, JULY_1).remarks] == ["김영록", "신경호"]


def test_an_article_with_a_blank_line_between_its_paragraphs_is_not_rejoined():
    text = "\n\n".join(
        [
            "문재인 대통령은 19일 청와대에서 언론사 사장단과 오찬 간담회를 열었다.",
            "문 대통령은 모두발언에서 정상회담에 관한 조언을 구했다. 참석자들은 화답했다.",
            '양승동 KBS 사장은 "방송인들이 온 힘을 다하겠다"고 말했다.',
            "이병규 문화일보 회장은 남북정상회담이 비핵화의 첫걸음이 되길 바란다고 했다.",
        ]
    )
    assert len(unwrapped(text.split("\n"))) == 4


def test_a_copyright_notice_glued_to_the_last_sentence_ends_the_article_there():
    text = (
        "[일간검경=민지안 기자] 협의회는 17일 정기회의를 열었다. 구인모 거창군수는 “함께 "
        "협력해 나가자”라고 강조했다. <저작권자 ⓒ 일간검경 무단전재 및 재배포 금지>\n댓글\n|"
    )
    assert [r[3] for r in remarks(text)] == ["함께 협력해 나가자"]


def test_a_share_buttons_prompt_is_no_sentence_of_the_body():
    text = "\n".join(
        [
            "송도근 사천시장 협의회장에 선출",
            "이 기사를 공유합니다",
            "“상생발전에 최선”",
            "협의회는 29일 정기회를 열었다.",
            "송도근 협의회장은 “최선을 다하겠다”라고 말했다.",
        ]
    )
    assert [r[3] for r in remarks(text)] == ["최선을 다하겠다"]


@pytest.mark.parametrize(
    ("opening", "closing", "apostrophe"),
    [("¡°", "¡±", "¡¯"), ("â€œ", "â€", "â€™")],
    ids=["euc-kr-read-as-latin-1", "utf-8-read-as-windows-1252"],
)
def test_quotation_marks_garbled_by_a_wrong_character_set_are_read(opening, closing, apostrophe):
    # Real en-105: a Korean page's curly marks printed as "¡°…¡±".
    text = (
        f"Minister Joo Hyung-hwan met the heads of the nation{apostrophe}s groups on Monday.\n\n"
        f"{opening}Exports fell again in January,{closing} Minister Joo said."
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert (speaker, quote) == ("Joo Hyung-hwan", "Exports fell again in January")


def test_a_low_opening_mark_without_its_high_closing_one_still_opens():
    # „…“ pasted over a quote closed by a typo's single mark (real ko-177's "…했다'며): the low
    # mark left without its pair opened nothing, and both quotes were lost.
    text = "김철수 대변인은 1일 브리핑에서 „회의를 잠시 중단하기로 했다'며 „재발 방지 방안이 없다고 판단했다“고 밝혔다."
    assert [r[3] for r in remarks(text)] == [
        "회의를 잠시 중단하기로 했다",
        "재발 방지 방안이 없다고 판단했다",
    ]


# Three paragraphs of a hard-wrapped paste, indented by two spaces or a tab by turns.
HARBOUR_NEWS = [
    "  The council met in the town hall on Monday and agreed on a new plan for",
    "the harbour, which the mayor had asked for since the spring of last year.",
    "\tThe mayor said the works on the new berth would start early next year,",
    "and that the money for them had been set aside in this year's budget.",
    "  The harbour master told the meeting that the boats of the town had no",
    "room left at the old berth, and that the new one was needed this year.",
]


def test_a_first_line_indented_by_a_tab_after_one_by_two_spaces_starts_a_paragraph():
    # A hard-wrapped paste whose paragraphs are indented with either (real ko-158 so pasted):
    # a tab counted as one character was shallower than two spaces, and two lines of a
    # transcript became one.
    lines = [
        *HARBOUR_NEWS,
        "  “The money is there and the works can start in May,” the mayor told them.",
        "\t“Every boat in the harbour will use the new berth,” the harbour master said.",
    ]
    assert [n for n, _line in unwrapped(lines)] == [1, 3, 5, 7, 8]


def test_a_transcripts_bracketed_tag_on_its_own_line_never_ends_the_line_above():
    # A hard-wrapped broadcast transcript: "[Anchor]" under an answer that ends near the width
    # was glued to it, and the anchor's tag became part of the answer.
    lines = [
        *HARBOUR_NEWS,
        "\t[Mayor Jane Doe: The works on the new berth will start early in spring.]",
        "  [Anchor]",
        "\t[Mayor Jane Doe: They will, and the harbour master will see to it.]",
    ]
    assert [n for n, _line in unwrapped(lines)] == [1, 3, 5, 7, 8, 9]


def test_a_content_systems_identifier_lines_are_no_headline():
    # Batch 13 (en-197): a template's debug line above the headline was read as the title.
    debug = "Model ID: d3a91f07-5b2c-4e81-9f3a-7c6e2b1d0a49 Context Id: d3a91f07-5b2c-4e81-9f3a-7c6e2b1d0a49;"
    text = (
        f"{debug}\n\nCouncil leaders meet the minister\n\n"
        "Union leaders in conversation with the Minister for Labour Jane Doe.\n"
        f"{debug}\nBy John Roe 12 Apr 2026\n{debug}\n\n"
        "The minister met the council's leaders in a dialogue on 20 March 2026."
    )
    assert extract(text, JULY_1).as_dict()["source"]["title"] == "Council leaders meet the minister"


def test_a_paragraph_printed_again_in_other_quotation_marks_gives_its_remarks_once():
    # Batch 12 (ko-190): a portal prints the paragraph in straight marks, then in curly ones.
    said = '박영수 함안군수는 1일 "회의를 함안에서 열게 되어 무척 뜻깊게 생각한다"고 말했다.'
    text = "\n".join(
        [said, "이 글자크기로 변경됩니다.", said.replace('"', "“", 1).replace('"', "”")]
    )
    assert [r[3] for r in remarks(text)] == ["회의를 함안에서 열게 되어 무척 뜻깊게 생각한다"]
