"""Every change to a record is on the record: who, when, the old values, and a way back
(issue 12, finding 5)."""

import pytest
from reversion.models import Version

from council.records.models import Meeting, Remark

from .admin_forms import read_form
from .factories import make_council, make_person

pytestmark = pytest.mark.django_db


def add_meeting(client, speaker):
    form = read_form(client.get("/admin/records/meeting/add/"), "meeting_form")
    form.update(
        {
            "council": [str(make_council().pk)],
            "title": ["AI council, July"],
            "slug": ["ai-council-july"],
            "date": ["2026-07-01"],
            "source_publisher": ["Ministry of SMEs and Startups"],
            "source_date": ["2026-07-01"],
            "remarks-0-speaker": [str(speaker.pk)],
            "remarks-0-role": ["Director general"],
            "remarks-0-text": ["Training must reach the regions."],
        }
    )
    assert client.post("/admin/records/meeting/add/", form).status_code == 302
    return Meeting.objects.get()


def edit(client, record, **changes):
    opts = record._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"
    form = read_form(client.get(url), f"{record._meta.model_name}_form")
    form.update({name: [value] for name, value in changes.items()})
    assert client.post(url, form).status_code == 302


def test_a_meetings_history_keeps_who_changed_what_and_the_old_values(client, editor):
    meeting = add_meeting(client, make_person())
    edit(client, meeting, title="AI policy council, July", **{"remarks-0-text": "Corrected."})

    first, second = Version.objects.get_for_object(meeting).order_by("pk")
    assert first.field_dict["title"] == "AI council, July"
    assert second.field_dict["title"] == "AI policy council, July"
    old_remark = first.revision.version_set.get(content_type__model="remark")
    assert old_remark.field_dict["text"] == "Training must reach the regions."
    page = client.get(f"/admin/records/meeting/{meeting.pk}/history/").content.decode()
    assert "alice" in page
    assert "Changed Title. Changed English text for remark" in page


def test_publishing_and_withdrawing_are_in_the_history_with_who_did_it(client, editor):
    meeting = add_meeting(client, make_person())
    for action in ("publish", "unpublish"):
        listed = read_form(client.get("/admin/records/meeting/"), "changelist-form")
        client.post(
            "/admin/records/meeting/",
            {**listed, "action": action, "_selected_action": [meeting.pk]},
        )

    history = Version.objects.get_for_object(meeting).order_by("pk")
    assert [v.field_dict["status"] for v in history] == ["draft", "published", "draft"]
    assert [v.revision.get_comment() for v in history][1:] == ["Published", "Returned to draft"]
    assert {v.revision.user.username for v in history} == {"alice"}


def test_an_old_version_is_restored_with_the_remarks_deleted_since(client, editor):
    meeting = add_meeting(client, make_person())
    edit(client, meeting, title="Wrong title", **{"remarks-0-DELETE": "on"})
    assert not Remark.objects.exists()
    original = Version.objects.get_for_object(meeting).order_by("pk").first()
    url = f"/admin/records/meeting/{meeting.pk}/history/{original.pk}/"

    shown = client.get(url)
    assert 'value="AI council, July"' in shown.content.decode()
    assert client.post(url, read_form(shown, "meeting_form")).status_code == 302

    meeting.refresh_from_db()
    assert meeting.title == "AI council, July"
    assert list(meeting.remarks.values_list("text", flat=True)) == [
        "Training must reach the regions."
    ]
    assert (
        "Reverted to previous version"
        in Version.objects.get_for_object(meeting).first().revision.get_comment()
    )


def test_a_person_is_restored_from_the_history_too(client, editor):
    person = make_person(name="Hwang Young-ho")
    edit(client, person, bio="Director general.")
    edit(client, person, bio="Vandalised.")
    before = Version.objects.get_for_object(person).order_by("pk").first()
    url = f"/admin/records/person/{person.pk}/history/{before.pk}/"

    assert client.post(url, read_form(client.get(url), "person_form")).status_code == 302

    person.refresh_from_db()
    assert person.bio == "Director general."
    # Two edits, then the restore saved through the form: forms opened before are refused.
    assert person.version == 4


def test_a_renamed_topic_can_be_renamed_back_from_its_history(client, editor):
    from django.contrib.auth.models import Permission
    from taggit.models import Tag

    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="taggit"))
    topic = Tag.objects.create(name="AI", slug="ai")
    edit(client, topic, name="Artificial intelligence", name_ko="인공지능")
    before = Version.objects.get_for_object(topic).get()
    assert before.field_dict["name"] == "Artificial intelligence"
    edit(client, topic, name="Vandalised", name_ko="")
    url = f"/admin/taggit/tag/{topic.pk}/history/{before.pk}/"

    assert client.post(url, read_form(client.get(url), "tag_form")).status_code == 302

    topic.refresh_from_db()
    assert topic.name == "Artificial intelligence"
    assert topic.korean.name_ko == "인공지능"  # its Korean name is part of its history


