"""Places: the venue and the city of the meeting.

English: "at the Venue in City", a building the meeting was "held at", a city the meeting
was held in, else the city of a wire dateline. Korean: the word before "에서" in the
meeting sentence, or in any sentence that also names a city.
"""

import re

from . import lexicon as lx
from .english_words import has_institution_word
from .korean_words import strip_particles, suffix_kind
from .sentences import MEETING_WORDS_EN_RE

# A venue's name: capitalised words, with "of", "and" and the nouns of a venue between them.
VENUE_RUN = (
    r"[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|for|de|"
    + "|".join(lx.VENUE_NOUNS_EN)
    + r"))*"
)


# A city's name: one capitalised word, or two after a word cities begin with ("New Delhi").
CITY_NAME = rf"(?:(?:{'|'.join(map(re.escape, lx.CITY_FIRST_WORDS_EN))}) )?[A-Z][a-z]+"


def find_place_en(sentences, dateline_city):
    venue = city = ""
    venue_re = re.compile(
        rf"\bat (?:the )?(?P<venue>{VENUE_RUN})(?:\s+\([A-Z]{{2,10}}\))?\s+in\s+"
        rf"(?P<city>{CITY_NAME}(?:-[a-z]+)?){DISTRICT}(?:, (?P<then>[A-Z][a-z]+))?"
    )
    ordered = sorted(sentences, key=lambda s: not MEETING_WORDS_EN_RE.search(s))
    for sentence in ordered:
        m = venue_re.search(sentence)
        if m and m["venue"].split()[0] not in lx.CAPITALISED_STOPWORDS_EN:
            venue, city = m["venue"], city_of(m["city"], m["then"], bool(m["district"]))
            break
    if not venue:
        # "the meeting at Cheong Wa Dae", "a roundtable at the presidential office in Yongsan,
        # Seoul": a head of government's seat, named or not, is where the meeting was.
        for sentence in ordered:
            m = after_a_verb(GATHERED, AT_SEAT, sentence)
            if m:
                venue = m["venue"]
                city = city or (city_of(m["city"], m["then"]) if m["city"] else "")
                break
    if not venue:
        # "was held at the Pangyo Global R&D Center and hosted by …", "held with … at the
        # Government Complex Sejong": a building, its city given elsewhere.
        for sentence in ordered:
            at = after_a_verb(HELD_AT, AT_VENUE, sentence)
            m = at and VENUE.match(sentence, at.end())
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
            m = after_a_verb(HELD_IN, IN_CITY, sentence)
            if m and m["city"].casefold() not in lx.MONTHS_EN and not describes_a_noun(m):
                city = city_of(m["city"], m["then"], bool(m["district"]))
                if city:
                    break
    if not city:
        # "opened talks in the DPRK's border city of Kaesong": a place the meeting's sentence
        # calls a city.
        for sentence in ordered:
            m = after_a_verb(GATHERED, CITY_OF, sentence)
            if m and not ANOTHER_CLAUSE.search(sentence, 0, m.start()):
                city = m["city"]
                break
    if not city:
        # "at a policy council meeting in Seongnam", "the General Affairs Council in Luxembourg
        # today", "a meeting in Brussels of the …": a place after a meeting word, a known city
        # or one a preposition, a clause or the sentence's end follows.
        for sentence in ordered:
            m = MEETING_IN_CITY.search(sentence)
            if m and m["city"] in lx.CITIES_EN:
                city = m["city"]
                break
    if not city:
        # An unlisted place, in the first sentence in the text's order that names one: the
        # lede's meeting, not "the last plenary meeting in Armagh" nor "a major meeting in
        # Wellington this week".
        m = next(filter(None, map(MEETING_IN_CITY.search, sentences)), None)
        if m and is_a_place_after_a_meeting(m):
            city = m["city"]
    if not city:
        # A building's own name may hold its city: "the Government Complex Sejong".
        city = next((w for w in venue.split() if w in lx.CITIES_EN), "")
    if not city and dateline_city:
        # A wire story may name its city only in the dateline: "SEJONG, Dec. 1 (Yonhap) --".
        # The dateline's form makes it a place, known to the list or not ("BRISBANE, …").
        city = dateline_city
    return venue, city


