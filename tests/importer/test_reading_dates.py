"""Dates: the meeting's date, read against the publication date where relative."""

import datetime

import pytest

from council.importer.reading import extract
from council.importer.reading.sentences import meeting_sentence
from tests.importer.helpers import JULY_1


@pytest.mark.parametrize(
    ("sentence", "published_on", "date"),
    [
        ("The ministry said on the 1st that it held a meeting", JULY_1, "2026-07-01"),
        ("The ministry said on the 30th that it held a meeting", JULY_1, "2026-06-30"),
        ("The ministry held a meeting on Monday", datetime.date(2026, 6, 9), "2026-06-08"),
        ("The ministry held a meeting on May 13, 2026", JULY_1, "2026-05-13"),
        ("The ministry held a meeting on Feb. 23", datetime.date(2026, 2, 24), "2026-02-23"),
        ("중기부는 1일 청주에서 회의를 개최했다고 밝혔다", JULY_1, "2026-07-01"),
        ("중기부는 10월 5일 회의를 개최했다", datetime.date(2026, 10, 6), "2026-10-05"),
    ],
)
def test_meeting_date_is_resolved_against_the_publication_date(sentence, published_on, date):
    text = f'{sentence}. Kim Min-ji said, "Yes."'
    assert extract(text, published_on).as_dict()["date"] == date


def test_relative_date_without_a_publication_date_is_left_empty_with_a_warning():
    extraction = extract('The ministry said on the 1st that it held a meeting. Kim said, "Yes."')
    assert extraction.date is None
    assert "no_publication_date" in extraction.warnings


def test_a_day_after_the_publication_day_in_a_report_is_last_months():
    text = '중기부는 28일 간담회를 열었다. 김 장관은 "하겠다"고 말했다.'
    assert extract(text, datetime.date(2026, 9, 1)).date == datetime.date(2026, 8, 28)


def test_a_day_after_the_publication_day_of_a_meeting_still_to_come_is_this_months():
    text = '정책협의회가 4일 첫 회의를 연다. 윤 대변인은 "참석한다"고 밝혔다.'
    assert extract(text, datetime.date(2026, 9, 1)).date == datetime.date(2026, 9, 4)


def test_an_english_meeting_still_to_come_on_a_later_day_is_this_months():
    text = 'The council will meet on the 4th, the ministry said. Kim said, "Yes."'
    assert extract(text, datetime.date(2026, 9, 1)).date == datetime.date(2026, 9, 4)


@pytest.mark.parametrize(
    ("words", "date"), [("지난달 3일", "2026-08-03"), ("다음 달 3일", "2026-10-03")]
)
def test_last_month_and_next_month_name_the_month_of_a_korean_day(words, date):
    text = f'출입기자들은 {words} 회의를 열었다. 김 기자는 "하겠다"고 말했다.'
    assert extract(text, datetime.date(2026, 9, 10)).as_dict()["date"] == date


def test_the_sentence_where_the_ministry_met_a_group_gives_the_date():
    text = (
        "On December 4 (Tuesday), the ministry met the federation's presidents.\n"
        'The talks followed up on the "Contest" held on November 12.\nKim said, "Yes."'
    )
    assert extract(text, datetime.date(2026, 12, 20)).date == datetime.date(2026, 12, 4)


def test_a_wire_datelines_day_dates_a_story_whose_meeting_sentence_gives_none():
    text = (
        "SEJONG, Nov. 12 (Yonhap) -- The finance minister chaired a council with exporters.\n"
        'Exports rose 5 percent in October, the ministry said.\n"We will help," Kim said.'
    )
    assert extract(text, datetime.date(2026, 11, 12)).date == datetime.date(2026, 11, 12)


def test_a_date_still_to_come_in_an_unrelated_sentence_is_not_the_meetings():
    text = (
        "홍보처는 기자단에 기사송고실로 옮기라고 요구했습니다.\n"
        '기자들은 다음 달 3일 자체 회의를 열어 대응하기로 했습니다. 김 기자는 "간다"고 말했다.'
    )
    assert extract(text, datetime.date(2026, 10, 30)).date is None


