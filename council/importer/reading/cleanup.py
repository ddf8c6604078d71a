"""Clean-up: the pasted text checked, what the web page adds dropped, header and body apart.

Staff paste what the browser copied, page and all. A browser's copy of a page carries its
menus, buttons, timestamps, bylines, captions, lists of other articles and footers. They are
dropped line by line before anything is read, so that none of them becomes a remark, a
speaker, an institution, a venue or the title. Leading lines without a full stop (headline,
subtitle, byline), and any down to a subtitle between dashes, are the header: they give the
title and nothing else.
"""

import collections
import html
import itertools
import re
import unicodedata
from dataclasses import dataclass

from council.lib.text import clean_text

from . import lexicon as lx
from .korean_words import heading_label, speaker_label
from .result import ExtractionError, Flag, FlagKind
from .sentences import MONTH_RE, language_of, sentence_pieces, sentences

# An article is a few thousand characters; a hundred thousand is a book chapter.
MAX_CHARS = 100_000


def prepare(text, max_chars=MAX_CHARS):
    """Check the text and return it normalised, or raise ExtractionError.

    Only a text that is not an article is refused: one whose unreadable lines (binary junk,
    see ``is_unreadable``) hold most of it. A few such lines are flagged by ``paragraphs_of``.
    """
    if text is None or not text.strip():
        raise ExtractionError("empty")
    if len(text) > max_chars:
        raise ExtractionError("too_long", length=f"{len(text):,}", limit=f"{max_chars:,}")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    unreadable = sum(len(line) for line in text.split("\n") if is_unreadable(line))
    if "\x00" in text or unreadable * 2 > len(text):
        raise ExtractionError("binary")
    # "&ldquo;", "&#8220;", "&nbsp;": a page's source copied, or a site that escaped twice.
    text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = clean_text(text)  # Word's line break (\x0b) becomes one; other controls go
    # Tabs are kept: they tell a pasted table's rows from the article's lines.
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u3000]", " ", text)
    text = INVISIBLE.sub("", text)
    # Two spaces after a full stop (the typewriter's habit, or "&nbsp; "), spaces at a line's
    # end: no stage should read them as anything.
    text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
    text = re.sub(r" +$", "", text, flags=re.MULTILINE)
    text = as_our_marks(text.translate(FULL_WIDTH_PUNCTUATION))
    text = INLINE_CREDIT.sub("", text)
    text = GLUED_SENTENCE.sub(" ", text)
    text = BRACKET_SOUND_BITE_KO.sub(bracket_sound_bite, text)
    # "  • …": a web page's list item, copied with its bullet; read as the line it holds.
    text = LIST_ITEM_BULLET.sub("", text)
    # "The party`s chairman": a backtick typed for an apostrophe.
    text = TICK_APOSTROPHE.sub("’", text)
    text = MOJIBAKE.sub(lambda m: MOJIBAKE_MARKS[m.group()], text)
    lines = text.split("\n")
    alone = sum(bool(line.strip()) for line in lines) == 1
    text = "\n".join(
        "\n\n".join(paragraphs_recovered(line)) if has_lost_paragraphs(line, alone) else line
        for line in lines
    )
    if not text.strip():
        raise ExtractionError("empty")
    return text


# "…the minister said.The council…", "…said.“We…": an English sentence glued to the one before,
# as a page that prints each sentence in its own element copies; the space goes back. After a
# word in lower case ("U.S.Army" is an abbreviation's), before a word or a curly opening mark (a
# straight one after a full stop may be closing: "…go."He said); not after an ellipsis, which
# trails off, nor before a label ("…you?A: With…", a deck's run of questions). Korean print
# glues sentences inside a quote as often ("…말했다.자기가 …"), and the quote is kept as printed.
GLUED_SENTENCE = re.compile(r"(?<=[a-z)][.!?])(?<!\.\.)(?=[A-Z](?![a-z]*:)|[“‘][A-Za-z])")
# Only a reference closed by its semicolon: "R&D", "AT&T" and "Q&A" are no entities.
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters that print nothing: zero-width spaces and joiners, a word joiner, a soft hyphen
# (a site's hint where a word may break, which splits the word for every rule that reads it).
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")

# Double marks of other scripts and keyboards, read as ours from the start, so that every
# stage knows a quotation by its marks: guillemets, the Japanese double prime marks, the
# double prime (″) Korean web text types for a quotation mark, the full-width mark, the
# corner brackets of older Korean print (which name laws and books, as double marks do), and
# the pairs of single marks plain text types for a double one (``…'' or ''…'', ‘‘…’’).
OTHER_MARKS = str.maketrans("«»〝〟‟″＂「」『』", '“”“”“""“”“”')
TWO_SINGLE_MARKS = re.compile(r"``|''")
TWO_CURLY_SINGLE_MARKS = {"‘‘": "“", "’’": "”"}
TWO_CURLY_SINGLE = re.compile("‘‘|’’")
# „…“ (German and Central European): the low mark opens, the high one closes.
LOW_HIGH = re.compile(r"„([^„“”\"\n]*)[“”]")
# A Korean word processor's full-width punctuation (，．：), often mixed with the half-width
# forms in one text: every rule reads a sentence's end and a clause's comma in the latter.
FULL_WIDTH_PUNCTUATION = str.maketrans("，．：；！？（）", ",.:;!?()")


def as_our_marks(text):
    text = TWO_SINGLE_MARKS.sub('"', text.translate(OTHER_MARKS))
    text = TWO_CURLY_SINGLE.sub(lambda m: TWO_CURLY_SINGLE_MARKS[m.group()], text)
    # A low mark left without its high one ("„…했다'며 „…“고") opens all the same.
    return LOW_HIGH.sub(r"“\1”", text).replace("„", "“")


# A broadcast's script broken at every phrase, a sound bite opened with a bracket on its own
# line and closed by a single mark before the ending that reports it ("대구시의회 강 황 의장\n
# [유니버시아드대회를 위해\n…\n…않겠습니까?'하면서\n…각오였어요."): one quotation, on the line
# of the name above it, which says who speaks, to the sentence's end.
BRACKET_SOUND_BITE_KO = re.compile(
    r"^(?P<who>[^\n\[\]'\"“”‘’]{2,40})\n"
    r"\[(?P<speech>(?:[^\n\[\]'\"“”‘’]+\n){1,8}?[^\n\[\]'\"“”‘’]+)['’]"
    r"(?P<tail>(?:이?라?고|이?라?며|하면서|면서)(?:\n(?=[가-힣])[^\n]*?[.!?])?(?=\n|$))",
    re.MULTILINE,
)


def bracket_sound_bite(m):
    """The sound bite on one line with its speaker's name and the sentence's end, joined."""
    tail = " ".join(m["tail"].split("\n"))
    return f"{m['who']} “{' '.join(m['speech'].split())}”{tail}"


