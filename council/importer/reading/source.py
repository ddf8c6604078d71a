"""The source: who published the text and under what headline.

The publisher is read where a page prints it, in this order: a wire dateline ("SEOUL, June 17
(Yonhap) --", "(서울=연합뉴스)", "[세종=뉴스핌]"), a byline that names the paper ("[Asia Economy
Reporter …]", "By HT Correspondent, Hindustan Times, New Delhi"), the copyright line
("Copyright © The Korea Herald", "Copyright ⓒ 뉴스1."), a headline's " / 연합뉴스" suffix, a
Korean lede's byline ("매일일보 = 오시내 기자 |", "[금요저널] 구로구가"), and for a press
release (보도자료) the body that sends it, the host. The headline is the header's
line that reads as one; a text without a header has no headline: the first sentence is not one.
These lines are read from the text as pasted, before the clean-up drops them as the page's.
"""

import re
from dataclasses import dataclass

from . import lexicon as lx
from .cleanup import DATELINE_EN, reads_as_headline
from .gazetteer import known_body
from .sentences import MONTH_RE

# "(서울=연합뉴스)", "[세종시=뉴스핌]": a place, then the wire or paper. "[사진=연합뉴스]" is a
# photo credit, not a dateline: its left side is a label, not a place.
DATELINE_KO = re.compile(
    r"[\[(【]\s*(?P<place>[가-힣A-Za-z]{1,10})\s*=\s*(?P<wire>[^\[\]()=【】]{1,20}?)\s*[\])】]"
)
# Labels written like a dateline: a credit ("[사진=연합뉴스]", "[정리=김 기자]") or a table's
# note ("(단위=억원)").
CREDIT_LABELS_KO = {
    "사진", "그래픽", "자료", "제공", "출처", "영상", "표", "사진제공", "디자인", "단위", "기준",
    "정리", "글", "그림", "촬영", "편집", "취재", "진행", "대담",
}  # fmt: skip
# "[Asia Economy Reporter Moon Chaeseok]", "[아시아경제 문채석 기자]", and with the city the
# reporter files from: "[Asia Economy Sejong=Reporter Song Seung-seop]", "[천지일보 대전=김지현
# 기자]".
BYLINE_BRACKETS = re.compile(
    r"^\[(?P<paper>[^\[\]=]{1,60}?)(?:\s+(?P<city>[A-Z][a-z]+|[가-힣]{2,6})=\s*|\s+)"
    r"(?:(?:Staff\s+)?(?:Reporter|Correspondent|Writer)\s+[A-Z][^\[\]]{0,60}|"
    r"[가-힣]{2,4}\s?(?:기자|특파원))\]"
)
WIRE = "|".join(lx.WIRES_EN)
# "By Yonhap", "by IANS |": a byline that is the wire's; "New Delhi, Oct 21 (IANS) …": a
# dateline in Title Case without its dashes; "…, the spokesman said. (Yonhap)": a sign-off.
WIRE_BYLINE = re.compile(rf"^by\s+(?P<wire>{WIRE})\s*\|?$", re.IGNORECASE)
WIRE_DATELINE = re.compile(
    rf"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}},\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s+"
    rf"\((?P<wire>{WIRE})\)\s"
)
WIRE_SIGN_OFF = re.compile(rf"(?:^|[.!?”\"]\s*)\((?P<wire>{WIRE})\)$")
# A masthead on its own line: "The Korea Times", "The Indian Express (Delhi Edition)", "중앙일보".
MASTHEAD = re.compile(
    r"^(?P<paper>(?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+"
    r"(?:Times|Herald|Post|Journal|Gazette|Tribune|Chronicle|Telegraph|Express|Ilbo|Shinmun))"
    r"(?:\s+\([A-Z][\w ]{0,30}Edition\))?$|"
    r"^(?P<paper_ko>[가-힣]{2,8}(?:일보|신문))$"
)
# The last word of a paper's, a broadcaster's or an agency's name: "CBC News", "National News
# Agency", "The Indian Express".
MEDIA_NAME_EN = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'.-]*\s+){0,4}(?:News|Times|Herald|Post|Journal|Daily|Press|Express|"
    r"Gazette|Tribune|Chronicle|Telegraph|Agency|Television|TV|Radio|Broadcasting|Star|Mail|"
    r"Standard|Observer|Guardian|Globe|Monitor|Mirror)$"
)
# A date among a byline's fields between pipes: "Reuters | Paris | Updated: 09-04-2020",
# "Morgan Modjeski | CBC News | Posted: October 25, 2019".
DATE_IN_FIELDS = re.compile(r"\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}")
# "Xinhua, December 11, 2015": a wire, then the day it filed.
WIRE_THEN_DATE = re.compile(rf"^(?P<wire>{WIRE}),\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+\d{{4}}\b")
# "Source: National News Agency", "Via Reuters": the outlet a page reposts.
SOURCE_LABEL = re.compile(r"^(?:Source|Via)\s*:?\s+(?P<paper>[A-Z][\w&'. -]{1,60}?)\.?$")
# "Business reporter, BBC News": the writer's post, then the outlet.
ROLE_BYLINE = re.compile(
    r"^(?:[A-Za-z-]+\s){0,3}(?:reporter|correspondent|editor|writer)\s*,\s*"
    r"(?P<paper>[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*){0,3}\s+"
    r"(?:News|Times|Herald|Post|Journal|Daily|Press|Television|TV|Radio))$",
    re.IGNORECASE,
)
# "ISSUED BY THE DEPARTMENT OF …", "European Commission - Daily News": a release's sender.
ISSUED_BY = re.compile(
    r"^(?:issued|released|distributed) by:?\s+(?:the\s+)?(?P<paper>[A-Za-z][\w&,' -]{2,80})$",
    re.IGNORECASE,
)
RELEASE_HEADER = re.compile(
    r"^(?P<paper>[A-Z][\w&' ]{2,60}?)\s+[-–—|]\s+"
    r"(?:Daily News|Press releases?|News releases?|Media releases?|Press corner|Newsroom)$"
)
# "중도일보(www.joongdo.co.kr), 무단전재 …": the rights notice names the paper by its site.
RIGHTS_WITH_SITE_KO = re.compile(
    r"^(?P<paper>[^\s(),]{2,20})\s*\((?:www\.|https?://)[^()\s]{3,60}\)\s*,?\s*무단"
)
# "(포탈뉴스) 김 지사가 …": an outlet's name in brackets before its story.
BRACKETED_OUTLET_KO = re.compile(
    r"(?:^|\s)\((?P<paper>[가-힣A-Za-z0-9]{1,10}(?:뉴스|일보|신문|방송|타임스|투데이))\)\s+[가-힣]"
)
MEDIA_WORDS_KO = re.compile(r"뉴스|일보|신문|방송|미디어|타임스|저널|경제|TV", re.IGNORECASE)
# "By HT Correspondent, Hindustan Times, New Delhi": the paper is the byline's second field.
BYLINE_FIELDS = re.compile(
    r"^By\s+[^,]{2,40},\s*(?P<paper>[A-Z][^,]{1,40}?)(?:,\s*(?P<city>[A-Z][\w .'-]{1,30}))?$"
)
WRITER_WORDS = re.compile(
    r"reporter|editor|writer|correspondent|columnist|staff|contributor|journalist|bureau|chief",
    re.IGNORECASE,
)
# "Copyright © The Korea Herald. All rights…", "< Copyright ⓒ mbn. 무단전재 … >",
# "저작권자 © 치과신문 무단전재", "© 2026 Example Times": the name up to its first stop.
# "ⓒ 한국경제신문 & hankyung.com": the name ends before a site's address too.
COPYRIGHT_LINE = re.compile(
    r"^[<\[(]?\s*(?:\(c\)\s*)?(?:Copyright|저작권자)\s*(?:[©ⓒ]|\(c\))?\s*(?:\d{4}(?:-\d{4})?\s*)?"
    r"(?:by\s+)?(?P<paper>[^.,&<>()\[\]|]{2,40}?)\s*(?:[.,&<>()\[\]|]|All rights|무단|$)|"
    r"^[<\[(]?\s*[©ⓒ]\s*(?:\d{4}\s*)?(?P<short>[^.,&<>()\[\]|]{2,40}?)\s*"
    r"(?:[.,&<>()\[\]|]|All rights|무단|$)",
    re.IGNORECASE,
)
# "직접 사회 맡은 박용만 "…" / 연합뉴스 (Yonhapnews)": a video page's headline and its channel.
HEADLINE_CHANNEL = re.compile(
    r"^(?P<headline>.+?)\s+/\s+(?P<channel>[^/]{2,30}?)(?:\s*\([^()]*\))?$"
)
# "Home / India News / PM Modi chairs …": a breadcrumb before the headline.
BREADCRUMB_START = ("Home", "홈")
SEPARATOR = re.compile(r"\s*[/>›»]\s*")
# A release page labels its fields: "Subject …", "제목 …".
# "Title: …", and a page's kind before its headline ("News story: …").
HEADLINE_LABEL = re.compile(
    r"^(?:Subject|Title|Headline|제목|News story|Press release)\s*:?\s+(?=\S)", re.IGNORECASE
)
PRESS_RELEASE = re.compile(
    r"^(?:보도\s?(?:참고\s?)?자료|(?:press|media|news) releases?|for immediate release)$", re.I
)
# "…환담회[보도자료]", "[속보] …": a board's or a desk's tag on the headline, no word of it.
SECTION_TAG = re.compile(
    r"^\s*\[(?:보도\s?(?:참고\s?)?자료|속보|단독|종합)\]|\[(?:보도\s?(?:참고\s?)?자료)\]\s*$"
    # "[국무조정실][보도자료] …": the sender's tag before the release's.
    r"|^\s*\[[^\[\]]{1,12}\]\[보도\s?(?:참고\s?)?자료\]"
)
# The page's own lines a header may hold: "본문 바로가기", "Go to Contents", the weather.
# A quotation with its speaker in brackets after it ("“…” (President Jung)") is a remark.
NOT_HEADLINE = re.compile(
    r"바로가기|skip to|go to contents|℃|°C|\bLogo$|^[•·]|[\"”’']\s*\([^()]{2,80}\)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Source:
    publisher: str
    title: str


def source_of(text, header, body, host, korean, lookup):
    """The publisher and headline of the pasted ``text`` (its ``header`` and ``body`` apart);
    ``lookup`` gives the full name of a body the article names, or None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title, channel = headline_of(header or headline_in_body(body, korean), body, korean)
    publisher = wire_of(lines) or channel
    if not publisher and any(PRESS_RELEASE.match(line) for line in lines):
        # A release is its sender's: the host, else the body whose name heads the release.
        sender = next(
            filter(None, (lookup(line) or known_name(line, korean) for line in header)), ""
        )
        publisher = host or sender or ""
    return Source(publisher=publisher, title=title)


def known_name(line, korean):
    body = known_body(line)
    return (body.name_ko if korean else body.name_en) if body else ""


def wire_of(lines):
    """The paper or wire a dateline, byline or copyright line names, the first found; else
    the paper a photo's credit names after its caption ("…하고 있다.ⓒ뉴데일리")."""
    patterns = (
        dateline_wire, byline_paper, pipe_byline, wire_then_date, release_sender,
        copyright_holder, source_label, masthead, caption_credit, wire_sign_off, bracketed_outlet,
        lede_byline_ko,
    )  # fmt: skip
    for pattern in patterns:
        for line in lines:
            name = pattern(line)
            if name:
                return name
    return ""


def dateline_wire(line):
    m = DATELINE_EN.match(line)
    if m and m["wire"]:
        return m["wire"].strip()
    m = WIRE_DATELINE.match(line)
    if m:
        return m["wire"]
    m = korean_dateline(line)
    if not m:
        return ""
    place, wire = m["place"].strip(), m["wire"].strip(" /")
    if REPORTER_KO.search(wire):
        # "[해남=아시아경제 호남취재본부 김현 기자]": the paper before its reporter; "[일간검경=
        # 민지안 기자]": the paper, then its reporter; "[횡성=강원순 기자]": a place, no paper.
        others = REPORTER_KO.sub("", wire).split()
        return others[0] if others else ("" if is_place_name_ko(place) else place)
    # "[전국뉴스 = 고병용기자]", "[소셜미디어태희=안태희]": the paper, then its reporter.
    if MEDIA_WORDS_KO.search(place) and not MEDIA_WORDS_KO.search(wire):
        return place
    return wire


# A reporter signing a byline: "김현 기자", "양삼운 선임기자", "조헌국기자".
REPORTER_KO = re.compile(r"(?:^|\s)[가-힣]{2,4}\s?(?:선임|수석|객원|인턴|전문)?기자$")


def is_place_name_ko(word):
    """ "횡성", "서울", "경남": a place a dateline files from, not a paper (whose names run
    longer: "더뉴스", "일간검경")."""
    return len(word) == 2 or word in lx.CITY_NAMES_KO or word in lx.PROVINCES_KO


def release_sender(line):
    m = ISSUED_BY.match(line) or RELEASE_HEADER.match(line)
    if not m:
        return ""
    paper = m["paper"].strip(" ,")
    # "THE DEPARTMENT OF …": a name printed in capitals is given in Title Case.
    if paper.isupper():
        paper = " ".join(
            w.lower() if w.lower() in ("of", "and", "for", "the", "on") else w.capitalize()
            for w in paper.split()
        )
    return paper


def masthead(line):
    m = MASTHEAD.match(line)
    return (m["paper"] or m["paper_ko"]) if m else ""


def media_name(text):
    """Whether ``text`` is a wire's or an outlet's name ("Reuters", "CBC News")."""
    return text in lx.WIRES_EN or bool(MEDIA_NAME_EN.match(text))


def pipe_byline(line):
    """The outlet among a dated byline's fields between pipes, or ""."""
    fields = pipe_fields(line)
    return next((f for f in fields if media_name(f)), "") if fields else ""


def pipe_fields(line):
    """The fields of a byline between pipes with a date among them ("Reuters | Paris |
    Updated: 09-04-2020"); [] for any other line (a menu's "Home | News | Sports")."""
    if "|" not in line or not DATE_IN_FIELDS.search(line):
        return []
    return [f.strip() for f in line.split("|") if f.strip()]


def wire_then_date(line):
    m = WIRE_THEN_DATE.match(line)
    return m["wire"] if m else ""


def source_label(line):
    m = SOURCE_LABEL.match(line)
    return m["paper"].strip() if m and media_name(m["paper"].strip()) else ""


def wire_sign_off(line):
    m = WIRE_SIGN_OFF.search(line)
    return m["wire"] if m else ""


def bracketed_outlet(line):
    m = BRACKETED_OUTLET_KO.search(line)
    return m["paper"] if m else ""


# "매일일보 = 오시내 기자 | …", "한빛통신 김현기자 기자 | …", "데일리연합 (SNSJTV) 김민제
# 기자 | …", "(동양일보 신서희 기자) …": the paper and its reporter before the lede.
PAPER_AND_REPORTER_KO = re.compile(
    r"^\(?(?P<paper>[가-힣A-Za-z0-9]{2,12})\s*=?\s*(?:\([^()]{1,20}\)\s*)?"
    r"[가-힣]{2,4}\s?기자(?:\s+기자)?\s*[|)]"
)
# "[신아일보] 서울/이준철 기자", "[금요저널] 구로구가 …": a paper's name in square brackets
# opening the lede; "/연합뉴스": a wire signing off on a line of its own.
BRACKETED_PAPER_KO = re.compile(r"^\[(?P<paper>[가-힣A-Za-z0-9]{3,12})\]\s*[가-힣]")
SIGNED_OFF_KO = re.compile(r"^/(?P<paper>[가-힣A-Za-z0-9]{2,12})$")


def lede_byline_ko(line):
    m = PAPER_AND_REPORTER_KO.match(line)
    if m and not is_place_name_ko(m["paper"]):
        return m["paper"]
    m = BRACKETED_PAPER_KO.match(line) or SIGNED_OFF_KO.match(line)
    return m["paper"] if m and MEDIA_WORDS_KO.search(m["paper"]) else ""


def korean_dateline(line):
    """ "(서울=연합뉴스) 김 기자 = …", or one at the article's end ("…밝혔다. [세종=뉴스핌]"); not
    a photo credit ("[사진=연합뉴스]")."""
    line = line.strip()
    starts = DATELINE_KO.match(line)
    ends = DATELINE_KO.search(line, max(0, len(line) - 40))
    for m in (starts, ends if ends and ends.end() == len(line) else None):
        if m and m["place"] not in CREDIT_LABELS_KO:
            return m
    return None


def dateline_place_ko(text):
    """The place of a Korean dateline ("(서울=연합뉴스)" gives 서울) or of a bracketed byline
    ("[천지일보 대전=김지현 기자]" gives 대전), or ""."""
    lines = [line.strip() for line in text.split("\n")]
    m = next(filter(None, map(korean_dateline, lines)), None)
    if m:
        return m["place"]
    byline = next(filter(None, map(BYLINE_BRACKETS.match, lines)), None)
    return byline["city"] or "" if byline else ""


def byline_city(text):
    """The city a byline files from ("By HT Correspondent, Hindustan Times, New Delhi",
    "Reuters | Paris | Updated: …"), or ""."""
    for line in text.split("\n"):
        m = BYLINE_FIELDS.match(line.strip())
        if m and m["city"] and not WRITER_WORDS.search(m["paper"]):
            return m["city"].strip()
        city = city_after_outlet(pipe_fields(line.strip()))
        if city:
            return city
    return ""


# "Accra, May 17, GNA –", "Brussels, 4 April 2019", "(Mogadishu, Thursday, 14 April 2011)":
# a place in Title Case opening a line, then the day of the writing.
PLACE_THEN_DATE_EN = re.compile(
    r"^\(?(?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?),\s+"
    rf"(?:(?:{'|'.join(lx.WEEKDAYS_EN)}),\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


def place_dateline_city(text):
    """The city of a dateline in Title Case and a date ("Accra, May 17, GNA – …"), or ""."""
    for line in text.split("\n"):
        m = PLACE_THEN_DATE_EN.match(line.strip())
        if m and m["city"][0].isupper() and not is_a_day_or_label(m["city"]):
            return m["city"]
    return ""


def is_a_day_or_label(words):
    """ "Thursday, 14 April", "Updated, May 5": a day or a page's label, not a place."""
    return any(
        w.lower() in lx.WEEKDAYS_EN or w.lower() in lx.MONTHS_EN or w in lx.PAGE_LABELS_EN
        for w in words.split()
    )


def city_after_outlet(fields):
    """The field after a wire's name among a byline's fields, when it is a place's name (one
    or two capitalised words): "Reuters | Paris | Updated: …" files from Paris."""
    for outlet, after in zip(fields, fields[1:], strict=False):
        if outlet in lx.WIRES_EN and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", after):
            return after
    return ""


def byline_paper(line):
    m = WIRE_BYLINE.match(line) or ROLE_BYLINE.match(line)
    if m:
        return (m.groupdict().get("wire") or m["paper"]).strip()
    m = RIGHTS_WITH_SITE_KO.match(line)
    if m:
        return m["paper"]
    m = BYLINE_BRACKETS.match(line)
    if m:
        # "[사건의내막 / 문홍철 기자]": a slash between the paper and its reporter.
        return m["paper"].strip(" /")
    m = BYLINE_FIELDS.match(line)
    if m and not WRITER_WORDS.search(m["paper"]):
        return m["paper"].strip()
    return ""


# "…하고 있다. ⓒ뉴데일리": the page's own photo; "ⓒ경기도 제공" is a body's, handed out.
CAPTION_CREDIT = re.compile(r"[.!?]\s*[ⓒ©]\s?(?P<paper>[^\s.ⓒ©=]{2,20})$")


def caption_credit(line):
    m = CAPTION_CREDIT.search(line)
    return m["paper"] if m and not known_body(m["paper"]) else ""


def copyright_holder(line):
    m = COPYRIGHT_LINE.match(line)
    if not m:
        return ""
    # "<ⓒ투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr) 무단전재 …>": the
    # name printed with its site's address, after the site's slogan.
    site = NAMED_WITH_SITE.search(line)
    return (site["name"] if site else (m["paper"] or m["short"])).strip()


NAMED_WITH_SITE = re.compile(
    r"(?:^|[,©ⓒ<]\s*)(?P<name>[^,.<>()\[\]|©ⓒ]{2,30}?)\s?\((?:https?://)?[\w-]+(?:\.[\w-]+)+/?\)"
)


def headline_of(header, body, korean):
    """``(headline, channel)``: the header line that reads as a headline, tidied; of several,
    the first that tells of the article (a search box's label or a menu above it does not)."""
    candidates = []
    for line in header:
        labelled = HEADLINE_LABEL.match(line)
        line = without_breadcrumb(line[labelled.end() :] if labelled else line).strip("-–— |")
        line = DATE_STAMP.sub("", SECTION_TAG.sub("", line).strip())
        if NOT_HEADLINE.search(line) or len(line) > 160 or not_a_headline(line, korean):
            continue
        channel = ""
        m = HEADLINE_CHANNEL.match(line)
        if m:
            line, channel = m["headline"], m["channel"]
        if labelled:
            return line, channel
        if reads_as_headline(line, korean) or EVENT_TITLE.search(line):
            candidates.append((line, channel))
    text = " ".join(body)
    telling = [c for c in candidates if words_told(c[0], text) >= 2]
    # "Bâtir l’avenir numérique …" above the English headline: a line most of whose words
    # the article uses is the one that tells of it.
    most = [c for c in telling if not korean and words_told(c[0], text) * 2 >= len(words_of(c[0]))]
    return (most or telling or candidates or [("", "")])[0]


# "date 2021-04-13 Moon to meet …": the page's date stamp before the headline.
# "2024-08-27 …", "date 2020-09 …", "[25.1.22] …" before a headline, "… 2022-01-12" after it:
# the page's date stamp, no word of the headline.
DATE_STAMP = re.compile(
    r"^(?:date\s*:?\s*)?(?:19|20)\d\d[-./]\d\d?(?:[-./]\d\d?)?\.?\s+(?=\S)"
    r"|^\[\d\d\.\d\d?\.\d\d?\]\s*(?=\S)|\s+(?:19|20)\d\d-\d\d-\d\d$",
    re.I,
)
# "3rd Ministerial Meeting on Current Issues", "General Affairs Council, Tuesday 15 October
# 2019": a meeting's name with its number or its day is the release's headline.
EVENT_TITLE = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)\s.*\b(?:Meeting|Council|Conference|Forum|Summit)\b.*|"
    r".*\b(?:Meeting|Council|Conference|Forum|Summit)\b.*\b\d{1,2}\s[A-Z][a-z]{2,8}\s(?:19|20)\d\d)$"
)
# Words a headline does not end with: a line cut mid-sentence by a page's layout.
FRAGMENT_END_EN = {"the", "a", "an", "of", "to", "and", "at", "in", "for", "with", "on", "or"}
PICTURE_WORDS = re.compile(
    r"^(?:image|photo|picture|video|graphic|thumbnail)s?(?:\s+(?:caption|credit))?$", re.I
)


