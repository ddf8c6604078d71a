"""Quotations: marks paired into quotes, and speech told from names in quotes."""

import datetime

import pytest

from council.importer.reading import FlagKind, extract
from tests.importer.helpers import JULY_1, remarks


def test_a_quote_over_several_paragraphs_is_one_remark_attributed_at_its_end():
    text = (
        '"The first paragraph of a long answer.\n\n'
        '"The second paragraph ends it," Kang Min-seok, director of the agency, said.'
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert speaker == "Kang Min-seok"
    assert quote == "The first paragraph of a long answer.\n\nThe second paragraph ends it"


def test_names_in_quotes_are_not_remarks():
    text = (
        'The ministry discussed the "SME AI utilization promotion act," which is under '
        'deliberation. Rep. Song Mi-rae said, "Pass it."'
    )
    assert [r[3] for r in remarks(text)] == ["Pass it."]


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


def test_british_quotes_keep_a_term_quoted_inside_them_in_single_marks():
    text = (
        "‘The board will be the ‘eyes and ears’ of business in every region,’ Minister Jane "
        "Doe said.\n\n"
        "‘Their views go straight to the Cabinet, and so do the ‘hard cases’,’ she said."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Jane Doe", "The board will be the ‘eyes and ears’ of business in every region"),
        ("Jane Doe", "Their views go straight to the Cabinet, and so do the ‘hard cases’"),
    ]


def test_british_quotes_leave_a_plurals_apostrophe_before_a_name_alone():
    text = "‘We opened the Mayors’ Main Street Fund to every town,’ said Mayor Jane Doe."
    assert remarks(text) == [
        ("Jane Doe", "Mayor", None, "We opened the Mayors’ Main Street Fund to every town")
    ]


def test_a_statement_in_single_marks_over_two_paragraphs_closed_only_at_its_end():
    text = (
        "The council met in the Chamber on Monday.\n\n"
        "In his address Governor Jane Doe said:\n\n"
        "‘It is a pleasure to welcome you to your seats in this Chamber today.\n\n"
        "You carry three duties: to make laws, to scrutinise, and to speak for the island.’\n\n"
        "The council will meet again in March."
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert speaker == "Jane Doe"
    assert quote.split("\n\n") == [
        "It is a pleasure to welcome you to your seats in this Chamber today.",
        "You carry three duties: to make laws, to scrutinise, and to speak for the island.",
    ]


def test_british_quotes_glued_to_the_sentences_around_them_still_open_and_close():
    text = (
        "The talks are on Friday, according to spokesman Ann Cole.‘These will be the first "
        "talks with the unions this year,’ Cole told reporters.‘We expect a long day of "
        "talks with every one of them.’The unions will send their leaders."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Ann Cole", "These will be the first talks with the unions this year"),
        ("Ann Cole", "We expect a long day of talks with every one of them."),
    ]


def test_a_statement_in_single_marks_after_said_colon_over_two_paragraphs():
    text = (
        "Minister Jane Doe met the unions on Monday. Leaving for the talks, she said: ‘I look "
        "forward to the next steps with every union in the sector.\n\n"
        "We have worked with them for months.’\n\n"
        "The council will meet again in March."
    )
    assert [(r[0], r[3].split("\n\n")) for r in remarks(text)] == [
        (
            "Jane Doe",
            [
                "I look forward to the next steps with every union in the sector.",
                "We have worked with them for months.",
            ],
        )
    ]


def test_a_statement_under_a_said_line_printed_with_its_closing_single_mark_only():
    text = (
        "Minister Jane Doe met the unions on Monday.\n\n"
        "The Minister said:\n\n"
        "What sets this day apart is that every union sits down with us in a single room.’"
        "\n\nThe council will meet again in March."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        (
            "Jane Doe",
            "What sets this day apart is that every union sits down with us in a single room.",
        )
    ]


def test_a_quote_joined_by_and_to_a_remark_is_a_remark_too():
    text = 'Ann Cole added, "The talks were productive," and "We will brief you tomorrow."'
    assert [r[3] for r in remarks(text)] == [
        "The talks were productive",
        "We will brief you tomorrow.",
    ]


def test_a_quote_closed_by_a_name_and_a_verb_of_posting_is_a_remark():
    text = 'Ann Cole, the chair, spoke first. "We will act," Cole tweeted.'
    assert [r[3] for r in remarks(text)] == ["We will act"]


def test_a_quote_closed_by_a_verb_of_saying_in_the_present_is_a_remark():
    text = 'Ann Cole, the chair, spoke first. "We will act," Cole tells the Irish Times.'
    assert [r[3] for r in remarks(text)] == ["We will act"]


# --- Passages whose marks cannot be read as they stand -------------------------------------


def test_unclosed_quote_is_flagged_and_the_rest_is_proposed():
    text = (
        'Kim Min-ji, a fellow at the Korea Development Institute, said, "Costs will fall.\n\n'
        "The meeting was held in Sejong on June 30.\n\n"
        'Lee Sang-ho, a professor, said, "Wages will rise."'
    )
    found = extract(text, JULY_1)
    # Where a quote never closed ends is a guess: it is flagged for staff, not proposed.
    assert [(r.speaker, r.quote) for r in found.remarks] == [("Lee Sang-ho", "Wages will rise.")]
    assert found.date == datetime.date(2026, 6, 30)
    [flag] = found.flags
    assert (flag.kind, flag.paragraph) == (FlagKind.UNCLOSED_QUOTE, 1)
    assert flag.message == "paragraph 1: a quotation mark is never closed: “Costs will fall.…”"


def test_a_quote_cut_off_at_the_end_of_the_article_is_flagged_not_proposed():
    text = 'The forum was held on Monday.\n\nKim Min-ji said, "We will expand the programme to'
    found = extract(text, JULY_1)
    assert found.remarks == []
    assert [(f.kind, f.paragraph) for f in found.flags] == [
        (FlagKind.UNCLOSED_QUOTE, 2),
        (FlagKind.NO_QUOTES, None),
    ]


def test_a_flag_counts_paragraphs_as_pasted_with_the_headline_and_the_page_around_it():
    text = (
        "Share\n\nMinistry expands AI vouchers for small firms\n\n"
        "The forum was held on Monday.\n\n\n"
        'Kim Min-ji said, "We will expand it.'
    )
    assert [f.paragraph for f in extract(text, JULY_1).flags] == [4, None]


def test_a_quote_printed_as_a_block_after_said_colon_is_the_remark_of_the_person_introduced():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji, a fellow at the Korea Development Institute, told the forum:\n\n"
        "We will expand the programme to every province next year.\n\n"
        "The ministry will publish the plan in July."
    )
    found = extract(text, JULY_1)
    assert remarks(text) == [
        (
            "Kim Min-ji",
            "fellow at the Korea Development Institute",
            "Korea Development Institute",
            "We will expand the programme to every province next year.",
        )
    ]
    [flag] = found.flags
    assert (flag.kind, flag.paragraph) == (FlagKind.UNMARKED_QUOTE, 3)
    assert "every province" not in found.summary


def test_a_korean_quote_printed_as_a_block_after_the_introduction_is_a_remark():
    text = (
        "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n"
        "오영주 중기부 장관은 다음과 같이 말했다:\n\n"
        "모든 지역의 창업기업을 끝까지 지원하겠다.\n\n"
        "간담회에는 창업기업 대표 10명이 참석했다."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("오영주", "모든 지역의 창업기업을 끝까지 지원하겠다.")
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE]


def test_korean_speeches_under_a_speaker_header_in_angle_brackets_are_remarks():
    text = (
        "한국창업진흥원이 연 기자 간담회의 주요 발언은 다음과 같다.\n"
        "<서하린 원장>\n"
        "여러분 반갑습니다. 올해는 지역 창업기업을 더 많이 찾아가겠습니다.\n"
        "<도윤 부원장>\n"
        "저는 투자 연계를 맡고 있습니다. 성과를 곧 알려 드리겠습니다.\n"
        "<사진>\n"
        "간담회는 1시간 동안 이어졌다."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.role, r.quote) for r in found.remarks] == [
        ("서하린", "원장", "여러분 반갑습니다. 올해는 지역 창업기업을 더 많이 찾아가겠습니다."),
        ("도윤", "부원장", "저는 투자 연계를 맡고 있습니다. 성과를 곧 알려 드리겠습니다."),
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE] * 2


