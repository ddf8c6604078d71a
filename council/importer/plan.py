"""What an import creates, and creating all of it in one transaction.

A :class:`MeetingPlan` is the reviewed proposal: the meeting's fields, the institutions with
their parts, the speakers (each an existing person or a new one), the remarks in order and the
policy items. The command builds one straight from the extraction; the admin builds one from the
review form. :func:`save_plan` writes it or, on any error, nothing.

The texts an article gives are in its language (``MeetingPlan.language``): they fill that side
of each pair, ``field`` for English and ``field_ko`` for Korean, and the other side stays empty
until staff give it (never an invented translation). A meeting's texts are given on both sides,
as the review shows them.
"""

import datetime
import uuid
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from council.lib.text import HANGUL
from council.records.models import (
    TEXT_SIDES,
    AgendaItem,
    Appointment,
    Council,
    Institution,
    Language,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Provenance,
    Remark,
)

from .reading import is_machine_translation
from .romanize import romanize

# What an unnamed remark's role says when the article printed none (the model requires one).
UNIDENTIFIED = "unidentified speaker"


@dataclass(eq=False)
class InstitutionPlan:
    name: str
    name_ko: str = ""
    short_name: str = ""
    kind: str = Institution.Kind.OTHER
    existing: Institution | None = None
    # A Participation.Part, or "" to create the institution only if something needs it.
    part: str = Participation.Part.PARTICIPANT
    # The name as the article printed it.
    found_as: str = ""


@dataclass(eq=False)
class PersonPlan:
    name: str
    name_ko: str = ""
    title: str = ""
    title_ko: str = ""
    institution: InstitutionPlan | None = None
    existing: Person | None = None
    found_as: str = ""
    # A record of a similar name that neither institution nor title confirmed, for staff.
    near: Person | None = None


# A meeting's texts, each in English and in Korean.
MEETING_TEXTS = tuple(
    name for field in ("title", "venue", "city", "summary") for name in (field, f"{field}_ko")
)


def on_side(language, field, text):
    """``{field: text}`` on the side of ``language``: ``field`` in English, ``field_ko`` in
    Korean."""
    return {field if language == Language.ENGLISH else f"{field}_ko": text}


@dataclass(eq=False)
class RemarkPlan:
    text: str
    speaker: PersonPlan | None
    role: str
    language: str = "en"
    is_translation: bool = False
    # "unnamed" or "no_speaker": what the reviewer should check.
    note: str = ""

    def printed_role(self):
        """The role as printed, on the side of the article's language; the role given where the
        article printed none (``UNIDENTIFIED``) is this site's English."""
        role = self.role.strip()
        return {"role": role} if role == UNIDENTIFIED else on_side(self.language, "role", role)

    def words(self, translation):
        """The remark's fields for its text, in the article's language: the words as spoken
        in that language, unless the article says it is a translation (``translation``, how
        it was made) of words spoken in the other. The other language's text stays empty
        until staff give it."""
        language = Language(self.language)
        side = TEXT_SIDES[language]
        if self.is_translation:
            provenance, spoken = translation, language.other
        else:
            provenance, spoken = Provenance.ORIGINAL, language
        return {
            side.text: self.text.strip(),
            side.provenance: provenance,
            "spoken_language": spoken,
        }


@dataclass(eq=False)
class PolicyPlan:
    name: str
    kind: str
    status: str
    name_ko: str = ""
    # The status as reported, in the article's language.
    status_note: str = ""
    existing: PolicyItem | None = None


@dataclass(eq=False)
class MeetingPlan:
    date: datetime.date | None
    title: str = ""
    council: Council | None = None
    new_council: str = ""
    title_ko: str = ""
    venue: str = ""
    venue_ko: str = ""
    city: str = ""
    city_ko: str = ""
    summary: str = ""
    summary_ko: str = ""
    status: str = Meeting.Status.DRAFT
    source_title: str = ""
    source_url: str = ""
    source_publisher: str = ""
    source_date: datetime.date | None = None
    source_is_translation: bool = False
    source_text: str = ""
    # The article's: the meeting's original language, and the side its texts fill.
    language: str = "en"
    # Set by the admin's review (see Meeting.import_key); None from the command.
    import_key: uuid.UUID | None = None
    institutions: list[InstitutionPlan] = field(default_factory=list)
    people: list[PersonPlan] = field(default_factory=list)
    remarks: list[RemarkPlan] = field(default_factory=list)
    policy_items: list[PolicyPlan] = field(default_factory=list)

    @property
    def host(self):
        return next(
            (i for i in self.institutions if i.part == Participation.Part.HOST),
            None,
        )


def unique_slug(model, *texts, field_name="slug", max_length=200):
    """A slug for ``model`` from the first of ``texts`` that gives one, unused so far.

    Costs a query per attempt. Hangul is romanised: slugs are ASCII in this site's URLs, and
    a slug of digits only is refused (they would clash with /meetings/<year>/).
    """
    base = ""
    for text in texts:
        base = slugify(romanize(text or ""))
        if base:
            break
    base = base[: max_length - 10].strip("-") or model._meta.model_name
    if base.isdigit():
        base = f"{model._meta.model_name}-{base}"
    slug, n = base, 1
    while model.objects.filter(**{field_name: slug}).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class PlanError(ValueError):
    """The plan cannot be saved as it stands (say, a new council without a host)."""


class AlreadyImported(Exception):
    """The plan's review was confirmed before: ``meeting`` is what it created."""

    def __init__(self, meeting):
        super().__init__(meeting.pk)
        self.meeting = meeting


