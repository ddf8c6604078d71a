"""Korean attribution: who says each quote, and the role and institution as printed."""

import datetime

import pytest

from council.importer.reading import extract
from tests.importer.helpers import JULY_1, remarks


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


def test_korean_unit_between_the_institution_and_the_name_is_part_of_the_role():
    text = "경북대학교 산학협력단 정우진 단장은 “연결이 필요하다”고 제안했다."
    assert remarks(text) == [
        ("정우진", "경북대학교 산학협력단 단장", "경북대학교", "연결이 필요하다")
    ]


def test_korean_kind_of_company_before_the_title_is_the_roles_not_an_institution():
    text = "안산의 금형업체 대표 박정수 씨는 “말을 못 꺼낸다”고 털어놨다."
    assert remarks(text) == [("박정수", "안산의 금형업체 대표", None, "말을 못 꺼낸다")]


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


def test_korean_surname_and_title_take_the_role_of_the_full_mention_in_the_body():
    text = (
        "재정경제부는 방현수 장관이 1일 세종에서 간담회를 열었다고 밝혔다.\n\n"
        '방 장관은 "투자를 늘리겠다"고 말했다.'
    )
    assert remarks(text) == [("방현수", "장관", "재정경제부", "투자를 늘리겠다")]


def test_korean_name_before_two_titles_joined_by_gyeom_keeps_them_in_the_role():
    text = (
        "권오규 부총리 겸 재정경제부 장관이 1일 용인을 찾았다.\n\n"
        '권 부총리는 "여건을 낫게 하겠다"고 말했다.'
    )
    assert remarks(text)[0][:2] == ("권오규", "부총리 겸 재정경제부 장관")


def test_korean_title_alone_is_the_one_person_met_with_that_title():
    text = '김민준 국무총리는 1일 회의를 열었다.\n\n국무총리는 "속도를 내겠다"고 말했다.'
    assert remarks(text)[0][:2] == ("김민준", "국무총리")


def test_korean_title_alone_with_nobody_met_is_unnamed_with_the_title_as_role():
    text = '정부는 1일 회의를 열었다.\n\n부의장은 "속도를 내겠다"고 말했다.'
    assert remarks(text) == [(None, "부의장", None, "속도를 내겠다")]


def test_korean_surname_and_title_two_people_fit_is_left_unnamed():
    text = (
        "김상희 의원과 김명연 의원이 1일 간담회에 참석했다.\n\n"
        '김 의원은 "법안을 처리해야 한다"고 말했다.'
    )
    assert remarks(text)[0][:2] == (None, "의원")


def test_korean_new_subject_takes_over_the_quotes_that_follow():
    text = (
        '박정우 장관은 "협력하겠다"고 말했다.\n\n'
        '박 장관의 발언에 대해 정세균 총리는 "좋은 제안"이라고 호응했다. 이어 "함께 하자"고 말했다.'
    )
    assert [r[0] for r in remarks(text)] == ["박정우", "정세균", "정세균"]


def test_korean_words_reported_by_a_spokesperson_are_the_subjects():
    text = (
        '강유정 대변인은 "회의가 열렸다"고 전했다.\n\n'
        '강 대변인에 따르면 이재명 대통령은 "민생을 챙겨야 한다"고 당부했다.'
    )
    assert [r[0] for r in remarks(text)] == ["강유정", "이재명"]


def test_korean_subject_of_a_clause_inside_the_sentence_is_not_the_speaker():
    text = (
        "이재명 대통령과 강유정 대변인이 1일 회의에 참석했다.\n\n"
        '강 대변인은 이 대통령이 특사를 보내는 방안을 검토하는 데 대해선 "조율 중"이라고 말했다.'
    )
    assert remarks(text)[0][0] == "강유정"


def test_korean_joint_subject_is_unnamed_with_the_role_as_printed():
    text = '김철수 장관과 박영희 회장은 "함께 하겠다"고 밝혔다.'
    assert remarks(text) == [(None, "김철수 장관과 박영희 회장", None, "함께 하겠다")]


def test_korean_group_pronoun_is_unnamed_with_the_group_as_role():
    text = (
        "시민단체 대표 30여명은 1일 서울에서 간담회를 열었다. "
        '이들은 성명서를 통해 "정치를 바로 세워야 한다"고 촉구했다.'
    )
    assert remarks(text) == [(None, "시민단체 대표 30여명", None, "정치를 바로 세워야 한다")]


def test_korean_attribution_in_brackets_after_the_quote():
    text = (
        "“정책을 바꾸겠다.”(홍길동 재정경제부 장관)\n\n“시장을 살피겠다.” (김영희 교수, 토론회에서)"
    )
    assert [r[:2] for r in remarks(text)] == [
        ("홍길동", "재정경제부 장관"),
        ("김영희", "교수"),
    ]


def test_korean_brackets_after_a_quote_that_name_a_body_leave_it_unnamed():
    text = "“한국이 중심이 되고 있다.” (블룸버그 통신, 시장 과열을 두고)"
    assert remarks(text)[0][:2] == (None, "블룸버그 통신")


def test_korean_quote_as_the_object_of_a_verb_of_saying_is_speech():
    text = (
        '박용만 회장은 "지켜봐 달라"고 말했다.\n\n'
        '"윗옷을 벗고 진행하면 어떨지 건의드린다"는 말에 문재인 대통령이 "좋습니다"라고 답했다.'
    )
    assert [r[0] for r in remarks(text)] == ["박용만", "박용만", "문재인"]


def test_korean_continuation_after_an_adverb_with_its_verb_cut_off_is_speech():
    text = '한덕수 총리는 "매우 유감스럽다"고 말했다.\n\n이어 "대화는 계속되고 있다"'
    assert [r[0] for r in remarks(text)] == ["한덕수", "한덕수"]


def test_korean_short_reference_in_the_lede_resolves_to_a_name_inside_a_quote():
    text = (
        '김민석 총리는 "이재명 대통령을 보좌하겠다"고 밝혔다.\n\n'
        '이 대통령은 "민생을 챙겨야 한다"고 당부했다.'
    )
    assert remarks(text)[1][:2] == ("이재명", "대통령")


def test_korean_short_reference_takes_the_role_printed_in_a_sentence_not_a_headline():
    text = (
        "이낙연 총리, 고전 꺼내 들어\n\n"
        "이낙연 국무총리는 1일 회의에서 고전을 인용했다.\n\n"
        '이 총리는 "목숨이든 자리든 걸고 일하자"고 말했다.'
    )
    assert remarks(text)[0][:2] == ("이낙연", "국무총리")


def test_korean_body_nearest_the_title_is_the_speakers_and_the_words_before_the_name_its_role():
    text = (
        "김철수 협회장은 1일 국회 보건복지위원회 김승희 자유한국당 의원과 간담회를 가졌다.\n\n"
        '김 의원은 "법안을 처리하겠다"고 말했다.'
    )
    assert remarks(text) == [
        ("김승희", "국회 보건복지위원회 자유한국당 의원", "자유한국당", "법안을 처리하겠다")
    ]


def test_korean_short_name_in_brackets_is_not_glued_to_the_institution():
    text = (
        "한성숙 중소벤처기업부(중기부) 장관이 1일 대전을 방문했다.\n\n"
        '한성숙 장관은 "현장을 살피겠다"고 밝혔다.'
    )
    assert remarks(text)[0][:3] == ("한성숙", "장관", "중소벤처기업부")


def test_korean_speaker_keeps_the_role_first_quoted_with_in_later_short_references():
    text = '과기정통부 송지헌 정책관은 "늘리겠다"고 말했다.\n\n송 정책관은 "반영했다"고 답했다.'
    assert [r[1] for r in remarks(text)] == ["과기정통부 정책관", "과기정통부 정책관"]


def test_korean_pronoun_after_a_narrative_subject_is_that_person():
    text = '홍길동 장관은 1일 회의를 열었다.\n\n그는 "서두르겠다"고 말했다.'
    assert remarks(text)[0][:2] == ("홍길동", "장관")


def test_korean_surname_printed_in_hanja_is_a_short_reference():
    text = '윤석열 대통령은 1일 회의를 열었다.\n\n尹 대통령은 "서두르겠다"고 말했다.'
    assert remarks(text)[0][:2] == ("윤석열", "대통령")


def test_korean_full_stop_glued_to_the_next_sentence_still_ends_it():
    text = (
        "시민단체 대표 30여명은 1일 서울에서 간담회를 열었다.이들은 성명서를 통해 "
        '"정치를 바로 세워야 한다"고 촉구했다.'
    )
    assert remarks(text)[0][:2] == (None, "시민단체 대표 30여명")


def test_korean_foreign_name_in_hangul_is_not_read_as_a_korean_one():
    text = '도널드 트럼프 미국 대통령은 "좋다"고 말했다.'
    assert remarks(text)[0][:2] == ("도널드 트럼프", "미국 대통령")


def test_korean_speech_after_a_sentence_ending_in_a_colon():
    text = '오영주 장관은 다음과 같이 말했다: "지원을 늘리겠다."'
    assert remarks(text)[0][:2] == ("오영주", "장관")


def test_korean_party_in_brackets_after_the_name_is_the_speakers_body():
    text = '김철수(더불어민주당) 의원은 "법안을 처리하겠다"고 말했다.'
    assert remarks(text) == [("김철수", "더불어민주당 의원", "더불어민주당", "법안을 처리하겠다")]


def test_korean_acting_president_and_two_posts_joined_by_gyeom_are_one_role():
    text = (
        '최상목 대통령 권한대행 부총리 겸 기획재정부 장관은 1일 "안정을 지키겠다"고 말했다.\n\n'
        '최 권한대행은 "서두르겠다"고 덧붙였다.'
    )
    role = "대통령 권한대행 부총리 겸 기획재정부 장관"
    assert [r[:3] for r in remarks(text)] == [("최상목", role, "기획재정부")] * 2


def test_korean_many_references_and_group_pronouns_are_read_in_linear_time():
    text = (
        "김철수 장관과 김영희 장관이 만났다. " * 2000
        + '김 장관은 "좋다"고 말했다. ' * 1000
        + '이들은 "좋다"고 말했다. ' * 1000
    )
    # Read whole within the reader's time budget: a reader slower than linear is cut short.
    assert len(remarks(text)) == 2000


