"""Dates: the meeting's date, from the sentence that tells of it, read against the publication.

Relative dates ("on the 1st", "Tuesday", "1일", "어제") need the publication date; without it
they are left unread.
"""

import datetime
import re

from . import lexicon as lx
from .sentences import MONTH_RE

# "2004-10-28 22면", "2019.3.5 A3면": the print edition's date and page, on a line of its own.
PRINT_EDITION = re.compile(
    r"^\s*(\d{4})[-.](\d{1,2})[-.](\d{1,2})\.?\s+[A-Z]?\d{1,2}\s?면\s*$", re.MULTILINE
)


def print_edition_date(text):
    """The date of the paper a text was printed in, where the page gives it, or None."""
    m = PRINT_EDITION.search(text)
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def meeting_date(sentences, meeting, published_on, korean, dateline=""):
    """The date of the meeting sentence, else the wire's ``dateline`` ("SEOUL, Dec. 1
    (Yonhap) --": the story is of that day), else the first date of the article, or None."""
    date = find_date(meeting, published_on, korean) if meeting else None
    if date is None and dateline:
        date = find_date(dateline, published_on, False)
    if date is None:
        # Any other sentence's date, unless it is still to come: a report tells of a meeting
        # held, and one announced is in the meeting sentence ("4일 첫 회의를 연다").
        for sentence in sentences:
            date = find_date(sentence, published_on, korean)
            if date and (published_on is None or date <= published_on):
                break
            date = None
    if date is None and korean and any(THAT_DAY_KO.search(s) for s in sentences):
        # "김 총리는 이날 … 국무회의를 주재하고": "that day" with no day named before it (the
        # article's dated lines cut off) is the day of the report, the publication's.
        date = published_on
    return date


THAT_DAY_KO = re.compile(r"(?:^|\s)이날\s")


def find_date(sentence, published_on, korean):
    """The first date in ``sentence``, resolved against the publication date where relative."""
    found = []
    patterns = DATE_PATTERNS_KO if korean else DATE_PATTERNS_EN
    # A meeting still to come ("4일 첫 회의를 연다", "will meet on Tuesday") is read forward.
    ahead = bool((FUTURE_KO if korean else FUTURE_EN).search(sentence))
    for pattern, make in patterns:
        for m in re.finditer(pattern, sentence, flags=0 if korean else re.IGNORECASE):
            if not korean and HEDGED_EN.search(sentence, max(0, m.start() - 16), m.start()):
                # "set for early next week, possibly Tuesday": a day guessed is no date.
                continue
            try:
                day = make(m, published_on, ahead)
            except (ValueError, TypeError):
                day = None
            if day:
                found.append((m.start(), day))
    if not found:
        return None
    found.sort(key=lambda pair: pair[0])
    first = found[0][1]
    # "ABUJA, December 18, 2019 - The Council opened its session on the 17th", "Today, the
    # minutes were released of the meeting yesterday": the day of the writing first, the
    # meeting's, gone by, after it. (A Korean lede's "16일 … 전날(15일) 열린 …" is of another
    # occasion, and a sentence of what is to come names no day gone by.)
    earlier = [day for _, day in found[1:] if day < first]
    if not korean and not ahead and first == published_on and earlier:
        return earlier[0]
    return first


def with_year(month, day, year, published_on, ahead=False):
    if year:
        return datetime.date(int(year), month, int(day))
    if not published_on:
        return None
    date = datetime.date(published_on.year, month, int(day))
    # A date weeks after the publication belongs to the year before, unless the sentence
    # tells of what is to come ("due to begin on November 1"), and one before it then to the
    # year after.
    if not ahead and date > published_on + datetime.timedelta(days=31):
        date = date.replace(year=date.year - 1)
    if ahead and date < published_on - datetime.timedelta(days=31):
        date = date.replace(year=date.year + 1)
    return date


