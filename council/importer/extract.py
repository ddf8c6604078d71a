"""Read a press release or news article, in English or Korean, and find the meeting it reports.

Pure Python rules: no Django, no network, no model. ``extract(text, published_on)`` returns an
:class:`Extraction` (the meeting's date, venue, city and host; the institutions and policy items
named; every quoted passage in order with its speaker's name, role and institution) or raises
:class:`ExtractionError` with a code saying why the text cannot be read.

How the rules work, in the order ``extract`` applies them:

1. The text is checked (empty, too long, binary) and split into paragraphs. What a web page adds
   around a pasted article is dropped first: menus and buttons, timestamps, bylines and e-mails,
   photo captions and credits, tables pasted as tab-separated rows, contacts with phone numbers,
   lists of other articles under their heading, and all after the end mark ("(END)", "<끝>") or
   the copyright notice. Leading lines without a full stop (headline, subtitle, byline), and any
   down to a subtitle between dashes, are the header: they give the title (the first that reads
   as a headline, not the site's name) and nothing else. In the body, a bullet ("□", "ㅇ", "-")
   is layout and a sub-head ("◆ …" without a full stop) is dropped like the headline.
2. Double quotation marks, straight or curly, are paired paragraph by paragraph. A quotation left
   open at a paragraph's end must be reopened at the start of the next (the English convention for
   a quote over several paragraphs); any other open quotation is an error. An English article
   without double marks quotes in single ones (the British style): those are paired first, the
   apostrophes inside words ("don't") left alone.
3. Each quotation is either speech (introduced by a verb of saying, or closed by one, or standing
   as a sentence of its own) or a name in quotes (a council, a plan, a bill).
4. Speech is attributed from the words before it ("Name, title, said, “…”"), else the words after
   it ("“…,” said Name"), else to the person last speaking (continuations, "he added"). Unnamed
   speakers ("an official said") keep the role as printed and are flagged for review, as is a
   bare surname that two people of the article share.
5. Names in quotes that end like a plan, bill or programme are policy items, with the status the
   text gives them; those ending like a council name the council.
"""

import bisect
import datetime
import enum
import re
import unicodedata
from dataclasses import dataclass, field

from . import lexicon as lx

# An article is a few thousand characters; a hundred thousand is a book chapter.
MAX_CHARS = 100_000

DOUBLE_QUOTES = '"“”＂„‟'
HANGUL = re.compile(r"[가-힣]")
MONTH_RE = "|".join(sorted(lx.MONTHS_EN, key=len, reverse=True))


class ExtractionError(ValueError):
    """The text cannot be read as an article. ``code`` says why; ``params`` the details."""

    MESSAGES = {
        "empty": "The text is empty.",
        "too_long": "The text is {length} characters long; paste one article of at most {limit}.",
        "binary": "The text looks like binary data, not an article.",
        "no_quotes": "No quoted remark was found: the text has no passage in quotation marks.",
        "unbalanced": "A quotation mark in paragraph {paragraph} is never closed: “{start}…”.",
    }

    def __init__(self, code, **params):
        self.code = code
        self.params = params
        super().__init__(self.MESSAGES[code].format(**params))


@dataclass
class FoundInstitution:
    name: str
    short_name: str = ""
    kind: str = "other"
    # From the built-in list of well-known bodies, when the text's name is on it.
    name_en: str = ""
    name_ko: str = ""


@dataclass
class FoundPolicyItem:
    name: str
    kind: str
    status: str
    status_note: str = ""


@dataclass
class FoundRemark:
    quote: str
    speaker: str | None
    role: str
    institution: str | None
    # The title alone ("Professor"), for a new person's appointment.
    title: str = ""
    needs_review: bool = False
    note: str = ""


class FlagKind(enum.StrEnum):
    """A passage the reader could not read as it stands; staff see it in the review."""

    UNCLOSED_QUOTE = "unclosed_quote"
    UNMARKED_QUOTE = "unmarked_quote"
    UNREADABLE = "unreadable"
    NO_QUOTES = "no_quotes"
    TIME_BUDGET = "time_budget"


@dataclass(frozen=True)
class Flag:
    """What the review shows above the proposal: "paragraph 7: a quotation mark is never closed"."""

    kind: FlagKind
    # 1-based, counted over the article's paragraphs as the review shows them; None for the whole.
    paragraph: int | None = None
    excerpt: str = ""

    MESSAGES = {
        FlagKind.UNCLOSED_QUOTE: "a quotation mark is never closed",
        FlagKind.UNMARKED_QUOTE: "a quotation without marks, read as a remark",
        FlagKind.UNREADABLE: "this passage could not be read",
        FlagKind.NO_QUOTES: "no quoted remark was found; the meeting is proposed without remarks",
        FlagKind.TIME_BUDGET: "the text took too long to read; what was read so far is proposed",
    }

    @property
    def message(self):
        where = f"paragraph {self.paragraph}: " if self.paragraph else ""
        text = f"{where}{self.MESSAGES[self.kind]}"
        return f"{text}: “{self.excerpt}…”" if self.excerpt else text


@dataclass
class Extraction:
    language: str
    date: datetime.date | None
    venue: str
    city: str
    host: str | None
    council: str
    title: str
    summary: str
    is_translation: bool
    institutions: list[FoundInstitution] = field(default_factory=list)
    policy_items: list[FoundPolicyItem] = field(default_factory=list)
    remarks: list[FoundRemark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The source: who published the text ("Yonhap", "중소벤처기업부"), "" when it does not say.
    publisher: str = ""
    flags: list[Flag] = field(default_factory=list)

    def as_dict(self):
        """The extraction as printed by ``import_article --dry-run --json``."""
        return {
            "council": self.council or None,
            "source": {"publisher": self.publisher or None, "title": self.title or None},
            "flags": [flag.message for flag in self.flags],
            "date": self.date.isoformat() if self.date else None,
            "venue": self.venue or None,
            "city": self.city or None,
            "host": self.host,
            "institutions": [i.name for i in self.institutions],
            "policy_items": [p.name for p in self.policy_items],
            "remarks": [
                {
                    "speaker": r.speaker,
                    "role": r.role or None,
                    "institution": r.institution,
                    "quote": r.quote,
                }
                for r in self.remarks
            ],
        }


# --- Reading the text ----------------------------------------------------------------------


def prepare(text):
    """Check the text and return it normalised, or raise ExtractionError."""
    if text is None or not text.strip():
        raise ExtractionError("empty")
    if len(text) > MAX_CHARS:
        raise ExtractionError("too_long", length=f"{len(text):,}", limit=f"{MAX_CHARS:,}")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\t")
    )
    if "\x00" in text or junk > max(2, len(text) // 100):
        raise ExtractionError("binary")
    # Tabs are kept: they tell a pasted table's rows from the article's lines.
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u3000]", " ", text).replace("\u200b", "")
    if not text.strip():
        raise ExtractionError("empty")
    return text


def paragraphs_of(text):
    """``(header lines, body paragraphs)``: one paragraph per non-empty line of the article."""
    lines = article_lines(text.split("\n"))
    first_body = next((i for i, line in enumerate(lines) if ends_sentence(line)), None)
    if first_body is None:
        return [], lines
    # A subtitle between dashes ("- … -") closes the header, even under a headline that ends
    # like a sentence ("…AI 전환 앞당긴다").
    subtitles = [i for i, line in enumerate(lines[:6]) if re.fullmatch(r"[-–—].*[-–—]", line)]
    first_body = max(first_body, subtitles[-1] + 1) if subtitles else first_body
    body = [line for line in lines[first_body:] if not is_subhead(line)]
    return lines[:first_body], [strip_dateline(BULLET.sub("", line)) for line in body]


# --- What the page around the article adds ---------------------------------------------------

