"""Korean mentions: the people the whole page names with a title, and whom a reference means."""

import time

from council.importer.reading import extract
from council.importer.reading.mentions_ko import OUTSIDE, collect_mentions_ko
from tests.importer.helpers import JULY_1, remarks


def no_institution(word):
    return word.endswith(("부", "산업"))


def test_name_institution_and_title_make_a_mention_with_the_role_as_printed():
    mentions = collect_mentions_ko(['오경진 태림산업 대표는 "좋다"고 말했다.'], [], no_institution)
    [mention] = mentions.mentions
    assert (mention.name, mention.role, mention.titles) == (
        "오경진",
        ("태림산업", "대표"),
        ("대표",),
    )


def test_a_second_title_after_gyeom_belongs_to_the_same_role():
    mentions = collect_mentions_ko(
        ["권오규 부총리 겸 재정경제부 장관이 방문했다."], [], no_institution
    )
    [mention] = mentions.mentions
    assert mention.role == ("부총리", "겸", "재정경제부", "장관")


def test_the_body_before_the_name_is_kept_when_the_role_has_none():
    mentions = collect_mentions_ko(
        ["재정경제부는 방현수 장관이 방문했다고 밝혔다."], [], no_institution
    )
    [mention] = mentions.mentions
    assert (mention.name, mention.institution_before) == ("방현수", "재정경제부")


def test_a_caption_mention_is_met_before_every_paragraph():
    mentions = collect_mentions_ko(
        ["오 대표는 말했다."], ["오경진 태림산업 대표가 발언하고 있다."], no_institution
    )
    assert [m.para for m in mentions.mentions] == [OUTSIDE]
    assert mentions.candidates("오", "대표", 0) == {"오경진"}


def test_a_title_is_never_taken_for_a_name():
    mentions = collect_mentions_ko(
        ["국무총리 대변인은 말했다.", "부의장 장관은 갔다."], [], no_institution
    )
    assert mentions.names() == set()


def test_a_two_syllable_name_needs_the_articles_own_short_reference():
    body = ["황희 장관이 방문했다.", "신임 장관은 인사했다.", "황 장관은 말했다."]
    assert collect_mentions_ko(body, [], no_institution).names() == {"황희"}


def test_a_compound_surname_is_the_surname_of_a_short_reference():
    mentions = collect_mentions_ko(["남궁민수 대표가 왔다."], [], no_institution)
    assert mentions.candidates("남궁", "대표", 0) == {"남궁민수"}
    assert mentions.candidates("남", "대표", 0) == set()


def test_earlier_mentions_are_the_antecedents_of_a_reference():
    body = ["김상희 의원은 말했다.", "김 의원은 말했다.", "김명연 의원은 말했다."]
    mentions = collect_mentions_ko(body, [], no_institution)
    assert mentions.candidates("김", "의원", 1) == {"김상희"}
    assert mentions.candidates("김", "의원", 2) == {"김상희", "김명연"}


def test_a_deputy_does_not_hold_the_title_of_the_post_above():
    mentions = collect_mentions_ko(
        ["한지원 부총리와 한민호 국무총리가 만났다."], [], no_institution
    )
    assert mentions.candidates("한", "총리", 0) == {"한민호"}
    assert mentions.candidates(None, "부총리", 0) == {"한지원"}


def test_surname_and_title_after_a_caption_resolve_to_the_full_name():
    text = (
        "오경진 태림산업 대표가 1일 서울에서 열린 간담회에서 발언하고 있다. [사진=태림산업]\n\n"
        '중소기업 대표들이 1일 서울에서 간담회를 열었다.\n\n오 대표는 "규제를 풀어야 한다"고 말했다.'
    )
    assert remarks(text)[0][:2] == ("오경진", "태림산업 대표")


def test_a_four_syllable_word_is_a_name_only_after_a_compound_surname():
    body = ["한국전력 사장은 말했다.", "남궁민수 대표가 왔다."]
    assert collect_mentions_ko(body, [], no_institution).names() == {"남궁민수"}


def test_a_meetings_room_is_no_title():
    assert collect_mentions_ko(["이민호 간담회장에 왔다."], [], no_institution).names() == set()


def test_the_speaker_of_the_assembly_is_a_title_and_the_chamber_is_not():
    mentions = collect_mentions_ko(["김진표 국회의장이 본회의장에 왔다."], [], no_institution)
    assert [(m.name, m.titles) for m in mentions.mentions] == [("김진표", ("국회의장",))]


def test_the_fullest_mention_in_a_sentence_presents_the_person():
    body = [
        '김승희 의원 "힘쓰겠다"',
        "협회장은 국회 보건복지위원회 김승희 자유한국당 의원과 만났다.",
    ]
    mentions = collect_mentions_ko(body, [], no_institution)
    assert mentions.of("김승희").role == ("자유한국당", "의원")


def test_a_title_someone_without_a_korean_name_holds_names_nobody_alone():
    body = ["문재인 대통령과 도널드 트럼프 미국 대통령이 만났다.", "대통령은 말했다."]
    mentions = collect_mentions_ko(body, [], no_institution)
    assert mentions.candidates(None, "대통령", 1) == {"문재인", ""}
    assert mentions.candidates("문", "대통령", 1) == {"문재인"}


