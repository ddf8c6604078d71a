"""The archive's people, bodies and appointments in the Popolo data specification
(https://www.popoloproject.com/): what parliamentary monitoring sites exchange."""

from council.records.models import Appointment, Institution, Person

from .records import link


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
                "name": person.name,
                "other_names": korean(person.name_ko),
                "summary": person.bio,
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
                "name": institution.name,
                "other_names": korean(institution.name_ko)
                + (
                    [{"name": institution.short_name, "note": "short name"}]
                    if institution.short_name
                    else []
                ),
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
                "role": appointment.title,
                "start_date": appointment.start_date.isoformat()
                if appointment.start_date
                else None,
                "end_date": appointment.end_date.isoformat() if appointment.end_date else None,
            }
            for appointment in appointments.select_related("person", "institution")
        ],
    }


def korean(name):
    return [{"name": name, "note": "Korean"}] if name else []


def parent_slug(institution, public):
    """The parent's slug, where the parent is public too."""
    return institution.parent.slug if institution.parent_id in public else None
