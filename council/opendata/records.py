"""The records as plain data: a meeting's whole record, and each remark, person, institution,
council, topic and policy item on its own. The open data files, the API (council/api) and the
bulk download (``export_dump``) all give these, so that a field added here shows in all three.

Every address is absolute, so that a file read on its own still leads back to the page. Every
text staff give is in both languages, the English ``field`` beside its Korean ``field_ko`` as the
records hold them ("" where a language is not given: nothing is translated here), and a
remark's words in each language beside the other, each with how it was made (the words as
spoken, or a translation).
``request`` is anything that makes an address absolute (``build_absolute_uri``): the request, or
``SiteAddress`` outside one.

Each ``for_…`` function reads what its representation shows, for a whole page or chunk of records
in a fixed number of queries.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import BooleanField, ExpressionWrapper, Prefetch, Q
from taggit.models import Tag

from council.archive.caching import kept_for_records
from council.records.addresses import address
from council.records.models import (
    Appointment,
    Institution,
    Language,
    topics_visible_to,
    with_korean_names,
)


class SiteAddress:
    """Absolute addresses on the site at ``base`` (``SITE_URL``), for files made outside a
    request."""

    def __init__(self, base):
        self.origin = base.rstrip("/")

    def build_absolute_uri(self, location):
        """``location``: a path from the site's root, as ``get_absolute_url`` gives."""
        return f"{self.origin}{location}"


def link(request, record):
    return request.build_absolute_uri(record.get_absolute_url())


# Each language's field: English ``field``, Korean ``field_ko``.
SUFFIXES = {Language.ENGLISH.value: "", Language.KOREAN.value: "_ko"}


def given(record, field):
    """``(language, text)`` of the record's ``field`` in each language it is given in."""
    for language, suffix in SUFFIXES.items():
        text = getattr(record, f"{field}{suffix}")
        if text:
            yield language, text


def both(record, *fields):
    """Each of the record's ``fields`` in English and in Korean: ``field`` and ``field_ko``."""
    return {name: getattr(record, name) for field in fields for name in (field, f"{field}_ko")}


def named(request, record, *fields, paired=()):
    """A record named in English and Korean: its slug, names, the given ``fields`` and the
    ``paired`` ones in both languages, its address."""
    if record is None:
        return None
    data = {"slug": record.slug, **both(record, "name", *paired)}
    data.update((field, getattr(record, field)) for field in fields)
    data["url"] = link(request, record)
    return data


def institution_data(request, institution):
    return named(request, institution, paired=["short_name"])


# What is said of a remark's text in each language.
TEXT_DATA = ("text", "provenance", "translated_by", "translated_on")


def text_data(quote):
    """A remark's words in one language and how they were made; None where it has none."""
    if quote is None:
        return None
    data = {field: getattr(quote, field) for field in TEXT_DATA}
    data["translated_on"] = quote.translated_on.isoformat() if quote.translated_on else None
    return data


def remark_data(request, remark, agenda_positions):
    return {
        "id": remark.pk,
        "url": link(request, remark),
        "position": remark.position,
        "speaker": named(request, remark.speaker),
        **both(remark, "role"),
        "spoken_language": remark.spoken_language,
        "texts": {language: text_data(remark.text_in(language)) for language in Language},
        "agenda_item": agenda_positions.get(remark.agenda_item_id),
    }


def iso(day):
    return day.isoformat() if day else None


# A record's topics, fetched for a page or chunk of records at once (``topic_names``) as a
# list set on each: taggit's own prefetch builds a query of its manager for every record it
# fills (1.6 ms each, more than the rest of a remark's representation). Their Korean names
# (``TopicName``) in one query more: taggit takes no queryset to join them in.
TOPICS = (Prefetch("topics", to_attr="topic_list"), "topic_list__korean")


def korean_name(topic):
    """A prefetched topic's Korean name (``TopicName``), "" where it has none."""
    return topic.korean.name_ko if hasattr(topic, "korean") else ""


def topic_names(record):
    """``topics`` (the names) and ``topics_ko`` (the Korean names, in the same order, "" where
    a topic has none)."""
    topics = record.topic_list
    return {
        "topics": [topic.name for topic in topics],
        "topics_ko": [korean_name(topic) for topic in topics],
    }


def meeting_summary(request, meeting):
    """A meeting without its proceedings (``for_meeting_summaries``): what a list gives."""
    council = meeting.council
    return {
        "url": link(request, meeting),
        "slug": meeting.slug,
        **both(meeting, "title"),
        "date": meeting.date.isoformat(),
        "original_language": meeting.original_language,
        **both(meeting, "venue", "city", "summary"),
        "status": meeting.status,
        "council": {
            **named(request, council),
            "host": institution_data(request, council.host),
        },
        "source": {
            "title": meeting.source_title,
            "url": meeting.source_url,
            "publisher": meeting.source_publisher,
            "date": iso(meeting.source_date),
            "is_translation": meeting.source_is_translation,
        },
        **topic_names(meeting),
    }


