"""Policy items named without quotation marks, by the form of their name.

English: a name in capitals whose last word is a policy word ("the Digital Industry Promotion
Act", "the Framework Act on Small and Medium Enterprises", "the SME Digital Transition
Strategy"), or a name in capitals before a policy noun in lower case ("the Future Made in
Australia agenda", "the Zero Pay scheme": the name without the noun), or a name in quotes
after a policy noun ("the green paper, 'Financing a Private Sector Recovery'"). Korean: a
compound ending in a law's or a plan's word (`기업환경개선대책`, `소득세법`), with the nouns
just before it (`디지털산업 진흥법 개정안`), and a short name the text defines (`(이하 치의학연구원)`)
read as the full one. A generic phrase ("the plan", `이번 계획`, `종합대책`, `해결방법`) is none.

Each finder yields ``(name, kind, before, after)``: the words around the name give its status.
"""

import re

from . import lexicon as lx
from .english_words import POSSESSIVE, has_institution_word
from .gazetteer import known_body
from .korean_words import candidates_ko, strip_particles
from .result import PolicyKind

# A name in capitals; small words between its capitalised words. Words and names are bounded
# and start at a word's edge, so that a run of capitals or one endless word reads in linear time.
WORD_EN = r"(?<![\w’'&-])(?:[A-Z][\w’'&-]{0,30}|\d{1,4})"
NAME_EN = rf"{WORD_EN}(?:\s+(?:(?:of|and|for|on|in|the|to|&)\s+){{0,2}}{WORD_EN}){{0,10}}"
POLICY_HEADS_EN = {
    "Act": PolicyKind.BILL, "Bill": PolicyKind.BILL, "Law": PolicyKind.BILL,
    "Plan": PolicyKind.PLAN, "Blueprint": PolicyKind.PLAN, "Strategy": PolicyKind.STRATEGY,
    "Roadmap": PolicyKind.STRATEGY, "Program": PolicyKind.PROGRAMME,
    "Programme": PolicyKind.PROGRAMME, "Scheme": PolicyKind.PROGRAMME,
    "Initiative": PolicyKind.PROGRAMME, "Package": PolicyKind.PROGRAMME,
    # Treaties and the documents a government's policy is published in.
    "Agreement": PolicyKind.REGULATION, "FTA": PolicyKind.REGULATION,
    "Guidelines": PolicyKind.REGULATION, "Agenda": PolicyKind.STRATEGY,
    "Budget": PolicyKind.PLAN, "Whitepaper": PolicyKind.PLAN, "Framework": PolicyKind.PLAN,
}  # fmt: skip
LAW_HEADS_EN = {"Act", "Law"}
# Nouns in lower case after a name: the name is the item's ("the Zero Pay scheme").
POLICY_NOUNS_EN = {
    "act": PolicyKind.BILL, "bill": PolicyKind.BILL, "plan": PolicyKind.PLAN,
    "agenda": PolicyKind.STRATEGY, "strategy": PolicyKind.STRATEGY,
    "roadmap": PolicyKind.STRATEGY, "program": PolicyKind.PROGRAMME,
    "programme": PolicyKind.PROGRAMME, "scheme": PolicyKind.PROGRAMME,
    "initiative": PolicyKind.PROGRAMME, "package": PolicyKind.PROGRAMME,
}  # fmt: skip
# A document's kind is part of its name ("the Digital Single Market strategy" is the strategy's
# name as printed); a scheme or an agenda only says what the name is ("the Zero Pay scheme").
NAMING_NOUNS_EN = {"act", "bill", "plan", "strategy", "roadmap", "program", "programme"}
EVENT_WORDS_EN = {
    "Day",
    "Week",
    "Month",
    "Festival",
    "Conference",
    "Summit",
    "Forum",
    "Expo",
    "Fair",
}
# Documents that name a policy in quotes after them: "the green paper, 'Financing …'".
POLICY_DOCUMENTS_EN = {
    "green paper": PolicyKind.PLAN, "white paper": PolicyKind.PLAN, "plan": PolicyKind.PLAN,
    "strategy": PolicyKind.STRATEGY, "roadmap": PolicyKind.STRATEGY, "bill": PolicyKind.BILL,
    "programme": PolicyKind.PROGRAMME, "program": PolicyKind.PROGRAMME,
}  # fmt: skip