def test_a_version_before_an_agenda_item_its_remarks_still_use_is_not_a_server_error(
    client, editor
):
    from council.records.models import AgendaItem

    meeting = add_meeting(client, make_person())
    first = Version.objects.get_for_object(meeting).get()
    edit(
        client,
        meeting,
        **{
            "agenda_items-TOTAL_FORMS": "1",
            "agenda_items-0-title": "The act",
        },
    )
    item = AgendaItem.objects.get()
    edit(client, meeting, **{"remarks-0-agenda_item": str(item.pk)})
    url = f"/admin/records/meeting/{meeting.pk}/history/{first.pk}/"

    response = client.post(url, read_form(client.get(url), "meeting_form"), follow=True)

    assert response.status_code == 200
    assert "This version cannot be restored: rows added since are in use by" in (
        response.content.decode()
    )
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    assert Version.objects.get_for_object(meeting).count() == 3  # the restore left no trace


@pytest.fixture
def published_with_photo(client, editor):
    """A published meeting with a photo, its history holding both."""
    from council.records.models import Photo

    from .factories import image_upload

    meeting = add_meeting(client, make_person())
    Meeting.objects.filter(pk=meeting.pk).publish()
    Photo.objects.create(
        meeting=meeting, image=image_upload(), credit="Staff", alt_text="The minister speaking"
    )
    edit(client, meeting, **{"photos-0-caption": "At Osco"})
    return meeting


def picture_files(photo):
    from django.core.files.storage import default_storage

    return {
        name: default_storage.open(name).read() for name in (photo.image.name, photo.thumbnail.name)
    }


def test_a_deleted_photo_restored_from_the_history_comes_back_with_its_picture(
    client, editor, published_with_photo, django_capture_on_commit_callbacks
):
    meeting = published_with_photo
    photo = meeting.photos.get()
    files = picture_files(photo)
    with_photo = Version.objects.get_for_object(meeting).first()
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, meeting, **{"photos-0-DELETE": "on"})
    assert client.get(photo.image.url).status_code == 404

    url = f"/admin/records/meeting/{meeting.pk}/history/{with_photo.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, read_form(client.get(url), "meeting_form")).status_code == 302

    client.logout()
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert f'<img src="{photo.thumbnail.url}"' in page
    for name, content in files.items():
        response = client.get(f"/media/{name}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == content


def test_a_deleted_person_is_recovered_with_their_portrait(
    client, editor, django_capture_on_commit_callbacks
):
    from .factories import image_upload

    person = make_person(portrait=image_upload("face.png"))
    portrait = person.portrait.url
    edit(client, person, bio="Director general.")
    version = Version.objects.get_for_object(person).get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/records/person/{person.pk}/delete/", {"post": "yes"})
    assert client.get(portrait).status_code == 404

    url = f"/admin/records/person/recover/{version.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, read_form(client.get(url), "person_form")).status_code == 302

    assert client.get(portrait).status_code == 200  # as staff see it: no remark is public yet


def test_a_version_whose_picture_is_no_longer_kept_is_refused_not_restored_broken(
    client, editor, published_with_photo, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage

    meeting = published_with_photo
    photo = meeting.photos.get()
    with_photo = Version.objects.get_for_object(meeting).first()
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, meeting, **{"photos-0-DELETE": "on"})
    # As for a photo deleted before deleted pictures were kept.
    default_storage.delete(f"deleted/{photo.image.name}")
    url = f"/admin/records/meeting/{meeting.pk}/history/{with_photo.pk}/"

    for response in (client.get(url, follow=True), client.post(url, {}, follow=True)):
        assert response.redirect_chain[-1][0] == f"/admin/records/meeting/{meeting.pk}/history/"
        assert (
            "This version cannot be restored: the picture of “At Osco” is no longer kept"
            in response.content.decode()
        )
    assert not meeting.photos.exists()


def test_a_version_restored_over_a_replaced_picture_brings_the_old_one_back(
    client, editor, published_with_photo, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage

    from council.records.models import Photo

    from .factories import image_upload

    meeting = published_with_photo
    before = meeting.photos.get()
    files = picture_files(before)
    with_first_picture = Version.objects.get_for_object(meeting).first()
    with django_capture_on_commit_callbacks(execute=True):
        replaced = Photo.objects.get()
        replaced.image = image_upload("another.png", size=(60, 40))
        replaced.save()
    url = f"/admin/records/meeting/{meeting.pk}/history/{with_first_picture.pk}/"

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, read_form(client.get(url), "meeting_form")).status_code == 302

    restored = meeting.photos.get()
    assert (restored.image.name, restored.width) == (before.image.name, 40)
    assert {name: default_storage.open(name).read() for name in files} == files
    assert not any(default_storage.exists(f"deleted/{name}") for name in files)
    assert not default_storage.exists(replaced.image.name)  # set aside in its turn
    assert default_storage.exists(f"deleted/{replaced.image.name}")
