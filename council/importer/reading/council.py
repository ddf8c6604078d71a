"""The council: the standing body whose meeting the article reports, by the name the text gives.

A council is named in quotes ("the 'SME AI policy council'", `'정책홍보협의회'`) or without them
when the narrative ties it to the meeting: "the first meeting of the Small Business Economic
Forum", "the fourth Resources Ministers' Roundtable", "the Joint Ministerial Committee met",
`국무회의에 참석해`, `열린 국회 보건복지위원회 전체회의에서`. A body merely mentioned ("the
Fair Trade Commission said") is not the meeting's; a one-off event (`간담회`, "a roundtable")
is not a standing body; nothing is proposed when the text names none.
"""

import re

from . import lexicon as lx
from .sentences import MEETING_WORDS_KO_RE

# The last word of an English council's name.
COUNCIL_HEADS_EN = r"(?:Council|Committee|Forum|Roundtable|Round Table|Taskforce|Task Force)s?"
# A name in capitals ending in a council's word ("Resources Ministers’ Roundtable"), or going
# on to what it is on ("Presidential Committee on Digital Platform Government").
COUNCIL_NAME_EN = (
    r"(?P<name>(?:[A-Z][\w’'&.-]{0,30}\s+(?:(?:of|and|for|on|the|&)\s+){0,2}){0,8}"
    + COUNCIL_HEADS_EN
    + r"\b(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w’'&-]{0,30}"
    r"(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w’'&-]{0,30}){0,5})?)"
)
ORDINALS_EN = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"inaugural|new|annual|latest|next|last)"
)
# "the newly elected Wiltshire Council", "the recently formed …": a state of the body's, no
# word of its name.
STATE_EN = r"(?:(?:[a-z]+ly )?(?:elected|formed|established|appointed|constituted|created) )?"
# The members a standing body may be named by: "G20 Finance Ministers and Central Bank
# Governors met": three words at least, the first a group's name.
MEMBERS_NAME_EN = (
    r"(?P<name>[A-Z][\w’'&-]{0,30}(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'&-]{0,30}){1,8}\s+"
    r"(?:Ministers|Governors|Leaders))"
)
# How the narrative makes the named body the meeting's: "meeting of the X", "the fourth X",
# "X met", "chaired the X", "X held its inaugural meeting".
COUNCIL_IN_MEETING_EN = [
    re.compile(
        rf"\b(?:meeting|session|sitting|plenary|gathering) of (?:the )?{STATE_EN}"
        rf"(?:{ORDINALS_EN} )*{COUNCIL_NAME_EN}"
    ),
    re.compile(
        rf"\b(?:the )?{STATE_EN}{COUNCIL_NAME_EN} (?:held|holds|opened|began|convened) its "
        rf"(?:{ORDINALS_EN} )*(?:meeting|session|sitting|plenary)"
    ),
    re.compile(rf"\b{MEMBERS_NAME_EN} (?:met|meet|gathered|convened)\b"),
    re.compile(rf"\b(?:the|a) (?:{ORDINALS_EN} )+{COUNCIL_NAME_EN}"),
    re.compile(
        rf"\b(?:chaired|chairing|chairs|convened|hosted|held|attended|opened|launched|"
        rf"presided over|presiding over|lead|leads|led|heads|head) (?:the |a )?"
        rf"(?:{ORDINALS_EN} )*{COUNCIL_NAME_EN}"
    ),
    # "the Committee on the Future Economy (CFE) meeting": its short form may come between.
    re.compile(
        rf"\b{COUNCIL_NAME_EN}(?: \([A-Z]{{2,10}}\))? (?:met|meets|meeting|session|convened)\b"
    ),
    # "a meeting of the council of ministers": a body named in lower case by its members.
    # "the second meeting of the ministerial committee in charge of …": in lower case too.
    re.compile(
        r"\b(?:meeting|session) of the (?P<name>(?:council|committee|board) of [a-z]+(?: [a-z]+)?|"
        r"[a-z]+(?: [a-z]+)? (?:council|committee|board))"
        r"(?= at\b| on\b| in\b|[,.]|$)"
    ),
]
# In the sentence that tells of the meeting, a council it was at: "said at the first Digital
# Industry Council". Elsewhere "at the X Committee" may be another occasion.
COUNCIL_AT_MEETING_EN = re.compile(rf"\bat the (?:{ORDINALS_EN} )*{COUNCIL_NAME_EN}")
# Words before a council's name, not of it: "The Joint Ministerial Committee met".
NOT_NAME_START_EN = {"The", "This", "That", "A", "An", "Its", "Their", "His", "Her", "Our"}

