"""English roles as printed: the institution a role names and the title it leaves.

"Second Vice Minister of Trade, Industry and Energy" serves the Ministry of Trade, Industry
and Energy with the title "Second Vice Minister"; "KOSME's chairman" serves KOSME.
"""

import re

from . import lexicon as lx
from .english_words import has_institution_word, is_portfolio_word
from .gazetteer import known_body
from .result import InstitutionKind

# A comma not followed by the rest of a list and its "and": "Minister for Agriculture, Food
# and the Marine" is one title.
LIST_COMMA_NOT = re.compile(
    r", (?!(?:[A-Z][\w&-]*, ){0,8}[A-Z][\w&-]*,? (?:and|&) (?:the )?[A-Z])"
    # "Industry, Science, and Technology": the serial comma before the list's last item.
    r"(?!(?:and|&) (?:the )?[A-Z])"
)


def tidy_role(role):
    role = without_courtesy(role.strip(" ,"))
    # "Jane Doe, the chair of …": an article, in lower case, is no part of the role.
    role = re.sub(r"^(?:a|an|the)\s+", "", role)
    # "head of X (former editor of Y)": an aside in brackets about another post.
    role = re.sub(r"\s*\([a-z][^()]*\)$", "", role)
    role = re.split(r"\s+(?:who|which|that)\s+", role)[0]
    if ", " not in role or " of " in role:
        return role.strip()
    comma = LIST_COMMA_NOT.search(role)
    return role[: comma.start()].strip() if comma else role.strip()


def without_courtesy(role):
    """ "His Excellency Governor", "The Rt Hon Prime Minister": the courtesy before a title is
    how the person is addressed, not their post."""
    words = role.split()
    k = 0
    while k < len(words) - 1 and (
        words[k] in lx.HONORIFICS_EN or words[k] in ("His", "Her", "The", "Right", "the")
    ):
        k += 1
    if k and any(w in lx.HONORIFICS_EN for w in words[:k]):
        return " ".join(words[k:])
    return role


# "the party’s supreme council chairman": a body the article has named, called by its kind.
THE_OWNER = re.compile(r"[Tt]he ([a-z]+)[’']s\s+(?=\S)")


def owned_by_the_body(role, institutions):
    """``(role, body)``: "the party’s supreme council chairman" is the supreme council chairman
    of the one party the article names; the role as it was, and None, when none or two fit."""
    m = THE_OWNER.match(role)
    if not m:
        return role, None
    bodies = [name for name in institutions.found if name.split()[-1].casefold() == m[1]]
    return (role[m.end() :], bodies[0]) if len(bodies) == 1 else (role, None)


def first_post(role):
    """Of two posts ("joint chair of the Food and Drink Sector Council and chairman Stobart
    Group"), the first, in which the article presents the person; "Minister for Trade and
    Industry" is one post."""
    words = role.split()
    for i, word in enumerate(words):
        after = [w.casefold() for w in words[i + 1 : i + 3]]
        # "Chamber of Commerce and Industry head": the post after the body's last word ends
        # the role, and is the whole body's.
        body_head = i + 3 == len(words) and words[i + 1][:1].isupper() and words[-1].islower()
        if word == "and" and any(w in POST_WORDS for w in after) and i > 0 and not body_head:
            return " ".join(words[:i])
    return role


POST_WORDS = lx.PERSON_NOUNS_EN | {w.casefold() for w in lx.TITLE_WORDS_EN}


def institution_in_role(role, institutions, known_only=False):
    """The institution a printed role names ("… at the MSS", "KOSME's chairman"), as printed."""
    if not role:
        return None
    first = first_post(role)
    if first != role:
        # The first of two posts, when it names a body; else the body both share ("the
        # moderator and president of Singapore Management University").
        found = body_in_post(first, institutions, known_only)
        return found or body_in_post(role[len(first) :], institutions, known_only)
    return body_in_post(role, institutions, known_only)