HEADED_EN = re.compile(
    rf"(?P<name>{NAME_EN}\s+(?:{'|'.join(POLICY_HEADS_EN)}))\b"
    # "the Agri-Food Strategy 2030": the year the name runs to is the name's.
    r"(?P<year>\s+(?:19|20)\d\d(?:[–-]\d{2,4})?(?![\w–-]))?"
    rf"(?:\s+(?P<on>on|for|concerning)\s+(?:the\s+)?(?P<object>{NAME_EN}))?"
)
# After a policy's head word, a word in capitals says the name goes on as something else:
# "Prime Minister Bill English", "the Budget Office".
NAME_GOES_ON = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]{2})")
BEFORE_NOUN_EN = re.compile(rf"(?P<name>{NAME_EN})\s+(?P<noun>{'|'.join(POLICY_NOUNS_EN)})\b")
AFTER_DOCUMENT_EN = re.compile(
    rf"\b(?P<noun>{'|'.join(POLICY_DOCUMENTS_EN)}),?\s+[‘'\"“](?P<name>[A-Z][^‘’'\"“”\n]{{3,80}})[’'\"”]"
)


def named_items_en(paragraph):
    """``(name, kind, before, after)`` for each policy item ``paragraph`` names by its form."""
    for m in HEADED_EN.finditer(paragraph):
        after = paragraph[m.end() :]
        if (
            not m["object"]
            and NAME_GOES_ON.match(after)
            and after.split()[0] not in (lx.CAPITALISED_STOPWORDS_EN)
        ):
            continue
        *firsts, words = items_listed(without_openers(m["name"].split()))
        for first in firsts:
            first = without_owner(after_possessor(first))
            if len(first) > 1:
                yield " ".join(first), POLICY_HEADS_EN[first[-1]], paragraph[: m.start()], after
        words = without_owner(after_possessor(words))
        if len(words) > 1:
            name = " ".join(words) + (m["year"] or "")
            # "the Framework Act on Small and Medium Enterprises": a law's name goes on to its
            # object; "the Strategy on Tuesday" does not.
            law_on = m["object"] and words[-1] in LAW_HEADS_EN
            if law_on and m["object"].split()[0] not in lx.CAPITALISED_STOPWORDS_EN:
                name += f" {m['on']} {m['object']}"
            yield name, POLICY_HEADS_EN[words[-1]], paragraph[: m.start()], after
    for m in BEFORE_NOUN_EN.finditer(paragraph):
        words = without_openers(m["name"].split())
        # "the Prime Minister’s roadmap": a possessor's, not a name; "the St Patrick's Day
        # programme": an event's; "the Korea Credit Guarantee Fund programme": a body's.
        if (
            len(words) > 1
            and words[-1] not in POLICY_HEADS_EN.keys() | EVENT_WORDS_EN
            and not POSSESSIVE.search(words[-1])
            and not has_institution_word(" ".join(words))
        ):
            kind = POLICY_NOUNS_EN[m["noun"]]
            if m["noun"] in NAMING_NOUNS_EN:
                words.append(m["noun"])
            yield " ".join(words), kind, paragraph[: m.start()], paragraph[m.end() :]
    for m in AFTER_DOCUMENT_EN.finditer(paragraph):
        name = m["name"].strip(" ,.")
        kind = POLICY_DOCUMENTS_EN[m["noun"]]
        yield name, kind, paragraph[: m.start()], paragraph[m.end() :]
    for m in ACRONYM_EN.finditer(paragraph):
        name = spelt_by(paragraph[max(0, m.start() - 200) : m.start()], m["short"] or m["dash"])
        if name:
            kind = ACRONYM_NOUNS_EN[name.split()[-1].casefold()]
            yield name, kind, paragraph[: m.start()], paragraph[m.end() :]