def test_korean_sound_bite_in_brackets_without_marks_is_a_remark_of_its_label():
    text = (
        "국회에서 예산 심사가 이어졌다. 직접 들어 보시죠.\n\n"
        "[민서준 / 정의당 의원 (어제) : 예산이 너무 늦게 왔습니다. 이유가 무엇입니까?]\n\n"
        "[일정 : 오전 10시 본회의 개의]"
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.role, r.institution, r.quote) for r in found.remarks] == [
        ("민서준", "정의당 의원", "정의당", "예산이 너무 늦게 왔습니다. 이유가 무엇입니까?")
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE]


def test_a_paragraph_after_a_colon_that_introduces_no_speech_is_narrative():
    text = (
        "The forum discussed three topics:\n\n"
        "Export finance, hiring and data standards.\n\n"
        'Kim Min-ji said, "Yes."'
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["Yes."]
    assert found.flags == []


def test_korean_double_corner_brackets_are_quotation_marks():
    text = '시민단체 대표들은 1일 성명서를 통해 『정치를 바로 세워야 한다』며 "국민운동을 펼치겠다"고 밝혔다.'
    assert [r[3] for r in remarks(text)] == ["정치를 바로 세워야 한다", "국민운동을 펼치겠다"]


def test_korean_corner_brackets_around_a_name_are_not_a_remark():
    text = '대표들은 「현시국 간담회」를 열고 "바른 정치를 펼치겠다"고 밝혔다.'
    assert [r[3] for r in remarks(text)] == ["바른 정치를 펼치겠다"]


def test_korean_quote_as_the_object_of_a_request_or_proposal_is_speech():
    text = (
        '김철수 장관은 1일 회의를 열었다.\n\n참석자들은 "규제를 풀어 달라"를 건의했다.\n\n'
        '"규제를 풀자"는 제안도 나왔다.'
    )
    assert [r[3] for r in remarks(text)] == ["규제를 풀어 달라", "규제를 풀자"]


def test_korean_name_in_quotes_before_a_verb_of_proposing_is_not_speech():
    text = '김철수 장관은 "디지털 전환 전략"을 제안했다. 그는 "서두르겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["서두르겠다"]


def test_korean_quoted_phrase_with_a_clause_of_its_own_as_an_object_is_speech():
    text = (
        '이정민 충청북도지사는 기업인들에게 "지역 인재를 키우고 일자리를 지키는 역할"를 당부했다.'
    )
    assert remarks(text) == [
        ("이정민", "충청북도지사", "충청북도", "지역 인재를 키우고 일자리를 지키는 역할")
    ]


def test_korean_long_programme_name_as_an_object_is_not_speech():
    text = '이정민 지사는 "청년 창업을 돕는 지역 상생 지원사업"을 제안했다. 그는 "서두르겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["서두르겠다"]


def test_korean_verb_of_saying_glued_to_the_closing_mark_is_speech():
    text = '김철수 장관은 이같이 말하며 "현장에서 답을 찾아 달라"강조했다.'
    assert remarks(text)[0][::3] == ("김철수", "현장에서 답을 찾아 달라")


def test_korean_name_in_quotes_before_a_glued_verb_is_not_speech():
    text = '김철수 장관은 "스마트 공장"했다. 그는 "서두르겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["서두르겠다"]


def test_korean_speech_particle_with_also_before_the_verb():
    text = '김철수 장관은 "규제를 풀겠다"라고도 했다.'
    assert [r[3] for r in remarks(text)] == ["규제를 풀겠다"]


def test_korean_quote_before_a_noun_of_what_is_said_is_speech():
    text = (
        '김철수 장관은 "규제를 풀겠다"는 입장을 밝혔다.\n\n'
        '"서두르겠다"는 설명이다.\n\n"신중하겠다"란 뜻이다.'
    )
    assert [r[3] for r in remarks(text)] == ["규제를 풀겠다", "서두르겠다", "신중하겠다"]


def test_korean_name_in_quotes_before_a_noun_of_what_is_said_is_not_speech():
    text = '정부는 "세계 최고 수준"이라는 평가를 받았다. 김철수 장관은 "좋다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["좋다"]


def test_speech_without_marks_after_said_colon_in_the_same_paragraph_is_a_remark():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said: We will expand the programme to every province next year."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("Kim Min-ji", "We will expand the programme to every province next year.")
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE]


