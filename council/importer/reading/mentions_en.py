"""English mentions of people: every full name a sentence prints, with the role beside it.

"Deputy Prime Minister Teo Chee Hean said", "Bran Black, chief executive of the Business
Council of Australia,", "The Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris
chaired", "Minister of State for Trade Promotion, Digital and Company Regulation Dara Calleary".

A name is a run of two to four capitalised words that no list calls a title, a courtesy, a
portfolio, an institution or a stopword. Its role is the title phrase before it (walked back
over titles, capitalised words and the small words that join them, to a word that cannot be
part of one) or the apposition after it (", chief executive of …,", " of the China State
Council", " Chair of Apiculture New Zealand"). A run that is the object of "of" or "for", or
that a capitalised word continues, is part of an institution's or a portfolio's name.
"""

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from . import lexicon as lx
from .english_words import (
    GIVEN_NAME,
    NAME_TOKEN,
    PERSON_WORDS_EN,
    POSSESSIVE,
    VERB_RE,
    is_portfolio_word,
    strip_possessive,
)
from .people import Mention
from .quotations import masked
from .roles_en import institution_in_role, owned_by_the_body, tidy_role, title_from_role
from .sentences import sentence_pieces

# Surnames that are also English words a sentence may start with: "He Lifeng", "Dale Last".
WORDLIKE_SURNAMES = frozenset({"He", "Last", "May"})
# Lowercase words inside a name: "Ludwig van Beethoven", "Mohamed bin Ali".
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "del", "della", "di", "da", "dos", "das", "le"}
    | {"ter", "ten", "zu", "bin", "binti", "ibn", "al", "el"}
)
# "al-Sisi", "d'Estaing": a lower-case particle joined to the capitalised rest of a surname.
JOINED_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin|abu|d|l)[-'’][A-Z][^\W\d_]*")

# Words that join a compound title: "Minister of State for Trade, Digital and Company Regulation".
JOINERS = frozenset({"of", "for", "and", "&", "the", "to"})
# A run right after these is the object of a preposition (an institution, a portfolio) or a
# modifier ("a Cheong Wa Dae official").
OBJECT_OF = frozenset(
    {"of", "for", "at", "from", "the", "in", "to", "on", "into", "about", "a", "an"}
)
DETERMINERS = frozenset({"the", "a", "an", "another", "one"})
# Words a role printed beside a name may run to: the longest titles have about twenty ("Northern
# Territory Deputy Chief Minister and Minister for Mining and Energy"); the bound keeps reading
# linear on a page of capitalised words.
LONGEST_ROLE = 40
ONE_PERSON_WORDS = frozenset(
    w for w in PERSON_WORDS_EN if not (w.endswith("s") and w[:-1] in PERSON_WORDS_EN)
)
INITIAL = re.compile(r"[A-Z]\.")
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Initials without their stops: glued ("PK") or a letter a word ("D L").
STOPLESS_INITIALS = re.compile(r"[A-Z]{1,3}")
# What a body has and a person does not: "Cheong Wa Dae's office", "Acme's board".
BODY_PARTS = frozenset(
    {"office", "board", "headquarters", "staff", "members", "shareholders", "employees"}
)
PUNCTUATION = "\"“”'‘’()[],.;:!?"


def meet_everyone_en(body, page, institutions, people):
    """Meet every person the article names before any quote is attributed: in the ``body``'s
    paragraphs (each mention knows its paragraph: a reference may mean only a person named by
    then) and on the ``page`` around it (headline, captions: named before any paragraph)."""
    body, page = masked(body, False), masked(page, False)
    short_forms = short_forms_in([*body, *page])
    lines = [*enumerate(body), *((None, line) for line in page)]
    for paragraph, line in lines:
        for sentence in sentence_pieces(line, False):
            try:
                found = names_in(sentence.strip(), short_forms)
            except Exception:
                # As in attribution: a sentence no rule foresaw costs its mentions, not the
                # article (this stage runs before attribution's own guard).
                continue
            for mention in found:
                if paragraph is None and title_case(line) and mention.name not in people.by_name:
                    # "Premier Ford Meets Mayors To …": Title Case capitalises every word, so
                    # where a name ends is unknown; the headline names only whom the body does.
                    continue
                people.meet(replace(english_mention_of(mention, institutions), paragraph=paragraph))
    for person in list(people.by_name.values()):
        post = "" if person.role else post_after_surname(body, person.name)
        if post:
            people.meet(english_mention(person.name, post, None, title_from_role(post, None)))


def post_after_surname(body, name):
    """ "Ms Bennett, the Social Development Minister,": the post a sentence gives, between
    commas after the surname alone, to a person the article names in full without one; ""."""
    pattern = re.compile(rf"\b{re.escape(name.split()[-1])}, the ({POST_EN}),")
    for para in body:
        m = pattern.search(para)
        if m and is_title_word(m[1].split()[-1]):
            return m[1]
    return ""


# A post in capitals ending in its title: "Social Development Minister".
POST_EN = r"(?:[A-Z][\w&'’-]*\s){0,4}[A-Z][\w'’-]*"


def title_case(line):
    """A line in Title Case: it capitalises small words a sentence prints in lower case, or
    nearly every word of four letters or more ("Premier Ford Meets Mayors to Grow the …")."""
    words = line.split()[1:]
    if set(words) & lx.TITLE_CASE_SMALL_WORDS_EN:
        return True
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    capitalised = [w for w in long_words if w[:1].isupper()]
    return len(long_words) >= 4 and len(capitalised) >= 0.75 * len(long_words)


def english_mention_of(found, institutions):
    """The ``Mention`` of a name found in a sentence, its institution the one its role names
    (or the body a bracket holding it follows), among those already found."""
    role, owner = owned_by_the_body(found.role, institutions)
    role = tidy_role(role)
    printed = owner or institution_in_role(role, institutions, known_only=True)
    institution = institutions.resolve(printed) if printed else None
    institution = institution or heading(found.bracketed_by, institutions)
    return english_mention(found.name, role, institution, title_from_role(role, printed))


def heading(bracketed_by, institutions):
    """The body a bracketed name heads: the short name opening the bracket ("MSS"), or the
    known body the words before the bracket end with."""
    if not bracketed_by:
        return None
    before, first = bracketed_by
    words = before.split()
    for k in range(1, min(len(words), 12) + 1):
        known = institutions.lookup(" ".join(words[-k:]))
        if known:
            return known
    return institutions.resolve(first) if first.isupper() else None


def english_mention(name, role, institution, title):
    return Mention(
        name, title_words=title_words(role), role=role, title=title, institution=institution
    )


def title_words(role):
    """The words of a role as ``People`` compares them: "Deputy Prime Minister" is no minister."""
    return tuple(w.casefold() for w in re.findall(r"[\w&-]+", role))


@dataclass(frozen=True)
class NameMention:
    """A full name printed in a sentence, with the role printed beside it ("" when none)."""

    name: str
    role: str
    # The courtesy printed before the name ("Mr", "Dr"), if any.
    honorific: str = ""
    # A name and title in brackets after a body are its head: "the Ministry of SMEs and
    # Startups (MSS; Minister Hong Jong-haak)". The words before the bracket, and in it.
    bracketed_by: tuple[str, ...] = ()


def core(word):
    return word.strip(PUNCTUATION + "–—")


def is_title_word(word):
    """A word of one person's title: "Minister", "chief", "spokesman" ("representatives of the
    Korea Startup Forum" is no title: a plural describes a group)."""
    word = core(word)
    if word.endswith(lx.TITLE_SUFFIXES_EN):
        return is_title_word(word.rsplit("-", 1)[0])
    return (
        word in lx.TITLE_WORDS_EN
        or word in lx.OFFICES_EN
        or (word.casefold() in ONE_PERSON_WORDS and word[:1].islower())
        # "Vice-President", "Co-Chair": a title's words joined by a hyphen.
        or ("-" in word and all(is_title_word(part) for part in word.split("-") if part))
    )


def is_postnominal(word):
    # "Jane Doe CBE." ending a sentence: its stop is no part of the letters.
    return word.strip(",;:()") in lx.POSTNOMINALS_EN or word.strip(",;:().") in lx.POSTNOMINALS_EN


def is_name_word(word):
    """A word that can be part of a person's name: capitalised, and no other kind of word."""
    return bool(
        NAME_TOKEN.match(word)
        and not POSSESSIVE.search(word)
        and word not in lx.TITLE_WORDS_EN
        and word not in lx.OFFICES_EN
        and word not in lx.HONORIFICS_EN
        and word not in lx.CAPITALISED_STOPWORDS_EN
        and word not in lx.INSTITUTION_WORDS_EN
        and word not in lx.POSTNOMINALS_EN
        and word not in ("Korea", "Korean", "National")
        and not is_portfolio_word(word)
    )


def stopless_initials_before_name(words, i):
    """Whether ``words[i]`` begins initials printed without their stops (at most three words
    of them) that a name word follows: "PK Jena", "D L Sachdev"."""
    j = i
    while j < len(words) and j - i < 3 and STOPLESS_INITIALS.fullmatch(words[j]):
        j += 1
    return i < j < len(words) and is_name_word(core(words[j]))


def name_runs(words):
    """``(start, end)`` of each run of name words in ``words``; a comma or stop ends a run."""
    runs, start = [], None
    for i, word in enumerate(words):
        c = core(word)
        # "Antony J. Blinken": a middle initial neither starts nor ends a name; after a courtesy
        # or a title, an initial starts one ("Mr S. Iswaran").
        initial = INITIAL.fullmatch(word) and (
            start is not None
            or (
                i > 0
                and (core(words[i - 1]) in lx.HONORIFICS_EN or is_title_word(words[i - 1]))
                and i + 1 < len(words)
                and is_name_word(core(words[i + 1]))
            )
        )
        # "Chief Secretary PK Jena", "Union Secretary D L Sachdev": initials printed without
        # their stops, glued or a letter a word, after a title or a courtesy and before a name,
        # start one as "P.K." would.
        initial = initial or (
            i > 0
            and (
                start is None
                and (core(words[i - 1]) in lx.HONORIFICS_EN or is_title_word(words[i - 1]))
                or start is not None
                and bool(STOPLESS_INITIALS.fullmatch(words[i - 1]))
            )
            and stopless_initials_before_name(words, i)
        )
        # "Minister OH Young-ju": a surname in capitals before a romanised given name.
        capitals = c.isupper() and c.isalpha() and i + 1 < len(words)
        capitals = capitals and bool(GIVEN_NAME.match(core(words[i + 1])))
        joins = (
            initial
            or capitals
            or is_name_word(c)
            or (start is not None and (c in WORDLIKE_SURNAMES or c in NAME_PARTICLES))
            or (start is not None and bool(JOINED_PARTICLE.fullmatch(c)))
        )
        # "Prime Minister Justin Trudeau’s fourth gathering": a possessive ends the name it
        # closes, a mention like any other.
        possessive = start is not None and not joins and bool(POSSESSIVE.search(c))
        possessive = possessive and is_name_word(strip_possessive(c))
        joins = joins or possessive
        if not joins and c in WORDLIKE_SURNAMES and i + 1 < len(words):
            # "Vice Premier He Lifeng": after a title, "He" is a surname, not a pronoun.
            joins = i > 0 and is_title_word(words[i - 1]) and is_name_word(core(words[i + 1]))
        if joins and start is None and word[:1] in "(“\"‘'":
            joins = False
        if joins:
            start = i if start is None else start
            # "Hong Jong-haak Hears …": a romanised Korean given name ends the name.
            ends = word[-1:] in ',.;:)”"’' or possessive or GIVEN_NAME.match(c)
            if ends and not initial:
                runs.append((start, i + 1))
                start = None
        elif start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(words)))
    # A particle or an initial is no end of a name.
    return [
        (s, e)
        for s, e in runs
        if core(words[e - 1]) not in NAME_PARTICLES and not INITIAL.fullmatch(words[e - 1])
    ]