# A browser's copy of a page carries its menus, buttons, timestamps, bylines, captions, lists of
# other articles and footers. They are dropped line by line before anything is read, so that
# none of them becomes a remark, a speaker, an institution, a venue or the title.
COUNT = re.compile(r"[\d,]+")
TABLE_ROW = re.compile(r"\S\s*\t+\s*\S")
NAVIGATION_SEPARATOR = re.compile(r"\s*[|>›»]\s*")
CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
YEAR = re.compile(r"(?<!\d)20\d{2}(?!\d)")
TIMESTAMP_LABEL = re.compile(
    r"^(?:입력|수정|등록|승인|송고|기사입력|최종수정|업데이트|Published|Updated|Posted|Modified|"
    r"Last updated)\s*:?\s*\d",
    re.IGNORECASE,
)
BYLINE_LABEL = re.compile(
    r"^(?:By|Reporters?|Written by|Reported by|Edited by)\s*:?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?$"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")
COPYRIGHT = re.compile(
    r"[©ⓒ]|\(c\)\s|copyright|저작권자|무단\s?전재|재배포\s?금지|all rights reserved", re.IGNORECASE
)
END_MARK = re.compile(r"[(<\[/-]?\s*(?:END|끝)\s*[)>\]/-]?")
# "*January-October. Source: KBIZ", "자료: 중기부": the note under a table or chart.
SOURCE_NOTE = re.compile(r"(?:^|[\s.*])(?:Sources?|출처|자료)\s?:\s?[^.!?]*$")
LIST_HEADING = re.compile(
    rf"[\[【<(▶▷☞■◆]*\s*(?:{lx.ARTICLE_LIST_HEADINGS})\s*[\]】>)]*", re.IGNORECASE
)
# A caption: a credit after its last full stop ("… on Thursday. (Yonhap)", "…있다. [사진=…]",
# "…./Courtesy of …"), a photo label before it ("<사진>"), someone's place in the photo, or
# the caption arrow before a scene described as it happens ("▲ … 발언하고 있다.").
PHOTO_CREDIT = re.compile(
    r"[.!?]\s*(?:[\[(<](?P<credit>[^\[\]()<>]{1,40})[\])>]|/\s*(?P<slash>\S.{0,60}))$"
)
PHOTO_LABEL = re.compile(
    r"^(?:[<\[(]\s*사진\s*[>\])]|사진\s?[=:]|photo(?: by| courtesy)?\s?[:=]?\s)", re.I
)
PHOTO_POSITION = re.compile(lx.PHOTO_POSITIONS, re.IGNORECASE)
CAPTION_SCENE_KO = re.compile(r"^[▲△]\s*\S.*있다\.?$")
# Without a credit, an English caption still reads as one: a sentence in the present tense that
# the narrative's past tense would not use for a day gone by ("… speaks … on Tuesday.").
CAPTION_SCENE_EN = re.compile(
    rf"^[A-Z][^\"“”]*\b(?:{'|'.join(lx.CAPTION_VERBS_EN)})\b[^\"“”]*\bon "
    rf"(?:{'|'.join(lx.WEEKDAYS_EN)}|(?:{MONTH_RE})\.? \d{{1,2}}(?:, \d{{4}})?)\.$",
    re.IGNORECASE,
)
# A reporter's byline stuck to a paragraph's last sentence: "…말했다. /김민수 기자", "… 기자 a@b.kr".
TRAILING_BYLINE_KO = re.compile(r"(?<=다\.)\s*/?\s*[가-힣]{2,4}\s?기자(?:\s+[\w.+-]+@[\w.-]+)?$")


def article_lines(raw_lines):
    """The article's own lines, tidied: what the page around it adds is left out."""
    lines = []
    under_list_heading = told = False
    for raw in raw_lines:
        if TABLE_ROW.search(raw):
            continue
        line = re.sub(r"\s{2,}", " ", raw.replace("\t", " ")).strip()
        line = TRAILING_BYLINE_KO.sub("", line)
        if not line:
            continue
        # After the article's first sentence, the end mark or the copyright notice closes it:
        # the rest is the site's.
        if told and (END_MARK.fullmatch(line) or COPYRIGHT.search(line)):
            break
        if LIST_HEADING.fullmatch(line):
            under_list_heading = True
            continue
        # Headlines go without a full stop; the article's next sentence ends the list.
        if under_list_heading and not re.search(r"[.!?。][\"”’')\]]*$", line):
            continue
        under_list_heading = False
        if not is_page_debris(line):
            lines.append(line)
            told = told or ends_sentence(line)
    return lines


def is_page_debris(line):
    """A line of the page, not of the article: see ``article_lines``."""
    if all(word.casefold() in lx.PAGE_BUTTONS or COUNT.fullmatch(word) for word in line.split()):
        return True  # "Share", "Font size", "좋아요 0"
    if re.fullmatch(r"[\[(<【〈《][^\[\]()<>]*[\])>】〉》]", line):
        return True  # "[사진=연합뉴스]", "(Yonhap)", "<끝>": a credit or a mark
    if COPYRIGHT.search(line) or END_MARK.fullmatch(line) or SOURCE_NOTE.search(line):
        return True
    if is_caption(line):
        return True
    if PHONE.search(line) and not any(ch in DOUBLE_QUOTES for ch in line):
        return True  # who to call: the press release's contacts
    if ends_sentence(line):
        return False
    parts = NAVIGATION_SEPARATOR.split(line)
    if len(parts) > 1 and all(len(part.split()) <= 3 and len(part) <= 20 for part in parts):
        return True  # "Home > National > Economy", "로그인 | 회원가입"
    if CLOCK_TIME.search(line) and YEAR.search(line) or TIMESTAMP_LABEL.match(line):
        return True  # "입력 2026.12.02 14:02 | 수정 …", "Economy 14:02 November 30, 2026"
    return bool(EMAIL.search(line) or BYLINE_LABEL.match(line))


def is_caption(line):
    if PHOTO_LABEL.match(line) or PHOTO_POSITION.search(line) or CAPTION_SCENE_KO.match(line):
        return True
    if CAPTION_SCENE_EN.match(line) and len(sentences([line], False)) == 1:
        return True
    m = PHOTO_CREDIT.search(line)
    if not m:
        return False
    credit = m["credit"] or m["slash"]
    # A credit names who took the photo: a label ("사진=", "Courtesy of") or a name in capitals.
    return bool(
        re.search(r"사진|제공|=|photo|courtesy", credit, re.IGNORECASE)
        or re.fullmatch(r"[A-Z][\w&.'-]*(?: (?:of|and|for|&|[A-Z][\w&.'-]*))*", credit.strip())
    )


# Layout, not words: a press release's bullets ("□", "ㅇ", "-") and a report's sub-heads ("◆").
BULLET = re.compile(r"^(?:[□■◆◇○●◎▲△▶▷►•※*ㅇ]|[-–])\s+")
SUBHEAD_MARKS = "◆◇■▶▷►▲"


def is_subhead(line):
    """ "◆ 협회 \"문턱 낮춰야\"": a headline inside the body (no full stop), its quote no remark."""
    return line[:1] in SUBHEAD_MARKS and not ends_sentence(line)


def ends_sentence(line):
    return bool(re.search(r"(?:[.!?:。]|다\.?)[\"”’')\]]*$", line))


# "SEJONG, Dec. 1 (Yonhap) --": the city the story was filed from.
DATELINE_EN = re.compile(
    r"^(?P<city>[A-Z][A-Z .'-]+),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+\([^)]{1,30}\))?\s*"
    r"[-–—]{1,2}\s*"
)


def strip_dateline(line):
    """Drop a wire dateline or byline: "SEOUL, March 12 (Yonhap) --", "(서울=연합뉴스) 김 기자 =\"."""
    line = DATELINE_EN.sub("", line)
    line = re.sub(r"^\([^()]{1,30}=[^()]{1,30}\)\s*[가-힣]{2,4}\s*기자\s*=\s*", "", line)
    return re.sub(r"^\[[^\]]{1,40}기자\]\s*", "", line)


# British style quotes in single marks; an apostrophe sits inside a word ("don't", "NIPA's").
OPENING_SINGLE = re.compile(r"(?<![^\s(\[—–])['‘](?=[\w$£€])")
CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?;:…%])['’](?=$|[\s,.;:!?)\]—–])")


def single_quotes_as_double(paragraphs):
    """The paragraphs with single quotation marks made double, apostrophes left alone.

    For English articles that quote in single marks only. A quotation left open at a
    paragraph's end counts only if the next paragraph reopens it; otherwise its mark was an
    apostrophe ("'90s").
    """
    pairs = [single_quote_pairs(para) for para in paragraphs]
    out = []
    for k, para in enumerate(paragraphs):
        opening, closing, left_open = pairs[k]
        reopened = k + 1 < len(paragraphs) and OPENING_SINGLE.match(paragraphs[k + 1])
        if left_open is not None and reopened:
            opening = [*opening, left_open]
        chars = list(para)
        for i in opening:
            chars[i] = "“"
        for i in closing:
            chars[i] = "”"
        out.append("".join(chars))
    return out


def single_quote_pairs(para):
    """``(opening marks, closing marks, a mark left open)``: positions in ``para``."""
    openers = [m.start() for m in OPENING_SINGLE.finditer(para)]
    closers = [m.start() for m in CLOSING_SINGLE.finditer(para)]
    opening_set = set(openers)
    opening, closing, open_at = [], [], None
    for i in sorted({*openers, *closers}):
        if i in opening_set:
            # Quotes inside quotes are double in this style: an earlier opening mark that
            # never closed was an apostrophe ("the '90s").
            open_at = i
            continue
        if open_at is None:
            continue
        # "the firms' data": a plural's apostrophe, when a firmer close follows before the next
        # opening.
        plural = para[i - 1] == "s" and re.match(r"\s[a-z]", para[i + 1 : i + 3])
        if plural:
            next_open = bisect.bisect_right(openers, i)
            next_open = openers[next_open] if next_open < len(openers) else len(para)
            later_close = bisect.bisect_right(closers, i)
            if later_close < len(closers) and closers[later_close] < next_open:
                continue
        opening.append(open_at)
        closing.append(i)
        open_at = None
    return opening, closing, open_at


def language_of(text):
    hangul = len(HANGUL.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul and hangul * 4 >= latin else "en"


# --- Quotation marks -----------------------------------------------------------------------


@dataclass
class Text:
    text: str
    para: int


@dataclass
class Para:
    index: int


@dataclass(eq=False)
class Quote:
    para: int
    parts: list = field(default_factory=lambda: [[]])
    end_para: int = -1
    # Where in the stream the text after the closing mark is.
    after_index: int = -1
    speech: bool = False

    @property
    def raw(self):
        return "\n\n".join("".join(part).strip() for part in self.parts)

    @property
    def text(self):
        """The passage without its marks, and without the comma English puts before "said"."""
        return re.sub(r"\s*[,，]$", "", self.raw.strip())


def scan(paragraphs):
    """The body as a stream of ``Para``, ``Text`` and ``Quote`` items, in reading order."""
    stream, quote = [], None
    for k, para in enumerate(paragraphs):
        stream.append(Para(k))
        start = 0
        if quote is not None:
            if para[0] not in DOUBLE_QUOTES:
                raise unbalanced(quote)
            quote.parts.append([])
            start = 1
        buffer = []
        for ch in para[start:]:
            if ch not in DOUBLE_QUOTES:
                (quote.parts[-1] if quote is not None else buffer).append(ch)
            elif quote is None:
                if buffer:
                    stream.append(Text("".join(buffer), k))
                    buffer = []
                quote = Quote(para=k)
                stream.append(quote)
            else:
                quote.end_para, quote.after_index, quote = k, len(stream), None
        if buffer:
            stream.append(Text("".join(buffer), k))
    if quote is not None:
        raise unbalanced(quote)
    return stream


def unbalanced(quote):
    start = "".join(quote.parts[0]).strip()[:40]
    return ExtractionError("unbalanced", paragraph=quote.para + 1, start=start)


def text_before(stream, index):
    item = stream[index - 1] if index > 0 else None
    return item.text if isinstance(item, Text) else ""


def text_after(stream, quote):
    if 0 <= quote.after_index < len(stream) and isinstance(stream[quote.after_index], Text):
        return stream[quote.after_index].text
    return ""


def masked(paragraphs, korean):
    """Paragraphs with quoted passages blanked out, for finding what the narrative names."""
    out = []
    for para in paragraphs:
        para = re.sub(r"[\"“”＂„‟][^\"“”＂„‟]*[\"“”＂„‟]?", lambda m: " " * len(m.group()), para)
        if korean:
            para = re.sub(r"[‘'][^‘’'\n]{1,80}[’']", lambda m: " " * len(m.group()), para)
        out.append(para)
    return out


# --- Sentences -----------------------------------------------------------------------------


def sentence_pieces(text, korean):
    """``text`` cut after each full stop that ends a sentence (abbreviations are not ends)."""
    pieces, start = [], 0
    for m in re.finditer(r"[.!?]+[\"”’')]*(?=\s|$)", text):
        # Only the word before the stop matters (abbreviations are short).
        before = text[max(start, m.end() - 20) : m.end()].split()
        word = before[-1] if before else ""
        if not korean and (
            word in lx.ABBREVIATIONS_EN
            or re.fullmatch(r"(?:[A-Z]\.)+", word)
            or re.fullmatch(r"[A-Z][a-z]?\.", word)
        ):
            continue
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    return pieces


def sentences(paragraphs, korean):
    return [
        piece.strip()
        for para in paragraphs
        for piece in sentence_pieces(para, korean)
        if piece.strip()
    ]


# --- Dates ---------------------------------------------------------------------------------


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

MEETING_WORDS_EN_RE = re.compile(
    r"\b(?:held|holds|hosted|hosts|convened|convenes|opened|meeting|council|forum|roundtable|"
    r"hearing|town hall|conference|ceremony|session|seminar|workshop|summit)\b",
    re.IGNORECASE,
)
MEETING_WORDS_KO_RE = re.compile(r"개최|열었|열렸|열고|열린|출범|가졌")


# --- The article ---------------------------------------------------------------------------


def extract(text, published_on=None):
    """Everything the article says about its meeting. Raises ExtractionError on bad input."""
    text = prepare(text)
    header, body = paragraphs_of(text)
    if not body:
        raise ExtractionError("empty")
    language = language_of("\n".join(body))
    if language == "en" and not any(ch in DOUBLE_QUOTES for para in body for ch in para):
        body = single_quotes_as_double(body)
    stream = scan(body)
    if not any(isinstance(item, Quote) for item in stream):
        raise ExtractionError("no_quotes")
    reader = (KoreanArticle if language == "ko" else EnglishArticle)(
        header, body, stream, published_on
    )
    dateline = next(filter(None, map(DATELINE_EN.match, text.split("\n"))), None)
    reader.dateline_city = dateline["city"].strip().title() if dateline else ""
    return reader.read(text)


def reads_as_headline(line, korean):
    """A headline says something: a few words, not a subtitle, a label in capitals or a name."""
    words = line.split()
    if re.fullmatch(r"[-–—].*[-–—]", line) or len(words) < (3 if korean else 4):
        return False
    if korean:
        return True
    if not re.search(r"[a-z]", line):
        return False
    # Title Case capitalises the small words a name prints in lower case: "… To Pay Half Of …".
    if set(words[1:]) & lx.TITLE_CASE_SMALL_WORDS_EN:
        return True
    name_words = [w for w in words if w[:1].isupper() or w in CONNECTORS or not w[:1].isalpha()]
    return len(name_words) < len(words)


class Article:
    """What both languages share; the subclasses hold each language's rules."""

    korean = False

    def __init__(self, header, body, stream, published_on):
        self.header = header
        self.body = body
        self.stream = stream
        self.published_on = published_on
        self.masked = masked(body, self.korean)
        self.sentences = sentences(self.masked, self.korean)
        self.warnings = []
        # name (as found) -> FoundInstitution; short forms -> full name
        self.institutions = {}
        self.shorts = {}
        # People met so far: name -> Person; the last one mentioned.
        self.people = {}
        self.last = None
        self.unnamed_seen = []
        self.dateline_city = ""

    # -- the steps ---------------------------------------------------------------------

    def read(self, text):
        for index, item in enumerate(self.stream):
            if isinstance(item, Quote):
                item.speech = self.is_speech(index, item)
        self.find_institutions()
        meeting = self.meeting_sentence()
        date = find_date(meeting, self.published_on, self.korean) if meeting else None
        if date is None:
            for sentence in self.sentences:
                date = find_date(sentence, self.published_on, self.korean)
                if date:
                    break
        if date is None:
            self.warnings.append("no_date" if self.published_on else "no_publication_date")
        venue, city = self.find_place()
        remarks = self.attribute()
        self.drop_venue(venue)
        host = self.find_host(meeting, venue)
        council = self.find_council(meeting)
        policy_items = self.find_policy_items(host)
        return Extraction(
            language="ko" if self.korean else "en",
            date=date,
            venue=venue,
            city=city,
            host=host,
            council=council,
            title=self.title(council),
            summary=self.summary(),
            is_translation=bool(TRANSLATED.search(text)),
            institutions=list(self.institutions.values()),
            policy_items=policy_items,
            remarks=remarks,
            warnings=self.warnings,
        )

    def quotes(self):
        return [item for item in self.stream if isinstance(item, Quote)]

    def narrative_pieces(self, index):
        """The sentences of the narrative at ``index``. Words next to speech are its
        attribution, read with the quote; next to a name in quotes, they are narrative."""
        pieces = sentence_pieces(self.stream[index].text, self.korean)
        before, after = self.stream[index - 1], self.stream[index + 1 : index + 2]
        if isinstance(before, Quote) and before.speech:
            pieces = pieces[1:]
        if after and isinstance(after[0], Quote) and after[0].speech:
            pieces = pieces[:-1]
        return pieces

    def meeting_sentence(self):
        pattern = MEETING_WORDS_KO_RE if self.korean else MEETING_WORDS_EN_RE
        return next((s for s in self.sentences if pattern.search(s)), "")

    def title(self, council):
        # The site's name, "보도자료" or "FOR IMMEDIATE RELEASE" may come before the headline.
        headlines = [line for line in self.header if reads_as_headline(line, self.korean)]
        if headlines or self.header:
            return (headlines or self.header)[0].strip("-–— ").strip()
        if council:
            return council[:1].upper() + council[1:]
        first = self.sentences[0] if self.sentences else ""
        return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"

    def summary(self):
        """The first paragraph of narrative: no speech in it (captions are gone already)."""
        speech = {k for q in self.quotes() if q.speech for k in range(q.para, q.end_para + 1)}
        for k, para in enumerate(self.body):
            if k not in speech and len(para) > (30 if self.korean else 80):
                return para
        return self.body[0]

    # -- quotes and their speakers -------------------------------------------------------

    def prefix(self, index):
        """The words of the quote's own sentence before its opening mark."""
        pieces = sentence_pieces(text_before(self.stream, index), self.korean)
        return pieces[-1].strip()

    def suffix(self, quote):
        """The words of the quote's own sentence after its closing mark."""
        return sentence_pieces(text_after(self.stream, quote), self.korean)[0].strip()

    def attribute(self):
        """Every speech quotation in order, with its speaker."""
        remarks = []
        pending = None
        for index, item in enumerate(self.stream):
            if isinstance(item, Para):
                pending = self.colon_introduction(item.index - 1)
                continue
            if isinstance(item, Text):
                self.note_mentions(index)
                continue
            if not item.speech:
                continue
            speaker = self.speaker_of(index, item, pending)
            pending = None
            remarks.append(self.remark(item, speaker))
            self.last = speaker
        return remarks

    def colon_introduction(self, para):
        """A paragraph that ends "…told the meeting:" introduces the next paragraph's quote."""
        return None

    def note_mentions(self, index):
        """People named in the narrative between quotations, for "he said" and "Kim said"."""

    def remark(self, quote, speaker):
        if speaker is None:
            return FoundRemark(
                quote=quote.text,
                speaker=None,
                role="",
                institution=None,
                needs_review=True,
                note="no_speaker",
            )
        return FoundRemark(
            quote=quote.text,
            speaker=speaker.name,
            role=speaker.role,
            institution=speaker.institution,
            title=speaker.title,
            needs_review=speaker.name is None,
            note="unnamed" if speaker.name is None else "",
        )

    # -- institutions --------------------------------------------------------------------

    def add_institution(self, name, short="", kind="other"):
        """Record an institution once, under its full name; returns that name."""
        name = name.strip()
        if not name:
            return None
        known = self.lookup_institution(name)
        if known:
            if short and not self.institutions[known].short_name:
                self.institutions[known].short_name = short
                self.shorts[short.casefold()] = known
            return known
        entry = gazetteer_entry(name)
        found = FoundInstitution(name=name, short_name=short, kind=kind)
        if entry:
            found.name_ko, found.name_en, found.kind = entry[0], entry[2], entry[4]
            if not short:
                found.short_name = (entry[3] or entry[1] or ("",))[0]
        self.institutions[name] = found
        if short:
            self.shorts[short.casefold()] = name
        return name

    def lookup_institution(self, name):
        """The full name an institution is recorded under, from any of its names, or None."""
        key = name.strip().casefold()
        key = re.sub(r"^the\s+", "", key)
        for full, found in self.institutions.items():
            names = {full.casefold(), found.short_name.casefold()}
            names |= {found.name_en.casefold(), found.name_ko.casefold()} - {""}
            if key in names:
                return full
        if key in self.shorts:
            return self.shorts[key]
        return None

    def resolve_institution(self, name):
        """Like ``lookup_institution``, adding well-known bodies met by a short name only."""
        if not name:
            return None
        known = self.lookup_institution(name)
        if known:
            return known
        entry = gazetteer_entry(re.sub(r"^the\s+", "", name.strip()))
        if entry:
            return self.add_institution(entry[0] if self.korean else entry[2])
        return None

    def drop_venue(self, venue):
        """A venue that is a building is where the meeting was, not a body that took part."""
        if not venue:
            return
        building = (
            venue.endswith(lx.BUILDING_SUFFIXES_KO)
            if self.korean
            else venue.split()[-1] in lx.BUILDING_WORDS_EN
        )
        if building:
            self.institutions.pop(venue, None)


TRANSLATED = re.compile(
    r"translated by AI|machine[- ]translat|AI[- ]translat|automatically translated|"
    r"AI\s?번역|기계\s?번역|번역되었습니다",
    re.IGNORECASE,
)


def gazetteer_entry(name):
    key = name.strip().casefold()
    for entry in lx.GAZETTEER:
        full_ko, shorts_ko, full_en, shorts_en, _kind = entry
        names = {full_ko, *shorts_ko, full_en.casefold(), *(s.casefold() for s in shorts_en)}
        if key in names:
            return entry
    return None


@dataclass
class Person:
    """A speaker as the article presents them; ``name`` is None for an unnamed speaker."""

    name: str | None
    role: str = ""
    institution: str | None = None
    title: str = ""


# --- English ------------------------------------------------------------------------------

VERB_RE = re.compile(r"\b(?:" + "|".join([*lx.SPEECH_VERBS_EN, "pointed out", "went on"]) + r")\b")
ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*$")
PERSON_WORDS_EN = lx.PERSON_NOUNS_EN | {title.casefold() for title in lx.TITLE_WORDS_EN}
# A Korean given name as romanised: "Hae-won", "Chae-rin".
GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
INTRO_RE = re.compile(
    r"^(?:(?:at|in|on|during|after|before|speaking at|addressing|asked|pressed|questioned|"
    r"responding|referring|reacting|commenting)\b[^,]*,|"
    r"(?:meanwhile|also|later|earlier|however|separately|afterwards|then|and|but|so|still|"
    r"further|finally|moreover|likewise|similarly)\b,?)\s*",
    re.IGNORECASE,
)


# "Name, role," or "Name, role." inside a sentence.
DESCRIBED_NAME = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}), (?P<role>[^,]+?)(?=,|\.?$)"
)


