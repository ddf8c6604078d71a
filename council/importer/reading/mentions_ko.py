"""Korean mentions: every person the article names with a title, collected before attribution.

A short reference ("김 총리는", "오 대표는") or a title alone ("국무총리는") means someone the
article names in full somewhere: in the body (quotes included: "이재명 대통령을 보좌하는"), the
headline, or a photo caption the clean-up drops as page debris. So the whole text is read once,
before any quote is attributed, for "name [institution…] title" ("오경진 태림산업 대표",
"권오규 부총리 겸 재정경제부 장관", "문화체육관광부는 황희 장관이"); a reference is then resolved
to exactly one of them, or to nobody when none or two fit.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as lx
from .institutions import abbreviates
from .korean_words import (
    acting_posts,
    ends_a_clause,
    heads,
    is_former,
    is_head_title,
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
    # The titles are a former post ("이낙연 전 대표"): "이 대표" is someone else.
    former: bool = False

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
    # Every "김 장관" the page holds, as (surname, title) pairs.
    short_refs: frozenset = frozenset()
    # Words read like names that the page uses bare, as a body ("전경련은 …").
    bodies: frozenset = frozenset()
    # Words read like names that shorten a body the page names in full ("전경련").
    short_names: frozenset = frozenset()
    # Indexes built once, so that a reference reads the few people who may fit, not every
    # mention: the page may hold thousands.
    best: dict = field(init=False)
    best_holding: dict = field(init=False)
    holders: dict = field(init=False)
    others_answer: frozenset = field(init=False)
    # The names the body prints with a title, not only the headline or a caption.
    in_body: frozenset = field(init=False)

    def __post_init__(self):
        # At its fullest, in a sentence of the body: "국회 보건복지위원회 김승희 자유한국당
        # 의원과" over a headline's "김승희 의원 “…”".
        ranked = sorted(
            self.mentions,
            key=lambda m: (m.para == OUTSIDE, not m.in_sentence, -len(m.lead + m.role)),
        )
        self.best = {}
        # (name, a title they answer to) -> the mention that best presents them holding it.
        self.best_holding = {}
        for mention in ranked:
            self.best.setdefault(mention.name, mention)
            for title in (*mention.titles, *acting_posts(mention.titles)):
                for answer in answers_to(title):
                    self.best_holding.setdefault((mention.name, answer), mention)
        # (surname or None, a title answered to, former) -> {name: the first paragraph it is
        # met in}, in the order of that paragraph.
        self.holders = {}
        for m in sorted(self.mentions, key=lambda m: m.para):
            for title in (*m.titles, *acting_posts(m.titles)):
                for answer in answers_to(title):
                    for surname in (m.surname, None):
                        self.holders.setdefault((surname, answer, m.former), {}).setdefault(
                            m.name, m.para
                        )
        self.others_answer = frozenset(a for held in self.others for a in answers_to(held))
        self.in_body = frozenset(m.name for m in self.mentions if m.para != OUTSIDE)

    def of(self, name, title=None):
        """The mention that best presents ``name``: in a sentence of the body, else in a
        sub-head of the body, else in the headline or a caption; the fullest, else the first.
        With ``title``, the best of those where they hold it ("원 위원장" is "원혜영 의원을
        위원장으로 뽑았다", not "원혜영 의원")."""
        best = self.best.get(name)
        if not title or best is None or any(holds_title_ko(t, title) for t in best.titles):
            return best
        return self.best_holding.get((name, title), best)

    def names(self):
        return set(self.best)

    def person_of(self, first, second, title):
        """Which of two words read like names before ``title`` is the person's ("허창수 전경련
        회장", "전경련 허창수 회장"): the one the page refers to by surname and title ("허
        회장"), or None when nothing tells."""
        # A short reference's title is the end of the full one ("회장" of "상의 회장"): the
        # title's few endings are looked up, not every pair the page holds.
        endings = [title[k:] for k in range(len(title)) if holds_title_ko(title, title[k:])]
        fits = [
            word
            for word in (first, second)
            if any((surname_of(word), ending) in self.short_refs for ending in endings)
        ]
        if len(fits) != 1:
            # "박찬호 전경련 전무" where the page names 전국경제인연합회: the other is the person.
            fits = [word for word in (first, second) if word not in self.short_names]
        return fits[0] if len(fits) == 1 else None

    def candidates(self, surname, title, para, former=False):
        """The names "김 총리" (``surname`` and ``title``) or "국무총리" (``title`` alone) can
        mean in paragraph ``para``; "이 전 대표" (``former``) only those who held it.

        Those met before the reference are its antecedents; only when none is, a mention in
        its paragraph or the next counts (a lede that quotes before it names): one further on
        introduces someone else ("이 위원장은 “…”" and, paragraphs later, "이선화
        운영위원장이 찾아와").
        """
        before, near = set(), set()
        for name, first in self.holders.get((surname or None, title, former), {}).items():
            if first > para + 1 or len(before & self.in_body) > 1 or len(before) > 3:
                # Met further on, or two antecedents the body names already: nobody for sure.
                break
            (before if first <= para else near).add(name)
        in_body = before & self.in_body
        if len(before) > 1 and len(in_body) == 1:
            # "김 차관" after "김경욱 제2차관은" in the body and "김정렬 차관(가운데)" in a photo's
            # caption: the narrative's reference is to the one the narrative names.
            before = in_body
        names = before or near
        if surname is None and title in self.others_answer:
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
    # The article's own short reference to a name ("황 장관") shows a person: a name of two
    # syllables ("황희") looks like many a word ("신임 장관"), and a person named bare in a
    # commentary ("이재명은") is no body.
    referred = {m.name for m in found if any((m.surname, t) in short_refs for t in m.titles)}
    return MentionsKo(
        tuple(m for m in found if len(m.name) > 2 or m.name in referred),
        frozenset(others),
        frozenset(short_refs),
        used_bare(body) - referred,
        short_names_in(body, is_institution),
    )


# Enough for any article's bodies; a page of thousands is not compared word by word with each.
MAX_FULL_NAMES = 40


def short_names_in(body, is_institution):
    """Words read like names that abbreviate a body the page names in full: "전경련" beside
    "전국경제인연합회가"."""
    words = {strip_particles(token) for line in body for token in words_of(line)}
    full = sorted(w for w in words if len(w) > 3 and is_institution(w))[:MAX_FULL_NAMES]
    return frozenset(
        word
        for word in words
        if is_name_ko(word)
        and not is_institution(word)
        and any(abbreviates(word, name) for name in full)
    )


def used_bare(body):
    """Words read like names that the narrative makes a subject or topic bare, twice at least
    ("전경련은 …", "전경련이 …"): a body's short name. The press names a person again by
    surname and title ("허 회장은"), not bare."""
    counts = Counter()
    for line in body:
        for token in words_of(line):
            stem = token_without_topic(token)
            if stem != token and is_name_ko(stem):
                counts[stem] += 1
    return frozenset(word for word, n in counts.items() if n >= 2)


def words_of(line):
    """The line's words, without asides and marks. An aside glued to a word goes without a
    trace: "소통특보(전 상인회장)가" is "소통특보가"."""
    return NOT_WORD.sub(" ", ASIDE.sub("", line)).split()


def titles_held_by_others(line, is_institution):
    """Titles printed after a word that is neither a Korean name nor a body's word ("도널드
    트럼프 미국 대통령": 대통령), nor a surname ("문 대통령")."""
    tokens = words_of(line)
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
    tokens = words_of(line)
    in_sentence = bool(SENTENCE_END.search(line[-8:]))
    for i, token in enumerate(tokens):
        if not could_be_name(token, is_institution):
            continue
        if (
            (ends_a_clause(token) or (i and is_object(tokens[i - 1])))
            and i + 1 < len(tokens)
            and could_be_name(tokens[i + 1], is_institution)
        ):
            # "회의를 주재한 구인모 거창군수": a verb before the name, read like one; after an
            # object, a verb however short ("회의를 이끈 이상래 의장").
            continue
        role, titles = role_after(tokens[i + 1 : i + 6], is_institution)
        if not titles:
            continue
        lead = lead_before(tokens[max(0, i - 2) : i], is_institution)
        k = i - len(lead)
        if lead and k and is_object(tokens[k - 1]) and not is_institution(lead[0]):
            # "출범 2년 반을 맞아 노영민 비서실장": the word after an object is its verb,
            # never a body's name.
            lead = lead[1:]
        before = None
        if i > len(lead) and not any(is_institution(t) for t in (*lead, *role)):
            # "문화체육관광부는 황희 장관이": the topic names the body, apart from the role.
            word = tokens[i - len(lead) - 1]
            stem = token_without_topic(word)
            stem = stem[:-1] if stem == word and stem.endswith("의") else stem
            before = stem if is_institution(stem) else None
            if before is None and ends_a_clause(word):
                before = body_headed(tokens[max(0, i - 12) : i], titles, is_institution)
        yield MentionKo(
            token, tuple(role), tuple(titles), before, para, in_sentence, lead, is_former(role)
        )
        held = post_held_before(tokens[max(0, i - 6) : i], is_institution)
        if held:
            # "장관 직무대행을 맡은 고기동 차관", "장관 직무대행인 고기동 차관": a post the
            # sentence says the named person holds, besides the title after the name.
            posts = tuple(t for t in held if is_title_ko(t))
            yield MentionKo(token, held, posts, None, para, in_sentence)
        post = post_given(tokens, i + 1 + len(role))
        if post:
            # "원혜영 의원을 위원장으로 뽑았다": the post the sentence gives them, of the body
            # that gives it ("특별위원회는 … 뽑았다"), is theirs from now on.
            body = body_headed(tokens[max(0, i - 12) : i], (post,), is_institution)
            yield MentionKo(token, (post,), (post,), body, para, in_sentence)


def post_held_before(tokens, is_institution):
    """The words of a post held, in "행정안전부 장관 직무대행을 맡은" or "장관 직무대행인"
    right before a name: its body and titles, the last a title; else ()."""
    if not tokens:
        return ()
    words = list(tokens)
    if words[-1] in ("맡은", "맡고있는") and len(words) > 1:
        words.pop()
        last = words[-1]
        stem = last[:-1] if last.endswith(("을", "를")) else None
    else:
        # "장관 직무대행인 고기동 차관": an acting post only; "대행기관장인 김윤식 원장" is a
        # clause about the body he heads.
        last = words[-1]
        stem = last[:-1] if last.endswith("인") and last[:-1].endswith(lx.ACTING_KO) else None
    if not stem or not is_title_ko(stem):
        return ()
    post = [stem]
    for word in reversed(words[:-1]):
        if strip_particles(word) != word or not (is_title_ko(word) or is_institution(word)):
            break
        post.insert(0, word)
    return tuple(post)


def is_object(token):
    """ "반을", "협약을": a noun with the object particle, which a verb follows."""
    return len(token) > 1 and token.endswith(("을", "를")) and bool(re.fullmatch(r"\w+", token))


def post_given(tokens, k):
    """The title in "…을 위원장으로 뽑았다" when ``tokens[k - 1]`` is the object ("의원을"),
    else None."""
    if k >= len(tokens) or not tokens[k - 1].endswith(("을", "를")):
        return None
    word = tokens[k]
    for ending in ("으로", "로"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and is_title_ko(stem) and not is_unnamed_marker(stem):
            return stem
    return None


def body_headed(tokens, titles, is_institution):
    """ "예산결산특별위원회가 추경안을 의결하자 이경용 위원장은": the body of the clause before
    the name, when a title of the name heads it (a 위원장 a 위원회); back to the sentence's
    start, no further."""
    for word in reversed(tokens):
        if SENTENCE_END.search(word):
            break
        stem = token_without_topic(word)
        if is_institution(stem) and any(heads(title, stem) for title in titles):
            return stem
    return None


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
    return (
        is_name_ko(token)
        and not is_title_ko(token)
        # "지사와 김남균 편집국장": a title and its particle, read like a name (지 is a surname).
        and not is_title_ko(strip_particles(token))
        and not is_institution(token)
    )


def role_after(tokens, is_institution):
    """ "중소벤처기업부 장관이 …" -> (role words, titles); no titles when no role follows.

    Up to two words of institution before the title ("상의 회장", "문체부 장관"), and a second
    title after "겸" ("부총리 겸 재정경제부 장관").
    """
    role, titles, bodies = [], [], 0
    for token in tokens:
        # "충북도" is a province, not "충북" and the particle "도".
        stem = token if is_institution(token) else strip_particles(token)
        head = not role and is_head_title(stem)
        if (is_title_ko(stem) or head) and not is_unnamed_marker(stem):
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


# A local council by its place's full name, longer than a short name: "세종특별자치시의회",
# "부산광역시의회", "제주특별자치도의회".
LOCAL_COUNCIL_KO = re.compile(r"[가-힣]{1,10}(?:시|도|군|구)의회")


def is_body_word(token, is_institution):
    """An institution's word, a local council's full name, or a short word that may be a
    body's short name ("상의", "문체부")."""
    return (
        is_institution(token)
        or bool(LOCAL_COUNCIL_KO.fullmatch(token))
        or (
            bool(re.fullmatch(r"[가-힣A-Za-z]{2,6}", token))
            and token not in lx.NOT_NAMES_KO
            and not ends_a_clause(token)
        )
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


def answers_to(held):
    """The titles a reference may use for ``held``: "국무총리" answers to "국무총리", "총리"
    (and its other endings), "부총리" not to "총리"."""
    return [held[k:] for k in range(len(held)) if holds_title_ko(held, held[k:])]


def holds_title_ko(held, title):
    """ "국무총리" is a "총리"; "부총리" and "부의장" are not a "총리" or an "의장": the "부" of a
    deputy makes another post."""
    if held == title:
        return True
    return held.endswith(title) and not held[: -len(title)].endswith("부")
