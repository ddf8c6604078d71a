"""The people an article names: every mention kept, then each speaker reference resolved.

Language-neutral. The language's reader decides what is a name, which words of it a short
reference may use (``surnames``) and which words are the title (``title_words``, one token per
word: ``("vice", "minister")``, ``("부의장",)``); this store keeps who was met and answers "whom
can this reference mean?" with one person, or None when nobody or two people fit: a wrong name
on a government record is worse than a name left for review.

    people = People()
    people.meet(Mention("Patricia Scanlon", surnames=("Scanlon",), title_words=("dr",)))
    people.find(Reference(ReferenceKind.SURNAME, name="Scanlon"))            # Patricia Scanlon
    people.find(Reference(ReferenceKind.TITLE, title_words=("minister",)))   # the one minister

Collect the mentions of the whole article (captions, headline and lede included) before
attributing, so a reference can reach a name printed anywhere.
"""

import collections
import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from . import lexicon as lx

# An article names a few dozen people. Every reference compares the people met so far; past
# these many, a text is a list, not an article, and the reader keeps its work per reference
# bounded by forgetting the rest.
MAX_PEOPLE = 100

# A word before a title that makes it another rank: "the minister" is no Vice or Prime Minister.
RANK_WORDS = lx.DEPUTIES_EN | {"prime", "first", "chief", "under", "junior"}
JOINING_WORDS = frozenset({"of", "for", "the", "and", "&"})


class ReferenceKind(enum.StrEnum):
    # "Patricia Scanlon", `오경진`
    FULL_NAME = "full_name"
    # "Scanlon", "Dr Scanlon", "Mr Teo", `오 씨`: the honorific says nothing of the post.
    SURNAME = "surname"
    # "Minister Harris", `방 장관`: a surname with the title that tells two namesakes apart.
    TITLED_SURNAME = "titled_surname"
    # "the minister", "the spokesman", `국무총리는`: never a name by itself.
    TITLE = "title"
    # "he", "she", `그는`: the person last speaking or written about.
    PRONOUN = "pronoun"
    # "A and B said", `이들은`: several people; no one of them is named.
    GROUP = "group"


@dataclass(frozen=True)
class Mention:
    """One place the article names a person, as printed there."""

    name: str
    # The words a short reference may use for this person. Two for a name whose order is
    # unknown: "Teo Chee Hean" is "Mr Teo", "Patricia Scanlon" is "Dr Scanlon".
    surnames: tuple[str, ...] = ()
    given: str = ""
    # The title's words, casefolded, in order, as the language tokenises them.
    title_words: tuple[str, ...] = ()
    # The role as printed without the name ("Minister of State for Trade Promotion"), and the
    # title alone ("Minister of State") for a new person's appointment.
    role: str = ""
    title: str = ""
    institution: str | None = None
    # The body paragraph it is printed in; None for the headline, a caption, or unknown.
    paragraph: int | None = None


@dataclass
class Person:
    """A speaker as the article presents them; ``name`` is None for an unnamed speaker."""

    name: str | None
    role: str = ""
    institution: str | None = None
    title: str = ""
    surnames: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()
    # The first body paragraph printing the full name; None when met in the headline, a
    # caption, or where the reader already is.
    paragraph: int | None = None


@dataclass(frozen=True)
class Reference:
    """How a sentence points at its speaker."""

    kind: ReferenceKind
    # The full name or the surname, as printed.
    name: str = ""
    title_words: tuple[str, ...] = ()
    # The body paragraph it is printed in: only people named by then may be meant ("Lee
    # said" before the only Lee in full, a businessman named three paragraphs later, is not
    # his). None: anyone met.
    paragraph: int | None = None


def default_surnames(name):
    """The words of a spaced name a short reference may use: its first and its last, and a
    surname printed in capitals as a later sentence prints it ("OH Young-ju" … "Minister Oh")."""
    words = name.split()
    if len(words) < 2:
        return ()
    ends = (words[0], words[-1])
    # "Ursula von der Leyen" is "von der Leyen", and "Von der Leyen" opening a sentence.
    start = len(words) - 1
    while start > 1 and words[start - 1].islower():
        start -= 1
    particled = []
    if start < len(words) - 1:
        tail = " ".join(words[start:])
        particled = [tail, tail[:1].upper() + tail[1:]]
    capitals = [w.capitalize() for w in ends if w.isupper()]
    return tuple(dict.fromkeys([*ends, *capitals, *particled]))


def ranked(before):
    """A rank word among the words before a title, back to the "and" of another title:
    "Vice Finance Minister" is no minister; "Tánaiste and Minister for …" is one."""
    for word in reversed(before):
        if word in ("and", "&"):
            return False
        if word in RANK_WORDS:
            return True
    return False