# A venue's name: capitalised words, with "of", "and" and the nouns of a venue between them.
VENUE_RUN = (
    r"[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|for|de|"
    + "|".join(lx.VENUE_NOUNS_EN)
    + r"))*"
)


class EnglishArticle(Article):
    korean = False

    # -- speech or a name in quotes ------------------------------------------------------

    def is_speech(self, index, quote):
        prefix = self.prefix(index)
        if prefix:
            if re.search(r"[,:]$", prefix) and (
                VERB_RE.search(prefix) or ACCORDING_RE.search(prefix) or prefix.endswith(":")
            ):
                return True
            return bool(re.search(VERB_RE.pattern + r"$", prefix))
        if self.closing_attribution(quote):
            return True
        return bool(re.search(r"[.!?…]$", quote.raw.strip()))

    def closing_attribution(self, quote):
        """The "…,” said Kim" clause after a quote, or ""."""
        after = text_after(self.stream, quote)
        piece = self.suffix(quote).lstrip(", ")
        raw = quote.raw.rstrip()
        if not piece:
            return ""
        # "“…?” asked Rep. Song" closes a question; a capitalised clause after a finished
        # sentence ("“….” He added, “…”") opens the next one.
        comma = raw.endswith(",") or after.lstrip().startswith(",")
        if not comma and (not re.search(r"[.!?…]$", raw) or not piece[:1].islower()):
            return ""
        if not VERB_RE.search(piece) and not re.match(ACCORDING_RE.pattern, piece):
            return ""
        return piece.rstrip(".")

    # -- speakers ------------------------------------------------------------------------

    def speaker_of(self, index, quote, pending):
        prefix = self.prefix(index)
        if prefix:
            who = subject_before(prefix)
            return self.person(who) if who else self.last
        if pending is not None:
            return pending
        closing = self.closing_attribution(quote)
        if closing:
            return self.person(subject_after(closing))
        return self.last

    def colon_introduction(self, para):
        if para < 0:
            return None
        text = self.body[para]
        if any(ch in DOUBLE_QUOTES for ch in text) or not text.endswith(":"):
            return None
        if not VERB_RE.search(text):
            return None
        last = sentence_pieces(text, False)[-1].strip()
        return self.person(subject_before(last))

    def note_mentions(self, index):
        for piece in self.narrative_pieces(index):
            piece = piece.strip()
            self.note_titled_names(piece)
            self.note_described_names(piece)
            if VERB_RE.search(piece) or re.search(r"\b(?:questioned|answered)\b", piece):
                verb = re.search(VERB_RE.pattern + r"|\bquestioned\b|\banswered\b", piece)
                who = INTRO_RE.sub("", piece[: verb.start()].strip(" ,"))
                person = self.person(who, mention=True)
                if person is not None:
                    self.last = person
                continue
            # "Lim Bo-ra, chief executive of Radicle, was sceptical.": the "she" of the next
            # quote is whoever the sentence is about, not the last speaker.
            who = opening_subject(INTRO_RE.sub("", piece))
            person = self.person(who, mention=True) if who else None
            if person is not None and person.name:
                self.last = person

    def note_titled_names(self, sentence):
        """ "chaired by First Vice Minister Kwon Hye-rin": a person the article may quote later."""
        words = sentence.split()
        i = 0
        while i < len(words):
            if words[i] not in lx.TITLE_WORDS_EN:
                i += 1
                continue
            end = i
            while end < len(words) and words[end] in lx.TITLE_WORDS_EN:
                end += 1
            run = []
            for word in words[end : end + 3]:
                if not NAME_TOKEN.match(word.rstrip(",.")):
                    break
                run.append(word.rstrip(",."))
                if word[-1] in ",.":
                    break
            name = " ".join(run)
            if is_pure_name(name) and name not in self.people:
                self.named(name, " ".join(words[i:end]))
            i = end + len(run) or i + 1

    def note_described_names(self, sentence):
        """ "chaired by Kim Min-ji, Director General …", "…, said Yoo Sang-hoon, a senior vice
        president at KEPCO.": a person described where no quote is, whom "Kim said" may mean."""
        for m in DESCRIBED_NAME.finditer(sentence):
            name, role = m["name"], m["role"]
            described = re.sub(r"^(?:a|an|the) ", "", role).split()[0].casefold()
            if (
                GIVEN_NAME.match(name.split()[-1])
                and is_pure_name(name)
                and (described in PERSON_WORDS_EN)
            ):
                self.named(name, role)

    def person(self, who, mention=False):
        """The Person a subject clause names; None when it names nobody."""
        who = clean_subject(who)
        if not who:
            return self.last
        lower = who.casefold()
        if re.fullmatch(r"(?:he|she|they)(?: also| further| then| later)?", lower):
            return self.last
        named = split_name_role(who)
        if named:
            name, role = named
            if len(name.split()) == 1:
                return self.by_surname(name, role) or (None if mention else self.unnamed(who))
            return self.named(name, role)
        reference = re.fullmatch(r"the ([a-z][a-z .-]*)", lower)
        if reference:
            return self.by_title(reference[1]) or (None if mention else self.unnamed(who))
        words = set(re.findall(r"[a-z]+", lower))
        if re.match(r"(?:a|an|one|another|some|two|three|several)\b", lower) and (
            words & lx.PERSON_NOUNS_EN
        ):
            person = self.unnamed(who)
            self.unnamed_seen.append(person)
            return person
        return None

    def named(self, name, role):
        role = tidy_role(role)
        institution_printed = institution_in_role(role, self)
        institution = None
        if institution_printed:
            institution = self.resolve_institution(institution_printed) or self.add_institution(
                institution_printed, kind=kind_of_en(institution_printed)
            )
        title = title_from_role(role, institution_printed)
        person = Person(name=name, role=role, institution=institution, title=title)
        previous = self.people.get(name)
        if previous and not role:
            return previous
        # "Chairman" noted beside the name, then "KOSME's Chairman" printed whole: the fuller.
        fuller = previous and previous.institution in (None, institution)
        if previous and (not previous.role or fuller and holds_title(role, previous.role.lower())):
            previous.role, previous.institution, previous.title = role, institution, title
            return previous
        if previous:
            return Person(name, role, institution or previous.institution, title)
        self.people[name] = person
        return person

    def unnamed(self, who):
        role = (
            who[:1].lower() + who[1:] if re.match(r"(?:A|An|One|Another|The|Some)\b", who) else who
        )
        institution = institution_in_role(role, self, known_only=True)
        return Person(name=None, role=role, institution=self.resolve_institution(institution))

    def by_surname(self, surname, title):
        """The one person met whose name has ``surname`` as its first or last word.

        With two ("Kim Min-ji", "Kim Tae-hoon"), "Kim said" could be either: nobody is guessed.
        """
        matches = [n for n in self.people if surname in (n.split()[0], n.split()[-1])]
        return self.people[matches[0]] if len(matches) == 1 else None

    def by_title(self, noun):
        """ "the minister": the latest person whose role has the word; else an unnamed one."""
        noun = noun.strip()
        for person in reversed([self.last, *self.people.values()]):
            if person and person.name and holds_title(person.role, noun):
                return person
        for person in reversed(self.unnamed_seen):
            if noun.split()[-1] in person.role.casefold():
                return person
        return None

    # -- institutions, place, host -------------------------------------------------------

    def find_institutions(self):
        text = "\n".join(self.masked)
        found = []
        for m in re.finditer(r"\(([A-Z][A-Za-z&-]{1,10})\)", text):
            name = capitalised_run_before(text, m.start())
            if name and has_institution_word(name):
                found.append((m.start() - len(name), name, m[1]))
        for m in re.finditer(r"\b[A-Z][\w&.'’-]*\b", text):
            if m.group().rstrip(".") in lx.INSTITUTION_WORDS_EN or strip_possessive(m.group()) in (
                lx.INSTITUTION_WORDS_EN
            ):
                name, start = institution_around(text, m.start(), m.end())
                # A known body's name may hold a list: "Ministry of Trade, Industry and Energy".
                name = known_name_at(text, start) or name
                if name:
                    found.append((start, name, ""))
        for m in re.finditer(r"\b[A-Z][A-Z0-9&]{1,9}\b", text):
            if gazetteer_entry(m.group()):
                found.append((m.start(), m.group(), "short"))
        found.sort(key=lambda f: f[0])
        # Full names with their short forms first, so that "MSS" resolves to them.
        for _start, name, short in found:
            if short and short != "short":
                self.add_institution(name, short, kind_of_en(name))
        for _start, name, short in found:
            if short == "short":
                self.resolve_institution(name)
            elif not short:
                self.add_institution(name, kind=kind_of_en(name))
        for name in companies_named(text):
            self.add_institution(name, kind="company")
        ordered = sorted(self.institutions.items(), key=lambda kv: first_position(text, kv[1]))
        self.institutions = dict(ordered)

    def find_place(self):
        venue = city = ""
        venue_re = re.compile(
            rf"\bat (?:the )?(?P<venue>{VENUE_RUN})(?:\s+\([A-Z]{{2,10}}\))?\s+in\s+"
            r"(?P<city>[A-Z][a-z]+(?:-[a-z]+)?)(?:, (?P<then>[A-Z][a-z]+))?"
        )
        ordered = sorted(self.sentences, key=lambda s: not MEETING_WORDS_EN_RE.search(s))
        for sentence in ordered:
            m = venue_re.search(sentence)
            if m and m["venue"].split()[0] not in lx.CAPITALISED_STOPWORDS_EN:
                venue, city = m["venue"], city_of(m["city"], m["then"])
                break
        if not venue:
            # "was held at the Pangyo Global R&D Center and hosted by …", "held with … at the
            # Government Complex Sejong": a building, its city given elsewhere.
            for sentence in ordered:
                m = re.search(
                    rf"\b(?:held|took place)\b[^.]*?\bat (?:the )?(?P<venue>{VENUE_RUN})", sentence
                )
                building = m and re.sub(r"\s+(?:of|and|for|de)$", "", m["venue"].rstrip("."))
                words = building.split() if building else []
                if words and (
                    words[-1] in lx.BUILDING_WORDS_EN
                    or words[-1] in lx.CITIES_EN
                    and set(words) & lx.BUILDING_WORDS_EN
                ):
                    venue = building
                    break
        if not city:
            for sentence in ordered:
                m = re.search(
                    r"\b(?:held|hosted|convened|opened|took place)\b[^.]*?\bin "
                    r"(?P<city>[A-Z][a-z]+)(?:, (?P<then>[A-Z][a-z]+))?",
                    sentence,
                )
                if m and m["city"].casefold() not in lx.MONTHS_EN:
                    city = city_of(m["city"], m["then"])
                    break
        if not city:
            # "at a policy council meeting in Seongnam": a known city after a meeting word.
            for sentence in ordered:
                m = re.search(
                    rf"{MEETING_WORDS_EN_RE.pattern}\s+in (?P<city>[A-Z][a-z]+)\b", sentence
                )
                if m and m["city"] in lx.CITIES_EN:
                    city = m["city"]
                    break
        if not city and self.dateline_city in lx.CITIES_EN:
            # A wire story may name its city only in the dateline: "SEJONG, Dec. 1 (Yonhap) --".
            city = self.dateline_city
        return venue, city

    def find_host(self, meeting, venue):
        for sentence in self.sentences[:8]:
            m = re.search(r"\b(?:hosted|held|organi[sz]ed|convened|chaired) by (?:the )?", sentence)
            if m:
                name = self.institution_at(sentence, m.end(), venue, anchored=True)
                if name:
                    return name
        return self.institution_at(meeting, 0, venue) if meeting else None

    def institution_at(self, sentence, start, venue, anchored=False):
        """The first institution named in ``sentence`` from ``start`` on (not the venue).

        ``anchored``: only one named right at ``start``.
        """
        best = None
        for name, found in self.institutions.items():
            if name == venue:
                continue
            for form in {name, found.short_name} - {""}:
                m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence[start:])
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), name)
        # "where the agency heard from …": the body of that kind the article named first.
        for m in re.finditer(r"(?:(?<=\bthe )|^)([a-z]+)\b", sentence[start:]):
            if best is not None and m.start() >= best[0]:
                break
            noun = m[1].capitalize()
            if noun not in lx.REFERRING_NOUNS_EN:
                continue
            kind = kind_of_en(noun)
            named = next((n for n, f in self.institutions.items() if f.kind == kind), None)
            if named and named != venue:
                best = (m.start(), named)
                break
        if anchored and best and best[0] > 0:
            return None
        return best[1] if best else None

    def find_council(self, meeting):
        names = [q.text for q in self.quotes() if not q.speech]
        names = [n.strip(" ,.") for n in names]
        councils = [n for n in names if set(n.casefold().split()) & lx.MEETING_WORDS_EN]
        in_meeting = [n for n in councils if n in meeting]
        return (in_meeting or councils or [""])[0]

    # -- policy items --------------------------------------------------------------------

    def find_policy_items(self, host):
        # A name met only as another body's ("presented by X as the 'Y'") is not an item here.
        items = {}
        for index, item in enumerate(self.stream):
            if not isinstance(item, Quote) or item.speech:
                continue
            name, provisional = policy_name(item.text.strip(" ,."))
            words = name.casefold().split()
            meaning = [w for w in words if not re.fullmatch(r"\d+", w)]
            if not meaning or meaning[-1] not in lx.POLICY_WORDS_EN:
                continue
            if set(words) & lx.MEETING_WORDS_EN:
                continue
            kind = lx.POLICY_WORDS_EN[meaning[-1]]
            prefix = self.prefix(index)
            by = re.search(r"\bby (?:the )?(.+?)\s+as(?: the| a| an)?$", prefix)
            if by and self.resolve_institution(by[1]) != host:
                continue
            after = self.suffix(item)
            status, note = policy_status_en(after + " " + prefix[-60:], kind)
            key = name.casefold()
            entry = items.get(key)
            if entry is None:
                entry = FoundPolicyItem(
                    name=name[:1].upper() + name[1:], kind=kind, status="", status_note=""
                )
                items[key] = entry
            if provisional and "provisional" not in entry.status_note.casefold():
                entry.status_note = "; ".join(
                    filter(None, ["Provisional title", entry.status_note])
                )
            if status and not entry.status:
                entry.status = status
                entry.status_note = "; ".join(filter(None, [entry.status_note, note]))
        for entry in items.values():
            entry.status = entry.status or DEFAULT_STATUS[entry.kind]
        return list(items.values())