def test_korean_party_and_hospital_are_bodies_not_names():
    text = (
        '윤소하 정의당 의원은 "첫째"라고 말했다.\n\n'
        '이국종 아주대병원 권역외상센터장은 "둘째"라고 말했다.'
    )
    assert [r[:3] for r in remarks(text)] == [
        ("윤소하", "정의당 의원", "정의당"),
        ("이국종", "아주대병원 권역외상센터장", "아주대병원"),
    ]


def test_korean_former_post_is_no_surname():
    text = '김철수 전 장관과 전해철 장관이 만났다.\n\n김 전 장관은 "좋다"고 말했다.'
    assert remarks(text)[0][:2] == ("김철수", "전 장관")


def test_korean_new_subject_that_names_nobody_takes_the_quote_from_the_last_speaker():
    text = (
        '김철수 장관은 "첫째"라고 말했다.\n\n업계는 "둘째"라고 반발했다.\n\n'
        '박영희 회장, 이민호 대표 등은 "셋째"라고 말했다.'
    )
    assert [r[:2] for r in remarks(text)] == [
        ("김철수", "장관"),
        (None, "업계"),
        (None, "박영희 회장, 이민호 대표 등"),
    ]


def test_korean_topic_of_time_or_of_the_matter_keeps_the_speaker():
    text = (
        '김철수 장관은 "첫째"라고 말했다.\n\n특히 규제에 대해서는 "둘째"라고 강조했다.\n\n'
        '이날은 "셋째"라고 덧붙였다.\n\n김 장관은 규제 완화는 "넷째"라고 말했다.'
    )
    assert [r[0] for r in remarks(text)] == ["김철수"] * 4


def test_korean_quote_in_the_lede_after_the_wire_dateline_and_the_reporter():
    text = (
        '[세종=뉴스핌] 최영수 기자 = 한덕수 국무총리는 24일 "매우 유감스럽다"고 지적했다.\n\n'
        '최 기자의 질문에 한 총리는 "대화가 이어지고 있다"고 답했다.'
    )
    assert [r[:2] for r in remarks(text)] == [("한덕수", "국무총리")] * 2


def test_korean_headlines_of_other_articles_after_the_body_name_nobody():
    text = (
        "김영희 장관, 부산 방문\n\n"
        '김 장관은 1일 부산을 찾아 "지원을 늘리겠다"고 말했다.\n\n'
        "관련기사\n\n김철수 장관, 세종서 간담회"
    )
    assert remarks(text)[0][:2] == ("김영희", "장관")


def test_korean_mayor_glued_to_the_city_and_referred_to_by_surname():
    text = (
        '오세훈 서울시장은 1일 "규제를 풀겠다"고 말했다.\n\n'
        '오 시장은 "서두르겠다"고 덧붙였다.\n\n전통시장 상인은 "반갑다"고 말했다.'
    )
    assert [r[:3] for r in remarks(text)] == [
        ("오세훈", "서울시장", "서울시"),
        ("오세훈", "서울시장", "서울시"),
        (None, "전통시장 상인", None),
    ]


def test_korean_quote_followed_by_whose_words_they_are():
    text = (
        '김철수 장관은 1일 회의를 열었다.\n\n"규제를 모두 풀겠다" 김 장관의 말이다.\n\n'
        '"너무 늦었다." 업계의 반응이다.'
    )
    assert [r[:2] for r in remarks(text)] == [("김철수", "장관"), (None, "업계")]


def test_korean_body_short_name_before_an_official_is_not_a_speakers_name():
    text = (
        "전국경제인연합회가 1일 회의를 열었다.\n\n"
        "전경련 관계자는 “점검했다”고 말했다.\n\n또다른 전경련 관계자는 “안다”고 말했다."
    )
    assert [r[:2] for r in remarks(text)] == [
        (None, "전경련 관계자"),
        (None, "또다른 전경련 관계자"),
    ]


def test_korean_surname_and_title_nobody_holds_is_unnamed_with_the_title_as_role():
    text = "도정 간담회가 1일 열렸다.\n\n이 지사는 “성과를 이뤘다”고 말했다."
    assert remarks(text) == [(None, "지사", None, "성과를 이뤘다")]


def test_korean_name_before_a_councils_chapter_chair_is_the_speaker():
    text = "김영심 시흥시협의회장은 “키워 가겠다”고 다짐했다."
    assert remarks(text) == [("김영심", "시흥시협의회장", "시흥시협의회", "키워 가겠다")]


def test_korean_relative_clause_before_the_name_is_not_part_of_the_role():
    text = "대행기관장인 김윤식 시흥시장은 “많이 위촉됐다”고 밝혔다."
    assert remarks(text) == [("김윤식", "시흥시장", "시흥시", "많이 위촉됐다")]


def test_korean_verb_of_the_clause_before_the_name_is_not_part_of_the_role():
    text = (
        "예산결산특별위원회가 1일 추경안을 의결하자 이경용 위원장은 기자실을 찾았다.\n\n"
        '이 위원장은 "고발감"이라고 말했다.'
    )
    assert remarks(text)[0][:2] == ("이경용", "위원장")


def test_korean_governor_glued_to_the_provinces_short_name_gives_it_as_printed():
    text = "김영환 충북지사는 “도정을 살피겠다”고 말했다."
    assert remarks(text) == [("김영환", "충북지사", "충북", "도정을 살피겠다")]


def test_korean_title_picks_the_one_namesake_who_holds_it():
    text = (
        "김영환 지사와 김남균 충북인뉴스 편집국장이 만났다.\n\n"
        "이 자리에는 김동진 충북도 소통특보(전 상인회장)가 함께했다.\n\n"
        "김 소통특보는 “의미 있다”고 말했다.\n\n김 위원장은 “없다”고 말했다."
    )
    assert [r[:3] for r in remarks(text)] == [
        ("김동진", "충북도 소통특보", "충북도"),
        (None, "위원장", None),
    ]


def test_korean_reference_before_a_distant_namesake_is_left_unnamed():
    text = (
        '이 위원장은 "고발감"이라며 언성을 높였다.\n\n직원들은 기자실을 나갔다.\n\n'
        "앞서 10일에는 이선화 운영위원장이 기자실을 찾았다."
    )
    assert remarks(text) == [(None, "위원장", None, "고발감")]


def test_korean_whole_title_glued_to_a_ministrys_name_gives_the_ministry():
    text = "윤주영 문공부장관은 8일 간담회를 가졌다.\n\n윤 장관은 『법은 없지 않으냐』고 말했다."
    assert remarks(text) == [("윤주영", "문공부장관", "문공부", "법은 없지 않으냐")]


def test_korean_of_two_namelike_words_before_a_title_the_short_reference_tells_the_person():
    text = "허창수 전경련 회장은 “점검했다”고 말했다.\n\n허 회장은 “또 하겠다”고 했다."
    assert [r[:3] for r in remarks(text)] == [("허창수", "전경련 회장", "전경련")] * 2


def test_korean_two_namelike_words_before_a_title_and_nothing_tells_is_unnamed():
    text = "허창수 전경련 회장은 “점검했다”고 말했다."
    assert remarks(text) == [(None, "허창수 전경련 회장", None, "점검했다")]


def test_korean_namelike_word_the_page_uses_bare_is_a_body_not_a_speaker():
    text = (
        "전경련은 1일 회의를 열었다. 전경련이 도청 여부를 점검했다.\n\n"
        "전경련 회장은 “점검했다”고 말했다."
    )
    assert remarks(text)[0][:2] == (None, "전경련 회장")


def test_korean_body_surname_and_title_resolve_to_the_one_met_of_that_body():
    text = (
        "김은혜 대통령실 대변인이 1일 브리핑했다.\n\n대통령실 김 대변인은 “검토 중”이라고 말했다."
    )
    assert remarks(text)[0][:3] == ("김은혜", "대통령실 대변인", "대통령실")


def test_korean_body_surname_and_title_of_another_body_is_unnamed_without_the_surname():
    text = "김은혜 국토부 대변인이 1일 브리핑했다.\n\n산업부 김 대변인은 “검토 중”이라고 말했다."
    assert remarks(text)[0][:2] == (None, "산업부 대변인")


def test_korean_surname_that_may_mean_one_stays_in_an_unnamed_role():
    assert remarks("한 대표는 “어렵다”고 말했다.") == [(None, "한 대표", None, "어렵다")]


def test_korean_heads_title_the_lexicon_lacks_is_read_after_a_name():
    text = "김영심 조합장은 “가격이 문제”라고 말했다.\n\n김 조합장은 “돕겠다”고 했다."
    assert [r[:3] for r in remarks(text)] == [("김영심", "조합장", None)] * 2
    assert remarks("박철수 교장은 “학생이 먼저”라고 말했다.")[0][:2] == ("박철수", "교장")


def test_korean_heads_title_alone_is_no_name():
    assert remarks("조합장은 “좋다”고 말했다.") == [(None, "조합장", None, "좋다")]


def test_korean_this_and_a_two_syllable_word_in_jang_is_no_short_reference():
    text = "이철수 공장장이 왔다.\n\n이 공장은 “좋다”고 말했다."
    assert remarks(text)[0][0] is None


def test_korean_former_holder_is_not_the_one_a_short_reference_to_the_post_means():
    text = (
        "이재명 대표는 1일 “협치”라고 말했다. 한편 이낙연 전 대표는 “반대”라고 말했다.\n\n"
        "이 대표는 “다시”라고 했다. 이 전 대표는 “글쎄”라고 했다."
    )
    assert [r[:2] for r in remarks(text)] == [
        ("이재명", "대표"),
        ("이낙연", "전 대표"),
        ("이재명", "대표"),
        ("이낙연", "전 대표"),
    ]


def test_korean_according_to_before_the_name_is_not_the_speakers_body():
    text = "삼성전자 관계자에 따르면 이재용 회장은 “투자하겠다”고 말했다."
    assert remarks(text)[0][:3] == ("이재용", "회장", None)
    assert remarks("청양면 김철수 면장은 “좋다”고 말했다.")[0][:3] == (
        "김철수",
        "청양면 면장",
        "청양면",
    )


