"""What a person types into the search box, understood the same way on every database.

Web search syntax: words must all appear, "a phrase in quotes" must appear as written, and a
-word must not. Anything else (operators, brackets, unbalanced quotes, control characters) is
read as plain text, so no input can make a query fail.
"""

import re
import unicodedata
from dataclasses import dataclass
from html import escape

from django.utils.safestring import mark_safe

from council.lib.text import HANGUL_SYLLABLES, is_hangul

MAX_TERMS = 12
# A run of letters or digits in one script: "AI를" is two runs, as it is in the index.
RUN = re.compile(rf"[{HANGUL_SYLLABLES}]+|[^\W_{HANGUL_SYLLABLES}]+")
TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
# English suffixes cut from a word so that its other forms still start with what is left.
SUFFIXES = ("ies", "es", "ing", "ed", "s", "e")


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word, or a phrase of several, perhaps excluded."""

    words: tuple[str, ...]
    excluded: bool = False

    @property
    def significant_words(self):
        """The words to match: a lone Hangul syllable beside other words ("AI를") is a
        particle, and the index has no single syllables."""
        if len(self.words) == 1:
            return self.words
        return tuple(w for w in self.words if not (is_hangul(w) and len(w) == 1))


QUOTES = str.maketrans(dict.fromkeys("“”„‟«»「」『』＂", '"'))


def clean(text):
    """Control and formatting characters become spaces, typographic quotes straight ones;
    forms are normalised (NFKC)."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)


def parse(query):
    """The terms of a query, at most ``MAX_TERMS``; duplicates dropped.

    A quoted phrase is one term. An unquoted token of several runs ("AI-based", "AI를") is one
    term a run, without the lone Hangul syllables that are particles.
    """
    terms = []
    for match in TOKEN.finditer(clean(query)):
        quoted = match.group(2) is not None
        excluded = (match.group(1) if quoted else match.group(3)) == "-"
        words = tuple(run.lower() for run in RUN.findall(match.group(2 if quoted else 4)))
        if quoted:
            found = [Term(words, excluded)] if words else []
        else:
            if len(words) > 1:
                words = tuple(w for w in words if not (is_hangul(w) and len(w) == 1))
            found = [Term((word,), excluded) for word in words]
        terms.extend(term for term in found if term not in terms)
    return terms[:MAX_TERMS]


def stem(word):
    """A crude English stem: what every inflection of ``word`` starts with.

    Used where the database has no stemmer (SQLite) and for highlighting; PostgreSQL matches
    with its own English stemmer.
    """
    if is_hangul(word) or not word.isalpha():
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def hangul_bigrams(word):
    """The two-syllable pieces of a Hangul word, as the index holds them."""
    return [word[i : i + 2] for i in range(len(word) - 1)]


def word_pattern(word):
    """A regular expression for ``word`` in a text: Korean anywhere (particles attach to the
    end), other words from the start of a word, in any inflection."""
    if is_hangul(word):
        return re.escape(word)
    return rf"(?<![^\W_{HANGUL_SYLLABLES}]){re.escape(stem(word))}[^\W_{HANGUL_SYLLABLES}]*"


def phrase_pattern(words):
    """A regular expression for words one after the other, particles and inflections allowed."""
    return r"[\W_]+".join(
        f"{re.escape(w)}[{HANGUL_SYLLABLES}]*" if is_hangul(w) else word_pattern(w) for w in words
    )


SNIPPET_LENGTH = 320


def marked_pattern(terms):
    """The regular expression of every word looked for, the longest first; None for none."""
    words = {word for term in terms if not term.excluded for word in term.words}
    if not words:
        return None
    return re.compile("|".join(word_pattern(w) for w in sorted(words, key=len)[::-1]), re.I)


def mentions(text, pattern):
    """Whether ``text`` holds a word of ``pattern`` (a ``marked_pattern``), as ``highlight``
    would mark it."""
    return pattern is not None and any(m.end() > m.start() for m in pattern.finditer(text))


def highlight(text, pattern):
    """A snippet of ``text`` around the first match of ``pattern`` (a ``marked_pattern``, made
    once for a page of results: building it stems every word), with every matched word in
    <mark>.

    The text is escaped piece by piece: the only markup in the result is the <mark> tags.
    """
    spans = []
    if pattern is not None:
        spans = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    start, end = 0, len(text)
    if end > SNIPPET_LENGTH:
        first = spans[0][0] if spans else 0
        start = max(0, first - SNIPPET_LENGTH // 3)
        if start:
            start = text.find(" ", start) + 1 or start
        end = min(len(text), start + SNIPPET_LENGTH)
        if end < len(text):
            end = text.rfind(" ", start, end) if " " in text[start:end] else end
    pieces = ["…"] if start else []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, cursor), min(span_end, end)
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))