def test_a_colon_far_from_the_verb_of_saying_introduces_no_speech():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said the plan has three parts: Seoul, Busan and Daegu come first."
    )
    assert extract(text, JULY_1).remarks == []


def test_a_paragraph_after_said_colon_with_only_its_closing_mark_is_a_remark():
    text = (
        "The forum was held on Monday by Kim Min-ji, the minister.\n\n"
        "Kim Min-ji said:\n\n"
        "We will expand the programme to every province next year.”\n\n"
        "The ministry will publish the plan in July."
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == [
        "We will expand the programme to every province next year."
    ]
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNMARKED_QUOTE, 3)]


def test_a_quote_over_two_paragraphs_without_the_reopening_mark_is_one_remark():
    text = (
        "The forum was held on Monday.\n\n"
        "“We will expand the programme to every province.\n\n"
        "The plan will be published in July,” said Kim Min-ji."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        (
            "Kim Min-ji",
            "We will expand the programme to every province.\n\nThe plan will be published in July",
        )
    ]
    assert found.flags == []


def test_a_korean_quote_opened_with_a_single_mark_and_closed_with_a_double_is_a_remark():
    text = (
        "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n"
        "오영주 장관은 '옛말에 '천 리 길도 한 걸음부터'라는 말이 있다\"며 말을 이어갔다."
    )
    assert [r.quote for r in extract(text, JULY_1).remarks] == [
        "옛말에 '천 리 길도 한 걸음부터'라는 말이 있다"
    ]


def test_an_english_quote_opened_with_a_single_mark_and_closed_with_a_double_is_a_remark():
    text = "The forum was held on Monday.\n\nKim Min-ji said, ‘We will expand the programme.”"
    assert [r.quote for r in extract(text, JULY_1).remarks] == ["We will expand the programme."]


def test_guillemets_are_quotation_marks():
    text = "The forum was held on Monday.\n\nKim Min-ji said, «We will expand the programme.»"
    assert [r.quote for r in extract(text, JULY_1).remarks] == ["We will expand the programme."]


@pytest.mark.parametrize(
    "opening, closing", [("〝", "〟"), ("″", "″"), ("``", "''"), ("''", "''"), ("„", "“")]
)
def test_double_marks_of_other_scripts_and_keyboards_are_quotation_marks(opening, closing):
    text = (
        "The forum was held on Monday.\n\n"
        f"Kim Min-ji said, {opening}We will expand the programme.{closing}"
    )
    assert [r.quote for r in extract(text, JULY_1).remarks] == ["We will expand the programme."]


def test_a_quote_split_around_its_attribution_gives_both_parts_to_the_speaker():
    text = (
        "The forum was held on Monday.\n\n"
        '"We will expand the programme," Kim Min-ji said. "The budget will double."'
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("Kim Min-ji", "We will expand the programme"),
        ("Kim Min-ji", "The budget will double."),
    ]


def test_a_korean_quote_split_around_its_attribution_gives_both_parts_to_the_speaker():
    text = (
        "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n"
        "오영주 장관은 “지원을 늘리겠다”며 “예산도 두 배로 하겠다”고 말했다."
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("오영주", "지원을 늘리겠다"),
        ("오영주", "예산도 두 배로 하겠다"),
    ]


def test_a_quote_over_a_list_whose_items_are_not_reopened_is_one_remark():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said, “We will work in three areas:\n\n"
        "• exports;\n\n"
        "• skills; and\n\n"
        "• the digital tax.”\n\n"
        "The ministry will publish the plan in July."
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == [
        "We will work in three areas:\n\nexports;\n\nskills; and\n\nthe digital tax."
    ]
    assert found.flags == []


