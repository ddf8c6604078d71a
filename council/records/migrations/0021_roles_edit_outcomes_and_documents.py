"""The staff roles edit the records added since they were made: status changes, decisions,
commitments and their follow-ups, documents (see council/records/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from council.records.roles import grant_to_roles

MODELS = ["policystatuschange", "decision", "commitment", "followup", "document"]


def grant(apps, schema_editor):
    # Permissions are otherwise created only after every migration has run.
    config = apps.get_app_config("records")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    grant_to_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), MODELS)


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0020_meeting_documents"),
        ("records", "0015_editor_and_publisher_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