def names_in(sentence, short_forms=frozenset()):
    """Every full name ``sentence`` prints, with its role as printed. ``short_forms``: the
    words the article uses alone for someone (see ``short_forms_in``)."""
    words = sentence.split()
    runs = [(s, e) for s, e in name_runs(words) if 2 <= e - s <= 4]
    run_edges = {s for s, _e in runs} | {e - 1 for _s, e in runs}
    names = []
    for s, e in runs:
        start = name_start(words, s, e, short_forms)
        if is_person_name(words, s, e, run_edges) or (
            # "US ambassador to Fiji Joseph Cella": the run after the preposition begins with
            # the place of the title before it, the name being its last words; so does a
            # portfolio's place after a title ("Secretary of State for Wales Alun Cairns").
            start > s
            and s > 0
            and (
                core(words[s - 1]) in ("to", "in")
                or core(words[s - 1]) == "for"
                and bool(role_phrase(words, s - 1, run_edges))
            )
            and is_person_name(words, start, e, run_edges - {s} | {start})
        ):
            names.append((start, e))
    edges = {s for s, _e in names} | {e - 1 for _s, e in names}
    found = []
    for start, end in names:
        honorific = core(words[start - 1]) if start else ""
        # "Climate Change Minister Senator Sherry Rehman": after a post, "Senator" is how the
        # person is addressed, not part of the post.
        courtesy = honorific in lx.COURTESY_TITLES_EN and role_phrase(words, start - 1, edges)
        honorific = honorific if honorific in lx.HONORIFICS_EN or courtesy else ""
        name = " ".join(
            w if INITIAL.fullmatch(w) else strip_possessive(core(w)) for w in words[start:end]
        )
        role = role_before(words, start - (1 if honorific else 0), edges)
        opening = start - (1 if honorific else 0) - len(role) - 1
        bracketed_by = ()
        if opening >= 0 and words[opening].startswith("(") and role:
            head = words[max(0, opening - LONGEST_ROLE) : opening]
            bracketed_by = (" ".join(head), core(words[opening]))
        if not POSSESSIVE.search(core(words[end - 1])):
            role = join_roles(role, role_after(words, end))
        else:
            role = " ".join(role).strip(" ,")
        found.append(NameMention(name, role, honorific, bracketed_by))
    return found