def test_korean_person_kept_anonymous_is_unnamed():
    assert remarks("김모(45)씨는 “억울하다”고 말했다.") == [(None, "김모씨", None, "억울하다")]
    assert remarks("주민 박모씨는 “불편하다”고 말했다.")[0][:2] == (None, "주민 박모씨")


def test_korean_verb_between_two_quotes_is_not_the_next_speakers_role():
    text = "김철수 장관이 “서둘러 달라”고 하자 박영희 차관은 “알겠다”고 답했다."
    assert [r[:3] for r in remarks(text)] == [("김철수", "장관", None), ("박영희", "차관", None)]


def test_korean_party_in_brackets_between_title_and_particle_is_the_speakers_body():
    text = "김철수 의원(더불어민주당)은 “반대한다”고 말했다."
    assert remarks(text) == [("김철수", "더불어민주당 의원", "더불어민주당", "반대한다")]


def test_korean_title_with_also_is_a_new_speaker_not_the_last_one():
    text = (
        "김철수 장관은 “A”라고 말했다.\n\n토론자로 나선 이민수 KDI 연구위원도 “C”라고 말했다.\n\n"
        "경기도 관계자도 “D”라고 했다."
    )
    assert [r[:2] for r in remarks(text)] == [
        ("김철수", "장관"),
        ("이민수", "KDI 연구위원"),
        (None, "경기도 관계자"),
    ]


def test_korean_likewise_after_a_title_makes_a_new_speaker():
    text = '김영환 충북지사는 "반갑다"고 했고, 김두겸 울산시장 역시 "기쁘다"고 발언했다.'
    assert [r[:3] for r in remarks(text)] == [
        ("김영환", "충북지사", "충북"),
        ("김두겸", "울산시장", "울산시"),
    ]


def test_korean_credit_in_brackets_before_the_subject_is_not_the_role():
    text = "회의가 열렸다.\n\n(포탈뉴스) 김경수 경남도지사가 “기회로 바꿔 가야 할 때”라고 강조했다."
    assert remarks(text)[0][:2] == ("김경수", "경남도지사")


def test_korean_short_reference_to_a_post_given_in_the_text_takes_that_post():
    text = (
        "남북특별위원회는 9일 첫 회의를 열어 원혜영 의원을 위원장으로 뽑았다.\n\n"
        "원 위원장은 인사말에서 “힘쓰겠다”고 밝혔다."
    )
    assert remarks(text)[0][:3] == ("원혜영", "위원장", "남북특별위원회")


def test_korean_body_and_its_part_speaking_are_one_institution():
    text = "도정보고회가 열렸다.\n\n더불어민주당 강원도당은 “행사였다”고 비판했다."
    assert remarks(text) == [(None, "더불어민주당 강원도당", "더불어민주당 강원도당", "행사였다")]


def test_korean_body_as_the_quotes_subject_after_a_persons_topic_is_not_the_speaker():
    text = (
        "박정호 충청남도지사는 2일 도청에서 간담회를 열었다.\n\n"
        '박 지사는 충청남도가 "서해안 물류의 중심이 될 것"이라고 말했다.'
    )
    assert remarks(text) == [("박정호", "충청남도지사", "충청남도", "서해안 물류의 중심이 될 것")]


def test_korean_person_as_the_subject_after_a_spokespersons_topic_is_relayed_speech():
    text = (
        "윤미래 천안시장과 정하늘 대변인이 2일 간담회에 참석했다.\n\n"
        '정 대변인은 윤 시장이 "예산을 늘려 달라"고 요청했다고 전했다.'
    )
    assert remarks(text)[0][0] == "윤미래"


def test_korean_title_with_its_particle_is_never_read_as_a_name():
    text = '지사는 충청남도가 "물류의 중심이 될 것"이라고 말했다.'
    assert remarks(text)[0][0] is None


def test_korean_name_and_title_without_a_particle_before_the_quote_is_the_subject():
    text = '정다온 한빛소상공인연합회장 "상인들과 함께 길을 찾겠다"고 말했다.'
    assert remarks(text) == [
        ("정다온", "한빛소상공인연합회장", "한빛소상공인연합회", "상인들과 함께 길을 찾겠다")
    ]