# The end of a Korean standing body's name; an event (간담회, 토론회) is not one.
COUNCIL_ENDINGS_KO = ("협의회", "협의체", "위원회", "포럼", "회의")
# A session of a body, not a body: "보건복지위원회 전체회의" is the committee's meeting.
SESSION_WORDS_KO = ("전체회의", "본회의", "정기회의", "임시회의", "첫회의", "회의")
MEETING_VERBS_KO = re.compile(MEETING_WORDS_KO_RE.pattern + r"|참석|주재|참여")
HELD_KO = ("열린", "개최된", "주재한", "주재하는", "열리는")
PARTICLES_KO = re.compile(r"(?:에서는|에서|에는|에|서|를|을|가|이|는|은|의|와|과|도)$")


def find_council(document, meeting, institutions):
    """The name of the meeting's council as the text gives it, or ""."""
    if document.korean:
        return quoted_council_ko(document.body, meeting) or narrative_council_ko(
            document.sentences, meeting, institutions
        )
    return quoted_council_en(document, meeting) or narrative_council_en(document.sentences, meeting)


def quoted_council_en(document, meeting):
    names = [q.text.strip(" ,.") for q in document.quotes() if not q.speech]
    # "would be “a proper council”": words quoted with their article describe, never name.
    names = [n for n in names if n.split()[:1] and n.split()[0].casefold() not in DETERMINERS]
    # "the first meetings of new 'recovery roundtables'": a council's word in the plural too.
    councils = [
        n
        for n in names
        if is_name(n) and {w.removesuffix("s") for w in n.casefold().split()} & lx.MEETING_WORDS_EN
    ]
    in_meeting = [n for n in councils if n in meeting]
    return (in_meeting or councils or [""])[0]


DETERMINERS = frozenset({"a", "an", "the", "this", "that", "our", "their", "its"})


def is_name(text):
    """A name, not a sentence: a few words without a sentence's stop."""
    return len(text.split()) <= 10 and not re.search(r"[.!?;:]", text)


def narrative_council_en(sentences, meeting):
    for sentence in [meeting, *sentences] if meeting else sentences:
        patterns = COUNCIL_IN_MEETING_EN + ([COUNCIL_AT_MEETING_EN] if sentence is meeting else [])
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                if OTHER_OCCASION_EN.search(sentence, max(0, m.start() - 20), m.start()):
                    # "ground for the Council of the Federation meeting in July": another
                    # meeting, to come or gone by, not the one reported.
                    continue
                words = m["name"].split()
                while words and words[0] in NOT_NAME_START_EN:
                    words.pop(0)
                # "the Committee" alone names no body.
                if len(words) > 1:
                    return without_time(" ".join(words))
    return ""


OTHER_OCCASION_EN = re.compile(r"\b(?:for|ahead of|before|toward|towards|until|since) the $")


def without_time(name):
    """ "Digital Industry Council on Tuesday": a day is when, not what the council is on."""
    m = re.search(r"\s+(?:on|for)\s+(?:the\s+)?(\S+)", name)
    return name[: m.start()] if m and m[1] in lx.CAPITALISED_STOPWORDS_EN else name


# "경기도 도정자문위원회 제6차 전체회의": a body's numbered session, after the body's name.
NUMBERED_SESSION_KO = re.compile(
    r"\s+제?\s?\d{1,3}\s?(?:차|회)\s?(?:" + "|".join(SESSION_WORDS_KO) + r")$"
)


def without_session(name):
    """The body whose numbered session ``name`` is, or ``name``."""
    body = NUMBERED_SESSION_KO.sub("", name)
    return body if body != name and body.endswith(COUNCIL_ENDINGS_KO) else name


def quoted_council_ko(body, meeting):
    names = [
        without_session(name)
        for name in quoted_names_ko(body)
        if name.endswith(COUNCIL_ENDINGS_KO) and not name.endswith(ONE_OFF_MEETINGS_KO)
    ]
    in_meeting = [name for name in names if name in meeting]
    return (in_meeting or names or [""])[0]


