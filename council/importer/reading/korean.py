"""Korean attribution: who says each quote, from the subject before it or the clause after it.

"오경진 태림산업 대표는 \"…\"라고 말했다": the subject that ends in a topic particle is read
backwards into name, title and institution. "오 대표는" is the person met with that surname
and title; "한 참석자는" or "중기부 관계자는" is unnamed, kept with the role as printed.
"""

import re

from . import lexicon as lx
from .attribution import Attribution
from .gazetteer import known_body
from .korean_words import (
    PARTICLE_RE,
    POSSESSOR_RE,
    POSTPOSITIONS,
    bracket_attribution,
    embedded,
    glued_institution,
    glued_title,
    hangul_surnames,
    is_bare_subject,
    is_conjunct,
    is_mayor,
    is_name_ko,
    is_title_ko,
    is_unnamed_marker,
    noun_phrase,
    strip_particles,
    strip_topic,
    suffix_kind,
    token_without_topic,
    unglued_ko,
    without_asides_ko,
)
from .mentions_ko import collect_mentions_ko, surname_of
from .people import Person
from .quotations import Text
from .result import InstitutionKind
from .sentences import sentence_pieces


class KoreanAttribution(Attribution):
    def __init__(self, document, institutions, people, page_lines=()):
        super().__init__(document, institutions, people)
        # Everyone the whole page names with a title, read before any quote is attributed:
        # the body, and the headline and captions the clean-up keeps out of it; not the lists
        # of other articles after the body, whose "김철수 장관" may be another minister Kim.
        body = set(document.body)
        lines = [line.strip() for line in page_lines]
        end = max((i for i, line in enumerate(lines) if line in body), default=len(lines))
        outside = [line for line in lines[:end] if line and line not in body]
        self.mentions = collect_mentions_ko(document.body, outside, self.is_institution_ko)
        self.mention_names = self.mentions.names()
        # "시장" alone is as often a market as a mayor: a mayor only where one is named.
        self.mayor_named = any(is_mayor(t) for m in self.mentions.mentions for t in m.titles)
        # Each named speaker as first quoted: "송 정책관은" keeps the role printed then.
        self.quoted = {}

    def remark(self, quote, speaker):
        if speaker is not None and speaker.name:
            self.quoted.setdefault(speaker.name, speaker)
        return super().remark(quote, speaker)

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
        tokens = without_asides_ko(hangul_surnames(prefix)).split()
        # "질의응답에서 한 참석자가": where it was said is not who said it.
        while tokens and (
            PARTICLE_RE.match(tokens[0])
            or tokens[0] in lx.ADVERBS_KO
            or tokens[0].endswith(("에서", "에서는"))
        ):
            tokens = tokens[1:]
        group = None
        if any(token_without_topic(t) in lx.GROUP_PRONOUNS_KO for t in tokens):
            group = self.group_before(index)
        person = self.subject(tokens, para, group=group)
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
        return self.people.last

    def named_in(self, words, para):
        """The speaker that words in brackets or before "의 설명이다" name, read as a subject;
        unnamed with all the words as printed when they name no one."""
        person = self.subject([*words[:-1], words[-1] + "은"], para)
        return person if person is not None and person.name else self.unnamed_ko(words)

    def subject(self, tokens, para, strict=False, group=None):
        """The speaker named by the subject at the end of ``tokens`` ("… 교수는"), or None."""
        topic = fallback = other = None
        for i in range(len(tokens) - 1, -1, -1):
            token = tokens[i]
            stem = strip_topic(token)
            if stem is None:
                continue
            if stem in lx.PRONOUNS_KO:
                return self.people.last
            if token_without_topic(token) in lx.GROUP_PRONOUNS_KO:
                # "이들은": several people, none of them named; the role is the group.
                return self.unnamed_ko(group or [token_without_topic(token)])
            kind = self.kind_ko(stem)
            if kind in ("name", "title", "honorific", "inst"):
                if fallback is None and embedded(tokens, i):
                    # "강 대변인은 이 대통령이 … 검토하는 데 대해선 “…”": a subject inside a
                    # clause is not the sentence's; an earlier topic ("…은") speaks.
                    fallback = i
                    continue
                topic = i
                break
            if strict:
                return None
            if other is None and token.endswith(("은", "는")) and is_bare_subject(stem):
                other = i
        if topic is None:
            topic = fallback
        if topic is None and other is not None:
            # "업계는 “…”", "박 회장, 이 대표 등은 “…”": a new subject that names nobody; the
            # quote is theirs, not the last speaker's.
            return self.unnamed_ko(noun_phrase(tokens, other))
        if topic is None:
            return None
        stem = strip_topic(tokens[topic])
        collected = [(stem, self.kind_ko(stem))]
        found_name = collected[0][1] == "name"
        first = 0
        while first < topic and tokens[first] in lx.ADVERBS_KO:
            first += 1
        for j in range(topic - 1, first - 1, -1):
            token = tokens[j]
            kind = self.kind_ko(token)
            right = collected[0][1]
            if token.endswith(("은", "는")) and kind not in ("title", "name"):
                # "재정경제부는 방현수 장관이": the sentence's topic, not a word of the role.
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
        if start >= first and is_conjunct(tokens[start], self.kind_ko):
            # "김 장관과 박 회장은 “…”": several speakers; none of them is named alone.
            return self.unnamed_ko(tokens[first : topic + 1])
        return self.interpret(collected, tokens[first : topic + 1], para)

    def group_before(self, index):
        """The group "이들은" stands for: the subject of the sentence before the quote's own
        ("각계 인사 70여명은 … 밝혔다. 이들은 …"), as printed, or None."""
        pieces = [
            p for p in sentence_pieces(unglued_ko(self.text_before(index)), True) if p.strip()
        ]
        if len(pieces) < 2:
            return None
        tokens = pieces[-2].split()
        for i, token in enumerate(tokens):
            if strip_topic(token) is None or token.endswith(("이", "가")):
                continue
            words = [token]
            # Back to the list of names it sums up ("…사무총장등 각계 인사 70여명은").
            for word in reversed(tokens[max(0, i - 3) : i]):
                if word.endswith(("등", ",")) or self.kind_ko(word) == "name":
                    break
                words.insert(0, word)
            return words
        return None

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
                and not is_unnamed_marker(words[-1])
            ):
                name = f"{words[0]} {words[1]}"
                return self.named_ko(name, collected[2:])
            if kinds[:1] == ["surname"] and len(words) == 2 and not is_unnamed_marker(words[1]):
                # "김 교수는", "이 회장은": someone already met ("한 참석자는" is nobody).
                return self.referent(words[0], words[1], para) or self.unnamed_ko(clause)
            if kinds == ["title"] and not is_unnamed_marker(words[0]):
                # A title alone is never a name: the one person met with it, else nobody.
                return self.referent(None, words[0], para) or self.unnamed_ko(clause)
            if kinds[:1] == ["determiner"] and len(words) == 2 and kinds[1] == "title":
                person = self.referent(words[0], words[1], para)
                if person:
                    return person
            return self.unnamed_ko(clause)
        name = next(t for t, k in collected if k == "name")
        rest = [(t, k) for t, k in collected if k not in ("name", "honorific")]
        if not rest:
            return self.people.by_name.get(name) or self.remember(Person(name=name))
        return self.named_ko(name, rest)

    def named_ko(self, name, rest):
        institution, titles = self.institution_in(rest)
        previous = self.people.by_name.get(name)
        if institution is None:
            # "한성숙 장관은" after "한성숙 중소벤처기업부(중기부) 장관이": the body given with
            # the name elsewhere.
            institution = self.mentioned_institution(name)
        if institution is None and previous:
            institution = previous.institution
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

    def institution_in(self, rest):
        """``(institution, title words)`` of a role's words read as ``(word, kind)``."""
        institution = None
        title_words = []
        for i, (token, kind) in enumerate(rest):
            if kind == "inst" and institution is None:
                run = [t for t, k in rest[:i] if k == "unknown-inst"]
                token = re.sub(r"^(?:\(주\)|㈜)", "", token)
                institution = self.institutions.resolve(" ".join([*run, token]))
                if institution is None:
                    institution = self.institutions.add(" ".join([*run, token]))
            elif kind == "title":
                glued = glued_institution(token)
                if glued and institution is None:
                    kind = suffix_kind(glued) or (
                        InstitutionKind.LOCAL_GOVERNMENT if is_mayor(token) else None
                    )
                    institution = self.institutions.resolve(glued) or self.institutions.add(
                        glued, kind=kind or InstitutionKind.OTHER
                    )
                    title_words.append(glued_title(token, glued))
                else:
                    title_words.append(token)
        if institution is None:
            unknown = [t for t, k in rest if k == "unknown-inst"]
            if unknown:
                company = re.sub(r"^(?:\(주\)|㈜)", "", " ".join(unknown))
                institution = self.institutions.resolve(company) or self.institutions.add(
                    company, kind=InstitutionKind.COMPANY
                )
        return institution, title_words

    def mention_words(self, words):
        """A mention's role read as a subject's words: "겸" joins two titles and names no body;
        another word between the name and the title is the body's ("정의당 의원")."""
        read = []
        for word in words:
            kind = "and" if word == "겸" else self.kind_ko(word)
            read.append((word, "unknown-inst" if kind == "unknown" else kind))
        return read

    def mentioned_institution(self, name):
        mention = self.mentions.of(name)
        if mention is None:
            return None
        # The body nearest the title is the speaker's ("국회 보건복지위원회 김승희 자유한국당
        # 의원": 자유한국당); one printed before the name, else one the sentence is about.
        institution = (
            self.institution_in(self.mention_words(mention.role))[0]
            or self.institution_in(self.mention_words(mention.lead))[0]
        )
        before = mention.institution_before
        if institution is None and before:
            institution = self.institutions.resolve(before) or self.institutions.add(
                before, kind=suffix_kind(before) or InstitutionKind.OTHER
            )
        return institution

    def referent(self, surname, title, para):
        """The one person "김 총리" (a surname and a title) or "국무총리" (a title alone, no
        ``surname``) can mean in paragraph ``para``, or None when none or two fit."""
        names = self.mentions.candidates(surname, title, para)
        names |= {
            name
            for name, person in self.people.by_name.items()
            if (not surname or name.startswith(surname)) and person.role.endswith(title)
        }
        if len(names) != 1:
            return None
        name = names.pop()
        mention = self.mentions.of(name)
        if name in self.quoted:
            return self.quoted[name]
        if mention is None:
            return self.people.by_name.get(name)
        # The role the article prints with the full name, not the short reference's.
        institution, titles = self.institution_in(self.mention_words(mention.role))
        lead = mention.lead
        if institution is None and all(suffix_kind(word) or known_body(word) for word in lead):
            # "산업부 이승철 제1차관": a known body before the name is the institution, not a
            # word of the role ("한결소프트 윤태민 대표" keeps the company it does not know).
            lead = ()
        person = Person(
            name=name,
            role=" ".join((*lead, *mention.role)),
            institution=self.mentioned_institution(name),
            title=" ".join(titles),
            surnames=(mention.surname,),
            title_words=mention.titles,
        )
        self.people.by_name.setdefault(name, person)
        return person

    def remember(self, person):
        self.people.by_name[person.name] = person
        return person

    def unnamed_ko(self, clause):
        words = list(clause)
        if words:
            # "참석 업체 대표들은": a group, named as printed.
            words[-1] = token_without_topic(words[-1])
        role = " ".join(words)
        institution = None
        for word in words:
            known = self.institutions.lookup(word) or (
                self.institutions.resolve(word) if known_body(word) else None
            )
            if known:
                institution = known
                break
        return Person(name=None, role=role, institution=institution)

    def kind_ko(self, token):
        """How a word of a subject reads: name, title, inst, surname, determiner, honorific."""
        if token in lx.HONORIFICS_KO:
            return "honorific"
        if token in self.mention_names:
            return "name"
        if token == "시장" and self.mayor_named:
            return "title"
        if token in lx.DETERMINERS_KO and token not in lx.KOREAN_SURNAMES:
            return "determiner"
        # One syllable, or two ("남궁 부회장은").
        if len(token) <= 2 and token in lx.KOREAN_SURNAMES:
            return "surname"
        if is_title_ko(token):
            return "title"
        if self.is_institution_ko(token):
            return "inst"
        if is_name_ko(token):
            return "name"
        if token.endswith(POSTPOSITIONS):
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
