"""Institution names: the bodies an article's narrative names, found before anyone speaks.

English names are runs of capitalised words around an institution word ("Ministry", "Agency",
"Association"), with their short form in brackets, or a well-known body's short name
("KOSME"); a lowercase company noun introduces one-word companies ("carmaker Kia"). Korean
names end like institutions ("…진흥원", "…협회"), or are well-known bodies or provinces.
"""

import functools
import re

from . import lexicon as lx
from .english_words import GIVEN_NAME, POSSESSIVE, has_institution_word, strip_possessive
from .gazetteer import known_body, known_name_at, known_names_in
from .institutions import ORGAN_OF_EN, initials_of, kind_of_en
from .korean_words import (
    LOCAL_HEADS_KO,
    candidates_ko,
    glued_institution,
    governed_county,
    governed_province,
    is_mayor,
    is_title_ko,
    strip_particles,
    suffix_kind,
)
from .korean_words import heads as title_heads
from .people import Person
from .result import InstitutionKind


def find_institutions_en(document, institutions):
    text = "\n".join(document.masked)
    found = []
    for m in re.finditer(r"\(([A-Z][A-Za-z&-]{1,10})\)", text):
        run = capitalised_run_before(text, m.start())
        name = named_by_initials(run, m[1])
        if name and (
            has_institution_word(name)
            or initials_of(name) == m[1].upper()
            or (name != run and initials_fit(name, m[1]))
        ):
            found.append((text.rfind(name, 0, m.start()), name, m[1]))
    for m in re.finditer(r"\b[A-Z][\w&.'’-]*\b", text):
        if m.group().rstrip(".") in lx.INSTITUTION_WORDS_EN or strip_possessive(m.group()) in (
            lx.INSTITUTION_WORDS_EN
        ):
            name, start = institution_around(text, m.start(), m.end())
            # A known body's name may hold a list: "Ministry of Trade, Industry and Energy".
            name = known_name_at(text, start) or name
            name, start = without_short_before(name, start)
            if name and not is_a_portfolio(text, name, start):
                found.append((start, name, ""))
    for m in re.finditer(r"\b[A-Z][A-Z0-9&]{1,9}\b", text):
        if known_body(m.group()):
            found.append((m.start(), m.group(), "short"))
    # A well-known body whose name has no institution word: "Cheong Wa Dae".
    for name, start in known_names_in(text):
        found.append((start, name, "short"))
    found.sort(key=lambda f: f[0])
    found = outermost([organ_as_its_body(*item) for item in found])
    # Full names with their short forms first, so that "MSS" resolves to them.
    for _start, name, short in found:
        if short and short != "short":
            institutions.add(name, short, kind_of_en(name))
    for _start, name, short in found:
        if short == "short":
            institutions.resolve(name)
        elif not short:
            institutions.add(name, kind=kind_of_en(name))
    for name in companies_named(text):
        institutions.add(name, kind=InstitutionKind.COMPANY)
    institutions.in_order_of(text)


# "Local Government Minister Jane Roe", "the Minister for Defence Industries": a minister's
# remit, named like a body, is no body the meeting had.
PORTFOLIO_BEFORE = re.compile(r"\bMinister (?:for|of) (?:the )?$")
PORTFOLIO_AFTER = re.compile(r" Minister\b")


def is_a_portfolio(text, name, start):
    """Whether ``name`` at ``start`` is a minister's remit printed with the title."""
    return bool(
        PORTFOLIO_BEFORE.search(text, max(0, start - 20), start)
        or PORTFOLIO_AFTER.match(text, start + len(name))
    )


# "Council of Ministers of the Southern African Development Community": a body's organ named
# by its members; the body is the one taking part.
ORGAN_OF_BODY_EN = re.compile(rf"{ORGAN_OF_EN}(?P<body>[A-Z].*)")


def organ_as_its_body(start, name, short):
    organ = ORGAN_OF_BODY_EN.fullmatch(name)
    if not organ:
        return start, name, short
    return start + organ.start("body"), organ["body"], short


def outermost(found):
    """The names found, less those printed inside a longer one ("Korean Industries" inside
    "Federation of Korean Industries"); short names, known bodies and names given their short
    form in brackets are kept."""
    spans = [(start, start + len(name)) for start, name, short in found if short != "short"]
    return [
        (start, name, short)
        for start, name, short in found
        if short
        or not any(
            s <= start and start + len(name) <= e and (s, e) != (start, start + len(name))
            for s, e in spans
        )
    ]