def test_a_quote_left_open_before_paragraphs_that_close_none_is_flagged():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said, “We will work in three areas.\n\n"
        "The ministry will publish the plan in July.\n\n"
        "Lee Ji-ho said, “It is a good start.”"
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["It is a good start."]
    assert [f.kind for f in found.flags] == [FlagKind.UNCLOSED_QUOTE]


def test_a_paragraph_without_its_reopening_mark_inside_a_quote_over_paragraphs_is_quoted():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said: “We will work in three areas.\n\n"
        "Exports come first.\n\n"
        "“The digital tax comes last.”\n\n"
        "The ministry will publish the plan in July."
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == [
        "We will work in three areas.\n\nExports come first.\n\nThe digital tax comes last."
    ]
    assert found.flags == []


def test_a_quote_with_its_own_speaker_after_an_unclosed_one_stays_apart():
    text = (
        "The forum was held on Monday.\n\n"
        "Kim Min-ji said: “We will work in three areas.\n\n"
        "The ministry agreed.\n\n"
        "“It is a good start,” said Lee Ji-ho."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [("Lee Ji-ho", "It is a good start")]
    assert [f.kind for f in found.flags] == [FlagKind.UNCLOSED_QUOTE]


def test_korean_quote_before_a_will_declared_is_speech():
    text = (
        "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n"
        "오영주 장관은 인사말을 통해 “지원을 끝까지 늘리겠다”는 의지를 표명하였다."
    )
    assert [(r.speaker, r.quote) for r in extract(text, JULY_1).remarks] == [
        ("오영주", "지원을 끝까지 늘리겠다")
    ]


def test_korean_speech_without_marks_after_said_colon_in_the_same_paragraph_is_a_remark():
    text = (
        "중소벤처기업부는 1일 세종에서 간담회를 열었다.\n\n"
        "오영주 장관은 인사말에서 다음과 같이 말했다: 모든 지역의 창업기업을 끝까지 지원하겠다."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("오영주", "모든 지역의 창업기업을 끝까지 지원하겠다.")
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE]


def test_a_paragraph_of_speech_that_lost_its_opening_mark_before_its_attribution_is_a_remark():
    text = (
        "The forum was held on Monday.\n\n"
        "We will expand the programme to every province,” Kim Min-ji said. “It starts in July.”"
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("Kim Min-ji", "We will expand the programme to every province"),
        ("Kim Min-ji", "It starts in July."),
    ]
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNMARKED_QUOTE, 2)]


def test_a_lone_closing_mark_with_no_clause_of_saying_after_it_is_left_flagged():
    text = "The forum was held on Monday.\n\nThe plan is ready,” and the ministry will publish it."
    found = extract(text, JULY_1)
    assert found.remarks == []
    assert FlagKind.UNCLOSED_QUOTE in [f.kind for f in found.flags]


@pytest.mark.parametrize("opening", ["‘‘", "“"])
def test_two_curly_single_marks_are_a_double_mark(opening):
    text = (
        f"Minister Ryu Jae-sun said, {opening}Ports must run day and night this winter.’’ "
        "She also met the hauliers."
    )
    assert remarks(text) == [
        ("Ryu Jae-sun", "Minister", None, "Ports must run day and night this winter.")
    ]
    assert not extract(text, JULY_1).flags


def test_whole_sentences_quoted_after_said_that_are_a_remark_a_phrase_is_not():
    whole = (
        'Mayor Ines Ortega said that "we will reopen the bridge in May. The repairs are paid '
        'for already." The council agreed.'
    )
    phrase = 'Mayor Ines Ortega said that "a bridge too far." The council agreed.'
    assert [r[0] for r in remarks(whole)] == ["Ines Ortega"]
    assert remarks(phrase) == []


def test_a_second_quote_after_and_comma_is_the_same_speakers_remark():
    text = 'Governor Paulo Reis said, "Roads come first," and, "schools come next."'
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Paulo Reis", "Roads come first"),
        ("Paulo Reis", "schools come next."),
    ]


def test_a_paragraph_quoted_whole_without_its_last_full_stop_is_a_remark():
    text = (
        'Governor Paulo Reis visited the depot. "We saw the trains," he said.\n\n'
        '"The depot needs new tracks. The old ones are forty years old and they crack every winter"'
        "\n\n"
        '"Winter Roads Plan"'
    )
    assert [r[3][:10] for r in remarks(text)] == ["We saw the", "The depot "]


def test_korean_title_line_in_quotes_over_a_deck_is_not_speech():
    text = (
        "“2030 시민대토론회 : 우리 동네의 내일을 묻다”\n"
        "- 3.12(토) 시청 대강당에서 ‘골목상권 살리기’를 주제로\n"
        "시민위원회(위원장 : 남궁서연)는 12일 시민대토론회를 연다고 밝혔다.\n"
        '남궁서연 위원장은 "많은 시민이 함께해 주시기 바란다"고 말했다.'
    )
    assert [r[3] for r in remarks(text)] == ["많은 시민이 함께해 주시기 바란다"]


def test_korean_lede_quote_before_the_story_is_speech():
    text = (
        "“골목상권을 꼭 살리겠습니다”\n"
        '남궁서연 시민위원장은 12일 "골목상권 대책을 내놓겠다"고 밝혔다.'
    )
    assert len(remarks(text)) == 2


