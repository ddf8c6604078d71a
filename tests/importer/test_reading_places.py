"""Places: the meeting's venue and city."""

import datetime

from council.importer.reading import extract
from tests.importer.helpers import JULY_1


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