def name_start(words, start, end, short_forms):
    """Where the name in a run of three or more words begins. Right after a title the run is
    the name ("Deputy Prime Minister Teo Chee Hean"); after a portfolio its first word may be
    the portfolio's last ("Minister for Public Expenditure Michael McGrath"): the name is the
    last two words, unless the article calls the person by the first ("Minister for Trade and
    Industry Gan Kim Yong" … "Mr Gan")."""
    if end - start < 3 or not start:
        return start
    before = words[start - 1]
    if is_title_word(before) or core(before) in lx.HONORIFICS_EN or before.endswith(","):
        return start
    continues_role = core(before)[:1].isupper() or core(before).casefold() in JOINERS
    if not continues_role or core(words[start]) in short_forms:
        return start
    # A name starts with a given name, not with its initial: "Antony J. Blinken".
    return end - 3 if INITIAL.fullmatch(words[end - 2]) else end - 2


def short_forms_in(lines):
    """The words an article uses alone for someone: after a courtesy or a title ("Mr Gan",
    "Minister Gan") or before "said" ("Gan said")."""
    found = set()
    for line in lines:
        words = line.split()
        for before, word in zip(words, words[1:], strict=False):
            if core(before) in lx.HONORIFICS_EN or is_title_word(before):
                found.add(core(word))
        found.update(said_by(line))
    return frozenset(found)