def test_a_whole_clause_quoted_after_a_verb_and_that_is_a_remark_a_clause_going_on_is_not():
    clause = (
        "Mayor Ines Ortega urged that “every district must publish its repair list before the "
        "winter,” and thanked the crews."
    )
    going_on = (
        "Mayor Ines Ortega urged that “every district and every ward of the city” publish its list."
    )
    assert [(r[0], r[3]) for r in remarks(clause)] == [
        ("Ines Ortega", "every district must publish its repair list before the winter")
    ]
    assert remarks(going_on) == []


def test_a_paragraph_quoted_whole_with_its_full_stop_after_the_closing_mark_is_a_remark():
    text = (
        "Harbour Minister Tevita Lalo says the new wharf will open to traffic next spring.\n\n"
        "“We are building for the ships of the next thirty years, not the last thirty”.\n\n"
        "The wharf is funded by a regional loan."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        (
            "Tevita Lalo",
            "We are building for the ships of the next thirty years, not the last thirty",
        )
    ]


@pytest.mark.parametrize(
    "introduction",
    ["under the theme:", "under the slogan", "in a report titled", "with a session entitled:"],
)
def test_a_theme_slogan_or_title_in_quotes_is_never_a_remark(introduction):
    text = (
        f"The regional summit opens in Windhoek on Monday {introduction} “Water for all: "
        "The shared rivers that carry our growth”.\n\n"
        "“We will sign the water treaty,” Minister Anna Shilongo said."
    )
    assert [r[3] for r in remarks(text)] == ["We will sign the water treaty"]


@pytest.mark.parametrize(
    "prefix",
    [
        "date 2022-12-02",
        "December 2, 2022 —",
        "BRUSSELS, Feb 20 (Reuters) -",
        "Posted: 02/12/2022 |",
    ],
)
def test_a_quote_opening_the_text_after_a_date_or_a_dateline_is_speech(prefix):
    text = (
        f'{prefix} "The Ministers recognised the strength of the relationship and affirmed '
        'their commitment," the ministers said in a joint statement.'
    )
    assert [r[:2] for r in remarks(text)] == [(None, "the ministers")]


@pytest.mark.parametrize(
    "introduction",
    ["Procopiou told reporters", "Procopiou told the meeting", "Procopiou assured them"],
)
def test_a_quote_after_a_verb_and_its_listener_without_a_comma_is_speech(introduction):
    text = (
        "Justice Minister Anna Procopiou met party leaders on Thursday.\n\n"
        f"After the meeting, {introduction} “We had a very good, productive discussion.”"
    )
    assert [r[0] for r in remarks(text)] == ["Anna Procopiou"]


def test_a_phrase_quoted_after_a_verb_and_its_listener_is_no_speech():
    text = "Anna Procopiou told reporters “good progress” had been made at the meeting."
    assert remarks(text) == []


@pytest.mark.parametrize(
    "participle", ["pointing out that", "adding that", "indicating that", "confirming that"]
)
def test_a_second_whole_clause_after_a_participle_and_that_is_speech(participle):
    text = (
        'Minister of Information Jamal Jarrah explained that "the wording of the statement '
        f'has been kept for the item on the border," {participle} "the initiative is the only '
        'one that can be dealt with on the question of the displaced."'
    )
    assert [r[0] for r in remarks(text)] == ["Jamal Jarrah", "Jamal Jarrah"]


@pytest.mark.parametrize(
    "opened",
    [
        "India issued a “chair's summary and outcome document on the talks.",
        "The council adopted the “Clean Rivers Plan after a short debate.",
        "Officials released their “progress report on the budget.",
    ],
)
def test_a_name_left_open_is_flagged_and_swallows_no_quote_after_it(opened):
    text = (
        "Foreign ministers met in New Delhi on Thursday.\n\n"
        f"{opened}\n\n"
        "“We found that positions were very far apart. We could not bridge the gap.” Indian "
        "foreign minister Subrahmanyam Jaishankar said after the meeting."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.role) for r in found.remarks] == [
        ("Subrahmanyam Jaishankar", "Indian foreign minister")
    ]
    assert [f.kind for f in found.flags] == [FlagKind.UNCLOSED_QUOTE]


def test_a_capitalised_clause_of_saying_after_a_finished_quote_before_another_opens_it():
    text = "“We will act.” He added, “And soon.”"
    assert [r[3] for r in remarks(text)] == ["We will act.", "And soon."]


@pytest.mark.parametrize("debris", ["on", "share", "x"])
def test_a_fragment_glued_to_an_opening_mark_is_no_word_of_the_quotes_sentence(debris):
    text = (
        "Premier Doug Ford met Ontario mayors at Queen's Park.\n\n"
        f"{debris}”Ontario has some terrific mayors. Today we made those ties stronger,” said "
        "Ford."
    )
    assert [(r[0], r[3][:7]) for r in remarks(text)] == [("Doug Ford", "Ontario")]


@pytest.mark.parametrize(
    "verb",
    ["said in a statement that", "told reporters on Friday that", "told reporters that"],
)
def test_a_whole_clause_after_a_verb_a_short_phrase_and_that_is_speech(verb):
    text = (
        "Finance Minister Jane Smith met union leaders in Leeds on Monday.\n\n"
        f'Smith {verb} "the talks were useful and we will meet again next month."'
    )
    assert [r[0] for r in remarks(text)] == ["Jane Smith"]


def test_a_phrase_quoted_after_said_a_phrase_and_that_is_no_speech():
    text = 'Jane Smith said in a statement that "progress" was made.'
    assert remarks(text) == []


