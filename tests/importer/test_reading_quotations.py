"""Quotations: marks paired into quotes, and speech told from names in quotes."""

from tests.importer.helpers import remarks


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
