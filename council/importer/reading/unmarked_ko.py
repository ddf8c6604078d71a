"""Korean speech printed without quotation marks, where the layout says whose it is.

A speech printed whole after the sentence that points at it ("문 의장은 모두발언에서 이같이
말했다." and then its paragraphs), and a saying signed after it between dashes ("…찾아보자.
-김주일 대전상공회의소 회장, 27일 …에서-"), as a paper's quotation of the day prints it, or
after a column's bullet without them ("◇…한다. 최학철 의장, 지난 10일 …에서.").
"""

import re

from . import lexicon as lx
from .korean_words import speaker_label
from .sentences import sentence_pieces

# The verbs of saying a report uses; "했" alone ("노력했습니다") is a speaker's own.
REPORTING_VERBS_KO = tuple(verb for verb in lx.SPEECH_VERBS_KO if verb != "했")
# "문 의장은 모두발언에서 이같이 말했다.", "… 다음과 같이 밝혔습니다.": a sentence that ends its
# paragraph pointing at words it does not hold; "이같이" ("so") at words before it, if any.
SPEECH_AHEAD_RE = re.compile(
    r"(?P<pointer>이같이|이렇게|이처럼|다음과\s?같이|아래와\s?같이)\s(?:[가-힣]{1,8}\s)?"
    r"(?:" + "|".join(lx.SPEECH_VERBS_KO) + r")(?:다|습니다)\.?\s*$"
)
# A speaker's polite endings to an audience ("…없습니다.", "…주십시오.", "…합시다."), not a
# report's "…했다.".
SPOKEN_END_RE = re.compile(r"(?:니다|니까|시오|시다|요|죠)[.!?]*[’')]*\s*$")
REPORTED_END_RE = re.compile(r"(?:" + "|".join(REPORTING_VERBS_KO) + r")습니다[.!?]*\s*$")
# "…찾아보자.-김주일 대전상공회의소 회장,27일 대전 유성호텔에서 열린 ‘…’에서-": the saying,
# then between dashes who said it and, after a comma, when and where.
SIGNATURE = r"\s*[-–—]\s*(?P<who>[^-–—,.!?\"“”]{2,40}?)\s*(?:,[^-–—.!?\"“”]{0,120})?[-–—]?\s*$"
SIGNATURE_RE = re.compile(SIGNATURE)
SIGNED_RE = re.compile(r"(?<=[.!?])" + SIGNATURE)


# A column of sayings ("말&말"), each an item after a bullet, signed without dashes after its
# last sentence: "◇…찾아가야 한다. 최학철 의장, 지난 10일 의원 전체간담회에서."
SAYING_BULLETS = "◇◆○●□■"
SIGNED_ITEM_RE = re.compile(
    r"(?<=[.!?])\s*(?P<who>[^-–—,.!?\"“”]{2,40}?)\s*,(?P<context>[^-–—.!?\"“”]{0,200})\.?\s*$"
)


def has_marks(para):
    return any(ch in lx.DOUBLE_QUOTES for ch in para)


def introduces_speech_ahead(para, quoted_before):
    """Whether ``para`` ends pointing at a speech printed after it: "… 다음과 같이 말했다."
    ("as follows") always, "… 이같이 말했다." ("so") only with nothing quoted before it."""
    m = None if has_marks(para) else SPEECH_AHEAD_RE.search(para)
    return bool(m) and (m["pointer"].startswith(("다음", "아래")) or not quoted_before)


def is_spoken(para):
    """Whether ``para``, without marks, reads as a speech printed whole: every sentence in the
    polite form a speaker uses to an audience, none telling what someone said."""
    if has_marks(para):
        return False
    pieces = [piece.strip() for piece in sentence_pieces(para, True) if piece.strip()]
    return bool(pieces) and all(
        SPOKEN_END_RE.search(piece) and not REPORTED_END_RE.search(piece) for piece in pieces
    )


def signed_saying(para):
    """``(saying, signature)`` for a paragraph without marks that ends in a speaker's name and
    title between dashes, or None."""
    if has_marks(para):
        return None
    # The signature ends the paragraph: only its last words are searched.
    m = SIGNED_RE.search(para, max(0, len(para) - 200))
    if m and speaker_label(m["who"]):
        return para[: m.start()], para[m.start() :]
    if para[:1] in SAYING_BULLETS:
        m = SIGNED_ITEM_RE.search(para, max(0, len(para) - 300))
        if m and speaker_label(m["who"]):
            # The item's bullet is no word of the saying; the signature read as a dashed one.
            return para[1 : m.start()].strip(), f" -{m['who'].strip()},{m['context']}-"
    return None


def signature_words(after):
    """The name and title a signature after a saying prints ("-김주일 대전상공회의소 회장,
    …-"), or None."""
    m = SIGNATURE_RE.match(after)
    return speaker_label(m["who"]) if m else None
