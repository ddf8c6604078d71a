"""English titles alone: whom "the Russian leader" or "the President of Russia" can mean.

A title printed without a name is compared with the title each person met holds: its head noun
("president" in "President of Belarus", "minister" in "Russian Finance Minister") and the words
that qualify it, a place among them ("Russian", "of Belarus"). "The President of Russia" is the
"Russian President"; "the Russian leader" is the one Russian head of state or government met,
not the Russian Finance Minister; a deputy ("Vice President") is never the leader.
"""

from . import lexicon as lx
from .people import RANK_WORDS, holds_title

JOINING = frozenset({"of", "for", "the", "and", "&", "s"})
# Endings that make a place's adjective ("Russia" -> "Russian", "Japan" -> "Japanese"), and
# the endings of a place's name they replace ("Canada" -> "Canadian", "Italy" -> "Italian").
PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "an", "n", "i", "ic")
PLACE_ENDINGS = ("ia", "a", "y", "e")
SHORTEST_STEM = 4


def fits_title(held, wanted):
    """Whether a person holding the title ``held`` (its words, casefolded) is one that the
    title alone ``wanted`` can mean: the same post ("the minister" for "Minister for
    Finance"), or the same head noun, or a leader's post, qualified by the same place."""
    if holds_title(held, wanted):
        return True
    wanted_head, wanted_places = head_and_qualifiers(wanted)
    held_head, held_places = head_and_qualifiers(held)
    if not wanted_places or not held_head:
        return False
    if (set(held) & RANK_WORDS) - set(wanted) - {"prime", "first"}:
        # "the Russian leader" is no Vice President.
        return False
    leader = len(wanted_head) == 1 and wanted_head[0] in lx.LEADER_NOUNS_EN
    if wanted_head != held_head and not (leader and held_head in lx.TOP_POSTS_EN):
        return False
    return all(any(same_place(w, h) for h in held_places) for w in wanted_places)


def head_and_qualifiers(title):
    """("president", {"russia"}) for "President of Russia", ("minister", {"russian",
    "finance"}) for "Russian Finance Minister": the words before "of" or "for" end with the
    post; the rest qualify it."""
    title = tuple(title)
    cut = next((k for k, w in enumerate(title) if w in ("of", "for")), len(title))
    post = [w for w in title[:cut] if w not in JOINING]
    if not post:
        return (), set()
    head = post_at_end(post)
    rest = post[: len(post) - len(head)] + [w for w in title[cut:] if w not in JOINING]
    return head, set(rest)


def post_at_end(words):
    """The post's words at the end of ``words``: ("prime", "minister") or ("president",)."""
    for post in lx.TOP_POSTS_EN:
        if tuple(words[-len(post) :]) == post:
            return post
    return (words[-1],)


def same_place(a, b):
    """Whether two words name the same place or its people: "russia" and "russian", "canada"
    and "canadian", "france" and "french"; equal words too."""
    if a == b:
        return True
    return bool({a, *place_stems(a)} & {b, *place_stems(b)})


def place_stems(word):
    """The stems a place's name or its people's adjective may share with the other."""
    stems = {lx.DEMONYMS_EN.get(word, "")} - {""}
    stems |= {country for country, people in lx.DEMONYMS_EN.items() if people == word}
    for ending in (*PEOPLE_ENDINGS, *PLACE_ENDINGS):
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            stems.add(word[: -len(ending)])
    return stems
