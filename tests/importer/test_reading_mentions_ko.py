"""Korean mentions: the people the whole page names with a title, and whom a reference means."""

from council.importer.reading.mentions_ko import OUTSIDE, collect_mentions_ko
from tests.importer.helpers import remarks


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
