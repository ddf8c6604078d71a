"""Any input: the reader finishes in time linear in its length, or refuses the text clearly.

No test here is timed: speed goals live in the benchmarks. The inputs are sized instead so
that a step taking quadratic time (a pattern rescanned from every position, a list of names
compared with every other) would hang the suite, where the reader takes seconds.
"""

import math

import pytest

from council.importer.reading import MAX_CHARS, Extraction, ExtractionError, FlagKind, extract
from tests.importer.helpers import JULY_1

MEGABYTE = 1_000_000


def repeated(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def mixed(units):
    """A megabyte of one line per unit, each unit repeated to an equal share of it."""
    share = MEGABYTE // len(units)
    return "\n\n".join(repeated(unit, share) for unit in units)


ADVERSARIAL = {
    "english": mixed(
        [
            "Abc-d.e_f",  # no spaces: a word no e-mail, name or sentence ends
            "Kim, A, ",  # thousands of commas before the quote's "said"
            'Kim, A, said "x." ',
            "Ministry Of Big Trade Hall at Big ",  # thousands of capitalised words
            'Kim said, "we will ',  # quotation marks opened and never closed
            "A. held speaks Source: by ",  # initials, and words patterns start from
            "Speaking according to the forum ",  # an opening clause without its comma
            "A" + "a" * 50_000 + "1 ",  # a long capitalised word that is no name
            "Kim" + " also" * 20_000 + ' x said, "y." ',  # adverbs not ending the subject
            "-A-Monday’",  # a word of capitals joined by marks
            "Reuters | ",  # a byline's fields between pipes without a date
            'Tom Reid was there. He said so. "Yes," he said. ',  # a pronoun after each name
            "the chairman of euro zone finance ministers ",  # a role in lower case
        ]
    ),
    # Every line wrapped mid-sentence: one paragraph of a megabyte, rejoined.
    "hard-wrapped": repeated('the plan, Kim said, "will go on and on and\n', MEGABYTE),
    "korean": mixed(
        [
            "중소벤처기업부장관은",  # Hangul without spaces
            "김민지 중기부 장관은 청주시 ",
            '"좋다고 ',  # unclosed
            "한국협회(이하 협회), ",
            "Abc-d.e_f",
        ]
    ),
    # The layouts Korean rules read: lists, signatures, speech pointed at, subjects with 도.
    "korean-layout": mixed(
        [
            "7대 공약인 ▲국회 세종의사당 건립 ",  # one list of thousands of items
            "찾아보자.-김주일 회장,27일 ",  # dashes after every sentence
            "이같이 말했다.\n\n좋습니다. ",  # speech pointed at, paragraph after paragraph
            "주민들도 “좋다”고 말했다. ",
            "대전 서구는 시도지사협의회 총회를 열고 ",
            "이장우 대전광역시장 ",
        ]
    ),
    # A transcript of thousands of lines under names, and of questions and answers.
    "transcripts": "\n\n".join(
        [
            repeated("정병국 문화체육관광부 장관이\n\n정병국: 좋아요.\n\n", MEGABYTE // 2),
            repeated("Q: Why?\n\nA: Because.\n\n", MEGABYTE // 2),
        ]
    ),
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_a_megabyte_of_adversarial_text_is_read_in_linear_time(text):
    found = extract(text, JULY_1, max_chars=len(text), seconds=math.inf)
    assert isinstance(found, Extraction)


def test_a_thousand_commas_before_said_give_a_remark_not_a_recursion_error():
    found = extract("A, " * 1000 + 'Kim said, "We agree."', JULY_1)
    assert [r.quote for r in found.remarks] == ["We agree."]
    assert found.flags == []


@pytest.mark.parametrize(
    "text",
    [
        "x" * (MAX_CHARS - 20) + ' Kim said, "x."',
        "가" * (MAX_CHARS - 20) + ' "좋다"고 했다.',
        "A. " * 30_000 + ' Kim said, "x."',
        ("at Big " * 20_000)[: MAX_CHARS - 20] + ' Kim said, "x."',
    ],
    ids=["no spaces", "hangul without spaces", "initials", "capitalised run"],
)
def test_pathological_text_at_the_size_limit_gives_its_remark(text):
    assert len(extract(text, JULY_1).remarks) == 1


def test_past_its_time_budget_the_reader_returns_what_it_has_with_a_flag():
    text = (
        "Ministry expands AI vouchers\n\n"
        'The forum was held on Monday.\n\nKim Min-ji said, "We will expand it."'
    )
    found = extract(text, JULY_1, seconds=-1)
    assert found.title == "Ministry expands AI vouchers"
    assert found.remarks == []
    assert [flag.kind for flag in found.flags] == [FlagKind.TIME_BUDGET]
    assert found.flags[0].message == (
        "the text took too long to read; what was read so far is proposed"
    )


def test_a_text_over_the_limit_is_refused_before_it_is_read():
    with pytest.raises(ExtractionError) as raised:
        extract("x" * (MAX_CHARS + 1), JULY_1)
    assert raised.value.code == "too_long"
