"""Match what an article names against the records, and propose the rest as new.

People match by English or Korean name with case, spaces and hyphens ignored, in either name
order ("Jang Tae-woo", "Tae-woo Jang", "JANG Taewoo", "장태우"); a Korean name matches the person
of that Korean name whatever their romanisation. A romanisation variant ("Park Ji-hun" for "Park
Ji-hoon", "Yi" for "Lee") matches only where the person's institution or title agrees with the
article's; otherwise the person is proposed as new, with the record shown as a near match.
Institutions match by name, Korean name (spaces ignored) or short name; policy items and councils
by name or Korean name. A matched record gains the name the article gives in the other language.
"""

import re
from dataclasses import dataclass

from django.db.models import Prefetch, Q

from council.lib.text import HANGUL, name_key
from council.records.models import (
    Appointment,
    Council,
    Institution,
    Participation,
    Person,
    PolicyItem,
)

from .plan import (
    UNIDENTIFIED,
    InstitutionPlan,
    MeetingPlan,
    PersonPlan,
    PolicyPlan,
    RemarkPlan,
    names_gained,
)
from .romanize import FAMILY_NAMES, romanize_name

# How the press spells Korean family names besides the way romanize.FAMILY_NAMES does.
FAMILY_NAME_SPELLINGS = {
    "이": ("Yi", "Rhee", "Rhie", "Ri", "Li", "I", "Yee"),
    "박": ("Pak", "Bak", "Bahk"),
    "김": ("Gim",),
    "정": ("Jeong", "Chung", "Cheong"),
    "최": ("Choe", "Chwe"),
    "조": ("Jo", "Joe"),
    "강": ("Gang",),
    "윤": ("Yun",),
    "장": ("Chang",),
    "임": ("Im", "Rim"),
    "오": ("O",),
    "신": ("Sin",),
    "권": ("Gwon",),
    "안": ("An",),
    "류": ("Yu", "Yoo", "Ryoo", "Lyu"),
    "유": ("Yu", "You"),
    "전": ("Jun", "Chun", "Chon"),
    "고": ("Go", "Koh"),
    "문": ("Mun",),
    "손": ("Sohn",),
    "배": ("Pae",),
    "백": ("Paik", "Paek", "Baik"),
    "노": ("No", "Roh", "Ro"),
    "곽": ("Gwak",),
    "성": ("Seong",),
    "주": ("Ju", "Chu"),
    "우": ("U",),
    "구": ("Gu", "Ku"),
    "서": ("Suh",),
    "심": ("Sim",),
    "허": ("Huh", "Hur"),
    "현": ("Hyeon",),
    "변": ("Byeon",),
    "엄": ("Um",),
}

# Each spelling of a family name, lower case, to the Korean family names it may stand for.
FAMILY_OF = {}
for _hangul, _spelling in FAMILY_NAMES.items():
    FAMILY_OF.setdefault(_spelling.casefold(), set()).add(_hangul)
for _hangul, _spellings in FAMILY_NAME_SPELLINGS.items():
    for _spelling in _spellings:
        FAMILY_OF.setdefault(_spelling.casefold(), set()).add(_hangul)