def test_korean_head_named_in_brackets_after_a_branch_gives_the_branch_as_institution():
    text = (
        "한빛상인회는 1일 LG광주지사(지사장 문서윤)와 협약을 맺었다.\n\n"
        '문서윤 LG광주지사장은 "상인들과 함께 하겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert remarks(text)[0][:3] == ("문서윤", "LG광주지사장", "LG광주지사")
    assert "LG광주지사" in [i.name for i in found.institutions]


def test_korean_county_heads_title_glued_to_the_county_gives_the_county():
    text = (
        "홍천군은 2일 군청에서 간담회를 열었다. 이날 간담회에는 신하람 홍천군수가 참석했다.\n\n"
        '신하람 군수는 "주민과 소통하겠다"고 말했다. 그는 "예산도 늘리겠다"고 덧붙였다.'
    )
    assert [r[:3] for r in remarks(text)] == [("신하람", "군수", "홍천군")] * 2


def test_korean_body_as_the_subject_before_a_name_is_not_a_word_of_the_role():
    text = (
        "산업통상자원부가 한도윤 차관이 1일 창원을 찾아 간담회를 열었다고 밝혔다.\n\n"
        '한 차관은 "돕겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert remarks(text) == [("한도윤", "차관", "산업통상자원부", "돕겠다")]
    assert found.host == "산업통상자원부"
    assert [i.name for i in found.institutions] == ["산업통상자원부"]


def test_korean_head_office_is_the_one_company_the_article_names():
    text = (
        "㈜한빛일보사와 시민단체 한빛연합회는 1일 협약을 맺었다.\n\n"
        '서도윤 본사 대표이사는 "함께 하겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert remarks(text) == [("서도윤", "본사 대표이사", "한빛일보사", "함께 하겠다")]
    assert "본사" not in [i.name for i in found.institutions]


# A quote whose sentence names nobody goes to the last speaker only on positive evidence.


def test_korean_quote_after_a_new_subject_is_not_carried_over():
    text = (
        '오하준 환경부 장관은 "재활용을 늘리겠다"고 말했다. 참석자들은 예산 확대를 요구했다.\n\n'
        '"수거 비용을 지원해야 한다"'
    )
    assert [r[0] for r in remarks(text)] == ["오하준", None]


def test_korean_quote_after_a_heading_is_not_carried_over():
    text = (
        '오하준 환경부 장관은 "재활용을 늘리겠다"고 말했다.\n\n'
        "인터뷰> 김상\n"
        '"수거 비용은 어떻게 마련합니까"'
    )
    assert [r[0] for r in remarks(text)][-1] is None


def test_korean_quote_after_meanwhile_is_not_carried_over():
    text = '오하준 환경부 장관은 "재활용을 늘리겠다"고 말했다. 한편 "수거 비용이 모자란다"는 지적이 나왔다.'
    assert [r[0] for r in remarks(text)] == ["오하준", None]


def test_korean_quote_after_a_sentence_about_the_same_speaker_is_carried_over():
    text = (
        '오하준 환경부 장관은 "재활용을 늘리겠다"고 말했다. 오 장관은 이어 선별장을 둘러봤다.\n\n'
        '"현장의 어려움을 잘 알게 됐다"'
    )
    assert [r[0] for r in remarks(text)] == ["오하준", "오하준"]


def test_korean_quote_after_one_closed_in_the_paragraph_after_its_opening_is_carried_over():
    # A quote over two paragraphs closes in the second ("…\n\n…”고 강조하고,"): that
    # paragraph starts inside it, and its words after the mark are the quote's own verb, not a
    # heading between the two quotes.
    text = (
        "환경부는 1일 재활용 대책 회의를 열었다고 밝혔다.\n\n"
        "오하준 환경부 장관은 “재활용 선별장을 더 늘리고\n\n"
        "수거 비용도 지원하겠다”고 강조하고,\n\n"
        "“주민들의 많은 참여를 바란다.”고 말했다."
    )
    assert [r[0] for r in remarks(text)] == ["오하준", "오하준"]
    # A sentence of its own after a quote closed at its paragraph's end is still read.
    text = (
        "환경부는 1일 재활용 대책 회의를 열었다고 밝혔다.\n\n"
        "오하준 환경부 장관은 “재활용 선별장을 더 늘리겠다.”\n\n"
        "박서진 시장은 현장을 둘러봤다.\n\n"
        "“주민들의 많은 참여를 바란다.”고 말했다."
    )
    assert [r[0] for r in remarks(text)][-1] != "오하준"


def test_korean_continuation_words_carry_the_speaker_over():
    text = (
        '오하준 환경부 장관은 "재활용을 늘리겠다"고 말했다.\n\n'
        '아울러 "수거 비용도 지원하겠다"고 덧붙였다.'
    )
    assert [r[0] for r in remarks(text)] == ["오하준", "오하준"]


def test_korean_speaker_label_before_a_marked_quote_names_the_speaker():
    text = (
        "박서진 행정안전부 장관이 1일 재난 대책 회의를 주재했습니다.\n\n"
        "박서진 행정안전부 장관 : “현장 대응 체계를 다시 점검하겠습니다.”"
    )
    assert remarks(text) == [
        ("박서진", "행정안전부 장관", "행정안전부", "현장 대응 체계를 다시 점검하겠습니다.")
    ]


def test_korean_sound_bite_heading_names_the_speaker_of_the_next_line():
    text = (
        "임하율 기자>\n"
        "행정안전부가 1일 재난 대책을 내놓았습니다.\n\n"
        "녹취> 박서진 / 행정안전부 장관\n"
        "“현장 대응 체계를 다시 점검하겠습니다.”"
    )
    assert remarks(text) == [
        ("박서진", "행정안전부 장관", "행정안전부", "현장 대응 체계를 다시 점검하겠습니다.")
    ]


def test_korean_announced_words_are_the_announced_speakers():
    text = (
        "윤서준 국무총리가 1일 국정현안회의를 주재했습니다.\n\n"
        "회의에서 나온 윤 총리의 말씀을 전해 드립니다.\n\n"
        "“물가 안정에 모든 부처가 힘을 모아 주기 바란다.”"
    )
    assert [r[:2] for r in remarks(text)] == [("윤서준", "국무총리")]


def test_korean_quote_that_is_someones_view_is_theirs():
    text = (
        '이번 회의는 "어려울수록 현장의 목소리를 들어야 한다"는 윤서준 국무총리의 뜻에 따라 '
        "마련됐다."
    )
    assert [r[:2] for r in remarks(text)] == [("윤서준", "국무총리")]


def test_korean_closing_mark_inside_the_clause_before_a_glued_verb_is_speech():
    text = (
        '윤서준 국무총리는 "모든 부처의 역량을 모아 이번 위기를 극복"하겠다며 '
        '"예산을 서둘러 집행하라"고 지시했다.'
    )
    assert remarks(text) == [
        ("윤서준", "국무총리", None, "모든 부처의 역량을 모아 이번 위기를 극복"),
        ("윤서준", "국무총리", None, "예산을 서둘러 집행하라"),
    ]


def test_korean_verb_that_hands_over_to_a_quote_is_no_name():
    text = (
        '윤서준 국무총리는 "위기를 넘기자"고 한다며 "대통령이 직접 챙기겠다"고 밝혔다.\n\n'
        '이에 국무총리는 "서두르겠다"고 말했다.'
    )
    assert [r[0] for r in remarks(text)] == ["윤서준"] * 3


def test_korean_joint_subject_with_heads_titles_is_unnamed_with_the_group_as_role():
    text = '송하린 상촌리장과 백도현 하촌리장은 "함께 마을을 가꾸겠다"고 말했다.'
    assert remarks(text) == [
        (None, "송하린 상촌리장과 백도현 하촌리장", None, "함께 마을을 가꾸겠다")
    ]


def test_korean_local_heads_title_alone_is_the_head_of_the_one_place_of_its_kind_named():
    text = (
        "경상남도가 1일 청년 정책 자문단을 꾸렸다. 경남도는 자문단과 매달 만난다.\n\n"
        '정하람 지사는 "청년의 목소리를 도정에 담겠다"고 말했다.'
    )
    assert remarks(text) == [("정하람", "지사", "경상남도", "청년의 목소리를 도정에 담겠다")]


def test_korean_local_heads_title_alone_names_no_place_when_two_fit():
    text = '성동구와 광진구가 1일 협약을 맺었다.\n\n한서윤 구청장은 "함께 발전하겠다"고 말했다.'
    assert remarks(text) == [("한서윤", "구청장", None, "함께 발전하겠다")]


def test_korean_quote_after_a_clause_ending_in_ja_is_not_the_clause_subjects():
    # "-자" hands over to another subject: the president answers what the minister said.
    text = (
        '최민호 교육부 장관은 5일 박영수 대통령에게 예산안을 보고했다. 박 대통령은 "학교를 '
        '살피자"고 말했다.\n\n'
        '최 장관이 "현장을 다시 보겠다"고 말하자 "결과를 국민께 알려 달라"고 지시했다.'
    )
    assert [r[0] for r in remarks(text)] == ["박영수", "최민호", "박영수"]


def test_korean_subject_before_ja_is_never_the_speaker_and_no_topic_leaves_it_unnamed():
    text = '최민호 교육부 장관이 예산안을 보고하자 "더 줄여야 한다"고 말했다.'
    assert [r[0] for r in remarks(text)] == [None]


def test_korean_ja_clause_with_a_topic_after_it_names_that_topic():
    text = '최민호 교육부 장관이 예산안을 보고하자 박영수 대통령은 "더 줄여야 한다"고 말했다.'
    assert [r[0] for r in remarks(text)] == ["박영수"]


def test_korean_quote_that_is_a_named_persons_request_is_theirs_and_the_subject_goes_on():
    text = (
        "정하나 구청장은 10일 간부회의를 주재했다. 정 구청장은 “예산을 한 달 앞당겨 달라”는 "
        "오민수 부구청장의 건의를 받아들이며 “부서마다 일정을 다시 짜자”고 말했다."
    )
    assert [r[0] for r in remarks(text)] == ["오민수", "정하나"]


def test_korean_quote_as_the_object_of_a_verb_of_asking_or_putting_forward_is_speech():
    text = (
        "윤서진 협회장은 “업계의 흔들림 없는 수출 지원”을 요청했다. 한도윤 교수는 발표문에서 "
        "“지방 재정의 흐름을 짚고 앞으로 나아갈 방향”을 내놓았다."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("윤서진", "업계의 흔들림 없는 수출 지원"),
        ("한도윤", "지방 재정의 흐름을 짚고 앞으로 나아갈 방향"),
    ]


def test_korean_name_in_quotes_as_the_object_of_a_request_is_not_speech():
    text = "윤서진 협회장은 “청년 창업 지원사업”을 요청했다. 그는 “좋다”고 말했다."
    assert [r[3] for r in remarks(text)] == ["좋다"]


def test_korean_surname_glued_to_a_title_is_the_one_person_with_that_surname_and_title():
    text = (
        "박정민 국무총리서리가 3일 회의를 열었다. 박총리서리는 “힘을 모아 달라”고 말했다.\n\n"
        "최수현 이사장은 “예산이 모자란다”고 말했다."
    )
    assert remarks(text) == [
        ("박정민", "국무총리서리", None, "힘을 모아 달라"),
        ("최수현", "이사장", None, "예산이 모자란다"),
    ]


def test_korean_title_someone_holds_is_not_split_into_a_surname_and_a_title():
    text = "이민재 단성면 이장협의회장과 박정호 군서면 이장협의회장은 “함께 가겠다”고 말했다."
    assert [r[0] for r in remarks(text)] == [None]


def test_korean_name_in_hanja_in_brackets_is_no_word_of_the_name_or_role():
    text = "오태식(吳泰植) 총리비서실장은 “회의를 매달 열겠다”고 말했다."
    assert remarks(text) == [("오태식", "총리비서실장", None, "회의를 매달 열겠다")]


def test_a_quote_told_as_what_the_speaker_holds_goes_on_with_the_last_speaker():
    text = (
        "박순애 교육부 장관은 1일 “학교 현장을 자주 찾겠다”고 말했다.\n\n"
        "“교실에서 들은 목소리가 정책의 출발점이 돼야 한다”는 것이다.\n\n"
        "“현장을 모르면 좋은 정책이 나올 수 없다”는 얘기다."
    )
    assert [r[0] for r in remarks(text)] == ["박순애"] * 3
    assert [r[3] for r in remarks(text)][1:] == [
        "교실에서 들은 목소리가 정책의 출발점이 돼야 한다",
        "현장을 모르면 좋은 정책이 나올 수 없다",
    ]


def test_a_quote_told_as_what_someone_holds_is_theirs_whom_the_passage_turned_to():
    text = (
        "박순애 교육부 장관은 1일 “학교 현장을 자주 찾겠다”고 말했다.\n\n"
        "이어 장상윤 차관은 세종의 한 초등학교를 둘러봤다.\n\n"
        "“교실에서 들은 목소리가 정책의 출발점이 돼야 한다”는 것이다."
    )
    assert [r[0] for r in remarks(text)] == ["박순애", "장상윤"]


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("주민들도", "주민들"),
        ("야당 의원들도", "야당 의원들"),
        ("대전·세종·충남·충북 4개 시도지사 후보도", "대전·세종·충남·충북 4개 시도지사 후보"),
        ("부산·울산·경남 3개 시도 후보들도", "부산·울산·경남 3개 시도 후보들"),
        ("업계도", "업계"),
        ("시민단체도", "시민단체"),
    ],
)
def test_a_group_that_also_speaks_is_a_new_subject_named_by_nobody(subject, role):
    text = (
        "윤석열 대통령은 “감회가 새롭다”고 말했다.\n\n"
        f"{subject} 간담회에서 “지원을 늘려 달라”고 말했다."
    )
    assert remarks(text)[1] == (None, role, None, "지원을 늘려 달라")


def test_a_candidate_is_named_with_the_title_printed():
    text = "이재명 후보는 1일 “지역을 살리겠다”고 말했다. 이 후보는 “함께 하자”고 덧붙였다."
    assert [r[:2] for r in remarks(text)] == [("이재명", "후보"), ("이재명", "후보")]


@pytest.mark.parametrize(
    ("named", "institution"),
    [
        ("이장우 대전광역시장은", "대전광역시"),
        ("박형준 부산광역시장은", "부산광역시"),
        ("최민호 세종특별자치시장은", "세종특별자치시"),
        ("김주현 금융위원장은", "금융위원회"),
        ("한기정 공정거래위원장은", "공정거래위원회"),
        ("김창기 국세청장은", "국세청"),
        ("고광효 관세청장은", "관세청"),
        ("박민식 국가보훈처장은", "국가보훈처"),
        ("한만희 춘양면장은", "춘양면"),
        ("정상철 물금읍장은", "물금읍"),
        ("김진표 국회의장은", "국회"),
    ],
)
def test_a_post_glued_to_its_bodys_name_gives_the_body(named, institution):
    text = f"{named} 1일 “현장을 자주 찾겠다”고 말했다."
    assert remarks(text)[0][2] == institution


@pytest.mark.parametrize("named", ["김철수 사무처장은", "김철수 부위원장은", "김철수 공동위원장은"])
def test_a_post_that_names_no_body_gives_none(named):
    assert remarks(f"{named} 1일 “현장을 자주 찾겠다”고 말했다.")[0][2] is None


def test_a_bare_post_is_the_post_of_the_body_named_with_it_before():
    text = (
        "이재관 대전광역시장 권한대행이 “시민의 목소리를 전해 달라”고 당부했다.\n\n"
        "대전광역시는 21일 시청에서 정례간담회를 열었다.\n\n"
        "이재관 시장 권한대행은 “제안을 적극 반영하겠다”고 말했다."
    )
    assert [r[2] for r in remarks(text)] == ["대전광역시", "대전광역시"]


def test_a_head_named_by_a_short_tail_of_the_bodys_name_is_of_the_full_body():
    text = (
        "대통령직인수위원회는 18일 출입기자 간담회를 열었다.\n\n"
        "김용준 인수위원장은 “인수위는 낮은 자세로 일하겠다”고 말했다."
    )
    assert remarks(text)[0][2] == "대통령직인수위원회"


def test_a_body_that_also_speaks_is_a_new_subject_with_its_institution():
    text = (
        "윤석열 대통령은 “감회가 새롭다”고 말했다.\n\n"
        "중기부도 간담회에서 “지원을 늘리겠다”고 밝혔다."
    )
    assert remarks(text)[1] == (None, "중기부", "중소벤처기업부", "지원을 늘리겠다")


@pytest.mark.parametrize(
    ("named", "name", "role", "body"),
    [
        # "대전시장" ends like "전시장" (an exhibition hall); a city's mayor all the same.
        ("이장우 대전시장은", "이장우", "대전시장", "대전시"),
        # A city the short list of big cities does not hold.
        ("김동일 보령시장은", "김동일", "보령시장", "보령시"),
        # A second post in brackets before the particle is an aside.
        ("김동일 보령시장(충남시장군수협의회장)은", "김동일", "보령시장", "보령시"),
        # A verb closing the clause before the name reads like a name (주 is a surname).
        ("회의를 주재한 구인모 거창군수는", "구인모", "거창군수", "거창군"),
    ],
)
def test_a_local_head_is_named_whatever_comes_before_or_after_the_post(named, name, role, body):
    text = f"회의가 열렸다.\n\n{named} “함께 협력해 나가자”고 말했다."
    assert remarks(text)[0][:3] == (name, role, body)


def test_two_speakers_in_one_sentence_each_keep_their_quote():
    text = (
        "환영식이 열렸다.\n\n"
        '이장우 대전시장은 "지방의회를 돕겠다"고 했고, 이상래 대전시의회 의장은 "도약하자"고 말했다.'
    )
    assert [r[0] for r in remarks(text)] == ["이장우", "이상래"]


def test_a_broadcasts_sound_bite_headings_name_the_speakers_and_the_reporter_none():
    text = "\n".join(
        [
            "스타트업들이 어려움을 호소합니다.",
            "【 기자 】",
            "▶ 인터뷰 : 중소기업 관계자",
            '- "좋은 일자리가 무엇인지 답해 주시면 좋겠습니다."',
            "",
            "중소벤처기업부가 현장 행사를 열었습니다.",
            "",
            "▶ 인터뷰 : 홍종학 / 중소벤처기업부 장관",
            '- "여러분의 말씀을 정책에 반영하겠습니다."',
            "",
            "박상훈 기자가 보도했습니다.",
        ]
    )
    assert [r[:2] for r in remarks(text)] == [
        (None, "중소기업 관계자"),
        ("홍종학", "중소벤처기업부 장관"),
    ]


def test_a_transcripts_line_under_a_name_printed_with_a_title_is_that_persons():
    text = "\n\n".join(
        [
            "정병국 문화체육관광부 장관이 지난 2일 대학생기자단과 간담회를 열었습니다.",
            "박미영: 장관님, 취임 100일을 축하드립니다.",
            "정병국: 제가 제일 좋아하는 건 국수 종류예요.",
        ]
    )
    # The student is printed nowhere else: her line may be anyone's, and is no remark.
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("정병국", "제가 제일 좋아하는 건 국수 종류예요.")
    ]


