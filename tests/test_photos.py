"""Photos: a thumbnail made with Pillow, the original one click away, the credit always shown."""

import pytest
from PIL import Image

from council.records.models import Photo

from .factories import image_upload, make_meeting

pytestmark = pytest.mark.django_db


def test_an_uploaded_photo_gets_an_upright_thumbnail_and_is_shown_with_its_credit(client):
    meeting = make_meeting()
    photo = Photo.objects.create(
        meeting=meeting,
        image=image_upload("big.png", size=(2400, 1600)),
        caption="Participants at Osco",
        credit="Courtesy of Ministry of SMEs and Startups",
        alt_text="People around a table",
    )
    # Stored with the row: a page (or a version from the history) does not read the file for it.
    stored = Photo.objects.values_list("thumbnail_width", "thumbnail_height").get()
    assert stored == (960, 640)
    with Image.open(photo.thumbnail.path) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == (960, 640)

    html = client.get(meeting.get_absolute_url()).content.decode()
    assert f'<a href="{photo.image.url}"><img src="{photo.thumbnail.url}"' in html
    assert 'width="960" height="640"' in html
    assert 'loading="lazy"' in html
    assert "Courtesy of Ministry of SMEs and Startups" in html


def test_a_photo_taken_sideways_is_turned_upright(client):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    sideways = Image.new("RGB", (300, 200), "white")
    exif = sideways.getexif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    buffer = io.BytesIO()
    sideways.save(buffer, "JPEG", exif=exif)
    photo = Photo.objects.create(
        meeting=make_meeting(),
        image=SimpleUploadedFile("phone.jpg", buffer.getvalue(), content_type="image/jpeg"),
        credit="Staff",
        alt_text="A portrait",
    )
    photo.refresh_from_db()
    assert (photo.thumbnail_width, photo.thumbnail_height) == (200, 300)