def save_plan(plan):
    """Create everything the plan describes, in one transaction, and return the meeting.

    Raises PlanError for a plan that cannot be saved, AlreadyImported for a review confirmed
    at the same time by another request, and lets database errors through; in every case
    nothing is saved.
    """
    if plan.council is None and not plan.new_council.strip():
        raise PlanError("no_council")
    if plan.council is None and plan.host is None:
        raise PlanError("no_host")
    if plan.date is None:
        raise PlanError("no_date")
    if plan.status == Meeting.Status.PUBLISHED and not (
        plan.source_publisher.strip() and plan.source_date
    ):
        raise PlanError("no_source")
    try:
        with transaction.atomic():
            return _save(plan)
    except IntegrityError:
        # The same review confirmed twice at once (a double click): the first one's meeting is
        # kept. The second's rows clashed with it once it was committed.
        if plan.import_key:
            meeting = Meeting.objects.filter(import_key=plan.import_key).first()
            if meeting is not None:
                raise AlreadyImported(meeting) from None
        raise


def _save(plan):
    saved = {}
    created = {}

    def institution(item):
        if item is None:
            return None
        if item not in saved:
            # Two new rows of one name are one institution (names are unique).
            key = (item.name or item.name_ko).strip().casefold()
            if item.existing is None and key in created:
                saved[item] = created[key]
            elif item.existing is not None:
                saved[item] = gain_names(item.existing, item)
            else:
                short_name = item.short_name.strip()
                saved[item] = Institution.objects.create(
                    name=item.name.strip(),
                    name_ko=item.name_ko.strip(),
                    # A short name in Hangul (중기부) is the Korean one.
                    **{"short_name_ko" if HANGUL.search(short_name) else "short_name": short_name},
                    slug=unique_slug(Institution, item.name, item.name_ko),
                    kind=item.kind,
                )
                created.setdefault(key, saved[item])
        return saved[item]

    host = institution(plan.host)
    council = plan.council or Council.objects.create(
        **on_side(plan.language, "name", plan.new_council.strip()),
        slug=unique_slug(Council, plan.new_council),
        host=host,
    )
    meeting = Meeting.objects.create(
        council=council,
        **{name: getattr(plan, name).strip() for name in MEETING_TEXTS},
        slug=unique_slug(Meeting, plan.title, plan.title_ko, f"meeting-{plan.date:%Y-%m-%d}"),
        date=plan.date,
        original_language=plan.language,
        status=plan.status,
        source_title=plan.source_title.strip(),
        source_url=plan.source_url.strip(),
        source_publisher=plan.source_publisher.strip(),
        source_date=plan.source_date,
        source_is_translation=plan.source_is_translation,
        source_text=plan.source_text,
        import_key=plan.import_key,
    )
    parts = set()
    for item in plan.institutions:
        if not item.part:
            continue
        body = institution(item)
        # Two rows may name the same existing institution ("MSS" and its full name).
        if (body.pk, item.part) not in parts:
            parts.add((body.pk, item.part))
            Participation.objects.create(meeting=meeting, institution=body, part=item.part)

    people = {}
    for remark in plan.remarks:
        person = remark.speaker
        if person is not None and person not in people:
            people[person] = (
                gain_names(person.existing, person)
                if person.existing
                else _new_person(person, institution)
            )
    owner = host or council.host
    for position, item in enumerate(plan.policy_items, start=1):
        policy = item.existing or PolicyItem.objects.create(
            name=item.name.strip(),
            name_ko=item.name_ko.strip(),
            slug=unique_slug(PolicyItem, item.name, item.name_ko),
            kind=item.kind,
            status=item.status,
            **on_side(plan.language, "status_note", item.status_note.strip()),
            owner=owner,
        )
        agenda = AgendaItem.objects.create(
            meeting=meeting, position=position, title=policy.name, title_ko=policy.name_ko
        )
        agenda.policy_items.add(policy)
    # The translations the reader finds are those an article declares; it says how of a
    # machine's ("This article has been translated by AI").
    translation = (
        Provenance.MACHINE if is_machine_translation(plan.source_text) else Provenance.TRANSLATION
    )
    for position, remark in enumerate(plan.remarks, start=1):
        Remark.objects.create(
            meeting=meeting,
            position=position,
            speaker=people.get(remark.speaker),
            **remark.printed_role(),
            **remark.words(translation),
        )
    return meeting


def names_gained(record, name, name_ko):
    """The names an import adds to a matched person or institution: the Korean name it lacks,
    or the English name of a record known only by its Korean one. Names it has are kept."""
    gained = {}
    if name_ko and HANGUL.search(name_ko) and not record.name_ko:
        gained["name_ko"] = name_ko
    if name and not HANGUL.search(name) and HANGUL.search(record.name):
        taken = isinstance(record, Institution) and (
            Institution.objects.filter(name__iexact=name).exclude(pk=record.pk).exists()
        )
        if not taken:
            gained["name"] = name
    return gained


def gain_names(record, plan):
    """The matched record, with the names the article gives that it lacked (see
    ``names_gained``)."""
    gained = names_gained(record, plan.name.strip(), plan.name_ko.strip())
    if gained:
        type(record).objects.filter(pk=record.pk).update(**gained)
        for name, value in gained.items():
            setattr(record, name, value)
    return record


def _new_person(plan, institution):
    person = Person.objects.create(
        name=plan.name.strip(),
        name_ko=plan.name_ko.strip(),
        slug=unique_slug(Person, plan.name, plan.name_ko),
    )
    title, title_ko = plan.title.strip(), plan.title_ko.strip()
    if (title or title_ko) and plan.institution is not None:
        Appointment.objects.create(
            person=person, institution=institution(plan.institution), title=title, title_ko=title_ko
        )
    return person