def test_a_weekday_of_a_meeting_still_to_come_is_the_next_one():
    # 1 July 2026 is a Wednesday.
    text = "The council will meet exporters on Friday to hear their concerns."
    assert extract(text, JULY_1).date == datetime.date(2026, 7, 3)
    text = "The council met exporters on Friday to hear their concerns."
    assert extract(text, JULY_1).date == datetime.date(2026, 6, 26)


def test_a_weekday_after_a_past_verb_is_a_day_gone_by_though_the_sentence_has_will():
    text = "The agency will cut fees from May, it said at a council meeting held Friday."
    assert extract(text, JULY_1).date == datetime.date(2026, 6, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks have tentatively been set for next week, possibly Tuesday",
        "The ministers may meet, perhaps on the 3rd",
        "The council will sit again, probably on Monday",
    ],
)
def test_a_day_the_text_only_guesses_is_no_date(sentence):
    text = f'{sentence}. Kim Min-ji said, "Yes."'
    assert extract(text, datetime.date(2019, 10, 25)).date is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The celebrations, due to begin on November 1, were planned at a meeting", "2016-11-01"),
        ("The review is scheduled for January 10 at a council meeting", "2017-01-10"),
        ("The ministers met on November 1 at a council meeting", "2015-11-01"),
    ],
)
def test_a_date_to_come_keeps_the_year_ahead_and_one_gone_by_the_year_before(sentence, date):
    text = f'{sentence}. Kim Min-ji said, "Yes."'
    assert extract(text, datetime.date(2016, 9, 22)).as_dict()["date"] == date


def test_a_meeting_word_inside_a_quoted_name_tells_of_no_meeting():
    sentences = [
        "경북 봉화군 춘양면에서 '찾아가는 열린 군수실 개최'",
        "군은 지난 17일 주민들을 대상으로 '찾아가는 열린 군수실'을 열어 간담회를 가졌다.",
    ]
    assert meeting_sentence(sentences, True) == sentences[1]


def test_a_print_editions_date_line_dates_a_text_pasted_without_one():
    text = (
        "지역 경제를 살리는 길은 사람에 있다.-박정호 충북상공회의소 회장,3일 청주에서 열린 "
        "신년회에서-\n2019-01-04 22면\nCopyright ⓒ 한빛신문 All rights reserved."
    )
    assert extract(text, None).date == datetime.date(2019, 1, 3)


def test_a_number_with_a_comma_is_no_day():
    text = "중기부는 1,27일 동안 지원사업을 운영했다고 밝혔다."
    assert extract(text, JULY_1).date is None


@pytest.mark.parametrize(
    ("lede", "date"),
    [
        # A dateline's date, then the meeting's day gone by.
        (
            "LUSAKA, July 1, 2026 - The Council of Ministers opened its session on Tuesday",
            "2026-06-30",
        ),
        (
            "Today, the notes were released of the task force's first meeting yesterday",
            "2026-06-30",
        ),
        # The day of writing is the meeting's when the other day is to come.
        ("The minister will attend the council today, before the summit on Monday", "2026-07-01"),
    ],
)
def test_a_day_gone_by_after_the_day_of_writing_is_the_meetings(lede, date):
    text = f'{lede}. Kim Min-ji said, "Yes."'
    assert str(extract(text, JULY_1).date) == date


def test_that_day_with_no_day_named_is_the_day_of_the_report():
    text = '김 총리는 이날 정부서울청사에서 국무회의를 주재했다. 김 총리는 "돕겠다"고 말했다.'
    assert extract(text, JULY_1).date == JULY_1


def test_that_day_after_a_day_named_is_that_day():
    text = (
        "중기부는 29일 세종에서 간담회를 열었다. 이날 간담회에는 10명이 참석했다. "
        '김 장관은 "돕겠다"고 말했다.'
    )
    assert str(extract(text, JULY_1).date) == "2026-06-29"


def test_a_releases_month_and_day_with_its_weekday_is_a_date():
    text = '한 총리는 6.26(금) 출입기자단을 공관으로 불러 간담회를 열었다. 한 총리는 "돕겠다"고 말했다.'
    assert str(extract(text, JULY_1).date) == "2026-06-26"
