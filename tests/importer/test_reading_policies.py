"""Policy items: plans, bills and programmes named with or without quotes, with their status."""

from council.importer.reading import extract
from tests.importer.helpers import JULY_1


def test_policy_items_keep_their_status_and_drop_the_provisional_title():
    text = (
        'The ministry discussed the "regional AI plan (provisional title)" and the "SME AI act," '
        'which is under deliberation in the National Assembly. The "Korea AI action plan" was '
        'presented by the Presidential Committee on AI as the "Korea AI action plan." '
        'Kim Min-ji said, "Good."'
    )
    items = {p.name: (p.kind, p.status) for p in extract(text, JULY_1).policy_items}
    assert items == {
        "Regional AI plan": ("plan", None),
        "SME AI act": ("bill", "under-deliberation"),
        "Korea AI action plan": ("plan", None),
    }


def test_a_plan_named_only_as_another_bodys_is_not_a_policy_item():
    text = (
        "The plan follows recommendations presented by the Presidential Committee on AI as the "
        '"Korea AI action plan." Kim Min-ji said, "Good."'
    )
    assert extract(text, JULY_1).policy_items == []


def items_of(text):
    return {p.name: (p.kind, p.status) for p in extract(text, JULY_1).policy_items}


QUOTE_EN = 'Kim Min-ji said, "Good."'
QUOTE_KO = '김 장관은 "하겠다"고 말했다.'


def test_a_bill_named_without_quotes_is_found_with_its_status():
    text = (
        "The ministry discussed the Digital Industry Promotion Act, which is under deliberation "
        f"in the National Assembly.\n{QUOTE_EN}"
    )
    found = extract(text, JULY_1)
    assert items_of(text) == {"Digital Industry Promotion Act": ("bill", "under-deliberation")}
    assert "National Assembly" in [i.name for i in found.institutions]


def test_a_law_named_with_its_object_keeps_it():
    text = f"The council reviewed the Framework Act on Small and Medium Enterprises.\n{QUOTE_EN}"
    assert items_of(text) == {"Framework Act on Small and Medium Enterprises": ("bill", None)}


def test_a_plan_the_text_calls_announced_is_adopted_not_in_preparation():
    text = f"The ministry announced the SME Digital Transition Strategy on Tuesday.\n{QUOTE_EN}"
    assert items_of(text) == {"SME Digital Transition Strategy": ("strategy", "adopted")}


def test_a_name_before_a_policy_noun_in_lower_case_is_the_item():
    text = f"Ministers backed the government's Future Made in Australia agenda.\n{QUOTE_EN}"
    assert items_of(text) == {"Future Made in Australia": ("strategy", None)}


def test_a_possessor_before_a_policy_noun_is_no_item():
    text = f"Taskforces follow the Prime Minister’s roadmap out of lockdown.\n{QUOTE_EN}"
    assert items_of(text) == {}


def test_a_name_in_quotes_after_a_green_paper_is_the_item():
    text = (
        "Participants discussed the Government’s recent green paper, ‘Financing a Private "
        f"Sector Recovery’, and the findings.\n{QUOTE_EN}"
    )
    assert items_of(text) == {"Financing a Private Sector Recovery": ("plan", None)}


def test_a_generic_plan_is_no_item():
    text = f"The plan was discussed. The Act will help, the ministry said.\n{QUOTE_EN}"
    assert items_of(text) == {}


def test_a_korean_law_named_without_quotes_runs_over_its_nouns():
    text = f"국회에 계류 중인 디지털산업 진흥법 개정안을 논의했다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert items_of(text) == {"디지털산업 진흥법 개정안": ("bill", "under-deliberation")}
    assert "국회" in [i.name for i in found.institutions]


def test_a_korean_plan_named_in_one_word_is_found_with_its_status():
    text = f"정부가 지난달 발표한 기업환경개선대책을 점검했다.\n{QUOTE_KO}"
    assert items_of(text) == {"기업환경개선대책": ("plan", "adopted")}


def test_a_short_name_the_text_defines_reads_as_the_full_one_in_any_paragraph():
    text = (
        "협회는 한국치의학융합산업연구원(이하 치의학연구원) 법안을 통과시키려 한다.\n"
        f"치의학연구원 법안은 소위에 묶여 있다.\n{QUOTE_KO}"
    )
    assert list(items_of(text)) == ["한국치의학융합산업연구원 법안"]