# The spellings a given name is printed in, reduced to one: "hoon"/"hun", "young"/"yeong",
# "cheol"/"chul", "hee"/"hui", "kyung"/"gyeong", "woo"/"u". Applied in order.
GIVEN_NAME_SPELLINGS = (
    ("eui", "i"),
    ("ee", "i"),
    ("ui", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("eo", "u"),
    ("wo", "u"),
    ("wu", "u"),
    ("ae", "e"),
    ("sh", "s"),
    ("ch", "j"),
    ("k", "g"),
    ("p", "b"),
    ("t", "d"),
    ("l", "r"),
)


def name_keys(name):
    """The keys of a name in every order: family name first or last."""
    words = (name or "").split()
    if not words:
        return set()
    return {
        name_key(" ".join(order))
        for order in (words, words[1:] + words[:1], words[-1:] + words[:-1])
    }


def given_name_key(given):
    key = re.sub(r"[^a-z]", "", given.casefold())
    for spelling, common in GIVEN_NAME_SPELLINGS:
        key = key.replace(spelling, common)
    return re.sub(r"(.)\1+", r"\1", key)


def spelling_keys(name):
    """A romanised name's keys with its spelling ignored, family name first or last:
    "Ji-hoon Park" and "Bak Ji-hun" share ("박", "jihun")."""
    words = re.sub(r"[-‐‑]", "-", name or "").split()
    if len(words) < 2 or HANGUL.search(name):
        return set()
    keys = set()
    for family, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        for hangul in FAMILY_OF.get(family.casefold(), ()):
            keys.add((hangul, given_name_key("".join(given))))
    return keys


def record_spelling_keys(person):
    keys = spelling_keys(person.name)
    if person.name_ko:
        keys |= spelling_keys(romanize_name(person.name_ko))
    return keys


@dataclass
class PersonMatch:
    """The person an article's name is, or None; and a record of a similar name that nothing
    confirms, shown to staff as a near match."""

    person: Person | None = None
    near: Person | None = None


def agrees(person, institution=None, title=""):
    """Whether one of the person's appointments is at ``institution`` or has ``title``.

    Uses the prefetched appointments (see ``match_person``)."""
    title = name_key(title)
    return any(
        (institution is not None and appointment.institution_id == institution.pk)
        or (title and title in {name_key(appointment.title), name_key(appointment.title_ko)})
        for appointment in person.appointments.all()
    )


def match_person(name, name_ko="", *, institution=None, title=""):
    """The person of that English or Korean name (see the module's docstring). Two queries."""
    keys = (name_keys(name) | name_keys(name_ko)) - {""}
    loose = spelling_keys(name)
    if not keys:
        return PersonMatch()
    words = {w for n in (name, name_ko) for w in re.split(r"[\s\-]+", n or "") if len(w) > 1}
    query = Q(name_ko__in=[n for n in (name, name_ko) if n])
    for word in words:
        query |= Q(name__icontains=word) | Q(name_ko__icontains=word)
    for spelling in {s for family, _ in loose for s in spellings_of(family)}:
        query |= Q(name__istartswith=f"{spelling} ") | Q(name__iendswith=f" {spelling}")
    candidates = Person.objects.filter(query).order_by("pk")
    candidates = candidates.prefetch_related(
        Prefetch("appointments", queryset=Appointment.objects.order_by("pk"))
    )
    same_korean, exact, similar = [], [], []
    for person in candidates:
        if name_ko and person.name_ko:
            if name_key(name_ko) == name_key(person.name_ko):
                same_korean.append(person)
            # Otherwise two different Korean names: two people, however alike their spellings.
        elif {name_key(person.name), name_key(person.name_ko)} & keys:
            exact.append(person)
        elif loose & record_spelling_keys(person):
            similar.append(person)
    for found in (same_korean, exact):
        if found:
            return PersonMatch(person=confirmed_first(found, institution, title)[0])
    confirmed = [p for p in similar if agrees(p, institution, title)]
    if confirmed:
        return PersonMatch(person=confirmed[0])
    return PersonMatch(near=similar[0] if similar else None)


def confirmed_first(people, institution, title):
    return sorted(people, key=lambda person: not agrees(person, institution, title))


def spellings_of(family):
    """Every spelling of a Korean family name: "이" -> Lee, Yi, Rhee…"""
    return {FAMILY_NAMES.get(family, ""), *FAMILY_NAME_SPELLINGS.get(family, ())} - {""}


def institution_names(*names):
    """The forms to look an institution up by: as printed, without "(주)", "경기대" in full."""
    out = []
    for name in names:
        name = re.sub(r"^(?:the\s+|\(주\)|㈜)", "", (name or "").strip(), flags=re.IGNORECASE)
        if name:
            out.append(name)
            if name.endswith("대") and HANGUL.search(name):
                out.append(name + "학교")
    return list(dict.fromkeys(out))


def find_institution(*names):
    """The institution with one of ``names`` as name, Korean name (spaces ignored) or short
    name. One query."""
    names = institution_names(*names)
    if not names:
        return None
    query = Q(name_ko_key__in=[name_key(n) for n in names if HANGUL.search(n)])
    for name in names:
        query |= Q(name__iexact=name) | Q(short_name__iexact=name)
    candidates = list(Institution.objects.with_name_keys().filter(query).order_by("pk"))
    wanted = [name_key(n) for n in names]
    # A full name beats a short one: "MSS" may be shared; a full name is unique.
    for attribute in ("name", "name_ko", "short_name"):
        for key in wanted:
            for institution in candidates:
                if name_key(getattr(institution, attribute)) == key:
                    return institution
    return None


def find_policy_item(name):
    return (
        PolicyItem.objects.filter(Q(name__iexact=name) | Q(name_ko__iexact=name))
        .order_by("pk")
        .first()
    )


def find_council(name, host=None):
    """The council of that name; else the host's council when it has exactly one."""
    if name:
        council = (
            Council.objects.filter(Q(name__iexact=name) | Q(name_ko__iexact=name))
            .order_by("pk")
            .first()
        )
        if council:
            return council
    if host is not None:
        councils = list(Council.objects.filter(host=host)[:2])
        if len(councils) == 1:
            return councils[0]
    return None


def is_national_assembly(found):
    return "National Assembly" in (found.name, found.name_en) or "국회" in (
        found.name,
        found.name_ko,
    )


def propose(extraction, *, source_text="", source_url="", published_on=None):
    """The plan an extraction suggests, matched against the records; nothing is saved."""
    korean = extraction.language == "ko"
    bill_before_assembly = any(p.kind == "bill" for p in extraction.policy_items)
    institutions = {}
    for found in extraction.institutions:
        plan = propose_institution(found)
        plan.found_as = found.name
        if found.name == extraction.host:
            plan.part = Participation.Part.HOST
        elif bill_before_assembly and is_national_assembly(found):
            plan.part = Participation.Part.MENTIONED
        else:
            plan.part = Participation.Part.PARTICIPANT
        institutions[found.name] = plan
    host = institutions.get(extraction.host)
    council_name = next(iter(institution_names(extraction.council)), "")
    council = find_council(council_name, host.existing if host else None)
    # The council is the meeting's own body, never one of the institutions taking part.
    council_names = {name_key(council_name)}
    if council:
        council_names |= {name_key(council.name), name_key(council.name_ko)}
    council_names -= {""}
    for found in extraction.institutions:
        names = institution_names(found.name, found.name_en, found.name_ko)
        if {name_key(name) for name in names} & council_names:
            institutions.pop(found.name, None)

    people = {}
    remarks = []
    for found in extraction.remarks:
        person = None
        if found.speaker:
            person = people.get(found.speaker)
            if person is None:
                person = people[found.speaker] = propose_person(found, institutions)
        role = found.role or ("" if person else UNIDENTIFIED)
        remarks.append(
            RemarkPlan(
                text=found.quote,
                speaker=person,
                role=role,
                language=extraction.language,
                is_translation=extraction.is_translation,
                note=found.note or "",
            )
        )

    policy_items = []
    for found in extraction.policy_items:
        existing = find_policy_item(found.name)
        policy_items.append(
            PolicyPlan(
                name=existing.name if existing else ("" if korean else found.name),
                name_ko=existing.name_ko if existing else (found.name if korean else ""),
                kind=existing.kind if existing else found.kind,
                status=existing.status if existing else (found.status or ""),
                status_note=existing.status_note if existing else found.status_note,
                existing=existing,
            )
        )

    # The article's texts fill the side of its language only.
    texts = {
        "title": meeting_title(extraction)[:300],
        "venue": extraction.venue,
        "city": extraction.city,
        "summary": extraction.summary,
    }
    return MeetingPlan(
        **{f"{field}_ko" if korean else field: text for field, text in texts.items()},
        date=extraction.date or published_on,
        council=council,
        new_council="" if council else council_name,
        source_title=extraction.title[:300],
        source_publisher=extraction.publisher[:200],
        source_url=source_url,
        source_date=published_on,
        source_is_translation=extraction.is_translation,
        source_text=source_text,
        language=extraction.language,
        institutions=list(institutions.values()),
        people=list(people.values()),
        remarks=remarks,
        policy_items=policy_items,
    )


def meeting_title(extraction):
    """The headline, else the council's name, else the summary's first sentence shortened: the
    meeting needs a title for staff to correct where the source has no headline (the source's
    title stays empty then)."""
    council = extraction.council
    if extraction.title or council:
        return extraction.title or council[:1].upper() + council[1:]
    first = re.split(r"(?<=[.!?])\s", extraction.summary.strip(), maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def propose_institution(found):
    name_ko = found.name_ko or (found.name if HANGUL.search(found.name) else "")
    name = found.name_en or ("" if HANGUL.search(found.name) else found.name)
    existing = find_institution(found.name, found.short_name, found.name_en, found.name_ko)
    if existing is None:
        return InstitutionPlan(
            name=name,
            name_ko=name_ko,
            short_name=found.short_name,
            kind=found.kind,
        )
    gained = names_gained(existing, name, name_ko)
    return InstitutionPlan(
        name=gained.get("name", existing.name),
        name_ko=gained.get("name_ko", existing.name_ko),
        short_name=existing.short_name,
        kind=existing.kind,
        existing=existing,
    )


def propose_person(found, institutions):
    korean = bool(HANGUL.search(found.speaker))
    name = romanize_name(found.speaker) if korean else found.speaker
    name_ko = found.speaker if korean else ""
    institution = institutions.get(found.institution)
    match = match_person(
        name,
        name_ko,
        institution=institution.existing if institution else None,
        title=found.title,
    )
    if match.person:
        gained = names_gained(match.person, "" if korean else name, name_ko)
        name = gained.get("name", match.person.name)
        name_ko = gained.get("name_ko", match.person.name_ko)
    return PersonPlan(
        name=name,
        name_ko=name_ko,
        title="" if korean else found.title,
        title_ko=found.title if korean else "",
        institution=institution,
        existing=match.person,
        near=match.near,
        found_as=found.speaker,
    )
