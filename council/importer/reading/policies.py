"""Policy items: plans, bills and programmes the text names, with the status the text gives.

A name in quotes whose last word is a policy word ("… Act", "… Plan", "…법", "…계획") is an
item, and so is one named without quotes in the form of a policy's name (``policy_names``); a
name met only as another body's ("presented by X as the 'Y'") is not this meeting's. The status
is the one the words around the name give ("under deliberation", "announced", "계류 중",
"발표한"); none is guessed: without such words it is left for staff (None).
"""

import re

from . import lexicon as lx
from .korean_words import PARTICLE_RE
from .policy_names import GENERIC_KO, aliases_ko, named_items_en, named_items_ko
from .quotations import Quote
from .result import FoundPolicyItem, PolicyKind, PolicyStatus
from .sentences import sentence_pieces


def find_policy_items_en(document, institutions, host):
    # A name met only as another body's ("presented by X as the 'Y'") is not an item here.
    items = {}
    for index, item in enumerate(document.stream):
        if not isinstance(item, Quote) or item.speech:
            continue
        name, provisional = policy_name(item.text.strip(" ,."))
        # "special act on … (to take effect on December 13)": the note is the status's.
        name, aside = without_aside(name)
        words = name.casefold().split()
        meaning = [w for w in words if not re.fullmatch(r"\d+", w)]
        if not meaning or set(words) & lx.MEETING_WORDS_EN:
            continue
        after = document.suffix(item)
        if meaning[-1] in lx.POLICY_WORDS_EN:
            kind = PolicyKind(lx.POLICY_WORDS_EN[meaning[-1]])
        elif LAW_ON.search(name):
            kind = PolicyKind.BILL
        elif NOUN_AFTER_QUOTE.match(after) and len(words) <= 6:
            # "its proposed 'just transition' legislation": the noun after says what it is.
            kind = PolicyKind(NOUNS_AFTER_QUOTE[NOUN_AFTER_QUOTE.match(after)[1].casefold()])
        else:
            continue
        prefix = document.prefix(index)
        if presented_by_another(prefix, institutions, host):
            continue
        status, note = policy_status_en(f"{aside} {after} {prefix[-60:]}", kind)
        key = name.casefold()
        entry = items.get(key)
        if entry is None:
            entry = FoundPolicyItem(
                name=name[:1].upper() + name[1:], kind=kind, status=None, status_note=""
            )
            items[key] = entry
        if provisional and "provisional" not in entry.status_note.casefold():
            entry.status_note = "; ".join(filter(None, ["Provisional title", entry.status_note]))
        if status and not entry.status:
            entry.status = status
            entry.status_note = "; ".join(filter(None, [entry.status_note, note]))
    for para in document.body:
        for m in SINGLE_QUOTED_BEFORE_NOUN.finditer(para):
            kind = PolicyKind(NOUNS_AFTER_QUOTE[m["noun"].casefold()])
            after = sentence_pieces(para[m.end() :], False)[0]
            prefix = sentence_pieces(para[: m.start()], False)[-1]
            add_named(items, m["name"][:1].upper() + m["name"][1:], kind,
                      policy_status_en(after + " " + prefix[-60:], kind))  # fmt: skip
        bodies = [n.casefold() for n in institutions.found if n in para]
        for name, kind, before, after in named_items_en(para):
            prefix = sentence_pieces(before, False)[-1]
            if presented_by_another(prefix, institutions, host):
                continue
            # "the Department for Business, Energy and Industrial Strategy": a body's name.
            if any(name.casefold() in body for body in bodies):
                continue
            after = sentence_pieces(after, False)[0]
            add_named(
                items,
                name[:1].upper() + name[1:],
                kind,
                policy_status_en(after + " " + prefix[-60:], kind),
            )
    return without_shorter_names(list(items.values()))


def without_shorter_names(found):
    """ "the Industrial Strategy" beside "the Industrial Strategy Whitepaper": the longer
    name is the item, the shorter one a mention of it."""
    names = [entry.name.casefold() for entry in found]
    return [
        entry
        for entry in found
        if not any(
            other != entry.name.casefold() and other.startswith(entry.name.casefold() + " ")
            for other in names
        )
    ]


