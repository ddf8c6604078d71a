"""Places: the meeting's venue and city."""

import datetime

import pytest

from council.importer.reading import extract
from tests.importer.helpers import JULY_1

QUOTE_EN = '"We will act," Kim said.'


def test_korean_venue_inside_an_institution_keeps_its_name():
    text = (
        "중소벤처기업부는 25일 경기 안산시 반월국가산업단지 내 한국산업단지공단 경기지역본부에서 "
        '간담회를 열었다. 김도현 차관은 "점검하겠다"고 말했다.'
    )
    found = extract(text, datetime.date(2026, 11, 26))
    assert (found.venue, found.city) == ("한국산업단지공단 경기지역본부", "안산")


def test_venue_city_host_and_short_names_are_found():
    text = (
        'The Ministry of SMEs and Startups said on the 1st that it held the "SME and venture AI '
        'policy council" at Osco in Cheongju. The Korea SMEs and Startups Agency (KOSME) '
        'presented. Hwang Young-ho, director general at the MSS, said, "We will act."'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city, found.host) == (
        "Osco",
        "Cheongju",
        "Ministry of SMEs and Startups",
    )
    assert found.council == "SME and venture AI policy council"
    assert {(i.name, i.short_name) for i in found.institutions} == {
        ("Ministry of SMEs and Startups", "MSS"),
        ("Korea SMEs and Startups Agency", "KOSME"),
    }
    assert found.remarks[0].institution == "Ministry of SMEs and Startups"


def test_a_building_held_at_without_its_city_takes_the_city_of_the_meeting():
    text = (
        "Officials said at a policy council meeting in Seongnam on Thursday that the cluster "
        "would open. The meeting was held at the Pangyo Global R&D Center and hosted by the "
        'Ministry of Science and ICT. Kang Yoo-na said, "It opens in July."'
    )
    found = extract(text, datetime.date(2026, 6, 12))
    assert (found.venue, found.city, found.host) == (
        "Pangyo Global R&D Center",
        "Seongnam",
        "Ministry of Science and ICT",
    )


def test_a_wire_dateline_gives_the_city_and_a_building_held_at_is_the_venue():
    text = (
        "SEJONG, Dec. 1 (Yonhap) -- The ministry held a council with merchants at the "
        'Government Complex Sejong.\n\n"We will pay," Vice Minister Han Ji-woo said.'
    )
    found = extract(text, datetime.date(2026, 12, 1))
    assert (found.venue, found.city) == ("Government Complex Sejong", "Sejong")


def test_korean_city_before_a_venue_is_a_place_not_an_institution():
    text = '중기부는 1일 청주시 오스코에서 간담회를 열었다. 노재원 장관은 "듣겠다"고 말했다.'
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("오스코", "청주")
    assert "청주시" not in found.as_dict()["institutions"]


QUOTE_KO = '김 장관은 "하겠다"고 말했다.'


def test_a_korean_dateline_gives_the_city_when_the_text_names_no_other():
    text = f"(서울=연합뉴스) 김민수 기자 = 국무위원들은 1일 국무회의를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).city == "서울"


def test_a_venue_whose_name_holds_a_city_gives_that_city_before_the_dateline():
    text = f"[세종=뉴스핌] 최영수 기자 = 한 총리는 1일 정부서울청사에서 간담회를 했다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("정부서울청사", "서울")


def test_a_city_in_the_meeting_sentence_gives_the_city():
    text = f"한 장관이 1일 대전에 있는 공단 본부를 방문해 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).city == "대전"


def test_a_session_of_a_committee_is_no_venue():
    text = f"김 의원은 1일 열린 국회 보건복지위원회 전체회의에서 질의했다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).venue == ""


def test_a_dateline_city_not_on_the_list_is_still_the_city():
    text = 'BRISBANE, July 1 (AAP) -- Resources ministers held talks.\n"We agree," King said.'
    assert extract(text, JULY_1).city == "Brisbane"


def test_ministers_who_met_in_a_city_met_there():
    text = 'Resources ministers have met in Brisbane to talk about gas.\n"We agree," King said.'
    assert extract(text, JULY_1).city == "Brisbane"


def test_a_capitalised_word_before_a_noun_is_no_city():
    text = 'The committee met in Plenary session at Downing Street.\n"We agree," Kim said.'
    assert extract(text, JULY_1).city == ""


