"""English words the stages share: verbs of saying, names, possessives, institution words."""

import re

from . import lexicon as lx

VERB_RE = re.compile(
    r"\b(?:" + "|".join([*lx.SPEECH_VERBS_EN, "pointed out", "pointing out", "went on"]) + r")\b"
)
ACCORDING_RE = re.compile(r"\b(?:according to|in the words of)\b", re.IGNORECASE)
# Capitalised, with a lowercase letter, not a possessive: "Teo", "McGrath", "O’Brien", "Jae-kwan".
# The lowercase letter is looked ahead for and the letters taken without giving any back: split
# around it both ways, a long word that is no name took time cubic in its length.
NAME_TOKEN = re.compile(
    r"^(?!.*['’]s$)[A-ZÀ-ÞĀ-Ž](?=[^\W\d_]*(?:['’][^\W\d_]*)?[a-zß-ÿā-ž])[^\W\d_]*+(?:[-'’][^\W\d_]++)*+$"
)
PERSON_WORDS_EN = lx.PERSON_NOUNS_EN | {title.casefold() for title in lx.TITLE_WORDS_EN}
# A Korean given name as romanised: "Hae-won", "Chae-rin".
GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")


def strip_possessive(word):
    return POSSESSIVE.sub("", word) if POSSESSIVE.search(word) else word


def is_pure_name(text):
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        NAME_TOKEN.match(w)
        and w not in lx.TITLE_WORDS_EN
        and not w.endswith(lx.TITLE_SUFFIXES_EN)
        and w not in lx.OFFICES_EN
        and w not in lx.HONORIFICS_EN
        and w not in lx.CAPITALISED_STOPWORDS_EN
        and w not in lx.INSTITUTION_WORDS_EN
        and w not in ("Korea", "Korean", "National", "Seoul")
        for w in words
    )


def has_institution_word(name):
    # "British Chambers of Commerce": a plural is the same word.
    return any(
        w.rstrip(".") in lx.INSTITUTION_WORDS_EN
        or strip_possessive(w) in lx.INSTITUTION_WORDS_EN
        or w.removesuffix("s") in lx.INSTITUTION_WORDS_EN
        for w in name.split()
    )


def is_portfolio_word(word):
    """ "Regulation", "Trade", "Equality": a government's portfolio, never part of a name."""
    return word in lx.PORTFOLIO_WORDS_EN or word.casefold().endswith(lx.PORTFOLIO_ENDINGS_EN)