# "in Jongno District, Seoul", "in Mapo-gu, Seoul": a district, then its city.
DISTRICT = r"(?P<district>-gu|-dong|-si| District| Ward| Borough)?"
HELD_AT = re.compile(r"\b(?:held|took place|met|meeting|gathering|session)\b")
# The "at" of a venue: the venue's first word is capitalised ("at the Pangyo Center").
AT_VENUE = re.compile(r"\bat (?:the )?(?=[A-Z0-9])")
VENUE = re.compile(rf"(?P<venue>{VENUE_RUN})")
GATHERED = re.compile(
    r"\b(?:held|take place|takes place|took place|met|meeting|gathering|session|roundtable|"
    r"luncheon|lunch|dinner|conference|talks|briefing)\b",
    re.IGNORECASE,
)
AT_SEAT = re.compile(
    r"\bat (?:the )?(?:presidential office,? )?(?P<venue>"
    + "|".join(lx.SEATS_OF_GOVERNMENT_EN)
    # "at Rashtrapati Bhavan Cultural Centre": a building of the seat's, named in full.
    + r")\b(?!\s+[A-Z])(?:\s+in\s+(?P<city>[A-Z][a-z]+)(?:, (?P<then>[A-Z][a-z]+))?)?"
)
# "talks … in Minsk": talks and a summit are where they are held.
HELD_IN = re.compile(r"\b(?:held|hosted|convened|opened|took place|met|gathered|talks|summit)\b")
# "in Jongno District, Seoul", "in Mapo-gu, Seoul": a district (DISTRICT), then its city.
IN_CITY = re.compile(rf"\bin (?P<city>{CITY_NAME}){DISTRICT}(?:, (?P<then>[A-Z][a-z]+))?")
# "The meeting took place as the North blew up an office in its border city of Kaesong":
# after these, the sentence tells of something else.
ANOTHER_CLAUSE = re.compile(r"\b(?:as|while|amid|after|when|since|because|following|among)\s")
# "a meeting in Brussels", "the session in Cardiff": a meeting word in lower case (a
# council's name in capitals, "the Council in Dublin", may stand for a body anywhere).
MEETING_IN_CITY = re.compile(rf"{MEETING_WORDS_EN_RE.pattern}\s+in (?P<city>{CITY_NAME})\b(?!-)")
CITY_OF = re.compile(rf"\b(?:city|capital|town|port) of (?P<city>{CITY_NAME})\b")


def after_a_verb(verb, target, sentence):
    """The first ``target`` after a ``verb`` of the same clause (no full stop between), or None.

    What ``verb[^.]*?target`` finds, in one pass: that pattern scans from every verb to the
    next full stop, which takes quadratic time on a sentence that repeats the verb.
    """
    checked = 0
    for held in verb.finditer(sentence):
        if held.start() < checked:
            # The clause of an earlier verb, searched already: the same target or none.
            continue
        stop = sentence.find(".", held.end())
        checked = len(sentence) if stop < 0 else stop
        found = target.search(sentence, held.end(), checked)
        if found:
            return found
    return None


# "the last plenary meeting", "a major meeting": another meeting than the one reported.
OTHER_MEETING_EN = re.compile(
    r"\b(?:last|next|previous|another|upcoming|major|special|earlier|later|future)\s+(?:\w+\s+)?$"
)


def is_a_place_after_a_meeting(m):
    """ "the Council in Luxembourg today": a place, not a month, a building ("a Cabinet meeting
    in Parliament"), a noun's description, a word in capitals, nor another meeting's place."""
    name = m["city"]
    return not (
        name.casefold() in lx.MONTHS_EN
        or name in lx.CAPITALISED_STOPWORDS_EN
        or has_institution_word(name)
        or name.isupper()
        or describes_a_noun(m)
        or OTHER_MEETING_EN.search(m.string, max(0, m.start() - 30), m.start())
    )


NEXT_LOWERCASE_WORD = re.compile(r"\s+([a-z]+)")


def describes_a_noun(m):
    """ "met in Plenary session": a capitalised word before a noun is no city; one before a
    preposition, a clause or the sentence's end is ("met in Brisbane to talk …")."""
    following = NEXT_LOWERCASE_WORD.match(m.string, m.end())
    return bool(following) and following[1] not in lx.AFTER_PLACE_EN


def city_of(first, then, district=False):
    """ "in Yeouido, Seoul": the city, not the district before it; "in Jongno District, Seoul":
    a place the text calls a district is not the city, the place after it is."""
    if then and (district or first not in lx.CITIES_EN and then in lx.CITIES_EN):
        return then
    return "" if district else first


# "차담회", "환담회", "오찬": a talk or a meal is an occasion, not a place.
NOT_PLACES_KO = (
    *lx.MEETING_WORDS_KO,
    "자리",
    "인사말",
    "발언",
    "브리핑",
    "담회",
    "오찬",
    "만찬",
    "조찬",
)
# "정부과천청사", "정부세종청사": a government complex is named after its city.
GOVERNMENT_COMPLEX = re.compile(r"정부([가-힣]{2})청사")
# "19층", "지하 2층": a floor of the building named before the room.
FLOOR = re.compile(r"(?:지하)?\d{1,3}층")