def test_a_building_where_the_meeting_was_is_the_venue_not_the_host():
    text = (
        "The prime minister presided over a meeting of the council of ministers at the Rashtrapati "
        'Bhavan Cultural Centre on Tuesday.\n"It went well," an official said.'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.host) == ("Rashtrapati Bhavan Cultural Centre", None)
    assert found.institutions == []


def test_a_venue_named_by_a_short_form_is_given_by_the_full_name():
    text = (
        "중기부는 소상공인시장진흥공단(소진공)과 일한다. 한 장관은 11일 소진공 본부에서 "
        f"간담회를 열었다.\n{QUOTE_KO}"
    )
    assert extract(text, JULY_1).venue == "소상공인시장진흥공단 본부"


def test_a_named_place_the_minister_visited_for_the_meeting_is_the_venue():
    text = f"한 장관이 대전에 있는 한국조폐공사 본부를 방문해 간담회를 열었다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("한국조폐공사 본부", "대전")


def test_a_site_visited_without_a_name_is_no_venue():
    text = f"한 장관이 1일 현장을 방문해 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).venue == ""


def test_a_museums_hall_keeps_the_museums_name():
    text = f"황 장관은 31일 국립현대미술관 서울관에서 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).venue == "국립현대미술관 서울관"


def test_a_venue_given_only_in_a_photo_caption_is_the_venue():
    text = (
        "한 총리는 24일 출입기자들과 간담회를 했다.\n"
        "한덕수 국무총리가 24일 정부서울청사에서 발언하고 있다. [사진=총리실]\n"
        f"{QUOTE_KO}"
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("정부서울청사", "서울")


def test_a_bylines_city_places_a_story_without_a_dateline():
    text = (
        "PM chairs meet with ministers\nBy HT Correspondent, Hindustan Times, New Delhi\n"
        'The prime minister met ministers on Tuesday.\n"It went well," an official said.'
    )
    assert extract(text, JULY_1).city == "New Delhi"


def test_a_place_the_guests_were_invited_to_is_the_venue():
    text = f"대통령이 15일 기업인 130여 명을 청와대 영빈관으로 불러 연 간담회는 자유로웠다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert (found.venue, found.host) == ("청와대 영빈관", "청와대")


def test_a_short_form_printed_with_the_venue_is_not_part_of_it():
    text = f"권 장관은 8일 안산 경기테크노파크(TP)에서 열린 간담회에서 말했다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).venue == "경기테크노파크"


def test_a_spokesmans_briefing_is_not_the_meeting():
    text = (
        "김 총리는 5일 처음으로 국무회의에 참석했다.\n"
        "강 대변인은 이날 오전 용산 대통령실에서 브리핑을 열고 이같이 전했다.\n"
        f"{QUOTE_KO}"
    )
    assert extract(text, JULY_1).venue == ""


def test_an_english_venue_whose_name_holds_a_city_gives_that_city():
    text = 'The ministry held a council at the Government Complex Sejong.\n"We will pay," Han said.'
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("Government Complex Sejong", "Sejong")


def test_korean_venue_keeps_the_building_and_floor_before_the_room():
    text = '한빛협회는 1일 서울 한빛센터 12층 난초홀에서 정기총회를 열었다. 오다은 회장은 "감사하다"고 말했다.'
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("한빛센터 12층 난초홀", "서울")


def test_korean_government_complex_names_its_city_and_its_hall_is_no_body():
    text = (
        "행정안전부는 1일 정부대전청사 대강당에서 정책 토론회를 개최했다. "
        '나서윤 장관은 "현장이 답"이라고 말했다.'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city, found.host) == ("정부대전청사 대강당", "대전", "행정안전부")
    assert "대강당" not in [i.name for i in found.institutions]


def test_korean_tea_talk_is_an_occasion_not_a_venue():
    text = '대통령은 1일 기업인 10명과 차담회를 열었다. 대통령은 청주 차담회에서 "고맙다"고 말했다.'
    assert extract(text, JULY_1).venue == ""


def test_a_head_of_governments_seat_is_the_venue_not_the_host():
    text = (
        "The president held a luncheon with farm leaders at the Blue House on Monday, the "
        'ministry said.\nKim Min-ji said, "We talked."'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.host) == ("Blue House", None)


def test_a_seat_described_in_lower_case_gives_the_venue_and_its_city():
    text = (
        "Held at the presidential office in Mapo, Seoul, the roundtable drew 20 executives.\n"
        'Kim Min-ji said, "We talked."'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("presidential office", "Seoul")


def test_a_district_named_as_one_gives_the_city_after_it():
    text = (
        "The council met at Harbour House Gaon in Yeonsu District, Incheon, on Monday.\n"
        'Kim Min-ji said, "We talked."'
    )
    found = extract(text, JULY_1)
    assert (found.venue, found.city) == ("Harbour House Gaon", "Incheon")


def test_a_korean_room_with_its_office_in_a_dated_sentence_is_the_venue():
    text = (
        "울진군이 송년 간담회를 열었다. 군은 전날 군청 제3회의실에서 한 해를 돌아봤다.\n"
        '군수는 "고맙다"고 말했다.'
    )
    assert extract(text, JULY_1).venue == "군청 제3회의실"


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The talks took place on the sidelines of the G20 meeting in New Delhi last week.", "New Delhi"),
        ("The ministers met in Kuala Lumpur on Friday.", "Kuala Lumpur"),
        ("The summit was held in San Salvador.", "San Salvador"),
    ],
)  # fmt: skip
def test_a_city_named_in_two_words_is_named_whole(sentence, city):
    assert extract(f"{sentence}\n{QUOTE_EN}", JULY_1).city == city


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The two Koreas opened a meeting in the DPRK's border city of Kaesong.", "Kaesong"),
        ("Talks were held in the port city of Mombasa.", "Mombasa"),
        ("The Belarusian-Russian talks at the highest level in Minsk were very effective.", "Minsk"),
        ("The meeting took place as the North blew up an office in its border city of Kaesong.", ""),
    ],
)  # fmt: skip
def test_the_city_the_meetings_sentence_names_is_the_city(sentence, city):
    assert extract(f"{sentence}\n{QUOTE_EN}", JULY_1).city == city


