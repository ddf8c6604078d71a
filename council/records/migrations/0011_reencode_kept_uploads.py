"""Photos and portraits uploaded before uploads were re-encoded are re-encoded now, as a new
upload is: their EXIF (GPS position included) goes, and their address (and their thumbnail's) no
longer carries the uploader's file name. Old files are deleted once the migration has committed."""

from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import migrations, transaction
from PIL import Image

from council.records.validators import PICTURE_FORMATS

UPLOADS = [("Photo", "image"), ("Person", "portrait")]


def reencode_kept_uploads(apps, schema_editor):
    for model_name, field_name in UPLOADS:
        model = apps.get_model("records", model_name)
        for record in model.objects.exclude(**{field_name: ""}).iterator():
            stored = getattr(record, field_name)
            old_name = stored.name
            try:
                with stored.storage.open(old_name) as handle:
                    content = ContentFile(handle.read())
                with Image.open(content) as image:
                    if image.format not in PICTURE_FORMATS:
                        continue  # a format the site no longer takes: left for staff to replace
                stored.save(old_name, content, save=False)  # re-encoded, under a new name
            except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
                continue  # missing or unreadable: left as it is
            replaced = [old_name]
            thumbnail = getattr(record, "thumbnail", None)
            if thumbnail:
                replaced.append(thumbnail.name)
                try:
                    with thumbnail.storage.open(thumbnail.name) as handle:
                        made = ContentFile(handle.read())
                    thumbnail.save(f"{PurePath(stored.name).stem}.jpg", made, save=False)
                except OSError:
                    record.thumbnail = ""  # missing: pages show the photo itself
            record.save()
            for name in replaced:
                transaction.on_commit(
                    lambda storage=stored.storage, name=name: storage.delete(name), robust=True
                )


class Migration(migrations.Migration):
    dependencies = [("records", "0010_photos_reencoded_and_found_by_file")]

    operations = [migrations.RunPython(reencode_kept_uploads, migrations.RunPython.noop)]