def named_by_initials(run, short):
    """ "SK Group and Korea Chamber of Commerce and Industry (KCCI)": two bodies before the
    bracket, or a building or a person of a body; the short form's initials say where its own
    name begins. "the Council of Ministers of the Economic Community of West African States
    (ECOWAS)": the body whose council it is."""
    words = run.split()
    if initials_of(run) == short.upper():
        return run
    organ = ORGAN_OF_BODY_EN.fullmatch(run)
    if organ and initials_fit(organ["body"], short):
        return organ["body"]
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if initials_of(tail) != short.upper() or not words[k][:1].isupper():
            continue
        if words[k - 1] in ("and", "&"):
            return tail
        # "the Conference Center of the Federation of Korean Industries (FKI)", "Norris Witter
        # of the Guyana Trades Union Congress (GTUC)"; not "the Office of the United States
        # Trade Representative (USTR)", an office named after the post it serves.
        if words[k - 1] in ("of", "the") and words[0] != "Office":
            return tail
    return run


def initials_fit(name, short):
    """ "ECOWAS" for "Economic Community of West African States": a short form that spells
    each capitalised word's initial in order, from the first, with letters of its own between."""
    initials, letters = initials_of(name), iter(short.upper())
    return (
        len(initials) > 1
        and initials[0] == short[:1].upper()
        and all(letter in letters for letter in initials)
    )


def without_short_before(name, start):
    """ "KBIZ Korea Federation of SMEs": a known short name printed before the full one."""
    first, _, rest = name.partition(" ")
    if rest and re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", first) and known_body(first):
        return rest, start + len(first) + 1
    return name, start


def capitalised_run_before(text, end):
    """The run of capitalised words (joined by of/and/for…) that ends at ``end``."""
    words = re.findall(r"\S+", text[:end][-200:])
    run = []
    for word in reversed(words):
        bare = word.strip(",")
        if (word.endswith(",") and run) or (word.endswith(".") and word not in lx.ABBREVIATIONS_EN):
            break
        if bare[:1].isupper() or bare in ("of", "and", "for", "on", "the", "in", "de", "&"):
            run.insert(0, bare)
        else:
            break
    while run and (run[0] in ("of", "and", "for", "on", "the", "in", "de") or run[0] in ("The",)):
        run.pop(0)
    while run and run[0] in lx.CAPITALISED_STOPWORDS_EN:
        run.pop(0)
    return " ".join(run)


def adjective_of_a_name(word, words, before):
    """ "General Affairs Council", "General Assembly": "General" opening a body's name, not a
    title's tail ("Secretary General", "Attorney General"). ``before``: the word before it."""
    previous = before[0].strip() if len(before) > 1 else ""
    return word == "General" and bool(words) and previous not in lx.GENERAL_TITLES_EN


def institution_around(text, start, end):
    """The institution name around the keyword at ``text[start:end]`` and where it starts."""
    left = re.findall(r"[^\s]+\s*", text[max(0, start - 200) : start])
    words = []
    for k, raw in enumerate(reversed(left)):
        word = raw.strip()
        bare = word.rstrip(",")
        # "Trade, Industry, Energy, SMEs and Startups Committee": a list inside the name.
        if word.endswith(",") and ("and" not in words or not bare[:1].isupper()):
            break
        if bare in lx.CAPITALISED_STOPWORDS_EN or POSSESSIVE.search(bare):
            break
        # "…, Kim Hak-kyun, and Korea Federation of …": a person's name ends a list's item.
        if GIVEN_NAME.match(bare):
            break
        # A name does not run on from the sentence or paragraph before it.
        if "\n" in raw or (re.search(r"[.:;!?]$", bare) and bare not in lx.ABBREVIATIONS_EN):
            break
        if bare[:1].isupper() and (
            bare not in lx.TITLE_WORDS_EN or adjective_of_a_name(bare, words, left[-k - 2 :])
        ):
            if (
                words
                and words[0] == "and"
                and (bare in lx.INSTITUTION_WORDS_EN or bare.rstrip(".") in lx.INSTITUTION_WORDS_EN)
            ):
                words.pop(0)
                break
            words.insert(0, word)
        elif bare in ("and", "&") and words:
            words.insert(0, bare)
        else:
            break
    while words and words[0].rstrip(",") in lx.CONNECTORS_EN:
        words.pop(0)
    keyword = strip_possessive(text[start:end])
    right = []
    tail = text[end : end + 200]
    # "Federation of Middle Market Enterprises of Korea": a second "of" and its country.
    m = re.match(
        r"(?: (?:of|for|on)(?: the)? [A-Z][\w&-]*(?: (?:and |& )?[A-Z][\w&-]*)*)"
        r"(?: of(?: the)? [A-Z][\w&-]*(?: [A-Z][\w&-]*)*(?![\w&-]))?",
        tail,
    )
    of_part = m.group() if m else ""
    # "Department for Environment, Food and Rural Affairs": a ministry's remits, listed.
    remits = m and keyword in REMIT_KEYWORDS_EN and REMITS.match(tail, m.end())
    if remits and not any(
        has_institution_word(item) or known_body(item) or GIVEN_NAME.match(item)
        for item in re.split(r", | and ", remits.group().strip(", "))
    ):
        of_part += remits.group()
    if m and not POSSESSIVE.search(text[start:end]):
        right = of_part.split()
        # "… of Small and Medium Enterprises Chairman Kim Ki-moon": a title ends the name.
        titled = next(
            (
                k
                for k, w in enumerate(right[:-1])
                if w in lx.TITLE_WORDS_EN
                and right[k + 1][:1].isupper()
                and right[k + 1] not in lx.TITLE_WORDS_EN
            ),
            len(right),
        )
        right = right[:titled]
        # "Liberal Party of Canada Leader Justin Trudeau": a title after the body is its head's.
        while len(right) > 2 and right[-1] in lx.TITLE_WORDS_EN | lx.OFFICES_EN:
            right.pop()
        while right and right[-1] in lx.CAPITALISED_STOPWORDS_EN:
            right.pop()
        while right and right[-1] in lx.CONNECTORS_EN:
            right.pop()
        right = [" ".join(right)] if len(right) > 1 else []
    name = " ".join([*words, keyword, *right]).replace(" ,", ",")
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if name.split()[0] in lx.INSTITUTION_WORDS_EN and not right and len(name.split()) == 1:
        return "", start
    begin = start - len(" ".join(words)) - (1 if words else 0)
    return name, begin