DEFAULT_STATUS = {
    "bill": "proposed",
    "plan": "in-preparation",
    "strategy": "in-preparation",
    "programme": "in-force",
    "regulation": "in-preparation",
}

STATUS_EN = [
    (r"under deliberation|pending (?:in|before)|under review|being reviewed", "under-deliberation"),
    (r"\bpassed\b|\badopted\b|\bapproved\b|\benacted\b", "adopted"),
    (r"took effect|in force|in effect|came into force|went into effect|launched in", "in-force"),
    (
        r"being prepared|being drafted|in preparation|being drawn up|will be announced",
        "in-preparation",
    ),
    (r"\bproposed\b|\bsubmitted\b|\btabled\b|\bintroduced in\b", "proposed"),
    (r"\bcompleted\b|\bended\b", "completed"),
    (r"\bwithdrawn\b|\bscrapped\b", "withdrawn"),
]


def city_of(first, then):
    """ "in Yeouido, Seoul": the city, not the district before it."""
    if first not in lx.CITIES_EN and then in lx.CITIES_EN:
        return then
    return first


def policy_status_en(context, kind):
    for pattern, status in STATUS_EN:
        m = re.search(pattern, context)
        if m:
            tail = re.match(
                r"(?:\s+(?:in|by|before|since|to) (?:the )?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?",
                context[m.end() :],
            )
            return status, (m.group() + tail.group()).strip()
    return "", ""