# A word and its joined parts ("Jae-Kim", "O’Brien") before "said", taken from the word's start.
WORD_BEFORE_SAID = re.compile(r"(?<![\w'’-])[\w'’-]++(?= (?:said|says|added)\b)")
CAPITALISED_PART = re.compile(r"(?:^|(?<=[-'’]))[A-Z]")


def said_by(line):
    """The words before "said" a capital begins, from the word's start or a joining mark
    ("Jae-Kim", "x-Kim" gives "Kim"). One pattern for all, tried at every capital of a long
    word, rescanned the word from each."""
    for word in WORD_BEFORE_SAID.finditer(line):
        capital = CAPITALISED_PART.search(word.group())
        if capital and capital.start() < len(word.group()) - 1:
            yield word.group()[capital.start() :]


def is_person_name(words, start, end, run_edges):
    """Whether the run ``words[start:end]`` names a person, not a body, a place or a portfolio.
    ``run_edges``: where the sentence's runs of capitalised words begin and end."""
    before = words[start - 1] if start else ""
    # A comma or a stop after the run ends it: what follows is no part of it.
    after = core(words[end]) if end < len(words) and words[end - 1][-1:].isalnum() else ""
    if POSSESSIVE.search(core(words[end - 1])):
        # "Justin Trudeau’s fourth gathering": what follows is the possessed, not the name's;
        # "Cheong Wa Dae's office", "Acme Widgets' board": a body's.
        possessed = core(words[end]) if end < len(words) else ""
        if possessed.casefold() in BODY_PARTS or possessed.capitalize() in lx.INSTITUTION_WORDS_EN:
            return False
        after = ""
    if core(before).casefold() in OBJECT_OF and not before.endswith(","):
        return False
    if core(before) in lx.COMPANY_NOUNS_EN:
        # "cosmetics maker Dahlia Lab", "startup Boxwave": a company.
        return False
    if core(before) in ("and", "&") and start > 1 and start - 2 not in run_edges:
        # "the Health & Food Safety portfolio": the run ends a name begun before the "and";
        # "Jeong Se-hyun and Lee Jong-seok" are two names.
        joined = words[start - 2]
        if core(joined)[:1].isupper() and not is_title_word(joined) and not joined.endswith(","):
            return False
    if after[:1].isupper() and not is_title_word(after) and not is_postnominal(words[end]):
        # "Apiculture New Zealand Board": the run goes on as another kind of name.
        return False
    if is_title_word(after) and not is_postnominal(words[end]):
        # "South Australian Minister for Energy …": a title after it that a name follows makes
        # the run the title's modifier; "Bruce Wills Chair of Apiculture" is a name.
        i = end
        while i < len(words) and is_title_word(words[i]):
            i += 1
        if i < len(words) and core(words[i]) not in ("of", "at", "from"):
            return False
        if i == len(words) and after[:1].islower():
            # "said his New Zealand counterpart": a place or a body before a person's noun.
            return False
    if before and core(before)[:1].isupper() and not before.endswith(","):
        # "the Small Business Economic Forum": capitalised words before it and no title among
        # them make it the end of a longer name.
        honorific = core(before) in lx.HONORIFICS_EN
        return honorific or bool(role_phrase(words, start, run_edges))
    return True