def test_korean_generic_plans_and_methods_are_no_items():
    text = (
        "이번 계획은 종합대책의 하나다. 해결방법을 찾고 수출지원 시행계획에 반영한다. "
        f"비용을 줄이도록 법률 지원을 늘린다.\n{QUOTE_KO}"
    )
    assert items_of(text) == {}


def test_a_korean_item_named_in_quotes_and_again_without_is_one_item():
    text = (
        "중기부는 '소상공인 AI 에이전트 보급 방안'을 논의하고 소상공인 AI 에이전트 보급 계획을 "
        f"공개했다.\n{QUOTE_KO}"
    )
    assert list(items_of(text)) == ["소상공인 AI 에이전트 보급 방안"]


def test_a_quoted_law_named_by_what_it_is_on_keeps_its_status_from_its_aside():
    text = (
        'He pointed to a "special act on suitable businesses for microenterprises (to take '
        f'effect on December 13, 2018)," among others.\n{QUOTE_EN}'
    )
    assert items_of(text) == {
        "Special act on suitable businesses for microenterprises": ("bill", "adopted")
    }


def test_an_events_programme_is_no_policy_item():
    text = f"That will be a focus of next month's St Patrick's Day programme.\n{QUOTE_EN}"
    assert items_of(text) == {}


def test_words_of_time_or_a_verbs_form_before_a_law_are_not_its_name():
    text = f"법안 가운데 제정법이 76건이다. 복지위에 올라온 법안이 많다.\n{QUOTE_KO}"
    assert items_of(text) == {}


def test_a_bodys_programme_is_no_policy_item():
    text = f"Firms use the Korea Credit Guarantee Fund programme.\n{QUOTE_EN}"
    assert items_of(text) == {}


def test_an_amendment_of_a_decree_is_no_named_item():
    text = f"정부는 시행령 개정안과 법률 개정안을 마련했다.\n{QUOTE_KO}"
    assert items_of(text) == {}


def test_a_treaty_a_budget_and_guidelines_named_in_capitals_are_items():
    text = (
        "Ministers reviewed the Fisheries Access Agreement, the Regional Budget and the Open "
        f"Data Guidelines.\n{QUOTE_EN}"
    )
    assert set(items_of(text)) == {
        "Fisheries Access Agreement",
        "Regional Budget",
        "Open Data Guidelines",
    }


def test_a_year_after_a_policy_name_is_part_of_it():
    text = f"The board heard an update on the Coastal Tourism Strategy 2035 and more.\n{QUOTE_EN}"
    assert list(items_of(text)) == ["Coastal Tourism Strategy 2035"]


def test_a_head_word_followed_by_a_name_in_capitals_is_no_item():
    text = (
        "Treasurer Bill Morton met the Parliamentary Budget Office and Deputy Premier Bill "
        f"Okafor.\n{QUOTE_EN}"
    )
    assert items_of(text) == {}


def test_a_possessor_or_a_unions_short_name_before_a_policy_name_is_not_part_of_it():
    text = (
        "Leaders discussed the bloc's Green Transition Agenda, and later the EU Green Transition "
        f"Agenda again.\n{QUOTE_EN}"
    )
    assert list(items_of(text)) == ["Green Transition Agenda"]


def test_a_strategy_in_lower_case_after_its_name_keeps_the_word():
    text = f"The Commission set out the Clean Ports strategy to the group.\n{QUOTE_EN}"
    assert items_of(text) == {"Clean Ports strategy": ("strategy", None)}


def test_a_lower_case_name_spelt_by_its_short_form_is_an_item():
    text = (
        f"They debated the budget (the medium-term spending framework – MSF) at length.\n{QUOTE_EN}"
    )
    assert list(items_of(text)) == ["Medium-term spending framework"]


def test_a_name_in_single_marks_before_legislation_is_an_item():
    text = (
        "The premier said the government must drop its 'fair harbour' legislation. \"We "
        'disagree," Kim Min-ji said.'
    )
    assert items_of(text) == {"Fair harbour": ("bill", None)}


def test_a_shorter_mention_of_a_longer_name_is_the_same_item():
    text = (
        "The board was set up under the Rural Housing Strategy Whitepaper. The Rural Housing "
        f"Strategy will guide it.\n{QUOTE_EN}"
    )
    assert list(items_of(text)) == ["Rural Housing Strategy Whitepaper"]