def not_a_headline(line, korean):
    """A picture's label ("Title Image", "Image Caption"), a line cut off ("… should always end at the"), a lede
    quote standing alone (“…습니다.”), or a caption's sentence ("…개최했다.(청양군 제공)")."""
    if PICTURE_WORDS.match(line) or not line:
        return True
    if not korean and line.split()[-1] in FRAGMENT_END_EN:
        return True
    if korean and re.search(r"다\.\s*(?:\([^()]{1,20}\))?$", line):
        return True
    return quoted_whole(line)


CLOSING_OF = {"“": "”", '"': '"', "‘": "’", "'": "'", "「": "」", "『": "』"}


def quoted_whole(line):
    """The line is one quoted sentence, its full stop inside: its opening mark closes only at
    its end. A headline quotes without the stop ("“…늘려달라”")."""
    close = CLOSING_OF.get(line[:1])
    return (
        bool(close)
        and len(line) > 2
        and line.find(close, 1) == len(line) - 1
        and line[-2] in ".!?。"
    )


def words_of(line):
    return {w for w in re.findall(r"[\w-]{2,}", line) if not w.isdigit()}


def without_breadcrumb(line):
    parts = SEPARATOR.split(line)
    return parts[-1] if len(parts) > 1 and parts[0] in BREADCRUMB_START else line


def headline_in_body(body, korean):
    """ "권칠승 “… 돕겠다”": a Korean headline that ends in a quotation's verb reads as the
    first sentence; a sentence of the article ends with its full stop."""
    first = body[0] if korean and body else ""
    return [first] if len(first) <= 80 and not re.search(r"[.!?。]$", first) else []


def words_told(line, text):
    """How many of the line's words the body uses too."""
    return sum(1 for word in words_of(line) if word in text)
