"""Staff enter a whole meeting on one admin page; the public sees it once it is published."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from council.records.models import AgendaItem, Meeting, Person, Photo, Remark, TopicName

from .admin_forms import read_form
from .factories import (
    image_upload,
    make_council,
    make_meeting,
    make_person,
    make_remarks,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/records/meeting/add/"
INLINES = ("participations", "agenda_items", "decisions", "remarks", "photos", "documents")


def inline(prefix, rows, initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": len(rows),
        f"{prefix}-INITIAL_FORMS": initial,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{name}": value for name, value in row.items()})
    return data


def meeting_form(council, *, remarks=(), photos=(), **fields):
    data = {
        "council": council.pk,
        "title": "Workforce training for AI",
        "slug": "workforce-training-for-ai",
        "date": "2026-08-05",
        "original_language": "en",
        "venue": "KOSME headquarters",
        "city": "Jinju",
        "summary": "",
        "status": "draft",
        "topics": "workforce training, AI",
        "source_publisher": "Ministry of SMEs and Startups",
        "source_title": "Workforce training for AI discussed",
        "source_url": "https://www.mss.go.kr/press/1",
        "source_date": "2026-08-05",
        **fields,
    }
    for prefix in INLINES:
        data.update(inline(prefix, []))
    data.update(inline("remarks", list(remarks)))
    data.update(inline("photos", list(photos)))
    return data


def remark_row(speaker, text, position=""):
    return {
        "position": position,
        "speaker": speaker.pk,
        "role": "Director general",
        "text": text,
        "spoken_language": "en",
        "topics": "",
    }


def photo_row(image):
    return {
        "position": "",
        "image": image,
        "caption": "The council in session",
        "credit": "Courtesy of Ministry of SMEs and Startups",
        "alt_text": "Officials seated around a table",
    }


def add_person_in_popup(client, name, slug):
    """The + beside the speaker field: add a person without leaving the meeting form."""
    response = client.post(
        "/admin/records/person/add/?_popup=1",
        {"name": name, "slug": slug, "_popup": "1", **inline("appointments", [])},
    )
    assert response.status_code == 200
    assert b"data-popup-response" in response.content
    return Person.objects.get(slug=slug)


def test_staff_enter_a_meeting_with_remarks_a_new_speaker_and_a_photo(client, editor):
    council = make_council()
    known = make_person(name="Hwang Young-ho", slug="hwang-young-ho")
    newcomer = add_person_in_popup(client, "Kim Min-ji", "kim-min-ji")

    response = client.post(
        ADD_URL,
        meeting_form(
            council,
            remarks=[
                remark_row(known, "Training must reach regional corporations."),
                remark_row(newcomer, "Universities are ready to help."),
            ],
            photos=[photo_row(image_upload())],
        ),
    )

    assert response.status_code == 302, response.context["errors"]
    meeting = Meeting.objects.get(slug="workforce-training-for-ai")
    assert meeting.status == Meeting.Status.DRAFT
    assert [(r.position, r.speaker) for r in meeting.remarks.all()] == [(1, known), (2, newcomer)]
    assert sorted(meeting.topics.names()) == ["AI", "workforce training"]
    photo = meeting.photos.get()
    assert (photo.width, photo.height) == (40, 30)
    with Image.open(photo.image.path) as stored:
        assert stored.size == (40, 30)


def test_a_draft_is_hidden_from_the_public_until_published(client, editor):
    meeting = make_meeting(status=Meeting.Status.DRAFT, slug="not-yet")
    make_remarks(meeting, 2, [make_person(name="Lee Sang-ho")])
    url = meeting.get_absolute_url()

    preview = client.get(url)
    assert preview.status_code == 200
    assert b"Draft preview" in preview.content

    client.logout()
    assert client.get(url).status_code == 404
    assert b"not-yet" not in client.get("/").content

    client.force_login(editor)
    response = client.post(
        "/admin/records/meeting/",
        {"action": "publish", "_selected_action": [meeting.pk], f"version-{meeting.pk}": 1},
    )
    assert response.status_code == 302
    client.logout()

    page = client.get(url)
    assert page.status_code == 200
    assert b"Lee Sang-ho" in page.content
    assert b"Draft preview" not in page.content
    assert b"not-yet" in client.get("/").content


def test_unpublishing_hides_a_meeting_again_and_keeps_its_first_publication_time(client, editor):
    meeting = make_meeting(status=Meeting.Status.PUBLISHED)
    first_published = meeting.published_at
    client.post(
        "/admin/records/meeting/",
        {"action": "unpublish", "_selected_action": [meeting.pk], f"version-{meeting.pk}": 1},
    )
    client.logout()
    assert client.get(meeting.get_absolute_url()).status_code == 404

    Meeting.objects.filter(pk=meeting.pk).publish()
    meeting.refresh_from_db()
    assert meeting.published_at == first_published


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (
            image_upload().__class__("notes.png", b"%PDF-1.4 not an image", "image/png"),
            "Upload a valid image",
        ),
        # 8,000 × 5,001 is just over the 40-megapixel limit; one bit a pixel keeps it small.
        ("huge", "the limit is 40 megapixels"),
    ],
    ids=["not-an-image", "too-many-pixels"],
)
def test_a_bad_photo_is_refused_with_a_form_error_and_nothing_is_saved(
    client, editor, upload, error
):
    if upload == "huge":
        import io

        from django.core.files.uploadedfile import SimpleUploadedFile

        buffer = io.BytesIO()
        Image.new("1", (8000, 5001)).save(buffer, "PNG")
        upload = SimpleUploadedFile("huge.png", buffer.getvalue(), content_type="image/png")
    council = make_council()
    speaker = make_person()

    response = client.post(
        ADD_URL,
        meeting_form(
            council,
            remarks=[remark_row(speaker, "Kept in the form, never half-saved.")],
            photos=[photo_row(upload)],
        ),
    )

    assert response.status_code == 200
    assert error in response.content.decode()
    assert "Kept in the form, never half-saved." in response.content.decode()
    assert not Meeting.objects.exists()
    assert not Remark.objects.exists()
    assert not Photo.objects.exists()


def existing_remarks_form(meeting, rows):
    data = meeting_form(
        meeting.council,
        title=meeting.title,
        slug=meeting.slug,
        date=str(meeting.date),
        version=meeting.version,
    )
    data.update(inline("remarks", rows, initial=sum(1 for row in rows if row.get("id"))))
    return data


def test_editors_can_swap_two_remarks_and_leave_new_positions_empty(client, editor):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    speaker = make_person()
    first, second = make_remarks(meeting, 2, [speaker])
    rows = [
        {**remark_row(speaker, first.text, position=2), "id": first.pk, "version": 1},
        {**remark_row(speaker, second.text, position=1), "id": second.pk, "version": 1},
        remark_row(speaker, "Added at the end."),
    ]

    response = client.post(
        f"/admin/records/meeting/{meeting.pk}/change/", existing_remarks_form(meeting, rows)
    )

    assert response.status_code == 302, response.context["errors"]
    assert list(meeting.remarks.values_list("text", flat=True)) == [
        second.text,
        first.text,
        "Added at the end.",
    ]


def test_two_remarks_at_the_same_position_get_a_form_error(client, editor):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    speaker = make_person()
    rows = [remark_row(speaker, "One.", position=1), remark_row(speaker, "Two.", position=1)]

    response = client.post(
        f"/admin/records/meeting/{meeting.pk}/change/", existing_remarks_form(meeting, rows)
    )

    assert response.status_code == 200
    assert "Please correct the duplicate data for position" in response.content.decode()
    assert not Remark.objects.exists()


def test_a_remark_offers_only_its_own_meetings_agenda(client, editor):
    meeting, other = make_meeting(), make_meeting()
    AgendaItem.objects.create(meeting=meeting, position=1, title="Our own item")
    AgendaItem.objects.create(meeting=other, position=1, title="Somebody else's item")

    page = client.get(f"/admin/records/meeting/{meeting.pk}/change/").content.decode()

    assert "Our own item" in page
    assert "Somebody else" not in page


def changelist_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/records/meeting/",
        "/admin/records/person/",
        "/admin/records/remark/",
        "/admin/records/appointment/",
        "/admin/records/institution/",
    ],
)
def test_changelists_run_the_same_queries_for_few_and_many_rows(client, editor, url):
    council = make_council()
    speaker = make_person()
    for _ in range(2):
        make_remarks(make_meeting(council=council), 2, [speaker])
    few = changelist_queries(client, url)
    for _ in range(20):
        make_remarks(make_meeting(council=council, date=datetime.date(2025, 3, 1)), 3, [speaker])
    assert changelist_queries(client, url) == few


def test_deleting_an_agenda_item_with_remarks_is_refused_with_the_reason(client, editor):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="The act")
    make_remarks(meeting, 2, [make_person()])
    meeting.remarks.update(agenda_item=item)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")

    response = client.post(url, {**form, "agenda_items-0-DELETE": ["on"]})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Deleting agenda item 1. The act would require deleting" in page
    assert "Remark number 2 about artificial intelligence." in page
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    assert set(meeting.remarks.values_list("agenda_item", flat=True)) == {item.pk}


def test_the_agenda_items_own_delete_page_names_the_remarks_that_keep_it(client, editor):
    meeting = make_meeting()
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="The act")
    make_remarks(meeting, 1, [make_person()])
    meeting.remarks.update(agenda_item=item)
    url = f"/admin/records/agendaitem/{item.pk}/delete/"

    page = client.get(url).content.decode()
    client.post(url, {"post": "yes"})

    assert "would require deleting the following protected related objects" in page
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_a_meeting_is_still_deleted_with_its_agenda_and_remarks(client, editor):
    meeting = make_meeting()
    item = AgendaItem.objects.create(meeting=meeting, position=1, title="The act")
    make_remarks(meeting, 1, [make_person()])
    meeting.remarks.update(agenda_item=item)

    client.post(f"/admin/records/meeting/{meeting.pk}/delete/", {"post": "yes"})

    assert not Meeting.objects.exists()
    assert not AgendaItem.objects.exists()
    assert not Remark.objects.exists()


def test_a_remarks_two_languages_stand_side_by_side_with_how_each_was_made(client, editor):
    page = client.get(ADD_URL).content.decode()
    for row in ("text", "provenance", "translated_by", "translated_on"):
        assert f'class="form-row field-{row} field-{row}_ko"' in page, row


def test_a_new_remark_is_expected_in_the_meetings_original_language(client, editor):
    # A new meeting's original language is the one staff work in, and so its remarks'.
    english = read_form(client.get(ADD_URL), "meeting_form")
    assert english["original_language"] == english["remarks-0-spoken_language"] == ["en"]
    korean = read_form(client.get(f"/ko{ADD_URL}"), "meeting_form")
    assert korean["original_language"] == korean["remarks-0-spoken_language"] == ["ko"]
    meeting = make_meeting(original_language="ko")
    Remark.objects.create(meeting=meeting, role="an official", spoken_language="en", text="Yes.")
    change = read_form(client.get(f"/admin/records/meeting/{meeting.pk}/change/"), "meeting_form")
    assert change["remarks-1-spoken_language"] == ["ko"]


def test_staff_enter_a_korean_remark_with_its_translation_and_are_told_what_is_missing(
    client, editor
):
    korean = {
        **remark_row(make_person(), ""),
        "spoken_language": "ko",
        "text_ko": "지역 기업에 인력 양성이 필요합니다.",
        "text": "Regional corporations need workforce training.",
    }
    response = client.post(ADD_URL, meeting_form(make_council(), remarks=[korean]))
    assert "Say how each translation was made" in response.content.decode()
    assert not Meeting.objects.exists()

    korean |= {"provenance": "machine", "translated_by": "Papago"}
    response = client.post(ADD_URL, meeting_form(make_council(), remarks=[korean]))
    assert response.status_code == 302, response.context["errors"]
    remark = Remark.objects.get()
    assert (remark.provenance_ko, remark.provenance, remark.translated_by) == (
        "original",
        "machine",
        "Papago",
    )


def test_a_photo_whose_form_came_back_with_an_error_is_asked_for_again_and_the_rest_kept(
    client, editor
):
    council, speaker = make_council(), make_person()
    response = client.post(
        ADD_URL,
        meeting_form(
            council,
            remarks=[remark_row(speaker, "Kept in the form.")],
            photos=[{**photo_row(image_upload()), "credit": ""}],
        ),
    )

    assert response.status_code == 200
    photo_form = response.context["inline_admin_formsets"][4].formset.forms[0]
    assert photo_form.errors["credit"] == ["Give the credit in English, Korean or both."]
    assert photo_form.errors["image"] == [
        "Choose this file again: the browser does not keep a chosen file when the form comes "
        "back with an error."
    ]
    (message,) = [str(m) for m in response.context["messages"]]
    assert message == (
        "Not saved yet. To fix: Photo 1: Credit, Image. The rest of what you entered is kept."
    )
    html = response.content.decode()
    assert "Kept in the form." in html and 'value="Officials seated around a table"' in html
    assert not Meeting.objects.exists()


def test_a_meetings_photos_are_shown_as_thumbnails_on_its_form(client, editor):
    meeting = make_meeting()
    photo = Photo.objects.create(
        meeting=meeting, image=image_upload(size=(1200, 800)), credit="Staff", alt_text="A hall"
    )
    html = client.get(f"/admin/records/meeting/{meeting.pk}/change/").content.decode()
    assert f'<img src="{photo.thumbnail.url}" alt="A hall">' in html


@pytest.mark.parametrize(
    ("typed", "names", "shown"),
    [
        ("data centres, regional development", ["data centres", "regional development"], None),
        ("data centres", ["data centres"], None),
        ('AI, "SMEs, startups"', ["AI", "SMEs, startups"], 'AI, "SMEs, startups"'),
    ],
)
def test_topics_read_back_as_typed_without_quotation_marks(client, editor, typed, names, shown):
    response = client.post(ADD_URL, meeting_form(make_council(), topics=typed))
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert sorted(meeting.topics.names()) == names
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    assert form["topics"] == [shown or typed]

    assert client.post(url, form).status_code == 302
    assert sorted(meeting.topics.names()) == names


def test_a_topics_korean_name_is_given_changed_and_removed_beside_its_name(client, editor):
    from django.contrib.auth.models import Permission
    from taggit.models import Tag

    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="taggit"))
    topic = Tag.objects.create(name="AI", slug="ai")
    url = f"/admin/taggit/tag/{topic.pk}/change/"
    form = read_form(client.get(url), "tag_form")
    assert form["name_ko"] == [""]
    html = client.get(url).content.decode()  # one row of two fields, not an inline under it
    assert html.index('name="name"') < html.index('name="name_ko"') < html.index('name="slug"')
    assert "korean-" not in html

    for given in ("인공지능", "인공 지능", ""):
        form = read_form(client.get(url), "tag_form")
        assert client.post(url, {**form, "name_ko": [given]}).status_code == 302
        assert list(TopicName.objects.values_list("name_ko", flat=True)) == (
            [given] if given else []
        )
    assert Tag.objects.get().name == "AI"