def find_place_ko(sentences, meeting, institutions, dateline_place="", captions=()):
    """The venue and city; the city, when the venue's sentence does not give it, from the
    venue's own name ("정부서울청사"), the meeting sentence ("대전에 있는 … 본부를 방문해") or
    the dateline ("(서울=연합뉴스)"), in that order. A venue the text gives only in a photo's
    caption ("… 정부서울청사에서 … 발언하고 있다.") is the meeting's too."""
    venue, city = venue_ko(sentences, meeting, institutions)
    if not venue:
        venue, city = venue_ko(captions, "", institutions, any_sentence=True)
    complex_ = GOVERNMENT_COMPLEX.search(venue)
    city = (
        city
        or next((c for c in lx.CITIES_KO if c in venue), "")
        or (complex_[1] if complex_ else "")
        or city_of_seat_ko(venue)
        or next(filter(None, map(city_ko, meeting.split())), "")
        or city_ko(dateline_place)
    )
    return venue, city


# "본부를 방문해", "현장을 찾아": a place visited for the meeting; "영빈관으로 불러": one
# the guests were invited to.
VISITED_KO = ("방문", "찾아", "찾은", "찾았")
INVITED_KO = ("불러", "초청", "초대")


def visited(token, following):
    """ "본부를 방문해", "충무실로 언론사 사장들을 불러": ``following``, the words after the
    token up to the clause's verb."""
    return (token.endswith(("를", "을")) and following[0].startswith(VISITED_KO)) or (
        token.endswith("로") and any(word.startswith(INVITED_KO) for word in following)
    )


def venue_ko(sentences, meeting, institutions, any_sentence=False):
    for sentence in [meeting, *sentences] if meeting else sentences:
        tokens = sentence.split()
        for i, token in enumerate(tokens):
            following = [*tokens[i + 1 : i + 5], ""]
            if token.endswith("에서"):
                venue = token[:-2]
            elif sentence is meeting and visited(token, following):
                venue = re.sub(r"(?:를|을|으로|로)$", "", token)
            else:
                continue
            # "경기테크노파크(TP)에서": the short form printed with the name is not the venue's.
            venue = re.sub(r"\([^()]*\)$", "", venue)
            at = i
            if venue.endswith(")") and "(" not in venue:
                # "도농교류센터(군위군 소보면 사리1리)에서": an address in brackets over several
                # words; the venue is the name before them.
                at = next((j for j in range(i - 1, max(-1, i - 6), -1) if "(" in tokens[j]), i)
                venue = tokens[at].split("(")[0] if at < i else ""
            # "전체회의에서", "자리에서", "인사말에서": at a meeting or an occasion, not a place.
            if not venue or venue.endswith(NOT_PLACES_KO):
                continue
            start, named = venue_name(tokens, at, venue, institutions)
            # "현장을 방문해", "기업을 찾아": a place visited is a venue only when named.
            if not token.endswith("에서") and named == venue and not is_named_place(venue):
                continue
            before = tokens[max(0, start - 4) : start]
            city = next((c for c in (city_ko(w, beside_venue=True) for w in before) if c), "")
            # A building's own name may hold its city: "정부서울청사에서". A room met in a
            # sentence that dates it ("전날 군청 제2회의실에서") is where the meeting was.
            if (
                city
                or sentence is meeting
                or any_sentence
                or any(c in named for c in lx.CITIES_KO)
                or (named.endswith(ROOMS_KO) and DATED_KO.search(sentence))
            ):
                return named, city or city_of_placed_office(named)
    return "", ""


# Rooms of a building, and the offices whose rooms they are: "강원도청 기자실", "군청 제2회의실".
ROOMS_KO = ("회의실", "기자실", "접견실", "집무실", "세미나실", "강당", "대강당", "브리핑룸")
SEATS_KO = ("도청", "시청", "군청", "구청", "청사", "의회", "본관", "별관")
DATED_KO = re.compile(r"(?:^|\s)(?:전날|이날|당일|\d{1,2}일)\s")


def is_named_place(word):
    return bool(suffix_kind(word)) or word.endswith(lx.BUILDING_SUFFIXES_KO)