@pytest.mark.parametrize(
    ("lede", "city"),
    [
        ("TORONTO — Premier Doug Ford met Ontario mayors on Monday.", "Toronto"),
        ("NEW DELHI – The ministers met on Monday.", "New Delhi"),
        ("UPDATE — The ministers met on Monday.", ""),
    ],
)
def test_a_city_in_capitals_and_a_dash_before_the_lede_is_the_city(lede, city):
    text = f"The Voice of Canada News:\n{lede}\n{QUOTE_EN}"
    assert extract(text, JULY_1).city == city


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "김진태 지사는 19일 서울 중구 프레지던트 호텔에서 열린 총회에 참석했다.",
            "프레지던트 호텔",
        ),
        ("시는 3일 해운대 그랜드 호텔에서 간담회를 열었다.", "그랜드 호텔"),
        ("구청장은 4일 구청 보라매실에서 상인들과 간담회를 가졌다.", "구청 보라매실"),
        (
            "문 대통령은 19일 청와대 본관 충무실로 언론사 사장들을 불러 오찬 간담회를 열었다.",
            "청와대 본관 충무실",
        ),
    ],
)
def test_a_korean_venue_is_named_whole(text, venue):
    assert extract(text, JULY_1).venue == venue


def test_the_meeting_a_head_chairs_is_where_its_venue_is_read():
    text = (
        "윤석열 대통령이 26일 정부세종청사에서 첫 국무회의를 주재했다.\n\n"
        "후보들은 23일 국무총리실 앞 야외마당에서 기자회견을 열고 협약을 맺었다."
    )
    assert extract(text, JULY_1).venue == "정부세종청사"


@pytest.mark.parametrize(
    ("lede", "city"),
    [
        (
            "NEW DELHI - The two ministers met on Tuesday to talk about trade and energy.",
            "New Delhi",
        ),
        ("DUBLIN -- The two ministers met on Tuesday to talk about trade and energy.", "Dublin"),
        (
            "SINGAPORE: The two ministers met on Tuesday to talk about trade and energy.",
            "Singapore",
        ),
        (
            "SINGAPORE : The two ministers met on Tuesday to talk about trade and energy.",
            "Singapore",
        ),
        # A headline's kicker, a page's label and a transcript's label are no dateline.
        ("DENIED: Two mayors say their talks were rebuffed", ""),
        ("UPDATE: The two ministers met on Tuesday to talk about trade and energy.", ""),
        ("MINISTER: We met on Tuesday to talk about trade and energy with our friends.", ""),
    ],
)
def test_a_city_in_capitals_before_a_hyphen_or_a_colon_is_the_datelines(lede, city):
    assert extract(lede, JULY_1).city == city


