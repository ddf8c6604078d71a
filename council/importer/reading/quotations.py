"""Quotations: marks paired into quotes, and each quote read as speech or as a name in quotes.

Double quotation marks, straight or curly, are paired paragraph by paragraph. A quotation left
open at a paragraph's end must be reopened at the start of the next (the English convention
for a quote over several paragraphs). An English article without double marks quotes in single
ones (the British style): those are paired first, the apostrophes inside words ("don't") left
alone. Each quotation is then either speech (introduced by a verb of saying, or closed by one,
or standing as a sentence of its own) or a name in quotes (a council, a plan, a bill).

Pasted text breaks these conventions, and ``mend_marks`` restores them before pairing: a
closing mark whose opening is missing or printed as a single mark (‘…”). The double marks of
other scripts and keyboards (« », 〝 〟, ″, ``…'') are ours by then (``cleanup.prepare``).
"""

import bisect
import functools
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .english_words import ACCORDING_RE, VERB_RE
from .korean_words import (
    GLUED_HADA_RE,
    GLUED_VERB_RE,
    LISTED_SPEECH_RE,
    OBJECT_SPEECH_RE,
    PARTICLE_RE,
    POSSESSIVE_VIEW_RE,
    POSSESSOR_RE,
    REPORTED_BY_OTHERS_RE,
    REPORTED_CLAUSE_RE,
    bracket_attribution,
    heading_label,
    is_clause,
    is_object_speech,
    is_title_ko,
    minutes_label,
    speaker_label,
    strip_particles,
)
from .result import Flag, FlagKind
from .sentences import sentence_pieces, sentences
from .unmarked_ko import introduces_speech_ahead, is_spoken, signed_saying