def role_before(words, start, edges):
    """The title phrase that ends right before ``words[start]``: "Federal Resources Minister",
    or "The Minister for Justice and Equality," before the name."""
    if start > 1 and words[start - 1] == "the" and words[start - 2].endswith(","):
        # "The Prime Minister, the Hon. Anthony Albanese MP,": the role, then the name.
        start -= 1
    if start > 0 and words[start - 1].endswith(","):
        # "Another founder, Shin Ha-rim": a described person, the description ahead.
        phrase = role_phrase(words, start, edges, crossing=True)
        if phrase and core(phrase[0]).casefold() in DETERMINERS:
            return phrase[1:]
        if len(phrase) == start and is_title_word(phrase[-1]):
            # "Canterbury Bankstown Mayor, Khal Asfour, told …": the post the sentence opens
            # with, its place before its title.
            return phrase
        return opening_role(words, start, edges)
    phrase = role_phrase(words, start, edges)
    owned = possessive_role(words, start)
    if len(phrase) == 1 and not owned and start > 1 and words[start - 2].endswith(","):
        # "Former Judge of the High Court, Justice Nawab Singh,": the title before the name
        # is how the person is addressed; the post is the phrase the sentence opens with.
        return opening_role(words, start - 1, edges) or phrase
    if not phrase and not owned:
        return described_role(words, start)
    return owned if len(owned) > len(phrase) else phrase


# An opening role ends at most this many words into its sentence.
LONGEST_OPENING_ROLE = 12


def opening_role(words, end, edges):
    """ "Convenor of the committee, Rajeev Sharma, …": the words a sentence opens with, up to
    the comma before the name, when they are a post (a title first, no verb, no other name);
    [] else."""
    opening = words[:end]
    if not 2 <= len(opening) <= LONGEST_OPENING_ROLE or any(i in edges for i in range(end)):
        return []
    first = core(opening[0])
    titled = is_title_word(first) or (
        first in lx.TIME_OF_POST_EN and len(opening) > 2 and is_title_word(opening[1])
    )
    if not titled or not first[:1].isupper():
        return []
    inside = " ".join(opening)[:-1]
    if VERB_RE.search(inside) or any(ch in inside for ch in ',.;:"“”()'):
        return []
    return [*opening[:-1], core(opening[-1])]


# Words in lower case a role may hold between its title and the name: "the chairman of euro
# zone finance ministers Jeroen Dijsselbloem".
LONGEST_DESCRIBED_ROLE = 8