def policy_name(name):
    m = re.search(
        r"\s*\((?:provisional title|tentative title|tentative name|working title|draft|가칭|안|잠정)\)$",
        name,
        re.IGNORECASE,
    )
    if m:
        return name[: m.start()].strip(), True
    return name, False


def clean_subject(who):
    who = (who or "").strip(" ,:;")
    previous = None
    while previous != who:
        previous = who
        who = INTRO_RE.sub("", who).strip(" ,")
    # Relative clauses and asides describe the speaker without being their role.
    who = re.split(r",? (?:who|which|whose) ", who)[0]
    who = re.split(r",? (?:was|is|were|had|has|put it)\b", who)[0]
    return who.strip(" ,")


def subject_before(prefix):
    """The subject of "Name, title, said," or "According to Name," (empty for "and added,")."""
    prefix = prefix.strip().lstrip(",;").strip()
    m = ACCORDING_RE.search(prefix)
    if m:
        return prefix[m.end() :].strip(" ,:")
    m = VERB_RE.search(prefix)
    if m:
        return prefix[: m.start()].strip(" ,")
    return prefix.rstrip(":").strip()


def subject_after(clause):
    """The subject of "said Kim Min-ji, a fellow at KDI" or "Kim Min-ji said at the meeting"."""
    clause = clause.strip().lstrip(",").strip().rstrip(".")
    m = VERB_RE.match(clause) or ACCORDING_RE.match(clause)
    if m:
        return clause[m.end() :].strip(" ,")
    m = VERB_RE.search(clause)
    return clause[: m.start()].strip(" ,") if m else ""


def holds_title(role, noun):
    """ "the vice minister" is the "Second Vice Minister …"; "the minister" is no vice minister."""
    words = role.casefold().replace(",", " ").split()
    wanted = noun.split()
    for i in range(len(words) - len(wanted) + 1):
        if words[i : i + len(wanted)] == wanted and (i == 0 or words[i - 1] not in lx.DEPUTIES_EN):
            return True
    return False


def opening_subject(sentence):
    """ "Lim Bo-ra, chief executive of Radicle, was sceptical": the name and role it opens with."""
    m = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*){1,3})(?:, ([^,]+),)? [a-z]", sentence)
    if not m or not is_pure_name(m[1]):
        return ""
    # A person's name ("Bo-ra"), or a name described as a person ("Daeho Steel" is neither).
    described = re.sub(r"^(?:a|an|the) ", "", m[2] or "").split()[:1]
    if not GIVEN_NAME.match(m[1].split()[-1]) and not (
        described and described[0].casefold() in PERSON_WORDS_EN
    ):
        return ""
    return f"{m[1]}, {m[2]}" if m[2] else m[1]


def is_pure_name(text):
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        NAME_TOKEN.match(w)
        and w not in lx.TITLE_WORDS_EN
        and w not in lx.CAPITALISED_STOPWORDS_EN
        and w not in lx.INSTITUTION_WORDS_EN
        and w not in ("Korea", "Korean", "National", "Seoul")
        for w in words
    )


def split_at_comma(text):
    """``text`` cut at its first comma, except one inside a list that is part of a name:
    "Minister of Trade, Industry and Energy Yoon Chae-rin"."""
    comma = re.search(r",(?!\s(?:[A-Z][\w&-]*,\s)*[A-Z][\w&-]*,?\s(?:and|&)\s[A-Z])", text)
    return (text[: comma.start()], text[comma.end() :]) if comma else (text, "")


def split_name_role(who):
    """``(name, role as printed without the name)`` for a subject naming a person, or None.

    Handles "Name, role", "Title Name of Institution", "Institution's Title Name" and
    "Title Name"; a single remaining word ("Kim", "Minister Oh") is a surname.
    """
    head, rest = split_at_comma(who)
    head = head.strip()
    if is_pure_name(head):
        return head, split_at_comma(rest)[0].strip()
    words = head.split()
    runs, run = [], []
    for i, word in enumerate(words):
        nameish = (
            NAME_TOKEN.match(word)
            and word not in lx.TITLE_WORDS_EN
            and word not in lx.CAPITALISED_STOPWORDS_EN
            and word not in lx.INSTITUTION_WORDS_EN
            and word not in ("Korea", "Korean", "National")
        )
        if nameish:
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs and rest.strip():
        # "Another founder, Shin Ha-rim of logistics startup Boxwave": the name comes second.
        named = split_name_role(rest.strip())
        if named and " " in named[0]:
            # "Prices will rise, Finance Minister Name said": what comes first is no description.
            if not words or words[-1].casefold() not in PERSON_WORDS_EN:
                return named
            described = re.sub(r"^(?:a|an|another|one|the)\s+", "", head, flags=re.IGNORECASE)
            return named[0], f"{described} {named[1]}".strip()
    for run in runs:
        before = words[run[0] - 1] if run[0] > 0 else ""
        after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
        if before.casefold() in ("of", "at", "for", "from", "the", "in", "and") or (
            before and POSSESSIVE.search(before) is None and before[:1].islower()
        ):
            # "Deputy Minister for Industrial Policy Chung Hae-won": the run ends with a name.
            if len(run) < 3 or not GIVEN_NAME.match(words[run[-1]]):
                continue
            run = run[-2:]
            before = words[run[0] - 1]
        if after and (
            POSSESSIVE.search(after)
            or after in lx.INSTITUTION_WORDS_EN
            or strip_possessive(after) in lx.INSTITUTION_WORDS_EN
        ):
            continue
        if len(run) > 4:
            continue
        # A lone word is a surname only where a title or nothing else surrounds it.
        if len(run) == 1 and len(words) > 2 and before not in lx.TITLE_WORDS_EN:
            continue
        name = " ".join(words[i] for i in run)
        role_words = words[: run[0]] + words[run[-1] + 1 :]
        role = " ".join(role_words)
        if rest.strip():
            role = f"{role}, {rest.strip()}" if role else rest.strip()
        return name, role
    return None


def strip_possessive(word):
    return POSSESSIVE.sub("", word) if POSSESSIVE.search(word) else word


def tidy_role(role):
    role = role.strip(" ,")
    role = re.sub(r"^(?:a|an)\s+", "", role)
    role = re.split(r"\s+(?:who|which|that)\s+", role)[0]
    return role.split(", ")[0].strip() if ", " in role and " of " not in role else role.strip()


def has_institution_word(name):
    return any(
        w.rstrip(".") in lx.INSTITUTION_WORDS_EN or strip_possessive(w) in lx.INSTITUTION_WORDS_EN
        for w in name.split()
    )


