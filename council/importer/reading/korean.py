"""Korean attribution: who says each quote, from the subject before it or the clause after it.

"오경진 태림산업 대표는 \"…\"라고 말했다": the subject that ends in a topic particle is read
backwards into name, title and institution. "오 대표는" is the person met with that surname
and title; "한 참석자는" or "중기부 관계자는" is unnamed, kept with the role as printed.
"""

import dataclasses
import re

from . import lexicon as lx
from .attribution import Attribution
from .cleanup import PHOTO_CREDIT_KO, is_page_number, unwrapped
from .gazetteer import known_body
from .institutions import abbreviates
from .korean_words import (
    LOCAL_HEADS_KO,
    NARRATORS_KO,
    PARTICLE_RE,
    POSSESSIVE_VIEW_RE,
    POSSESSOR_RE,
    POSTPOSITIONS,
    acting_joined,
    also_as_particle,
    bracket_attribution,
    embedded,
    ends_a_clause,
    group_subject,
    hangul_surnames,
    heading_label,
    heads,
    institution_in_role_ko,
    is_bare_subject,
    is_conjunct,
    is_former,
    is_head_title,
    is_mayor,
    is_name_ko,
    is_title_ko,
    is_unnamed_marker,
    minutes_label,
    noun_phrase,
    pronoun_topic_over_clause,
    relayed_words,
    speaker_label,
    strip_particles,
    strip_topic,
    subject_stem,
    suffix_kind,
    switches_subject,
    token_without_topic,
    unglued_ko,
    without_also,
    without_asides_ko,
    without_honorific,
)
from .mentions_ko import collect_mentions_ko, surname_of
from .people import Person
from .quotations import Para, Quote, Text
from .result import InstitutionKind
from .sentences import sentence_pieces
from .unmarked_ko import signature_words

# How far back a quote without a subject looks for the speaker it continues: a few sentences
# and paragraphs, whatever the article's length.
CARRY_BACK_ITEMS = 12
# A sentence's end, perhaps before a closing bracket or mark.
SENTENCE_END_KO = re.compile(r"(?:[.!?…]|다|요)[\"”’')\]]*\s*$")


# A council by its kind alone, and the end of the place's name it is the council of.
LOCAL_COUNCILS_KO = {"시의회": "시", "군의회": "군", "구의회": "구", "도의회": "도"}


def short_province(name):
    """ "충청북도" -> "충북도", "경상남도" -> "경남도": a province's name said short, or None."""
    return name[0] + name[2] + "도" if len(name) == 4 and name.endswith(("북도", "남도")) else None


def ends_a_sentence(text):
    return bool(SENTENCE_END_KO.search(text.strip()))