# British style quotes in single marks; an apostrophe sits inside a word ("don't", "NIPA's").
# Curly marks glued to the sentence around them ("…Park said.‘These will…’Invited…") still
# open and close: no word's apostrophe follows a full stop.
OPENING_SINGLE = re.compile(r"(?<![^\s(\[—–])['‘](?=[\w$£€])|(?<=[.!?])‘(?=[A-Z])")
CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?;:…%])['’](?=$|[\s,.;:!?)\]—–])|(?<=[.!?])’(?=[A-Z])")
# "the '90s": an apostrophe for the century, never an opening mark.
DECADE = re.compile(r"['‘]\d0s\b")
# A term quoted inside a quotation: "the ‘eyes and ears’ of the community".
WORDS_OF_A_TERM = 4


def single_quotes_as_double(paragraphs, min_words=0):
    """The paragraphs with single quotation marks made double, apostrophes left alone.

    For English articles that quote in single marks only. A quotation left open at a
    paragraph's end counts only if the next paragraph reopens it, or it opens a statement (at
    the paragraph's start or after "said:", a capital next); otherwise its mark was an
    apostrophe ("'cause"). A statement under a "said:" line may be printed with its closing
    mark only. Pairs of fewer than ``min_words`` words are left as printed.
    """
    pairs = [single_quote_pairs(para) for para in paragraphs]
    out, closed_here = [], None
    for k, para in enumerate(paragraphs):
        opening, closing, left_open = pairs[k]
        kept = [
            (i, j)
            for i, j in zip(opening, closing, strict=True)
            if len(para[i + 1 : j].split()) >= min_words
        ]
        opening, closing = [i for i, _ in kept], [j for _, j in kept]
        if closed_here is None and k and paragraphs[k - 1].rstrip().endswith(":"):
            closed_here = closes_before_opening(para)
            if closed_here is not None and para[closed_here + 1 :].strip():
                closed_here = None
        if closed_here is not None:
            closing.append(closed_here)
            closed_here = None
        following = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if left_open is not None and OPENING_SINGLE.match(following):
            opening.append(left_open)
        elif left_open is not None and opens_a_statement(para, left_open):
            opening.append(left_open)
            closed_here = closes_before_opening(following)
        chars = list(para)
        for i in opening:
            chars[i] = "“"
        for i in closing:
            chars[i] = "”"
        out.append("".join(chars))
    return out


# A quotation's end after a sentence's or a clause's: "…the island.’", "…today,’ he said".
CLOSING_AFTER_PUNCTUATION = re.compile(r"(?<=[.!?,…])['’](?=$|[\s)\]—–])")


def opens_a_statement(para, mark):
    """Whether the mark at ``mark`` opens a statement: at the paragraph's start or after a
    colon ("said: ‘I look…"), a capital after it."""
    return para[mark + 1 : mark + 2].isupper() and re.search(r"(?:^|:)\s*$", para[:mark])


def closes_before_opening(para):
    """Where ``para`` closes a quotation opened before it: its first closing mark after
    punctuation, with no opening mark before it; or None."""
    closing = CLOSING_AFTER_PUNCTUATION.search(para)
    if closing is None or OPENING_SINGLE.search(para, 0, closing.start()):
        return None
    return closing.start()


def single_quote_pairs(para):
    """``(opening marks, closing marks, a mark left open)``: positions in ``para``. Double
    marks already paired count as quotations that single ones may be inside."""
    openers = [
        m.start() for m in OPENING_SINGLE.finditer(para) if not DECADE.match(para, m.start())
    ]
    closers = [m.start() for m in CLOSING_SINGLE.finditer(para)]
    doubles = {i: ch for i, ch in enumerate(para) if ch in "“”"}
    opening_set = set(openers)
    opening, closing, unclosed = [], [], []
    for i in sorted({*openers, *closers, *doubles}):
        if doubles.get(i) == "“":
            unclosed.append(None)
            continue
        if doubles.get(i) == "”":
            while unclosed and unclosed.pop() is not None:
                pass
            continue
        if i in opening_set:
            unclosed.append(i)
            continue
        if not unclosed or unclosed[-1] is None:
            continue
        # A term quoted inside a quotation ("the ‘eyes and ears’ of") keeps its single marks,
        # as does any quotation inside one already in double marks.
        short = len(para[unclosed[-1] + 1 : i].split()) <= WORDS_OF_A_TERM
        term = len(unclosed) > 1 and (short or None in unclosed)
        # "the firms' data", "the Mayors' MainStreet": a plural's apostrophe, when a firmer
        # close follows before the next opening.
        plural = para[i - 1] == "s" and re.match(r"\s[A-Za-z]", para[i + 1 : i + 3])
        if plural and not term:
            next_open = bisect.bisect_right(openers, i)
            next_open = openers[next_open] if next_open < len(openers) else len(para)
            later_close = bisect.bisect_right(closers, i)
            if later_close < len(closers) and closers[later_close] < next_open:
                continue
        open_at = unclosed.pop()
        if term:
            continue
        # Before a longer quotation, an earlier opening mark that never closed was an
        # apostrophe ("'cause").
        unclosed = [mark for mark in unclosed if mark is None]
        opening.append(open_at)
        closing.append(i)
    left_open = [mark for mark in unclosed if mark is not None]
    return opening, closing, left_open[0] if left_open else None


# --- Marks that break the conventions ---------------------------------------------------------

# "김 장관은 ‘규제를 풀겠다’고 말했다.": a sentence in single marks that a verb of saying
# reports is speech, in a paragraph that quotes in single marks only; ‘…’ alone names a plan.
SINGLE_MARKED_SPEECH_KO = re.compile(
    r"[‘'](?P<speech>[^‘’'\"“”]{2,300}?(?:다|요|까|죠|자|라)[.!?]?)[’']"
    r"(?=(?:라?고|라?며|면서)\s?(?:[가-힣]{1,8}\s){0,2}(?:" + "|".join(lx.SPEECH_VERBS_KO) + r"))"
)


# "\"…중단하기로 했다'며 \"…\"고 밝혔다": a quotation opened with a double mark and closed
# with a single one before the ending that reports it (a typo).
SINGLE_CLOSING_KO = re.compile(
    r"(?:^|(?<=\s))(?P<open>[\"“])(?P<speech>[^‘’'\"“”]{2,300}?)['’]"
    r"(?=(?:이?라?고|이?라?며|면서)(?:\s|$))"
)


# A term quoted inside a quotation in double marks, its particle glued after the closing mark:
# "국민들이 “안전”을 원한다" (the inner marks should have been single ones).
INNER_TERM_KO = re.compile(
    r"(?<=\s)[\"“](?P<term>[^\"“”\s]{1,15}(?:\s[^\"“”\s]{1,15}){0,2})[\"”]"
    r"(?=[을를이가은는의에로과와도만])"
)


def inner_terms_single(para):
    """``para`` with each term quoted in double marks inside a quotation marked single
    (‘안전’), so that the quotation's own marks pair."""
    if sum(ch in lx.DOUBLE_QUOTES for ch in para) < 4:
        return para
    out, start = [], 0
    for m in INNER_TERM_KO.finditer(para):
        inside = sum(ch in lx.DOUBLE_QUOTES for ch in para[: m.start()]) % 2 == 1
        if inside:
            out.append(para[start : m.start()] + f"‘{m['term']}’")
            start = m.end()
    return "".join(out) + para[start:] if out else para


def closed_as_single(para):
    """``para`` with each quotation opened by a double mark but closed by a single one
    given its double closing mark, where the paragraph's double marks are odd; else as is."""
    if sum(ch in lx.DOUBLE_QUOTES for ch in para) % 2 == 0:
        return para
    mended = SINGLE_CLOSING_KO.sub(lambda m: f"{m['open']}{m['speech']}”", para)
    return mended if sum(ch in lx.DOUBLE_QUOTES for ch in mended) % 2 == 0 else para


def mend_marks(paragraphs, numbers, korean):
    """``(paragraphs, flags)``: the paragraphs with each lone closing mark given its opening.

    A paragraph with an odd number of double marks whose first one closes (it follows a word,
    "…room.”", "…있다\"며") lost its opening mark, or printed it in another form. The opening
    is the paragraph's start when a quotation is left open before it (a quote over paragraphs,
    a list's items among them, whose next paragraphs are not reopened: each is; so are those
    before a paragraph quoted whole, see ``reopens_to_its_end``) or when the
    paragraph before introduces speech ("The Minister said:", flagged: where speech without
    its mark begins is read from the layout); otherwise a single opening mark before it
    (‘…”); otherwise the paragraph's start again when a clause of saying follows the mark
    ("…,” Kim said.", flagged). Otherwise it stays, and ``scan`` flags it.
    """
    out, flags, left_open = [], [], False
    # The paragraphs without marks since a quotation was left open: reopened if a lone
    # closing mark ends the quotation later.
    unmarked_since_open = []
    for k, para in enumerate(paragraphs):
        if korean and not any(ch in lx.DOUBLE_QUOTES for ch in para):
            para = SINGLE_MARKED_SPEECH_KO.sub(r"“\g<speech>”", para)
        elif korean:
            para = closed_as_single(inner_terms_single(para))
        marks = [i for i, ch in enumerate(para) if ch in lx.DOUBLE_QUOTES]
        if not marks and left_open:
            unmarked_since_open.append(len(out))
            out.append(para)
            continue
        if len(marks) % 2 and marks[0] > 0 and not para[marks[0] - 1].isspace():
            if left_open:
                para = "“" + para
                for i in unmarked_since_open:
                    out[i] = "“" + out[i]
            elif k > 0 and introduces_speech(paragraphs[k - 1], korean):
                para = "“" + para
                flags.append(Flag(FlagKind.UNMARKED_QUOTE, numbers[k], para[1:41].strip()))
            elif single := OPENING_SINGLE.search(para, 0, marks[0]):
                para = para[: single.start()] + "“" + para[single.end() :]
            elif not korean and attributed_after(para, marks[0]):
                para = "“" + para
                flags.append(Flag(FlagKind.UNMARKED_QUOTE, numbers[k], para[1:41].strip()))
        elif left_open and reopens_to_its_end(para, marks):
            for i in unmarked_since_open:
                out[i] = "“" + out[i]
        out.append(para)
        unmarked_since_open = []
        # However ``scan`` pairs them, a quotation is left open after a paragraph with an
        # odd number of marks, and only then.
        left_open = sum(ch in lx.DOUBLE_QUOTES for ch in para) % 2 == 1
    return out, flags


# "…,” Kim said.", "…” said Lee Ji-ho.": a short clause of saying after a closing mark.
ATTRIBUTION_AFTER = re.compile(r"\s*,?\s*(?P<clause>[^.!?\"“”]{1,60})(?:[.!?]|$)")


def attributed_after(para, mark):
    """Whether the words after the closing mark at ``mark`` say who spoke: the paragraph up to
    it is then speech whose opening mark was lost (it opened the paragraph)."""
    m = ATTRIBUTION_AFTER.match(para, mark + 1)
    return bool(m and VERB_RE.search(m["clause"]) and len(m["clause"].split()) <= 8) or bool(
        SIGNED_AFTER.fullmatch(para, mark + 1)
    )


# "…to others.” — Mayor Heisler": a dash and a name, signing the quote, end its paragraph.
SIGNED_AFTER = re.compile(r"\s*[—–-]\s*[A-Z][^.!?\"“”:;]{2,80}")


def reopens_to_its_end(para, marks):
    """A paragraph quoted whole ("“….”"), after a quotation left open: the same speech going
    on, so the paragraphs between, without marks, missed their reopening marks. One with words
    after its closing mark ("“…,” Lee said.") may be another speaker's."""
    return len(marks) == 2 and marks[0] == 0 and marks[1] == len(para) - 1


# --- The stream of narrative and quotations ------------------------------------------------


@dataclass
class Text:
    text: str
    para: int


@dataclass
class Para:
    index: int


@dataclass(eq=False)
class Quote:
    para: int
    parts: list = field(default_factory=lambda: [[]])
    end_para: int = -1
    # Where in the stream the text after the closing mark is.
    after_index: int = -1
    speech: bool = False
    # Speech printed as a paragraph of its own after "… said:", without quotation marks.
    unmarked: bool = False
    # Never closed: read as closed at its paragraph's end, but where it ends is a guess.
    unclosed: bool = False
    # Opened after an article ("issued a “chair's summary …"): a name in quotes, which never
    # runs on into the next paragraph, whose opening mark starts a quotation of its own.
    names: bool = False
    # The mark it opens with: a curly one tells opening from closing.
    opened_with: str = ""

    @property
    def raw(self):
        return "\n\n".join("".join(part).strip() for part in self.parts)

    @property
    def opening(self):
        """The first words of the passage, for a flag."""
        return "".join(self.parts[0]).strip()[:40]

    @property
    def text(self):
        """The passage without its marks, and without the comma English puts before "said"."""
        return re.sub(r"\s*[,，]$", "", self.raw.strip())


def scan(paragraphs, numbers, korean):
    """``(stream, flags)``: the body as a stream of ``Para``, ``Text`` and ``Quote`` items, in
    reading order, and the passages whose quotation marks could not be read as they stand.

    A quotation still open where the next paragraph does not reopen it is closed at the end of
    its paragraph, marked ``unclosed`` and flagged: a cut-off article or a missing mark costs
    that passage, not the article. A paragraph without marks after one that introduces speech ("… told the
    meeting:") is that speech printed as a block, flagged too. ``numbers`` are the paragraphs'
    numbers as the flags give them.
    """
    stream, flags, quote = [], [], None
    # A speech printed whole without marks, while its paragraphs go on.
    speech_ahead, quoted_before, seen = None, False, 0
    # Whether that speech goes on only while it speaks as "I" or "we" (see below).
    in_first_person = False
    # A turn of the minutes runs to the next speaker's label, whatever its sentences end with.
    turn = False
    transcript = Transcript(paragraphs)
    for k, para in enumerate(paragraphs):
        if quote is not None and (para[:1] not in lx.DOUBLE_QUOTES or quote.names):
            flags.append(Flag(FlagKind.UNCLOSED_QUOTE, numbers[quote.para], quote.opening))
            quote.unclosed = True
            quote.end_para, quote.after_index, quote = k - 1, len(stream), None
        if turn:
            goes_on = transcript.turn_goes_on(para)
        else:
            goes_on = speaks_on(para, korean) and (not in_first_person or speaks_as_oneself(para))
            goes_on = goes_on or (cut_off(paragraphs, k) and not LINE_LABEL_EN.match(para))
        if speech_ahead is not None and goes_on:
            speech_ahead.parts.append(list(para))
            speech_ahead.end_para = k
            continue
        speech_ahead, turn = None, False
        # Each item looked at once: whether anything was quoted before this paragraph.
        quoted_before = quoted_before or any(isinstance(item, Quote) for item in stream[seen:])
        seen = len(stream)
        if (
            quote is None
            and k > 0
            and is_block_quote(paragraphs[k - 1], para, korean, quoted_before)
        ):
            # No Para item before it: the introduction is the words before the quote, as if
            # the marks were there ("Kim said: “…”"). A Korean speech pointed at ahead ("…
            # 이같이 말했다.") goes on as long as its paragraphs read as spoken.
            block = Quote(para=k, parts=[list(para)], end_para=k, speech=True, unmarked=True)
            block.after_index = len(stream) + 1
            stream.append(block)
            flags.append(Flag(FlagKind.UNMARKED_QUOTE, numbers[k], block.opening))
            # A speaker's label ("[최상목 / 대통령 권한대행]") heads all the speech under it,
            # as "… 이같이 말했다." does; "… 말했다:" hands over one paragraph.
            before = paragraphs[k - 1]
            in_first_person = False
            if korean and (not before.endswith(":") or speaker_label(before[:-1])):
                speech_ahead = block
            elif not korean and is_readout_introduction(before, k):
                # "A Downing Street spokesperson said:" alone, opening the body: a readout,
                # the statement all the paragraphs under it.
                speech_ahead = block
            elif not korean and speaks_as_oneself(para):
                # "Speaking ahead of the meeting, the Minister said:" over paragraphs of "I"
                # and "we": the speech goes on while they do; the release's narrative, in the
                # third person, takes over after it.
                speech_ahead, in_first_person = block, True
            continue
        signed = korean and quote is None and signed_saying(para)
        if signed:
            # "…찾아보자.-김주일 대전상공회의소 회장, …-": the saying, then who said it.
            saying, signature = signed
            stream.append(Para(k))
            block = Quote(para=k, parts=[list(saying)], end_para=k, speech=True, unmarked=True)
            stream.append(block)
            block.after_index = len(stream)
            stream.append(Text(signature, k))
            flags.append(Flag(FlagKind.UNMARKED_QUOTE, numbers[k], block.opening))
            continue
        stream.append(Para(k))
        inline = quote is None and inline_speech(para, korean, transcript)
        if inline:
            introduction, speech = inline
            stream.append(Text(introduction, k))
            block = Quote(para=k, parts=[list(speech)], end_para=k, speech=True, unmarked=True)
            if not korean and LINE_LABEL_EN.fullmatch(introduction.strip()):
                # A transcript's answer runs on over the paragraphs under its label, up to
                # the next label.
                speech_ahead, in_first_person = block, False
            block.after_index = len(stream) + 1
            stream.append(block)
            flags.append(Flag(FlagKind.UNMARKED_QUOTE, numbers[k], block.opening))
            if korean and transcript.minutes_label_of(para):
                speech_ahead, turn = block, True
            continue
        start = 0
        if quote is not None:
            quote.parts.append([])
            start = 1
        buffer = []
        following = following_marks(para)
        for i, ch in enumerate(para[start:], start):
            if ch not in lx.DOUBLE_QUOTES:
                (quote.parts[-1] if quote is not None else buffer).append(ch)
            elif quote is None:
                before = "".join(buffer)
                if buffer:
                    stream.append(Text(before, k))
                    buffer = []
                quote = Quote(
                    para=k,
                    names=not korean and bool(AFTER_DETERMINER.search(before)),
                    opened_with=ch,
                )
                stream.append(quote)
            elif ch == quote.opened_with == "“" and following.get(i) == "”" and quote.para == k:
                # "…성명에서 “…반기며 “…달라”고 제안했다": an opening mark inside an open
                # quotation, closed once after it: the first is never closed (flagged, not
                # proposed), the second is introduced by the words before the first.
                flags.append(Flag(FlagKind.UNCLOSED_QUOTE, numbers[k], quote.opening))
                stream.pop()
                quote = Quote(para=k, opened_with=ch)
                stream.append(quote)
            else:
                quote.end_para, quote.after_index, quote = k, len(stream), None
        if buffer:
            stream.append(Text("".join(buffer), k))
    if quote is not None:
        flags.append(Flag(FlagKind.UNCLOSED_QUOTE, numbers[quote.para], quote.opening))
        quote.unclosed = True
        quote.end_para, quote.after_index = len(paragraphs) - 1, len(stream)
    return stream, flags


def is_readout_introduction(before, k):
    """Whether ``before``, a sentence alone over the unmarked speech at paragraph ``k``,
    introduces a readout: the body's first paragraph, or its second under a one-line summary
    when a spokesperson speaks ("After the meeting, a Downing Street spokesperson said:")."""
    if len(sentence_pieces(before, False)) != 1:
        return False
    return k == 1 or k == 2 and bool(SPOKESPERSON_EN.search(before))


SPOKESPERSON_EN = re.compile(r"\bspokes(?:person|man|woman)\b", re.IGNORECASE)


def speaks_on(para, korean):
    """Whether ``para`` goes on with a speech printed whole without marks: in Korean, while it
    reads as spoken; in English, while it quotes nothing and introduces nobody."""
    if korean:
        return is_spoken(para)
    return not para.endswith(":") and not LINE_LABEL_EN.match(para) and quotes_words_only(para)


def speaks_as_oneself(para):
    """Whether an English paragraph speaks in the first person ("I look forward", "our")."""
    return bool(FIRST_PERSON_EN.search(para))


FIRST_PERSON_EN = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|we|We|we're|We're|our|Our|us|my|My|me)\b")