def test_a_korean_speech_printed_whole_after_the_sentence_pointing_at_it_is_one_remark():
    text = (
        "김영록 전남도지사는 3일 도청에서 도정 업무보고회를 열었다.\n\n"
        "김 지사는 인사말에서 이렇게 말했다.\n\n"
        "올해는 전남이 새로 도약하는 해입니다. 모든 직원이 현장을 먼저 살펴 주십시오.\n\n"
        "도민의 목소리에 답이 있습니다. 저도 힘을 보태겠습니다.\n\n"
        "이날 보고회에는 실국장 20여 명이 참석했다."
    )
    found = extract(text, JULY_1)
    [remark] = found.remarks
    assert remark.speaker == "김영록"
    assert remark.quote == (
        "올해는 전남이 새로 도약하는 해입니다. 모든 직원이 현장을 먼저 살펴 주십시오.\n\n"
        "도민의 목소리에 답이 있습니다. 저도 힘을 보태겠습니다."
    )
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNMARKED_QUOTE, 3)]


def test_a_broadcasts_speech_after_as_follows_is_read_until_the_report_resumes():
    text = (
        "박형준 부산시장이 오늘 시청에서 간부회의를 주재했습니다.\n\n"
        "박 시장은 다음과 같이 당부했습니다.\n\n"
        "태풍이 올라오고 있습니다. 배수로를 미리 살펴 주시기 바랍니다.\n\n"
        "박 시장은 현장 점검을 서둘러 달라고 강조했습니다."
    )
    [remark] = extract(text, JULY_1).remarks
    assert (remark.speaker, remark.quote) == (
        "박형준",
        "태풍이 올라오고 있습니다. 배수로를 미리 살펴 주시기 바랍니다.",
    )


def test_a_sentence_pointing_back_at_a_quote_introduces_no_narrative_after_it():
    text = (
        "최상목 부총리는 1일 “수출 회복에 총력을 다하겠다”고 말했다.\n\n"
        "최 부총리는 이날 비상경제장관회의에서 이같이 말했다.\n\n"
        "정부는 이달 말 수출 지원 대책을 발표할 예정이다.\n\n"
        "회의에는 관계 부처 장관들이 참석했습니다. 최 부총리는 대책을 서둘러 달라고 당부했습니다."
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["수출 회복에 총력을 다하겠다"]
    assert found.flags == []


def test_a_korean_saying_signed_after_it_between_dashes_is_its_signers():
    text = (
        "지역 경제를 살리는 길은 결국 사람에 있다. 기업이 떠나지 않게 붙잡자."
        "-박정호 충북상공회의소 회장,3일 청주 라마다호텔에서 열린 ‘충북 경제인 신년회’에서-"
    )
    found = extract(text, JULY_1)
    [remark] = found.remarks
    assert (remark.speaker, remark.role, remark.institution) == (
        "박정호",
        "충북상공회의소 회장",
        "충북상공회의소",
    )
    assert remark.quote == "지역 경제를 살리는 길은 결국 사람에 있다. 기업이 떠나지 않게 붙잡자."
    assert [f.kind for f in found.flags] == [FlagKind.UNMARKED_QUOTE]


def test_an_editors_note_between_dashes_signs_no_saying():
    text = "이 기사는 독자 제보로 작성됐다. 제보를 기다린다.-편집자 주-"
    assert extract(text, JULY_1).remarks == []


def test_a_broadcasts_so_he_said_after_a_quote_introduces_no_polite_narrative():
    text = (
        "최상목 부총리는 오늘 “수출 회복에 총력을 다하겠다”고 강조했습니다.\n\n"
        "최 부총리는 비상경제장관회의에서 이같이 말했습니다.\n\n"
        "정부는 이달 말 수출 지원 대책을 발표할 예정입니다."
    )
    assert [r.quote for r in extract(text, JULY_1).remarks] == ["수출 회복에 총력을 다하겠다"]


def test_an_opening_mark_inside_an_open_quote_closed_once_leaves_the_first_unclosed():
    text = (
        "충청권 시도지사 후보들은 성명에서 “세종 국무회의를 반기며 “지역균형발전회의를 "
        "정례화해 달라”고 제안했다.\n\n"
        "김영록 전남도지사는 “서남권 발전 전략을 함께 만들자“며 “정부가 나서 달라“고 "
        "덧붙였다."
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        (None, "지역균형발전회의를 정례화해 달라"),
        ("김영록", "서남권 발전 전략을 함께 만들자"),
        ("김영록", "정부가 나서 달라"),
    ]
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNCLOSED_QUOTE, 1)]


