"""The staff roles, as groups (see council/records/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from council.records.roles import EDITED_APPS, ROLES, make_roles


def add_roles(apps, schema_editor):
    # Permissions are otherwise created only after every migration has run. An app added since
    # (the site's pages) is not yet in this state: its own migration gives the roles its own.
    for label in EDITED_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    make_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0014_meeting_corrections"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(add_roles, remove_roles)]
