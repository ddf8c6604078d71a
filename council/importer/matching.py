"""Match what an article names against the records, and propose the rest as new.

People match by English or Korean name with case, spaces and hyphens ignored, in either name
order ("Jang Tae-woo", "Tae-woo Jang", "JANG Taewoo", "장태우"); institutions by name, Korean
name or short name; policy items and councils by name or Korean name.
"""

import re

from django.db.models import Q

from council.records.models import Council, Institution, Participation, Person, PolicyItem

from .plan import UNIDENTIFIED, InstitutionPlan, MeetingPlan, PersonPlan, PolicyPlan, RemarkPlan
from .romanize import romanize_name

HANGUL = re.compile(r"[가-힣]")


def name_key(name):
    """A name with case, spaces, hyphens and dots ignored: "Jang Tae-woo" -> "jangtaewoo"."""
    return re.sub(r"[\s\-‐‑.·]", "", name or "").casefold()


def name_keys(name):
    """The keys of a name in every order: family name first or last."""
    words = (name or "").split()
    if not words:
        return set()
    return {
        name_key(" ".join(order))
        for order in (words, words[1:] + words[:1], words[-1:] + words[:-1])
    }


def find_person(name, name_ko=""):
    """The person of that English or Korean name, or None. One query."""
    keys = name_keys(name) | name_keys(name_ko)
    if not keys:
        return None
    words = {w for n in (name, name_ko) for w in re.split(r"[\s\-]+", n or "") if len(w) > 1}
    query = Q(name_ko__in=[n for n in (name, name_ko) if n])
    for word in words:
        query |= Q(name__icontains=word) | Q(name_ko__icontains=word)
    for person in Person.objects.filter(query).order_by("pk"):
        if {name_key(person.name), name_key(person.name_ko)} & keys - {""}:
            return person
    return None


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
    """The institution with one of ``names`` as name, Korean name or short name. One query."""
    names = institution_names(*names)
    if not names:
        return None
    query = Q()
    for name in names:
        query |= Q(name__iexact=name) | Q(name_ko__iexact=name) | Q(short_name__iexact=name)
    candidates = list(Institution.objects.filter(query).order_by("pk"))
    lowered = [n.casefold() for n in names]
    # A full name beats a short one: "MSS" may be shared; a full name is unique.
    for attribute in ("name", "name_ko", "short_name"):
        for wanted in lowered:
            for institution in candidates:
                if getattr(institution, attribute).casefold() == wanted:
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


def propose(extraction, *, source_text="", source_url="", published_on=None):
    """The plan an extraction suggests, matched against the records; nothing is saved."""
    korean = extraction.language == "ko"
    institutions = {}
    for found in extraction.institutions:
        existing = find_institution(found.name, found.short_name, found.name_en, found.name_ko)
        if existing:
            plan = InstitutionPlan(
                name=existing.name,
                name_ko=existing.name_ko,
                short_name=existing.short_name,
                kind=existing.kind,
                existing=existing,
            )
        else:
            plan = InstitutionPlan(
                name=found.name_en or found.name,
                name_ko=found.name_ko or (found.name if HANGUL.search(found.name) else ""),
                short_name=found.short_name,
                kind=found.kind,
            )
        plan.found_as = found.name
        plan.part = (
            Participation.Part.HOST
            if found.name == extraction.host
            else Participation.Part.PARTICIPANT
        )
        institutions[found.name] = plan

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
                name=existing.name if existing else found.name,
                name_ko=existing.name_ko if existing else (found.name if korean else ""),
                kind=existing.kind if existing else found.kind,
                status=existing.status if existing else found.status,
                status_note=existing.status_note if existing else found.status_note,
                existing=existing,
            )
        )

    host = institutions.get(extraction.host)
    council = find_council(extraction.council, host.existing if host else None)
    return MeetingPlan(
        title=extraction.title[:300],
        title_ko=extraction.title[:300] if korean else "",
        date=extraction.date or published_on,
        council=council,
        new_council="" if council else extraction.council,
        venue=extraction.venue,
        city=extraction.city,
        summary=extraction.summary,
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


def propose_person(found, institutions):
    korean = bool(HANGUL.search(found.speaker))
    name = romanize_name(found.speaker) if korean else found.speaker
    name_ko = found.speaker if korean else ""
    existing = find_person(found.speaker) or (find_person(name, name_ko) if korean else None)
    if existing:
        name, name_ko = existing.name, existing.name_ko
    return PersonPlan(
        name=name,
        name_ko=name_ko,
        title=found.title,
        title_ko=found.title if korean else "",
        institution=institutions.get(found.institution),
        existing=existing,
        found_as=found.speaker,
    )