def test_an_aside_glued_to_the_title_leaves_the_title_and_its_particle():
    # "충북도" is the province, though "도" could be a particle.
    mentions = collect_mentions_ko(
        ["김동진 충북도 소통특보(전 상인회장)가 함께했다."], [], lambda word: word == "충북도"
    )
    assert [(m.name, m.role) for m in mentions.mentions] == [("김동진", ("충북도", "소통특보"))]


def test_a_title_with_its_particle_is_not_a_name():
    mentions = collect_mentions_ko(
        ["김영환 지사와 김남균 충북인뉴스 편집국장이 만났다."], [], no_institution
    )
    assert [(m.name, m.role) for m in mentions.mentions] == [
        ("김영환", ("지사",)),
        ("김남균", ("충북인뉴스", "편집국장")),
    ]


def test_a_body_named_like_a_person_between_name_and_title_stays_in_the_role():
    mentions = collect_mentions_ko(["허창수 전경련 회장이 왔다."], [], no_institution)
    assert mentions.candidates("허", "회장", 0) == {"허창수"}


def test_a_clause_before_the_name_is_not_the_roles_lead():
    mentions = collect_mentions_ko(
        ["위원회가 의결하자 이경용 위원장이 왔다.", "대행기관장인 김윤식 원장이 왔다."],
        [],
        no_institution,
    )
    assert [(m.name, m.lead) for m in mentions.mentions] == [("이경용", ()), ("김윤식", ())]


def test_a_namesake_introduced_paragraphs_after_a_reference_is_someone_else():
    body = ["이 위원장은 말했다.", "직원들이 나갔다.", "이선화 운영위원장이 찾아왔다."]
    mentions = collect_mentions_ko(body, [], no_institution)
    assert mentions.candidates("이", "위원장", 0) == set()
    assert mentions.candidates("이", "위원장", 1) == {"이선화"}


def test_the_body_a_title_heads_in_the_clause_before_the_name_is_its_institution():
    def committee(word):
        return word.endswith("위원회")

    body = [
        "예산결산특별위원회가 추경안을 의결하자 이경용 위원장은 기자실을 찾았다.",
        "예산결산특별위원회가 추경안을 의결하자 이경용 대표는 기자실을 찾았다.",
        "예산결산특별위원회가 회의를 열었다. 의결하자 김철수 위원장은 떠났다.",
    ]
    mentions = collect_mentions_ko(body, [], committee)
    assert [m.institution_before for m in mentions.mentions] == ["예산결산특별위원회", None, None]


def test_a_body_ending_like_a_verb_before_the_name_stays_in_the_lead():
    mentions = collect_mentions_ko(["한국투자 김철수 대표가 왔다."], [], no_institution)
    assert [(m.name, m.lead) for m in mentions.mentions] == [("김철수", ("한국투자",))]


def test_a_namelike_word_used_bare_twice_is_a_body():
    body = ["전경련은 회의를 열었다.", "전경련이 점검했다.", "허창수 회장은 말했다. 허창수는 갔다."]
    assert collect_mentions_ko(body, [], no_institution).bodies == {"전경련"}


def test_a_name_used_bare_but_referred_to_by_surname_and_title_is_a_person():
    body = ["이재명은 말했다.", "이재명이 갔다.", "이재명 대통령이 왔다.", "이 대통령은 웃었다."]
    assert collect_mentions_ko(body, [], no_institution).bodies == set()


def test_a_heads_title_right_after_a_name_makes_a_mention():
    mentions = collect_mentions_ko(["이민호 청양경찰서장이 왔다."], [], no_institution)
    assert [(m.name, m.titles) for m in mentions.mentions] == [("이민호", ("청양경찰서장",))]


def test_a_former_post_is_held_apart_from_the_post():
    body = ["이재명 대표와 이낙연 전 대표가 만났다.", "이 대표는 말했다."]
    mentions = collect_mentions_ko(body, [], no_institution)
    assert mentions.candidates("이", "대표", 1) == {"이재명"}
    assert mentions.candidates("이", "대표", 1, former=True) == {"이낙연"}


def test_a_post_the_sentence_gives_someone_is_theirs():
    def committee(word):
        return word.endswith("위원회")

    body = ["남북특별위원회는 9일 원혜영 의원을 위원장으로 뽑았다.", "원 위원장은 말했다."]
    mentions = collect_mentions_ko(body, [], committee)
    assert mentions.candidates("원", "위원장", 1) == {"원혜영"}
    assert mentions.of("원혜영", "위원장").institution_before == "남북특별위원회"
    assert mentions.of("원혜영").role == ("의원",)


def test_references_among_thousands_of_namesakes_read_only_the_first_few():
    syllables = [chr(0xAC00 + 37 * k) for k in range(60)]
    names = [f"김{a}{b}" for a in syllables for b in syllables][:3000]
    body = [f"{name} 의원을 위원장으로 뽑았다." for name in names] + ["김 위원장은 말했다."] * 3000
    mentions = collect_mentions_ko(body, [], no_institution)
    started = time.thread_time()  # work, not waiting: a busy machine does not fail it
    for para in range(3000, 6000):
        assert len(mentions.candidates("김", "위원장", para)) == 2
    assert time.thread_time() - started < 2


def test_a_verb_after_an_object_before_a_name_is_no_body():
    text = (
        "개청 10주년을 맞아 도하윤 기상청장이 1일 기념식을 열었다.\n\n"
        '도 청장은 "예보를 더 정확히 하겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert [r[:2] for r in remarks(text)] == [("도하윤", "기상청장")]
    assert "맞아" not in [i.name for i in found.institutions]
