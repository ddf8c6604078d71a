"""How well the extractor reads a corpus of articles whose extraction is known.

Each article is ``NAME.txt`` beside ``NAME.json``; the JSON holds ``published_on`` and
``expected`` (the extraction as ``import_article --dry-run --json`` prints it). Pure Python.
"""

import collections
import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from council.lib.text import name_key

from .reading import ExtractionError, Flag, extract

MEETING_FIELDS = ("date", "venue", "city", "host")
# Fields only the newer articles give: compared where the expected file has them.
PROPOSAL_FIELDS = ("council", "publisher", "title")


@dataclass(frozen=True)
class Goal:
    """Issue 11's goals, to be met on articles no rule was written from."""

    quote_recall: float = 0.90
    attribution: float = 0.85
    wrong_person: float = 0.02
    quote_precision: float = 0.95

    def unmet(self, score):
        """The figures of ``score`` that miss the goal, as ``[(label, figure, goal)]``."""
        floors = {
            "quote recall": (score.quote_recall, self.quote_recall),
            "attribution": (score.attribution_accuracy, self.attribution),
            "quote precision": (score.quote_precision, self.quote_precision),
        }
        misses = [
            (label, figure, goal) for label, (figure, goal) in floors.items() if figure < goal
        ]
        if score.wrong_person_rate > self.wrong_person:
            misses.append(("wrong person", score.wrong_person_rate, self.wrong_person))
        return misses


GOAL = Goal()


def same_person(a, b):
    """Names compared as the matching does: case, spaces and hyphens ignored."""
    if a is None or b is None:
        return a is None and b is None
    return name_key(a) == name_key(b)


def short_form_of(short, full):
    """ "Mr Teo" for Teo Chee Hean, "오" for 오경진: the right person, not fully named.

    Counted as not attributed, but not as a wrong person either."""
    if full is None:
        return False
    words = [w for w in short.split() if w.rstrip(".") not in HONORIFICS]
    short_key = name_key("".join(words))
    return bool(short_key) and short_key in name_key(full)


HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame"}


def same_quote(a, b):
    return " ".join(a.split()) == " ".join(b.split())


def same_role(a, b):
    """Roles as printed, spaces aside; no role and an empty one are the same."""
    return " ".join((a or "").split()) == " ".join((b or "").split())


def same_institution(a, b):
    """Institutions compared as the corpus's lists of them are: case ignored."""
    return (a or "").casefold() == (b or "").casefold()


@dataclass
class ArticleScore:
    name: str
    quotes: int = 0
    found: int = 0
    attributed: int = 0
    roles_right: int = 0
    institutions_of_speakers_right: int = 0
    extra: int = 0
    # A quote found and given to a named person other than the one expected (or a name given
    # to a speaker the article leaves unnamed): worse than a name left for review.
    wrong_person: int = 0
    left_unnamed: int = 0
    short_form: int = 0
    unnamed: int = 0
    unnamed_kept: int = 0
    fields_right: int = 0
    institutions_expected: int = 0
    institutions_found: int = 0
    institutions_right: int = 0
    policies_expected: int = 0
    policies_found: int = 0
    policies_right: int = 0
    proposals_expected: int = 0
    proposals_right: int = 0
    flags_expected: int = 0
    flags_right: int = 0
    error: str = ""
    misses: list = field(default_factory=list)
    # The body's quotations that became no remark, by why (``reading.result.Unproposed``).
    unproposed: collections.Counter = field(default_factory=collections.Counter)


def load_corpus(folder):
    """``[(name, text, published_on, expected)]`` for every article in ``folder``."""
    articles = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        published = data.get("published_on")
        published = datetime.date.fromisoformat(published) if published else None
        articles.append((path.stem, text, published, data["expected"]))
    return articles


def score_article(name, text, published_on, expected):
    score = ArticleScore(name=name, quotes=len(expected["remarks"]))
    try:
        extraction = extract(text, published_on=published_on)
    except ExtractionError as exc:
        score.error = str(exc)
        return score
    score.unproposed = extraction.unproposed
    found = extraction.as_dict()
    unused = list(found["remarks"])
    for want in expected["remarks"]:
        if want["speaker"] is None:
            score.unnamed += 1
        match = next((got for got in unused if same_quote(got["quote"], want["quote"])), None)
        if match is None:
            score.misses.append(("quote not found", want["quote"][:70]))
            continue
        unused.remove(match)
        score.found += 1
        if same_person(match["speaker"], want["speaker"]):
            score.attributed += 1
            if want["speaker"] is None:
                score.unnamed_kept += 1
        else:
            if match["speaker"] is None:
                score.left_unnamed += 1
            elif short_form_of(match["speaker"], want["speaker"]):
                score.short_form += 1
            else:
                score.wrong_person += 1
            score.misses.append(
                ("speaker", f"{want['quote'][:40]}: {match['speaker']!r} for {want['speaker']!r}")
            )
        if same_role(match["role"], want["role"]):
            score.roles_right += 1
        else:
            score.misses.append(
                ("role", f"{want['quote'][:40]}: {match['role']!r} for {want['role']!r}")
            )
        if same_institution(match["institution"], want["institution"]):
            score.institutions_of_speakers_right += 1
        else:
            score.misses.append(
                (
                    "institution",
                    f"{want['quote'][:40]}: {match['institution']!r} for {want['institution']!r}",
                )
            )
    score.extra = len(unused)
    score.misses += [("extra quote", got["quote"][:70]) for got in unused]
    for key in MEETING_FIELDS:
        if found[key] == expected[key]:
            score.fields_right += 1
        else:
            score.misses.append((key, f"{found[key]!r} for {expected[key]!r}"))
    for key, total, got_n, right in (
        ("institutions", "institutions_expected", "institutions_found", "institutions_right"),
        ("policy_items", "policies_expected", "policies_found", "policies_right"),
    ):
        want_set = {n.casefold() for n in expected[key]}
        got_set = {n.casefold() for n in found[key]}
        setattr(score, total, len(want_set))
        setattr(score, got_n, len(got_set))
        setattr(score, right, len(want_set & got_set))
        for missing in sorted(want_set - got_set):
            score.misses.append((f"{key} missing", missing))
        for surplus in sorted(got_set - want_set):
            score.misses.append((f"{key} extra", surplus))
    score_proposals(score, found, expected)
    return score


