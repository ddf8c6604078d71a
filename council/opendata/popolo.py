"""The archive's people, bodies and appointments in the Popolo data specification
(https://www.popoloproject.com/): what parliamentary monitoring sites exchange.

Popolo has one ``name``: the English one, else the Korean where there is no other. Every name in
each language is also one of the ``other_names``, with its ``lang``, as EveryPolitician's files
give a name in several languages (``"note": "multilingual"``)."""

from council.records.models import Appointment, Institution, Person

from .records import given, link


def popolo(request):
    """Published people (those with a published remark), public institutions, and the
    appointments of those people: three queries whatever the size of the archive."""
    people = list(Person.objects.published().order_by("name"))
    institutions = list(Institution.objects.published().select_related("parent").order_by("name"))
    appointments = Appointment.objects.filter(person__in=Person.objects.published()).order_by(
        "person_id", "start_date", "pk"
    )
    public = {institution.pk for institution in institutions}
    return {
        "persons": [
            {
                "id": person.slug,
                "name": person.name or person.name_ko,
                "other_names": names(person, "name", "multilingual"),
                "summary": person.bio or person.bio_ko,
                "image": request.build_absolute_uri(person.portrait.url)
                if person.portrait
                else None,
                "links": [{"url": link(request, person), "note": "archive page"}],
            }
            for person in people
        ],
        "organizations": [
            {
                "id": institution.slug,
                "name": institution.name or institution.name_ko,
                "other_names": names(institution, "name", "multilingual")
                + names(institution, "short_name", "short name"),
                "classification": institution.kind,
                "parent_id": parent_slug(institution, public),
                "links": [{"url": link(request, institution), "note": "archive page"}],
            }
            for institution in institutions
        ],
        "memberships": [
            {
                "person_id": appointment.person.slug,
                "organization_id": appointment.institution.slug,
                "role": appointment.title or appointment.title_ko,
                "start_date": appointment.start_date.isoformat()
                if appointment.start_date
                else None,
                "end_date": appointment.end_date.isoformat() if appointment.end_date else None,
            }
            for appointment in appointments.select_related("person", "institution")
        ],
    }


def names(record, field, note):
    """The record's ``field`` (a name) in each language it is given in, as Popolo's
    ``other_names``."""
    return [
        {"name": name, "lang": language, "note": note} for language, name in given(record, field)
    ]


def parent_slug(institution, public):
    """The parent's slug, where the parent is public too."""
    return institution.parent.slug if institution.parent_id in public else None
