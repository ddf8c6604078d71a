"""The people an article presents, as the attribution meets them."""

from dataclasses import dataclass, field


@dataclass
class Person:
    """A speaker as the article presents them; ``name`` is None for an unnamed speaker."""

    name: str | None
    role: str = ""
    institution: str | None = None
    title: str = ""


@dataclass
class People:
    """Everyone named so far, and whom "he", "the minister" or "Kim" can mean at this point."""

    by_name: dict = field(default_factory=dict)
    # The person last speaking or last written about: "he added" is theirs.
    last: Person | None = None
    # Unnamed speakers met so far ("an official"), whom "the official" may mean later.
    unnamed: list = field(default_factory=list)