# A paste from some apps, PDFs and mail loses the line breaks: the article on one line, or a few,
# far longer than any paragraph (Hangul counted twice: a Korean paragraph says as much in about
# half the characters), with several quotations of speech (not a word in scare quotes).
JOINED_WIDTH = 600
SPEECH_QUOTED = re.compile(r'“[^“”\n]{12,}”|"[^"\n]{12,}"')
# A text that is one line and no short one (a headline, a caption, a sentence) is a whole
# article joined: no other line is left to tell its paragraphs from a long one's.
ALONE_WIDTH = 300


def has_lost_paragraphs(line, alone=False):
    width = len(line) + len(lx.HANGUL.findall(line))
    if alone:
        return width > ALONE_WIDTH
    return width > JOINED_WIDTH and len(SPEECH_QUOTED.findall(line)) >= 2


def paragraphs_recovered(line):
    """The line cut after each sentence that ends outside a quotation (a quote's attribution
    with it), before a capital or an opening mark in English: one paragraph a sentence, a
    quote of several sentences kept whole. A headline glued to the lede stays glued."""
    korean = language_of(line) == "ko"
    # The lede starts at a wire's byline, whatever the caption or the headline glued before it.
    byline = BYLINE_KO.search(line) if korean else None
    if byline and byline.start():
        above = paragraphs_recovered(line[: byline.start()])
        # "… 인사하고 있다. 2025.7.4/뉴스1 ⓒ News1 안은나 기자": a photo's credit after its caption.
        if len(above) > 1 and not ends_sentence(above[-1]):
            above[-2:] = [" ".join(above[-2:])]
        return [*above, *paragraphs_recovered(line[byline.start() :])]
    # "… 기사 문의 및 제보 : 임광빈(june80@yna.co.kr) 이 권한대행은 …": a contact ends its line;
    # "… will also sit on the council (PA) Boris Johnson said: …": a wire's credit its caption.
    end = next(
        (
            m
            for m in itertools.chain(CONTACT_END.finditer(line), CAPTION_CREDIT_END.finditer(line))
            if not is_quotation_open(line[: m.end()])
        ),
        None,
    )
    if end and line[end.end() :].strip():
        head, rest = line[: end.end()], line[end.end() :]
        return [*paragraphs_recovered(head), *paragraphs_recovered(rest)]
    if korean:
        line = re.sub(r"(?<=[.!?])(?=[ⓒ©])", " ", line)  # "…하고 있다.ⓒ뉴데일리 특히 …"
    # The British style: a line without double marks quotes in single ones.
    single = not korean and not any(ch in '"“”' for ch in line)
    paragraphs = [""]
    for piece in sentence_pieces(line, korean):
        closing = paragraphs[-1] and closing_of(paragraphs[-1], piece, korean)
        if closing:
            paragraphs[-1] += closing.group()
            piece = piece[closing.end() :]
        if paragraphs[-1] and not korean and piece.lstrip()[:1].islower():
            paragraphs[-1] += piece
            continue
        last = paragraphs[-1]
        if last and (reopens(last, piece, single) or not is_quotation_open(last, single)):
            paragraphs.append("")
        paragraphs[-1] += piece
    return [p.strip() for p in paragraphs if p.strip()]


# A wire's name in brackets after a caption's last word, before the next sentence's capital:
# the caption ends there, though without a full stop (a dateline's ends on a number).
CAPTION_CREDIT_END = re.compile(rf"(?<=[a-z]) \((?:{'|'.join(lx.WIRES_EN)})\)(?= [A-Z“\"])")
# "ⓒ경기도 제공", "(제공: 대전시) ⓒ천지일보(뉴스천지) 2018.2.21": a photo's credit, not a notice
# ("ⓒ 예시일보 무단전재 및 재배포 금지"); "김성룡 기자": its photographer, not a byline ("… 기자 =").
GLUED_CREDIT_KO = re.compile(
    r"\s*(?:(?:\(제공\s?[:=]?[^()]{1,20}\)\s*)?[ⓒ©]\s?[^\sⓒ©]{1,20}(?:\s제공)?"
    r"(?:\s(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})?(?!\s*(?:무단|재배포|저작권|all rights))"
    r"|[가-힣]{3} 기자(?!\s*=))(?=\s)",
    re.IGNORECASE,
)
# '"… the regions." (Kim Min-ji, Minister of SMEs) "…"': a quote's speaker in brackets under it.
SPEAKER_IN_BRACKETS = re.compile(r"\s*\([^()]{2,160}\)(?=\s)")
QUOTE_CLOSED = re.compile(r"[.!?][\"”’']$")


def closing_of(paragraph, piece, korean):
    """The match of what at ``piece``'s start closes ``paragraph``, or None: a photo's credit
    its caption ("… 인사하고 있다. ⓒ경기도 제공 김 지사는 …"; at the next paragraph's start it
    would read as the page's notice, ending the article), a speaker in brackets a quote."""
    in_brackets = QUOTE_CLOSED.search(paragraph.rstrip()) and SPEAKER_IN_BRACKETS.match(piece)
    return in_brackets or (GLUED_CREDIT_KO.match(piece) if korean else None)


def reopens(paragraph, piece, single):
    """Whether ``piece`` opens a quotation inside the one ``paragraph`` leaves open: the quote's
    next paragraph (a quotation over paragraphs reopens each and closes only at its end)."""
    if single:
        return is_quotation_open(paragraph, single) and piece.lstrip()[:1] in "'‘"
    return paragraph.count("“") > paragraph.count("”") and piece.lstrip()[:1] == "“"


def is_quotation_open(text, single=False):
    if single:
        return len(SINGLE_OPENING.findall(text)) > len(SINGLE_CLOSING.findall(text))
    return text.count("“") > text.count("”") or is_straight_quotation_open(text)


def is_straight_quotation_open(text):
    """Whether the straight marks leave a quotation open: one that closes none (after a word,
    before a space: '… 절감한 한 해" -"국민의 뜻을 …', a deck's stray mark) opens none either."""
    is_open = False
    for mark in re.finditer('"', text):
        stray = mark.start() and not text[mark.start() - 1].isspace()
        stray = stray and text[mark.end() : mark.end() + 1] in ("", " ")
        if is_open or not stray:
            is_open = not is_open
    return is_open


# A single mark that opens (after a space, before a word) or closes (after a word, before a
# space or a stop); an apostrophe inside a word ("China's") is neither.
SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])")
SINGLE_CLOSING = re.compile(r"(?<=\S)['’](?=[\s,.;:!?)\]—–-]|$)")


LIST_ITEM_BULLET = re.compile(r"^[ \t]*[•◦‣∙][ \t]+", re.MULTILINE)

TICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=(?:s|t|ll|re|ve|d)\b)")