def capitalised_run_before(text, end):
    """The run of capitalised words (joined by of/and/for…) that ends at ``end``."""
    words = re.findall(r"\S+", text[:end][-200:])
    run = []
    for word in reversed(words):
        bare = word.strip(",")
        if (word.endswith(",") and run) or (word.endswith(".") and word not in lx.ABBREVIATIONS_EN):
            break
        if bare[:1].isupper() or bare in ("of", "and", "for", "on", "the", "in", "de"):
            run.insert(0, bare)
        else:
            break
    while run and (run[0] in ("of", "and", "for", "on", "the", "in", "de") or run[0] in ("The",)):
        run.pop(0)
    while run and run[0] in lx.CAPITALISED_STOPWORDS_EN:
        run.pop(0)
    return " ".join(run)


CONNECTORS = ("of", "and", "for", "on", "the", "de")


def institution_around(text, start, end):
    """The institution name around the keyword at ``text[start:end]`` and where it starts."""
    left = re.findall(r"[^\s]+\s*", text[max(0, start - 200) : start])
    words = []
    for raw in reversed(left):
        word = raw.strip()
        bare = word.rstrip(",")
        # "Trade, Industry, Energy, SMEs and Startups Committee": a list inside the name.
        if word.endswith(",") and ("and" not in words or not bare[:1].isupper()):
            break
        if bare in lx.CAPITALISED_STOPWORDS_EN or POSSESSIVE.search(bare):
            break
        # A name does not run on from the sentence or paragraph before it.
        if "\n" in raw or (re.search(r"[.:;!?]$", bare) and bare not in lx.ABBREVIATIONS_EN):
            break
        if bare[:1].isupper() and bare not in lx.TITLE_WORDS_EN:
            if (
                words
                and words[0] == "and"
                and (bare in lx.INSTITUTION_WORDS_EN or bare.rstrip(".") in lx.INSTITUTION_WORDS_EN)
            ):
                words.pop(0)
                break
            words.insert(0, word)
        elif bare in ("and",) and words:
            words.insert(0, bare)
        else:
            break
    while words and words[0].rstrip(",") in CONNECTORS:
        words.pop(0)
    keyword = strip_possessive(text[start:end])
    right = []
    tail = text[end : end + 200]
    m = re.match(r"(?: (?:of|for|on)(?: the)? [A-Z][\w&-]*(?: (?:and )?[A-Z][\w&-]*)*)", tail)
    if m and not POSSESSIVE.search(text[start:end]):
        right = m.group().split()
        while right and right[-1] in lx.CAPITALISED_STOPWORDS_EN:
            right.pop()
        while right and right[-1] in CONNECTORS:
            right.pop()
        right = [" ".join(right)] if len(right) > 1 else []
    name = " ".join([*words, keyword, *right]).replace(" ,", ",")
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if name.split()[0] in lx.INSTITUTION_WORDS_EN and not right and len(name.split()) == 1:
        return "", start
    begin = start - len(" ".join(words)) - (1 if words else 0)
    return name, begin


def known_name_at(text, start):
    """The longest full English name of a well-known body that ``text`` has at ``start``."""
    names = [entry[2] for entry in lx.GAZETTEER if text.startswith(entry[2], start)]
    return max(names, key=len, default="")


def first_position(text, found):
    positions = [
        m.start()
        for form in {found.name, found.short_name} - {""}
        for m in [re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
        if m
    ]
    return min(positions, default=len(text))


def institution_in_role(role, article, known_only=False):
    """The institution a printed role names ("… at the MSS", "KOSME's chairman"), as printed."""
    if not role:
        return None
    best = None
    for name, found in article.institutions.items():
        for form in {name, found.short_name} - {""}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", role):
                if best is None or m.end() > best[0]:
                    best = (m.end(), m.group())
    for m in re.finditer(r"\b[A-Z][A-Z0-9&]{1,9}\b", role):
        if gazetteer_entry(m.group()) and (best is None or m.end() > best[0]):
            best = (m.end(), m.group())
    if best:
        return best[1]
    # "Second Vice Minister of Trade, Industry and Energy" serves the "Ministry of Trade, …".
    m = re.search(r"\bMinister (of .+)$", role)
    ministry = m and article.resolve_institution(f"Ministry {m[1]}")
    if ministry:
        return ministry
    # "SMEs Minister", "Finance Minister": the one ministry named whose name holds the portfolio.
    m = re.fullmatch(r"((?:[A-Z][\w&-]* )+)(?:(?:First |Second )?Vice )?Minister", role)
    portfolio = m[1].casefold().split() if m else []
    ministries = [
        name
        for name, found in article.institutions.items()
        if portfolio and found.kind == "ministry" and set(portfolio) <= set(name.casefold().split())
    ]
    if len(ministries) == 1:
        return ministries[0]
    if known_only:
        return None
    m = COMPANY_BEFORE_TITLE.match(role)
    if m and not {*m[1].split()} & (lx.TITLE_WORDS_EN | lx.CAPITALISED_STOPWORDS_EN):
        return m[1].strip()
    m = re.match(r"^(.+?)(?:'s|’s|s'|s’)\s", role)
    if m and m[1][:1].isupper():
        return m[1] + ("s" if role[m.end(1) : m.end(1) + 2] in ("s'", "s’") else "")
    m = re.search(r"(?:^|\s)(at|of|for|with)\s+(?:the\s+)?([^,]+)$", role)
    if not m:
        return None
    rest = re.sub(r"\s*\([A-Z]{2,10}\)$", "", m[2]).strip()
    words = rest.split()
    if not rest[:1].isupper() and not words[-1][:1].isupper():
        return None
    if has_institution_word(rest) or rest.split()[-1].casefold() in ("association", "union"):
        return rest
    # "Deputy Minister for Industrial Policy": what follows "for" is a portfolio.
    if words[-1][:1].isupper() and m[1] != "for":
        tail = []
        for word in reversed(words):
            if not word[:1].isupper():
                break
            tail.insert(0, word)
        return " ".join(tail)
    return None


# "Naver Vice President", "Coupang executive": a company printed before its title.
COMPANY_BEFORE_TITLE = re.compile(
    rf"^((?:[A-Z][\w&.-]*\s)+?)(?i:{'|'.join(lx.COMPANY_TITLES_EN)})$"
)
# "carmakers Hyundai Motor and Kia": the capitalised names after a lowercase company noun.
COMPANY_AFTER_NOUN = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lx.COMPANY_NOUNS_EN)}) "
    r"((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)*(?:(?:, | and )[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)*)"
)


def companies_named(text):
    """The companies a lowercase noun introduces, not people ("supplier Cho Eun-bi")."""
    for m in COMPANY_AFTER_NOUN.finditer(text):
        for name in re.split(r", | and ", m[1]):
            name = strip_possessive(name.strip(" ,."))
            words = name.split()
            if not words or GIVEN_NAME.match(words[-1]) or words[0] in lx.TITLE_WORDS_EN:
                continue
            if words[0] in lx.CAPITALISED_STOPWORDS_EN:
                continue
            yield name


def title_from_role(role, institution_printed):
    """The title alone: "Professor" from "Professor of Kyonggi University"."""
    title = role
    # "Second Vice Minister of Trade, Industry and Energy": the ministry is not printed whole.
    minister = re.match(r"^(.*\bMinister) of ", role)
    if minister and institution_printed and institution_printed.startswith("Ministry of "):
        title = minister[1]
    elif institution_printed:
        # Up to the last "of/at/for" before the institution: "director general for technology
        # innovation policy at the MSS" keeps its "for".
        m = re.match(
            rf"^(.*)\s+(?:of|at|for|from|with)\s+(?:the\s+)?(?:[^,]*?\s)?"
            rf"{re.escape(institution_printed)}",
            title,
        )
        title = m[1] if m else title
        title = re.sub(rf"^{re.escape(institution_printed)}(?:'s|’s|'|’)?\s+", "", title)
    title = re.sub(r"\s*\([A-Z]{2,10}\)", "", title).strip(" ,")
    return title[:1].upper() + title[1:] if title else ""


def kind_of_en(name):
    words = {strip_possessive(w).rstrip(".") for w in name.split()}
    for kind, keys in (
        ("ministry", {"Ministry"}),
        ("legislature", {"Assembly"}),
        ("committee", {"Committee", "Commission"}),
        ("university", {"University", "College", "Academy", "School"}),
        ("research", {"Institute"}),
        (
            "association",
            {"Association", "Federation", "Chamber", "Society", "Union", "Alliance", "Cooperative"},
        ),
        (
            "agency",
            {
                "Agency",
                "Administration",
                "Service",
                "Office",
                "Authority",
                "Fund",
                "Board",
                "Bureau",
                "Center",
                "Centre",
            },
        ),  # fmt: skip
        (
            "company",
            {
                "Electronics",
                "Motor",
                "Motors",
                "Holdings",
                "Securities",
                "Industries",
                "Robotics",
                "Technologies",
                "Systems",
                "Solutions",
                "Networks",
                "Labs",
                "Company",
                "Co",
                "Inc",
                "Ltd",
                "Corp",
                "Corporation",
                "Group",
                "Bank",
            },
        ),  # fmt: skip
    ):
        if words & keys:
            return kind
    return "other"


# --- Korean --------------------------------------------------------------------------------

PARTICLE_RE = re.compile(r"^\s?(" + "|".join(lx.SPEECH_PARTICLES_KO) + r")(?=[\s,.]|$)")
# "“…”는 게 윤 대표의 설명이다": the quote is the view of whoever the possessive names.
POSSESSOR_RE = re.compile(
    r"^(?:이라|라|다)?는\s?(?:게|것이)\s+(?P<who>[^.\"“”]{1,40}?)의\s+"
    r"(?:설명|지적|주장|판단|분석|전망|생각|입장|얘기|평가|전언|말)(?:이)?다"
)
TOPIC_ENDINGS = ("께서는", "께서", "은", "는", "이", "가")
POSTPOSITIONS = (
    "에서는", "에서도", "에서", "에게", "으로는", "으로", "로는", "에는", "에도", "에", "을",
    "를", "의", "와", "과", "로", "도", "만", "까지", "부터", "하며", "하고", "해", "며",
)  # fmt: skip