NOUNS_AFTER_QUOTE = {
    "legislation": "bill", "bill": "bill", "act": "bill", "law": "bill", "plan": "plan",
    "policy": "plan", "scheme": "programme", "programme": "programme", "program": "programme",
    "initiative": "programme", "strategy": "strategy", "agenda": "strategy",
}  # fmt: skip
# A text quoting in double marks puts a name in single ones: "its 'just transition' legislation".
SINGLE_QUOTED_BEFORE_NOUN = re.compile(
    rf"(?<![\w’'])[‘'](?P<name>[\w][^‘’'\n]{{1,60}})[’'](?![\w’'])\s+"
    rf"(?P<noun>{'|'.join(NOUNS_AFTER_QUOTE)})\b",
    re.IGNORECASE,
)
NOUN_AFTER_QUOTE = re.compile(rf"\s*({'|'.join(NOUNS_AFTER_QUOTE)})\b", re.IGNORECASE)


# "the special act on suitable businesses …": a law named by what it is on.
LAW_ON = re.compile(r"\b(?:act|law)\s+(?:on|for|concerning)\s+\S", re.IGNORECASE)


def without_aside(name):
    """ "X (to take effect on …)" -> ("X", "to take effect on …")."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]{1,80})\)", name)
    return (m[1], m[2]) if m else (name, "")


PRESENTED_BY = re.compile(r"\bby (?:the )?(.+?)\s+as(?: the| a| an)?\s*[‘'\"“]?$")
# Checked first: without it, PRESENTED_BY scans to the end from every "by".
AS_AT_THE_END = re.compile(r"\sas(?: the| a| an)?\s*[‘'\"“]?$")


def presented_by_another(prefix, institutions, host):
    """ "presented by X as the '…'": the name is X's, not this meeting's (X not the host)."""
    by = AS_AT_THE_END.search(prefix) and PRESENTED_BY.search(prefix)
    return bool(by) and institutions.resolve(by[1]) != host


def add_named(items, name, kind, status_and_note):
    """An item named without quotes, unless the text named it already, in quotes or with
    another policy word ("'… 보급 방안'" then "… 보급 계획을 공개했다")."""
    if stem_of(name) in {stem_of(entry.name) for entry in items.values()}:
        return
    status, note = status_and_note
    items[name.casefold()] = FoundPolicyItem(
        name=name, kind=kind, status=status or None, status_note=note
    )


def stem_of(name):
    """A name without its last policy word, for telling the same item named twice."""
    words = name.casefold().split()
    last = words[-1] if words else ""
    ending = next((s for s, _k in lx.POLICY_SUFFIXES_KO if last.endswith(s)), "")
    if last in lx.POLICY_WORDS_EN or ending == last:
        words = words[:-1]
    return " ".join(words)


STATUS_EN = [
    (r"under deliberation|pending (?:in|before)|under review|being reviewed", "under-deliberation"),
    (r"\bpassed\b|\badopted\b|\bapproved\b|\benacted\b", "adopted"),
    # A law "to take effect" on a later day has passed, not yet in force.
    (r"\bto take effect\b|\bwill take effect\b", "adopted"),
    (r"took effect|in force|in effect|came into force|went into effect|launched in", "in-force"),
    (
        r"being prepared|being drafted|in preparation|being drawn up|will be announced",
        "in-preparation",
    ),
    # A plan the text calls announced has been adopted; a bill announced is only proposed.
    (r"\bannounced\b|\bunveiled\b|\breleased\b", "announced"),
    (r"\bproposed\b|\bsubmitted\b|\btabled\b|\bintroduced in\b", "proposed"),
    (r"\bcompleted\b|\bended\b", "completed"),
    (r"\bwithdrawn\b|\bscrapped\b", "withdrawn"),
]


def policy_status_en(context, kind):
    for pattern, status in STATUS_EN:
        m = re.search(pattern, context)
        if m:
            tail = re.match(
                r"(?:\s+(?:in|by|before|since|to) (?:the )?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?",
                context[m.end() :],
            )
            return announced(status, kind), (m.group() + tail.group()).strip()
    return "", ""


def announced(status, kind):
    if status != "announced":
        return PolicyStatus(status)
    return PolicyStatus.PROPOSED if kind == PolicyKind.BILL else PolicyStatus.ADOPTED


def policy_name(name):
    m = re.search(
        r"\s*\((?:provisional title|tentative title|tentative name|working title|draft|가칭|안|잠정)\)$",
        name,
        re.IGNORECASE,
    )
    if m:
        return name[: m.start()].strip(), True
    return name, False


# --- Korean --------------------------------------------------------------------------------


def find_policy_items_ko(document, institutions, host):
    # A name met only as another body's ("presented by X as the 'Y'") is not an item here.
    items = {}
    for para in document.body:
        # Single quotes first and apart: a speaker may name a programme inside a quote.
        spans = [*re.finditer(r"[‘']([^‘’'\n]{2,80})[’']()", para)]
        spans += re.finditer(r"()[\"“]([^\"“”\n]{2,80})[\"”]", para)
        for m in spans:
            raw = (m[1] or m[2]).strip()
            name, provisional = policy_name(raw)
            kind = next((PolicyKind(k) for s, k in lx.POLICY_SUFFIXES_KO if name.endswith(s)), None)
            # "1호 국정과제인 ‘…’": a policy's noun before the name says what it is.
            apposed = APPOSITION_KO.search(para[max(0, m.start() - 20) : m.start()])
            if not kind and apposed and len(name) <= 60:
                kind = PolicyKind(APPOSED_NOUNS_KO[apposed[1]])
            elif not kind and len(name) <= 40 and is_run_ko(para, m):
                # "‘골목구청장의 동네 한 바퀴’를 운영한다", "운영해 온 '현장구청장실'": a
                # programme the body runs, whatever its name ends with.
                kind = PolicyKind.PROGRAMME
            elif not kind or name.endswith(lx.MEETING_WORDS_KO) or len(name) > 40:
                continue
            if m[2] and PARTICLE_RE.match(para[m.end() :]):
                continue
            before = re.split(r"[’'\"”]", para[max(0, m.start() - 40) : m.start()])[-1]
            by = re.search(r"(\S+?)(?:이|가)\s(?:제시한|발표한|내놓은|권고한|수립한)\s*$", before)
            if by and institutions.lookup(by[1]) not in (None, host):
                continue
            # Korean puts the status before the name ("국회에서 논의 중인 'B'"), or after it
            # to the sentence's end ("'A'은 … 마련 중인 대책이다"), never across another name.
            after = sentence_pieces(para[m.end() :], True)[0]
            if re.search(r"[‘'\"“]", after):
                after = ""
            status, note = policy_status_ko(before[-20:], after, kind)
            entry = items.get(name)
            if entry is None:
                entry = items[name] = FoundPolicyItem(name=name, kind=kind, status=None)
            if provisional and "가칭" not in entry.status_note and raw.endswith("(가칭)"):
                entry.status_note = "; ".join(filter(None, ["가칭", entry.status_note]))
            elif provisional and raw.endswith("(안)") and "안" not in entry.status_note:
                entry.status_note = "; ".join(filter(None, ["안", entry.status_note]))
            if status and not entry.status:
                entry.status = status
                entry.status_note = "; ".join(filter(None, [entry.status_note, note]))
    aliases = aliases_ko(document.body)
    for para in document.body:
        listed = [*listed_items_ko(para), *apposed_items_ko(para), *provisional_items_ko(para)]
        for name, kind, before, after in listed:
            add_named(items, name, kind, policy_status_ko(before[-20:], after, kind))
        for name, kind, before, after in named_items_ko(para, aliases):
            after = sentence_pieces(after, True)[0]
            add_named(items, name, kind, policy_status_ko(before, after, kind))
    return list(items.values())


# A name in quotes that a body runs: its object ("…를 운영한다") or after the verb's relative
# form ("운영해 온 …").
RUN_AFTER_KO = re.compile(
    r"(?:을|를)\s(?:[가-힣]{1,6}\s){0,2}운영(?:한다|하고|해|할|했다|하기로|\s?중)"
)
RUN_BEFORE_KO = re.compile(r"운영(?:해\s?온|하는|중인|하고\s있는|해\s?오던)\s?$")


def is_run_ko(para, m):
    """Whether the name the match ``m`` quotes in ``para`` is a programme a body runs."""
    return bool(
        RUN_AFTER_KO.match(para, m.end())
        or RUN_BEFORE_KO.search(para[max(0, m.start() - 12) : m.start()])
    )


APPOSED_NOUNS_KO = {
    "국정과제": "plan", "과제": "plan", "정책": "plan", "공약": "plan", "사업": "programme",
    "계획": "plan", "전략": "strategy", "대책": "plan", "프로젝트": "programme",
}  # fmt: skip
APPOSITION_KO = re.compile(rf"({'|'.join(APPOSED_NOUNS_KO)})인\s?$")


def listed_items_ko(para):
    """ "△경기 기후 3대 프로젝트 △주4.5일제 시범사업 등", "▲2025년 설 명절대책 ▲굴 양식산업
    발전방안 등이 논의됐다": the items of a △ or ▲ list whose words end in a policy's word,
    less an action after it ("… 사업 확대")."""
    if para.count("△") + para.count("▲") < 2:
        return
    pieces = re.split("[△▲]", para)
    for k, piece in enumerate(pieces[1:], 1):
        item = re.split(r"\s등(?:[이을은의과]|\s|$)|[,(]|\.(?!\d)|\s및\s", piece)[0].strip()
        item = re.sub(r"\s(?:확대|추진|강화|도입|시행|활성화|개선|신설|마련)$", "", item)
        kind = next((PolicyKind(k) for s, k in lx.POLICY_SUFFIXES_KO if item.endswith(s)), None)
        if kind and 4 <= len(item) <= 40 and names_a_policy_ko(item):
            yield item, kind, " ".join(pieces[:k]), piece[len(item) :]


# An article lists a handful of pledges: past these many, a text is a list, not an article,
# and the items after them are left out (each is compared with those kept).
MAX_LISTED_ITEMS = 30
# "7대 공약인 ▲A ▲B … 등이": a list whose items a policy's noun before it says what they are.
APPOSED_LIST_KO = re.compile(rf"({'|'.join(APPOSED_NOUNS_KO)})(?:인|으로는|로는|은|는)\s?(?=[▲△])")
# The end of a list's last item: "… 등이", "… 등을", or its sentence's.
LIST_END_KO = re.compile(r"\s등(?:[이을은의과]|\s|$)|[.!?](?:\s|$)")


def apposed_items_ko(para):
    """ "윤 대통령이 약속한 7대 공약인 ▲세종 제2 집무실 설치 ▲충청권 광역철도망 구축 등":
    every item of a list after a policy's noun, whatever its last word."""
    m = APPOSED_LIST_KO.search(para)
    if not m:
        return
    kind = PolicyKind(APPOSED_NOUNS_KO[m[1]])
    end = LIST_END_KO.search(para, m.end())
    stop = end.start() if end else len(para)
    # The status the sentence gives after the list is every item's.
    before, after = para[max(0, m.start() - 40) : m.end()], para[stop : stop + 80]
    pieces = re.split(r"\s*[▲△]\s*", para[m.end() : stop], maxsplit=MAX_LISTED_ITEMS)
    for piece in pieces[:MAX_LISTED_ITEMS]:
        item = piece.strip(" ,")
        if 4 <= len(item) <= 40:
            yield item, kind, before, after


