"""Quotations: marks paired into quotes, and speech told from names in quotes."""

import datetime

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


# --- Passages whose marks cannot be read as they stand -------------------------------------


def test_unclosed_quote_is_flagged_and_the_rest_is_proposed():
    text = (
        'Kim Min-ji, a fellow at the Korea Development Institute, said, "Costs will fall.\n\n'
        "The meeting was held in Sejong on June 30.\n\n"
        'Lee Sang-ho, a professor, said, "Wages will rise."'
    )
    found = extract(text, JULY_1)
    assert [(r.speaker, r.quote) for r in found.remarks] == [
        ("Kim Min-ji", "Costs will fall."),
        ("Lee Sang-ho", "Wages will rise."),
    ]
    assert found.date == datetime.date(2026, 6, 30)
    [flag] = found.flags
    assert (flag.kind, flag.paragraph) == (FlagKind.UNCLOSED_QUOTE, 1)
    assert flag.message == "paragraph 1: a quotation mark is never closed: “Costs will fall.…”"


def test_a_quote_cut_off_at_the_end_of_the_article_is_kept_and_flagged():
    text = 'The forum was held on Monday.\n\nKim Min-ji said, "We will expand the programme to'
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["We will expand the programme to"]
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNCLOSED_QUOTE, 2)]


def test_a_flag_counts_paragraphs_as_pasted_with_the_headline_and_the_page_around_it():
    text = (
        "Share\n\nMinistry expands AI vouchers for small firms\n\n"
        "The forum was held on Monday.\n\n\n"
        'Kim Min-ji said, "We will expand it.'
    )
    assert [f.paragraph for f in extract(text, JULY_1).flags] == [4]


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


def test_a_paragraph_after_a_colon_that_introduces_no_speech_is_narrative():
    text = (
        "The forum discussed three topics:\n\n"
        "Export finance, hiring and data standards.\n\n"
        'Kim Min-ji said, "Yes."'
    )
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["Yes."]
    assert found.flags == []