# "the multi-annual financial framework (MFF)", "… framework – MFF": words whose initials
# spell the short form printed beside them are a name, in lower case or in capitals.
ACRONYM_EN = re.compile(r"\s*(?:\((?P<short>[A-Z]{2,8})\)|\s[–—-]\s?(?P<dash>[A-Z]{2,8})\b)")
ACRONYM_NOUNS_EN = {
    "framework": PolicyKind.PLAN, "agreement": PolicyKind.REGULATION,
    "treaty": PolicyKind.REGULATION, "pact": PolicyKind.REGULATION,
    "partnership": PolicyKind.REGULATION, "strategy": PolicyKind.STRATEGY,
    "plan": PolicyKind.PLAN, "programme": PolicyKind.PROGRAMME, "program": PolicyKind.PROGRAMME,
    "act": PolicyKind.BILL, "scheme": PolicyKind.PROGRAMME, "initiative": PolicyKind.PROGRAMME,
}  # fmt: skip


def spelt_by(before, short):
    """The last words of ``before`` whose initials spell ``short``, ending in a policy noun."""
    words = before.split()[-len(short) - 3 :]
    if not words or words[-1].casefold() not in ACRONYM_NOUNS_EN:
        return ""
    for k in range(len(short), 1, -1):
        if k > len(words):
            continue
        tail = [w.strip("(\"“‘'") for w in words[-k:]]
        initials = "".join(w[:1] for w in tail).upper()
        big = "".join(w[:1] for w in tail if w not in ("of", "and", "on", "for", "the")).upper()
        if short in (initials, big) and tail[0][:1].isalpha() and tail[0] not in ("the", "The"):
            return " ".join(tail)
    return ""


def items_listed(words):
    """ "Regional Budget and the Open Data Guidelines" -> the two names: a policy's head word
    then "and" ends one item."""
    items, start = [], 0
    for k, word in enumerate(words[:-2]):
        if k >= start and word in POLICY_HEADS_EN and words[k + 1] in ("and", "&"):
            items.append(words[start : k + 1])
            start = k + 2
    return [*items, without_openers(words[start:])]


def after_possessor(words):
    """ "the EU's Strategic Agenda" -> "Strategic Agenda": the possessor is not the name."""
    owned = [k for k, word in enumerate(words[:-1]) if POSSESSIVE.search(word)]
    return words[owned[-1] + 1 :] if owned else words


def without_owner(words):
    """ "the EU Strategic Agenda" -> "Strategic Agenda": a union's or a state's short name (or a
    well-known body's) before a name is its owner, not part of it."""
    if len(words) > 2 and (words[0] in OWNERS_EN or is_known_short(words[0])):
        return words[1:]
    return words


OWNERS_EN = {"EU", "UK", "US", "U.S.", "UN", "EU's", "UK's", "US'"}


def is_known_short(word):
    return bool(re.fullmatch(r"[A-Z]{2,6}", word)) and known_body(word) is not None


def without_openers(words):
    """ "Under the Digital … Act" -> "Digital … Act": words that open a sentence, not a name."""
    while words and (words[0] in lx.CAPITALISED_STOPWORDS_EN or words[0].islower()):
        words = words[1:]
    return words


# --- Korean --------------------------------------------------------------------------------

POLICY_ENDINGS_KO = (
    ("개정안", PolicyKind.BILL), ("제정안", PolicyKind.BILL), ("법안", PolicyKind.BILL),
    ("법", PolicyKind.BILL), ("계획", PolicyKind.PLAN),
    ("대책", PolicyKind.PLAN), ("전략", PolicyKind.STRATEGY), ("로드맵", PolicyKind.STRATEGY),
)  # fmt: skip
# A bill's word after a law's name continues it: "진흥법 개정안".
CONTINUATIONS_KO = ("개정안", "제정안", "법안", "시행령")
# Words ending in 법 that are not laws: a method, a solution, a technique.
NOT_LAWS_KO = (
    "방법", "해법", "기법", "수법", "편법", "불법", "요법", "화법", "문법", "용법", "어법",
    "비법", "공법", "위법", "적법", "합법", "사법", "입법", "헌법", "마법", "필법",
)  # fmt: skip
# Words that make a plan generic, not a name: "종합 대책", "중장기 계획", "세부 실행계획".
GENERIC_KO = {
    "이번", "이", "그", "해당", "관련", "향후", "후속", "종합", "기본", "세부", "시행", "추진",
    "실행", "중장기", "단기", "장기", "연간", "구체적", "새", "새로운", "별도", "정부", "각",
    "개선", "지원", "대응", "사업", "경영", "발전", "운영", "설립", "특별", "전체", "일부",
    "제정", "개정", "가운데", "사이", "이후", "이전", "동안", "대신", "다음", "물론",
    "시행령", "시행규칙", "법률", "법령", "관련법", "하위법령",
}  # fmt: skip
# A word's ending that makes it a verb, an adjective or a noun with its particle, not a bare noun.
NOT_BARE_ENDINGS_KO = tuple(
    "은는이가을를의에와과도로서며고다한된할인던게지면해등적록요라니온운될린난"
)
ORDINAL_KO = re.compile(r"(?:제\s?)?\d{1,3}차")
# "한국치의학융합산업연구원(이하 치의학연구원)": the short name the text uses for the word before.
ALIAS_KO = re.compile(r"\(이하\s*(?P<short>[^()]{1,20})\)")