def names_a_policy_ko(item):
    """More than a policy's word and generic words: "주4.5일제 시범사업", not "관련 사업"."""
    ending = next(s for s, _k in lx.POLICY_SUFFIXES_KO if item.endswith(s))
    words = item[: -len(ending)].split()
    return len("".join(w for w in words if w not in GENERIC_KO)) >= 3


# "명장의 집(가칭)": the words before the note are a name, given before it was settled.
# Inside quotation marks, the quoted name is read above.
PROVISIONAL_KO = re.compile(r"(?<![’'”\"\s])\s?\(가칭\)(?![’'”\"])")
# A word ending so is a verb's or has a case particle: the name starts after it.
NOT_IN_NAME_KO = tuple("는은을를이가에서로한된할던며고다")


def provisional_items_ko(para):
    for m in PROVISIONAL_KO.finditer(para):
        words = []
        for word in reversed(para[max(0, m.start() - 40) : m.start()].split()):
            if len(words) == 3 or re.search(r"[^\w·]", word) or word.endswith(NOT_IN_NAME_KO):
                break
            words.insert(0, word)
        if words and len("".join(words)) >= 3:
            name = " ".join(words)
            kind = next(
                (PolicyKind(k) for s, k in lx.POLICY_SUFFIXES_KO if name.endswith(s)),
                PolicyKind.PROGRAMME,
            )
            yield name, kind, para[: m.start() - len(name)], para[m.end() :]


STATUS_KO = [
    (r"논의\s?중|계류\s?중|심사\s?중|심의\s?중|논의되고", "under-deliberation"),
    (r"통과|의결|제정된|확정된", "adopted"),
    (r"시행\s?중|시행되고|시행된|운영\s?중", "in-force"),
    (r"마련\s?중|준비\s?중|수립\s?중|마련하고|발표할|발표 예정", "in-preparation"),
    (r"발표한|발표했|내놓은|공개한|발표된", "announced"),
    (r"발의|제출된|제출한", "proposed"),
    (r"추진\s?중", "ongoing"),
    (r"종료된|완료된", "completed"),
    (r"철회|폐기", "withdrawn"),
]


def policy_status_ko(before, after, kind):
    for text in (before, after):
        for pattern, status in STATUS_KO:
            m = re.search(pattern, text)
            if m:
                if status == "ongoing":
                    status = "in-force" if kind == PolicyKind.PROGRAMME else "in-preparation"
                return announced(status, kind), m.group()
    return "", ""