def test_a_readout_under_a_lone_said_line_is_the_statement_to_its_end():
    # A government's readout (real en-110): the line opening the body introduces every
    # paragraph under it, a word quoted in single marks kept as printed.
    text = (
        "A Downing Street spokesperson said:\n\n"
        "This morning the Prime Minister chaired the council at Downing Street.\n\n"
        "Ministers agreed on four ‘missions’ for the year ahead.\n\n"
        "The council will meet again in the autumn."
    )
    [(speaker, role, _institution, quote)] = remarks(text)
    assert (speaker, role) == (None, "a Downing Street spokesperson")
    assert quote.split("\n\n") == text.split("\n\n")[1:]
    text = (
        "A spokesperson for the Department of Finance said:\n\n"
        "The Minister met the board of the bank today.\n\n"
        "They discussed the year's lending to small firms."
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert speaker is None and quote.count("\n\n") == 1


def test_a_spokespersons_readout_under_a_one_line_summary_is_the_statement_to_its_end():
    # Batch 14 (en-210): a readout's summary line first, then "After the meeting, a …
    # spokesperson said:" over paragraphs in the third person; only the first was read.
    text = (
        "The Prime Minister welcomed the Premier of Tasmania to Canberra for talks.\n\n"
        "After the meeting, a government spokesperson said:\n\n"
        "This was the first meeting of the two leaders since the election.\n\n"
        "The leaders discussed the ferry and the hospital plans for Hobart."
    )
    [(speaker, role, _institution, quote)] = remarks(text)
    assert (speaker, role) == (None, "a government spokesperson")
    assert quote.split("\n\n") == text.split("\n\n")[2:]
    # A minister's line in the same place hands over only the speech in the first person.
    text = text.replace("a government spokesperson", "the Prime Minister")
    assert [r[3] for r in remarks(text)] == [
        "This was the first meeting of the two leaders since the election."
    ]


def test_a_said_line_ending_narrative_hands_over_one_paragraph():
    text = (
        "The council met on Monday in the town hall. The mayor said:\n\n"
        "We will build the new library this year.\n\n"
        "The meeting ended at noon."
    )
    assert [r[3] for r in remarks(text)] == ["We will build the new library this year."]


def test_a_said_line_hands_over_every_paragraph_speaking_as_i_or_we():
    # Batch 13 (en-186, en-199): a release's speech without marks ran over two paragraphs and
    # only the first was read; the narrative after it, in the third person, is no part of it.
    text = (
        "The council met on Monday in the town hall.\n\n"
        "Speaking ahead of the meeting, Mayor Jane Doe said:\n\n"
        "I am glad to welcome the councillors to the town hall.\n\n"
        "We will also set out the plans for the library this year.\n\n"
        "The Mayor will be joined by the town clerk.\n\n"
        "The council will meet again in March."
    )
    [(speaker, _role, _institution, quote)] = remarks(text)
    assert speaker == "Jane Doe"
    assert quote.split("\n\n") == text.split("\n\n")[2:4]


def test_a_readout_stops_at_a_paragraph_quoting_speech():
    text = (
        "A spokesperson said:\n\n"
        "The Minister chaired the forum on housing this morning.\n\n"
        "“We will publish the plan for new homes before the summer,” the Minister added."
    )
    assert [r[3] for r in remarks(text)] == [
        "The Minister chaired the forum on housing this morning.",
        "We will publish the plan for new homes before the summer",
    ]


def test_a_label_naming_the_speaker_and_post_heads_a_transcripts_line_however_few():
    # Batch 13 (en-195): two lines under "NAME, POST:" labels in capitals were no remarks.
    text = (
        "Press conference at the port\n\n"
        "JANE DOE, MINISTER FOR PORTS AND MEMBER FOR BAYSIDE: Welcome, everyone, to the port. "
        "I will hand over to the Premier.\n\n"
        "JOHN ROE, PREMIER OF THE STATE: Thanks very much, Jane. The new berth opens in May."
    )
    assert [(r[0], r[1], r[3]) for r in remarks(text)] == [
        (
            "Jane Doe",
            "Minister for Ports and Member for Bayside",
            "Welcome, everyone, to the port. I will hand over to the Premier.",
        ),
        ("John Roe", "Premier of the State", "Thanks very much, Jane. The new berth opens in May."),
    ]


def test_a_label_in_capitals_without_a_post_after_its_comma_names_nobody():
    text = (
        "The council met in the town hall on Monday.\n\n"
        "DUBLIN, IRELAND: The council agreed a plan for the harbour this year."
    )
    assert remarks(text) == []


def test_a_title_as_a_transcripts_only_label_heads_the_speech_to_the_next_label():
    # Batch 13 (en-194): a minister's site prints "Minister:" once, over six paragraphs.
    text = (
        "Doorstop, Canberra\n\n"
        "Transcript, E&OE\n\n"
        "Minister: I am in Canberra today for the meeting of the council this morning.\n\n"
        "The ministers have agreed on a plan for the region.\n\n"
        "Journalist: Will you meet the Premier?\n\n"
        "Minister: Yes, this afternoon."
    )
    found = remarks(text)
    assert [(r[0], r[1], r[3].split("\n\n")) for r in found][0] == (
        None,
        "Minister",
        [
            "I am in Canberra today for the meeting of the council this morning.",
            "The ministers have agreed on a plan for the region.",
        ],
    )
    assert "Will you meet the Premier?" not in [r[3] for r in found]


def test_a_name_label_heads_the_answer_of_the_person_the_article_names_to_the_next_label():
    # Batch 14 (en-212): a dialogue's transcript labels its answers with the speaker's name in
    # Title Case, after his post's initials; the question under another label is no remark.
    text = (
        "Transcript of Deputy Minister Tom Reid's dialogue at the Harbour Forum on 2 May.\n\n"
        "Ann Cole, Chair of the Forum Committee: Mr Reid, will the port grow next year?\n\n"
        "DM Tom Reid: I think it will grow, because the council has agreed a plan.\n\n"
        "We will build two new berths before the winter.\n\n"
        "Ann Cole, Chair of the Forum Committee: And the workers?"
    )
    found = remarks(text)
    assert [(r[0], r[3].split("\n\n")) for r in found] == [
        (
            "Tom Reid",
            [
                "I think it will grow, because the council has agreed a plan.",
                "We will build two new berths before the winter.",
            ],
        )
    ]


def test_a_name_label_for_nobody_the_article_names_is_no_transcript():
    # "Jane Doe: …" alone, its name nowhere else: a heading or a caption, not an answer.
    text = (
        "The council met in the town hall on Monday.\n\n"
        "Harbour View: The town has planned a new park near the water this year."
    )
    assert remarks(text) == []


def test_a_title_label_over_a_fields_value_is_no_speech():
    text = (
        "The council will meet in the town hall on Monday.\n\n"
        "Minister: Hon Jane Doe MP\n\n"
        "Chair: John Roe"
    )
    assert remarks(text) == []


PRESS_CONFERENCE = (
    "Joint press conference after the council\n\n"
    "Prime Minister Scott Morrison met the premiers in Adelaide on Friday, with Premier "
    "Steven Marshall as host.\n\n"
    "PRIME MINISTER: Thank you for joining us. We have agreed a new drought plan today.\n\n"
    "JOURNALIST: Prime Minister, will the states pay for it?\n\n"
    "PRIME MINISTER: The states will pay their share, as they always have.\n\n"
    "PREMIER MARSHALL: We are glad to host the council in Adelaide.\n\n"
    "PREMIER: Every state agreed."
)


def test_a_transcripts_lines_under_labels_in_capitals_are_their_speakers():
    found = [(speaker, role) for speaker, role, _institution, _quote in remarks(PRESS_CONFERENCE)]
    assert found == [
        ("Scott Morrison", "Prime Minister"),
        (None, "JOURNALIST"),
        ("Scott Morrison", "Prime Minister"),
        ("Steven Marshall", "Premier"),
        # A title alone fits the one person met with it.
        ("Steven Marshall", "Premier"),
    ]


def test_labels_in_capitals_over_a_releases_facts_are_no_transcript():
    text = (
        "The housing forum meets next week.\n\n"
        "WHEN: Monday 4 June, 10am\n\n"
        "WHERE: Town Hall, Main Street\n\n"
        "WHO: Mayor Jane Doe and the housing minister\n\n"
        "CONTACT: the press office\n\n"
        "WHEN: to be confirmed for the second day"
    )
    assert remarks(text) == []
    # Two labelled lines, none twice: no transcript either.
    text = "The forum met on Monday.\n\nUPDATE: The vote was moved.\n\nMAYOR DOE: We agree."
    assert remarks(text) == []


def test_speech_in_single_marks_is_read_where_another_paragraph_quotes_a_name_in_double():
    text = (
        "Mayor Jane Doe chaired the council on Monday.\n\n"
        'The "Library Plan" was approved.\n\n'
        "'We will build the new library this year,' she said.\n\n"
        "She leads the 'Better Towns' group of mayors."
    )
    assert [r[:1] + r[3:] for r in remarks(text)] == [
        ("Jane Doe", "We will build the new library this year")
    ]


def test_a_korean_quote_opened_double_and_closed_single_before_its_ending_is_mended():
    text = (
        '대통령실은 이날 공지에서 "21일부로 문답을 중단하기로 했다\'며 "근본적인 방안 없이는 '
        '이어갈 수 없다고 판단했다"고 밝혔다.\n\n'
        "오하준 환경부 장관은 “수거 비용을 돕겠다’라고 말한 뒤 “재활용도 늘리겠다”고 덧붙였다."
    )
    assert [r[3] for r in remarks(text)] == [
        "21일부로 문답을 중단하기로 했다",
        "근본적인 방안 없이는 이어갈 수 없다고 판단했다",
        "수거 비용을 돕겠다",
        "재활용도 늘리겠다",
    ]


def test_a_single_mark_inside_a_closed_korean_quote_is_left_alone():
    # The double marks pair: the single ones are a name quoted inside the quote.
    text = '오하준 장관은 "\'그린 뉴딜\'이라고 부르는 계획을 세웠다"며 "곧 발표하겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == [
        "'그린 뉴딜'이라고 부르는 계획을 세웠다",
        "곧 발표하겠다",
    ]


