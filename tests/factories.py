"""Small factories: each makes one valid object, with overrides for what a test cares about."""

import datetime
import io
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from council.records.models import Council, Institution, Meeting, Person, Remark

_serial = count(1)


def make_institution(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Institution {n}")
    fields.setdefault("slug", f"institution-{n}")
    return Institution.objects.create(**fields)


def make_council(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Council {n}")
    fields.setdefault("slug", f"council-{n}")
    if "host" not in fields:
        fields["host"] = make_institution()
    return Council.objects.create(**fields)


def make_meeting(**fields):
    n = next(_serial)
    fields.setdefault("title", f"Meeting {n}")
    fields.setdefault("slug", f"meeting-{n}")
    fields.setdefault("date", datetime.date(2026, 7, 1))
    fields.setdefault("status", Meeting.Status.PUBLISHED)
    if "council" not in fields:
        fields["council"] = make_council()
    return Meeting.objects.create(**fields)


def make_person(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Person {n}")
    fields.setdefault("slug", f"person-{n}")
    return Person.objects.create(**fields)


def make_remarks(meeting, number, speakers):
    """``number`` remarks in order, spread over ``speakers``, in one insert."""
    return Remark.objects.bulk_create(
        Remark(
            meeting=meeting,
            position=i,
            speaker=speakers[i % len(speakers)],
            role="Speaker",
            text=f"Remark number {i} about artificial intelligence.",
        )
        for i in range(1, number + 1)
    )


def image_upload(name="photo.png", size=(40, 30), image_format="PNG"):
    """A real image, made by Pillow, as a browser would upload it."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")