def body_in_post(role, institutions, known_only):
    """The institution one post names, as printed."""
    best = None
    for name, found in institutions.found.items():
        for form in {name, found.short_name} - {""}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", role):
                if best is None or m.end() > best[0]:
                    best = (m.end(), m.group())
    for m in re.finditer(r"\b[A-Z][A-Z0-9&]{1,9}\b", role):
        known = known_body(m.group()) or institutions.lookup(m.group())
        if known and (best is None or m.end() > best[0]):
            best = (m.end(), m.group())
    if best:
        return best[1]
    # "Second Vice Minister of Trade, Industry and Energy" serves the "Ministry of Trade, …".
    m = re.search(r"\bMinister (of .+)$", role)
    # Only a ministry the article names: a title is no ground to add one it never prints.
    ministry = m and institutions.lookup(f"Ministry {m[1]}")
    if ministry:
        return ministry
    # "SMEs Minister", "Finance Minister", "Union Commerce and Industry & Railways Minister": the
    # one ministry named whose name holds the portfolio, or whose portfolio the title holds.
    m = re.fullmatch(r"((?:(?:[A-Z][\w&-]*|and|&) )+)(?:(?:First |Second )?Vice )?Minister", role)
    portfolio = set(m[1].casefold().split()) if m else set()
    ministries = [
        name
        for name, found in institutions.found.items()
        if portfolio
        and found.kind == InstitutionKind.MINISTRY
        and (portfolio <= set(name.casefold().split()) or portfolio_of(name) <= portfolio)
    ]
    if len(ministries) == 1:
        return ministries[0]
    if re.fullmatch(r"(?:[Tt]he )?Ministry(?: [a-z-]+)+", role):
        # "Ministry spokesman": the ministry the article names, when it names one.
        named = [n for n, f in institutions.found.items() if f.kind == InstitutionKind.MINISTRY]
        if len(named) == 1:
            return named[0]
    if known_only:
        return None
    m = COMPANY_BEFORE_TITLE.match(role)
    if (
        m
        and not {*m[1].split()} & (lx.TITLE_WORDS_EN | lx.CAPITALISED_STOPWORDS_EN)
        # "Russian President", "Former Army Chief": a people, or a post given up, no body.
        and not all(is_nationality(w) for w in m[1].split())
        and m[1].split()[0] not in lx.TIME_OF_POST_EN
        # "Trade chief Ann Cole": a portfolio, no body.
        and not all(is_portfolio_word(w) for w in m[1].split() if w[:1].isupper())
    ):
        return m[1].strip()
    m = re.match(r"^(.+?)(?:'s|’s|s'|s’)\s", role)
    if m and m[1].split()[-1] in lx.TITLE_WORDS_EN | lx.OFFICES_EN:
        # "Minister in the Prime Minister's Office", "the Mayor's adviser": a post owns it, as
        # a person would ("Moon's chief of staff"), no body.
        return None
    if m and m[1][:1].isupper():
        return m[1] + ("s" if role[m.end(1) : m.end(1) + 2] in ("s'", "s’") else "")
    # After the last comma: from an earlier "of", the search would scan to every comma.
    m = INSTITUTION_AFTER.search(role, role.rfind(",") + 1)
    if not m:
        return None
    rest = re.sub(r"\s*\([A-Z]{2,10}\)$", "", m[2]).strip()
    if rest.endswith(")") and "(" not in rest:
        # "(former editor of Monthly Chosun)": the bracket closes an aside, not the name.
        rest = rest[:-1].rstrip()
    # "head of 'Jane Doe TV'": a name in quotes is the body's name without them.
    quoted = re.fullmatch(r"['‘\"“]([^'‘’\"“”]+)['’\"”]", rest)
    if quoted:
        return quoted[1]
    words = rest.split()
    if not rest[:1].isupper() and not words[-1][:1].isupper():
        return None
    if has_institution_word(rest) or rest.split()[-1].casefold() in ("association", "union"):
        return rest
    # "Deputy Minister for Industrial Policy": what follows "for" is a portfolio.
    if words[-1][:1].isupper() and m[1] != "for":
        tail = []
        for word in reversed(words):
            if not word[:1].isupper():
                break
            tail.insert(0, word)
        # "Secretary of State for Business": the last words are still a portfolio; in
        # "Minister of Commerce and Industry" they are half of one; "Secretary of State" and
        # "Minister of Finance" name a post ("Secretary of the Treasury" a body).
        before = words[: len(words) - len(tail)]
        if before and before[-1] in ("for", "and", "&"):
            return None
        post = m[0].split()[1:2] != ["the"] and all(is_portfolio_word(w) for w in tail)
        # "Premier of Alberta", "Mayor of Bristol": the head of a place, which is no body.
        place = m[1] == "of" and role.split()[0] in HEADS_OF_PLACES_EN and not the_body(m[0])
        return None if post or place else " ".join(tail)
    return None


def is_nationality(word):
    """ "Russian", "Japanese", "French": the adjective of a people."""
    return word in lx.NATIONALITIES_EN or (
        word[:1].isupper() and word.endswith(lx.NATIONALITY_ENDINGS_EN) and len(word) > 5
    )


# Titles of the head of a province, state, city or country ("Prime Minister of Canada"): what
# follows their "of" is a place.
HEADS_OF_PLACES_EN = frozenset({"Premier", "Governor", "Mayor", "Prime"})


def the_body(phrase):
    """ "of the Bank of Korea": a body follows "the"; "of Alberta" is a place."""
    return phrase.split()[1:2] == ["the"]


def portfolio_of(ministry):
    """ "Ministry of Commerce and Industry": {"commerce", "industry"}."""
    words = set(ministry.casefold().replace(",", " ").split())
    return (words - {"ministry", "of", "and", "the", "for", "&"}) or {ministry.casefold()}


# "Naver Vice President", "Coupang executive": a company printed before its title.
COMPANY_BEFORE_TITLE = re.compile(
    # "Chamber of Commerce and Industry head": a joiner may come between the name's words.
    rf"^((?:[A-Z][\w&.-]*\s(?:(?:of|and|for|&)\s)?)+?)(?i:{'|'.join(lx.COMPANY_TITLES_EN)})$"
)


INSTITUTION_AFTER = re.compile(r"(?:^|\s)(at|of|for|with)\s+(?:the\s+)?([^,]+)$")


def title_from_role(role, institution_printed):
    """The title alone: "Professor" from "Professor of Kyonggi University"."""
    title = role
    # "Second Vice Minister of Trade, Industry and Energy": the ministry is not printed whole.
    minister = re.match(r"^(.*\bMinister) of ", role)
    if minister and institution_printed and institution_printed.startswith("Ministry of "):
        title = minister[1]
    elif institution_printed:
        # Up to the last "of/at/for" before the institution: "director general for technology
        # innovation policy at the MSS" keeps its "for".
        m = re.match(
            rf"^(.*)\s+(?:of|at|for|from|with)\s+(?:the\s+)?(?:[^,]*?\s)?"
            rf"{re.escape(institution_printed)}",
            title,
        )
        title = m[1] if m else title
        title = re.sub(rf"^{re.escape(institution_printed)}(?:'s|’s|'|’)?\s+", "", title)
    title = re.sub(r"\s*\([A-Z]{2,10}\)", "", title).strip(" ,")
    return title[:1].upper() + title[1:] if title else ""
