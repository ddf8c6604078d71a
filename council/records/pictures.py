"""Uploaded pictures (meeting photos, portraits) as the archive keeps them.

What a camera or a phone writes into a file (the GPS position, the device, the owner's name,
a thumbnail of the uncropped shot) is not the archive's to publish, and a file that is also a
script must not be served as it was uploaded. So every upload is decoded and written again by
Pillow: upright (the EXIF orientation applied), in its own format (JPEG, PNG or WebP), with its
colour profile and nothing else, under a random name that says nothing of the uploader's file.
"""

import io
import secrets

from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from PIL import Image, ImageOps

from .validators import PICTURE_FORMATS, validate_picture

JPEG_QUALITY = 90


def reencoded(content):
    """``content`` (a JPEG, PNG or WebP that ``validate_picture`` accepted) written again, as a
    ``ContentFile`` named by a random token."""
    content.seek(0)
    with Image.open(content) as original:
        picture_format = original.format
        profile = original.info.get("icc_profile")
        picture = ImageOps.exif_transpose(original)
    # Only what drawing the image needs: EXIF, XMP, comments and text chunks stay behind.
    picture.info = {k: v for k, v in picture.info.items() if k == "transparency"}
    options = {"icc_profile": profile} if profile else {}
    if picture_format in ("JPEG", "WEBP"):
        options["quality"] = JPEG_QUALITY
    buffer = io.BytesIO()
    picture.save(buffer, picture_format, **options)
    name = f"{secrets.token_urlsafe(12)}{PICTURE_FORMATS[picture_format]}"
    return ContentFile(buffer.getvalue(), name=name)


class PictureFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        """Stores the picture re-encoded, under a random name (``name`` is the uploader's)."""
        picture = reencoded(content)
        super().save(picture.name, picture, save)


class PictureField(models.ImageField):
    """An image field whose uploads are checked (``validate_picture``) and re-encoded."""

    attr_class = PictureFieldFile
    default_validators = [validate_picture]

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        # Django offers "image/*": the picker would suggest the TIFFs and GIFs refused on saving.
        field.widget.attrs["accept"] = "image/jpeg,image/png,image/webp"
        return field