def described_role(words, start):
    """ "the chairman of euro zone finance ministers Jeroen Dijsselbloem": "the", a title,
    "of" or "for", then words in lower case up to the name; [] when the name has none."""
    for j in range(start - 3, max(-1, start - LONGEST_DESCRIBED_ROLE - 1), -1):
        between = words[j:start]
        if any(not w.isalpha() or not w.islower() or VERB_RE.fullmatch(w) for w in between):
            return []
        if (
            j > 0
            and words[j - 1].casefold() in ("the", "a", "an")
            and is_title_word(words[j])
            and words[j + 1] in ("of", "for")
        ):
            return words[j:start]
    return []


# Words in lower case between a possessive and a name: "Moon’s chief of staff Noh Youngmin".
LONGEST_OWNED_ROLE = 6


def possessive_role(words, start):
    """ "Moon’s chief of staff Noh Youngmin", "the party’s supreme council chairman Heo": a
    possessive, then a few words in lower case holding a title, before the name: the role's
    words, the possessor's included (and its "the"); [] when the name has none."""
    taken = []
    i = start - 1
    while i >= max(0, start - LONGEST_OWNED_ROLE - 1):
        word = words[i]
        if word.endswith((",", ".", ";", ":")) or word[:1] in "(“\"‘'":
            return []
        if POSSESSIVE.search(core(word)):
            break
        if not (word[:1].islower() or is_title_word(word)):
            return []
        taken.insert(0, word)
        i -= 1
    else:
        return []
    if not taken or not any(is_title_word(w) or w.casefold() in PERSON_WORDS_EN for w in taken):
        return []
    possessor = [words[i]]
    if words[i][:1].islower() and i > 0 and core(words[i - 1]).casefold() == "the":
        possessor.insert(0, words[i - 1])
    return [*possessor, *taken]


def role_phrase(words, end, edges, crossing=False):
    """The words of a title phrase ending before ``end``, without the joiners it starts with.

    ``crossing``: the word before ``end`` ends with the comma that parts the role from the name.
    """
    taken = []
    i = end - 1
    while i >= max(0, end - LONGEST_ROLE):
        word = words[i]
        c = core(word)
        last = i == end - 1
        if i in edges:
            break
        # "SEOUL– President Yoon": a dateline's dash parts it from the title as a stop would.
        stop = word.endswith((",", ".", ";", ":", "–", "—")) and not (crossing and last)
        # "P.E.I. Premier", "N.S.W. Treasurer": a place's initials end with their own stop.
        stop = stop and not DOTTED_INITIALS.fullmatch(word)
        if stop and not (word.endswith(",") and taken and is_list_comma(words, i)):
            break
        # "deputy presidential spokesperson": an adjective of office between two title words.
        inside = (
            c.islower()
            and c.endswith("al")
            and taken
            and is_title_word(taken[0])
            and i > 0
            and is_title_word(words[i - 1])
        )
        # "Minister in the Prime Minister's Office": a post held in a body.
        held_in = c == "in" and taken and core(taken[0]) == "the" and i > 0
        held_in = held_in and is_title_word(words[i - 1])
        # "new president Jane Doe", "former minister": the post's time, printed in lower case,
        # is part of the post as printed.
        timed = c in lx.POST_TIMES_EN and taken and is_title_word(taken[0])
        if not (
            is_title_word(c)
            or timed
            or held_in
            or c.casefold() in JOINERS
            or c[:1].isupper()
            or c == "&"
            or is_portfolio_word(c.capitalize())
            or inside
        ):
            break
        taken.insert(0, c if last and crossing else word)
        i -= 1
    # "KOSME and Professor": what comes before an "and" with no title in it is another
    # person's ("Minister for Natural Resources and Mines" keeps its list).
    ands = [
        k
        for k, w in enumerate(taken)
        if core(w) in ("and", "&") and k + 1 < len(taken) and is_title_word(taken[k + 1])
    ]
    if ands and not any(is_title_word(w) for w in taken[: ands[0]]):
        taken = taken[ands[0] + 1 :]
    while taken and core(taken[0]).casefold() in JOINERS - {"the"}:
        taken.pop(0)
    if not any(is_title_word(w) for w in taken):
        return []
    if taken and core(taken[0]).casefold() == "the" and not crossing:
        taken.pop(0)
    return taken


