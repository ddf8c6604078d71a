"""The two staff roles, as groups: an editor enters and corrects records; a publisher also
publishes them and returns them to draft. Give staff a role by adding them to its group."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {"Editor": False, "Publisher": True}
# What staff edit: every model of the records app, and topics (taggit's tags).
EDITED_APPS = ["records", "taggit"]
PUBLISHING = ["publish_meeting", "withdraw_meeting"]


def make_roles(apps, schema_editor):
    # Permissions are otherwise created only after every migration has run.
    for label in EDITED_APPS:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editing = Permission.objects.filter(content_type__app_label__in=EDITED_APPS).exclude(
        codename__in=PUBLISHING
    )
    for name, publishes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*editing)
        if publishes:
            group.permissions.add(*Permission.objects.filter(codename__in=PUBLISHING))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0014_meeting_corrections"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(make_roles, remove_roles)]
