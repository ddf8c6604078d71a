"""Uploads: photos and portraits are re-encoded by Pillow (no EXIF, no GPS, upright, colour
profile kept), only JPEG, PNG and WebP within a byte limit, a form error for anything else, named
by a random token, not public while their meeting is a draft, and deleted with their rows
(issue 12, findings 10, 12 and 13)."""

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms

from council.records.models import Meeting, Person, Photo

from .factories import image_upload, make_council, make_meeting, make_person, records_migration
from .test_admin_meeting import ADD_URL, meeting_form, photo_row, remark_row

pytestmark = pytest.mark.django_db

GPS, ORIENTATION, MAKE = 0x8825, 0x0112, 0x010F
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def camera_file(name, image_format="JPEG", size=(300, 200)):
    """What a phone uploads: taken sideways, with its position, its make and a colour profile."""
    picture = Image.new("RGB", size, (200, 40, 40))
    exif = picture.getexif()
    exif[ORIENTATION] = 6  # rotate 90° clockwise to view
    exif[MAKE] = "PhoneCo"
    exif[GPS] = {1: "N", 2: (37.0, 30.0, 0.0), 3: "E", 4: (127.0, 0.0, 0.0)}
    buffer = io.BytesIO()
    picture.save(buffer, image_format, exif=exif.tobytes(), icc_profile=SRGB)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format}")


def stored(field_file):
    with default_storage.open(field_file.name) as handle, Image.open(handle) as picture:
        picture.load()
        return picture.format, picture.size, dict(picture.getexif()), picture.info


@pytest.mark.parametrize(
    ("image_format", "extension"), [("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp")]
)
def test_a_photo_is_kept_upright_without_its_position_and_camera_data_with_its_profile(
    image_format, extension
):
    photo = Photo.objects.create(
        meeting=make_meeting(),
        image=camera_file(f"minister-at-home{extension}", image_format),
        credit="Staff",
        alt_text="A photo",
    )

    found_format, size, exif, info = stored(photo.image)
    assert (found_format, size) == (image_format, (200, 300))
    assert exif == {}
    assert not {"exif", "xmp", "comment"} & set(info)
    assert info["icc_profile"] == SRGB
    assert (photo.width, photo.height) == (200, 300)
    assert photo.image.name.endswith(extension)
    assert "minister" not in photo.image.name and "minister" not in photo.thumbnail.name
    assert stored(photo.thumbnail)[2] == {}


def test_a_portrait_is_re_encoded_too():
    person = make_person(portrait=camera_file("passport-scan.jpg"))
    found_format, size, exif, _ = stored(person.portrait)
    assert (found_format, size, exif) == ("JPEG", (200, 300), {})
    assert "passport" not in person.portrait.name


def test_a_script_appended_to_a_png_is_not_kept():
    script = b"<script>alert(document.cookie)</script>"
    upload = SimpleUploadedFile("photo.png", image_upload().read() + script)
    photo = Photo.objects.create(meeting=make_meeting(), image=upload, credit="c", alt_text="a")
    assert b"<script>" not in default_storage.open(photo.image.name).read()


def upload_of(image_format, **options):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "blue").save(buffer, image_format, **options)
    return buffer.getvalue()