def test_a_paragraph_the_page_prints_twice_gives_its_quotes_once():
    paragraph = (
        '이 권한대행은 국무회의에서 "오늘 국무회의는 이번 정부의 마지막 국무회의"라면서 '
        '"맡은 소임을 다해 주시길 부탁드린다"고 말했습니다.'
    )
    text = "\n".join([paragraph, "임광빈(june80@yna.co.kr)", paragraph, "임광빈(june80@yna.co.kr)"])
    assert len(remarks(text)) == 2


def test_a_speakers_label_heads_every_spoken_paragraph_under_it_to_the_cut():
    text = (
        "최상목 대통령 권한대행이 올해 첫 국무회의를 주재했습니다.\n\n"
        "[최상목 / 대통령 권한대행]\n\n"
        "새해 첫 국무회의입니다. 무거운 마음으로 엽니다.\n\n"
        "국무위원 여러분, 지금은 엄중한 때입니다.\n\n"
        "오직 국민과 역사의 평가만 두려워하며, 나라를 위해 올바로 판단"
    )
    found = remarks(text)
    assert [r[0] for r in found] == ["최상목"]
    assert found[0][3].split("\n\n") == [
        "새해 첫 국무회의입니다. 무거운 마음으로 엽니다.",
        "국무위원 여러분, 지금은 엄중한 때입니다.",
        "오직 국민과 역사의 평가만 두려워하며, 나라를 위해 올바로 판단",
    ]


def test_narrative_after_a_speakers_label_ends_the_speech():
    text = (
        "[최상목 / 대통령 권한대행]\n\n"
        "새해 첫 국무회의입니다.\n\n"
        "최 권한대행은 이날 회의에서 민생 안정을 강조했다."
    )
    assert [r[3] for r in remarks(text)] == ["새해 첫 국무회의입니다."]


def test_a_one_word_greeting_in_a_sound_bite_is_a_remark():
    text = (
        "송미령 농림축산식품부 장관이 출연했습니다.\n\n"
        "[송미령/농림축산식품부 장관 : 안녕하세요.]\n\n"
        "[송미령/농림축산식품부 장관 : 쌀값 안정을 위해 최선을 다하겠습니다.]"
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("송미령", "안녕하세요."),
        ("송미령", "쌀값 안정을 위해 최선을 다하겠습니다."),
    ]


