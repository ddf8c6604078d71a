from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

from . import document_text

# What the site shows, and the extension a re-encoded file of each format is stored under.
PICTURE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def validate_photo_pixels(image):
    """Refuse images of more pixels than ``PHOTO_MAX_PIXELS`` (decompression bombs included)."""
    # Reading the dimensions parses only the image header.
    width, height = image.width, image.height
    if width * height > settings.PHOTO_MAX_PIXELS:
        raise ValidationError(
            _(
                "This image is %(width)s × %(height)s pixels; the limit is %(limit)s megapixels. "
                "Scale it down and upload it again."
            ),
            code="too_many_pixels",
            params={
                "width": width,
                "height": height,
                "limit": settings.PHOTO_MAX_PIXELS // 1_000_000,
            },
        )


def validate_picture(file):
    """Refuse an upload the archive cannot keep: too large, not a JPEG, PNG or WebP, too many
    pixels, or not readable to its end (a truncated JPEG, an EPS that needs Ghostscript).

    Each was a server error at save, when the image was first decoded, and lost the editor's
    form; here each is a form error. A file already stored was checked when it was uploaded.
    """
    if getattr(file, "_committed", False):
        return
    if file.size > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s. Upload a smaller image."),
            code="too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.PHOTO_MAX_BYTES),
            },
        )
    unreadable = ValidationError(
        _("This image cannot be read: it may be damaged or cut short. Upload a JPEG, PNG or WebP."),
        code="unreadable",
    )
    file.seek(0)
    try:
        with Image.open(file) as image:
            if image.format not in PICTURE_FORMATS:
                raise ValidationError(
                    _("This is a %(format)s image; upload a JPEG, PNG or WebP."),
                    code="format",
                    params={"format": image.format},
                )
            validate_photo_pixels(image)
            image.load()  # decodes to the end: a cut-off file fails here, not at save
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise unreadable from exc
    finally:
        file.seek(0)


def document_limits():
    return document_text.Limits(
        pages=settings.DOCUMENT_MAX_PAGES,
        characters=settings.DOCUMENT_MAX_CHARACTERS,
        seconds=settings.DOCUMENT_READING_SECONDS,
    )


def validate_document(file):
    """Refuse a document the archive cannot keep or read: too large, not a PDF, DOCX or HWPX
    (whatever its name says), or one whose text cannot be read in time. The text read is kept
    on the file (``document_text``) for the record to save, so it is read once."""
    if getattr(file, "_committed", False):
        return
    if file.size > settings.DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s. Upload a smaller document."),
            code="too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.DOCUMENT_MAX_BYTES),
            },
        )
    file.seek(0)
    data = file.read()
    file.seek(0)
    if document_text.sniff(data) is None:
        raise ValidationError(
            _(
                "This file is not a PDF, a Word document (DOCX) or a Hangul document (HWPX). "
                "Save a .hwp or .doc file as HWPX or DOCX first, then upload it."
            ),
            code="format",
        )
    try:
        file.document_text = document_text.extract_bounded(data, document_limits())
    except document_text.TooSlow as exc:
        raise ValidationError(
            _(
                "Reading the text of this document took longer than %(seconds)s seconds: it may "
                "be damaged. Save it again (or print it to PDF) and upload that."
            ),
            code="too_slow",
            params={"seconds": settings.DOCUMENT_READING_SECONDS},
        ) from exc
    except document_text.Unreadable as exc:
        raise ValidationError(
            _(
                "This document cannot be read: it may be damaged, cut short or protected by a "
                "password. Save it again without a password and upload that."
            ),
            code="unreadable",
        ) from exc