def test_a_term_in_double_marks_inside_a_korean_quote_does_not_close_it():
    for text in (
        '박서진 장관은 "국민들이 "안전"을 가장 원한다"며 "현장을 점검하겠다"고 말했다.',
        "박서진 장관은 “국민들이 “안전”을 가장 원한다”며 “현장을 점검하겠다”고 말했다.",
    ):
        assert [r[3] for r in remarks(text)] == [
            "국민들이 ‘안전’을 가장 원한다",
            "현장을 점검하겠다",
        ], text
    # Outside a quotation, a term in double marks is a name in quotes, left as printed.
    text = '정부는 "안전"을 내걸었다. 박서진 장관은 "현장을 점검하겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["현장을 점검하겠다"]


def test_a_phrase_wrapped_sound_bite_opened_by_a_bracket_and_closed_by_a_single_mark():
    # ko-221: a broadcast's script broken at every phrase, "[…\n…?'하면서".
    text = (
        "부산시의회는\n새해에도 시와 협력하겠다는 다짐인데요,\n부산시의회 의장\n"
        "[엑스포를 위해\n모든 시민이 힘을 모아야 합니다.\n의회도 앞장서지 않겠습니까?'하면서\n"
        "의회가 나서겠다는 각오였어요.\n"
    )
    assert [r[3] for r in remarks(text)] == [
        "엑스포를 위해 모든 시민이 힘을 모아야 합니다. 의회도 앞장서지 않겠습니까?"
    ]