def is_list_comma(words, i):
    """ "Trade Promotion, Digital and Company Regulation": a comma inside a portfolio list; in
    "… of the CBI, and Shevaun Haviland" the "and" after the comma joins another person."""
    following = [core(w) for w in words[i + 1 : i + 4]]
    if following[:1] == ["and"]:
        # "Industry, Science, and Technology,": a serial comma before the list's last item, a
        # portfolio or one word that ends the phrase (a name has two).
        return len(following) > 1 and (
            is_portfolio_word(following[1]) or words[i + 2].endswith(",")
        )
    return any(w in ("and", "&") for w in following)


def role_after(words, end):
    """The role printed after a name: ", chief executive of …," or " of the China State
    Council" or " Chair of Apiculture New Zealand"."""
    while end < len(words) and is_postnominal(words[end]):
        end += 1
    if end >= len(words):
        return ""
    rest = words[end : end + LONGEST_ROLE]
    if words[end - 1].endswith(",") or core(rest[0]) in ("–", "—", "-"):
        rest = rest[1:] if core(rest[0]) in ("", "–", "—", "-") else rest
        head = [core(w) for w in rest[:4]]
        if head and head[0] in ("a", "an", "the"):
            head = head[1:]
        # "chief executive of …", "a Naver vice president": a title within its first words.
        if not any(is_title_word(w) or w.casefold() in PERSON_WORDS_EN for w in head[:3]):
            return ""
        return apposition(rest)
    titles = list(takewhile(lambda w: w[:1].isupper() and is_title_word(w), rest))
    after_titles = core(rest[len(titles)]) if len(titles) < len(rest) else ""
    if core(rest[0]) in ("of", "at") or (titles and after_titles in ("of", "at")):
        # " of the China State Council said", " Chair of Apiculture New Zealand.", " at Trinity
        # College on Monday": the body's name, not what the sentence goes on to say.
        preposition = rest[len(titles)]
        body = body_name(rest[len(titles) + 1 :])
        return " ".join([*titles, preposition, *body]).strip(" ,.;:")
    return ""


def body_name(words):
    """The words of the body's name ``words`` open with: capitalised words and the small words
    between them ("the Council of Small Business Organisations Australia (COSBOA)"), up to a
    title that begins another person ("of KOSME and Professor Kim")."""
    # "of logistics startup Boxwave": a few words describe the body before its name.
    described = list(takewhile(lambda w: w[:1].islower() and w not in JOINERS, words[:4]))
    if described and len(described) < len(words) and words[len(described)][:1].isupper():
        return [*described, *body_name(words[len(described) :])]
    taken = []
    for i, word in enumerate(words):
        c = core(word)
        following = core(words[i + 1]) if i + 1 < len(words) else ""
        joins_more = c.casefold() in JOINERS and following[:1].isupper()
        if not (c[:1].isupper() or word.startswith("(") or joins_more) or is_title_word(c):
            break
        if c.casefold() in ("and", "&") and is_title_word(following):
            break
        taken.append(word)
        if word.endswith((",", ".", ";", ":")) and c not in lx.ABBREVIATIONS_EN:
            break
    return taken


def apposition(words):
    """The words up to where the apposition ends: a comma that no list explains, a dash, a
    stop, a verb, or the courtesy of the next person's name ("…, Commerce Secretary Dr. …")."""
    taken = []
    for i, word in enumerate(words):
        if word in ("–", "—", "who", "which") or (taken and VERB_RE.fullmatch(core(word))):
            break
        if word in lx.HONORIFICS_EN:
            break
        taken.append(word)
        if word.endswith((".", ";", ":")) and core(word) not in lx.ABBREVIATIONS_EN:
            break
        if word.endswith(",") and not is_list_comma(words, i):
            break
    return " ".join(taken).strip(" ,.;:–—")


def join_roles(before, after):
    """The role before a name and the one after it: "Vice Premier" "of the State Council",
    "Professor" "at Yonsei University"; "at Government Buildings" is where, not who."""
    before = " ".join(before).strip(" ,")
    if before and after and (after.split()[0] == "of" or is_affiliation(after)):
        return f"{before} {after}"
    return before or after


def is_affiliation(phrase):
    """ "at Yonsei University": a body, not a building ("at Parliament House", "at Government
    Buildings")."""
    last = core(phrase.split()[-1])
    return (
        phrase.startswith("at ")
        and (last in lx.INSTITUTION_WORDS_EN or last.removesuffix("s") in lx.INSTITUTION_WORDS_EN)
        and last.removesuffix("s") not in lx.BUILDING_WORDS_EN
    )
