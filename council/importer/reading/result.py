"""What the reader returns: the typed result of reading an article, and the error it raises.

The bottom of the package: every stage imports from here, this imports nothing of the
package. Kinds are ``StrEnum``s whose values are the records' choices, so the Django side
stores them as they are.
"""

import collections
import datetime
import enum
from dataclasses import dataclass, field


class ExtractionError(ValueError):
    """The text cannot be read as an article. ``code`` says why; ``params`` the details.

    Only the text as a whole is refused; a passage that cannot be read is a ``Flag``.
    """

    MESSAGES = {
        "empty": "The text is empty.",
        "too_long": "The text is {length} characters long; paste one article of at most {limit}.",
        "binary": "The text looks like binary data, not an article.",
    }

    def __init__(self, code, **params):
        self.code = code
        self.params = params
        super().__init__(self.MESSAGES[code].format(**params))


class InstitutionKind(enum.StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    LEGISLATURE = "legislature"
    COMMITTEE = "committee"
    LOCAL_GOVERNMENT = "local-government"
    UNIVERSITY = "university"
    RESEARCH = "research"
    ASSOCIATION = "association"
    COMPANY = "company"
    OTHER = "other"


class PolicyKind(enum.StrEnum):
    BILL = "bill"
    PLAN = "plan"
    PROGRAMME = "programme"
    STRATEGY = "strategy"
    REGULATION = "regulation"


class PolicyStatus(enum.StrEnum):
    PROPOSED = "proposed"
    IN_PREPARATION = "in-preparation"
    UNDER_DELIBERATION = "under-deliberation"
    ADOPTED = "adopted"
    IN_FORCE = "in-force"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class RemarkNote(enum.StrEnum):
    """Why a remark needs review."""

    # No subject at all could be read for the quote.
    NO_SPEAKER = "no_speaker"
    # A speaker the text does not name ("an official said"), or a surname two people share.
    UNNAMED = "unnamed"


@dataclass
class FoundInstitution:
    name: str
    short_name: str = ""
    kind: InstitutionKind = InstitutionKind.OTHER
    # From the built-in list of well-known bodies, when the text's name is on it.
    name_en: str = ""
    name_ko: str = ""


@dataclass
class FoundPolicyItem:
    name: str
    kind: PolicyKind
    # None when the text gives no status: none is guessed, staff set it in the review.
    status: PolicyStatus | None
    status_note: str = ""


@dataclass
class FoundRemark:
    quote: str
    speaker: str | None
    role: str
    institution: str | None
    # The title alone ("Professor"), for a new person's appointment.
    title: str = ""
    needs_review: bool = False
    note: RemarkNote | None = None


class Unproposed(enum.StrEnum):
    """Why a quotation in the body became no remark (counted for ``extraction_report``)."""

    # Never closed: where it ends is a guess.
    UNCLOSED = "never closed"
    # Opened after an article ("the “Digital Industry Council”"): a name in quotes.
    NAME = "a name in quotes"
    # A few words run into the narrative's sentence ("called it “deeply insulting”").
    PARTIAL = "a few words"
    # Longer, yet read as no speech: a theme, a title, a clause of narrative.
    NOT_SPEECH = "longer, not speech"


class FlagKind(enum.StrEnum):
    """A passage the reader could not read as it stands; staff see it in the review."""

    UNCLOSED_QUOTE = "unclosed_quote"
    UNMARKED_QUOTE = "unmarked_quote"
    UNREADABLE = "unreadable"
    NO_QUOTES = "no_quotes"
    TIME_BUDGET = "time_budget"


@dataclass(frozen=True)
class Flag:
    """What the review shows above the proposal: "paragraph 7: a quotation mark is never closed"."""

    kind: FlagKind
    # 1-based, counted over the article's paragraphs as the review shows them; None for the whole.
    paragraph: int | None = None
    excerpt: str = ""

    MESSAGES = {
        FlagKind.UNCLOSED_QUOTE: "a quotation mark is never closed",
        FlagKind.UNMARKED_QUOTE: "a quotation without marks, read as a remark",
        FlagKind.UNREADABLE: "this passage could not be read",
        FlagKind.NO_QUOTES: "no quoted remark was found; the meeting is proposed without remarks",
        FlagKind.TIME_BUDGET: "the text took too long to read; what was read so far is proposed",
    }

    @property
    def message(self):
        where = f"paragraph {self.paragraph}: " if self.paragraph else ""
        text = f"{where}{self.MESSAGES[self.kind]}"
        return f"{text}: “{self.excerpt}…”" if self.excerpt else text


@dataclass
class Extraction:
    language: str
    date: datetime.date | None
    venue: str
    city: str
    host: str | None
    council: str
    title: str
    summary: str
    is_translation: bool
    institutions: list[FoundInstitution] = field(default_factory=list)
    policy_items: list[FoundPolicyItem] = field(default_factory=list)
    remarks: list[FoundRemark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The source: who published the text ("Yonhap", "중소벤처기업부"), "" when it does not say.
    publisher: str = ""
    flags: list[Flag] = field(default_factory=list)
    # The quotations of the body proposed as no remark, by why: for tuning the reader.
    unproposed: collections.Counter = field(default_factory=collections.Counter)

    def as_dict(self):
        """The extraction as printed by ``import_article --dry-run --json``."""
        return {
            "council": self.council or None,
            "source": {"publisher": self.publisher or None, "title": self.title or None},
            "flags": [flag.message for flag in self.flags],
            "date": self.date.isoformat() if self.date else None,
            "venue": self.venue or None,
            "city": self.city or None,
            "host": self.host,
            "institutions": [i.name for i in self.institutions],
            "policy_items": [p.name for p in self.policy_items],
            "remarks": [
                {
                    "speaker": r.speaker,
                    "role": r.role or None,
                    "institution": r.institution,
                    "quote": r.quote,
                }
                for r in self.remarks
            ],
        }