def test_a_sentence_in_single_marks_reported_by_a_verb_of_saying_is_speech():
    text = (
        "김철수 중소벤처기업부 장관은 1일 서울에서 간담회를 열었다.\n\n"
        "김 장관은 ‘규제를 과감히 풀겠다’고 말했다. 이날 ‘소상공인 지원 계획’도 발표됐다."
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [("김철수", "규제를 과감히 풀겠다")]


def test_single_marks_inside_a_double_quotation_stay_as_they_are():
    text = "김철수 장관은 “‘일에는 귀천이 없다’고 했습니다. 답해 주십시오”라고 말했다."
    assert [r[3] for r in remarks(text)] == ["‘일에는 귀천이 없다’고 했습니다. 답해 주십시오"]


def test_a_sound_bite_label_in_angle_brackets_before_the_quote_names_the_speaker():
    text = "\n\n".join(
        [
            "[기자]",
            "간담회를 시작하기 전, 사회를 맡은 박용만 대한상의 회장이 제안을 합니다.",
            '<박용만 / 대한상의 회장> "윗옷을 벗고 진행하면 어떨까 건의를 드려 봅니다."',
            "황창규 KT 회장도 손을 들고서야 마이크를 잡았습니다.",
            "<황창규 / KT 회장> “규제가 발목을 너무 많이 잡고 있어서…”",
            "《오하준 / 환경부 장관》 “수거 비용도 지원하겠습니다.”",
            # A bracket that names nobody before a quote is no label.
            '<사진> "함께 가겠습니다"라는 구호가 걸렸습니다.',
        ]
    )
    assert [r[:2] for r in remarks(text)] == [
        ("박용만", "대한상의 회장"),
        ("황창규", "KT 회장"),
        ("오하준", "환경부 장관"),
    ]


def test_a_transcripts_sound_bites_with_the_role_in_brackets_name_their_speakers():
    # A report pasted as one paragraph: "<녹취> 이름(직함) : “…”", one after another.
    text = (
        "<앵커 멘트> 어제 국회 상임위원회에서 회동이 도마에 올랐습니다. <리포트> 위원장에게 "
        "질의가 이어졌습니다. <녹취> 안형환(한나라당 의원) : “굉장히 사려 깊지 못한 일이었다” "
        "<녹취> 최시중(방송통신위원장) : “그런 얘기는 전혀 없었습니다” 지적까지 나왔습니다. "
        "[인터뷰] 송훈석(무소속 의원) : “정치활동에 개입하는 것입니다” 최 위원장은 사과했습니다. "
        "<녹취> 최시중(방송통신위원장) : “제가 신중하지 못했습니다”"
    )
    assert [r[:2] for r in remarks(text)] == [
        ("안형환", "한나라당 의원"),
        ("최시중", "방송통신위원장"),
        ("송훈석", "무소속 의원"),
        ("최시중", "방송통신위원장"),
    ]


def test_a_short_reference_to_an_acting_post_is_the_one_who_holds_it():
    # The acting post printed after the name, before it ("…을 맡은", "…인"), and referred
    # to short, however spaced.
    for full, short, name in (
        ("고기동 행정안전부 장관 직무대행이", "고 장관 직무 대행은", "고기동"),
        ("행정안전부 장관 직무대행을 맡은 고기동 차관이", "고 장관대행은", "고기동"),
        ("행정안전부 장관 직무대행인 고기동 차관이", "고 장관직무대행은", "고기동"),
        ("교육부 장관 권한대행을 맡은 오석진 차관이", "오 장관대행은", "오석진"),
    ):
        text = f'{full} 7일 대책회의를 주재했다.\n\n{short} "빈틈없이 대비해야 한다"고 강조했다.'
        assert [r[0] for r in remarks(text)] == [name], short


def test_an_acting_post_is_not_another_persons_post():
    # The minister is someone else: "고 장관대행" is the acting minister, not him.
    text = (
        "고영훈 행정안전부 장관이 지난주 사퇴했다. 고기동 차관은 장관 직무를 대신한다.\n\n"
        '고 장관대행은 "빈틈없이 대비해야 한다"고 강조했다.'
    )
    assert [r[0] for r in remarks(text)] == [None]


def test_a_reporters_question_on_tape_is_an_unnamed_reporters_not_the_last_speakers():
    text = "\n\n".join(
        [
            "[기자]",
            "신년 기자회견이 열렸습니다.",
            "[박서진 / 청와대 대변인 : 질문하실 기자분들 손 들어 주십시오.]",
            "[기자 : 한빛일보 김하늘 기자입니다. 질문 기회를 주셔서 감사합니다.]",
            "[기자 : 고르시는 대로 따르겠습니다.]",
            "[박서진 / 청와대 대변인 : 다음 질문 받겠습니다.]",
        ]
    )
    assert [r[:2] for r in remarks(text)] == [
        ("박서진", "청와대 대변인"),
        (None, "기자"),
        (None, "기자"),
        ("박서진", "청와대 대변인"),
    ]


def test_a_column_of_sayings_signed_after_each_bullet_gives_each_its_signer():
    text = "\n".join(
        [
            "말&말",
            "◇권한은 집행부로 기울어 있다. 의회의 자리를 스스로 찾아야 한다. 최학수 의장, "
            "지난 10일 의원 간담회에서.",
            "◇주민들이 반대하면 못 한다고 하더라. 이상민 의원, 동 통폐합에 주민 반대가 크다며.",
            # A bulleted line of narrative, its last words no name and title: no saying.
            "◇시의회는 다음 달 임시회를 연다. 일정은 추후 공지, 의회사무국.",
        ]
    )
    assert [(r[0], r[1], r[3]) for r in remarks(text)] == [
        ("최학수", "의장", "권한은 집행부로 기울어 있다. 의회의 자리를 스스로 찾아야 한다."),
        ("이상민", "의원", "주민들이 반대하면 못 한다고 하더라."),
    ]


def test_a_signed_saying_whose_signer_is_glued_to_its_last_sentence_keeps_its_signer():
    # A page that printed each sentence in its own element, copied without the spaces.
    text = "말&말\n◇권한은 집행부로 기울어 있다.최학수 의장, 지난 10일 의원 간담회에서."
    assert [(r[0], r[1], r[3]) for r in remarks(text)] == [
        ("최학수", "의장", "권한은 집행부로 기울어 있다."),
    ]


def test_quotes_opening_a_paragraph_are_the_speech_the_sentence_after_points_back_at():
    for text in (
        # The mark closed without a full stop; two quotes in a row.
        "오하준 환경부 장관이 회의를 열었다.\n\n“현장을 다시 점검하겠다” 박서진 행정안전부 "
        "장관은 1일 회의에서 이같이 밝혔다.",
        "“현장을 다시 점검하겠다.” “예산도 늘리겠다.” 박서진 행정안전부 장관은 이렇게 강조했다.",
    ):
        assert {r[0] for r in remarks(text)} == {"박서진"}, text
    # Without a sentence pointing back, an unfinished quote opening a paragraph is a name.
    text = "“그린 뉴딜” 계획이 1일 발표됐다. 박서진 행정안전부 장관이 참석했다."
    assert remarks(text) == []


def test_a_roundups_items_name_their_speakers_before_an_equals_sign():
    text = "\n\n".join(
        [
            "이날 토론회에서 의원들의 발언이 이어졌다.",
            '▲김철수 의원 = "예산을 늘려야 한다."',
            "▲박영희 의원=“현장을 먼저 봐야 한다.”",
        ]
    )
    assert [r[:2] for r in remarks(text)] == [("김철수", "의원"), ("박영희", "의원")]
    # A list of posts is no roundup of sayings.
    text = "협의회는 1일 임원을 뽑았다.\n\n▲회장 = 김철수 논산시장\n\n▲정책위 의장 = 박영희 의원"
    assert remarks(text) == []
    # A dateline's and a byline's equals signs name the wire and the reporter, no speaker.
    text = '(서울=연합뉴스) 김하늘 기자 = 박서진 행정안전부 장관은 "현장을 점검하겠다"고 말했다.'
    assert [r[0] for r in remarks(text)] == ["박서진"]


def test_a_korean_quote_with_its_full_stop_after_the_mark_is_speech():
    text = '박서진 행정안전부 장관은 "현장을 다시 점검하겠다". 이어 "예산도 늘리겠다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["현장을 다시 점검하겠다", "예산도 늘리겠다"]
    # A name in quotes ends no sentence of speech.
    assert remarks('이번 사업의 이름은 "그린 뉴딜". 박서진 장관이 발표했다.') == []


def test_he_is_the_person_the_sentence_before_is_about_not_the_last_speaker():
    text = (
        "박서진 행정안전부 장관과 오하준 환경부 차관이 1일 회의를 열었다.\n\n"
        '박 장관은 "안전이 먼저"라고 말했다. 오 차관은 회의를 마쳤다. '
        '그는 "현장을 점검하겠다"고 말했다.'
    )
    assert [r[0] for r in remarks(text)] == ["박서진", "오하준"]
    # Someone else arrives as a subject, not the topic: "그" may be either, left for review.
    text = text.replace("오 차관은 회의를 마쳤다.", "오 차관이 도착했다.")
    assert [r[0] for r in remarks(text)] == ["박서진", None]
    # Narrative about no one leaves the last speaker speaking.
    text = text.replace("오 차관이 도착했다.", "회의는 두 시간 이어졌다.")
    assert [r[0] for r in remarks(text)] == ["박서진", "박서진"]


def test_a_body_and_a_title_are_the_one_person_met_with_both():
    text = "박서진 행정안전부 장관과 오하준 환경부 차관이 1일 회의를 열었다.\n\n"
    assert [r[0] for r in remarks(text + '행안부 장관은 "점검하겠다"고 말했다.')] == ["박서진"]
    # The title's holder met is of another body: nobody for sure.
    assert [r[0] for r in remarks(text + '환경부 장관은 "점검하겠다"고 말했다.')] == [None]


def test_a_title_with_the_honorific_nim_is_a_title_never_a_name():
    text = "박서진 행정안전부 장관이 1일 회의를 열었다.\n\n"
    assert [r[0] for r in remarks(text + '박 장관님은 "점검하겠다"고 말씀하셨다.')] == ["박서진"]
    assert [r[:2] for r in remarks('장관님은 "점검하겠다"고 말씀하셨다.')] == [(None, "장관")]


def test_a_roundups_bulleted_name_before_a_quote_and_a_tagged_label_name_the_speakers():
    text = "\n\n".join(
        [
            "이날 의원들의 발언이 이어졌다.",
            '▲김철수 의원 "예산을 늘려야 한다."',
            "◇박영희 의원 “현장을 먼저 봐야 한다.”",
            "[인터뷰:오하준/환경부 차관]",
            '"환경부도 돕겠습니다."',
        ]
    )
    assert [r[:2] for r in remarks(text)] == [
        ("김철수", "의원"),
        ("박영희", "의원"),
        ("오하준", "환경부 차관"),
    ]
    # A sub-head's quote after a bullet is no remark, whoever it names.
    text = '박서진 장관이 회의를 열었다.\n\n◆김철수 의원 "예산 늘려야"\n\n박서진 장관은 "점검하겠다"고 말했다.'
    assert [r[0] for r in remarks(text)] == ["박서진"]


def test_a_quote_of_a_noun_ends_with_the_past_copula_before_its_verb():
    # Batch 12 (ko-186): "“…자리”였다며 “…”고 말했다".
    text = (
        "박민수 기획부 장관은 1일 회의를 열었다. 기획부 관계자는 "
        '"특별한 안건 없이 편하게 이야기하는 자리"였다며 "앞으로 자주 모이기로 했다"고 말했다.'
    )
    assert remarks(text) == [
        (None, "기획부 관계자", "기획부", "특별한 안건 없이 편하게 이야기하는 자리"),
        (None, "기획부 관계자", "기획부", "앞으로 자주 모이기로 했다"),
    ]
    text = '정다은 함안군수는 1일 "올해는 군정이 되살아난 한 해"이었다면서 "힘쓰겠다"고 말했다.'
    assert [r[0] for r in remarks(text)] == ["정다은", "정다은"]
    assert [r[3] for r in remarks('정다은 함안군수는 "도약의 해"였다고 말했다.')] == ["도약의 해"]


def test_a_surname_before_the_body_of_the_post_is_the_one_holder_of_that_body():
    # Batch 12 (ko-186): three ministers named 김; "김 산자부 장관이" after a topic word that
    # reads like a name ("모임은": 모 is a surname).
    text = (
        "김영호 산업자원부 장관, 김성훈 농림부 장관, 김명자 환경부 장관이 1일 만났다. "
        '이날 모임은 김 산자부 장관이 전화를 걸어 "차 한잔 하자"고 제안해 마련됐다.'
    )
    assert remarks(text) == [("김영호", "산업자원부 장관", "산업자원부", "차 한잔 하자")]
    text = "김영호 산업자원부 장관과 김성훈 농림부 장관이 1일 만났다.\n\n"
    assert [r[0] for r in remarks(text + '농림부 김 장관은 "돕겠다"고 말했다.')] == ["김성훈"]
    # Without the body the surname and title fit two: nobody for sure.
    assert [r[0] for r in remarks(text + '김 장관은 "돕겠다"고 말했다.')] == [None]
    # No 김 of that body is met: nobody, never the other minister 김.
    assert [r[0] for r in remarks(text + '김 환경부 장관은 "돕겠다"고 말했다.')] == [None]


def test_a_bodys_short_name_read_like_a_name_beside_a_person_is_not_the_person():
    # Batch 12 (ko-192): "전경련" (전 is a surname) shortens 전국경제인연합회, its "련" the
    # "연" of 연합회 as spelt inside a word.
    text = (
        "전국경제인연합회가 11일 회의를 열었다. "
        '회의를 주재한 박찬호 전경련 전무는 "협의회를 꾸렸다"고 설명했다. '
        '이상호 전경련 산업정책팀장은 "과제를 건의하겠다"고 말했다.'
    )
    assert remarks(text) == [
        ("박찬호", "전경련 전무", "전국경제인연합회", "협의회를 꾸렸다"),
        ("이상호", "전경련 산업정책팀장", "전국경제인연합회", "과제를 건의하겠다"),
    ]
    text = '전국교직원노동조합이 1일 회의를 열었다. 김동명 전교조 위원장은 "함께하겠다"고 말했다.'
    assert [r[:3] for r in remarks(text)] == [("김동명", "전교조 위원장", "전국교직원노동조합")]
    # The body never named in full: which word is the person is a guess, left for review.
    text = '이상호 전경련 산업정책팀장은 "과제를 건의하겠다"고 말했다.'
    assert [r[0] for r in remarks(text)] == [None]


def test_an_aside_of_a_few_words_between_a_title_and_its_particle_is_no_part_of_the_role():
    # Batch 12 (ko-190): "조근제 함안군수(협의회 군수 대표)는".
    text = '조근제 함안군수(협의회 군수 대표)는 환영사를 통해 "뜻깊다"며 "앞장서겠다"고 말했다.'
    assert remarks(text) == [
        ("조근제", "함안군수", "함안군", "뜻깊다"),
        ("조근제", "함안군수", "함안군", "앞장서겠다"),
    ]
    text = '박영수 보령시장(충남 시장군수 협의회장)은 "함께하겠다"고 말했다.'
    assert remarks(text) == [("박영수", "보령시장", "보령시", "함께하겠다")]


def test_a_reference_is_to_the_one_the_narrative_names_not_a_caption_namesake():
    # Batch 12 (ko-194): "김 차관" after "김경욱 제2차관은" in the body and a photo caption's
    # "김정렬 국토부 차관(가운데)이".
    text = "\n".join(
        [
            "김경욱 국토교통부 제2차관은 18일 건설현장을 점검했다.",
            "김정렬 국토부 차관(가운데)이 현장을 살펴보고 있다. [사진=국토부]",
            '고속도로 건설현장을 찾은 김 차관은 "안전하게 관리해 달라"고 당부했다.',
        ]
    )
    assert [r[:3] for r in remarks(text)] == [("김경욱", "국토교통부 제2차관", "국토교통부")]
    # Two the body names both fit: nobody for sure, and the clause before is no role's word.
    text = (
        "김경욱 국토교통부 제2차관과 김정렬 국토교통부 제1차관은 18일 현장을 점검했다.\n\n"
        '고속도로 건설현장을 찾은 김 차관은 "안전하게 관리해 달라"고 당부했다.'
    )
    assert [r[:2] for r in remarks(text)] == [(None, "차관")]


def test_a_body_as_the_subject_of_a_clause_describing_a_noun_hands_over_to_nobody():
    # Batch 12 (ko-196): "국회가 있는 까닭인 ‘국민통합’을 …" between a speaker's quotes.
    said = "김진표 국회의장은 기념사를 했다. 김진표 의장은 “개원은 출발을 뜻한다”고 말했다."
    then = "그러면서 “선거제도가 꼭 필요하다”고 강조했다."

    def speakers(between):
        return [r[0] for r in remarks("\n\n".join([said, between, then]))]

    assert speakers("국회가 있는 까닭인 ‘국민통합’을 이루겠다고 약속했다.") == ["김진표", "김진표"]
    assert speakers("정부가 마련한 대책이 나왔다.") == ["김진표", "김진표"]
    # The body as the sentence's subject, or a person in the clause, may be someone else.
    assert speakers("국회가 성과를 냈다.") == ["김진표", None]
    assert speakers("박 차관이 마련한 대책이 나왔다.") == ["김진표", None]


def test_the_minutes_lines_under_a_post_and_a_name_are_that_speakers_turns():
    # Batch 13 (ko-200): the Assembly's minutes, each turn opening "소위원장 박광온 …" (the
    # post before the name or after it), its further paragraphs the same speaker's to the
    # next label, whatever their sentences end with.
    text = "\n\n".join(
        [
            "제201회 국회 환경노동위원회 고용소위원회",
            "소위원장 윤다희 성원이 되었으므로 제1차 고용소위원회를 열겠습니다",
            "오늘은 안건을 먼저 심사하겠습니다",
            "정도윤 위원님부터……",
            "정도윤 위원 정도윤 위원입니다.",
            "열심히 하겠습니다",
            "소위원장 윤다희 다음은 정부 측 인사입니다.",
            "고용노동부차관 한서진 고용노동부 차관 한서진입니다.",
            "소위원장 윤다희 감사합니다",
        ]
    )
    assert remarks(text) == [
        (
            "윤다희",
            "소위원장",
            None,
            "성원이 되었으므로 제1차 고용소위원회를 열겠습니다\n\n"
            "오늘은 안건을 먼저 심사하겠습니다\n\n정도윤 위원님부터……",
        ),
        ("정도윤", "위원", None, "정도윤 위원입니다.\n\n열심히 하겠습니다"),
        ("윤다희", "소위원장", None, "다음은 정부 측 인사입니다."),
        ("한서진", "고용노동부차관", "고용노동부", "고용노동부 차관 한서진입니다."),
        ("윤다희", "소위원장", None, "감사합니다"),
    ]


def test_a_post_and_a_name_opening_a_line_once_are_no_minutes():
    # "이현재 위원 …" once: a lede's subject without its particle, not a transcript's label.
    text = "\n\n".join(
        [
            "정도윤 위원 오늘 국회에서 법안을 대표 발의했다.",
            '정 위원은 "고용 안전망을 넓히겠다"고 말했다.',
        ]
    )
    assert [r[3] for r in remarks(text)] == ["고용 안전망을 넓히겠다"]


def test_a_bodys_short_name_before_a_post_is_no_minutes_label():
    from council.importer.reading.korean_words import minutes_label

    assert minutes_label("소위원장 박광온") == ["박광온", "소위원장"]
    assert minutes_label("이현재 위원") == ["이현재", "위원"]
    # "기재부" reads like a name (기 is a surname): a ministry's short name is no one.
    assert minutes_label("기재부 2차관") is None


def test_a_link_line_under_a_speakers_last_words_is_the_pages():
    # Batch 13 (ko-209): a clip's text, its labels on their own lines, the page's links after.
    text = "\n".join(
        [
            "[한지수 / 외교통일위원장]",
            "그러면 다음 위원님, 질의하십시오.",
            "▣ 유튜브 채널 구독 : http://example.com/abc",
        ]
    )
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("한지수", "그러면 다음 위원님, 질의하십시오.")
    ]