def quotes_words_only(para):
    """Whether ``para`` quotes no more than a word or a name ("set out four ‘missions’"): a
    statement printed without marks may, a speech of its own it does not."""
    return all(len(q.split()) < WORDS_OF_A_CLAUSE for q in QUOTED_SPAN.findall(para))


QUOTED_SPAN = re.compile(f"[{lx.DOUBLE_QUOTES}]([^{lx.DOUBLE_QUOTES}]*)(?:[{lx.DOUBLE_QUOTES}]|$)")


def cut_off(paragraphs, k):
    """Whether paragraph ``k`` is the article's last and stops mid-sentence: a page cut off
    inside the speech it was printing; a line with a web address is the page's own ("▣ 채널
    구독 : http://…")."""
    last = paragraphs[k]
    return (
        k == len(paragraphs) - 1
        and not ENDS_A_SENTENCE_KO.search(last)
        and not WEB_ADDRESS.search(last)
    )


WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)


AFTER_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|this|these)\s+$", re.IGNORECASE)


# "… said:", "… 다음과 같이 말했다:": a paragraph that hands over to the speech after it.
SPEECH_INTRODUCTION_KO = re.compile(r"(?:했|혔|였)다\s*:$")


def following_marks(para):
    """Each double mark's position in ``para`` -> the double mark after it, if any."""
    positions = [i for i, ch in enumerate(para) if ch in lx.DOUBLE_QUOTES]
    return {i: para[j] for i, j in zip(positions, positions[1:], strict=False)}