def aliases_ko(body):
    """Short name -> the full one, for each "(이하 …)" of the article."""
    aliases = {}
    for para in body:
        for m in ALIAS_KO.finditer(para):
            before = para[max(0, m.start() - 40) : m.start()].split()
            if before:
                aliases[m["short"].strip(" '‘’")] = before[-1]
    return aliases


def named_items_ko(paragraph, aliases):
    """``(name, kind, before, after)`` for each policy item ``paragraph`` names by its form;
    ``aliases`` (from ``aliases_ko``) read a short name as the full one."""
    text = re.sub(r"\([^()]{0,30}\)", "", paragraph)
    tokens = text.split()
    offsets = [m.start() for m in re.finditer(r"\S+", text)]
    for i, token in enumerate(tokens):
        bare = token.strip(",.·'\"‘’“”")
        word, kind = policy_word_ko(bare)
        if not word:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if ORDINAL_KO.fullmatch(following) and i + 2 < len(tokens):
            following = tokens[i + 2]
        if word == bare and policy_word_ko(following)[0] in CONTINUATIONS_KO:
            continue  # "진흥법 개정안": the longer name is read at its last word
        # A law's name runs over a few nouns ("디지털산업 진흥법"); a plan's, unquoted, is read
        # only as one word ("기업환경개선대책"): "수출지원 시행계획" may be a phrase, not a name.
        start = i
        while kind == PolicyKind.BILL and start > 0 and i - start < 3:
            if not is_bare_noun(tokens[start - 1]) and not (
                # "강원특별법 3차 개정안": the amendment's number between the law and its word.
                ORDINAL_KO.fullmatch(tokens[start - 1])
                and start > 1
                and policy_word_ko(tokens[start - 2].strip(",.·"))[0] == tokens[start - 2]
            ):
                break
            start -= 1
        words = [aliases.get(w, w) for w in [*tokens[start:i], word]]
        if not names_a_policy(words):
            continue
        end = offsets[i] + len(token)
        yield " ".join(words), kind, text[max(0, offsets[start] - 20) : offsets[start]], text[end:]


def policy_word_ko(token):
    """``(word, kind)``: the token without its particle if it ends in a policy's word."""
    for word in candidates_ko(token):
        for ending, kind in POLICY_ENDINGS_KO:
            if word.endswith(ending):
                return word, kind
    return "", None


def is_bare_noun(token):
    """A noun of a law's name ("디지털산업"): three syllables or more, no particle, not a verb's
    form before a noun ("올라온"), not a word of place or time ("가운데", "물론")."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]{3,}", token))
        and token not in GENERIC_KO | lx.ADVERBS_KO | lx.NOT_NAMES_KO
        and strip_particles(token) == token
        and not token.endswith(NOT_BARE_ENDINGS_KO)
    )


def names_a_policy(words):
    """A name, not a generic phrase: something before the policy's word besides generic words."""
    last = words[-1]
    if last.endswith(NOT_LAWS_KO):
        return False
    ending = next(e for e, _kind in POLICY_ENDINGS_KO if last.endswith(e))
    stem = [*words[:-1], last[: -len(ending)]]
    meaning = [w for w in stem if w and w not in GENERIC_KO]
    return len("".join(meaning)) >= 3
