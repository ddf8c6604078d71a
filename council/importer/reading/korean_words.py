"""Korean words the stages share: particles, names, titles and the endings of institutions."""

import functools
import re

from . import lexicon as lx
from .gazetteer import known_body
from .result import InstitutionKind

# "…"라고 말했다, "…"라고도 했다: the particle, perhaps with "도" (also), before the verb.
PARTICLE_RE = re.compile(r"^\s?(" + "|".join(lx.SPEECH_PARTICLES_KO) + r")(?=도?(?:[\s,.]|$))")
# "“…”는 게 윤 대표의 설명이다", "“…” 윤 대표의 말이다": the quote is the view of whoever the
# possessive names.
POSSESSOR_RE = re.compile(
    r"^(?:(?:이라|라|다)?는\s?(?:게|것이)\s+|[.,]?\s)(?P<who>[^.\"“”]{1,40}?)의\s+"
    r"(?:" + "|".join((*lx.SPEECH_NOUNS_KO, "판단", "분석", "얘기", "전언")) + r")(?:이)?다"
)
# "“…”(홍길동 장관)", "“…” (노규덕 외교부 대변인, … 전했다며)": who said it, in brackets after
# the quote, and perhaps when or why after a comma.
BRACKET_ATTRIBUTION_RE = re.compile(
    r"^\s?\((?P<who>[가-힣A-Za-z][가-힣A-Za-z ]{1,40})(?P<context>,[^()]*)?\)\s*\.?\s*$"
)
# "“…”는 말에", "“…”을 건의했다", "“…”는 제안을 했다": the quote as the object of a verb of saying.
OBJECT_SPEECH_RE = re.compile(
    r"^(?:이?라?는|이?란|을|를)\s?(?:" + "|".join(lx.SPEECH_NOUNS_KO) + ")"
)
TOPIC_ENDINGS = ("께서는", "께서", "은", "는", "이", "가")
POSTPOSITIONS = (
    "에서는", "에서도", "에서", "에게", "으로는", "으로", "로는", "에는", "에도", "에", "을",
    "를", "의", "와", "과", "로", "도", "만", "까지", "부터", "하며", "하고", "해", "며",
)  # fmt: skip


HANJA_SURNAME_RE = re.compile(
    "(" + "|".join(sorted(lx.HANJA_SURNAMES_KO, key=len, reverse=True)) + r")\s?(?=[가-힣])"
)


def hangul_surnames(text):
    """ "尹대통령은" -> "윤 대통령은": a surname printed in Hanja, as a short reference reads it."""
    return HANJA_SURNAME_RE.sub(lambda m: lx.HANJA_SURNAMES_KO[m[1]] + " ", text)


# "…밝혔다.이들은": a sentence's end with no space before the next, as pasted text often has.
GLUED_STOP = re.compile(r"(?<=[다요])[.!?](?=[가-힣])")


def unglued_ko(text):
    """ "…밝혔다.이들은" -> "…밝혔다. 이들은": every sentence's end followed by a space."""
    return GLUED_STOP.sub(lambda m: m.group() + " ", text)


def without_asides_ko(text):
    """ "박영훈(38) 대표는", "서정민 충청북도지사(사진)는": an age or the photo mark is no name."""
    text = re.sub(r"\((?:\d{1,3}|\d{1,3}\s*[·,]\s*[남여]|[남여]|사진)\)", "", text)
    return GLUED_BRACKET.sub(bracket_read, text)


GLUED_BRACKET = re.compile(r"(?P<word>[가-힣]{1,12})\((?P<inside>[가-힣A-Za-z]{1,10})\)(?=\s)")


def bracket_read(m):
    """ "김철수(더불어민주당) 의원": a person's body, a word of the role; "중소벤처기업부(중기부)
    장관": a body's short name, said once."""
    if is_name_ko(m["word"]):
        return f"{m['word']} {m['inside']}"
    return m["word"]


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


# Longest first: "에서는" before "는".
PARTICLES = tuple(sorted(POSTPOSITIONS + TOPIC_ENDINGS, key=len, reverse=True))
PARTICLES_AND_SIDES = tuple(
    sorted(POSTPOSITIONS + TOPIC_ENDINGS + ("와의", "과의", "측"), key=len, reverse=True)
)


# Asked of every word of a Korean text, several times: each word is worked out once.
@functools.lru_cache(maxsize=4096)
def strip_particles(token):
    for ending in PARTICLES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)]
    return token


@functools.lru_cache(maxsize=4096)
def candidates_ko(token):
    """The word as written, then without each particle it may end with."""
    out = [token]
    for ending in PARTICLES_AND_SIDES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            out.append(token[: -len(ending)])
    return tuple(out)