class KoreanArticle(Article):
    korean = True

    def is_speech(self, index, quote):
        after = text_after(self.stream, quote)
        if PARTICLE_RE.match(after) or POSSESSOR_RE.match(after):
            return True
        prefix = self.prefix(index)
        finished = bool(re.search(r"[.!?…]$", quote.raw.strip()))
        if not prefix and (finished or not after.strip() or after.lstrip()[:1] in ".,"):
            return True
        return bool(prefix and prefix.endswith(("는", "은")) and (finished or not after.strip()))

    def speaker_of(self, index, quote, pending):
        tokens = without_asides_ko(self.prefix(index)).split()
        # "질의응답에서 한 참석자가": where it was said is not who said it.
        while tokens and (
            PARTICLE_RE.match(tokens[0])
            or tokens[0] in lx.ADVERBS_KO
            or tokens[0].endswith(("에서", "에서는"))
        ):
            tokens = tokens[1:]
        person = self.subject(tokens)
        if person is not None:
            return person
        after = text_after(self.stream, quote)
        possessor = POSSESSOR_RE.match(after)
        if possessor:
            words = possessor["who"].split()
            # Read "윤 대표의" as the subject "윤 대표는"; "업계의" names nobody.
            return self.subject([*words[:-1], words[-1] + "은"]) or self.unnamed_ko(words)
        rest = PARTICLE_RE.sub("", after, count=1)
        clause = re.split(r"(?:말했|밝혔|강조했|덧붙였|설명했|전했|했)다", rest)[0]
        if PARTICLE_RE.match(after):
            person = self.subject(clause.split()[:6], strict=True)
            if person is not None:
                return person
        following = sentence_pieces(after, True)[:2]
        if not after.strip() and not tokens and quote.end_para + 1 < len(self.body):
            # A quote standing alone as the lede, its speaker named in the next paragraph.
            following = sentence_pieces(self.masked[quote.end_para + 1], True)[:1]
        for piece in following:
            m = re.search(r"(?:이렇게|이같이|이처럼)\s", piece)
            if m:
                person = self.subject(piece[: m.start()].split())
                if person is not None:
                    return person
        return self.last

    def subject(self, tokens, strict=False):
        """The speaker named by the subject at the end of ``tokens`` ("… 교수는"), or None."""
        topic = None
        for i in range(len(tokens) - 1, -1, -1):
            token = tokens[i]
            stem = strip_topic(token)
            if stem is None:
                continue
            if stem in lx.PRONOUNS_KO:
                return self.last
            kind = self.kind_ko(stem)
            if kind in ("name", "title", "honorific", "inst"):
                topic = i
                break
            if strict:
                return None
        if topic is None:
            return None
        stem = strip_topic(tokens[topic])
        collected = [(stem, self.kind_ko(stem))]
        found_name = collected[0][1] == "name"
        first = 0
        while first < topic and tokens[first] in lx.ADVERBS_KO:
            first += 1
        for j in range(topic - 1, first - 1, -1):
            token = tokens[j]
            kind = self.kind_ko(token)
            right = collected[0][1]
            if right == "title" and kind != "inst" and token.endswith(lx.COMPANY_NOUNS_KO):
                # "안산의 금형업체 대표 박정수 씨": the kind of company is the role's, not a body.
                collected.insert(0, (token, "description"))
            elif right == "description":
                if token.endswith("의"):
                    collected.insert(0, (token, "description"))
                break
            elif kind in ("title", "inst"):
                collected.insert(0, (token, kind))
            elif kind == "name" and not found_name:
                collected.insert(0, (token, kind))
                found_name = True
            elif kind == "surname" and right in ("title",) and j == topic - 1:
                collected.insert(0, (token, kind))
            elif kind == "determiner":
                collected.insert(0, (token, kind))
                break
            elif (
                kind == "unknown"
                and right == "name"
                and j > first
                and tokens[j - 1].endswith(lx.COMPANY_NOUNS_KO)
            ):
                # "ERP 개발사 한결소프트 윤태민 대표": the word after "개발사" is the company.
                collected.insert(0, (token, "unknown-inst"))
                break
            elif (
                kind == "unknown"
                and right == "name"
                and j > first
                and self.kind_ko(tokens[j - 1]) == "inst"
            ):
                # "경북대학교 산학협력단 정우진 단장": a part of the institution before it.
                collected.insert(0, (token, "unit"))
            elif right == "name" and token.endswith("의") and len(token) > 2:
                # "스타트업 메디브레인의 한소희 대표": the company the speaker heads.
                collected.insert(0, (token[:-1], "unknown-inst"))
                break
            elif kind == "unknown" and (
                right in ("title", "unknown-inst") or (j == first and found_name)
            ):
                collected.insert(0, (token, "unknown-inst"))
            else:
                break
        return self.interpret(collected, tokens[first : topic + 1])

    def interpret(self, collected, clause):
        kinds = [kind for _token, kind in collected]
        words = [token for token, _kind in collected]
        if "name" in kinds and any(t in lx.DETERMINERS_KO for t in clause[-4:-1]):
            # "한 벤처캐피탈 심사역은": "one venture capitalist", whatever the words look like.
            known = next(t for t, k in collected if k == "name")
            if known not in self.people:
                return self.unnamed_ko(clause)
        if "name" not in kinds and "determiner" not in kinds:
            # A foreign name in Hangul: two words before the company and the title.
            if (
                len(kinds) >= 4
                and kinds[:2] == ["unknown-inst", "unknown-inst"]
                and kinds[-1] == "title"
                and not is_unnamed_marker(words[-1])
            ):
                name = f"{words[0]} {words[1]}"
                return self.named_ko(name, collected[2:])
            if kinds[:1] == ["surname"] and len(words) == 2 and not is_unnamed_marker(words[1]):
                # "김 교수는", "이 회장은": someone already met ("한 참석자는" is nobody).
                return self.by_surname_ko(words[0], words[1]) or self.unnamed_ko(clause)
            if kinds == ["title"] and not is_unnamed_marker(words[0]):
                return self.by_title_ko(words[0]) or self.unnamed_ko(clause)
            if kinds[:1] == ["determiner"] and len(words) == 2 and kinds[1] == "title":
                person = self.by_surname_ko(words[0], words[1])
                if person:
                    return person
            return self.unnamed_ko(clause)
        name = next(t for t, k in collected if k == "name")
        rest = [(t, k) for t, k in collected if k not in ("name", "honorific")]
        if not rest:
            return self.people.get(name) or self.remember(Person(name=name))
        return self.named_ko(name, rest)

    def named_ko(self, name, rest):
        role = " ".join(t for t, _k in rest)
        institution = None
        title_words = []
        for i, (token, kind) in enumerate(rest):
            if kind == "inst" and institution is None:
                run = [t for t, k in rest[:i] if k == "unknown-inst"]
                token = re.sub(r"^(?:\(주\)|㈜)", "", token)
                institution = self.resolve_institution(" ".join([*run, token]))
                if institution is None:
                    institution = self.add_institution(" ".join([*run, token]))
            elif kind == "title":
                glued = glued_institution(token)
                if glued and institution is None:
                    institution = self.resolve_institution(glued) or self.add_institution(
                        glued, kind=suffix_kind(glued)
                    )
                    title_words.append(glued_title(token, glued))
                else:
                    title_words.append(token)
        if institution is None:
            unknown = [t for t, k in rest if k == "unknown-inst"]
            if unknown:
                company = re.sub(r"^(?:\(주\)|㈜)", "", " ".join(unknown))
                institution = self.resolve_institution(company) or self.add_institution(
                    company, kind="company"
                )
        previous = self.people.get(name)
        if institution is None and previous:
            institution = previous.institution
        person = Person(name=name, role=role, institution=institution, title=" ".join(title_words))
        if previous is None or not previous.role:
            self.people[name] = person
        return person

    def remember(self, person):
        self.people[person.name] = person
        return person

    def unnamed_ko(self, clause):
        words = list(clause)
        if words:
            # "참석 업체 대표들은": a group, named as printed.
            words[-1] = token_without_topic(words[-1])
        role = " ".join(words)
        institution = None
        for word in words:
            known = self.lookup_institution(word) or (
                self.resolve_institution(word) if gazetteer_entry(word) else None
            )
            if known:
                institution = known
                break
        return Person(name=None, role=role, institution=institution)

    def by_surname_ko(self, surname, title):
        """The latest person met with this family name and this title."""
        for name in reversed(list(self.people)):
            person = self.people[name]
            if name.startswith(surname) and person.role.endswith(title):
                return person
        return None

    def by_title_ko(self, title):
        for name in reversed(list(self.people)):
            if self.people[name].role.endswith(title):
                return self.people[name]
        return None

    def kind_ko(self, token):
        """How a word of a subject reads: name, title, inst, surname, determiner, honorific."""
        if token in lx.HONORIFICS_KO:
            return "honorific"
        if token in lx.DETERMINERS_KO and token not in lx.KOREAN_SURNAMES:
            return "determiner"
        # One syllable, or two ("남궁 부회장은").
        if len(token) <= 2 and token in lx.KOREAN_SURNAMES:
            return "surname"
        if is_title_ko(token):
            return "title"
        if self.is_institution_ko(token):
            return "inst"
        if is_name_ko(token):
            return "name"
        if token.endswith(POSTPOSITIONS):
            return "stop"
        return "unknown"

    def is_institution_ko(self, token):
        if token.startswith(("(주)", "㈜")):
            return True
        return bool(self.lookup_institution(token) or gazetteer_entry(token) or suffix_kind(token))

    def note_mentions(self, index):
        """ "산업부 이승철 제1차관 주재로": the institution of someone quoted later by name and title.

        (A head named in the opening parenthesis, "(장관 노재원, 이하 중기부)", is read with the
        institutions.)
        """
        pieces = self.narrative_pieces(index)
        for piece in pieces:
            self.note_subject(without_asides_ko(piece).split())
        tokens = " ".join(pieces).split()
        for i in range(len(tokens) - 2):
            name, title = tokens[i + 1], strip_particles(tokens[i + 2])
            if name in self.people or not (is_name_ko(name) and is_title_ko(title)):
                continue
            institution = self.lookup_institution(strip_particles(tokens[i]))
            if institution and not is_unnamed_marker(title):
                self.people[name] = Person(name, title, institution, title)

    def note_subject(self, tokens):
        """ "오영주 중기부 제2차관은 … 설명했다": someone met in indirect speech, whom "오 차관은
        "…"" means later. Only a subject that opens the sentence, with a name and a title."""
        for k, token in enumerate(tokens[:6]):
            stem = strip_topic(token)
            if stem and is_title_ko(stem):
                if any(is_name_ko(t) for t in tokens[:k]):
                    self.subject(tokens[: k + 1])
                return

    # -- institutions, place, host -------------------------------------------------------

    def find_institutions(self):
        text = "\n".join(self.masked)
        found = []
        for m in re.finditer(
            r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{1,40})\(([^()]{1,60})\)", text
        ):
            name, inside = m[1], m[2]
            # "충청북도(…)": the "도" that ends a province's name is no particle.
            name_stem = next((c for c in candidates_ko(name) if suffix_kind(c)), name)
            if not (suffix_kind(name_stem) or gazetteer_entry(name_stem)):
                continue
            short = ""
            for part in (p.strip() for p in inside.split(",")):
                if part.startswith("이하 "):
                    short = part[3:].strip()
                elif re.fullmatch(r"[A-Z][A-Za-z&-]{1,9}|[가-힣]{2,6}", part) and part not in (
                    "가칭",
                    "안",
                ):
                    short = part
                else:
                    title_name = part.split()
                    if len(title_name) == 2 and is_title_ko(title_name[0]):
                        found.append((m.start(), name_stem, short, ("person", *title_name)))
            found.append((m.start(), name_stem, short, None))
        for m in re.finditer(r"(?:\(주\)|㈜|주식회사\s?)([가-힣A-Za-z0-9&]+)", text):
            found.append((m.start(), strip_particles(m[1]), "", "company"))
        for m in re.finditer(r"[가-힣A-Za-z0-9&\-]+", text):
            token = m.group()
            if self.is_city_government(token, text[m.end() :]):
                found.append((m.start(), strip_particles(token), "", "city"))
                continue
            for stem in candidates_ko(token):
                if gazetteer_entry(stem) or stem in lx.PROVINCES_KO or suffix_kind(stem):
                    if stem in lx.NOT_INSTITUTIONS_KO or stem.endswith(lx.MEETING_WORDS_KO):
                        break
                    found.append((m.start(), stem, "", "token"))
                    break
        found.sort(key=lambda f: f[0])
        for _start, name, short, extra in found:
            if extra is None:
                self.add_institution(name, short, suffix_kind(name) or "other")
        people = []
        for _start, name, _short, extra in found:
            if extra is None:
                continue
            if isinstance(extra, tuple):
                people.append((name, extra[1], extra[2]))
                continue
            if self.lookup_institution(name):
                continue
            if extra == "company":
                self.add_institution(name, kind="company")
            elif name in lx.PROVINCES_KO or extra == "city":
                self.add_institution(name, kind="local-government")
            elif gazetteer_entry(name):
                self.resolve_institution(name)
            else:
                self.add_institution(name, kind=suffix_kind(name) or "other")
        for institution, title, name in people:
            full = self.lookup_institution(institution)
            self.people[name] = Person(name=name, role=title, institution=full, title=title)
        ordered = sorted(self.institutions.items(), key=lambda kv: first_position(text, kv[1]))
        self.institutions = dict(ordered)

    @staticmethod
    def is_city_government(token, after):
        """ "청주시, 충주시가 참석한", "청주시 부시장": the city as a body that takes part or has
        officers; "청주시 오스코에서" is only where a place is."""
        stem = strip_particles(token)
        if not (stem.endswith("시") and stem[:-1] in lx.CITIES_KO):
            return False
        following = after.split()[:1]
        return (
            stem != token
            or after.startswith(",")
            or bool(following and is_title_ko(strip_particles(following[0])))
        )

    def find_place(self):
        meeting = self.meeting_sentence()
        for sentence in [meeting, *self.sentences]:
            tokens = sentence.split()
            for i, token in enumerate(tokens):
                if not token.endswith("에서") or token in ("자리에서", "회의에서", "인사말에서"):
                    continue
                venue = token[:-2]
                if not venue:
                    continue
                # "한국산업단지공단 경기지역본부에서": a body's building is named with the body.
                start = i
                while start > 0 and self.lookup_institution(tokens[start - 1].rstrip(",")):
                    start -= 1
                venue = " ".join([*tokens[start:i], venue])
                city = ""
                for word in tokens[max(0, start - 4) : start]:
                    bare = word.rstrip(",")
                    if bare in lx.CITIES_KO:
                        city = bare
                        break
                    if re.fullmatch(r"[가-힣]{2,3}시", bare) and bare[:-1] in lx.CITIES_KO | {
                        bare[:-1]
                    }:
                        city = bare[:-1]
                        break
                if city or sentence is meeting:
                    return venue, city
        return "", ""

    def find_host(self, meeting, venue):
        for sentence in self.sentences[:8]:
            m = re.search(r"(?:공동\s)?주최|주관", sentence)
            if m:
                name = self.institution_in(sentence[: m.start()], venue)
                if name:
                    return name
        if not meeting:
            return None
        m = MEETING_WORDS_KO_RE.search(meeting)
        return self.institution_in(meeting[: m.start()] if m else meeting, venue)

    def institution_in(self, text, venue):
        for m in re.finditer(r"[가-힣A-Za-z0-9&\-]+", text):
            for stem in candidates_ko(m.group()):
                known = self.lookup_institution(stem)
                if known and known != venue:
                    return known
        return None

    def find_council(self, meeting):
        for name in self.quoted_names():
            if name.endswith(lx.MEETING_WORDS_KO) and name in meeting:
                return name
        for name in self.quoted_names():
            if name.endswith(lx.MEETING_WORDS_KO):
                return name
        return ""

    def quoted_names(self):
        """Names in single or double quotes, anywhere in the body, in order."""
        names = []
        for para in self.body:
            for m in re.finditer(r"[‘']([^‘’'\n]{2,80})[’']|[\"“]([^\"“”\n]{2,80})[\"”]", para):
                names.append((m[1] or m[2]).strip())
        return names

    # -- policy items --------------------------------------------------------------------

    def find_policy_items(self, host):
        # A name met only as another body's ("presented by X as the 'Y'") is not an item here.
        items = {}
        for para in self.body:
            # Single quotes first and apart: a speaker may name a programme inside a quote.
            spans = [*re.finditer(r"[‘']([^‘’'\n]{2,80})[’']()", para)]
            spans += re.finditer(r"()[\"“]([^\"“”\n]{2,80})[\"”]", para)
            for m in spans:
                raw = (m[1] or m[2]).strip()
                name, provisional = policy_name(raw)
                kind = next((k for s, k in lx.POLICY_SUFFIXES_KO if name.endswith(s)), None)
                if not kind or name.endswith(lx.MEETING_WORDS_KO) or len(name) > 40:
                    continue
                if m[2] and PARTICLE_RE.match(para[m.end() :]):
                    continue
                before = re.split(r"[’'\"”]", para[max(0, m.start() - 40) : m.start()])[-1]
                by = re.search(
                    r"(\S+?)(?:이|가)\s(?:제시한|발표한|내놓은|권고한|수립한)\s*$", before
                )
                if by and self.lookup_institution(by[1]) not in (None, host):
                    continue
                # Korean puts the status before the name ("국회에서 논의 중인 'B'"), or after it
                # to the sentence's end ("'A'은 … 마련 중인 대책이다"), never across another name.
                after = sentence_pieces(para[m.end() :], True)[0]
                if re.search(r"[‘'\"“]", after):
                    after = ""
                status, note = policy_status_ko(before[-20:], after, kind)
                entry = items.get(name)
                if entry is None:
                    entry = items[name] = FoundPolicyItem(name=name, kind=kind, status="")
                if provisional and "가칭" not in entry.status_note and raw.endswith("(가칭)"):
                    entry.status_note = "; ".join(filter(None, ["가칭", entry.status_note]))
                elif provisional and raw.endswith("(안)") and "안" not in entry.status_note:
                    entry.status_note = "; ".join(filter(None, ["안", entry.status_note]))
                if status and not entry.status:
                    entry.status = status
                    entry.status_note = "; ".join(filter(None, [entry.status_note, note]))
        for entry in items.values():
            entry.status = entry.status or DEFAULT_STATUS[entry.kind]
        return list(items.values())


