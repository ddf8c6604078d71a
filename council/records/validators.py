from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


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
