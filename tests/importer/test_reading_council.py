"""The council: the standing body the text names as the meeting's."""

import pytest

from council.importer.reading import extract
from tests.importer.helpers import JULY_1

QUOTE_EN = '"We will act," Kim said.'
QUOTE_KO = '김 장관은 "지원하겠다"고 말했다.'


def test_a_council_named_as_the_body_of_the_meeting_is_the_council():
    text = (
        f"The minister chaired the first meeting of the Digital Industry Council today.\n{QUOTE_EN}"
    )
    found = extract(text, JULY_1)
    assert found.council == "Digital Industry Council"


def test_an_ordinal_before_a_roundtable_makes_it_the_meetings_body():
    text = f"The meeting was the fourth Resources Ministers’ Roundtable.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "Resources Ministers’ Roundtable"


def test_a_committee_that_met_is_the_council():
    text = f"The Joint Ministerial Committee met at Downing Street today.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "Joint Ministerial Committee"


def test_the_council_is_not_also_a_participating_institution():
    text = (
        "The Ministry of Science and ICT convened the Digital Industry Council on Tuesday. "
        f"The Digital Industry Council advises the Ministry of Science and ICT.\n{QUOTE_EN}"
    )
    found = extract(text, JULY_1)
    assert found.council == "Digital Industry Council"
    assert "Digital Industry Council" not in [i.name for i in found.institutions]
    assert found.host == "Ministry of Science and ICT"


def test_a_body_merely_mentioned_is_not_the_council():
    text = f"The Fair Trade Commission cleared the deal, the ministry said on Tuesday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == ""


def test_a_generic_roundtable_is_no_council():
    text = f"The government said it would host a roundtable on productivity.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == ""


def test_a_quoted_sentence_that_mentions_a_roundtable_is_no_council():
    text = (
        "The treasurer met business leaders on Tuesday.\n"
        '"Nobody expects the roundtable to fix every problem, but it helps." Kim added that.\n'
        f"{QUOTE_EN}"
    )
    assert extract(text, JULY_1).council == ""


def test_a_korean_council_attended_without_quotes_is_the_council():
    text = f"김민석 국무총리는 1일 취임 뒤 처음으로 국무회의에 참석했다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).council == "국무회의"


def test_a_committees_plenary_session_names_the_committee_with_its_parent_body():
    text = f"김 의원은 1일 열린 국회 보건복지위원회 전체회의에서 질의했다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert found.council == "국회 보건복지위원회"


def test_a_korean_one_off_meeting_is_no_council():
    text = f"권 장관은 1일 '경기지역 중소기업과의 소통을 위한 간담회'를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).council == ""


def test_a_quoted_korean_council_is_the_council():
    text = f"청와대 비서관들이 모이는 '정책홍보협의회'가 4일 첫 회의를 연다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).council == "정책홍보협의회"


def test_a_committee_named_as_a_members_is_not_the_council():
    text = f"협회장은 7일 국회 보건복지위원회 김승희 의원과 간담회를 가졌다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).council == ""


def test_a_council_named_in_lower_case_by_its_members_is_the_council():
    text = f"Modi presided over a meeting of the council of ministers on Tuesday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "council of ministers"


def test_a_council_named_by_what_it_is_on_keeps_it():
    text = (
        "The minister chaired the first meeting of the Presidential Committee on Digital "
        f"Platform Government on Tuesday.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).council == "Presidential Committee on Digital Platform Government"


def test_a_council_the_meeting_sentence_says_it_was_at_is_the_council():
    text = f"The minister said at the first Digital Industry Council on Tuesday that it would help.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "Digital Industry Council"


def test_a_quoted_council_named_in_the_plural_is_the_council():
    text = (
        "Mr Sharma will chair the first meetings of new 'recovery roundtables' this week.\n"
        "Secretary Sharma said: 'They will help.'"
    )
    assert extract(text, JULY_1).council == "recovery roundtables"


def test_korean_council_named_with_its_numbered_session_is_the_body():
    text = (
        "한빛시는 1일 시청에서 열린 '한빛시 규제개선위원회 제3차 전체회의'에 참석했다. "
        '오다은 시장은 "규제를 풀겠다"고 말했다.'
    )
    assert extract(text, JULY_1).council == "한빛시 규제개선위원회"


@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "The premier will lead a new Council of Coastal Regions, officials said.",
            "Council of Coastal Regions",
        ),
        (
            "The premier chaired a meeting of the Council of Coastal Regions on Monday.",
            "Council of Coastal Regions",
        ),
        (
            "Ministers met at the Committee on Coastal Roads (CCR) meeting in Perth.",
            "Committee on Coastal Roads",
        ),
    ],
)
def test_a_council_whose_name_opens_with_its_word_is_named_by_the_meeting(text, council):
    found = extract(text, JULY_1)
    assert found.council == council
    assert found.host != council


