"""Korean mentions: every person the article names with a title, collected before attribution.

A short reference ("김 총리는", "오 대표는") or a title alone ("국무총리는") means someone the
article names in full somewhere: in the body (quotes included: "이재명 대통령을 보좌하는"), the
headline, or a photo caption the clean-up drops as page debris. So the whole text is read once,
before any quote is attributed, for "name [institution…] title" ("오경진 태림산업 대표",
"권오규 부총리 겸 재정경제부 장관", "문화체육관광부는 황희 장관이"); a reference is then resolved
to exactly one of them, or to nobody when none or two fit.
"""

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .korean_words import (
    is_name_ko,
    is_title_ko,
    is_unnamed_marker,
    strip_particles,
    token_without_topic,
    transliterated,
)

# Where the caption or the clean-up has nothing to add: "(오른쪽 첫번째)", "(중기부)", "(38)".
ASIDE = re.compile(r"\([^()]{0,24}\)")
# Marks and punctuation that end a word without belonging to it.
NOT_WORD = re.compile(r"[\"“”＂„‟『』「」‘’'\[\]<>,·…=/]")
SENTENCE_END = re.compile(r"(?:[.!?]|다)[\"”’')\]]*\s*$")
# Outside the body: the headline and captions, met before any paragraph.
OUTSIDE = -1


@dataclass(frozen=True)
class MentionKo:
    """ "권오규 부총리 겸 재정경제부 장관이": the name and what is printed with it."""

    name: str
    # The role's words as printed without the name: ("부총리", "겸", "재정경제부", "장관").
    role: tuple
    titles: tuple
    # The body named just before the name ("문화체육관광부는 황희 장관이"), when the role has none.
    institution_before: str | None
    # The body paragraph it is in, or OUTSIDE for the headline and captions.
    para: int
    # Printed in a sentence of the narrative, not in a headline's fragment.
    in_sentence: bool = True
    # Words of the role printed before the name ("한결소프트 윤태민 대표": "한결소프트").
    lead: tuple = ()

    @property
    def surname(self):
        return surname_of(self.name)


def surname_of(name):
    """ "남궁민수" -> "남궁", "김철수" -> "김"."""
    two = name[:2]
    return two if len(name) > 2 and two in lx.KOREAN_SURNAMES else name[0]


@dataclass
class MentionsKo:
    """Everyone the article names with a title, in reading order; read-only once built."""

    mentions: tuple
    # Titles also printed after a word that is no Korean name ("트럼프 미국 대통령", "신임
    # 장관"): someone else holds them, so the title alone names nobody for sure.
    others: frozenset = frozenset()
    # Indexes built once, so that each reference costs the people named, not the mentions.
    best: dict = field(init=False)
    held: dict = field(init=False)

    def __post_init__(self):
        # At its fullest, in a sentence of the body: "국회 보건복지위원회 김승희 자유한국당
        # 의원과" over a headline's "김승희 의원 “…”".
        ranked = sorted(
            self.mentions,
            key=lambda m: (m.para == OUTSIDE, not m.in_sentence, -len(m.lead + m.role)),
        )
        self.best = {}
        for mention in ranked:
            self.best.setdefault(mention.name, mention)
        # (name, title) -> the first paragraph it is met in.
        self.held = {}
        for m in self.mentions:
            for title in m.titles:
                key = (m.name, title)
                self.held[key] = min(self.held.get(key, m.para), m.para)

    def of(self, name):
        """The mention that best presents ``name``: in a sentence of the body, else in a
        sub-head of the body, else in the headline or a caption; the fullest, else the first."""
        return self.best.get(name)

    def names(self):
        return set(self.best)

    def candidates(self, surname, title, para):
        """The names "김 총리" (``surname`` and ``title``) or "국무총리" (``title`` alone) can
        mean in paragraph ``para``.

        Those met before the reference are its antecedents; only when none is, the article's
        later mentions count (a lede that quotes before it names).
        """
        fitting = [
            (name, first)
            for (name, held), first in self.held.items()
            if (not surname or surname_of(name) == surname) and holds_title_ko(held, title)
        ]
        before = {name for name, first in fitting if first <= para}
        names = before or {name for name, _first in fitting}
        if surname is None and any(holds_title_ko(held, title) for held in self.others):
            # "" stands for the holder the article does not name as a Korean name.
            names.add("")
        return names


def collect_mentions_ko(body, outside, is_institution):
    """The mentions in the body's paragraphs and in the ``outside`` lines (headline, captions).

    ``is_institution`` tells an institution's word, as the article's bodies are known.
    """
    found, others = [], set()
    for para, line in [*((OUTSIDE, line) for line in outside), *enumerate(body)]:
        found.extend(mentions_in(line, para, is_institution))
        others |= titles_held_by_others(line, is_institution)
    short_refs = short_references(body, outside)
    return MentionsKo(
        tuple(
            m
            for m in found
            # A name of two syllables ("황희") looks like many a word ("신임 장관"): only the
            # article's own short reference to it ("황 장관") makes it a name.
            if len(m.name) > 2 or any((m.surname, t) in short_refs for t in m.titles)
        ),
        frozenset(others),
    )


