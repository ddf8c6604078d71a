"""Dates: the meeting's date, from the sentence that tells of it, read against the publication.

Relative dates ("on the 1st", "Tuesday", "1일", "어제") need the publication date; without it
they are left unread.
"""

import datetime
import re

from . import lexicon as lx
from .sentences import MONTH_RE


def meeting_date(sentences, meeting, published_on, korean):
    """The date of the meeting sentence, else the first date of the article, or None."""
    date = find_date(meeting, published_on, korean) if meeting else None
    if date is None:
        for sentence in sentences:
            date = find_date(sentence, published_on, korean)
            if date:
                break
    return date


def find_date(sentence, published_on, korean):
    """The first date in ``sentence``, resolved against the publication date where relative."""
    found = []
    patterns = DATE_PATTERNS_KO if korean else DATE_PATTERNS_EN
    for pattern, make in patterns:
        for m in re.finditer(pattern, sentence, flags=0 if korean else re.IGNORECASE):
            try:
                day = make(m, published_on)
            except (ValueError, TypeError):
                day = None
            if day:
                found.append((m.start(), day))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def with_year(month, day, year, published_on):
    if year:
        return datetime.date(int(year), month, int(day))
    if not published_on:
        return None
    date = datetime.date(published_on.year, month, int(day))
    # A date weeks after the publication belongs to the year before.
    if date > published_on + datetime.timedelta(days=31):
        date = date.replace(year=date.year - 1)
    return date


def day_of_month(day, published_on):
    """The ``day`` reported in an article of ``published_on``: this month, or the one before."""
    if not published_on:
        return None
    day = int(day)
    if day <= published_on.day:
        return published_on.replace(day=day)
    previous = published_on.replace(day=1) - datetime.timedelta(days=1)
    return previous.replace(day=day)


def weekday(name, published_on):
    if not published_on:
        return None
    back = (published_on.weekday() - lx.WEEKDAYS_EN.index(name.lower())) % 7
    return published_on - datetime.timedelta(days=back)


DATE_PATTERNS_EN = [
    (r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m, p: datetime.date(*map(int, m.groups()))),
    (
        rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",
        lambda m, p: with_year(lx.MONTHS_EN[m[1].lower()], m[2], m[3], p),
    ),
    (
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b",
        lambda m, p: with_year(lx.MONTHS_EN[m[2].lower()], m[1], m[3], p),
    ),
    (r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", lambda m, p: day_of_month(m[1], p)),
    (rf"\b({'|'.join(lx.WEEKDAYS_EN)})\b", lambda m, p: weekday(m[1], p)),
    (r"\byesterday\b", lambda m, p: p - datetime.timedelta(days=1) if p else None),
    (r"\btoday\b", lambda m, p: p),
]


DATE_PATTERNS_KO = [
    (r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?", lambda m, p: datetime.date(*map(int, m.groups()))),
    (
        r"(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일",
        lambda m, p: with_year(int(m[2]), m[3], m[1], p),
    ),
    (r"(?<![\d,.월])(\d{1,2})일(?![간째차])", lambda m, p: day_of_month(m[1], p)),
    (r"어제", lambda m, p: p - datetime.timedelta(days=1) if p else None),
    (r"오늘", lambda m, p: p),
]