def quoted_names_ko(body):
    """Names in single or double quotes, anywhere in the body, in order."""
    names = []
    for para in body:
        for m in re.finditer(r"[‘']([^‘’'\n]{2,80})[’']|[\"“]([^\"“”\n]{2,80})[\"”]", para):
            names.append((m[1] or m[2]).strip())
    return names


def narrative_council_ko(sentences, meeting, institutions):
    """ "국무회의에 참석해", "열린 국회 보건복지위원회 전체회의에서": a body in a sentence that tells
    of the meeting (a verb of holding or attending it)."""
    for sentence in [meeting, *sentences] if meeting else sentences:
        if not MEETING_VERBS_KO.search(sentence):
            continue
        tokens = sentence.split()
        for i, token in enumerate(tokens):
            word = body_word(token)
            if after_it(tokens, i):
                # "국무회의를 마친 뒤 … 오찬": the meeting before the one reported.
                continue
            if word == "회의" and i > 0 and members_of(tokens[i - 1]):
                # "기획재정부 외청장 회의를 열었다": a meeting named by its members.
                return meeting_of_members(tokens, i, institutions)
            session = word in SESSION_WORDS_KO and i > 0
            if session:
                # The session of the body named before it.
                i, word = i - 1, body_word(tokens[i - 1])
            if not word or word in SESSION_WORDS_KO or word.endswith(ONE_OFF_MEETINGS_KO):
                continue
            # The meeting's body is where it met ("국무회의에 참석해"), what was held ("열린 …
            # 국무회의"), or the body whose session it was; a committee named only as a
            # member's ("보건복지위원회 김승희 의원과") is not.
            held = any(w.startswith(HELD_KO) for w in tokens[max(0, i - 2) : i])
            if not (session or held or token.strip(",.()") != word):
                continue
            if len(word) < 4 or word in lx.NOT_INSTITUTIONS_KO:
                continue
            # "국회 보건복지위원회": the body it belongs to, when the text names it first.
            start = i
            while start > 0 and institutions.lookup(tokens[start - 1].strip(",")):
                start -= 1
            return " ".join([*tokens[start:i], word])
    return ""


# Words that put a meeting before the one reported: "국무회의를 마친 뒤", "회의에 앞서".
AFTER_WORDS_KO = ("마친", "마치고", "끝낸", "끝내고", "끝난", "앞서", "직후")
# A meeting called for an occasion, not a standing body's: "연석회의", "긴급회의".
ONE_OFF_MEETINGS_KO = ("연석회의", "긴급회의", "비상회의")
# Words before a meeting's name that say which one, not what it is: "마지막 … 회의".
WHICH_MEETING_KO = {"마지막", "첫", "새", "올해", "이번", "지난", "다음"}


def after_it(tokens, i):
    return i + 1 < len(tokens) and tokens[i + 1].startswith(AFTER_WORDS_KO)


def members_of(token):
    """Whether ``token`` names the members a meeting is named by ("외청장", "관계장관")."""
    return bool(re.fullmatch(r"[가-힣]{2,8}", token)) and token.endswith(("장", "장관", "지사"))


def meeting_of_members(tokens, i, institutions):
    """ "기획재정부 외청장 회의", "국정현안 관계장관 회의": the meeting of the members before
    ``tokens[i]`` ("회의…"), with the body or the business printed before them."""
    start = i - 1
    while start > 0 and start >= i - 3:
        word = tokens[start - 1]
        if not re.fullmatch(r"[가-힣]{2,12}", word) or word in WHICH_MEETING_KO:
            break
        if not (institutions.lookup(word) or PARTICLES_KO.sub("", word) == word):
            break
        if word in lx.TIME_WORDS_KO or word in lx.ADVERBS_KO:
            break
        start -= 1
    return " ".join([*tokens[start:i], "회의"])


def body_word(token):
    """ "국무회의서" -> "국무회의", "위원회의" -> "위원회": the word if it names a body, else ""."""
    token = token.strip(",.()")
    for word in (token, PARTICLES_KO.sub("", token)):
        if word.endswith(COUNCIL_ENDINGS_KO):
            return word
    return ""
