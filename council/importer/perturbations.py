"""How well the reader holds when a real article reaches it in another form.

Each perturbation rewrites an article the way a real paste can (other quotation marks, HTML
entities left in, invisible characters, Windows line ends, hard wraps, bullets, a multi-paragraph
quote's convention, a site's debris after the end) without changing what a careful reader
extracts from it. The expected quotes change only where the perturbation changes their own
characters (the marks inside them, a quotation that now runs over two paragraphs). Scored with
``evaluation.score_article``, over every article of a set that has quotes. Pure Python.
"""

import itertools
import re
import textwrap
from dataclasses import dataclass

from .evaluation import CorpusScore, load_corpus, same_quote, score_article

DOUBLE = '"“”'
# Where a straight mark opens: at the start, after a space or an opening bracket.
OPENS_AFTER = " \t\n([{<—–-"


def is_opening(text, i):
    ch = text[i]
    if ch in "“„":
        return True
    if ch == "”":
        return False
    if i == 0 or text[i - 1] in OPENS_AFTER:
        return True
    # "…Park Soo-hyun.\"These will…": glued to the sentence before, it opens where the marks
    # before it in the paragraph are paired.
    start = text.rfind("\n", 0, i) + 1
    glued = text[i - 1] in ".!?," and text[i + 1 : i + 2].isalpha()
    return glued and sum(ch in DOUBLE for ch in text[start:i]) % 2 == 0


def with_marks(opening, closing):
    """Every double quotation mark printed as ``opening`` or ``closing``."""

    def swap(text):
        return "".join(
            (opening if is_opening(text, i) else closing) if ch in DOUBLE else ch
            for i, ch in enumerate(text)
        )

    return swap


def same_text(text):
    return text


@dataclass(frozen=True)
class Perturbation:
    name: str
    description: str
    # text -> text, the whole article
    article: object
    # quote -> quote: how the perturbation changes a quote's own characters
    quote: object = same_text
    # Korean or English articles only, or both (None)
    language: str | None = None
    # (text, remarks) -> (text, remarks), for a perturbation that changes which remarks there
    # are; it then stands for ``article`` and ``quote``
    whole: object = None

    def applies_to(self, name):
        return self.language is None or name.startswith(self.language)

    def apply(self, text, remarks):
        if self.whole is not None:
            return self.whole(text, remarks)
        return self.article(text), [{**r, "quote": self.quote(r["quote"])} for r in remarks]


def entities_named(text):
    text = text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace('"', "&quot;")
    return text.replace(". ", ".&nbsp; ")


def entities_numeric(text):
    return text.replace("“", "&#8220;").replace("”", "&#x201D;").replace('"', "&#34;")


def every_third_space(replacement):
    def perturb(text):
        count = 0

        def swap(match):
            nonlocal count
            count += 1
            return replacement if count % 3 == 0 else match.group()

        return re.sub(" ", swap, text)

    return perturb


LONG_WORD = re.compile(r"[A-Za-z]{10,}")


def soft_hyphens(text):
    """A soft hyphen inside every long word, as a typesetting site leaves them."""
    return LONG_WORD.sub(lambda m: m.group()[:5] + "\u00ad" + m.group()[5:], text)


def paragraphs(text):
    return [p for p in text.split("\n") if p.strip()]


def hard_wrapped(blank_between):
    def perturb(text):
        wrapped = [textwrap.fill(p, 70, break_on_hyphens=False) for p in paragraphs(text)]
        return ("\n\n" if blank_between else "\n").join(wrapped) + "\n"

    return perturb


SPLITTABLE = re.compile(r"[A-Za-z]{8,}")


def hyphenated(text):
    """Hard-wrapped at 70, blank lines between paragraphs, as a typeset PDF copies: a long word
    that opens a line broken across the line end ("govern-\nment") where its first half fits."""
    wrapped = hard_wrapped(True)(text).split("\n")
    for k in range(len(wrapped) - 1):
        word = wrapped[k + 1].split(" ", 1)[0]
        half = len(word) // 2
        if wrapped[k] and SPLITTABLE.fullmatch(word) and len(wrapped[k]) + half + 2 <= 70:
            wrapped[k] += f" {word[:half]}-"
            wrapped[k + 1] = word[half:] + wrapped[k + 1][len(word) :]
    return "\n".join(wrapped)


PAGE_LINES = 24