def titles_held_by_others(line, is_institution):
    """Titles printed after a word that is neither a Korean name nor a body's word ("도널드
    트럼프 미국 대통령": 대통령), nor a surname ("문 대통령")."""
    tokens = NOT_WORD.sub(" ", ASIDE.sub(" ", line)).split()
    held = set()
    for j, token in enumerate(tokens):
        title = strip_particles(token)
        if not j or not is_title_ko(title) or is_unnamed_marker(title):
            continue
        if any(could_be_name(t, is_institution) for t in tokens[max(0, j - 3) : j]):
            # A Korean name's mention ("박용만 상의 회장").
            continue
        k = j - 1
        if k and is_institution(tokens[k]):
            k -= 1
        word = tokens[k]
        if (
            re.fullmatch(r"[가-힣]{2,5}", word)
            and strip_particles(word) == word
            and not could_be_name(word, is_institution)
            and not is_title_ko(word)
            and not is_institution(word)
            and word not in lx.ADVERBS_KO
            and word not in lx.DETERMINERS_KO
            and word not in lx.NOT_NAMES_KO
        ):
            held.add(title)
    return held


def mentions_in(line, para, is_institution):
    tokens = NOT_WORD.sub(" ", ASIDE.sub(" ", line)).split()
    in_sentence = bool(SENTENCE_END.search(line[-8:]))
    for i, token in enumerate(tokens):
        if not could_be_name(token, is_institution):
            continue
        role, titles = role_after(tokens[i + 1 : i + 6], is_institution)
        if not titles:
            continue
        lead = lead_before(tokens[max(0, i - 2) : i], is_institution)
        before = None
        if i > len(lead) and not any(is_institution(t) for t in (*lead, *role)):
            # "문화체육관광부는 황희 장관이": the topic names the body, apart from the role.
            word = tokens[i - len(lead) - 1]
            stem = token_without_topic(word)
            stem = stem[:-1] if stem == word and stem.endswith("의") else stem
            before = stem if is_institution(stem) else None
        yield MentionKo(token, tuple(role), tuple(titles), before, para, in_sentence, lead)


def lead_before(tokens, is_institution):
    """The words right before a name that belong to its role ("국회 보건복지위원회 김승희
    자유한국당 의원"): bare words of a body, no particle, no title, no other name."""
    lead = []
    for token in reversed(tokens):
        if (
            strip_particles(token) != token
            or is_title_ko(token)
            or could_be_name(token, is_institution)
            or token in lx.ADVERBS_KO
            or not is_body_word(token, is_institution)
        ):
            break
        lead.insert(0, token)
    return tuple(lead)


def could_be_name(token, is_institution):
    if len(token) == 2:
        return (
            bool(re.fullmatch(r"[가-힣]{2}", token))
            and not transliterated(token)
            and token[0] in lx.KOREAN_SURNAMES
            and token not in lx.NOT_NAMES_KO
            and not is_title_ko(token)
            and not is_institution(token)
        )
    return is_name_ko(token) and not is_title_ko(token) and not is_institution(token)


def role_after(tokens, is_institution):
    """ "중소벤처기업부 장관이 …" -> (role words, titles); no titles when no role follows.

    Up to two words of institution before the title ("상의 회장", "문체부 장관"), and a second
    title after "겸" ("부총리 겸 재정경제부 장관").
    """
    role, titles, bodies = [], [], 0
    for token in tokens:
        stem = strip_particles(token)
        if is_title_ko(stem) and not is_unnamed_marker(stem):
            role.append(stem)
            titles.append(stem)
            if stem != token:
                break
            continue
        if stem in lx.TITLE_MODIFIERS_KO and stem == token:
            # "김철수 전 장관": a former post; the word is the role's, and no body.
            role.append(stem)
            continue
        if stem == "겸" and titles and role[-1] in titles:
            role.append(stem)
            continue
        if titles and role[-1] != "겸":
            break
        if stem != token or bodies == 2 or not is_body_word(stem, is_institution):
            break
        role.append(stem)
        bodies += 1
    while role and role[-1] not in titles:
        role.pop()
    return (role, titles) if titles else ([], [])


def is_body_word(token, is_institution):
    """An institution's word, or a short one that may be its short name ("상의", "문체부")."""
    return is_institution(token) or (
        bool(re.fullmatch(r"[가-힣A-Za-z]{2,6}", token)) and token not in lx.NOT_NAMES_KO
    )


def short_references(body, outside):
    """Every "김 장관" the text holds, as (surname, title) pairs."""
    pairs = set()
    for line in [*outside, *body]:
        tokens = NOT_WORD.sub(" ", line).split()
        for surname, word in zip(tokens, tokens[1:], strict=False):
            if surname in lx.KOREAN_SURNAMES:
                pairs.add((surname, strip_particles(word)))
    return pairs


def holds_title_ko(held, title):
    """ "국무총리" is a "총리"; "부총리" and "부의장" are not a "총리" or an "의장": the "부" of a
    deputy makes another post."""
    if held == title:
        return True
    return held.endswith(title) and not held[: -len(title)].endswith("부")