def score_proposals(score, found, expected):
    """The council, the source and the flags, for articles whose expected file gives them."""
    got = {"council": found["council"], **found["source"]}
    want = {"council": expected.get("council", ...), **expected.get("source", {})}
    for key in PROPOSAL_FIELDS:
        if want.get(key, ...) is ...:
            continue
        score.proposals_expected += 1
        if (got[key] or "").casefold() == (want[key] or "").casefold():
            score.proposals_right += 1
        else:
            score.misses.append((key, f"{got[key]!r} for {want[key]!r}"))
    if "flags" in expected:
        kinds = {message_kind(message) for message in found["flags"]}
        score.flags_expected += len(expected["flags"])
        for kind in expected["flags"]:
            if kind in kinds:
                score.flags_right += 1
            else:
                score.misses.append(("flag missing", kind))


def message_kind(message):
    """The kind of a flag as ``as_dict`` prints it (its message)."""
    return next((kind for kind, text in Flag.MESSAGES.items() if text in message), None)


@dataclass
class CorpusScore:
    articles: list

    def total(self, attribute):
        return sum(getattr(a, attribute) for a in self.articles)

    @property
    def unproposed(self):
        return sum((a.unproposed for a in self.articles), collections.Counter())

    @staticmethod
    def ratio(part, whole):
        return part / whole if whole else 1.0

    @property
    def quote_recall(self):
        """Share of expected quotes found word for word."""
        return self.ratio(self.total("found"), self.total("quotes"))

    @property
    def attribution_accuracy(self):
        """Share of expected quotes found and given to the right person (or kept unnamed)."""
        return self.ratio(self.total("attributed"), self.total("quotes"))

    @property
    def wrong_person_rate(self):
        """Share of expected quotes given to a wrong named person."""
        return self.ratio(self.total("wrong_person"), self.total("quotes"))

    @property
    def refused(self):
        return sum(1 for a in self.articles if a.error)

    @property
    def proposals(self):
        """Share of councils, publishers and headlines proposed as expected."""
        return self.ratio(self.total("proposals_right"), self.total("proposals_expected"))

    @property
    def flags(self):
        return self.ratio(self.total("flags_right"), self.total("flags_expected"))

    @property
    def role_accuracy(self):
        """Share of expected quotes found with the speaker's role as printed."""
        return self.ratio(self.total("roles_right"), self.total("quotes"))

    @property
    def speaker_institution_accuracy(self):
        """Share of expected quotes found with the speaker's institution."""
        return self.ratio(self.total("institutions_of_speakers_right"), self.total("quotes"))

    @property
    def quote_precision(self):
        found = self.total("found")
        return self.ratio(found, found + self.total("extra"))

    @property
    def unnamed_kept(self):
        """Share of unnamed speakers' quotes found and left unnamed (never given to someone)."""
        return self.ratio(self.total("unnamed_kept"), self.total("unnamed"))

    @property
    def meeting_fields(self):
        return self.ratio(self.total("fields_right"), len(self.articles) * len(MEETING_FIELDS))

    @property
    def institution_recall(self):
        return self.ratio(self.total("institutions_right"), self.total("institutions_expected"))

    @property
    def institution_precision(self):
        return self.ratio(self.total("institutions_right"), self.total("institutions_found"))

    @property
    def policy_recall(self):
        return self.ratio(self.total("policies_right"), self.total("policies_expected"))

    @property
    def policy_precision(self):
        return self.ratio(self.total("policies_right"), self.total("policies_found"))


def score_corpus(folder):
    return CorpusScore([score_article(*article) for article in load_corpus(folder)])


# The corpus's three sets, under tests/articles: what the team wrote to build the rules from,
# real articles rules may be written from, and real articles no rule is ever written from.
CORPUS_SETS = {"team": ".", "real": "real", "blind": "blind"}
