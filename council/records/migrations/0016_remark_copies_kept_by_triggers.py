from django.db import migrations, models

from council.records.meeting_copies import create_triggers, drop_triggers


def create(apps, schema_editor):
    # On SQLite, RecordsConfig makes them after every migrate (see meeting_copies).
    if schema_editor.connection.vendor == "postgresql":
        create_triggers(schema_editor.connection)


def drop(apps, schema_editor):
    drop_triggers(schema_editor.connection)


class Migration(migrations.Migration):
    """A remark's copies of its meeting's date and publication, kept by database triggers."""

    dependencies = [
        ("records", "0015_editor_and_publisher_roles"),
    ]

    operations = [
        migrations.AlterField(
            model_name="remark",
            name="meeting_date",
            field=models.DateField(editable=False, null=True, verbose_name="meeting date"),
        ),
        migrations.AlterField(
            model_name="remark",
            name="meeting_published",
            field=models.BooleanField(editable=False, null=True, verbose_name="meeting published"),
        ),
        migrations.RunPython(create, drop),
    ]