def test_lines_each_one_quotation_under_a_speakers_heading_are_theirs_once_each():
    # Batch 13 (ko-213): a live clip's page, "<발표자 : …>" over lines each one quotation,
    # the first lines printed again before the last.
    lines = ['"돌봄의 빈틈을 메울 것"', '"현장을 자주 찾겠다"']
    text = "\n".join(
        [
            '[현장연결] 오하늘 보건복지부 장관 후보자 모두발언 "현장을 자주 찾겠다"',
            "<발표자 : 오하늘 보건복지부 장관 후보자>",
            *lines,
            *lines,
            '"국민 곁을 지키겠다"',
            "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23",
        ]
    )
    assert remarks(text) == [
        ("오하늘", "보건복지부 장관 후보자", "보건복지부", quote)
        for quote in ("돌봄의 빈틈을 메울 것", "현장을 자주 찾겠다", "국민 곁을 지키겠다")
    ]


def test_a_nominees_and_a_designates_posts_are_titles():
    text = (
        '오하늘 보건복지부 장관 후보자는 "돌봄을 챙기겠다"고 말했다. '
        '한서진 고용노동부 장관 내정자는 "일자리를 지키겠다"고 밝혔다.'
    )
    assert [r[:2] for r in remarks(text)] == [
        ("오하늘", "보건복지부 장관 후보자"),
        ("한서진", "고용노동부 장관 내정자"),
    ]


def test_quoted_lines_before_any_sentence_without_a_heading_are_still_a_title():
    # A release's title in marks over its subtitle is no one's speech (see is_title_line).
    text = "\n\n".join(
        [
            '"2026 국민대토론회 : 길을 묻다"',
            "- 토론회 개최 -",
            "행정안전부는 1일 토론회를 열었다.",
        ]
    )
    assert remarks(text) == []


def test_a_verb_reported_by_the_name_after_it_is_no_word_of_the_role():
    # Batch 13 (ko-207): "…이같이 지시했다고 김남준 대통령실 대변인이 전했다".
    text = (
        "이 대통령은 회의에서 이같이 지시했다고 오세진 대통령실 대변인이 전했다. "
        "오 대변인은 “토론이 활발했다”고 설명했다."
    )
    assert remarks(text) == [("오세진", "대통령실 대변인", "대통령실", "토론이 활발했다")]


def test_a_day_before_a_name_is_no_body_of_the_role():
    # Batch 13 (ko-202): a caption's "12일 김승환 전북교육감이 …".
    text = '12일 한도윤 전북교육감이 자료를 살펴보고 있다.\n\n한도윤 교육감은 "고맙다"고 밝혔다.'
    found = extract(text, JULY_1)
    assert "12일" not in [i.name for i in found.institutions]
    assert [r.institution for r in found.remarks] != ["12일"]


def test_a_head_title_alone_is_the_head_of_the_meetings_council():
    # Batch 13 (ko-202): "김승환 회장은" at the council's general meeting.
    text = (
        "전국시도교육감협의회가 12일 세종에서 총회를 열었다. 한도윤 전북교육감이 회장에 뽑혔다.\n\n"
        '한도윤 회장은 "고맙다"며 "힘쓰겠다"고 밝혔다.'
    )
    assert [r[:3] for r in remarks(text)] == [("한도윤", "회장", "전국시도교육감협의회")] * 2
    # A head of another kind of body ("위원장") is not the council's.
    text = (
        '전국시도교육감협의회가 12일 세종에서 총회를 열었다.\n\n한도윤 위원장은 "고맙다"고 밝혔다.'
    )
    assert [r[2] for r in remarks(text)] == [None]


def test_a_quote_opening_the_paragraph_after_a_quote_over_paragraphs_is_the_same_speakers():
    # Lines of quotation under a speaker's heading, one quote left open over two of them.
    text = "\n".join(
        [
            "<발표자 : 오하늘 보건복지부 장관 후보자>",
            '"돌봄의 빈틈을 메울 것',
            '"현장을 자주 찾겠다"',
            '"국민 곁을 지키겠다"',
        ]
    )
    assert [r[0] for r in remarks(text)] == ["오하늘", "오하늘"]