def with_running_heads(text):
    """Hard-wrapped at 70, blank lines between paragraphs, a page break every ``PAGE_LINES``
    lines, mid-paragraph or not, printing the page's footer ("- 2 -" or "Page 2 of 4") and the
    next page's header (the ministry's name and the date)."""
    korean = len(HANGUL.findall(text)) * 4 > len(text)
    header = (
        "예시부 보도자료  2026. 12. 7."
        if korean
        else "Ministry of Example Affairs  7 December 2026"
    )
    lines = hard_wrapped(True)(text).rstrip("\n").split("\n")
    pages = [lines[k : k + PAGE_LINES] for k in range(0, len(lines), PAGE_LINES)]
    out = pages[0]
    for number, page in enumerate(pages[1:], start=1):
        footer = f"- {number} -" if number % 2 else f"Page {number} of {len(pages)}"
        out += ["", footer, "", header, "", *page]
    return "\n".join(out) + "\n"


def first_lines_indented(text):
    """Hard-wrapped at 70 without blank lines, each paragraph's first line indented by two
    spaces or a tab (every other paragraph), as a printed release copies."""
    return "".join(
        ("\t" if k % 2 else "  ") + textwrap.fill(p.strip(), 68, break_on_hyphens=False) + "\n"
        for k, p in enumerate(paragraphs(text))
    )


# Punctuation after Hangul, in the full-width forms a Korean word processor types.
FULL_WIDTH_AFTER_HANGUL = re.compile(r"(?<=[가-힣])[,.:]")
FULL_WIDTH = {",": "，", ".": "．", ":": "："}


def mixed_widths(text):
    """A Korean text typed with full-width and half-width punctuation mixed: every other
    comma, full stop or colon after Hangul full-width, and every other paragraph's double marks
    straight."""
    count = 0

    def swap(match):
        nonlocal count
        count += 1
        return FULL_WIDTH[match.group()] if count % 2 else match.group()

    lines = FULL_WIDTH_AFTER_HANGUL.sub(swap, text).split("\n")
    straight = with_marks('"', '"')
    return "\n".join(straight(line) if k % 2 else line for k, line in enumerate(lines))


def joined(text):
    return " ".join(p.strip() for p in paragraphs(text))


def bulleted(text):
    """Each paragraph a list item: every line, or where the article leaves blank lines between
    its paragraphs, the line after each (a hard-wrapped paragraph's lines are one item)."""
    lines = text.split("\n")
    spaced = "\n\n" in text.strip()
    return "\n".join(
        f"  • {line}"
        if line.strip() and (not spaced or k == 0 or not lines[k - 1].strip())
        else line
        for k, line in enumerate(lines)
    )


def indented(text):
    return "\n".join(f"    {p}" for p in text.split("\n"))


DEBRIS = """
Related articles
Ministers meet business leaders on trade
Council to publish its annual report in March
Share this article: Facebook Twitter LinkedIn Email Print
Copyright © 2026 The Daily Example. All rights reserved.
"""
DEBRIS_KO = """
관련기사
장관, 기업인들과 수출 현안 논의
협의회, 3월 연례 보고서 발표
공유하기 페이스북 트위터 카카오톡 URL복사
저작권자 © 예시일보 무단전재 및 재배포 금지
"""
HANGUL = re.compile("[가-힣]")


def with_debris(text):
    """The page's debris after the article, in the article's language."""
    korean = len(HANGUL.findall(text)) * 4 > len(text)
    return text.rstrip("\n") + "\n" + (DEBRIS_KO if korean else DEBRIS)


def reopened(text, remarks):
    """A paragraph quoted whole before one that opens a quote of the same speaker loses its
    closing mark: the convention of a quotation over paragraphs, now one remark."""
    lines = text.split("\n")
    remarks = [dict(r) for r in remarks]
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for a, b in itertools.pairwise(filled):
        this, following = lines[a].strip(), lines[b].strip()
        whole = this[:1] in '“"' and this[-1:] in '”"' and sum(ch in DOUBLE for ch in this) == 2
        if not whole or following[:1] not in '“"':
            continue
        j = next((j for j, r in enumerate(remarks) if same_quote(r["quote"], this[1:-1])), None)
        if j is None or j + 1 == len(remarks):
            continue
        first, second = remarks[j], remarks[j + 1]
        opening = " ".join(second["quote"].split()[:4])
        if first["speaker"] != second["speaker"] or opening not in " ".join(following.split()):
            continue
        lines[a] = lines[a].rstrip()[:-1]
        remarks[j : j + 2] = [{**second, "quote": f"{first['quote']}\n\n{second['quote']}"}]
    return "\n".join(lines), remarks