REMIT_KEYWORDS_EN = {"Department", "Ministry", "Minister", "Secretary"}
# Remits after the first: ", Energy", ", Food and Rural Affairs", ending in "and …".
REMITS = re.compile(
    r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}){0,3}, (?:and )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
    r" and [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?![\w-])"
)


# "carmakers Hyundai Motor and Kia", "conglomerates, including Samsung, LG and POSCO": the
# capitalised names after a lowercase company noun.
COMPANY_AFTER_NOUN = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lx.COMPANY_NOUNS_EN)})(?:,? including| such as)? "
    r"((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)*(?:(?:, |,? and )[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)*)"
)


def companies_named(text):
    """The companies a lowercase noun introduces, not people ("supplier Cho Eun-bi")."""
    for m in COMPANY_AFTER_NOUN.finditer(text):
        for name in re.split(r", |,? and ", m[1]):
            name = strip_possessive(name.strip(" ,."))
            words = name.split()
            if not words or GIVEN_NAME.match(words[-1]) or words[0] in lx.TITLE_WORDS_EN:
                continue
            if words[0] in lx.CAPITALISED_STOPWORDS_EN:
                continue
            yield name


# --- Korean --------------------------------------------------------------------------------


def find_institutions_ko(document, institutions, people):
    text = "\n".join(document.masked)
    found = []
    for m in re.finditer(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{1,40})\(([^()]{1,60})\)", text):
        name, inside = m[1], m[2]
        # "충청북도(…)": the "도" that ends a province's name is no particle.
        name_stem = next((c for c in candidates_ko(name) if suffix_kind(c)), name)
        if not (suffix_kind(name_stem) or known_body(name_stem) or headed_by(name, inside)):
            continue
        short = ""
        for part in (p.strip() for p in inside.split(",")):
            if part.startswith("이하 "):
                short = part[3:].strip()
            elif re.fullmatch(r"[A-Z][A-Za-z&-]{1,9}|[가-힣]{2,6}", part) and part not in (
                "가칭",
                "안",
            ):
                short = part
            else:
                title_name = part.split()
                if len(title_name) == 2 and is_title_ko(title_name[0]):
                    found.append((m.start(), name_stem, short, ("person", *title_name)))
        # "서대문구(구청장 이성헌)": a place its head's title makes a local government.
        local = inside.split()[0] in LOCAL_HEADS_KO and headed_by(name, inside)
        found.append((m.start(), name_stem, short, "local" if local else None))
    # "(주)대한정밀"; not "셀트리온(주)을", where the mark follows the name and a particle it.
    for m in re.finditer(
        r"(?<![가-힣A-Za-z0-9&])(?:\(주\)|㈜|주식회사\s?)([가-힣A-Za-z0-9&]+)", text
    ):
        found.append((m.start(), strip_particles(m[1]), "", "company"))
    for m in PROFESSOR_OF.finditer(text):
        found.append((m.start(), m["before"] or m["after"], "", "university"))
    previous = previous_word = ""
    # The words left of a post that "전" (former) makes past: "전 충북교육감 인수위원장".
    former = 0
    for m in re.finditer(r"[가-힣A-Za-z0-9&\-]+", text):
        token = m.group()
        former = 3 if token in lx.TITLE_MODIFIERS_KO else max(0, former - 1)
        if is_city_government(token, text, m.end()) or is_local_government(
            token, previous_word, text, m.end()
        ):
            found.append((m.start(), strip_particles(token), "", "city"))
            previous_word = token
            continue
        previous_word = token
        if token in lx.PROVINCES_KO and names_a_place(text, m.end()):
            continue  # "경기도 안산 경기테크노파크": where, not who
        # "YMCA사무총장등": the "등" (and others) that closes a list is glued on too.
        glued = institution_before_title(strip_particles(token).removesuffix("등"))
        if glued:
            found.append((m.start(), glued, "", "token"))
            continue
        # "김영환 충북도지사", "임광현 국세청장": the body a post glued to its name heads, if
        # the post is not a past one.
        headed = not former and headed_by_post(strip_particles(token).removesuffix("등"))
        if headed:
            found.append((m.start(), *headed))
            continue
        for stem in candidates_ko(token):
            if known_body(stem) or stem in lx.PROVINCES_KO or suffix_kind(stem):
                if stem in lx.NOT_INSTITUTIONS_KO or stem.endswith(lx.MEETING_WORDS_KO):
                    break
                # "국회 보건복지위원회": a committee is named with the body it belongs to.
                if previous and suffix_kind(stem) == InstitutionKind.COMMITTEE:
                    stem = f"{previous} {stem}"
                found.append((m.start(), stem, "", "token"))
                break
        previous = parent_body(token, text[m.end() : m.end() + 1], previous)
    found.sort(key=lambda f: f[0])
    for _start, name, short, extra in found:
        if extra is None:
            institutions.add(name, short, suffix_kind(name) or InstitutionKind.OTHER)
        elif extra == "local":
            institutions.add(name, short, InstitutionKind.LOCAL_GOVERNMENT)
    heads = []
    for _start, name, _short, extra in found:
        if extra is None:
            continue
        if isinstance(extra, tuple):
            heads.append((name, extra[1], extra[2]))
            continue
        if institutions.lookup(name):
            continue
        if extra == "post" and institutions.names_ending_in(name):
            # "이장협의회장" after "산청군 단성면 이장협의회": a short tail of a body named.
            continue
        if extra == "company":
            institutions.add(name, kind=InstitutionKind.COMPANY)
        elif extra == "university":
            institutions.add(name, kind=InstitutionKind.UNIVERSITY)
        elif name in lx.PROVINCES_KO or extra in ("city", "place"):
            institutions.add(name, kind=InstitutionKind.LOCAL_GOVERNMENT)
        elif known_body(name):
            institutions.resolve(name)
        else:
            institutions.add(name, kind=suffix_kind(name) or InstitutionKind.OTHER)
    for institution, title, name in heads:
        full = institutions.lookup(institution)
        people.by_name[name] = Person(name=name, role=title, institution=full, title=title)
    institutions.in_order_of(text)