def test_words_quoted_with_their_article_are_never_the_council():
    text = (
        "The premier said the new body would be “a proper council”. "
        "The premier chaired a meeting of the Council of Coastal Regions on Monday."
    )
    assert extract(text, JULY_1).council == "Council of Coastal Regions"
    text = "The premier said the new body would be “a proper council”, nothing less."
    assert extract(text, JULY_1).council == ""


def test_a_meeting_prepared_for_is_not_the_meeting_reported():
    text = (
        "The governors met in Tulsa on Monday to prepare for the Council of Governors meeting "
        "in May."
    )
    assert extract(text, JULY_1).council == ""


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("A first meeting of the newly elected Wiltshire Council was held today.", "Wiltshire Council"),
        ("The inaugural sitting of the recently formed Youth Policy Committee opened.", "Youth Policy Committee"),
        ("The newly elected Legislative Council held its inaugural meeting today.", "Legislative Council"),
        ("The Regional Transport Forum held its first session in Leeds.", "Regional Transport Forum"),
    ],
)  # fmt: skip
def test_a_body_whose_own_meeting_is_held_is_the_council_not_the_host(sentence, council):
    found = extract(f"{sentence}\n{QUOTE_EN}", JULY_1)
    assert found.council == council
    assert found.host != council


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("The second meeting of the ministerial committee in charge of the budget ended.", "ministerial committee"),
        ("Ministers attended a meeting of the steering committee on Monday.", "steering committee"),
    ],
)  # fmt: skip
def test_a_committee_named_in_lower_case_whose_meeting_is_held_is_the_council(sentence, council):
    assert extract(f"{sentence}\n{QUOTE_EN}", JULY_1).council == council


def test_a_group_of_ministers_named_in_capitals_that_met_is_the_council():
    text = f"G20 Finance Ministers and Central Bank Governors met in Washington on April 18.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "G20 Finance Ministers and Central Bank Governors"
    text = f"EU Foreign Ministers met in Brussels.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == "EU Foreign Ministers"
    text = f"Foreign Ministers met in Brussels.\n{QUOTE_EN}"
    assert extract(text, JULY_1).council == ""


@pytest.mark.parametrize(
    ("text", "association"),
    [
        (
            "전국시도교육감협의회(회장 최교진)는 13일 세종에서 당선인 간담회를 열었다.",
            "전국시도교육감협의회",
        ),
        (
            "전국시장군수구청장협의회가 20일 서울에서 시장·군수 80명이 자리한 가운데 제10차 "
            "총회를 열고 회장을 뽑았다.",
            "전국시장군수구청장협의회",
        ),
        (
            "김진태 강원도지사는 19일 서울 프레지던트 호텔에서 열린 제50차 대한민국 "
            "시도지사협의회 총회에 나가 협력을 당부했다.",
            "대한민국 시도지사협의회",
        ),
        (
            "최교진 전국시도교육감협의회 회장은 1일 세종 사무국에서 직원들과 간담회를 갖고 "
            "운영 기조를 밝혔다.",
            "전국시도교육감협의회",
        ),
        # The region it gathers, printed apart, is of its name.
        (
            "충북 시장·군수협의회는 9일 청주시청 소회의실에서 시장·군수 11명이 참석한 가운데 "
            "제40차 정기회를 열었다.",
            "충북 시장·군수협의회",
        ),
    ],
)
def test_an_association_meeting_as_itself_is_the_council_the_host_and_a_body(text, association):
    found = extract(text, JULY_1)
    assert (found.council, found.host) == (association, association)
    assert association in {i.name for i in found.institutions}


def test_an_association_a_ministry_holds_a_meeting_of_is_no_host():
    found = extract("중기부는 1일 세종에서 중소기업정책협의회를 열었다.", JULY_1)
    assert found.host != "중소기업정책협의회"


@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "최상목 부총리는 1일 정부서울청사에서 국세청장, 관세청장과 함께 기획재정부 외청장 "
            "회의를 열었다.",
            "기획재정부 외청장 회의",
        ),
        (
            "한덕수 국무총리는 4일 마지막 국정현안 관계장관 회의를 주재했다.",
            "국정현안 관계장관 회의",
        ),
        ("김영록 전남도지사는 2일 도청에서 시군 부단체장 회의를 열었다.", "시군 부단체장 회의"),
    ],
)
def test_a_meeting_named_by_its_members_is_the_council(text, council):
    assert extract(text, JULY_1).council == council


@pytest.mark.parametrize(
    "text",
    [
        "윤석열 대통령은 1일 국무회의를 마친 뒤 세종청사에서 공무원들과 오찬을 함께했다.",
        "김주일 회장은 27일 유성호텔에서 열린 ‘충북지역 국회의원과 기관장 연석회의’에서 말했다.",
        "도는 폭우 피해를 막으려 긴급회의를 열었다.",
    ],
)
def test_a_meeting_before_the_one_reported_or_for_an_occasion_is_no_council(text):
    assert extract(text, JULY_1).council == ""