# Quotation marks and dashes of a page decoded with the wrong character set: a Korean or
# Chinese page's (EUC-KR, GB2312) read as Latin-1 ("¡°…¡±"), a UTF-8 page's read as
# Windows-1252 ("â€œ…â€", the last byte of "”" lost as a control character).
MOJIBAKE_MARKS = {
    "¡°": "“",
    "¡±": "”",
    "¡®": "‘",
    "¡¯": "’",
    "â€œ": "“",
    "â€˜": "‘",
    "â€™": "’",
    "â€“": "–",
    "â€”": "—",
    "â€": "”",
}
# Longer sequences first: "â€" alone is what is left of "”".
MOJIBAKE = re.compile("|".join(sorted(MOJIBAKE_MARKS, key=len, reverse=True)))

# Control characters but the tab (Unicode's Cc), surrogates (Cs), private use (Co), and the
# replacement character a wrong decoding leaves.
JUNK = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd"
    "\U00100000-\U0010fffd\ufffd]"
)


def is_unreadable(line):
    """Binary junk, or text decoded with the wrong encoding: control characters, replacement
    characters, private-use ones, beyond the odd one a paste may carry."""
    return len(JUNK.findall(line)) > max(2, len(line) // 100)


@dataclass
class Body:
    """The article split into its header lines and its body's paragraphs."""

    header: list
    paragraphs: list
    # Each paragraph's number among the pasted text's non-empty lines, as the review shows it.
    numbers: list
    # The passages left out because they could not be read.
    flags: list


def paragraphs_of(text):
    """The header and the body: one paragraph per non-empty line of the article."""
    numbered, flags = article_lines(unwrapped(text.split("\n")))
    lines = [line for _number, line in numbered]
    first_body = next((i for i, line in enumerate(lines) if ends_sentence(line)), None)
    if first_body is None:
        # Nothing ends like a sentence: no header to tell from the body, and no layout to drop.
        return Body([], lines, [n for n, _line in numbered], flags)
    # A subtitle between dashes ("- … -") closes the header, even under a headline that ends
    # like a sentence ("…AI 전환 앞당긴다").
    subtitles = [i for i, line in enumerate(lines[:6]) if re.fullmatch(r"[-–—].*[-–—]", line)]
    first_body = max(first_body, subtitles[-1] + 1) if subtitles else first_body
    body = [(n, line) for n, line in numbered[first_body:] if not is_subhead(line)]
    return Body(
        header=lines[:first_body],
        paragraphs=[strip_dateline(line) for line in unbulleted([line for _n, line in body])],
        numbers=[n for n, _line in body],
        flags=flags,
    )


# --- Hard-wrapped text ------------------------------------------------------------------------

# A press release pasted from a PDF or an e-mail breaks every line at a fixed width, 60-80
# characters in English, about 40 in Hangul; an article's paragraph on one line runs to hundreds.
WRAP_WIDTHS = range(30, 101)


def unwrapped(raw_lines):
    """``(number, line)`` for each of the text's non-empty lines, numbered among them, with a
    hard-wrapped text's paragraphs rejoined (under the number of their first line).

    A text is hard-wrapped when most of its long lines (near the wrap width, the length most
    lines reach) end in the middle of a sentence and go on in the next line (see
    ``is_hard_wrapped``). There, a line near the width goes on in the line below it (see
    ``goes_on``); a short line, a blank one or an indented one ends the paragraph. A PDF's
    page numbers are left out.
    """
    numbered, number = [], 0
    for raw in raw_lines:
        if raw.strip():
            number += 1
        numbered.append((number, raw.rstrip()))
    pages_joined = without_page_numbers(numbered)
    width = wrap_width([line for _n, line in pages_joined])
    spacing = width and line_spacing(pages_joined)
    if spacing:
        # A blog's or a mail's copy that puts a blank line (or two) under every line: that run
        # is the wrap's, a longer one the paragraph's end.
        single_spaced = without_line_spacing(pages_joined, spacing)
        if is_hard_wrapped(single_spaced, width):
            pages_joined = single_spaced
    if not width or not is_hard_wrapped(pages_joined, width):
        return [(n, line) for n, line in numbered if line.strip()]
    # Each paragraph's lines gathered and joined once: a paragraph grown a line at a time is
    # copied at every line, quadratic in a long one.
    paragraphs, above = [], ""
    words = {word.casefold() for _n, line in pages_joined for word in WORD.findall(line)}
    margin = collections.Counter(indent(line) for _n, line in pages_joined if line.strip())
    margin = margin.most_common(1)[0][0]
    for n, line in pages_joined:
        if not line.strip():
            above = ""
            continue
        if goes_on(above, line, width, margin):
            pieces = paragraphs[-1][1]
            pieces[-1], joined = joined_at_line_end(pieces[-1], line.strip(), words)
            pieces.append(joined)
        else:
            paragraphs.append((n, [line]))
        above = line
    return [(n, "".join(lines)) for n, lines in paragraphs]


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
BROKEN_WORD = re.compile(r"([^\W\d_]+)-$")
# The first half of a compound's own hyphen ("inter-agency", "self-employed"), never of a
# word a typesetter broke at a line's end.
COMPOUND_FIRST = frozenset(
    {
        "all",
        "anti",
        "co",
        "counter",
        "cross",
        "ex",
        "full",
        "half",
        "high",
        "inter",
        "intra",
        "large",
        "long",
        "low",
        "mid",
        "multi",
        "non",
        "post",
        "pre",
        "pro",
        "self",
        "semi",
        "short",
        "small",
        "sub",
        "super",
        "vice",
        "well",
    }
)
# A romanised Korean syllable: a given name broken at its own hyphen ("Min-\nji").
ROMANISED_SYLLABLE = re.compile(r"[bcdghjkmnprstwy]{0,2}[aeiouwy]{1,3}(?:ng|[nmklpt])?", re.I)


def joined_at_line_end(above, line, words):
    """``above`` and ``line`` as pieces of one paragraph: after a space, or glued where the wrap
    broke a word at a hyphen ("inter-\nagency"), the hyphen dropped where it was the
    typesetter's ("govern-\nment"). ``words``: the text's words, casefolded."""
    broken = BROKEN_WORD.search(above)
    if not broken or not line[:1].islower():
        return above, " " + line
    first, rest = broken.group(1), re.match(r"[^\W\d_]+", line).group()
    if keeps_hyphen(first, rest, words):
        return above, line
    return above[:-1], line


def keeps_hyphen(first, rest, words):
    """Whether "first-" at a line's end and "rest" below are a compound or a name: the text
    prints the word whole elsewhere (or hyphenated), a compound's usual first half, a
    romanised Korean given name."""
    if (first + rest).casefold() in words:
        return False
    if f"{first}-{rest}".casefold() in words:
        return True
    name = first[:1].isupper() and all(map(ROMANISED_SYLLABLE.fullmatch, (first, rest)))
    return name or first.casefold() in COMPOUND_FIRST


# "- 2 -", "Page 2 of 5", "2/5": a PDF's page number, printed between the lines of a paragraph
# that runs on to the next page.
PAGE_NUMBER = re.compile(
    r"[-–—]?\s*\d{1,3}\s*[-–—]?|(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}",
    re.IGNORECASE,
)


def without_page_numbers(numbered):
    """The lines without a PDF's page breaks: its page numbers, the running head or foot
    printed beside one (see ``is_running_head``) and the blank lines around them: a page
    break is not a paragraph's end, unless a longer run of blank lines than the page's own
    one, before the break or after it, ends the paragraph there (and the line after it does
    not go on in lower case)."""
    repeated = collections.Counter(line.strip() for _n, line in numbered)
    kept, after_page_number, paragraph_end, blanks = [], False, False, []
    for n, line in numbered:
        if is_page_number(line):
            blanks = without_blanks_at_end(kept)
            # A foot above the number only where printed again: a page may end on a date.
            if kept and repeated[kept[-1][1].strip()] > 1 and is_running_head(kept[-1][1], True):
                kept.pop()
                blanks = without_blanks_at_end(kept)
            paragraph_end = paragraph_end or len(blanks) > 1
            after_page_number, blanks = True, []
        elif after_page_number and is_running_head(line, repeated[line.strip()] > 1):
            blanks = []
        elif after_page_number and not line.strip():
            blanks.append((n, line))
        else:
            ended = paragraph_end or len(blanks) > 1
            if after_page_number and ended and not re.match(r"[a-z0-9]", line.lstrip()):
                kept.append((n, ""))
            kept.append((n, line))
            after_page_number, paragraph_end, blanks = False, False, []
    return kept


def is_page_number(line):
    return bool(PAGE_NUMBER.fullmatch(line.strip()))


def without_blanks_at_end(kept):
    """The blank lines at ``kept``'s end, taken off it."""
    blanks = []
    while kept and not kept[-1][1].strip():
        blanks.append(kept.pop())
    return blanks


RUNNING_HEAD_WIDTH = 60
# "7 December 2026", "2026. 12. 7.": a date ends on a number, a sentence on a word.
DATED = re.compile(r"(?<!\d)20\d{2}(?!\d)(?!.*[^\W\d_][.!?]$)")


def is_running_head(line, repeated):
    """Whether ``line``, beside a page number, is what a PDF prints on every page (the
    sender's name, the date, the release's title): short, no quotation, printed again
    (``repeated``) or dated."""
    line = line.strip()
    short = 0 < len(line) <= RUNNING_HEAD_WIDTH and not re.search(r"[\"“”]", line)
    return short and (repeated or bool(DATED.search(line)))


def blank_runs(numbered):
    """The number of blank lines between each two lines of text, in order."""
    runs, run = [], None
    for _n, line in numbered:
        if line.strip():
            if run is not None:
                runs.append(run)
            run = 0
        elif run is not None:
            run += 1
    return runs


def line_spacing(numbered):
    """The blank lines a blog's or a mail's copy puts under every line of text (one, or two
    where the copy was spaced twice), or None where it does not: that run stands between most
    two lines, a longer one marks the paragraphs (one gap in ten at least, or none: a tight
    wrap spaced out, whose paragraphs end as a wrap's do), and lines of text side by side are
    rare."""
    runs = blank_runs(numbered)
    spaced = [run for run in runs if run]
    if len(runs) < 4 or not spaced:
        return None
    spacing = min(spaced)
    single = runs.count(spacing)
    longer = sum(run > spacing for run in runs)
    if single * 2 >= len(runs) and (longer * 10 >= len(runs) or single == len(runs)):
        return spacing if (len(runs) - single - longer) * 10 <= len(runs) else None
    return None


def without_line_spacing(numbered, spacing):
    """The lines without the run of ``spacing`` blank lines that stands between two lines of
    text; a longer run is kept as one blank line."""
    kept, run = [], []
    for n, line in numbered:
        if not line.strip():
            run.append((n, ""))
            continue
        if kept and run and len(run) != spacing:
            kept.append(run[0])
        kept.append((n, line))
        run = []
    return kept


def goes_on(line, below, width, margin=0):
    """Whether ``below`` continues ``line``'s paragraph in a text wrapped at ``width`` whose
    lines mostly start at ``margin``: one indented deeper than the line above or than the
    margin (a printed paragraph's first line, two spaces or a tab in) starts a paragraph."""
    if not line.strip() or len(line) < 0.7 * width or indent(below) > min(indent(line), margin):
        return False
    if BRACKETED_LINE.fullmatch(below.strip()):
        # "[앵커]", "[Anchor]": a broadcast transcript's tag on a line of its own is never the
        # rest of a line ending near the width.
        return False
    if re.search(r"[\"”’']$", line) and re.match(r"[가-힣]", below.lstrip()):
        # A Korean quotation takes its particle glued to the closing mark ("…”라며"): one
        # that ends a line before a word is a headline's or a deck's, a line of its own.
        return False
    if TRAILING_BYLINE_KO.search(line):
        # "…당부했다. /장수=구상모 기자": the reporter's name closes the article's paragraph;
        # the page's line below it ("댓글삭제") would make the whole of it the page's debris.
        return False
    if QUOTE_CLOSED.search(line) and re.match(r"[A-Z“‘\"']", below.lstrip()):
        # A quotation closed after its last sentence, then a new sentence: a quote's paragraph
        # ends there far more often than it goes on, and one joined to the next paragraph
        # takes that paragraph's speaker, a wrong name; one cut off keeps the speaker before.
        return False
    # A line that ends a sentence ends its paragraph when the next word would have fit on it:
    # the wrap did not break it there, the writer did.
    first_word = below.split()[0]
    return not ends_sentence(line) or len(line) + 1 + len(first_word) > width


BRACKETED_LINE = re.compile(r"\[[^\[\]]{1,40}\]")


def indent(line):
    """A paragraph's first line may be indented: a line indented deeper than the one above
    starts one. A tab is as deep as four spaces, not one: a page may indent with either."""
    line = line.expandtabs(4)
    return len(line) - len(line.lstrip())


def wrap_width(raw_lines):
    """The length nine lines in ten stay within, if it is a wrap's; else None."""
    lengths = sorted(len(line.rstrip()) for line in raw_lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[len(lengths) * 9 // 10 - 1]
    return width if width in WRAP_WIDTHS else None


def is_hard_wrapped(numbered, width):
    """Whether most lines near the width go on, mid-sentence, in the line below.

    Going on: the next line starts a word in lower case, a number, or Hangul (which has no
    case), after a line that does not end a sentence; or a quotation after a Korean word that
    leads into it ("…인사말에서" / "“…"). A list of headlines (of similar length, without full
    stops) goes on in capitals; a normal article's lines end sentences.
    """
    long_lines = going_on = 0
    for (_n, line), (_m, below) in zip(numbered, numbered[1:], strict=False):
        # A long line before a blank one or an indented one (a printed paragraph's first line)
        # ends its paragraph, wrapped or not: no evidence.
        if len(line) < 0.7 * width or not below.strip() or indent(below) > indent(line):
            continue
        below = below.strip()
        long_lines += 1
        if ends_sentence(line):
            continue
        if re.match(r"[a-z0-9(가-힣]", below) or (
            re.search(r"[가-힣]$", line) and re.match(r"[\"“'‘]", below)
        ):
            going_on += 1
    # Two are enough in a short text where every long line goes on.
    return going_on >= 3 and going_on * 2 >= long_lines or going_on == long_lines >= 2


# --- What the page around the article adds ---------------------------------------------------

# A browser's copy of a page carries its menus, buttons, timestamps, bylines, captions, lists of
# other articles and footers. They are dropped line by line before anything is read, so that
# none of them becomes a remark, a speaker, an institution, a venue or the title.
COUNT = re.compile(r"[\d,]+")
TABLE_ROW = re.compile(r"\S\s*\t+\s*\S")
NAVIGATION_SEPARATOR = re.compile(r"\s*[|>›»]\s*")
CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
YEAR = re.compile(r"(?<!\d)20\d{2}(?!\d)")
TIMESTAMP_LABEL = re.compile(
    r"^(?:입력|수정|등록|승인|송고|기사입력|최종수정|업데이트|Published|Updated|Posted|Modified|"
    r"Last updated)\s*:?\s*\d",
    re.IGNORECASE,
)
BYLINE_LABEL = re.compile(
    r"^(?:By|Reporters?|Written by|Reported by|Edited by)\s*:?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?$"
)
# Matched from the start of a word only: tried inside one, the run before "@" is rescanned from
# every position, quadratic on a long word without one.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A contact's address, in brackets or not, with the line's text going on after it.
CONTACT_END = re.compile(rf"{EMAIL.pattern}\)?(?=\s)")
PHONE = re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")
COPYRIGHT = re.compile(
    r"[©ⓒ]|\(c\)\s|copyright|저작권자|무단\s?전재|재배포\s?금지|all rights reserved", re.IGNORECASE
)
# The words of a site's copyright notice, beyond a photo's "ⓒ Name".
NOTICE = re.compile(
    r"저작권|무단|재배포|copyright|all rights|rights reserved|(?<!\d)(?:19|20)\d{2}(?!\d)",
    re.IGNORECASE,
)
SHARE_PROMPT = re.compile(r"이 (?:기사|콘텐츠)를 공유(?:합니다|하세요)\.?")
# "-30-" and "###" end a North American press release, as "(END)" ends wire copy.
END_MARK = re.compile(r"[(<\[/-]?\s*(?:END|끝)\s*[)>\]/-]?|[-–—]\s*30\s*[-–—]|#{3}")
# "*January-October. Source: KBIZ", "자료: 중기부": the note under a table or chart.
SOURCE_NOTE = re.compile(r"(?:^|[\s.*])(?:Sources?|출처|자료)\s?:\s?[^.!?]*$")
LIST_HEADING = re.compile(
    rf"[\[【<(▶▷☞■◆]*\s*(?:{lx.ARTICLE_LIST_HEADINGS})\s*[\]】>)]*", re.IGNORECASE
)
# A caption: a credit after its last full stop ("… on Thursday. (Yonhap)", "…있다. [사진=…]",
# "…./Courtesy of …"), a photo label before it ("<사진>"), someone's place in the photo, or
# the caption arrow before a scene described as it happens ("▲ … 발언하고 있다.").
PHOTO_CREDIT = re.compile(
    r"[.!?]\s*(?:[\[(<](?P<credit>[^\[\]()<>]{1,40})[\])>]|/\s*(?P<slash>\S.{0,60}))$"
)
# "…, he said. (PA) “We will…”", "…밝혔다. (사진=연합뉴스) 이어 …": a photo's credit left between
# two sentences of a paragraph, where the photo stood: a label's ("사진=", "Photo:", "제공") or
# a wire's name alone. Any other bracket there (a speaker's name after a quote) is the text's,
# and a credit before another ("(제공: 대전시) ⓒ천지일보") is a caption's end.
INLINE_CREDIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][”\"’'])) *[\[(]"
    rf"(?:(?:사진\s?제공|사진|제공|photo|courtesy)\b[^\[\]()]{{0,40}}|(?:{'|'.join(lx.WIRES_EN)}))[\])](?= +[^\sⓒ©])",
    re.IGNORECASE,
)
# "…발언하고 있다. ⓒ경기도 제공", "…하고 있다.ⓒ뉴데일리": a photo's credit after its caption's
# last full stop, not the page's copyright notice ("저작권자 ⓒ 국제뉴스 무단전재 …").
COPYRIGHT_CREDIT = re.compile(r"[.!?]\s*[ⓒ©]\s?[^\s.ⓒ©]{1,20}(?:\s제공)?$")
PHOTO_LABEL = re.compile(
    r"^(?:[<\[(]\s*사진\s*[>\])]|사진\s?[=:]|photo(?: by| courtesy)?\s?[:=]?\s)", re.I
)
PHOTO_POSITION = re.compile(lx.PHOTO_POSITIONS, re.IGNORECASE)
# "↑ 기념촬영 모습.": an arrow pointing up at the photo it describes.
PHOTO_ARROW = re.compile(r"^↑")
CAPTION_SCENE_KO = re.compile(r"^[▲△]\s*\S.*있다\.?$")
# Without a credit, an English caption still reads as one: a sentence in the present tense that
# the narrative's past tense would not use for a day gone by ("… speaks … on Tuesday.").
# Its day first, then the verb before it: one pattern "verb … on day" scans the rest of the
# line from every verb, quadratic on a line that repeats one.
CAPTION_DAY_EN = re.compile(
    rf"\bon (?:{'|'.join(lx.WEEKDAYS_EN)}|(?:{MONTH_RE})\.? \d{{1,2}}(?:, \d{{4}})?)\.$",
    re.IGNORECASE,
)
# Not after "to" ("plans to visit … on Monday"): an infinitive is a plan, not a scene.
CAPTION_VERB_EN = re.compile(rf"\b(?<!\bto )(?:{'|'.join(lx.CAPTION_VERBS_EN)})\b", re.IGNORECASE)
# A line that reports someone's words ("…, a senior official said on Wednesday.") or tells what
# will happen is the story's, whatever verb it holds: a caption shows a scene as it happens.
NARRATIVE_EN = re.compile(
    rf"\b(?:will|would|shall|{'|'.join(lx.SPEECH_VERBS_EN)})\b", re.IGNORECASE
)
# A broadcast's sound bite, "[윤석열 대통령 : \"…\"]": a speaker's label and a quote, in brackets that
# would read as a credit ("[사진=…]").
SOUND_BITE = re.compile(r"^\[([^\[\]:]{1,40}:\s*[\"“][^\[\]]*)\]$")
# A speaker's label in brackets, alone over the speech ("<김용준 인수위원장>") or before it in a
# sound bite printed without marks ("[곽대훈 / 자유한국당 의원 (어제) : …]").
SPEAKER_HEADER = re.compile(r"^[<‹〈《【\[]\s*([^<>‹›〈〉《》【】\[\]:]{2,60}?)\s*[>›〉》】\]]$")
# The speech of a sound bite without marks: a sentence, however short ("안녕하세요."), or ten
# characters and more.
# A speaker's label in brackets before the quote on its line: "<박용만 / 대한상의 회장> \"…\"";
# or after a roundup's bullet: "▲김철수 의원 \"…\"".
HEADER_BEFORE_QUOTE = re.compile(
    r"^(?:[<‹〈《【\[]\s*([^<>‹›〈〉《》【】\[\]:]{2,60}?)\s*[>›〉》】\]]"
    r"|[▲△◇◆○●■□]\s*([^▲△◇◆○●■□=\"“”:]{2,40}?))\s*(?=[\"“])"
)
# "[인터뷰:박서진/행정안전부 장관]", "<발표자 : 강선우 여가부 장관 후보자>": what the line is, or
# what the speaker does, before the label inside its brackets.
TAGGED_HEADER = re.compile(
    r"^(?P<open>[\[<〈《【])\s?(?:녹취|인터뷰|싱크|현장음|발표자|발언자)\s?:\s*"
    r"(?=[^\[\]<>〈〉《》【】]+[\]>〉》】]$)"
)
# A roundup's item: a speaker's name and title, an equals sign, what they said.
LABEL_EQUALS = re.compile(r"^(?:[▲△◇◆○●■□▶▷·•-]\s*)?(?P<label>[^=\"“”:]{2,40}?)\s*=\s*(?=\S)")
UNMARKED_SOUND_BITE = re.compile(
    r"^\[([^\[\]:\"“”]{1,60}?)\s:\s+([^\[\]\"“”]{10,}|[^\[\]\"“”]{1,9}[.!?])\]$"
)


GLUED_SEPARATOR = re.compile(r"(?<=[.!?])\s+[-–—]$")


def speaker_line(line):
    """A speaker's label kept as "LABEL :" over the speech, or "LABEL : speech": the words
    after it are theirs (see ``quotations.inline_speech``); any other line as it is."""
    line = TAGGED_HEADER.sub(r"\g<open>", line)
    m = SPEAKER_HEADER.match(line)
    if m and speaker_label(m[1]):
        return f"{m[1]} :"
    m = HEADER_BEFORE_QUOTE.match(line)
    label = m and (m[1] or m[2])
    if label and speaker_label(label):
        return f"{label} : {line[m.end() :]}"
    m = LABEL_EQUALS.match(line)
    said = m and line[m.end() :]
    if (
        m
        and len(m["label"].split()) > 1
        and speaker_label(m["label"])
        # Words said, not a list of posts ("▲회장 = 김철수 논산시장").
        and (said[:1] in lx.DOUBLE_QUOTES or ends_sentence(said))
    ):
        # "▲김철수 의원 = “…”": a roundup's item, its speaker before the equals sign (the
        # bullet no word of the label).
        return f"{m['label']} : {line[m.end() :]}"
    m = UNMARKED_SOUND_BITE.match(line)
    if m and speaker_label(m[1]):
        return f"{m[1]} : {m[2]}"
    if m and m[1].strip() == REPORTER_KO:
        # "[기자 : 중앙일보 강태화 기자입니다. …]": a reporter asking at a press conference, on
        # tape as the others are; the narration's "[기자]" has no colon and no speech.
        return f"{REPORTER_KO} : “{m[2]}”"
    return line


REPORTER_KO = "기자"


# "…참석한 김 장관. 사진=이수길 기자 a@b.kr": a photo's credit after its caption, whatever the
# line goes on with (a caption printed twice, glued); its photographer is no one the article is
# about.
PHOTO_CREDIT_KO = re.compile(
    r"(?<=[.!?])\s*사진\s?=\s?[가-힣]{2,4}\s?기자(?:\s*[\w.+-]+@[\w-]+(?:\.[a-z]+)+)?"
)


# A reporter's byline stuck to a paragraph's last sentence: "…말했다. /김민수 기자", "… 기자 a@b.kr",
# the place the reporter files from before the name ("/춘천=김민수 기자"), the reporter's address
# alone ("…말했다./kim@a.kr"), or the byline in angle brackets ("…말했다.<김민수 기자 a@b.kr>").
TRAILING_BYLINE_KO = re.compile(
    r"(?<=다\.)\s*(?:/?\s*(?:(?:[가-힣]{1,10}\s?=\s?)?[가-힣]{2,4}\s?기자(?:\s+[\w.+-]+@[\w.-]+)?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|<\s*[가-힣]{2,4}\s?기자(?:\s+[\w.+-]+@[\w.-]+)?\s*>)$"
)


# A line this long printed twice is a copy, not two sentences that happen to be alike.
REPEATED_LENGTH = 40
# A copy may print its quotation marks straight where the first was curly, or the reverse.
ONE_KIND_OF_MARKS = str.maketrans("“”„‟‘’", '""""\'\'')


def article_lines(numbered_raw):
    """``(numbered lines, flags)``: the article's own lines (``unwrapped``'s), tidied, each with
    its number; what the page around it adds is left out, what cannot be read flagged.
    """
    lines, flags, printed = [], [], set()
    under_list_heading = told = False
    for number, raw in numbered_raw:
        if is_unreadable(raw):
            excerpt = "".join(ch for ch in raw if ch.isprintable())[:40].strip()
            flags.append(Flag(FlagKind.UNREADABLE, paragraph=number, excerpt=excerpt))
            continue
        if TABLE_ROW.search(raw):
            continue
        line = re.sub(r"\s{2,}", " ", raw.replace("\t", " ")).strip()
        # "|", "↑ 기념촬영 모습. |", "ⓒ 신문 |": a photo block pasted as a table's cells, its
        # picture gone; the cells are the caption and the photo's credit, not the article's
        # end (a site's copyright notice says it reserves the rights).
        if line.endswith("|"):
            content = line.strip("| ")
            notice = COPYRIGHT.search(content) and NOTICE.search(content)
            if not notice and (not ends_sentence(content) or COPYRIGHT.search(content)):
                continue
            line = content
        line = TRAILING_BYLINE_KO.sub("", line)
        line = PHOTO_CREDIT_KO.sub("", line)
        line = speaker_line(SOUND_BITE.sub(r"\1", line))
        # "…나눴다. -": a page's separator glued after the paragraph's last sentence.
        line = GLUED_SEPARATOR.sub("", line)
        if not line:
            continue
        # "…협력하고 있다. <저작권자 ⓒ 일간검경 무단전재 …>": a notice glued to the article's last
        # sentence ends the article there, not before the paragraph it is glued to.
        notice = glued_notice_start(line)
        if notice:
            line = line[:notice]
        line = line[: glued_contact_start(line)]
        # After the article's first sentence, the end mark or the copyright notice closes it:
        # the rest is the site's.
        if told and (END_MARK.fullmatch(line) or (COPYRIGHT.search(line) and not is_caption(line))):
            break
        if LIST_HEADING.fullmatch(line):
            under_list_heading = True
            continue
        # Headlines go without a full stop; the article's next sentence ends the list.
        if under_list_heading and not re.search(r"[.!?。][\"”’')\]]*$", line):
            continue
        under_list_heading = False
        copy = line.translate(ONE_KIND_OF_MARKS)
        if len(line) >= REPEATED_LENGTH and copy in printed and ends_sentence(line):
            # A page that prints a paragraph twice (a story's body again under its byline, a
            # lede repeated): the copy says nothing new, and its quotes are no new remarks. A
            # signature under each of two quotes is no sentence, and is kept.
            continue
        if not is_page_debris(line):
            lines.append((number, line))
            printed.add(copy)
            told = told or ends_sentence(line)
        if notice:
            break
    return lines, flags


def glued_notice_start(line):
    """Where a site's copyright notice glued after a sentence of the article begins, or None."""
    found = COPYRIGHT.search(line)
    if not found or not NOTICE.search(line, found.start()):
        return None
    head = line[: found.start()].rstrip(" <[(【")
    return len(head) if head and ends_sentence(head) and not is_caption(head) else None


# The end of a sentence, where a release's contact may be glued after it.
SENTENCE_END = re.compile(r"(?:[.!?。]|다\.?)[\"”’')\]]*(?=\s|\*|$)")


def glued_contact_start(line):
    """Where a release's contact glued after its last sentence begins ("…참고하시기 바랍니다.*
    담당자 : 자치행정과 이현관(044-205-3106)"), or None: the sentences before it are the
    release's, though the line has a phone number."""
    phone = PHONE.search(line)
    if not phone or any(ch in lx.DOUBLE_QUOTES for ch in line):
        return None
    ends = [end.end() for end in SENTENCE_END.finditer(line, 0, phone.start())]
    if not ends or len(line[ends[-1] : phone.start()]) > 40:
        return None
    return ends[-1]


def is_page_debris(line):
    """A line of the page, not of the article: see ``article_lines``."""
    if all(word.casefold() in lx.PAGE_BUTTONS or COUNT.fullmatch(word) for word in line.split()):
        return True  # "Share", "Font size", "좋아요 0"
    if SHARE_PROMPT.fullmatch(line):
        return (
            True  # "이 기사를 공유합니다": a share button's prompt, though it ends like a sentence
        )
    if re.fullmatch(r"[\[(<【〈《][^\[\]()<>]*[\])>】〉》]", line):
        return True  # "[사진=연합뉴스]", "(Yonhap)", "<끝>": a credit or a mark
    if COPYRIGHT.search(line) or END_MARK.fullmatch(line) or is_source_note(line):
        return True
    if is_caption(line):
        return True
    if PHONE.search(line) and not any(ch in lx.DOUBLE_QUOTES for ch in line):
        return True  # who to call: the press release's contacts
    if ends_sentence(line):
        return False
    parts = NAVIGATION_SEPARATOR.split(line)
    if len(parts) > 1 and all(len(part.split()) <= 3 and len(part) <= 20 for part in parts):
        return True  # "Home > National > Economy", "로그인 | 회원가입"
    if CLOCK_TIME.search(line) and YEAR.search(line) or TIMESTAMP_LABEL.match(line):
        return True  # "입력 2026.12.02 14:02 | 수정 …", "Economy 14:02 November 30, 2026"
    if CONTENT_ID.search(line):
        return True  # "Model ID: c2446f52-a844-…;": a content system's identifiers, shown
    return bool(EMAIL.search(line) or BYLINE_LABEL.match(line))


# A content system's identifier (a UUID), printed on the page by a template left in debug mode.
CONTENT_ID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)


def is_caption_scene_en(line):
    """A line that opens with a letter and tells, without quotes, who does what on a day."""
    day = CAPTION_DAY_EN.search(line)
    if not day or not re.match("[A-Z]", line, re.IGNORECASE):
        return False
    told = line[: day.start()]
    if any(ch in '"“”' for ch in told) or NARRATIVE_EN.search(line, 0, day.start()):
        return False
    return bool(CAPTION_VERB_EN.search(line, 1, day.start()))


def is_source_note(line):
    # The note runs to the line's end without a full stop: only what follows the last stop
    # can hold it (searched from the start, every "Source:" would be scanned to the next stop).
    last_stop = max(line.rfind("."), line.rfind("!"), line.rfind("?"))
    return bool(SOURCE_NOTE.search(line, max(last_stop, 0)))


def captions_of(text):
    """The photo captions of the pasted text: left out of the article, but they may say where."""
    return [line.strip() for line in text.split("\n") if is_caption(line.strip())]


def is_caption(line):
    if COPYRIGHT_CREDIT.search(line):
        return True
    if PHOTO_LABEL.match(line) or CAPTION_SCENE_KO.match(line) or PHOTO_ARROW.match(line):
        return True
    if PHOTO_POSITION.search(line):
        # A caption is a sentence or two; a paragraph of several that ends with a scene in the
        # photo ("… 말했다. 김 구청장(오른쪽)과 … 악수를 나누고 있다.") is the article's.
        return len(WORD_SENTENCE_END.findall(line)) <= CAPTION_SENTENCES
    if is_caption_scene_en(line) and len(sentences([line], False)) == 1:
        return True
    m = PHOTO_CREDIT.search(line)
    # A wire story's last paragraph ends with the wire's name too ("…, he said. (Yonhap)"),
    # and a page that glues its paragraphs puts the story's quotes on that line: a quotation
    # closed after a sentence's punctuation is speech, which no caption reports.
    if not m or SPEECH_CLOSING.search(line):
        return False
    credit = m["credit"] or m["slash"]
    # A credit names who took the photo: a label ("사진=", "Courtesy of") or a name in capitals.
    return bool(
        re.search(r"사진|제공|=|photo|courtesy", credit, re.IGNORECASE)
        or re.fullmatch(r"[A-Z][\w&.'-]*(?: (?:of|and|for|&|[A-Z][\w&.'-]*))*", credit.strip())
    )


CAPTION_SENTENCES = 2
# A sentence's end after a word ("…말했다.", "…the plan."), not a date's or a credit's dots.
WORD_SENTENCE_END = re.compile(r"(?:[다요]|[a-z]{2})[.!?](?=[\s\"”’']|$)")
SPEECH_CLOSING = re.compile(r"[,.!?][\"”](?:\s|[A-Z]|$)")


# Layout, not words: a press release's bullets ("□", "ㅇ", "-") and a report's sub-heads ("◆").
BULLET = re.compile(r"^(?:[□■◆◇○●◎▲△▶▷►•※*ㅇ]|[-–])\s+")
SUBHEAD_MARKS = "◆◇■▶▷►▲"


def unbulleted(lines):
    """The lines without their bullets; a dash under a quote is a signature's ("“…”\n– Jane
    Doe, Premier of Alberta"), kept for the reader to see the quote signed."""
    return [
        line
        if k and lines[k - 1][-1:] in "\"”’'" and line[:1] in "-–" and not ends_sentence(line)
        else BULLET.sub("", line)
        for k, line in enumerate(lines)
    ]


def is_subhead(line):
    """ "◆ 협회 \"문턱 낮춰야\"": a headline inside the body (no full stop), its quote no remark;
    "▶ 인터뷰 : 홍종학 / 중소벤처기업부 장관" is a sound bite's heading, kept for its speaker."""
    return line[:1] in SUBHEAD_MARKS and not ends_sentence(line) and not heading_label(line)


# "Social Media Profiles:", "Related Topics:": a page's label over its links, no sentence.
PAGE_LABEL_EN = re.compile(r"(?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*:")


def ends_sentence(line):
    if PAGE_LABEL_EN.fullmatch(line):
        return False
    # "“….” (Cho Sung-wook, Chairman of the Fair Trade Commission)": a quote and its speaker.
    quote_and_speaker = re.search(r"[.!?][\"”’']\s*\([^()]{2,160}\)$", line)
    return bool(quote_and_speaker or re.search(r"(?:[.!?:。]|다\.?)[\"”’')\]]*$", line))


# "SEJONG, Dec. 1 (Yonhap) --": the city the story was filed from.
DATELINE_EN = re.compile(
    r"^(?P<city>[A-Z][A-Z .'-]+),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+\((?P<wire>[^)]{1,30})\))?\s*"
    r"[-–—]{1,2}\s*"
)
# "(서울=연합뉴스) 김민수 기자 =": a Korean wire's byline before the lede.
BYLINE_KO = re.compile(r"\([^()]{1,30}=[^()]{1,30}\)\s*[가-힣]{2,4}\s*기자\s*=\s*")


def strip_dateline(line):
    """Drop a wire dateline or byline: "SEOUL, March 12 (Yonhap) --", "(서울=연합뉴스) 김 기자 =\"."""
    line = DATELINE_EN.sub("", line)
    byline = BYLINE_KO.match(line)
    line = line[byline.end() :] if byline else line
    # "[Asia Economy Sejong=Reporter Song Seung-seop]": a Korean paper's byline in English.
    line = REPORTER_TAG_EN.sub("", line)
    return re.sub(r"^\[[^\]]{1,40}기자\]\s*", "", line)


REPORTER_TAG_EN = re.compile(
    r"^\[[^\[\]=]{1,40}=\s*(?:Staff )?(?:Reporter|Correspondent|Journalist)s?\b[^\[\]]{0,60}\]\s*",
    re.IGNORECASE,
)


def dateline_of(text):
    """A wire dateline on any line of ``text`` ("SEJONG, Dec. 1 (Yonhap) --"), or None."""
    return next(filter(None, map(DATELINE_EN.match, text.split("\n"))), None)


# "TORONTO — Premier Doug Ford met …": a city in capitals and a dash before the lede, without
# the day; not a page's label in capitals ("UPDATE —", "BREAKING NEWS –").
CITY_DASH_EN = re.compile(
    r"^(?P<city>[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]{2,}){0,2})\s+(?:[—–]{1,2}|-{1,2})\s+(?=[A-Z])"
)
# "SINGAPORE: Deputy Prime Minister …": the same with a colon, read only where one line of
# the text opens so (a transcript's labels, "PRIME MINISTER: …", open many) with a sentence.
CITY_COLON_EN = re.compile(
    r"^(?P<city>[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]{2,}){0,2})\s?:\s+(?=[A-Z])"
)
NOT_A_CITY_EN = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "NEWS",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "LIVE",
        "REVIEW",
        "COMMENT",
        "EXPLAINER",
        "PODCAST",
        "FEATURE",
        "INTERVIEW",
        "NOTE",
        "HOME",
        "MENU",
    ]
)