def test_two_unnamed_speakers_saying_alike_are_two_remarks():
    text = '한 참석자는 "좋다"고 말했다. 다른 참석자도 "좋다"고 말했다.'
    assert [r[3] for r in remarks(text)] == ["좋다", "좋다"]


def test_a_glued_tail_of_the_council_and_the_council_by_its_kind_are_the_council():
    # Batch 13 (ko-203): "김승환 교육감협의회장은", "협의회는 … “…”", the council named in
    # full with a space ("전국 시도교육감협의회").
    text = (
        "전국 시도교육감협의회가 12일 세종에서 총회를 열었다. "
        "새로 뽑힌 한도윤 교육감협의회장은 “함께 나아가자”며 인사를 건넸다. "
        "협의회는 판결에 우려를 나타내며 “자율권을 넓힐 것”이라고 밝혔다."
    )
    council = "전국 시도교육감협의회"
    assert [r[:3] for r in remarks(text)] == [
        ("한도윤", "교육감협의회장", council),
        (None, "협의회", council),
    ]


def test_the_reports_narrative_after_the_minutes_ends_the_last_turn():
    text = "\n\n".join(
        [
            "소위원장 윤다희 성원이 되었으므로 회의를 열겠습니다",
            "정도윤 위원 정도윤 위원입니다.",
            "소위원장 윤다희 고맙습니다",
            "소위원회는 이날 법안 12건을 심사했다.",
        ]
    )
    assert [r[3] for r in remarks(text)][-1] == "고맙습니다"


# Batch 14 (ko-215 to ko-229).


def test_a_quote_as_the_object_of_a_request_with_the_one_asked_between_is_speech():
    # ko-217: "“…것”을 시의회에 당부했다".
    text = (
        "한다정 시장은 “상권이 살아난 덕분”이라며 “구도심을 함께 되살려 줄 것”을 구의회에 당부했다."
    )
    assert [r[3] for r in remarks(text)] == ["상권이 살아난 덕분", "구도심을 함께 되살려 줄 것"]


def test_a_verb_of_saying_glued_to_the_particle_after_the_quote_is_speech():
    # ko-228: "“…할 것”이라고말했다".
    text = "오민재 이사장은 “수요가 줄고 있다”며 “새 시장을 찾아야 할 것”이라고말했다."
    assert remarks(text) == [
        ("오민재", "이사장", None, "수요가 줄고 있다"),
        ("오민재", "이사장", None, "새 시장을 찾아야 할 것"),
    ]


def test_a_joint_subject_with_a_new_group_names_no_one_alone():
    # ko-219: "김명환 민주노총 위원장과 신임 지도부가 17일 오전 “…”".
    text = "박민수 노동조합 위원장과 신임 지도부가 3일 오전 “교섭을 다시 요구할 것”이라고 말했다."
    assert remarks(text) == [
        (None, "박민수 노동조합 위원장과 신임 지도부", "노동조합", "교섭을 다시 요구할 것")
    ]
    text = "박민수 노동조합 위원장과 새 집행부는 3일 “교섭을 다시 요구할 것”이라고 말했다."
    assert remarks(text)[0][:2] == (None, "박민수 노동조합 위원장과 새 집행부")


def test_a_photo_credit_names_no_reporter_who_asks():
    # ko-229: "사진=이수길 기자 a@b.kr" in a caption; "“…”라는 기자의 질문에 “…”라고 답했다".
    text = (
        "행사에는 최영호 장관이 참석했다.\n\n"
        "행사에 참석한 최영호 장관. 사진=한상진 기자 photo@example.kr\n\n"
        "최 장관은 “예산을 더 늘릴 계획이 있습니까”라는 기자의 질문에 “아직 정하지 않았다”라고 답했다."
    )
    assert [r[:2] for r in remarks(text)] == [(None, "기자"), ("최영호", "장관")]


def test_the_answer_to_a_quoted_question_is_the_one_named_after_it():
    text = (
        "행사에는 최영호 장관과 윤소라 차관이 참석했다. "
        "“예산을 더 늘릴 계획이 있습니까”라는 기자의 질문에 윤 차관은 “아직 정하지 않았다”라고 답했다."
    )
    assert [r[:2] for r in remarks(text)] == [(None, "기자"), ("윤소라", "차관")]


def test_a_short_verb_after_an_object_is_no_name_before_the_speakers():
    # ko-216: "회의를 이끈 이상래 의장은" ("이끈" reads like a name: 이 is a surname).
    text = (
        "이수정 부산시의회 의장은 9일 간부회의를 열었다. "
        "회의를 이끈 이수정 의장은 의정 목표를 설명했다. "
        "이어 이 의장은 “올해는 의회의 위상을 세우겠다”며 포부를 밝혔다."
    )
    assert remarks(text)[0][:3] == ("이수정", "부산시의회 의장", "부산시의회")


def test_a_clause_before_a_name_is_neither_the_role_nor_a_body():
    # ko-229: "건설 사령탑인 김현미 장관은", "뒤에 있던 진현환 대변인은".
    text = (
        "행사에는 한지우 장관이 참석했다. 교통 정책 사령탑인 한지우 장관은 말을 아꼈다. "
        "뒤에 있던 문태오 대변인은 “행사 중이다”라며 거절했고 이어 한 장관도 “쉿”이라며 웃었다."
    )
    assert [r[:3] for r in remarks(text)] == [("문태오", "대변인", None), ("한지우", "장관", None)]


def test_a_new_post_is_no_part_of_the_bodys_name():
    # ko-220: "[정성호 / 신임 법무부 장관 (오늘)]".
    text = "정다은 신임 법무부 장관은 “열심히 하겠다”고 말했다."
    assert remarks(text) == [("정다은", "신임 법무부 장관", "법무부", "열심히 하겠다")]


def test_a_council_by_its_kind_is_the_council_of_the_one_city_named():
    # ko-217: "한옥문 시의회 의장" in a story of 양산시.
    text = "이날 김해시는 주요 현안을 설명했다. 박은서 시의회 의장은 “시정을 이해했다”고 말했다."
    assert remarks(text)[0][2] == "김해시의회"
    text = "김해시와 양산시가 협약을 맺었다. 박은서 시의회 의장은 “시정을 이해했다”고 말했다."
    assert remarks(text)[0][2] == "시의회"


def test_a_quote_closed_by_a_misprinted_particle_before_a_verb_of_criticism_is_speech():
    # ko-234: "그는 또 … "…무슨 3분 짜장이냐"는 비난했다" (a question's ending, "는" for "고").
    text = '최은영 노조 위원장은 회견을 열었다. 그는 또 "회의가 엉망이라는 게 드러났다. 무슨 연극이냐"는 비난했다.'
    assert remarks(text) == [
        ("최은영", "노조 위원장", "노조", "회의가 엉망이라는 게 드러났다. 무슨 연극이냐")
    ]


def test_quotations_listed_before_one_verb_are_all_said():
    # ko-236: "의장단·상임위원장단은 “…”, “…” 는 등 이야기를 집행부 측에 전한 것으로".
    text = "박은서 위원장은 “예산은 신중히 써야 한다”, “주민과 함께 소통하자”라고 말했다."
    assert [r[3] for r in remarks(text)] == ["예산은 신중히 써야 한다", "주민과 함께 소통하자"]
    text = (
        "김미라 부산시장은 “협력하겠다”고 답했다.\n\n"
        "이 자리에 함께한 부산시의회 의장단·상임위원장단은 “예산은 신중히 써야 한다”, "
        "“함께 소통하자” 는 등 이야기를 시에 전했다."
    )
    found = remarks(text)[1:]
    assert [r[3] for r in found] == ["예산은 신중히 써야 한다", "함께 소통하자"]
    # The group speaks, not the mayor before it; "등의" names no one.
    assert all(r[0] is None and r[1].endswith("의장단·상임위원장단") for r in found)
    text = "참석한 위원들은 “예산은 신중히 써야 한다”는 등의 의견을 전했다."
    assert remarks(text) == [(None, "참석한 위원들", None, "예산은 신중히 써야 한다")]


def test_words_a_report_says_someone_said_are_no_quotation():
    # ko-235: "'…쇠파이프를 버리겠다'고 말했다는 일부 언론의 보도에 대해 사실무근이라고".
    text = (
        "박민수 노총 위원장은 '노총이 앞으로 파업을 그만두겠다'고 말했다는 일부 언론 보도를 "
        "두고 사실이 아니라고 밝혔다."
    )
    assert remarks(text) == []


def test_a_pronoun_topic_speaks_over_a_name_in_the_clause_between():
    # ko-234: "그는 또 … 이용대 민주노총 조합원이 … 풀려난 것과 관련해서도 "…"".
    text = (
        "김진숙 노총 지도위원은 이날 회견에서 이같이 말했다.\n\n그는 또 회장의 회견장 앞에서 "
        '농성하던 이용대 노총 조합원이 경찰에 끌려간 일을 두고도 "회견이 기만이라는 게 '
        '드러났다"고 비난했다.'
    )
    assert remarks(text)[0][:2] == ("김진숙", "노총 지도위원")
    # A name just before the quote is still its subject ("그는 … 김 장관이 “…”라고 전했다").
    text = (
        "한지우 대변인은 회의를 마쳤다. 그는 이어 문태오 장관이 “서두르겠다”라고 말했다고 전했다."
    )
    assert remarks(text)[0][0] == "문태오"


def test_a_local_councils_full_name_before_the_title_is_the_body_of_the_post():
    # ko-232: "임채성 세종특별자치시의회 의장은", later "임 의장은" and "임채성 의장을 비롯해".
    for council in ("세종특별자치시의회", "부산광역시의회", "제주특별자치도의회"):
        text = (
            f"박은서 {council} 의장은 24일 시장을 찾았다.\n\n"
            "대화가 끝난 뒤 박 의장은 “협력하자는 데 뜻을 모았다”고 짧게 밝혔다.\n\n"
            "한편 이날 대화에는 박은서 의장과 김현미 위원장이 함께했다."
        )
        assert remarks(text)[0][:3] == ("박은서", f"{council} 의장", council)
