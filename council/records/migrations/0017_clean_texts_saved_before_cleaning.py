"""Texts saved before every text was cleaned as it is saved (council.lib.text) may still hold
control characters: Word's line break (\\x0b) in one remark made every Atom feed a server error.
Every text of the records, and every topic's name, goes through the same ``clean_text`` now.

A batch of rows at a time, by primary key, so that no table is read whole into memory; only the
rows that change are written, so running it again changes nothing."""

from django.db import migrations, models
from django.utils import timezone

from council.lib.text import clean_text

BATCH = 1000


def clean_texts(apps, schema_editor):
    cleaned_any = False
    for model in [*apps.get_app_config("records").get_models(), apps.get_model("taggit", "Tag")]:
        fields = [
            field
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
        ]
        if fields:
            cleaned_any |= clean_rows(model, fields)
    if cleaned_any:
        # Pages cached before show the texts as they were until the records' stamp moves.
        apps.get_model("records", "Revision").objects.update_or_create(
            pk=1, defaults={"changed_at": timezone.now()}
        )


def clean_rows(model, fields):
    """Whether a row of ``model`` had a text to clean (and now has not)."""
    rows = model._base_manager.order_by("pk").values_list("pk", *(f.attname for f in fields))
    cleaned_any, last = False, None
    while batch := list((rows if last is None else rows.filter(pk__gt=last))[:BATCH]):
        for pk, *values in batch:
            changed = {
                field.attname: cleaned
                for field, value in zip(fields, values, strict=True)
                if value
                and (cleaned := clean_text(value, multiline=isinstance(field, models.TextField)))
                != value
            }
            if changed:
                model._base_manager.filter(pk=pk).update(**changed)
                cleaned_any = True
        last = batch[-1][0]
    return cleaned_any


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0016_remark_copies_kept_by_triggers"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(clean_texts, migrations.RunPython.noop)]