def test_an_address_in_brackets_after_the_venue_is_no_venue_nor_host():
    # Batch 13 (ko-205): "도농교류센터(군위군 소보면 사리1리)에서 열린 군위발전포럼".
    text = "박 군수는 이날 저녁 도농교류센터(예천군 소보면 사리1리)에서 열린 발전포럼에 참석했다."
    found = extract(text, JULY_1)
    assert found.venue == "도농교류센터"
    text = "박 군수는 이날 저녁 문화회관(소보면 사리1리)에서 열린 발전포럼에 참석했다."
    assert extract(text, JULY_1).venue == "문화회관"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # A county's own meeting, the room not naming the county.
        (
            '충북 옥천군은 3일 군청 2층 회의실에서 이장 간담회를 열었다. 김영수 군수는 "돕겠다"고 말했다.',
            "옥천",
        ),
        # A city's hall names its city.
        (
            '협의회는 5일 남원시청 소회의실에서 정기회의를 열었다. 박철 회장은 "돕겠다"고 말했다.',
            "남원",
        ),
        # A Seoul district is in Seoul.
        ('서울 마포구는 2일 주민들과 간담회를 가졌다. 박강수 구청장은 "듣겠다"고 말했다.', "서울"),
    ],
)
def test_a_local_governments_own_meeting_is_in_its_place(text, city):
    assert extract(text, JULY_1).city == city


def test_a_county_meeting_held_in_another_county_gives_no_city():
    text = (
        "충북 옥천군은 11일 영동군 양산면의 한 부대와 간담회를 가졌다. "
        '김영수 옥천군수는 "돕겠다"고 말했다.'
    )
    found = extract(text, JULY_1)
    assert (found.host, found.city) == ("옥천군", "")


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        # An office many places have keeps the place printed before it.
        ("대통령은 1일 용산 대통령실에서 시도지사 간담회를 열었다.", "용산 대통령실", "서울"),
        ("협의회는 2일 대구 남구청에서 정기회의를 열었다.", "대구 남구청", "대구"),
        # A building of its own name does not: the place is where it is.
        ("협의회는 2일 서울 포시즌스호텔에서 정기회의를 열었다.", "포시즌스호텔", "서울"),
    ],
)
def test_a_place_is_part_of_a_venue_only_before_an_office_many_places_have(text, venue, city):
    found = extract(f'{text} 김영수 회장은 "돕겠다"고 말했다.', JULY_1)
    assert (found.venue, found.city) == (venue, city)


@pytest.mark.parametrize(
    ("dateline", "city"),
    [
        ("Lusaka, June 30, ZNA – The minister", "Lusaka"),
        ("(Kigali, Tuesday, 30 June 2026)----- The minister", "Kigali"),
        ("Port Moresby, 30 June 2026\nThe minister", "Port Moresby"),
        # A day or a page's label before the date is no place.
        ("Tuesday, 30 June 2026\nThe minister", ""),
    ],
)
def test_a_place_in_title_case_before_the_date_is_the_datelines_city(dateline, city):
    text = f"{dateline} chaired the council of ministers. {QUOTE_EN}"
    assert extract(text, JULY_1).city == city


@pytest.mark.parametrize(
    ("lede", "city"),
    [
        ("The minister attended a council meeting in Valletta today.", "Valletta"),
        ("Leaders held a meeting in Tallinn on Monday.", "Tallinn"),
        # Another meeting's place, a building: no city.
        ("The minister recalled the last plenary meeting in Tartu.", ""),
        ("Reports of a special Cabinet meeting in Parliament were denied.", ""),
    ],
)
def test_a_place_after_the_ledes_meeting_is_the_city(lede, city):
    assert extract(f"{lede} {QUOTE_EN}", JULY_1).city == city
