"""Topics saved with an empty slug (a name only in punctuation, before the slug was given one)
get the slug a new such topic gets: without one, their meetings' pages were server errors."""

from django.db import migrations

from council.records.models import give_topic_a_slug


def give_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.filter(slug=""):
        give_topic_a_slug(tag)
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0008_council_cadence_optional"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(give_slugs, migrations.RunPython.noop)]