class KoreanAttribution(Attribution):
    def __init__(self, document, institutions, people, page_lines=()):
        super().__init__(document, institutions, people)
        # Everyone the whole page names with a title, read before any quote is attributed:
        # the body, and the headline and captions the clean-up keeps out of it; not the lists
        # of other articles after the body, whose "김철수 장관" may be another minister Kim.
        # Compared as the clean-up gave them: a hard-wrapped paragraph's lines rejoined, runs
        # of spaces as one, so that no paragraph of the body is read again as outside it.
        body = {" ".join(para.split()) for para in document.body}
        # A photo's credit ("사진=이수길 기자") names its photographer, no one the article is about.
        lines = [
            PHOTO_CREDIT_KO.sub("", " ".join(line.split())) for _n, line in unwrapped(page_lines)
        ]
        end = max((i for i, line in enumerate(lines) if line in body), default=len(lines))
        outside = [line for line in lines[:end] if line and line not in body]
        # The pasted text's non-empty lines, as the paragraphs' numbers count them: what the
        # clean-up left out between two paragraphs (a sub-head, a label) is read there.
        self.page = [line.strip() for line in page_lines if line.strip()]
        self.mentions = collect_mentions_ko(document.body, outside, self.is_institution_ko)
        self.mention_names = self.mentions.names()
        # "시장" alone is as often a market as a mayor: a mayor only where one is named.
        self.mayor_named = any(is_mayor(t) for m in self.mentions.mentions for t in m.titles)
        # "이장협의회장": a title someone on the page holds is that title, not "이" + "장…".
        self.held_titles = {title for m in self.mentions.mentions for title in m.titles}
        # Each named speaker as first quoted: "송 정책관은" keeps the role printed then.
        self.quoted = {}

    def remark(self, quote, speaker):
        if speaker is not None and speaker.name:
            self.quoted.setdefault(speaker.name, speaker)
        council = speaker is not None and self.council_of_place(speaker.institution)
        if council:
            speaker = dataclasses.replace(speaker, institution=council)
        return super().remark(quote, speaker)

    def council_of_place(self, institution):
        """ "양산시의회" for a speaker's "시의회" (a council by its kind alone) where the article
        names one city ("양산시"), and likewise for a county's, a district's or a province's;
        else None."""
        kind = LOCAL_COUNCILS_KO.get(institution)
        place = kind and self.one_local_government(kind)
        return f"{place}의회" if place else None

    def speaker_of(self, index, quote, pending):
        para = quote.para
        after = self.document.text_after(quote)
        bracket = bracket_attribution(after)
        if bracket:
            # "“…”(홍길동 장관)", "“…” (블룸버그 통신, …)": the bracket names who said it.
            words = bracket.split()
            return self.named_in(words, para)
        # Only the words of the quote's own sentence, a full stop glued to them or not.
        prefix = sentence_pieces(unglued_ko(self.document.prefix(index)), True)[-1]
        if quote.unmarked and not prefix.strip():
            # A speech printed whole after the sentence that points at it ("문 의장은
            # 모두발언에서 이같이 말했다."): that sentence introduces it.
            prefix = self.document.last_sentence_before(index)
        signature = quote.unmarked and signature_words(after)
        if signature:
            # "…찾아보자.-김주일 대전상공회의소 회장, 27일 …에서-": signed after the saying.
            return self.labelled(signature, para)
        if prefix.endswith(":") and prefix[:-1].strip() in NARRATORS_KO:
            # "기자 : “…”": a reporter asking on tape names nobody, never the last speaker.
            return self.unnamed_ko([prefix[:-1].strip()])
        label = prefix.endswith(":") and speaker_label(prefix[:-1])
        if label:
            # "김용준 인수위원장 :", "이낙연 / 국무총리 (어제) :": the label names who speaks.
            return self.labelled(label, para)
        minutes = quote.unmarked and minutes_label(prefix.strip())
        if minutes:
            # "소위원장 박광온 …", a line of the minutes: its label names who speaks.
            return self.labelled(minutes, para)
        name = quote.unmarked and TRANSCRIPT_NAME_KO.fullmatch(prefix.strip())
        if name:
            # "정병국: …", a transcript's line: the person the article names so, titled
            # elsewhere (see ``quotations.inline_speech``).
            return self.people.by_name.get(name[1]) or self.named_in([name[1]], para)
        view = POSSESSIVE_VIEW_RE.match(after[:100])
        if view:
            # "“…”는 윤 대통령의 평소 생각에 따라": the view is theirs, whoever the sentence's
            # subject is.
            return self.named_in(view["who"].split(), para)
        own = prefix
        if self.after_quoted_view(index, prefix):
            # "“…”라는 기자의 질문에 “…”라고 답했다": the question is the reporter's; who answers
            # is named after it or is the sentence's subject (below), never "라는 기자".
            own = prefix[POSSESSIVE_VIEW_RE.match(prefix).end() :].partition(" ")[2]
        tokens = self.unglued_surnames(
            acting_joined(without_honorific(without_asides_ko(hangul_surnames(own)))).split()
        )
        # "질의응답에서 한 참석자가": where it was said is not who said it.
        # "(포탈뉴스) 김경수 경남도지사가": a credit in brackets is not a word of the role.
        while tokens and (
            PARTICLE_RE.match(tokens[0])
            or tokens[0] in lx.ADVERBS_KO
            or tokens[0].endswith(("에서", "에서는"))
            or re.fullmatch(r"[(\[][^()\[\]]*[)\]]", tokens[0])
        ):
            tokens = tokens[1:]
        tokens = also_as_particle(tokens)
        if tokens and all(strip_particles(t) == t for t in tokens) and is_title_ko(tokens[-1]):
            # "고재천 진해소상공인연합회장 “…”고 말했다": the subject's particle left out
            # before the mark; the bare words are the subject all the same.
            tokens[-1] += "은"
        group = None
        if any(token_without_topic(t) in lx.GROUP_PRONOUNS_KO for t in tokens):
            group = group_subject(self.text_before(index), self.kind_ko)
        # "홍 부총리가 “…”고 말하자 “…”고 지시했다": a clause ending in "-자" or "-니" has a
        # subject of its own; the quote's speaker is only a subject after it.
        switch = max((k for k, t in enumerate(tokens) if switches_subject(t)), default=None)
        clause_subject = None
        if switch is not None:
            clause_subject = self.subject(tokens[:switch], para)
            tokens = tokens[switch + 1 :]
        pronoun = None
        if any(subject_stem(t) in lx.PRONOUNS_KO for t in tokens):
            pronoun = self.written_about(index, para)
            if pronoun is not None and pronoun_topic_over_clause(tokens):
                # "그는 또 … 조합원이 풀려난 일을 두고도 “…”": the pronoun is the sentence's
                # topic; a name in the clause between is that clause's subject.
                return pronoun
        person = self.subject(tokens, para, group=group, pronoun=pronoun)
        if person is not None:
            return person
        possessor = POSSESSOR_RE.match(after)
        if possessor:
            words = possessor["who"].split()
            # Read "윤 대표의" as the subject "윤 대표는"; "업계의" names nobody.
            return self.named_in(words, para)
        rest = PARTICLE_RE.sub("", after, count=1)
        clause = re.split(r"(?:말했|밝혔|강조했|덧붙였|설명했|전했|했)다", rest)[0]
        if PARTICLE_RE.match(after):
            person = self.subject(clause.split()[:6], para, strict=True)
            if person is not None:
                return person
        if not after.strip() and not tokens:
            # "“…” “…” 박 장관은 이같이 말했다.": a run of quotes, the sentence after the last.
            after = self.document.text_after_run(quote)
        following = sentence_pieces(after, True)[:2]
        if not after.strip() and not tokens and quote.end_para + 1 < len(self.document.body):
            # A quote standing alone as the lede, its speaker named in the next paragraph.
            following = sentence_pieces(self.document.masked[quote.end_para + 1], True)[:1]
        for piece in following:
            m = re.search(r"(?:이렇게|이같이|이처럼)\s", piece)
            if m:
                person = self.subject(piece[: m.start()].split(), para)
                if person is not None:
                    return person
        if self.after_quoted_view(index, prefix):
            # "문 대통령은 “…”는 홍 부총리의 요청을 받아들이며 “…”고 제안했다": the quote before
            # was the object, the named person's request; the sentence's subject goes on.
            before = sentence_pieces(unglued_ko(self.document.prefix(index - 2)), True)[-1]
            words = without_asides_ko(hangul_surnames(before)).split()
            person = self.subject(words, para)
            return person if person is not None and person.name else None
        if switch is not None:
            # The main verb's subject is unsaid: the person the passage is about, never the
            # clause's subject (nor, after "“…”고 말하자", the quote's speaker before).
            other = clause_subject if clause_subject is not None else self.people.last
            return self.topic_before(index, para, other)
        return self.carried_over(index, quote, prefix.split())

    def after_quoted_view(self, index, prefix):
        """Whether the quote at ``index`` follows one that is someone's view, request or
        question in the same sentence ("“…”는 홍 부총리의 요청을 받아들이며 “…”")."""
        stream = self.document.stream
        return bool(
            index >= 2
            and isinstance(stream[index - 2], Quote)
            and stream[index - 2].speech
            and POSSESSIVE_VIEW_RE.match(prefix)
        )

    def unglued_surnames(self, tokens):
        """ "김총리서리는" -> "김", "총리서리는": a surname glued to a title, where the page names
        someone of that surname with that title; else the word as printed ("이사장" is a
        title, "공사장" a building site, "이장협의회장" a title someone holds)."""
        held = self.held_titles
        out = []
        for token in tokens:
            stem = strip_topic(token) or token
            for cut in (1, 2):
                surname, title = stem[:cut], stem[cut:]
                if (
                    len(title) >= 2
                    and surname in lx.KOREAN_SURNAMES
                    and surname not in lx.TITLE_MODIFIERS_KO
                    and stem not in lx.TITLES_KO
                    and stem not in held
                    and is_title_ko(title)
                    and (surname, title, False) in self.mentions.holders
                ):
                    out.extend((surname, token[cut:]))
                    break
            else:
                out.append(token)
        return out

    def topic_before(self, index, para, other):
        """The person a passage is about, as a topic ("문 대통령은") in the narrative before the
        quote at ``index``: the nearest named topic, if it is not ``other``; else None."""
        stream = self.document.stream
        for j in range(index - 1, max(-1, index - 1 - CARRY_BACK_ITEMS), -1):
            item = stream[j]
            if isinstance(item, Para) and self.heading_left_out(item.index):
                return None
            if not isinstance(item, Text):
                continue
            for piece in reversed(sentence_pieces(unglued_ko(item.text), True)):
                tokens = without_asides_ko(hangul_surnames(piece)).split()
                for i, token in enumerate(tokens):
                    if not token.endswith(("은", "는")) or subject_stem(token) is None:
                        continue
                    if self.topic_kind(tokens, i) not in ("name", "title", "honorific"):
                        continue
                    person = self.subject(tokens[: i + 1], para)
                    if person is None or not person.name:
                        return None
                    if other is not None and person.name == other.name:
                        return None
                    return person
        return None

    def written_about(self, index, para):
        """Who "그는" before the quote at ``index`` is: the person the nearest sentence before
        it is about, as its topic ("오 차관은 회의를 마쳤다. 그는 “…”"); unnamed where that
        sentence's only person is a subject ("오 차관이 도착했다.") other than the last
        speaker; None, for the last speaker, where no sentence in reach names anyone."""
        stream = self.document.stream
        for j in range(index - 1, max(-1, index - 1 - CARRY_BACK_ITEMS), -1):
            item = stream[j]
            if not isinstance(item, Text):
                continue
            pieces = sentence_pieces(unglued_ko(item.text), True)
            if j == index - 1:
                pieces = pieces[:-1]  # the pronoun's own sentence
            for piece in reversed(pieces):
                tokens = without_asides_ko(hangul_surnames(piece)).split()
                subjects = [
                    i
                    for i, token in enumerate(tokens)
                    if subject_stem(token) is not None
                    and self.topic_kind(tokens, i) in ("name", "title", "honorific")
                ]
                topics = [i for i in subjects if tokens[i].endswith(("은", "는"))]
                for i in topics or subjects:
                    person = self.subject(tokens[: i + 1], para)
                    if person is None or not person.name:
                        continue
                    last = self.people.last
                    if topics or last is None or last.name == person.name:
                        return person
                    return self.unnamed_ko(["그"])
        return None

    def carried_over(self, index, quote, tokens):
        """The speaker of a quote whose sentence names nobody: the person last speaking or
        written about, only where the text shows they go on (see ``continues``); else nobody,
        for review: a wrong name on the record is worse than none."""
        stream = self.document.stream
        if index and isinstance(stream[index - 1], Para) and quote.para:
            # The quote opens its paragraph: the line before may say whose words it is.
            before = self.document.body[quote.para - 1]
            label = heading_label(before)
            if label:
                # "녹취> 노영민 / 청와대 비서실장": a sound bite's heading.
                return self.labelled(label, quote.para)
            relayed = relayed_words(self.document.masked[quote.para - 1])
            if relayed:
                # "윤 대통령의 말씀을 전해 드립니다.": the passage after it is theirs.
                person = self.named_in(relayed, quote.para)
                if person.name:
                    return person
        last = self.people.last
        if last is None or any(t in lx.TOPIC_CHANGES_KO for t in tokens):
            # "한편 “…”": meanwhile, someone else.
            return None
        return last if self.continues(index, last) else None

    def continues(self, index, last):
        """Whether the narrative since ``last`` last spoke or was written about, up to the
        quote at ``index``, hands over to them again: nothing but the previous quote's own
        verb ("…”며 “…”", "…”고 말했다. 이어 “…”"), or sentences whose subject is ``last``
        again ("김 지사는 …했다.") or that have none. A heading, a new name or another subject
        between them may introduce someone else. With no quote before, a sentence about
        ``last`` must be among them."""
        stream = self.document.stream
        items = []
        j = index - 1
        while j >= 0 and not (isinstance(stream[j], Quote) and stream[j].speech):
            if len(items) == CARRY_BACK_ITEMS:
                return False
            items.insert(0, stream[j])
            j -= 1
        quoted_before = j >= 0
        # A previous quote over paragraphs holds its words in them, no narrative; it closes in
        # a paragraph after its own opening ("“…\n\n…”고 강조하고,"), whose first words are
        # the quote's own verb.
        inside = stream[j].end_para if quoted_before else -1
        own_verb = 0
        while own_verb < len(items) and isinstance(items[own_verb], Para):
            if items[own_verb].index > inside:
                break
            own_verb += 1
        pieces, paragraph, whole = [], [], False
        for k, item in enumerate(items):
            if isinstance(item, Para) and item.index <= inside:
                continue
            if isinstance(item, Para):
                if (
                    whole
                    and not ends_a_sentence("".join(paragraph))
                    or self.heading_left_out(item.index)
                ):
                    # A heading between them ("◆ 질의응답", "녹취> …"): the next part's.
                    return False
                paragraph, whole = [], True
                continue
            text = item.text if isinstance(item, Text) else item.raw
            paragraph.append(text)
            if isinstance(item, Text):
                for n, piece in enumerate(sentence_pieces(unglued_ko(text), True)):
                    if k == own_verb and n == 0 and quoted_before:
                        # The previous quote's own verb: "…”라고 말했다.", "…”며 ".
                        continue
                    pieces.append(piece)
        readings = [self.subject_is(piece.split(), last) for piece in pieces]
        if False in readings:
            return False
        return quoted_before or True in readings

    def heading_left_out(self, para):
        """Whether the clean-up left out a line that is no sentence (a sub-head, a label)
        right before body paragraph ``para``; a hard-wrapped paragraph's own lines and a PDF's
        page numbers are none."""
        numbers, body = self.document.numbers, self.document.body
        if not 0 < para < len(numbers):
            return False
        between = self.page[numbers[para - 1] : numbers[para] - 1][:CARRY_BACK_ITEMS]
        return any(
            line not in body[para - 1] and not ends_a_sentence(line) and not is_page_number(line)
            for line in between
        )

    def subject_is(self, tokens, last):
        """Whether the sentence ``tokens`` is about ``last``: True when its subject is them
        again ("김 지사는", "그는"), None when it has none, False when a name, a title, a body,
        a group or a noun with a topic particle may be someone else."""
        tokens = self.unglued_surnames(without_asides_ko(hangul_surnames(" ".join(tokens))).split())
        about, described = None, None
        for i, token in enumerate(tokens):
            stem = subject_stem(token)
            if stem is None or i == described:
                continue
            if stem in lx.PRONOUNS_KO or token in lx.PRONOUNS_KO:
                about = True
                continue
            if token_without_topic(token) in lx.GROUP_PRONOUNS_KO:
                return False
            kind = self.topic_kind(tokens, i)
            if kind not in ("name", "title", "honorific", "inst"):
                if token.endswith(("은", "는")) and is_bare_subject(stem):
                    return False
                continue
            if kind == "inst" and i + 1 < len(tokens) and self.modifies_a_noun(tokens[i + 1]):
                # "국회가 있는 까닭인 …": a body as the subject of a clause that describes a
                # noun is not what the sentence is about; nor is its verb ("있는") a topic.
                described = i + 1
                continue
            if not self.means(tokens, i, stem, kind, last):
                return False
            about = True
        return about

    def modifies_a_noun(self, token):
        """Whether ``token`` is a verb in the form that describes the noun after it ("있는",
        "마련한", "추진할", "열렸던"), not a word of a person or a body."""
        last = token[-1]
        code = ord(last) - 0xAC00
        adnominal = last in ("는", "던") or (0 <= code < 11172 and code % 28 in (4, 8))
        return (
            len(token) > 1
            and adnominal
            and re.fullmatch(r"[가-힣]+", token) is not None
            and self.kind_ko(token) not in ("name", "title", "inst", "honorific")
        )

    def means(self, tokens, i, stem, kind, last):
        """Whether the subject ``tokens[i]`` (``stem``, read as ``kind``) names ``last``."""
        if kind == "name":
            return stem == last.name
        if kind != "title":
            return False
        titles = (*last.title_words, *last.role.split()[-1:])
        if not any(held == stem or held.endswith(stem) for held in titles):
            return False
        before = tokens[i - 1] if i else ""
        if self.kind_ko(before) == "surname":
            return bool(last.name) and surname_of(last.name) == before
        return self.kind_ko(before) != "name" or before == last.name

    def labelled(self, words, para):
        """The speaker a label names: its first word is the name, even one of two syllables
        ("진영 부위원장"), when it reads as one and not as a body or a title."""
        first = words[0]
        if (
            len(words) > 1
            and re.fullmatch(r"[가-힣]{2,4}", first)
            and (first[0] in lx.KOREAN_SURNAMES or first[:2] in lx.KOREAN_SURNAMES)
            and first not in lx.NOT_NAMES_KO
            and self.kind_ko(first) in ("name", "unknown")
            and not is_unnamed_marker(words[-1])
        ):
            return self.named_ko(first, self.mention_words(words[1:]))
        return self.named_in(words, para)

    def named_in(self, words, para):
        """The speaker that words in brackets or before "의 설명이다" name, read as a subject;
        unnamed with all the words as printed when they name no one."""
        person = self.subject([*words[:-1], words[-1] + "은"], para)
        return person if person is not None and person.name else self.unnamed_ko(words)

    def subject(self, tokens, para, strict=False, group=None, pronoun=None):
        """The speaker named by the subject at the end of ``tokens`` ("… 교수는"), or None; a
        pronoun ("그는") is ``pronoun`` where given (see ``written_about``), else the last
        speaker."""
        topic = fallback = other = None
        for i in range(len(tokens) - 1, -1, -1):
            token = tokens[i]
            stem = subject_stem(token)
            if stem is None and other is None and self.also_subject(tokens, i):
                # "업계도 “…”", "중기부도 “…”": someone else also speaks, not the last speaker.
                tokens = [*tokens[:i], token[:-1] + "은", *tokens[i + 1 :]]
                other = i
            if stem is None:
                continue
            if stem in lx.PRONOUNS_KO:
                return self.people.last if pronoun is None else pronoun
            if token_without_topic(token) in lx.GROUP_PRONOUNS_KO:
                # "이들은": several people, none of them named; the role is the group.
                return self.unnamed_ko(group or [token_without_topic(token)])
            kind = self.topic_kind(tokens, i)
            if kind in ("name", "title", "honorific", "inst"):
                if any(switches_subject(t) for t in tokens[i + 1 :]):
                    # "홍 부총리가 보고하자 “…”": the subject of a clause that hands over to
                    # another; never the quote's speaker.
                    continue
                if fallback is None and embedded(tokens, i):
                    # "강 대변인은 이 대통령이 … 검토하는 데 대해선 “…”": a subject inside a
                    # clause is not the sentence's; an earlier topic ("…은") speaks.
                    fallback = i
                    continue
                topic = i
                break
            if strict:
                return None
            if other is None and token.endswith(("은", "는", "들도")) and is_bare_subject(stem):
                other = i
        if topic is None:
            topic = fallback
        if topic is not None and tokens[topic].endswith(("이", "가")):
            outer = self.outer_topic(tokens, topic)
            if outer is not None and self.topic_kind(tokens, topic) == "inst":
                # "김 지사는 경기도가 “…”": the body is the quote's own subject, printed
                # outside the marks; the person the sentence is about speaks. (A person
                # there, "대변인은 문 대통령이 “…”", is one whose words are relayed.)
                topic = outer
        if topic is None and other is not None:
            # "업계는 “…”", "박 회장, 이 대표 등은 “…”": a new subject that names nobody; the
            # quote is theirs, not the last speaker's.
            return self.unnamed_ko(noun_phrase(tokens, other))
        if topic is None:
            return None
        stem = subject_stem(tokens[topic])
        collected = [(stem, self.topic_kind(tokens, topic))]
        found_name = collected[0][1] == "name"
        first = 0
        while first < topic and tokens[first] in lx.ADVERBS_KO:
            first += 1
        for j in range(topic - 1, first - 1, -1):
            token = tokens[j]
            kind = self.kind_ko(token)
            right = collected[0][1]
            if token.endswith(("은", "는")) and (
                kind not in ("title", "name")
                or (kind == "name" and any(k in ("surname", "name") for _, k in collected))
            ):
                # "재정경제부는 방현수 장관이": the sentence's topic, not a word of the role;
                # "모임은 김 장관이" (모 is a surname) as much: the subject is named after it.
                break
            bare = token_without_topic(token)
            if token.endswith(("이", "가")) and bare != token and self.is_institution_ko(bare):
                # "중소벤처기업부가 오기웅 차관이": the body is the subject, not the role's.
                break
            if right == "title" and kind != "inst" and token.endswith(lx.COMPANY_NOUNS_KO):
                # "안산의 금형업체 대표 박정수 씨": the kind of company is the role's, not a body.
                collected.insert(0, (token, "description"))
            elif right == "description":
                if token.endswith("의"):
                    collected.insert(0, (token, "description"))
                break
            elif kind in ("title", "inst"):
                collected.insert(0, (token, kind))
            elif token == "겸" and right in ("title", "inst"):
                # "부총리 겸 기획재정부 장관": two posts, one role.
                collected.insert(0, (token, "and"))
            elif kind == "name" and not found_name:
                collected.insert(0, (token, kind))
                found_name = True
            elif kind == "name" and right == "name":
                # "허창수 전경련 회장", "전경련 허창수 회장": one of the two is a body's short
                # name; unnamed for review when the page does not tell which.
                title = next((t for t, k in collected if k == "title"), "")
                person = self.mentions.person_of(token, collected[0][0], title)
                if person is None:
                    return self.unnamed_ko(tokens[first : topic + 1])
                body = collected[0][0] if person == token else token
                pair = [(person, "name"), (body, "inst")]
                collected[0:1] = pair if person == token else pair[::-1]
            elif (
                token in lx.TITLE_MODIFIERS_KO
                and right == "title"
                and j > first
                and self.kind_ko(tokens[j - 1]) in ("surname", "name")
            ):
                # "김 전 장관은", "김철수 전 장관은": a former minister, not a minister "전".
                collected.insert(0, (token, "modifier"))
            elif (
                kind == "surname"
                and right in ("title", "modifier")
                and j == topic - 1 - (right == "modifier")
            ):
                collected.insert(0, (token, kind))
            elif kind == "surname" and [k for _t, k in collected] == ["inst", "title"]:
                # "김 산자부 장관이": the surname before the body of the post.
                collected.insert(0, (token, kind))
            elif kind == "determiner":
                collected.insert(0, (token, kind))
                break
            elif (
                kind == "unknown"
                and right == "name"
                and j > first
                and tokens[j - 1].endswith(lx.COMPANY_NOUNS_KO)
            ):
                # "ERP 개발사 한결소프트 윤태민 대표": the word after "개발사" is the company.
                collected.insert(0, (token, "unknown-inst"))
                break
            elif (
                kind == "unknown"
                and right == "name"
                and j > first
                and self.kind_ko(tokens[j - 1]) == "inst"
            ):
                # "경북대학교 산학협력단 정우진 단장": a part of the institution before it.
                collected.insert(0, (token, "unit"))
            elif right == "name" and token.endswith("의") and len(token) > 2:
                # "스타트업 메디브레인의 한소희 대표": the company the speaker heads.
                collected.insert(0, (token[:-1], "unknown-inst"))
                break
            elif kind == "unknown" and (
                right in ("title", "unknown-inst") or (j == first and found_name)
            ):
                collected.insert(0, (token, "unknown-inst"))
            else:
                break
        start = topic - len(collected)
        if start > first and tokens[start] in lx.NEWLY_KO:
            # "김 위원장과 신임 지도부가": the second subject described as new.
            start -= 1
        if start >= first and (
            is_conjunct(tokens[start], self.kind_ko) or self.headed_conjunct(tokens, start, first)
        ):
            # "김 장관과 박 회장은 “…”": several speakers; none of them is named alone.
            return self.unnamed_ko(tokens[first : topic + 1])
        return self.interpret(collected, tokens[first : topic + 1], para)

    def also_subject(self, tokens, i):
        """Whether ``tokens[i]`` is a body or, opening its sentence, a noun with "도" (also):
        "중기부도", "업계도 …"; not a word ending so ("강원도", "제도", "만족도")."""
        token = tokens[i]
        stem = token[:-1]
        if not token.endswith("도") or len(stem) < 2 or self.is_institution_ko(token):
            return False
        if self.is_institution_ko(stem):
            return True
        opens = all(t in lx.ADVERBS_KO for t in tokens[:i])
        return opens and is_bare_subject(stem) and not token.endswith(lx.DEGREE_NOUNS_KO)

    def headed_conjunct(self, tokens, k, first):
        """ "김갑생 단성면장과 이승준 군서면장은": a head's title the lexicon does not list,
        after a name and before "과", joins two subjects as a listed title does."""
        token = tokens[k]
        return (
            token.endswith(("와", "과"))
            and is_head_title(token[:-1])
            and k > first
            and self.kind_ko(tokens[k - 1]) == "name"
        )

    def outer_topic(self, tokens, i):
        """The index of a person's topic ("김 지사는", "김동연 지사는") before the subject
        ``tokens[i]`` in the same sentence, or None."""
        for j in range(i - 1, -1, -1):
            token = tokens[j]
            if not token.endswith(("은", "는")) or subject_stem(token) is None:
                continue
            if self.topic_kind(tokens, j) in ("name", "title", "honorific"):
                return j
        return None

    def topic_kind(self, tokens, i):
        """How the subject ``tokens[i]`` reads; right after a name, a head's title the lexicon
        does not list ("김영심 조합장은", "박철수 교장은") is one; after a surname, one of three
        syllables ("김 조합장은"; "이 공장은" is "this factory")."""
        stem = subject_stem(tokens[i])
        before = self.kind_ko(tokens[i - 1]) if i else None
        if is_head_title(stem) and (before == "name" or (before == "surname" and len(stem) > 2)):
            return "title"
        return self.kind_ko(stem)

    def text_before(self, index, limit=600):
        """The narrative before the quote at ``index``, names in quotes blanked, back a few
        hundred characters at most: what a reader looks back at, whatever the article's length."""
        parts, size = [], 0
        for item in reversed(self.document.stream[max(0, index - 20) : index]):
            text = item.text if isinstance(item, Text) else " "
            parts.insert(0, text)
            size += len(text)
            if size > limit:
                break
        return "".join(parts)

    def interpret(self, collected, clause, para):
        # A modifier ("전 장관") is printed in the role but names no one.
        kinds = [kind for _token, kind in collected if kind != "modifier"]
        words = [token for token, kind in collected if kind != "modifier"]
        former = is_former(token for token, kind in collected if kind == "modifier")
        if is_unnamed_marker(words[-1]):
            # "전경련 관계자는": an official is unnamed by definition; the body's short name
            # before it only reads like a name (전 is a surname).
            return self.unnamed_ko(clause)
        if "name" in kinds and any(t in lx.DETERMINERS_KO for t in clause[-4:-1]):
            # "한 벤처캐피탈 심사역은": "one venture capitalist", whatever the words look like.
            known = next(t for t, k in collected if k == "name")
            if known not in self.people.by_name:
                return self.unnamed_ko(clause)
        if "name" not in kinds and "determiner" not in kinds:
            # A foreign name in Hangul: two words before the company and the title.
            if (
                len(kinds) >= 4
                and kinds[:2] == ["unknown-inst", "unknown-inst"]
                and kinds[-1] == "title"
                # "대전·세종 4개 시도지사 후보": a list and a count are no name.
                and all(re.fullmatch(r"[가-힣]+", word) for word in words[:2])
            ):
                name = f"{words[0]} {words[1]}"
                return self.named_ko(name, collected[2:])
            if kinds[-2:] == ["surname", "title"] and set(kinds[:-2]) <= {"inst", "unknown-inst"}:
                return self.short_reference(words, clause, para, former)
            if kinds[:1] == ["surname"] and kinds[-1] == "title" and set(kinds[1:-1]) == {"inst"}:
                # "김 산자부 장관이": the body after the surname, as "산자부 김 장관" has it before.
                surname, *bodies, title = words
                return self.short_reference([*bodies, surname, title], clause, para, former)
            if kinds == ["title"]:
                # A title alone is never a name: the one person met with it, else nobody.
                person = self.referent(None, words[0], para, former)
                return person or self.unnamed_ko(clause)
            if len(kinds) > 1 and kinds[-1] == "title" and set(kinds[:-1]) <= {"inst"}:
                # "행안부 장관은": the one person met with the title, of that body.
                person = self.referent(None, words[-1], para, former)
                if (
                    person
                    and person.name not in words
                    and person.name not in self.mentions.bodies
                    and all(
                        body in person.role or self.institutions.lookup(body) == person.institution
                        for body in words[:-1]
                    )
                ):
                    return person
                return self.unnamed_ko(clause)
            if kinds[:1] == ["determiner"] and len(words) == 2 and kinds[1] == "title":
                person = self.referent(words[0], words[1], para)
                if person:
                    return person
            return self.unnamed_ko(clause)
        name = next(t for t, k in collected if k == "name")
        rest = [(t, k) for t, k in collected if k not in ("name", "honorific")]
        if not rest:
            return self.people.by_name.setdefault(name, Person(name=name))
        return self.named_ko(name, rest)

    def short_reference(self, words, clause, para, former):
        """ "김 교수는", "대통령실 김 대변인은": someone already met, with the body printed
        before, if any. Unmet, the surname is a piece of a name, not of the role ("이 지사" is
        a "지사" for review), unless it may be "one" ("한 대표는")."""
        *bodies, surname, title = words
        person = self.referent(surname, title, para, former, bodies)
        if person and all(
            body in person.role or self.institutions.lookup(body) == person.institution
            for body in bodies
        ):
            return person
        if surname in lx.DETERMINERS_KO:
            return self.unnamed_ko(clause)
        k = clause.index(surname)
        # "현장을 찾은 김 차관은": the clause before the reference is no part of its role.
        start = clause.index(bodies[0]) if bodies and bodies[0] in clause[:k] else k
        return self.unnamed_ko(clause[start:k] + clause[k + 1 :])

    def holds_post_of(self, name, title, bodies):
        """Whether the post ``name`` is printed with names each of ``bodies``, in full or short
        ("산자부" of "산업자원부 장관")."""
        mention = self.mentions.of(name, title)
        if mention is None:
            return False
        words = (*mention.lead, *mention.role)
        return all(any(abbreviates(b, w) or b == w for w in words) for b in bodies)

    def named_ko(self, name, rest):
        institution, titles = institution_in_role_ko(rest, self.institutions)
        previous = self.people.by_name.get(name)
        if institution is None:
            # "한성숙 장관은" after "한성숙 중소벤처기업부(중기부) 장관이": the body given with
            # the name elsewhere.
            institution = self.mentioned_institution(name)
        if institution is None and previous:
            institution = previous.institution
        if institution is None:
            institution = self.local_government(titles)
        role = " ".join(t for t, _k in rest)
        person = Person(
            name=name,
            role=role,
            institution=institution,
            title=" ".join(titles),
            # For the shared store of people: how a short reference may name them.
            surnames=(surname_of(name),) if " " not in name else (),
            title_words=tuple(titles),
        )
        if previous is None or not previous.role:
            self.people.by_name[name] = person
        return person

    def local_government(self, titles):
        """The place a local head's title alone ("김 지사", "이 구청장") is the head of: the
        one province, district, county or city of its kind the article names, else None."""
        ends = LOCAL_HEADS_KO.get(titles[-1]) if titles else None
        return self.one_local_government(ends) if ends else None

    def one_local_government(self, ends):
        """The one province, district, county or city the article names whose name ends so."""
        places = [
            name
            for name, found in self.institutions.found.items()
            if found.kind == InstitutionKind.LOCAL_GOVERNMENT and name.endswith(ends)
        ]
        # "충북도" is "충청북도" said short: one province.
        places = [p for p in places if not any(short_province(o) == p for o in places)]
        return places[0] if len(places) == 1 else None

    def council_of_speakers(self, council):
        """The meeting's council, found after the speakers, for those who speak for it (see
        ``speaks_for``)."""
        for remark in self.remarks:
            if speaks_for(remark, council):
                remark.institution = council

    def mention_words(self, words, titles=()):
        """A mention's role read as a subject's words: "겸" joins two titles and names no body;
        its ``titles`` are titles ("교장", one the lexicon does not list); another word between
        the name and the title is the body's ("정의당 의원")."""
        read = []
        for word in words:
            kind = "and" if word == "겸" else "title" if word in titles else self.kind_ko(word)
            read.append((word, "unknown-inst" if kind == "unknown" else kind))
        return read

    def mentioned_institution(self, name, title=None):
        mention = self.mentions.of(name, title)
        if mention is None:
            return None
        # The body nearest the title is the speaker's ("국회 보건복지위원회 김승희 자유한국당
        # 의원": 자유한국당); one printed before the name, else one the sentence is about.
        institution = (
            institution_in_role_ko(
                self.mention_words(mention.role, mention.titles), self.institutions
            )[0]
            or institution_in_role_ko(self.mention_words(mention.lead), self.institutions)[0]
        )
        before = mention.institution_before
        if institution is None and before:
            institution = self.institutions.resolve(before) or self.institutions.add(
                before, kind=suffix_kind(before) or InstitutionKind.OTHER
            )
        return institution

    def referent(self, surname, title, para, former=False, bodies=()):
        """The one person "김 총리" (a surname and a title) or "국무총리" (a title alone, no
        ``surname``) can mean in paragraph ``para``, or None when none or two fit; "김 전
        총리" (``former``) only one who held it; with ``bodies`` printed beside the title, one of
        those who fit whose post names them."""
        names = self.mentions.candidates(surname, title, para, former)
        names |= {
            name
            for name, person in self.people.by_name.items()
            if (not surname or name.startswith(surname))
            and person.role.endswith(title)
            and is_former(person.role.split()) == former
        }
        if bodies and len(names) > 1:
            # "김 산자부 장관" among three ministers Kim: the one whose post names that body.
            names = {name for name in names if self.holds_post_of(name, title, bodies)}
        if len(names) != 1:
            return None
        name = names.pop()
        mention = self.mentions.of(name, title)
        if name in self.quoted:
            return self.quoted[name]
        if mention is None:
            return self.people.by_name.get(name)
        # The role the article prints with the full name, not the short reference's.
        institution, titles = institution_in_role_ko(
            self.mention_words(mention.role, mention.titles), self.institutions
        )
        lead = mention.lead
        if institution is None and all(suffix_kind(word) or known_body(word) for word in lead):
            # "산업부 이승철 제1차관": a known body before the name is the institution, not a
            # word of the role ("한결소프트 윤태민 대표" keeps the company it does not know).
            lead = ()
        person = Person(
            name=name,
            role=" ".join((*lead, *mention.role)),
            institution=self.mentioned_institution(name, title)
            or self.local_government(titles or (title,)),
            title=" ".join(titles),
            surnames=(mention.surname,),
            title_words=mention.titles,
        )
        self.people.by_name.setdefault(name, person)
        return person

    def unnamed_ko(self, clause):
        words = list(clause)
        if words:
            # "참석 업체 대표들은": a group, named as printed.
            words[-1] = without_also(token_without_topic(words[-1]))
        role = " ".join(words)
        if len(words) > 1 and all(self.is_institution_ko(word) for word in words):
            # "더불어민주당 강원도당은": a body and its part, speaking as one body.
            name = self.institutions.lookup(role) or self.institutions.add(
                role, kind=suffix_kind(words[-1]) or InstitutionKind.OTHER
            )
            return Person(name=None, role=role, institution=name)
        # The first word that names a body the article or the gazetteer knows.
        known = (
            self.institutions.lookup(word) or (known_body(word) and self.institutions.resolve(word))
            for word in words
        )
        return Person(name=None, role=role, institution=next(filter(None, known), None))

    def kind_ko(self, token):
        """How a word of a subject reads: name, title, inst, surname, determiner, honorific."""
        if token in lx.HONORIFICS_KO:
            return "honorific"
        if token in self.mentions.bodies:
            return "inst"
        if token in self.mention_names:
            return "name"
        if token == "시장" and self.mayor_named:
            return "title"
        if token in lx.DETERMINERS_KO and token not in lx.KOREAN_SURNAMES:
            return "determiner"
        if DAY_WORD_RE.fullmatch(token):
            # "12일 김승환 전북교육감이": when, before the name, is no body of the role.
            return "stop"
        # One syllable, or two ("남궁 부회장은").
        if len(token) <= 2 and token in lx.KOREAN_SURNAMES:
            return "surname"
        if is_title_ko(token):
            return "title"
        if self.is_institution_ko(token):
            return "inst"
        if token not in self.mention_names and ends_a_clause(token):
            # "회의를 주재한 구인모 거창군수는": a verb closes the clause before the name,
            # though "주재한" reads like a name (주 is a surname).
            return "stop"
        if is_name_ko(token) and not is_title_ko(token_without_topic(token)):
            # "지사는" reads like a name (지 is a surname): a title with its particle is none.
            return "name"
        if token.endswith(POSTPOSITIONS) or ends_a_clause(token):
            return "stop"
        return "unknown"

    def is_institution_ko(self, token):
        if token.startswith(("(주)", "㈜")):
            return True
        return bool(self.institutions.lookup(token) or known_body(token) or suffix_kind(token))

    def note_mentions(self, index):
        """ "산업부 이승철 제1차관 주재로": the institution of someone quoted later by name and title.

        (A head named in the opening parenthesis, "(장관 노재원, 이하 중기부)", is read with the
        institutions.)
        """
        pieces = self.document.narrative_pieces(index)
        for piece in pieces:
            self.note_subject(
                without_asides_ko(hangul_surnames(piece)).split(), self.document.stream[index].para
            )
        tokens = " ".join(pieces).split()
        for i in range(len(tokens) - 2):
            name, title = tokens[i + 1], strip_particles(tokens[i + 2])
            if name in self.people.by_name or not (is_name_ko(name) and is_title_ko(title)):
                continue
            institution = self.institutions.lookup(strip_particles(tokens[i]))
            if institution and not is_unnamed_marker(title):
                self.people.by_name[name] = Person(name, title, institution, title)

    def note_subject(self, tokens, para):
        """ "오영주 중기부 제2차관은 … 설명했다": someone met in indirect speech, whom "오 차관은
        "…"" means later. Only a subject that opens the sentence, with a name and a title."""
        for k, token in enumerate(tokens[:6]):
            stem = strip_topic(token)
            if stem and is_title_ko(stem):
                if any(self.kind_ko(t) == "name" for t in tokens[:k]):
                    person = self.subject(tokens[: k + 1], para)
                    if person is not None and person.name:
                        # The person last written about: "그는 “…”" is theirs.
                        self.people.last = person
                return


# A transcript's label before a line of speech without marks: "정병국:".
def speaks_for(remark, council):
    """Whether ``remark`` is the council's: its speaker printed with a head's title alone and
    no body ("김승환 회장은") where the title heads its kind ("회장" a "…협의회"), or with a
    body glued to the title that is the council's tail ("교육감협의회장" of the "전국
    시도교육감협의회"); or the council itself by its kind ("협의회는")."""
    tail = council.replace(" ", "")
    if remark.institution:
        return tail.endswith(remark.institution.replace(" ", ""))
    if remark.speaker is None:
        return len(remark.role) > 1 and " " not in remark.role and tail.endswith(remark.role)
    return (
        remark.role == remark.title and is_head_title(remark.title) and heads(remark.title, council)
    )


# "12일", "2018년", "31일(수)": a day, month or year written in figures.
DAY_WORD_RE = re.compile(r"\d{1,4}(?:년|월|일)(?:\([가-힣]\))?")
TRANSCRIPT_NAME_KO = re.compile(r"([가-힣]{2,4})\s?:")