def venue_name(tokens, i, venue, institutions):
    """``(start, name)``: the venue with the body or building named before it, by its full name:
    "한국산업단지공단 경기지역본부", "소진공 본부" -> "소상공인시장진흥공단 본부", "국립현대미술관 서울관"."""
    words = [venue]
    start = i
    if venue in lx.BUILDING_SUFFIXES_KO and start > 0 and is_proper_word(tokens[start - 1]):
        # "프레지던트 호텔": a building's kind alone after its own name.
        words.insert(0, tokens[start - 1])
        start -= 1
    while start > 0:
        word = tokens[start - 1].rstrip(",")
        full = institutions.lookup(word)
        floor = FLOOR.fullmatch(word) and start > 1
        # "청와대 본관 충무실", "군청 제2회의실": a room of the building named before it.
        seat = word.endswith(SEATS_KO) and venue.endswith((*ROOMS_KO, "실"))
        if not full and not floor and not seat and not word.endswith(lx.BUILDING_SUFFIXES_KO):
            break
        words.insert(0, full or word)
        start -= 1
    # "용산 대통령실", "대구 남구청": an office many places have is named with its place
    # ("서울 포시즌스호텔" is a hotel of its own name, printed where it is).
    if start > 0 and words[0].endswith(PLACED_OFFICES_KO) and is_place_ko(tokens[start - 1]):
        words.insert(0, tokens[start - 1])
        start -= 1
    return start, " ".join(words)


# A head of government's office, a district's hall.
PLACED_OFFICES_KO = ("대통령실", "구청")


def city_of_placed_office(venue):
    """ "용산 대통령실" -> 서울, "대구 남구청" -> 대구: the place printed as part of the venue."""
    first = venue.split()[0]
    if not (venue.endswith(PLACED_OFFICES_KO) and is_place_ko(first)):
        return ""
    return "서울" if first in lx.SEOUL_DISTRICTS_KO else city_ko(first, beside_venue=True)


def is_place_ko(word):
    """ "대구", "세종시", "용산": a city or a Seoul district, printed bare."""
    bare = word[:-1] if word.endswith("시") else word
    return bare in lx.CITY_NAMES_KO or word in lx.SEOUL_DISTRICTS_KO


def is_proper_word(word):
    """Whether ``word`` may be a building's own name: bare, not a place, a time or a number."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]{2,12}", word))
        and strip_particles(word) == word
        and not city_ko(word)
        and not word.endswith(("구", "군", "시", "동", "읍", "면", "도"))
        and word not in lx.TIME_WORDS_KO
    )


def city_ko(word, beside_venue=False):
    """The city a word names, as the corpus writes it: "서울", "세종시" -> "세종", "대전에" -> "대전".

    ``beside_venue``: the word comes just before a venue ("김천시 … 에서"), where any "…시" is
    a city, listed or not."""
    bare = strip_particles(word.strip(",.()"))
    if bare in lx.CITIES_KO:
        return bare
    if re.fullmatch(r"[가-힣]{2,3}시", bare) and (beside_venue or bare[:-1] in lx.CITIES_KO):
        return bare[:-1]
    return ""


# "장수군", "부안군의회", "대전광역시", "금천구청": a county's, a city's or a district's own
# government or assembly.
LOCAL_GOVERNMENT_KO = re.compile(
    r"(?P<place>[가-힣]{2,3}?)(?P<kind>군|시|구|광역시|특별시|특별자치시)(?:의회|청)?"
)
PLACE_END = r"(?:에서|에|의)?(?!\S)"
# "홍천군 남면에", "청주시에서": a county or a city named as where something is.
PLACE_NAMED_KO = re.compile(
    rf"(?P<place>[가-힣]{{2}})군(?=\s+[가-힣]{{1,3}}[읍면동리]{PLACE_END}|에서?\s)"
    rf"|(?P<city>[가-힣]{{2,3}})시(?=\s+[가-힣]{{1,3}}[읍면동구]{PLACE_END}|에서?\s)"
)


def city_of_host_ko(host, sentences):
    """The city of a local government's own meeting, its own place: "장수군" -> 장수, a Seoul
    district ("금천구") -> 서울; "" for any other host, or when the text names another county
    or city as where something is ("횡성군은 홍천군 남면에 자리한 부대와 … 맺었다")."""
    m = LOCAL_GOVERNMENT_KO.fullmatch(host or "")
    if not m:
        return ""
    place, kind = m["place"], m["kind"]
    if kind == "구":
        return "서울" if place in lx.SEOUL_DISTRICTS_KO else ""
    if kind == "시" and place not in lx.CITY_NAMES_KO:
        return ""
    elsewhere = {
        n["place"] or n["city"] for sentence in sentences for n in PLACE_NAMED_KO.finditer(sentence)
    }
    return "" if elsewhere - {place} else place


def city_of_seat_ko(venue):
    """ "고창군청 대회의실", "밀양시청 소회의실": a county's or a city's hall names its place."""
    m = re.match(r"([가-힣]{2})군청|([가-힣]{2,3})시청", venue)
    return (m[1] or m[2]) if m else ""