def day_of_month(day, published_on, ahead=False, months=0):
    """The ``day`` an article of ``published_on`` names: this month's when it has come, else
    the month before's (a report tells of days gone by), unless the sentence is ``ahead``, of a
    meeting to come (this month's then). ``months``: "다음 달" (+1), "지난달" (-1) say which."""
    if not published_on:
        return None
    day = int(day)
    if not months and day > published_on.day:
        months = 0 if ahead else -1
    first = published_on.replace(day=1)
    year, month = divmod(first.month - 1 + months, 12)
    return datetime.date(first.year + year, month + 1, day)


def weekday(name, published_on, ahead=False):
    """The last such weekday on or before the publication: a report tells of days gone by;
    the next on or after it when the sentence is ``ahead``, of a meeting to come."""
    if not published_on:
        return None
    back = (published_on.weekday() - lx.WEEKDAYS_EN.index(name.lower())) % 7
    if ahead:
        return published_on + datetime.timedelta(days=(7 - back) % 7)
    return published_on - datetime.timedelta(days=back)


def future_before(m):
    """Whether the verb the weekday at ``m`` goes with is in the future: "will meet on
    Friday", not "said on Monday that it will …" nor "will act, it said at a meeting held
    Wednesday"."""
    before = m.string[max(0, m.start() - 80) : m.start()]
    futures = list(FUTURE_EN.finditer(before))
    if not futures:
        return False
    between = before[futures[-1].end() :]
    return "," not in between and not PAST_EN.search(between)


PAST_EN = re.compile(r"\b(?:said|met|held|told|took|gave|\w+ed)\b")

FUTURE_EN = re.compile(
    r"\b(?:will|is to|are to|(?:is|are) due to|due to (?:begin|start|open|meet|be held|take "
    r"place)|is set to|are set to|(?:been|is|are) (?:set|scheduled|slated|planned) for)\b"
)
# A word that makes the day after it a guess: "possibly Tuesday", "perhaps on the 3rd".
HEDGED_EN = re.compile(
    r"\b(?:possibly|perhaps|probably|maybe|tentatively|likely)\s+(?:on\s+)?$", re.I
)
FUTURE_KO = re.compile(r"(?:연다|열 예정|개최할 예정|개최한다|가질 예정|예정이다|열린다|할 계획)")
MONTH_OFFSETS_KO = {"지난달": -1, "지난 달": -1, "이번 달": 0, "이달": 0, "다음 달": 1, "다음달": 1}


DATE_PATTERNS_EN = [
    (r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m, p, a: datetime.date(*map(int, m.groups()))),
    (
        rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",
        lambda m, p, a: with_year(lx.MONTHS_EN[m[1].lower()], m[2], m[3], p, a),
    ),
    (
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b",
        lambda m, p, a: with_year(lx.MONTHS_EN[m[2].lower()], m[1], m[3], p, a),
    ),
    (r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", lambda m, p, a: day_of_month(m[1], p, a)),
    (
        rf"\b({'|'.join(lx.WEEKDAYS_EN)})\b",
        lambda m, p, a: weekday(m[1], p, a and future_before(m)),
    ),
    (r"\byesterday\b", lambda m, p, a: p - datetime.timedelta(days=1) if p else None),
    (r"\btoday\b", lambda m, p, a: p),
]


DATE_PATTERNS_KO = [
    (
        r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?",
        lambda m, p, a: datetime.date(*map(int, m.groups())),
    ),
    # "8.27(화)": a release's month and day, with the weekday.
    (
        r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s?\([월화수목금토일]\)",
        lambda m, p, a: with_year(int(m[1]), m[2], None, p, a),
    ),
    (
        r"(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일",
        lambda m, p, a: with_year(int(m[2]), m[3], m[1], p),
    ),
    (
        rf"({'|'.join(MONTH_OFFSETS_KO)})\s*(\d{{1,2}})일",
        lambda m, p, a: day_of_month(m[2], p, a, MONTH_OFFSETS_KO[m[1]]),
    ),
    # "회장,27일" is a day; "3,27일" and "1.27일" a number's digits.
    (r"(?<![\d월])(?<!\d[,.])(\d{1,2})일(?![간째차])", lambda m, p, a: day_of_month(m[1], p, a)),
    (r"어제", lambda m, p, a: p - datetime.timedelta(days=1) if p else None),
    (r"오늘", lambda m, p, a: p),
]
