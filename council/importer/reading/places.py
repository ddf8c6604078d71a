"""Places: the venue and the city of the meeting.

English: "at the Venue in City", a building the meeting was "held at", a city the meeting
was held in, else the city of a wire dateline. Korean: the word before "에서" in the
meeting sentence, or in any sentence that also names a city.
"""

import re

from . import lexicon as lx
from .sentences import MEETING_WORDS_EN_RE

# A venue's name: capitalised words, with "of", "and" and the nouns of a venue between them.
VENUE_RUN = (
    r"[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|for|de|"
    + "|".join(lx.VENUE_NOUNS_EN)
    + r"))*"
)


def find_place_en(sentences, dateline_city):
    venue = city = ""
    venue_re = re.compile(
        rf"\bat (?:the )?(?P<venue>{VENUE_RUN})(?:\s+\([A-Z]{{2,10}}\))?\s+in\s+"
        r"(?P<city>[A-Z][a-z]+(?:-[a-z]+)?)(?:, (?P<then>[A-Z][a-z]+))?"
    )
    ordered = sorted(sentences, key=lambda s: not MEETING_WORDS_EN_RE.search(s))
    for sentence in ordered:
        m = venue_re.search(sentence)
        if m and m["venue"].split()[0] not in lx.CAPITALISED_STOPWORDS_EN:
            venue, city = m["venue"], city_of(m["city"], m["then"])
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
            if m and m["city"].casefold() not in lx.MONTHS_EN:
                city = city_of(m["city"], m["then"])
                break
    if not city:
        # "at a policy council meeting in Seongnam": a known city after a meeting word.
        for sentence in ordered:
            m = re.search(rf"{MEETING_WORDS_EN_RE.pattern}\s+in (?P<city>[A-Z][a-z]+)\b", sentence)
            if m and m["city"] in lx.CITIES_EN:
                city = m["city"]
                break
    if not city and dateline_city in lx.CITIES_EN:
        # A wire story may name its city only in the dateline: "SEJONG, Dec. 1 (Yonhap) --".
        city = dateline_city
    return venue, city


HELD_AT = re.compile(r"\b(?:held|took place)\b")
# The "at" of a venue: the venue's first word is capitalised ("at the Pangyo Center").
AT_VENUE = re.compile(r"\bat (?:the )?(?=[A-Z0-9])")
VENUE = re.compile(rf"(?P<venue>{VENUE_RUN})")
HELD_IN = re.compile(r"\b(?:held|hosted|convened|opened|took place)\b")
IN_CITY = re.compile(r"\bin (?P<city>[A-Z][a-z]+)(?:, (?P<then>[A-Z][a-z]+))?")


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


def city_of(first, then):
    """ "in Yeouido, Seoul": the city, not the district before it."""
    if first not in lx.CITIES_EN and then in lx.CITIES_EN:
        return then
    return first


def find_place_ko(sentences, meeting, institutions):
    for sentence in [meeting, *sentences]:
        tokens = sentence.split()
        for i, token in enumerate(tokens):
            if not token.endswith("에서") or token in ("자리에서", "회의에서", "인사말에서"):
                continue
            venue = token[:-2]
            if not venue:
                continue
            # "한국산업단지공단 경기지역본부에서": a body's building is named with the body.
            start = i
            while start > 0 and institutions.lookup(tokens[start - 1].rstrip(",")):
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
