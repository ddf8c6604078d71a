"""The staff roles gain the site's pages: an editor writes them, a publisher also publishes them
(see council/records/roles.py). The roles exist already wherever the records' migrations ran."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from council.records.roles import PUBLISHING, ROLES


def grant(apps, schema_editor):
    # Permissions are otherwise created only after every migration has run.
    config = apps.get_app_config("pages")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    pages = apps.get_model("auth", "Permission").objects.filter(content_type__app_label="pages")
    for role in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        granted = pages if ROLES[role.name] else pages.exclude(codename__in=PUBLISHING)
        role.permissions.add(*granted)


def revoke(apps, schema_editor):
    pages = apps.get_model("auth", "Permission").objects.filter(content_type__app_label="pages")
    for role in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        role.permissions.remove(*pages)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_site_pages"),
        ("records", "0015_editor_and_publisher_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
