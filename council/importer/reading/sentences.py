"""Sentences: where a paragraph's full stops end them, and the sentence that tells of the meeting."""

import re

from . import lexicon as lx

MONTH_RE = "|".join(sorted(lx.MONTHS_EN, key=len, reverse=True))

MEETING_WORDS_EN_RE = re.compile(
    r"\b(?:held|holds|hosted|hosts|convened|convenes|opened|met|meets|meeting|council|forum|roundtable|"
    r"hearing|town hall|conference|ceremony|session|seminar|workshop|summit)\b",
    re.IGNORECASE,
)
# "불러 연 간담회": "연" alone is a syllable of many words, a verb only before the meeting.
MEETING_WORDS_KO_RE = re.compile(
    r"개최|열었|열렸|열고|열린|연다|열 예정|출범|가졌|주재했|주재하고|(?<![가-힣])연(?= [가-힣]{0,12}"
    r"(?:회|회의|포럼|세미나|워크숍)(?:은|는|을|를|에|에서|의|가|이)?(?![가-힣]))"
)


def language_of(text):
    hangul = len(lx.HANGUL.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul and hangul * 4 >= latin else "en"


# A full stop ends a sentence before a space; in Korean also glued to the next sentence, after
# the ending "다" or "요" ("…열었다.6일 …"), as pasted pages often print them.
SENTENCE_END = re.compile(r"[.!?]+[\"”’')]*(?=\s|$)")
SENTENCE_END_KO = re.compile(r"[.!?]+[\"”’')]*(?=\s|$)|(?<=[다요])[.!?](?=[가-힣0-9])")


def sentence_pieces(text, korean):
    """``text`` cut after each full stop that ends a sentence (abbreviations are not ends)."""
    pieces, start = [], 0
    for m in (SENTENCE_END_KO if korean else SENTENCE_END).finditer(text):
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


def meeting_sentence(sentences, korean):
    """The first sentence that tells of a meeting: its date, place and host are the meeting's."""
    pattern = MEETING_WORDS_KO_RE if korean else MEETING_WORDS_EN_RE
    return next((s for s in sentences if tells_of_a_meeting(pattern, s)), "")


def tells_of_a_meeting(pattern, sentence):
    """ "브리핑을 열고", "기자회견을 열어": a spokesman's briefing is not the meeting reported;
    "'찾아가는 열린 군수실'": a word of a name in quotes tells of none."""
    quoted = [m.span() for m in QUOTED_NAME.finditer(sentence)]
    return any(
        not sentence[: m.start()].rstrip().endswith(("브리핑을", "기자회견을", "회견을"))
        and not any(start < m.start() < end for start, end in quoted)
        for m in pattern.finditer(sentence)
    )


# A name in single quotes: "'찾아가는 열린 군수실'", "‘…’".
QUOTED_NAME = re.compile(r"‘[^‘’]{1,60}’|(?<![\w])'[^'\n]{1,60}'(?![\w])")
