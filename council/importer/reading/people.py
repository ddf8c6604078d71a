"""The people an article presents, as the attribution meets them."""

import collections
from dataclasses import dataclass, field

# An article names a few dozen people. Every "Kim said" and "the minister said" compares the
# people met so far; past these many, a text is a list, not an article, and the reader keeps
# its work per quote bounded by forgetting the rest.
MAX_PEOPLE = 100


@dataclass
class Person:
    """A speaker as the article presents them; ``name`` is None for an unnamed speaker."""

    name: str | None
    role: str = ""
    institution: str | None = None
    title: str = ""


class Named(dict):
    """Name -> Person, for the first ``MAX_PEOPLE`` names; later ones are not kept."""

    def __setitem__(self, name, person):
        if name in self or len(self) < MAX_PEOPLE:
            super().__setitem__(name, person)


@dataclass
class People:
    """Everyone named so far, and whom "he", "the minister" or "Kim" can mean at this point."""

    by_name: Named = field(default_factory=Named)
    # The person last speaking or last written about: "he added" is theirs.
    last: Person | None = None
    # Unnamed speakers met so far ("an official"), whom "the official" may mean later.
    unnamed: collections.deque = field(default_factory=lambda: collections.deque(maxlen=MAX_PEOPLE))