# Pure functions of one word, asked of every word of a long article many times over.
@functools.lru_cache(maxsize=4096)
def suffix_kind(token):
    """The kind of institution a Korean word's ending suggests, or None."""
    if not token or not lx.HANGUL.search(token) or token in lx.NOT_INSTITUTIONS_KO:
        return None
    if token in lx.RESEARCHER_TITLES_KO or token.endswith(lx.MEETING_WORDS_KO):
        return None
    for suffix, kind in lx.INSTITUTION_SUFFIXES_KO:
        # "외교부", "재정경제부", "정의당": a ministry's "부" and a party's "당" need two
        # syllables before them ("정부", "식당" are none).
        longer = 1 if suffix in ("연구원", "부", "당") else 0
        if token.endswith(suffix) and len(token) > len(suffix) + longer:
            return InstitutionKind(kind)
    if token in lx.PROVINCES_KO:
        return InstitutionKind.LOCAL_GOVERNMENT
    body = known_body(token)
    return body.kind if body else None


@functools.lru_cache(maxsize=4096)
def is_title_ko(token):
    if token in lx.RESEARCHER_TITLES_KO:
        return True
    if suffix_kind(token) and not glued_institution(token):
        return False
    if (
        token.endswith("장")
        and token[:-1].endswith(lx.VENUE_WORDS_KO)
        and not token.endswith("국회의장")
    ):
        # "회의장", "간담회장", "행사장": the room of a meeting ends like "의장" or "회장"
        # ("국회의장" is the Speaker; "본회의장" the chamber).
        return False
    return token.endswith(lx.TITLES_KO) or token.endswith(lx.UNNAMED_MARKERS_KO) or is_mayor(token)


def is_mayor(token):
    """ "서울시장", "부산시장": a city's mayor; "시장" alone is as often a market."""
    return token.endswith("시장") and token[:-2] in lx.CITIES_KO


def is_unnamed_marker(token):
    return token.endswith(lx.UNNAMED_MARKERS_KO)


def glued_institution(token):
    """ "한국자율제조플랫폼협회장" -> "한국자율제조플랫폼협회", "충청북도지사" -> "충청북도" (an
    institution and its head)."""
    if token.endswith("지사") and token[:-2] in lx.PROVINCES_KO:
        return token[:-2]
    if is_mayor(token):
        return token[:-1]
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
    if is_title_ko(token):
        # "국무총리", "부의장": a title, whatever its first syllable.
        return False
    if transliterated(token):
        return False
    if len(token) == 4:
        # Four syllables are a compound surname's name ("남궁민수"); else a word such as
        # "한국전력" or "이번주말" that begins like a surname.
        return token[:2] in lx.KOREAN_SURNAMES
    return token[0] in lx.KOREAN_SURNAMES


def bracket_attribution(after):
    """The words in brackets after a quote that say who said it, or None: a name, a title or a
    body ends them, or a comma goes on to when or why ("(가칭)" and "(웃음)" say nobody)."""
    m = BRACKET_ATTRIBUTION_RE.match(after)
    if not m:
        return None
    last = m["who"].split()[-1]
    if m["context"] or is_title_ko(last) or is_name_ko(last) or suffix_kind(last):
        return m["who"]
    return None


def transliterated(word):
    """ "도널드", "마크롱": a foreign name in Hangul, whose consonants without a vowel are written
    with an open "ㅡ" (드, 크, 스, 트), a syllable Korean given names do not use."""
    for ch in word[1:]:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172 and (code // 28) % 21 == 18 and code % 28 == 0:
            return True
    return False


def embedded(tokens, i):
    """Whether the subject ``tokens[i]`` ("대통령이") belongs to a clause that a verb after it
    closes ("… 검토하는 데 대해선"), not to the sentence the quote is in."""
    if not tokens[i].endswith(("이", "가")):
        return False
    return any(t.endswith(lx.CLAUSE_ENDINGS_KO) for t in tokens[i + 1 :])


def is_conjunct(token, kind_of):
    """ "장관과", "김철수와", "및": the first of joint subjects."""
    if token == "및":
        return True
    if not token.endswith(("와", "과")) or len(token) < 2:
        return False
    return kind_of(token[:-1]) in ("name", "title", "honorific")


def is_bare_subject(stem):
    """Whether a word with a topic particle is a noun that can say something ("업계", "시민들",
    "… 등"), not a time, an adverb or a clause ("이날", "대해서", "중요한 것")."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]+", stem))
        and strip_particles(stem) == stem
        and stem not in lx.ADVERBS_KO
        and stem not in lx.TIME_WORDS_KO
        and not stem.endswith(lx.NOT_SUBJECT_ENDINGS_KO)
    )


def noun_phrase(tokens, i):
    """The noun phrase that ends at ``tokens[i]``, as printed, without its topic particle."""
    words = [token_without_topic(tokens[i])]
    for token in reversed(tokens[max(0, i - 6) : i]):
        word = token.rstrip(",")
        if word in lx.ADVERBS_KO or strip_particles(word) != word:
            break
        words.insert(0, token)
    return words