def truncated_jpeg():
    data = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(data, "JPEG", quality=95)
    return data.getvalue()[: len(data.getvalue()) // 2]


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("scan.tif", upload_of("TIFF"), "This is a TIFF image"),
        ("scan.bmp", upload_of("BMP"), "This is a BMP image"),
        ("icon.ico", upload_of("ICO"), "This is a ICO image"),
        ("poster.eps", upload_of("EPS"), "This is a EPS image"),
        ("moving.gif", upload_of("GIF") + b"<script>alert(1)</script>", "This is a GIF image"),
        ("cut.jpg", truncated_jpeg(), "This image cannot be read"),
    ],
    ids=["tiff", "bmp", "ico", "eps", "gif-script", "truncated-jpeg"],
)
def test_an_upload_the_archive_cannot_keep_is_a_form_error_and_nothing_is_saved(
    client, editor, name, content, error
):
    response = client.post(
        ADD_URL,
        meeting_form(
            make_council(),
            remarks=[remark_row(make_person(), "Kept in the form.")],
            photos=[photo_row(SimpleUploadedFile(name, content))],
        ),
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert "Kept in the form." in response.content.decode()
    assert not Meeting.objects.exists()
    assert not list(Path(default_storage.location).rglob("*.*"))


def test_a_file_over_the_byte_limit_is_a_form_error(client, editor, settings):
    settings.PHOTO_MAX_BYTES = 50_000
    large = Image.effect_noise((400, 400), 80).convert("RGB")
    buffer = io.BytesIO()
    large.save(buffer, "PNG")
    assert buffer.tell() > 50_000
    response = client.post(
        ADD_URL,
        meeting_form(
            make_council(), photos=[photo_row(SimpleUploadedFile("big.png", buffer.getvalue()))]
        ),
    )
    assert response.status_code == 200
    assert "the limit is 48.8\xa0KB" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_portrait_that_cannot_be_read_is_a_form_error(client, editor):
    response = client.post(
        "/admin/records/person/add/",
        {
            "name": "Kim Min-ji",
            "slug": "kim-min-ji",
            "portrait": SimpleUploadedFile("face.jpg", truncated_jpeg()),
            "appointments-TOTAL_FORMS": 0,
            "appointments-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "This image cannot be read" in response.content.decode()
    assert not Person.objects.exists()


@pytest.fixture
def draft_photo():
    return Photo.objects.create(
        meeting=make_meeting(status=Meeting.Status.DRAFT),
        image=image_upload("draft.png", size=(1200, 800)),
        credit="Staff",
        alt_text="Not yet public",
    )


def test_a_drafts_photo_is_not_public_until_the_meeting_is(client, editor, draft_photo):
    addresses = [draft_photo.image.url, draft_photo.thumbnail.url]
    for address in addresses:
        preview = client.get(address)
        assert preview.status_code == 200
        assert "private" in preview["Cache-Control"] and "no-store" in preview["Cache-Control"]
    client.logout()
    assert [client.get(address).status_code for address in addresses] == [404, 404]

    Meeting.objects.publish()
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200
        assert response["Cache-Control"] == "no-cache"
        assert (
            b"".join(response.streaming_content)
            == default_storage.open(address.removeprefix("/media/")).read()
        )

    Meeting.objects.unpublish()
    assert [client.get(address).status_code for address in addresses] == [404, 404]


def test_a_portrait_is_public_once_its_person_has_spoken_at_a_published_meeting(client):
    from .factories import make_remarks

    person = make_person(portrait=image_upload("face.png"))
    assert client.get(person.portrait.url).status_code == 404
    make_remarks(make_meeting(), 1, [person])
    assert client.get(person.portrait.url).status_code == 200


@pytest.mark.parametrize(
    ("mode", "header", "value"),
    [
        ("x-accel-redirect", "X-Accel-Redirect", "/internal-media/{name}"),
        ("x-sendfile", "X-Sendfile", "{root}/{name}"),
    ],
)
def test_the_web_server_can_send_the_file_once_the_archive_has_checked_it(
    client, settings, mode, header, value
):
    settings.MEDIA_SENDFILE = mode
    photo = Photo.objects.create(
        meeting=make_meeting(), image=image_upload(), credit="c", alt_text="a"
    )
    response = client.get(photo.image.url)
    assert response.status_code == 200
    assert response[header] == value.format(name=photo.image.name, root=settings.MEDIA_ROOT)
    assert response["Content-Type"] == "image/png"
    assert response.content == b""


def test_a_stored_file_outside_the_records_is_a_404(client):
    default_storage.save("photos/2026/07/stray.png", image_upload())
    assert client.get("/media/photos/2026/07/stray.png").status_code == 404
    assert client.get("/media/../settings.py").status_code == 404


def test_files_go_with_their_rows_and_are_kept_where_no_address_reaches_them(
    client, django_capture_on_commit_callbacks
):
    photo = Photo.objects.create(
        meeting=make_meeting(), image=image_upload(), credit="c", alt_text="a"
    )
    person = make_person(portrait=image_upload("face.png"))
    kept = [photo.image.name, photo.thumbnail.name, person.portrait.name]
    assert all(default_storage.exists(name) for name in kept)

    with django_capture_on_commit_callbacks(execute=True):
        photo.meeting.delete()  # the photo goes with its meeting
        person.delete()

    assert not any(default_storage.exists(name) for name in kept)
    assert client.get(f"/media/{kept[0]}").status_code == 404
    assert all(default_storage.exists(f"deleted/{name}") for name in kept)
    assert client.get(f"/media/deleted/{kept[0]}").status_code == 404


def test_a_replaced_photo_leaves_no_public_file_behind(
    client, editor, django_capture_on_commit_callbacks
):
    photo = Photo.objects.create(
        meeting=make_meeting(), image=image_upload(), credit="c", alt_text="a"
    )
    photo = Photo.objects.get()  # as the admin loads it
    old = [photo.image.name, photo.thumbnail.name]
    with django_capture_on_commit_callbacks(execute=True):
        photo.image = image_upload("new.png", size=(80, 60))
        photo.save()
    assert not any(default_storage.exists(name) for name in old)
    assert all(default_storage.exists(f"deleted/{name}") for name in old)  # for the history
    assert default_storage.exists(photo.image.name) and default_storage.exists(photo.thumbnail.name)
    assert (photo.width, photo.height) == (80, 60)


def test_a_deletion_rolled_back_keeps_the_files(django_capture_on_commit_callbacks):
    from django.db import transaction

    photo = Photo.objects.create(
        meeting=make_meeting(), image=image_upload(), credit="c", alt_text="a"
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                photo.delete()
                raise RuntimeError("the editor's transaction fails")
        except RuntimeError:
            pass
    assert not callbacks
    assert default_storage.exists(photo.image.name)


def test_deleted_pictures_are_kept_while_a_version_in_the_history_names_them(
    django_capture_on_commit_callbacks,
):
    import reversion
    from django.core.management import call_command

    meeting = make_meeting()
    with reversion.create_revision():
        on_record = Photo.objects.create(
            meeting=meeting, image=image_upload(), credit="c", alt_text="In the history"
        )
    off_record = Photo.objects.create(
        meeting=meeting, image=image_upload(), credit="c", alt_text="Made past the history"
    )
    names = {
        photo.alt_text: [photo.image.name, photo.thumbnail.name]
        for photo in (on_record, off_record)
    }
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.all().delete()

    def set_aside(photo):
        return [default_storage.exists(f"deleted/{name}") for name in names[photo.alt_text]]

    call_command("purge_deleted_files", stdout=io.StringIO())
    assert set_aside(on_record) == [True, True]
    assert set_aside(off_record) == [False, False]

    call_command("deleterevisions", verbosity=0)  # the history trimmed: nothing can restore it
    output = io.StringIO()
    call_command("purge_deleted_files", stdout=output)
    assert set_aside(on_record) == [False, False]
    assert output.getvalue() == "Removed 2 deleted files no version names; kept 0.\n"


def test_a_mistyped_way_of_sending_media_fails_loudly():
    from .test_settings import manage

    result = manage("check", MEDIA_SENDFILE="nginx")
    assert result.returncode != 0
    assert "MEDIA_SENDFILE='nginx' must be one of django, x-accel-redirect, x-sendfile" in (
        result.stderr
    )


def test_photos_kept_from_before_are_re_encoded_when_migrating(django_capture_on_commit_callbacks):
    from django.apps import apps

    meeting = make_meeting()
    name = default_storage.save("photos/2026/07/minister-at-home.jpg", camera_file("x.jpg"))
    thumbnail = default_storage.save("photos/thumbnails/minister-at-home.jpg", image_upload())
    Photo.objects.bulk_create(
        [
            Photo(
                meeting=meeting,
                position=1,
                image=name,
                thumbnail=thumbnail,
                credit="c",
                alt_text="a",
            )
        ]
    )
    migration = records_migration("reencode_kept_uploads")
    with django_capture_on_commit_callbacks(execute=True):
        migration.reencode_kept_uploads(apps, None)

    photo = Photo.objects.get()
    assert "minister" not in photo.image.name and "minister" not in photo.thumbnail.name
    assert stored(photo.image)[:3] == ("JPEG", (200, 300), {})
    assert (photo.width, photo.height) == (200, 300)
    assert not default_storage.exists(name) and not default_storage.exists(thumbnail)
    assert default_storage.exists(photo.thumbnail.name)


def test_the_file_pickers_offer_only_the_formats_the_archive_takes(client, editor):
    person_form = client.get("/admin/records/person/add/").content.decode()
    meeting = make_meeting()
    Photo.objects.create(meeting=meeting, image=image_upload(), credit="c", alt_text="a")
    meeting_form = client.get(f"/admin/records/meeting/{meeting.pk}/change/").content.decode()
    for page in (person_form, meeting_form):
        assert 'accept="image/jpeg,image/png,image/webp"' in page