STATUS_KO = [
    (r"논의\s?중|계류\s?중|심사\s?중|심의\s?중|논의되고", "under-deliberation"),
    (r"통과|의결|제정된|확정된", "adopted"),
    (r"시행\s?중|시행되고|시행된|운영\s?중", "in-force"),
    (r"마련\s?중|준비\s?중|수립\s?중|마련하고", "in-preparation"),
    (r"발의|제출된|제출한", "proposed"),
    (r"추진\s?중", "ongoing"),
    (r"종료된|완료된", "completed"),
    (r"철회|폐기", "withdrawn"),
]


def policy_status_ko(before, after, kind):
    for text in (before, after):
        for pattern, status in STATUS_KO:
            m = re.search(pattern, text)
            if m:
                if status == "ongoing":
                    status = "in-force" if kind == "programme" else "in-preparation"
                return status, m.group()
    return "", ""


def without_asides_ko(text):
    """ "박영훈(38) 대표는", "서정민 충청북도지사(사진)는": an age or the photo mark is no name."""
    return re.sub(r"\((?:\d{1,3}|\d{1,3}\s*[·,]\s*[남여]|[남여]|사진)\)", "", text)


def strip_topic(token):
    """The word before a topic or subject particle ("교수는" -> "교수"), or None."""
    word = token_without_topic(token)
    return re.sub(r"들$", "", word) if word != token else None


def token_without_topic(token):
    """ "대표들은" -> "대표들": the word as printed, without its topic or subject particle."""
    for ending in TOPIC_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)]
    return token


def strip_particles(token):
    for ending in sorted(POSTPOSITIONS + TOPIC_ENDINGS, key=len, reverse=True):
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)]
    return token


def candidates_ko(token):
    """The word as written, then without each particle it may end with."""
    out = [token]
    for ending in sorted(
        POSTPOSITIONS + TOPIC_ENDINGS + ("와의", "과의", "측"), key=len, reverse=True
    ):
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            out.append(token[: -len(ending)])
    return out


def suffix_kind(token):
    """The kind of institution a Korean word's ending suggests, or None."""
    if not token or not HANGUL.search(token) or token in lx.NOT_INSTITUTIONS_KO:
        return None
    if token in lx.RESEARCHER_TITLES_KO or token.endswith(lx.MEETING_WORDS_KO):
        return None
    for suffix, kind in lx.INSTITUTION_SUFFIXES_KO:
        if token.endswith(suffix) and len(token) > len(suffix) + (1 if suffix == "연구원" else 0):
            return kind
    if token in lx.PROVINCES_KO:
        return "local-government"
    entry = gazetteer_entry(token)
    return entry[4] if entry else None


def is_title_ko(token):
    if token in lx.RESEARCHER_TITLES_KO:
        return True
    if suffix_kind(token) and not glued_institution(token):
        return False
    return token.endswith(lx.TITLES_KO) or token.endswith(lx.UNNAMED_MARKERS_KO)


def is_unnamed_marker(token):
    return token.endswith(lx.UNNAMED_MARKERS_KO)


def glued_institution(token):
    """ "한국자율제조플랫폼협회장" -> "한국자율제조플랫폼협회", "충청북도지사" -> "충청북도" (an
    institution and its head)."""
    if token.endswith("지사") and token[:-2] in lx.PROVINCES_KO:
        return token[:-2]
    if token.endswith("장") and len(token) > 3:
        stem = token[:-1]
        for suffix, _kind in lx.INSTITUTION_SUFFIXES_KO:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
                return stem
    return None


def glued_title(token, institution):
    """The head's title, with the institution's last syllable: "회장", "도지사"."""
    return token[len(institution) - 1 :]


def is_name_ko(token):
    if not re.fullmatch(r"[가-힣]{3,4}", token) or token in lx.NOT_NAMES_KO:
        return False
    # "장관에게", "정부에서": a noun with its particle, not a four-syllable name.
    if token.endswith(POSTPOSITIONS) and (
        len(token) == 4 or token.endswith(("에서", "으로", "에게"))
    ):
        return False
    return token[:2] in lx.KOREAN_SURNAMES or token[0] in lx.KOREAN_SURNAMES