# "김형준 명지대 교수", "서울시립대 경영학과 교수", "목원대교수", "정세은 교수(충남대)": a
# university by the short name its professors are printed with.
PROFESSOR_OF = re.compile(
    r"(?<![가-힣])(?P<before>[가-힣]{2,5}대)\s?(?:[가-힣]{2,8}과\s)?(?:명예|석좌|겸임|초빙|객원)?교수"
    r"|교수\s?\((?P<after>[가-힣]{2,5}대)\)"
)


def headed_by_post(token):
    """``("", kind)`` after the body a post glued to its name heads ("충북도지사": 충북도, a
    place; "국세청장": 국세청), or None."""
    if not is_title_ko(token):
        return None
    body = glued_institution(token)
    if not body or body in lx.NOT_INSTITUTIONS_KO or body.endswith(lx.MEETING_WORDS_KO):
        # "이장협의회장": a "협의회" may be a meeting; the body is read where it acts.
        return None
    if governed_province(token):
        return (body if body in lx.PROVINCES_KO else body + "도"), "", "place"
    if is_mayor(token) or governed_county(token):
        return body, "", "place"
    return body, "", "post"


def headed_by(name, inside):
    """ "KT창원지사(지사장 강양희)": a word whose brackets name its head, by the title that
    heads its kind ("지사장" a "…지사"), is a body though its ending is no institution's."""
    parts = inside.split()
    return (
        len(parts) == 2
        and len(name) > len(parts[0]) - 1
        and title_heads(parts[0], name)
        and bool(re.fullmatch(r"[가-힣]{2,4}", parts[1]))
    )


