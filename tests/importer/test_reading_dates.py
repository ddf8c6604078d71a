"""Dates: the meeting's date, read against the publication date where relative."""

import datetime

import pytest

from council.importer.reading import extract
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
