from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

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