def is_block_quote(before, para, korean, quoted_before=False):
    """Whether ``para`` is speech printed without marks, introduced by the paragraph before."""
    if any(ch in lx.DOUBLE_QUOTES for ch in para) and (korean or not quotes_words_only(para)):
        return False
    if not korean and labels_speaker(before) and ENDS_SENTENCE_EN.search(para):
        # "… on infrastructure. Chair of the Caucus (and Mayor of Edmonton) Don Iveson:": the
        # paragraph's last sentence is a label; what it told before may quote a word or two.
        return True
    if any(ch in lx.DOUBLE_QUOTES for ch in before):
        return False
    if korean and introduces_speech_ahead(before, quoted_before) and is_spoken(para):
        return True
    return introduces_speech(before, korean)


def labels_speaker(paragraph):
    """Whether an English paragraph ends in a speaker's label: a last sentence without a verb,
    a few words ending in a capitalised one (a name) before a colon ("… Don Iveson:")."""
    if not paragraph.endswith(":"):
        return False
    pieces = sentence_pieces(paragraph, False)
    last = pieces[-1].strip()
    words = last[:-1].split()
    # A line by itself ending in a colon is a page's label ("The Voice of Canada News:",
    # "Short Url:") as often as a speaker's: only one that ends a paragraph of narrative.
    return (
        len(pieces) > 1
        and 1 < len(words) <= LABEL_WORDS
        and words[-1][:1].isupper()
        and not VERB_RE.search(last)
        and not any(ch in lx.DOUBLE_QUOTES for ch in last)
    )


# A name and its role: "Chair of Big City Mayors' Caucus (and Mayor of Edmonton) Don Iveson".
LABEL_WORDS = 14
ENDS_SENTENCE_EN = re.compile(r"[.!?][\"”’')\]]*$")


def introduces_speech(before, korean):
    if not before.endswith(":"):
        return False
    if korean and speaker_label(before[:-1]):
        # "김용준 인수위원장 :", a release's header over the speech (see ``cleanup``).
        return True
    return bool(SPEECH_INTRODUCTION_KO.search(before) if korean else VERB_RE.search(before))


