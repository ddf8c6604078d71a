"""Institutions: the bodies the narrative names, and the host."""

from council.importer.reading import extract
from council.importer.reading.institutions import abbreviates
from tests.importer.helpers import JULY_1, remarks


def test_the_source_note_under_a_table_is_not_an_institution():
    text = (
        'The Korea Federation of SMEs held a forum. Kim Min-ji said, "Yes."\n\n'
        "Year\tCases\n2025\t1,104\n*January-October. Source: Korea Federation of SMEs"
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == ["Korea Federation of SMEs"]


def test_an_institutions_name_does_not_run_on_from_the_paragraph_before():
    text = (
        "Officials attended from the Korea Small Business Institute.\n\n"
        'Public Procurement Service Administrator Yang Seung-min said, "Pay."'
    )
    assert {i.name for i in extract(text, JULY_1).institutions} == {
        "Korea Small Business Institute",
        "Public Procurement Service",
    }


def test_the_agency_in_the_meeting_sentence_is_the_agency_named_before():
    text = (
        "Suppliers asked the Public Procurement Service on Thursday to pay faster.\n\n"
        "The request came at a council meeting, where the agency heard from officials of the "
        'Korea Federation of SMEs.\n\nYang Seung-min said, "Pay."'
    )
    assert extract(text, JULY_1).host == "Public Procurement Service"


def test_korean_prosecution_and_police_offices_are_institutions():
    text = "특허청은 3일 대검찰청과 협의회를 열었다.\n\n대검찰청 관계자는 “늘리겠다”고 말했다."
    found = extract(text, JULY_1)
    assert "대검찰청" in [i.name for i in found.institutions]
    assert remarks(text) == [(None, "대검찰청 관계자", "대검찰청", "늘리겠다")]


def test_one_word_companies_after_a_company_noun_are_institutions_people_are_not():
    text = (
        "The ministry met carmakers Hyundai Motor and Kia, platform operator Naver and supplier "
        'Cho Eun-bi on Tuesday. "We will pay," Cho said.'
    )
    institutions = extract(text, JULY_1).as_dict()["institutions"]
    assert {"Hyundai Motor", "Kia", "Naver"} <= set(institutions)
    assert not any("Cho" in name for name in institutions)


def names_of(text):
    return [i.name for i in extract(text, JULY_1).institutions]


def test_an_ampersand_inside_a_name_does_not_cut_it():
    text = (
        "The Department of Justice & Equality has been changing. Korea Hydro & Nuclear Power "
        '(KHNP) answered.\n"We will act," Kim said.'
    )
    assert names_of(text) == ["Department of Justice & Equality", "Korea Hydro & Nuclear Power"]


def test_a_congress_ends_the_name_of_the_body_it_closes():
    text = (
        "Harbour Workers Trade Union Congress President R S Verma spoke to reporters.\n"
        '"We will strike on Monday," Verma said.'
    )
    assert names_of(text) == ["Harbour Workers Trade Union Congress"]
    assert remarks(text) == [
        (
            "R S Verma",
            "Harbour Workers Trade Union Congress President",
            "Harbour Workers Trade Union Congress",
            "We will strike on Monday",
        )
    ]


def test_a_bodys_initials_in_a_post_name_the_body_the_article_gives_in_full():
    # Batch 14 (en-204): "a member of the ECB's supervisory board" after "the European Central
    # Bank's supervisory arm", the short form never given in brackets.
    text = (
        "The Northern Harbour Authority's board may meet the port's firms, an official said.\n\n"
        '"We will meet them as needed," Jane Doe, a member of the NHA\'s board, said.'
    )
    assert remarks(text) == [
        (
            "Jane Doe",
            "member of the NHA's board",
            "Northern Harbour Authority",
            "We will meet them as needed",
        )
    ]
    # Two letters are a post's as often as a body's: "MP" is no "Maori Party".
    text = (
        "The Maori Party met on Monday.\n\n"
        '"We will meet them as needed," said Jane Doe, a Labour MP.'
    )
    assert [r[2] for r in remarks(text)] == [None]


def test_a_conjunction_before_a_ministry_is_not_part_of_its_name():
    text = '권오규 부총리 겸 재정경제부 장관은 20일 간담회를 열었다. 권 부총리는 "돕겠다"고 말했다.'
    assert names_of(text) == ["재정경제부"]


def test_a_short_form_in_brackets_is_the_names_not_part_of_it():
    text = '한성숙 중소벤처기업부(중기부) 장관이 간담회를 열었다. 한 장관은 "돕겠다"고 말했다.'
    found = extract(text, JULY_1).institutions
    assert [(i.name, i.short_name) for i in found] == [("중소벤처기업부", "중기부")]


def test_a_province_before_its_city_is_a_place_not_a_participant():
    text = (
        '권 장관은 8일 경기도 안산 경기테크노파크에서 간담회를 열었다. 권 장관은 "돕겠다"고 말했다.'
    )
    assert "경기도" not in names_of(text)


def test_a_committee_is_named_with_the_legislature_it_belongs_to():
    text = (
        "치협이 국회 보건복지위원회 법안심사소위원회에 묶인 법안을 논의했다. "
        '김 회장은 "통과시키겠다"고 말했다.'
    )
    assert names_of(text) == ["국회", "국회 보건복지위원회", "국회 보건복지위원회 법안심사소위원회"]


def test_a_well_known_body_without_an_institution_word_is_found_by_its_name():
    text = 'Over lunch at Cheong Wa Dae, Moon heard former ministers.\n"We will act," Yoon said.'
    assert "Cheong Wa Dae" in names_of(text)


def test_a_korean_party_is_an_institution():
    text = '김상희 더불어민주당 의원과 윤소하 정의당 의원이 만났다. 김 의원은 "하자"고 말했다.'
    assert names_of(text) == ["더불어민주당", "정의당"]


def test_a_members_party_in_the_meeting_sentence_is_not_the_host():
    text = (
        "김상희 더불어민주당 의원은 14일 열린 국회 보건복지위원회 전체회의에서 당부했다.\n"
        '김 의원은 "하자"고 말했다.'
    )
    assert extract(text, JULY_1).host is None


def test_the_body_that_announces_its_ministers_meeting_is_the_host():
    text = (
        "문화체육관광부는 황희 장관이 31일 청년예술인들과 만나 이야기를 나눴다고 밝혔다.\n"
        '황 장관은 "듣겠다"고 말했다.'
    )
    assert extract(text, JULY_1).host == "문화체육관광부"


def test_a_spokesman_who_announces_a_meeting_does_not_make_his_body_its_host():
    text = (
        "강유정 대통령실 대변인은 5일 김 총리가 국무회의에 참석했다고 전했다.\n"
        '강 대변인은 "자리했다"고 말했다.'
    )
    assert extract(text, JULY_1).host is None


def test_a_list_of_leaders_gives_each_body_glued_to_its_title():
    text = (
        "서영훈 신사회공동운동연합상임대표 이세중 환경운동연합공동대표 강문규 YMCA사무총장등 "
        '31일 간담회를 갖고 "바른 정치"를 외쳤다. 이들은 "하자"고 말했다.'
    )
    assert names_of(text) == ["신사회공동운동연합", "환경운동연합", "YMCA"]


def test_a_korean_short_name_resolves_to_the_full_name_the_text_gives():
    text = '대한치과의사협회는 1일 간담회를 열었다. 김철수 치협 회장은 "하겠다"고 말했다.'
    found = extract(text, JULY_1)
    assert [i.name for i in found.institutions] == ["대한치과의사협회"]
    assert found.remarks[0].institution == "대한치과의사협회"


def test_a_generic_word_is_not_read_as_a_bodys_short_name():
    text = (
        '한국벤처캐피탈협회가 참여했다. 한 벤처캐피탈 심사역은 "어렵다"고 전했다.\n'
        '청주시 부시장은 청주 공장에서 "하겠다"고 말했다.'
    )
    assert sorted(names_of(text)) == ["청주시", "한국벤처캐피탈협회"]


def test_a_central_agency_with_its_particle_glued_on_is_found_with_its_english_name():
    found = extract('국세청은 1일 간담회를 열었다. 김 청장은 "돕겠다"고 말했다.', JULY_1)
    assert [(i.name, i.name_en) for i in found.institutions] == [("국세청", "National Tax Service")]
    assert found.host == "국세청"


def test_a_body_in_a_clause_after_the_meeting_is_not_its_host():
    text = (
        "Resources ministers have met in Brisbane, as the Albanese Government moves ahead with "
        'its plans.\n"We agree," King said.'
    )
    assert extract(text, JULY_1).host is None


def test_a_short_name_is_the_full_name_the_article_prints_whichever_way_it_spells_smes():
    text = (
        "The Korea Federation of Small and Medium-sized Enterprises hosted the forum.\n\n"
        'KBIZ Chairman Lee Jae-han said, "Costs are rising."'
    )
    found = extract(text, JULY_1)
    assert [i.name for i in found.institutions] == [
        "Korea Federation of Small and Medium-sized Enterprises"
    ]
    assert remarks(text)[0][2] == "Korea Federation of Small and Medium-sized Enterprises"


def test_bodies_listed_before_their_chairmen_are_named_without_the_chairmen():
    text = (
        "Attending were Korea Housing Builders Association Chairman Park Jae-won, "
        "Gyeonggi Builders Alliance and Federation of Tile Makers (FTM) Chairman Cho Min-su, "
        "KBIZ Korea Federation of SMEs Chairman Ahn Dong-il, and Union of Brick Makers of Korea "
        'Chairman Yoo Sun-ho. Park said, "Build more."'
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == [
        "Korea Housing Builders Association",
        "Gyeonggi Builders Alliance",
        "Federation of Tile Makers",
        "Korea Federation of SMEs",
        "Union of Brick Makers of Korea",
    ]


def test_korean_place_whose_brackets_name_its_local_head_is_a_body():
    text = (
        "서울 은평구(구청장 한도윤)가 1일 주민 간담회를 열었다.\n\n"
        '한도윤 구청장은 "주민의 제안을 듣겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert "은평구" in [i.name for i in found.institutions]
    assert remarks(text) == [("한도윤", "구청장", "은평구", "주민의 제안을 듣겠다")]


def institution_names(text):
    return {i.name for i in extract(text, JULY_1).institutions}


def test_the_bodies_of_the_posts_in_a_list_of_heads_are_listed():
    text = (
        "이날 회의에는 오세훈 서울시장, 이장우 대전광역시장, 김영환 충북도지사, 박완수 경남도지사, "
        "김창기 국세청장, 김주현 금융위원장 등이 참석했다."
    )
    assert institution_names(text) == {
        "서울시", "대전광역시", "충북도", "경남도", "국세청", "금융위원회",
    }  # fmt: skip


def test_a_former_post_or_a_deputys_or_a_kind_of_head_names_no_body_taking_part():
    text = (
        "간담회에는 심의보 전 충북교육감 인수위원장, 추경호 경제부총리, 김철수 사무처장, "
        "이영희 심사위원장이 참석했다."
    )
    assert institution_names(text) == set()


def test_a_city_named_short_and_in_full_is_one_body_under_its_full_name():
    text = (
        "충북도는 16일 간담회를 열었다. 충청북도가 마련한 이 자리에는 대전시 관계자도 왔다. "
        "이장우 대전광역시장은 축사를 했다."
    )
    assert institution_names(text) == {"충청북도", "대전광역시"}


def test_a_county_or_district_after_its_province_or_city_acting_is_a_body():
    text = (
        "전남 해남군이 14일 역대 군수 간담회를 열었다. 대전 서구는 구청에서 상인회와 만났다. "
        "서울 서대문구(구청장 이성헌)가 현장 구청장실을 연다."
    )
    assert institution_names(text) == {"해남군", "서구", "서대문구"}


def test_a_county_or_district_where_something_happens_is_no_body():
    text = "경북 봉화군 춘양면에서 간담회가 열렸다. 참석자들은 대전 서구에 있는 시장을 찾았다."
    assert institution_names(text) == set()


def host_of(text):
    return extract(text, JULY_1).host


def test_the_ministry_of_the_minister_who_holds_the_meeting_hosts_it():
    text = (
        "구윤철 부총리 겸 기획재정부 장관은 10일 외청들의 협조를 당부했다.\n\n"
        "구 부총리는 이날 정부서울청사에서 국세청장, 관세청장과 함께 외청장 회의를 열었다."
    )
    assert host_of(text) == "기획재정부"


def test_the_city_whose_mayor_holds_the_meeting_hosts_it():
    text = "박형준 부산광역시장은 17일 자갈치시장 상인회와 간담회를 가졌다."
    assert host_of(text) == "부산광역시"


def test_the_county_said_by_its_kind_alone_hosts_the_meeting_it_holds():
    text = (
        "전남 해남군이 주민과의 소통에 나섰다.\n\n"
        "군은 지난 14일 송지면 주민들을 대상으로 '찾아가는 군수실'을 열어 간담회를 가졌다."
    )
    assert host_of(text) == "해남군"


def test_a_member_holding_a_forum_does_not_make_the_assembly_its_host():
    text = "지상욱 국회의원은 26일 국회의원회관에서 '보수란 무엇인가' 정책토론회를 열었다."
    assert host_of(text) is None


def test_a_meeting_at_the_seat_of_government_is_hosted_by_it():
    text = "8일 청와대에서 열린 전국 시장·군수·구청장 초청 오찬 간담회에는 215명이 참석했다."
    assert host_of(text) == "청와대"


def test_a_guest_who_takes_interest_holds_no_meeting():
    text = (
        "김진태 강원도지사는 19일 서울 프레지던트 호텔에서 열린 총회에 나가 "
        "지역 현안에 관심을 갖고 힘을 모아 달라고 당부했다."
    )
    assert host_of(text) != "강원도"


def test_a_company_mark_after_a_name_makes_no_company_of_the_particle_after_it():
    text = "유일호 부총리는 4일 인천 송도에 있는 셀트리온(주)을 방문했다. (주)대한정밀도 왔다."
    names = institution_names(text)
    assert "을" not in names
    assert "대한정밀" in names


def test_a_short_name_spells_a_syllable_as_inside_a_word():
    # "전경련" for 전국경제인연합회: the "연" of 연합회 is "련" once inside the short name.
    assert abbreviates("전경련", "전국경제인연합회")
    assert abbreviates("공정위", "공정거래위원회")
    assert not abbreviates("전경련", "전국농민회총연맹")
    # A word of the name before a two-syllable kind ("협회") is no short name of it.
    assert not abbreviates("벤처캐피탈", "한국벤처캐피탈협회")


def test_a_council_the_meeting_sentence_names_is_not_its_host():
    for lede in (
        "The Joint Trade Council met in Valletta on Tuesday.",
        "The Council of Ministers of the Pacific Community held its weekly meeting today.",
        "The Pacific Council of Ministers met in Valletta on Tuesday.",
        "The Board of Trade met for the first time in Valletta.",
    ):
        assert extract(f'{lede} Kim Min-ji said, "Yes."', JULY_1).host is None


def test_a_council_named_as_the_host_hosts_the_meeting():
    text = 'The roundtable was hosted by the Valletta City Council. Kim Min-ji said, "Yes."'
    assert extract(text, JULY_1).host == "Valletta City Council"


def test_general_opening_a_bodys_name_is_of_the_name_not_a_title():
    text = 'Ministers met the General Fisheries Commission today. Kim Min-ji said, "Yes."'
    assert "General Fisheries Commission" in {i.name for i in extract(text, JULY_1).institutions}
    text = 'The Director General Health Agency opened. Kim Min-ji said, "Yes."'
    assert "Health Agency" in {i.name for i in extract(text, JULY_1).institutions}


def test_a_superintendents_place_is_not_a_body_of_the_meeting():
    # A superintendent heads the place's office of education, not the province or city.
    text = (
        "전국시도교육감협의회는 3일 총회를 열었다. 김민수 전북도교육감, 이영호 강원도교육감, "
        "박지훈 대구시교육감이 참석했다.\n\n김민수 회장은 “늘리겠다”고 말했다."
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == ["전국시도교육감협의회"]
    text = "김영환 충북도지사는 3일 간담회를 열었다.\n\n김 지사는 “늘리겠다”고 말했다."
    assert "충북도" in [i.name for i in extract(text, JULY_1).institutions]


def test_a_ministers_remit_is_not_a_body_of_the_meeting():
    for lede in (
        "The mayors met Local Government Minister Jane Roe in Wellington.",
        "The mayors met the Minister for Defence Industries, Jane Roe, in Perth.",
    ):
        assert extract(f'{lede} Kim Min-ji said, "Yes."', JULY_1).institutions == []
    text = 'The mayors met the Ministry for Primary Industries. Kim Min-ji said, "Yes."'
    assert [i.name for i in extract(text, JULY_1).institutions] == [
        "Ministry for Primary Industries"
    ]


def test_a_professors_university_is_a_body_of_the_meeting():
    text = (
        "위원회는 3일 토론회를 열었다. 김형준 명지대 교수, 윤창현 서울시립대 경영학과 교수, "
        "정세은 교수(충남대)가 발제했다.\n\n김형준 교수는 “늘리겠다”고 말했다."
    )
    names = [i.name for i in extract(text, JULY_1).institutions]
    assert {"명지대", "서울시립대", "충남대"} <= set(names)
    # "확대": a word ending like a university's short name, with one syllable before, is none.
    text = "정부는 확대 교수 요원을 늘렸다.\n\n김형준 교수는 “늘리겠다”고 말했다."
    assert extract(text, JULY_1).institutions == []


def test_a_government_named_by_its_tier_is_not_a_body():
    text = (
        "협의회는 3일 중앙정부와 지방정부에 개선을 건의했다. 신정부의 행정부도 답했다.\n\n"
        "김형준 회장은 “늘리겠다”고 말했다."
    )
    assert extract(text, JULY_1).institutions == []


def test_a_building_named_only_as_a_place_is_not_a_body():
    text = (
        "상의는 19일 정부세종컨벤션센터 대연회장에서 간담회를 열었다. 이어 한빛교통센터를 "
        "방문했다. 한국고용정보센터는 자료를 냈다.\n\n김형준 회장은 “늘리겠다”고 말했다."
    )
    names = [i.name for i in extract(text, JULY_1).institutions]
    assert "정부세종컨벤션센터" not in names
    assert "한빛교통센터" not in names
    assert "한국고용정보센터" in names


def test_companies_listed_after_including_take_part_but_do_not_host():
    text = (
        "Officials of the top 14 conglomerates including Samsung, LG, Lotte, POSCO and Hanwha "
        'met in Seoul. Kim Min-ji said, "Yes."'
    )
    found = extract(text, JULY_1)
    assert [i.name for i in found.institutions] == ["Samsung", "LG", "Lotte", "POSCO", "Hanwha"]
    assert found.host is None
    text = (
        'Executives of seven firms, including Hyundai Motor, LG, and POSCO, met. Kim said, "Yes."'
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == ["Hyundai Motor", "LG", "POSCO"]


def test_the_head_of_a_known_office_names_the_office():
    for head in ("국무조정실장", "국조실장"):
        text = f"방기선 {head}이 29일 회의를 주재했다.\n\n방 실장은 “늘리겠다”고 말했다."
        assert [i.name for i in extract(text, JULY_1).institutions] == ["국무조정실"]


def test_the_councils_short_tail_is_the_council_not_a_body_taking_part():
    text = (
        "The UK and Overseas Territories Joint Ministerial Council met in London on Tuesday. "
        'The Joint Ministerial Council agreed a communique. Kim Min-ji said, "Yes."'
    )
    found = extract(text, JULY_1)
    assert found.council == "UK and Overseas Territories Joint Ministerial Council"
    assert "Joint Ministerial Council" not in [i.name for i in found.institutions]


def test_a_bodys_organ_named_by_its_members_gives_the_body():
    text = (
        "The Council of Ministers of the Economic Community of West African States (ECOWAS) "
        'opened its session in Abuja. Kim Min-ji said, "Yes."'
    )
    found = extract(text, JULY_1)
    assert [i.name for i in found.institutions] == ["Economic Community of West African States"]
    assert found.host is None
    text = (
        "Angola holds the presidency of the Council of Ministers of the Southern African "
        'Development Community (SADC). Kim Min-ji said, "Yes."'
    )
    names = [i.name for i in extract(text, JULY_1).institutions]
    assert names == ["Southern African Development Community"]


def test_a_places_council_is_a_body_of_the_meeting():
    text = (
        "마포구는 3일 간담회를 열었다. 유기상 고창군수, 조규철 고창군의회 의장 등이 참석했다.\n\n"
        "유 군수는 “늘리겠다”고 말했다."
    )
    assert "고창군의회" in [i.name for i in extract(text, JULY_1).institutions]
    # "시의회" alone is the city's own, named in full where it is one.
    text = "군산시는 3일 시의회와 간담회를 열었다.\n\n강 시장은 “늘리겠다”고 말했다."
    assert "시의회" not in [i.name for i in extract(text, JULY_1).institutions]


def test_a_short_forms_initials_say_which_body_of_the_run_it_names():
    text = (
        "Norris Witter of the Guyana Trades Union Congress (GTUC) pledged support. "
        'Kim Min-ji said, "Yes."'
    )
    assert [i.name for i in extract(text, JULY_1).institutions] == ["Guyana Trades Union Congress"]
    # An office is named after the post it serves.
    text = 'The Office of the United States Trade Representative (USTR) met. Kim said, "Yes."'
    assert [i.name for i in extract(text, JULY_1).institutions] == [
        "Office of the United States Trade Representative"
    ]