# A header's line: short, and no sentence's end.
HEADLINE = re.compile(r"[^\n]{10,160}(?<![.!?\"”’'])")


def headline_glued(text):
    """The headline run on into the line under it, one space between, as a paste that lost the
    break under the headline prints them: the first line that holds text, where it reads as a
    header's (no sentence's end), joined to the next."""
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 or not HEADLINE.fullmatch(lines[filled[0]].strip()):
        return text
    first, second = filled[:2]
    lines[first] = f"{lines[first].rstrip()} {lines[second].strip()}"
    return "\n".join(lines[: first + 1] + lines[second + 1 :])


# The end of a sentence outside any quotation, where a photo's credit can be left in the text.
SENTENCE_GAP = re.compile(r"(?<=[.!?]) (?=\S)")
CREDITS = ["(PA)", "(Photo: Reuters)"]
CREDITS_KO = ["(사진=연합뉴스)", "[사진=뉴스1]"]


def credits_inside(text, remarks):
    """A photo's credit in brackets after the first sentence of every other paragraph, where a
    caption's credit is left in the text: "(PA)", "(사진=연합뉴스)"; only between sentences
    outside any quotation, marked or not (a transcript's speech is a remark unmarked)."""
    korean = len(HANGUL.findall(text)) * 4 > len(text)
    credits = itertools.cycle(CREDITS_KO if korean else CREDITS)
    parts = [part for r in remarks for part in r["quote"].split("\n\n") if part.strip()]
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for k in filled[1::2]:
        line = lines[k]
        quoted = [(i, i + len(part)) for part in parts if (i := line.find(part)) >= 0]
        gap = next(
            (
                m
                for m in SENTENCE_GAP.finditer(line)
                if not sum(ch in DOUBLE for ch in line[: m.start()]) % 2
                and not any(a < m.start() < b for a, b in quoted)
            ),
            None,
        )
        if gap:
            lines[k] = f"{line[: gap.start()]} {next(credits)} {line[gap.end() :]}"
    return "\n".join(lines), remarks


def doubled_blank_lines(text):
    """Every line break doubled and two spaces or a tab after every line, as a mail or a word
    processor's copy leaves them."""
    return "\n".join(
        line + ("\t" if k % 2 else "  ") + "\n" for k, line in enumerate(text.split("\n"))
    )


def windows_and_no_break(text):
    return every_third_space("\u00a0")(text).replace("\n", "\r\n")


# A full stop, question or exclamation mark between sentences, before a capital, Hangul or an
# opening mark.
NEXT_SENTENCE = re.compile(r"(?<=[.!?]) (?=[A-Z가-힣\"“‘'])")


def no_space_after_stop(text, remarks):
    """Sentences run on with no space after the full stop ("said.The minister"), as a page that
    put each sentence in its own element copies. A careful reader puts the space back in
    English: the quotes expected are the article's; a Korean quote is kept as printed, glued."""
    if len(HANGUL.findall(text)) * 4 <= len(text):
        return NEXT_SENTENCE.sub("", text), remarks
    glued = [{**r, "quote": NEXT_SENTENCE.sub("", r["quote"])} for r in remarks]
    return NEXT_SENTENCE.sub("", text), glued


def curly_opened_straight_closed(text):
    """Every closing double mark straight, every opening one curly: “…", a quote typed in two
    programs."""
    return with_marks("“", '"')(text)


def mixed_korean_marks(text):
    """Korean marks of three conventions in one text: 「…」, ＂…＂ and “…” by turns, one kind a
    paragraph."""
    kinds = itertools.cycle([with_marks("「", "」"), with_marks("＂", "＂"), same_text])
    return "\n".join(next(kinds)(line) if line.strip() else line for line in text.split("\n"))