# "… von der Leyen said: This team will …": speech without marks after its introduction in the
# same paragraph; English speech opens with a capital, as a quotation would.
INLINE_COLON = re.compile(r":\s+(?=[A-Z])")
SPEAKER_LABEL_KO = re.compile(r"(?P<label>[^:.]{1,60}?)\s:\s+(?=\S)")
INLINE_COLON_KO = re.compile(r"(?<=[했혔였]다)\s*:\s+(?=\S)")
# An interview printed as questions and answers.
QUESTION_EN = re.compile(r"Q:\s+(?=\S)")
ANSWER_EN = re.compile(r"A:\s+(?=\S)")
# A transcript's line under a label in capitals: "PRIME MINISTER: Well, …".
LABEL_EN = r"(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):"
TRANSCRIPT_LABEL_EN = re.compile(LABEL_EN + r"\s+(?=\S)")
# A transcript's label in capitals naming the speaker, then the post after a comma:
# "MADELEINE KING, MINISTER FOR RESOURCES: Welcome …".
NAMED_LABEL_EN = re.compile(
    r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}), (?P<post>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*):"
)
# A transcript's line under a title alone, as a minister's own site prints one: "Minister: …".
TITLE_LABEL_EN = re.compile(r"(?P<label>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+):\s+(?=\S)")
# A transcript's line under its speaker's name in Title Case, after a post's initials or not, as
# a government's transcript of a dialogue prints one: "SM Jane Doe: …", "Jane Doe: …".
NAME_LABEL_EN = re.compile(
    r"(?P<label>(?:[A-Z]{2,4} )?(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,3})):\s+(?=\S)"
)
# Any label opening a transcript's line (capitalised words, a colon), which ends the one before;
# a post's small words may join them ("Jane Doe, Chair of the Forum Committee:").
LINE_LABEL_EN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:[A-Z][\w'’.-]*|of|the|for|and)){0,11}:(?=\s|$)")
# A transcript's line: a name, a colon, the words spoken ("정병국: 제가 …").
TRANSCRIPT_LABEL_KO = re.compile(r"(?P<name>[가-힣]{2,4})\s?:\s+(?=\S)")


# A Korean word and up to three after it, tried at every word's start.
WORD_AND_AFTER_KO = re.compile(r"(?<![가-힣])(?=([가-힣]{2,4})((?:\s+[가-힣A-Za-z·]+){1,3}))")


class Transcript:
    """What tells a transcript's lines, read once per article and only if a line asks."""

    def __init__(self, paragraphs):
        self.paragraphs = paragraphs

    @functools.cached_property
    def has_questions(self):
        """Whether the article prints an interview's questions ("Q: …")."""
        return any(QUESTION_EN.match(para) for para in self.paragraphs)

    @functools.cached_property
    def speaker_labels_en(self):
        """The labels of an English transcript ("PRIME MINISTER: …", "JOURNALIST: …"): those
        opening three lines or more, one of them twice; else none (a release's "WHEN: …")."""
        labels = [
            m["label"]
            for m in map(TRANSCRIPT_LABEL_EN.match, self.paragraphs)
            if m and m["label"] not in lx.PAGE_LABELS_EN
        ]
        return set(labels) if len(labels) >= 3 and len(set(labels)) < len(labels) else set()

    def names_elsewhere(self, name):
        """Whether the article prints ``name`` in a line it does not open as a label: a name
        label is a transcript's only for someone the article names ("the dialogue of Senior
        Minister Jane Doe"), not for whoever a label happens to name."""
        return any(
            name in para and not para.startswith(name) and not NAME_LABEL_EN.match(para)
            for para in self.paragraphs
        )

    @functools.cached_property
    def minutes_labels(self):
        """The labels of the Assembly's minutes, each line opening with a speaker's post and
        name and their words ("소위원장 박광온 성원이 되었으므로 …"): those opening three lines or
        more, one of them twice; else none (a lede may open "이현재 위원 …" once)."""
        labels = [label for label in map(minutes_label_at, self.paragraphs) if label]
        return set(labels) if len(labels) >= 3 and len(set(labels)) < len(labels) else set()

    def minutes_label_of(self, para):
        """The minutes' label ``para`` opens with, or ""."""
        label = minutes_label_at(para)
        return label if label in self.minutes_labels else ""

    def turn_goes_on(self, para):
        """Whether ``para`` goes on with the turn above it: no label of its own, no marks, no
        web address (the page's links under the minutes), no report's past tense ("…
        말했다.": the article telling of the minutes again)."""
        return not (
            self.minutes_label_of(para)
            or any(ch in lx.DOUBLE_QUOTES for ch in para)
            or WEB_ADDRESS.search(para)
            or NARRATIVE_END_KO.search(para)
        )

    @functools.cached_property
    def titled_names(self):
        """The names the article prints followed, within three words, by a title
        ("정병국 문화체육관광부 장관이")."""
        return {
            m[1]
            for para in self.paragraphs
            for m in WORD_AND_AFTER_KO.finditer(para)
            if any(is_title_ko(strip_particles(word)) for word in m[2].split())
        }


# "…말했다.", "…열렸다.": a report's sentence, in the past tense a speaker's turn does not use.
NARRATIVE_END_KO = re.compile(r"[했였혔됐었았렸]다\.\s*$")
# The two words that open a line of the minutes, before the speech.
MINUTES_HEAD_KO = re.compile(r"(?P<label>\S+ \S+) (?=\S)")


def minutes_label_at(para):
    """The words of a minutes' label opening ``para`` ("소위원장 박광온"), or ""."""
    m = MINUTES_HEAD_KO.match(para)
    return m["label"] if m and minutes_label(m["label"]) else ""


def inline_speech(para, korean, transcript=None):
    """``(introduction, speech)`` for a paragraph without marks whose sentence hands over to
    unmarked speech at a colon after a verb of saying, or None."""
    if any(ch in lx.DOUBLE_QUOTES for ch in para):
        return None
    label = SPEAKER_LABEL_KO.match(para) if korean else None
    if label and speaker_label(label["label"]):
        # "곽대훈 / 자유한국당 의원 (어제) : …": a broadcast's sound bite without marks.
        return para[: label.end()], para[label.end() :]
    answer = None if korean else ANSWER_EN.match(para)
    if answer and transcript and transcript.has_questions:
        # "Q: Are you taking work home?" / "A: I'm trying not to.": an interview's answers
        # are the words of the person interviewed.
        return para[: answer.end()], para[answer.end() :]
    label = None if korean else NAMED_LABEL_EN.match(para)
    if label and named_label(label.group()) and para[label.end() :].strip():
        # "ANTHONY ALBANESE, PRIME MINISTER: Well, …": a label that names its speaker and the
        # post is a transcript's however few lines it heads.
        return para[: label.end()], para[label.end() :]
    label = None if korean else TITLE_LABEL_EN.match(para)
    if label and is_title_label(label["label"]) and is_sentence_spoken(para[label.end() :]):
        # "Minister: Let me congratulate …": a title as the label names the one speaker a
        # minister's transcript has, however few lines it heads.
        return para[: label.end()], para[label.end() :]
    label = None if korean else NAME_LABEL_EN.match(para)
    if (
        label
        and transcript
        and transcript.names_elsewhere(label["name"])
        and is_sentence_spoken(para[label.end() :])
    ):
        # "SM Jane Doe: I think …": a line under the name of someone the article names
        # elsewhere is that person's answer, however few lines the transcript has.
        return para[: label.end()], para[label.end() :]
    label = None if korean else TRANSCRIPT_LABEL_EN.match(para)
    if label and transcript and label["label"] in transcript.speaker_labels_en:
        # "PRIME MINISTER: Well, thank you …": a press conference's transcript, each line
        # the words of the speaker its label names in capitals.
        return para[: label.end()], para[label.end() :]
    label = TRANSCRIPT_LABEL_KO.match(para) if korean else None
    if label and transcript and label["name"] in transcript.titled_names:
        # "정병국: 제가 제일 좋아하는 건 …": a transcript's line under a name the article
        # prints elsewhere with a title ("정병국 문화체육관광부 장관이"); a name printed
        # nowhere else (a student asking) may be anyone's.
        return para[: label.end()], para[label.end() :]
    label = korean and transcript and transcript.minutes_label_of(para)
    if label:
        # "소위원장 박광온 성원이 되었으므로 …": a line of the minutes, the words of the
        # speaker its label names, the turn's further paragraphs with them (see ``scan``).
        return para[: len(label) + 1], para[len(label) + 1 :]
    for m in (INLINE_COLON_KO if korean else INLINE_COLON).finditer(para):
        # Only the words just before the colon: a verb earlier in the sentence ("said the
        # plan has three parts: First, …") introduces no speech at this colon.
        head = para[max(0, m.start() - 12) : m.start()]
        if korean or re.search(VERB_RE.pattern + r"$", head):
            return para[: m.end()], para[m.end() :]
    return None


def name_label(introduction):
    """The name a transcript's label in Title Case prints ("SM Jane Doe:" is Jane Doe), or ""."""
    m = NAME_LABEL_EN.fullmatch(introduction.strip() + " ")
    return m["name"] if m else ""


def transcript_label(introduction):
    """The label in capitals that ``introduction`` is ("PREMIER MARSHALL:"), or ""."""
    m = re.fullmatch(LABEL_EN, introduction)
    return m["label"] if m else ""


def is_title_label(label):
    """Whether a label in Title Case is a post alone ("Minister", "Prime Minister")."""
    return all(word in lx.TITLE_WORDS_EN or word in lx.OFFICES_EN for word in label.split())


def is_sentence_spoken(text):
    """Whether ``text`` after a label reads as speech, not a field's value ("Minister: Hon
    Jane Doe"): a sentence of a few words at least, ended by its full stop."""
    return len(text.split()) >= SPOKEN_WORDS and bool(ENDS_SENTENCE_EN.search(text.strip()))


SPOKEN_WORDS = 6


def named_label(introduction):
    """``(name, post)`` in the case a page prints them, for a transcript's label in capitals
    that names its speaker and a post ("JANE DOE, MINISTER FOR HEALTH:" is Jane Doe, Minister
    for Health), or None: a label whose words after the comma hold no title is no speaker's."""
    m = NAMED_LABEL_EN.fullmatch(introduction.strip())
    if not m:
        return None
    post = [word.title() for word in m["post"].split()]
    if not any(word in lx.TITLE_WORDS_EN or word in lx.OFFICES_EN for word in post):
        return None
    post = [post[0]] + [w.lower() if w in lx.TITLE_CASE_SMALL_WORDS_EN else w for w in post[1:]]
    return m["name"].title(), " ".join(post)


def text_before(stream, index):
    item = stream[index - 1] if index > 0 else None
    return item.text if isinstance(item, Text) else ""


def text_after(stream, quote):
    if 0 <= quote.after_index < len(stream) and isinstance(stream[quote.after_index], Text):
        return stream[quote.after_index].text
    return ""


QUOTED = re.compile(f"[{lx.DOUBLE_QUOTES}][^{lx.DOUBLE_QUOTES}]*[{lx.DOUBLE_QUOTES}]?")


def masked(paragraphs, korean):
    """Paragraphs with quoted passages blanked out, for finding what the narrative names."""
    out = []
    for para in paragraphs:
        para = re.sub(QUOTED, lambda m: " " * len(m.group()), para)
        if korean:
            para = re.sub(r"[‘'][^‘’'\n]{1,80}[’']", lambda m: " " * len(m.group()), para)
        out.append(para)
    return out


@dataclass(eq=False)
class Document:
    """The article's body read as a stream of narrative and quotations: what later stages read."""

    header: list
    body: list
    stream: list
    korean: bool
    # Each paragraph's number as the review shows it (``cleanup.Body.numbers``).
    numbers: list
    # The body with its quotations blanked out, for what the narrative itself names.
    masked: list = field(init=False)
    sentences: list = field(init=False)

    def __post_init__(self):
        self.masked = masked(self.body, self.korean)
        self.sentences = sentences(self.masked, self.korean)

    def quotes(self):
        return [item for item in self.stream if isinstance(item, Quote)]

    def text_after(self, quote):
        return text_after(self.stream, quote)

    def text_after_run(self, quote):
        """The words after the run of quotations ``quote`` opens in its paragraph ("“…” “…”
        박 장관은 이같이 말했다."): what the run's last closing mark is followed by."""
        for item in self.stream[quote.after_index :]:
            if isinstance(item, Para):
                break
            if isinstance(item, Text) and item.text.strip():
                return item.text
        return ""

    def prefix(self, index):
        """The words of the quote's own sentence before its opening mark."""
        pieces = sentence_pieces(text_before(self.stream, index), self.korean)
        prefix = pieces[-1].strip()
        if self.korean:
            return prefix
        # "date 2022-12-02 “The Ministers …,” the ministers said": a date or a dateline the
        # page prints before the lede is no word of its sentence; nor is a fragment glued to
        # the opening mark ("on”Ontario has …,” said Ford."), a pasted page's debris.
        glued = " " not in prefix and pieces[-1][-1:].isalpha()
        return "" if glued or ONLY_A_DATE_EN.fullmatch(prefix) else prefix

    def last_sentence_before(self, index):
        """The last whole sentence before the item at ``index``."""
        pieces = sentence_pieces(text_before(self.stream, index), self.korean)
        return next((piece.strip() for piece in reversed(pieces) if piece.strip()), "")

    def suffix(self, quote):
        """The words of the quote's own sentence after its closing mark."""
        return sentence_pieces(text_after(self.stream, quote), self.korean)[0].strip()

    def narrative_pieces(self, index):
        """The sentences of the narrative at ``index``. Words next to speech are its
        attribution, read with the quote; next to a name in quotes, they are narrative."""
        pieces = sentence_pieces(self.stream[index].text, self.korean)
        before, after = self.stream[index - 1], self.stream[index + 1 : index + 2]
        if isinstance(before, Quote) and before.speech:
            pieces = pieces[1:]
        if after and isinstance(after[0], Quote) and after[0].speech:
            pieces = pieces[:-1]
        return pieces


# A date or a dateline alone: "date 2022-12-02", "December 2, 2022 —", "BRUSSELS, Feb 20
# (Reuters) -", "Posted: 02/12/2022 |".
ONLY_A_DATE_EN = re.compile(
    r"(?:(?:date|posted|updated|published)\s*:?\s*)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})|"
    r"[A-Z][A-Z .'-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\s+\([^()]{1,30}\))?)"
    r"\s*[-–—:|]{0,2}",
    re.IGNORECASE,
)


# --- Speech or a name in quotes ------------------------------------------------------------


def mark_speech(document):
    """Mark each quote that is speech; the others are names in quotes."""
    is_speech = is_speech_ko if document.korean else is_speech_en
    for index, item in enumerate(document.stream):
        if isinstance(item, Quote) and not item.unmarked:
            item.speech = is_speech(document, index, item)


# "under the theme:", "a campaign titled", "the slogan": what follows is a name given to
# something, never anyone's speech, whatever punctuation joins them.
NAMING_WORDS_EN = re.compile(
    r"\b(?:themes?|slogans?|mottos?|titles?|titled|entitled|named|called|dubbed|headlined)"
    r"(?:\s+(?:of|is|was|as))?\s*[:,]?$",
    re.IGNORECASE,
)


# "said that", "said in a statement that", "told reporters on Friday that": a verb of saying,
# a short phrase of where, when or to whom, and "that".
VERB_THAT_EN = re.compile(
    VERB_RE.pattern + r"(?:\s+(?:reporters|journalists|them|us|him|her))?"
    r"(?:\s+(?:in|on|at|during|after|before|to|from|via|through)\s[^,;:\"“”]{1,40}?)?\s+that$"
)
# A verb of saying and whom it was said to, ending the words before a quote.
VERB_TO_LISTENER_EN = re.compile(
    VERB_RE.pattern
    + r"\s+(?:them|us|him|her|reporters|journalists|members|delegates|lawmakers|participants|"
    r"(?:the|a)\s+(?:press|media|meeting|audience|assembly|gathering|council|house|chamber|"
    r"conference|forum|summit|crowd))$"
)


def is_speech_en(document, index, quote):
    prefix = document.prefix(index)
    if NAMING_WORDS_EN.search(prefix):
        return False
    previous = document.stream[index - 2] if index > 1 else None
    if prefix.rstrip(",") == "and" and isinstance(previous, Quote) and previous.speech:
        # "… added, “The talks were productive,” and “We will brief you tomorrow.”"
        return True
    if prefix:
        if VERB_THAT_EN.search(prefix) and (
            whole_sentences(quote.raw) or whole_clause(document, quote)
        ):
            # "… commented that “as a sector, we must do more. This is asked of all.”": more
            # than a phrase run into the sentence; whole sentences quoted are speech.
            return True
        if re.search(r"[,:]$", prefix) and (
            VERB_RE.search(prefix) or ACCORDING_RE.search(prefix) or prefix.endswith(":")
        ):
            return True
        if re.search(VERB_RE.pattern + r"$", prefix):
            return True
        # "Procopiou told reporters “We had a very good discussion.”": the verb's listener
        # between it and a quote that opens a sentence, without a comma.
        return bool(VERB_TO_LISTENER_EN.search(prefix)) and quote.raw.lstrip()[:1].isupper()
    if closing_attribution(document, quote) or SIGNED_AFTER.fullmatch(document.text_after(quote)):
        return True
    if re.search(r"[.!?…]$", quote.raw.strip()):
        return True
    opens_paragraph = index > 0 and isinstance(document.stream[index - 1], Para)
    if (
        opens_paragraph
        and quote.raw.strip().endswith(",")
        and len(quote.raw.split()) >= WORDS_OF_A_CLAUSE
    ):
        # "“We have set a shared future as our aim,” Deputy Prime Minister M": a paragraph
        # opening with a sentence quoted up to the comma before its attribution, even where
        # the page cuts the attribution off.
        return True
    if opens_sentence_after_narrative(document, index, quote):
        return True
    if quoted_whole(document, quote, stop_outside=True) and len(quote.raw.split()) >= 2:
        # "“We will rebuild the port”.": a paragraph quoted whole with its full stop printed
        # after the closing mark (the British convention) is a sentence as much as "“….”".
        return True
    # A paragraph quoted whole whose last full stop was left out: a sentence or more, not a
    # name in quotes standing as a heading.
    return quoted_whole(document, quote) and (
        SENTENCE_BOUNDARY.search(quote.raw) is not None
        or len(quote.raw.split()) >= WORDS_OF_A_SENTENCE
    )


WORDS_OF_A_SENTENCE = 10


def opens_sentence_after_narrative(document, index, quote):
    """ "Tarcísio endorsed the partnership. “The same goals. …”.": sentences quoted whole
    after a finished sentence of narrative, ending the paragraph (its stop inside the marks or
    after them); speech, whoever the narrative makes its speaker."""
    before = text_before(document.stream, index).strip()
    after = document.text_after(quote).strip()
    raw = quote.raw.strip()
    return (
        quote.para == quote.end_para
        and re.search(r"[.!?][\"”’')\]]*$", before) is not None
        and after in ("", ".")
        and raw[:1].isupper()
        and SENTENCE_BOUNDARY.search(raw) is not None
        and len(raw.split()) >= WORDS_OF_A_SENTENCE
    )


def quoted_whole(document, quote, stop_outside=False):
    """Whether ``quote`` is the whole of its paragraph, marks and all; with ``stop_outside``,
    only with a sentence's full stop after its closing mark ("“…”.")."""
    if quote.para != quote.end_para:
        return False
    para = document.body[quote.para].strip()
    if stop_outside:
        if not re.search(r"[.!?]$", para):
            return False
        para = para[:-1].rstrip()
    return (
        para[:1] in lx.DOUBLE_QUOTES
        and para[-1:] in lx.DOUBLE_QUOTES
        and len(para) - 2 == len(quote.raw.strip())
    )


# A sentence's end inside a quotation, before the next sentence.
SENTENCE_BOUNDARY = re.compile(r"[.!?…]\s+[A-Z“‘\"']")


def whole_clause(document, quote):
    """ "… urged that “careful analysis is the top priority for getting through the crisis,”
    and …": the whole clause "that" opens, quoted to its end (a comma or a stop inside the
    marks or right after them) and long enough to hold a sentence; not "that “innovation”
    matters", where the sentence goes on past the marks."""
    raw = quote.raw.strip()
    if len(raw.split()) < WORDS_OF_A_CLAUSE:
        return False
    after = document.text_after(quote).lstrip()
    return raw[-1:] in ",.!?…;" or after[:1] in ",.!?;" or not after


WORDS_OF_A_CLAUSE = 8


def whole_sentences(raw):
    """Whether a quotation holds more than one sentence and ends with its own full stop."""
    raw = raw.rstrip()
    return raw[-1:] in (".", "!", "?", "…") and SENTENCE_BOUNDARY.search(raw) is not None


def closing_attribution(document, quote):
    """The "…,” said Kim" clause after a quote, or ""."""
    after = document.text_after(quote)
    piece = document.suffix(quote).lstrip(", ")
    raw = quote.raw.rstrip()
    if not piece:
        return ""
    # "“…?” asked Rep. Song" closes a question; a capitalised clause after a finished
    # sentence ("“….” He added, “…”") opens the next one, unless no quote follows it in the
    # paragraph ("“….” Indian foreign minister Jaishankar said after the meeting.").
    comma = raw.endswith(",") or after.lstrip().startswith(",")
    finished = re.search(r"[.!?…]$", raw)
    if not comma and (
        not finished or not (piece[:1].islower() or last_words_of_paragraph(document, quote))
    ):
        return ""
    if not VERB_RE.search(piece) and not re.match(ACCORDING_RE.pattern, piece):
        return ""
    return piece.rstrip(".")


def last_words_of_paragraph(document, quote):
    """Whether no quotation follows the words after ``quote`` in its paragraph."""
    following = document.stream[quote.after_index + 1 : quote.after_index + 2]
    return not (following and isinstance(following[0], Quote))


# A sentence that points back at the words before it as someone's saying: "박 장관은 1일
# 회의에서 이같이 말했다.", its verb within a few words of "이같이".
POINTED_AT_RE = re.compile(
    r"\s*[^.!?\"“”]{2,120}?(?:이같이|이렇게|이처럼)\s(?:[가-힣]{1,8}\s)?(?:"
    + "|".join(lx.SPEECH_VERBS_KO)
    + r")"
)


def is_speech_ko(document, index, quote):
    if is_title_line(document, quote):
        return False
    after = document.text_after(quote)
    if REPORTED_BY_OTHERS_RE.match(after):
        return False
    if PARTICLE_RE.match(after) or POSSESSOR_RE.match(after) or bracket_attribution(after):
        return True
    prefix = document.prefix(index)
    finished = bool(re.search(r"[.!?…]$", quote.raw.strip()))
    # A sentence's own ending ("…한다", "…해 달라", "…하자", "…인가", "…이냐"), not a name's.
    sentence = re.search(r"[다요라자까죠네냐][.!?…]?$", quote.raw.strip())
    if OBJECT_SPEECH_RE.match(after) and (finished or sentence):
        return True
    if LISTED_SPEECH_RE.match(after) and (finished or sentence):
        return True
    if after.strip() == "," and (finished or sentence) and listed_before_speech(document, quote):
        # "“…해야 한다”, “…하자”는 등": quotations listed before one verb are all said.
        return True
    if REPORTED_CLAUSE_RE.match(after) and (finished or sentence):
        # "“…”는 것이다.": what the speaker holds, in their words.
        return True
    if GLUED_VERB_RE.match(after) and (finished or sentence):
        # "“…하라”강조했다": the verb glued to the mark, without "고".
        return True
    if POSSESSIVE_VIEW_RE.match(after[:100]) and (finished or sentence):
        # "“…해야 한다”는 윤석열 대통령의 뜻에 따라": someone's view, in their words.
        return True
    if GLUED_HADA_RE.match(after[:40]) and is_clause(quote.raw):
        # "“… 국면을 돌파”하고자 한다며": the mark closes inside the clause.
        return True
    if is_object_speech(quote.raw.strip(), after):
        return True
    if prefix and all(word in lx.ADVERBS_KO for word in prefix.split()) and not after.strip():
        # "이어 “…”": the same speaker goes on, the verb cut off or left out.
        return True
    if not prefix and (finished or not after.strip() or after.lstrip()[:1] in ".,"):
        return True
    if not prefix and sentence and POINTED_AT_RE.match(after):
        # "“…하겠다” 박 장관은 1일 회의에서 이같이 말했다.": the sentence after points back at
        # the quote that opens its paragraph.
        return True
    if re.search(r"다\s*:$", prefix) or prefix.endswith(":") and (finished or sentence):
        # "… 다음과 같이 말했다: “…”": a sentence that hands over to the quote; "윤석열 대통령 :
        # “…합니다.”", a speaker's label before a sentence (a broadcast's sound bite).
        return True
    if prefix.endswith(("는", "은")) and sentence and after.lstrip().startswith("."):
        # "박 장관은 “…하겠다”. 이어 …": the sentence's full stop printed after the mark.
        return True
    return bool(prefix and prefix.endswith(("는", "은")) and (finished or not after.strip()))


def listed_before_speech(document, quote):
    """Whether the item after the comma that follows ``quote`` is a quotation that is speech."""
    index = quote.after_index + 1
    following = document.stream[index : index + 1]
    return (
        bool(following)
        and isinstance(following[0], Quote)
        and is_speech_ko(document, index, following[0])
    )


def under_speaker_heading(body, k):
    """Whether line ``k`` is under a speaker's heading ("<발표자 : 강선우 여가부 장관 후보자>",
    kept as "강선우 여가부 장관 후보자 :"), directly or below other lines of quotation: what
    the speaker said, line by line, not a title."""
    j = k - 1
    while j >= 0 and QUOTED_LINE.fullmatch(body[j]):
        j -= 1
    return j >= 0 and bool(heading_label(body[j]))


# A line that is one quotation, or opens one that the next line goes on with.
QUOTED_LINE = re.compile(f"[{lx.DOUBLE_QUOTES}][^{lx.DOUBLE_QUOTES}]+[{lx.DOUBLE_QUOTES}]?")


# A line that ends as a sentence: "…했다.", "…합니다", "…말했다."; not a deck's "…을 주제로".
ENDS_A_SENTENCE_KO = re.compile(r"(?:[.!?。]|다|요)[\"”’')\]]*\s*$")


def is_title_line(document, quote):
    """ "“2014 국민대토론회 : 대한민국, 국민에게 길을 묻다”" over a release's deck: a quote
    that is a whole line before any sentence of the body, with a line after it that is no
    sentence either (a subtitle, "- … 개최 -"), is the title, not speech. A lede's quote is
    followed by the story."""
    k = quote.para
    body = document.body
    if not quoted_whole(document, quote) or k + 1 >= len(body):
        return False
    if under_speaker_heading(body, k):
        return False
    if any(ENDS_A_SENTENCE_KO.search(line) for line in body[:k]):
        return False
    return not ENDS_A_SENTENCE_KO.search(body[k + 1])