def dateline_city(text):
    """The city of a wire dateline, as a name ("Sejong"), or ""."""
    lines = text.split("\n")
    dateline = dateline_of(text) or next(filter(None, map(CITY_DASH_EN.match, lines)), None)
    if dateline is None:
        # A lede goes on after the colon; a headline's kicker ("DENIED: Two mayors say …")
        # is a few words.
        colons = [m for m in map(CITY_COLON_EN.match, lines) if m and len(m.string.split()) >= 12]
        dateline = colons[0] if len(colons) == 1 else None
    if not dateline or set(dateline["city"].split()) & (NOT_A_CITY_EN | lx.PAGE_LABELS_EN):
        return ""
    if any(word.title() in lx.TITLE_WORDS_EN for word in dateline["city"].split()):
        return ""
    return dateline["city"].strip().title()


# --- The header ----------------------------------------------------------------------------


def reads_as_headline(line, korean):
    """A headline says something: a few words, not a subtitle, a label in capitals or a name."""
    words = line.split()
    if re.fullmatch(r"[-–—].*[-–—]", line) or len(words) < (3 if korean else 4):
        return False
    if korean:
        return True
    if not re.search(r"[a-z]", line):
        return False
    # Title Case capitalises the small words a name prints in lower case: "… To Pay Half Of …".
    if set(words[1:]) & lx.TITLE_CASE_SMALL_WORDS_EN:
        return True
    name_words = [
        w for w in words if w[:1].isupper() or w in lx.CONNECTORS_EN or not w[:1].isalpha()
    ]
    return len(name_words) < len(words)


# What an article says of itself when a machine translated it ("This article has been
# translated by AI"), and, last, what it says of any translation.
MACHINE_TRANSLATED = (
    r"translated by AI|machine[- ]translat|AI[- ]translat|automatically translated|"
    r"AI\s?번역|기계\s?번역"
)
TRANSLATED = re.compile(f"{MACHINE_TRANSLATED}|번역되었습니다", re.IGNORECASE)


def is_translation(text):
    return bool(TRANSLATED.search(text))


def is_machine_translation(text):
    return bool(re.search(MACHINE_TRANSLATED, text, re.IGNORECASE))
