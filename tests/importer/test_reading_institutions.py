"""Institutions: the bodies the narrative names, and the host."""

from council.importer.reading import extract
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