# Words before a title that say which of its kind: "상임대표", "사무총장", "공동대표".
TITLE_MODIFIERS_KO = ("상임", "공동", "사무", "총무", "수석", "명예", "대표")


@functools.lru_cache(maxsize=4096)
def institution_before_title(token):
    """ "환경운동연합공동대표" -> "환경운동연합", "YMCA사무총장" -> "YMCA": a list of leaders
    prints each body glued to its leader's title."""
    title = max((t for t in lx.TITLES_KO if token.endswith(t)), key=len, default="")
    body = token[: -len(title)] if title else ""
    for modifier in TITLE_MODIFIERS_KO:
        if body.endswith(modifier) and len(body) > len(modifier) + 1:
            body = body[: -len(modifier)]
            break
    if re.fullmatch(r"[A-Z]{2,8}", body) or (len(body) > 3 and suffix_kind(body)):
        return body
    return ""


# The word after a token, read in place: slicing off the rest of the text at every token is
# quadratic.
NEXT_WORD = re.compile(r"\s*(\S*)")


def names_a_place(text, end):
    """ "경기도 안산시", "경기도 용인을 찾아": a province before its city is a place. ``end``: where
    the province ends in ``text``."""
    following = NEXT_WORD.match(text, end)[1]
    if not following:
        return False
    word = strip_particles(following.strip(",."))
    return word in lx.CITY_NAMES_KO or (
        word.endswith(("시", "군")) and word[:-1] in lx.CITY_NAMES_KO
    )


def parent_body(token, gap, previous):
    """The body a committee named next may belong to: the legislature or a committee, with
    its own parent ("국회 보건복지위원회"), when the token is bare and followed by a space."""
    if gap != " " or strip_particles(token) != token:
        return ""
    body = known_body(token)
    if (body and body.kind == InstitutionKind.LEGISLATURE) or (
        suffix_kind(token) == InstitutionKind.COMMITTEE
    ):
        return f"{previous} {token}".strip()
    return ""


# "경북", "전남": a province said short, before its county ("경북 봉화군").
SHORT_PROVINCES_KO = {p[:-1] for p in lx.PROVINCES_KO if len(p) == 3 and p.endswith("도")}
# The places a county, a district or a city is in, printed before it.
REGIONS_KO = SHORT_PROVINCES_KO | lx.PROVINCES_KO | set(lx.CITIES_KO)


def is_local_government(token, before, text, end):
    """ "전남 해남군이", "대전 서구는", "서울 서대문구(구청장 …)가": a county, a district or a
    city after the province or city it is in, as a body that acts; "경북 봉화군 춘양면에서"
    and "대전 서구에서" are where. ``before``: the word before it; ``end``: where it ends."""
    stem = strip_particles(token)
    if before not in REGIONS_KO or not re.fullmatch(r"[가-힣]{1,4}[군구시]", stem):
        return False
    if token.endswith(LOCATIVES_KO):
        return False
    following = NEXT_WORD.match(text, end)[1]
    if stem == token and not text.startswith("(", end):
        # "경북 봉화군 춘양면에서": a smaller place after it; "대전 서구 관계자": its officer.
        return bool(following) and is_title_ko(strip_particles(following))
    return True


# "…에서", "…에는", "…로": where, not who.
LOCATIVES_KO = ("에", "에서", "에는", "에서는", "에서도", "에도", "로", "으로", "까지", "부터")


def is_city_government(token, text, end):
    """ "청주시, 충주시가 참석한", "청주시 부시장", "대전광역시는": the city as a body that takes
    part or has officers; "청주시 오스코에서", "세종특별자치시에 있는" are only where a place
    is. ``end``: where the token ends in ``text``."""
    stem = strip_particles(token)
    metropolitan = stem.endswith(lx.METROPOLITAN_ENDINGS_KO) and len(stem) > 4
    if not (stem.endswith("시") and (stem[:-1] in lx.CITY_NAMES_KO or metropolitan)):
        return False
    following = NEXT_WORD.match(text, end)[1]
    return (
        (stem != token and not token.endswith(LOCATIVES_KO))
        or text.startswith(",", end)
        or bool(following and is_title_ko(strip_particles(following)))
    )
