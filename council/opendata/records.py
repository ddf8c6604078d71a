"""A meeting's record, and the people and bodies of the archive, as plain data.

Every address is absolute, so that a file read on its own still leads back to the page. Korean
names sit beside the English ones, as the records hold them, and a remark's words in each
language beside the other, each with how it was made (the words as spoken, or a translation).
"""

from council.records.models import Language


def link(request, record):
    return request.build_absolute_uri(record.get_absolute_url())


def named(request, record, *fields):
    """A record named in English and Korean: its slug, names, the given fields, its address."""
    if record is None:
        return None
    data = {"slug": record.slug, "name": record.name, "name_ko": record.name_ko}
    data.update((field, getattr(record, field)) for field in fields)
    data["url"] = link(request, record)
    return data


def institution_data(request, institution):
    return named(request, institution, "short_name")


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
        "role": remark.role,
        "spoken_language": remark.spoken_language,
        "texts": {language: text_data(remark.text_in(language)) for language in Language},
        "agenda_item": agenda_positions.get(remark.agenda_item_id),
    }


def meeting_data(request, meeting):
    """Everything a meeting's page shows (``Meeting.objects.with_proceedings()``)."""
    agenda = list(meeting.agenda_items.all())
    agenda_positions = {item.pk: item.position for item in agenda}
    council = meeting.council
    return {
        "url": link(request, meeting),
        "slug": meeting.slug,
        "title": meeting.title,
        "title_ko": meeting.title_ko,
        "date": meeting.date.isoformat(),
        "venue": meeting.venue,
        "city": meeting.city,
        "summary": meeting.summary,
        "status": meeting.status,
        "council": {
            **named(request, council),
            "host": institution_data(request, council.host),
        },
        "source": {
            "title": meeting.source_title,
            "url": meeting.source_url,
            "publisher": meeting.source_publisher,
            "date": meeting.source_date.isoformat() if meeting.source_date else None,
            "is_translation": meeting.source_is_translation,
        },
        "topics": [topic.name for topic in meeting.topics.all()],
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
                "title": item.title,
                "summary": item.summary,
                "presenter": institution_data(request, item.presenter),
                "policy_items": [
                    {"slug": policy.slug, "name": policy.name, "url": link(request, policy)}
                    for policy in item.policy_items.all()
                ],
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
                "caption": photo.caption,
                "credit": photo.credit,
                "alt_text": photo.alt_text,
            }
            for photo in meeting.photos.all()
        ],
    }