def for_meeting_summaries(meetings):
    # Without the source's text, most of a meeting's row.
    return meetings.select_related("council__host").defer("source_text").prefetch_related(*TOPICS)


def for_meeting_records(meetings):
    return meetings.with_proceedings().prefetch_related(*TOPICS, "photos")


def meeting_data(request, meeting):
    """Everything a meeting's page shows (``for_meeting_records``)."""
    agenda = list(meeting.agenda_items.all())
    agenda_positions = {item.pk: item.position for item in agenda}
    return {
        **meeting_summary(request, meeting),
        "participants": [
            {
                "institution": institution_data(request, participation.institution),
                "part": participation.part,
                "note": participation.note,
            }
            for participation in meeting.participations.all()
        ],
        "agenda": [
            {
                "position": item.position,
                **both(item, "title", "summary"),
                "presenter": institution_data(request, item.presenter),
                "policy_items": [named(request, policy) for policy in item.policy_items.all()],
            }
            for item in agenda
        ],
        "remarks": [
            remark_data(request, remark, agenda_positions) for remark in meeting.remarks.all()
        ],
        "photos": [
            {
                "url": request.build_absolute_uri(photo.image.url),
                "width": photo.width,
                "height": photo.height,
                **both(photo, "caption", "credit", "alt_text"),
            }
            for photo in meeting.photos.all()
        ],
    }


def meeting_reference(request, meeting):
    return {
        "slug": meeting.slug,
        **both(meeting, "title"),
        "date": meeting.date.isoformat(),
        "url": link(request, meeting),
    }


def remark_record(request, remark):
    """A remark on its own (``for_remark_records``): what was said, and where."""
    agenda_item = remark.agenda_item
    positions = {agenda_item.pk: agenda_item.position} if agenda_item else {}
    return {
        **remark_data(request, remark, positions),
        "meeting": meeting_reference(request, remark.meeting),
        "council": named(request, remark.meeting.council),
        **topic_names(remark),
    }


def for_remark_records(remarks):
    return (
        remarks.select_related("speaker", "agenda_item", "meeting__council")
        .defer("meeting__source_text")
        .prefetch_related(*TOPICS)
    )


def person_record(request, person):
    """A person and the titles they held (``for_person_records``)."""
    return {
        **named(request, person, paired=["bio"]),
        "portrait": request.build_absolute_uri(person.portrait.url) if person.portrait else None,
        "appointments": [
            {
                **both(appointment, "title"),
                "institution": institution_data(request, appointment.institution),
                "start_date": iso(appointment.start_date),
                "end_date": iso(appointment.end_date),
            }
            for appointment in person.appointments.all()
        ],
    }


def for_person_records(people):
    appointments = Appointment.objects.select_related("institution").order_by("start_date", "pk")
    return people.prefetch_related(Prefetch("appointments", appointments))


def public_institution_ids():
    """The ids of the public institutions, kept until the records change: whether one is
    public asks four questions of every meeting, appointment and council (0.2 s for the first
    page of them at a million remarks)."""
    return kept_for_records(
        "public-institution-ids",
        lambda: set(Institution.objects.published().values_list("pk", flat=True)),
    )


def institution_record(request, institution):
    """An institution, and the body it belongs to where that is public too
    (``for_institution_records``)."""
    parent = institution.parent if institution.parent_is_public else None
    return {
        **named(request, institution, "kind", "website", paired=["short_name", "description"]),
        "parent": institution_data(request, parent),
    }


def for_institution_records(institutions):
    """The public ones among ``institutions``, with what their representation shows."""
    public = public_institution_ids()
    return (
        institutions.filter(pk__in=public)
        .select_related("parent")
        .annotate(
            parent_is_public=ExpressionWrapper(Q(parent_id__in=public), output_field=BooleanField())
        )
    )


def council_record(request, council):
    """A council and the body that convenes it (``for_council_records``)."""
    return {
        **named(request, council, "cadence", paired=["description"]),
        "host": institution_data(request, council.host),
    }


def for_council_records(councils):
    return councils.select_related("host")


def public_topics():
    """The topics on a public record, kept until the records change: whether a topic is
    public asks of every remark it tags (0.5 s for the first page at a million remarks)."""
    ids = kept_for_records(
        "public-topic-ids",
        lambda: set(topics_visible_to(AnonymousUser()).values_list("pk", flat=True)),
    )
    return with_korean_names(Tag.objects.filter(pk__in=ids))


def topic_record(request, topic):
    return {
        "slug": topic.slug,
        "name": topic.name,
        "name_ko": topic.name_ko,
        "url": request.build_absolute_uri(address("archive:topic", topic.slug)),
    }


def policy_item_record(request, policy_item):
    """A plan, bill or programme, where it stands, and who owns it (``for_policy_item_records``)."""
    return {
        **named(request, policy_item, "kind", "status", paired=["status_note", "summary"]),
        "owner": institution_data(request, policy_item.owner),
        **topic_names(policy_item),
    }


def for_policy_item_records(policy_items):
    return policy_items.select_related("owner").prefetch_related(*TOPICS)