def test_a_ministrys_remits_listed_in_its_name_are_no_policy_item():
    text = (
        "A statement came from the Department for Housing, Transport and Regional Strategy.\n"
        f"{QUOTE_EN}"
    )
    found = extract(text, JULY_1)
    assert items_of(text) == {}
    assert "Department for Housing, Transport and Regional Strategy" in [
        i.name for i in found.institutions
    ]


def test_a_korean_amendments_number_between_the_law_and_its_word_is_kept():
    text = f"도지사는 해양관광진흥법 2차 개정안을 처리하겠다고 했다.\n{QUOTE_KO}"
    assert list(items_of(text)) == ["해양관광진흥법 2차 개정안"]


def test_a_korean_motion_in_quotes_is_an_item():
    text = f"정부는 국무회의에서 '비상조치 해제안'을 의결했다.\n{QUOTE_KO}"
    assert items_of(text) == {"비상조치 해제안": ("bill", "adopted")}


def test_korean_items_of_a_list_marked_with_triangles_ending_in_a_policys_word():
    text = (
        "회의에서는 △청년 귀농 시범사업 확대 △어촌 활력 5대 프로젝트 △관광객 유치 활성화 등 "
        f"3개 정책을 다뤘다.\n{QUOTE_KO}"
    )
    assert set(items_of(text)) == {"청년 귀농 시범사업", "어촌 활력 5대 프로젝트"}


def test_korean_agenda_items_marked_with_black_triangles_up_to_the_lists_end():
    text = (
        "이날 회의에서는 ▲2026년 추석 명절대책 ▲수산물 수출 확대 방안 ▲지역 축제 점검 등이 "
        f"논의됐다.\n{QUOTE_KO}"
    )
    assert set(items_of(text)) == {"2026년 추석 명절대책", "수산물 수출 확대 방안"}


def test_a_korean_name_before_its_provisional_note_without_quotes_is_an_item():
    text = f"두 기관은 우수 농가를 고르는 마을의 자랑(가칭) 선정 사업을 함께 펼친다.\n{QUOTE_KO}"
    assert "마을의 자랑" in items_of(text)


def test_a_korean_name_in_quotes_after_a_policys_noun_is_an_item():
    text = (
        f"차관은 “정부 2호 국정과제인 ‘지역 상권의 회복과 도약’을 서두르겠다”고 말했다.\n{QUOTE_KO}"
    )
    assert items_of(text) == {"지역 상권의 회복과 도약": ("plan", None)}


def test_the_items_of_a_list_a_policy_noun_introduces_are_policy_items_and_no_bodies():
    text = (
        "윤석열 대통령은 26일 세종에서 국무회의를 주재했다.\n\n"
        "대통령이 약속한 5대 공약인 ▲국회 세종의사당 건립 ▲충청권 광역철도망 구축 "
        "▲세종 디지털미디어센터(DMC) 건립 ▲대학 세종 공동캠퍼스 등이 눈길을 끈다."
    )
    found = extract(text, JULY_1)
    assert [item.name for item in found.policy_items] == [
        "국회 세종의사당 건립",
        "충청권 광역철도망 구축",
        "세종 디지털미디어센터(DMC) 건립",
        "대학 세종 공동캠퍼스",
    ]
    assert {i.name for i in found.institutions} == set()


def test_a_list_of_what_someone_did_is_no_list_of_policies():
    text = (
        "김영록 전남도지사는 3일 도청에서 간담회를 열었다.\n\n"
        "이날 참석자들은 ▲현장 점검 ▲주민 면담 ▲피해 복구 순으로 일정을 보냈다."
    )
    assert extract(text, JULY_1).policy_items == []


def test_a_korean_name_in_quotes_that_a_body_runs_is_a_programme():
    text = (
        "서울 금천구는 이달 3일부터 ‘골목구청장의 동네 한 바퀴’를 운영한다. 구가 2022년부터 "
        "운영해 온 '현장구청장실'도 500회를 넘겼다. 구청장은 '세대공감 축제'에서 주민을 만난다. "
        "구는 '민생 대책반'을 꾸렸다."
    )
    items = {p.name: p.kind.value for p in extract(text, JULY_1).policy_items}
    assert items == {"골목구청장의 동네 한 바퀴": "programme", "현장구청장실": "programme"}
