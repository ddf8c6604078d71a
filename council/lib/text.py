"""The text helpers every app shares: pure Python, so that the importer's reader uses them too.

Text as the archive keeps it: no character that XML, PostgreSQL or a reader cannot take.
Staff paste from Word, PDFs and web pages. Word's manual line break arrives as a vertical tab
(``\\x0b``), a PDF's page break as a form feed; either in a remark made every Atom feed a server
error (Django refuses control characters in XML) and the Akoma Ntoso file ill-formed. NUL is
refused by PostgreSQL outright. So every text is cleaned once, where it enters the records:
line-breaking controls become line breaks, the other controls go.
"""

import re

# Characters that separate lines, whatever produced them: vertical tab (Word's Shift+Enter),
# form feed (a PDF's page break), NEL, and Unicode's line and paragraph separators.
LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# What XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; lone surrogates;
# U+FFFE and U+FFFF), and the invisible C1 controls and DEL, which only ever come from a bad
# conversion.
UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value, *, multiline=True):
    """``value`` without control characters; a line-breaking one becomes a line break, or a
    space where the text is a single line (a name, a title)."""
    if not value:
        return value
    value = LINE_BREAKS.sub("\n" if multiline else " ", value)
    if not multiline:
        value = value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return UNWANTED.sub("", value)


# The Hangul syllables (가 to 힣) as the range of a character class: what tells Korean from other
# text, in Python's regular expressions and in the database's alike.
HANGUL_SYLLABLES = "가-힣"
# Any Hangul in a text.
HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")
HANGUL_WORD = re.compile(f"[{HANGUL_SYLLABLES}]+")
# Any letter of the English alphabet in a text.
LATIN = re.compile("[A-Za-z]")


def is_hangul(word):
    """Whether ``word`` is Hangul syllables and nothing else."""
    return bool(HANGUL_WORD.fullmatch(word))


# What a name key leaves out besides white space: hyphens (ASCII, Unicode's and its
# non-breaking one), full stops, and the middle dot that joins Korean names.
NAME_PUNCTUATION = "-‐‑.·"
NOT_IN_NAME_KEY = re.compile(rf"[\s{re.escape(NAME_PUNCTUATION)}]")


def name_key(name):
    """A name as names are compared, case, spaces, hyphens and dots ignored: "Jang Tae-woo" and
    "JANG Taewoo" are "jangtaewoo", "황 영호" is "황영호". The database works it out as
    ``with_name_keys()`` (``council.records.models.PublicQuerySet``)."""
    return NOT_IN_NAME_KEY.sub("", name or "").lower()


# What ends a sentence, in English and Korean alike, and what may close around its end.
SENTENCE_ENDS = ".!?…"
CLOSING_MARKS = "\"'”’)]」』"


def as_sentence(text):
    """``text`` ending with its full stop, as a quotation is printed (“… for an economic
    leap.”), in English as in Korean; unchanged where it ends a sentence already, inside a
    closing mark or not."""
    text = text.rstrip()
    if not text or text.rstrip(CLOSING_MARKS)[-1:] in tuple(SENTENCE_ENDS):
        return text
    return f"{text}."
