"""Korean words the stages share: particles, names, titles and the endings of institutions."""

import re

from . import lexicon as lx
from .gazetteer import known_body
from .result import InstitutionKind

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


# Longest first: "에서는" before "는".
PARTICLES = tuple(sorted(POSTPOSITIONS + TOPIC_ENDINGS, key=len, reverse=True))
PARTICLES_AND_SIDES = tuple(
    sorted(POSTPOSITIONS + TOPIC_ENDINGS + ("와의", "과의", "측"), key=len, reverse=True)
)
INSTITUTION_SUFFIXES = tuple(suffix for suffix, _kind in lx.INSTITUTION_SUFFIXES_KO)


def strip_particles(token):
    for ending in PARTICLES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)]
    return token


def candidates_ko(token):
    """The word as written, then without each particle it may end with."""
    out = [token]
    for ending in PARTICLES_AND_SIDES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            out.append(token[: -len(ending)])
    return out


def suffix_kind(token):
    """The kind of institution a Korean word's ending suggests, or None."""
    if not token or not lx.HANGUL.search(token) or token in lx.NOT_INSTITUTIONS_KO:
        return None
    if token in lx.RESEARCHER_TITLES_KO or token.endswith(lx.MEETING_WORDS_KO):
        return None
    # Tried at every word of a Korean text: the one call to endswith spares most words the loop.
    for suffix, kind in lx.INSTITUTION_SUFFIXES_KO if token.endswith(INSTITUTION_SUFFIXES) else ():
        if token.endswith(suffix) and len(token) > len(suffix) + (1 if suffix == "연구원" else 0):
            return InstitutionKind(kind)
    if token in lx.PROVINCES_KO:
        return InstitutionKind.LOCAL_GOVERNMENT
    body = known_body(token)
    return body.kind if body else None


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