def holds_title(title_words, wanted):
    """``wanted`` is a run of ``title_words`` not made another rank by the word before it; or
    its words in another order or apart, rank words included ("the Minister for Finance" is
    the "Finance Minister", "the vice minister" the "Vice Finance Minister")."""
    n = len(wanted)
    if any(
        tuple(title_words[i : i + n]) == tuple(wanted)
        and (wanted[0] in lx.DEPUTIES_EN or not ranked(title_words[:i]))
        for i in range(len(title_words) - n + 1)
    ):
        return True
    content = set(wanted) - JOINING_WORDS
    ranks = RANK_WORDS & set(title_words)
    return bool(content) and content <= set(title_words) and ranks <= set(wanted)


class Named(dict):
    """Name -> Person, for the first ``MAX_PEOPLE`` names; later ones are not kept."""

    def __setitem__(self, name, person):
        if name in self or len(self) < MAX_PEOPLE:
            super().__setitem__(name, person)


@dataclass
class People:
    """Everyone the article names, and whom "he", "the minister" or "Kim" can mean."""

    by_name: Named = field(default_factory=Named)
    # The person last speaking or last written about: "he added" is theirs.
    last: Person | None = None
    # Unnamed speakers met so far ("an official"), whom "the official" may mean later.
    unnamed: collections.deque = field(default_factory=lambda: collections.deque(maxlen=MAX_PEOPLE))
    # Whether a person holding a title (its words) is one a title alone (its words) can mean:
    # the language may know more ways to print a title ("the President of Russia").
    title_fits: Callable[[tuple, tuple], bool] = holds_title

    def meet(self, mention):
        """The Person ``mention`` names, kept once per name; a later mention fills in what an
        earlier one left out (the lede gives the name, a later paragraph the post), and the
        role printed first stays: meet the body's mentions before the headline's and captions'."""
        person = self.by_name.get(mention.name)
        surnames = mention.surnames or default_surnames(mention.name)
        if person is None:
            person = Person(
                mention.name,
                mention.role,
                mention.institution,
                mention.title,
                surnames,
                mention.title_words,
                mention.paragraph,
            )
            self.by_name[mention.name] = person
            return person
        person.surnames = tuple(dict.fromkeys((*person.surnames, *surnames)))
        if person.paragraph is not None and (
            mention.paragraph is None or mention.paragraph < person.paragraph
        ):
            person.paragraph = mention.paragraph
        # The role printed first is the one the article uses; a later one only fills a gap.
        if not person.role and mention.role:
            person.role, person.title = mention.role, mention.title
            person.title_words = mention.title_words
        person.institution = person.institution or mention.institution
        return person

    def find(self, reference):
        """The one person ``reference`` can mean, or None when nobody or two people fit."""
        kind = reference.kind
        if kind is ReferenceKind.GROUP:
            return None
        if kind is ReferenceKind.PRONOUN:
            return self.last
        if kind is ReferenceKind.FULL_NAME:
            found = self.by_name.get(reference.name)
            return found or self.find(Reference(ReferenceKind.SURNAME, reference.name))
        if kind is ReferenceKind.TITLE:
            return self.titled(reference.title_words, reference.paragraph)
        fits = [p for p in self.met_by(reference) if reference.name in p.surnames]
        if kind is ReferenceKind.TITLED_SURNAME:
            # "Minister Kim" is no Professor Kim Min-ji, though she is the only Kim met;
            # "Superintendent of Public Instruction Balow" is "Superintendent Jillian Balow".
            fits = [
                p
                for p in fits
                if not p.title_words
                or holds_title(p.title_words, reference.title_words)
                or holds_title(reference.title_words, p.title_words)
            ]
        return fits[0] if len(fits) == 1 else None

    def met_by(self, reference):
        """The people named by the paragraph ``reference`` is printed in."""
        return [
            p
            for p in self.by_name.values()
            if p.paragraph is None
            or reference.paragraph is None
            or p.paragraph <= reference.paragraph
        ]

    def titled(self, title_words, paragraph=None):
        """ "the minister": the person last written about when they hold that title, else the
        one named person who does; two ministers and neither the topic, nobody. Without a
        named one, the latest unnamed speaker printed with it ("an official" … "the official").
        """
        if not title_words:
            return None
        if self.last and self.last.name and self.title_fits(self.last.title_words, title_words):
            return self.last
        named = self.met_by(Reference(ReferenceKind.TITLE, paragraph=paragraph))
        fits = [p for p in named if self.title_fits(p.title_words, title_words)]
        if fits:
            return fits[0] if len(fits) == 1 else None
        for person in reversed(self.unnamed):
            if title_words[-1] in person.role.casefold().split():
                return person
        return None