PERTURBATIONS = [
    Perturbation("none", "the article as it is", same_text),
    Perturbation("straight", 'straight "…"', with_marks('"', '"'), with_marks('"', '"')),
    Perturbation("curly", "curly “…”", with_marks("“", "”"), with_marks("“", "”")),
    Perturbation("single", "single ‘…’", with_marks("‘", "’"), with_marks("‘", "’")),
    Perturbation("corner", "「…」 (Korean)", with_marks("「", "」"), with_marks("「", "」"), "ko"),
    Perturbation(
        "double corner", "『…』 (Korean)", with_marks("『", "』"), with_marks("『", "』"), "ko"
    ),
    Perturbation("guillemets", "«…»", with_marks("«", "»"), with_marks("«", "»")),
    Perturbation("low-high", "„…“", with_marks("„", "“"), with_marks("„", "“")),
    Perturbation("double prime", "″…″", with_marks("″", "″"), with_marks("″", "″")),
    Perturbation("two apostrophes", "''…''", with_marks("''", "''"), with_marks("''", "''")),
    Perturbation("full-width", "＂…＂", with_marks("＂", "＂"), with_marks("＂", "＂")),
    Perturbation("named entities", "&ldquo; &rdquo; &quot; &nbsp;", entities_named),
    Perturbation("numeric entities", "&#8220; &#x201D; &#34;", entities_numeric),
    Perturbation(
        "no-break spaces", "every third space a no-break one", every_third_space("\u00a0")
    ),
    Perturbation(
        "zero-width spaces", "a zero-width space by every third", every_third_space(" \u200b")
    ),
    Perturbation("soft hyphens", "a soft hyphen in every long word", soft_hyphens),
    Perturbation("CRLF", "Windows line ends", lambda t: t.replace("\n", "\r\n")),
    Perturbation("wrapped", "hard wrap at 70, blank lines between", hard_wrapped(True)),
    Perturbation("wrapped tight", "hard wrap at 70, no blank lines", hard_wrapped(False)),
    Perturbation("hyphenated", "hard wrap at 70, long words hyphenated at line ends", hyphenated),
    Perturbation(
        "running heads",
        "hard wrap at 70, a page's footer and header every 24 lines",
        with_running_heads,
    ),
    Perturbation(
        "first-line indent",
        "hard wrap at 70, no blank lines, each paragraph's first line indented",
        first_lines_indented,
    ),
    Perturbation(
        "mixed widths",
        '，．： and ,.: mixed, “…” and "…" (Korean)',
        mixed_widths,
        language="ko",
    ),
    Perturbation("one line", "paragraphs joined on one line", joined),
    Perturbation("bullets", "each paragraph after a bullet", bulleted),
    Perturbation("indented", "each line indented", indented),
    Perturbation(
        "reopened",
        "a quote over paragraphs, closed only at its end",
        same_text,
        whole=reopened,
    ),
    Perturbation("debris", "related articles, share buttons, copyright after the end", with_debris),
    Perturbation("TeX marks", "``…''", with_marks("``", "''"), with_marks("``", "''")),
    Perturbation(
        "curly open, straight close",
        '“…" (the opening mark curly, the closing one straight)',
        curly_opened_straight_closed,
        with_marks("“", '"'),
    ),
    Perturbation(
        "mixed Korean marks",
        "「…」, ＂…＂ and “…” by paragraph (Korean)",
        mixed_korean_marks,
        language="ko",
    ),
    Perturbation("headline glued", "the headline and the next line on one line", headline_glued),
    Perturbation(
        "credits inside",
        'a photo credit ("(PA)", "(사진=연합뉴스)") after a sentence of every other paragraph',
        same_text,
        whole=credits_inside,
    ),
    Perturbation(
        "CRLF and no-break",
        "Windows line ends and every third space a no-break one",
        windows_and_no_break,
    ),
    Perturbation(
        "doubled blanks",
        "every line break doubled, trailing spaces or a tab on every line",
        doubled_blank_lines,
    ),
    Perturbation(
        "no space after stop",
        'no space between sentences ("said.The minister")',
        same_text,
        whole=no_space_after_stop,
    ),
]


def score_perturbed(articles, perturbation):
    """The set's score with ``perturbation`` applied to each article it applies to that has
    quotes (``articles`` as ``load_corpus`` gives them)."""
    scores = []
    for name, text, published_on, expected in articles:
        if not expected["remarks"] or not perturbation.applies_to(name):
            continue
        text, remarks = perturbation.apply(text, expected["remarks"])
        scores.append(score_article(name, text, published_on, {**expected, "remarks": remarks}))
    return CorpusScore(scores)


def robustness_table(folder, perturbations=PERTURBATIONS):
    """``[(perturbation, CorpusScore)]`` over the articles of ``folder``."""
    articles = load_corpus(folder)
    return [(p, score_perturbed(articles, p)) for p in perturbations]
