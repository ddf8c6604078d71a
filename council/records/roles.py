"""The two staff roles, as groups: an editor enters and corrects records; a publisher also
publishes them and returns them to draft. Give staff a role by adding them to its group."""

ROLES = {"Editor": False, "Publisher": True}
# What staff edit: every model of the records app, topics (taggit's tags) and the site's pages.
EDITED_APPS = ["records", "taggit", "pages"]
PUBLISHING = ["publish_meeting", "withdraw_meeting", "publish_page"]


def make_roles(group_model, permission_model):
    """Creates the roles that do not exist, with their permissions (a role that exists is left
    as its administrators made it). Takes the models so that a migration can pass its own."""
    editing = permission_model.objects.filter(content_type__app_label__in=EDITED_APPS).exclude(
        codename__in=PUBLISHING
    )
    for name, publishes in ROLES.items():
        group, created = group_model.objects.get_or_create(name=name)
        if not created:
            continue
        group.permissions.add(*editing)
        if publishes:
            group.permissions.add(*permission_model.objects.filter(codename__in=PUBLISHING))


def roles_after_migrate(**kwargs):
    """``post_migrate``: the roles are made again where a database was emptied (``flush``), as
    Django makes its permissions again."""
    from django.contrib.auth.models import Group, Permission

    make_roles(Group, Permission)


def grant_to_roles(group_model, permission_model, model_names):
    """Gives the roles that exist the permissions of the records' models ``model_names``, added
    since the roles were made (``make_roles`` leaves a role that exists as it is). For a
    migration that adds models staff edit."""
    added = permission_model.objects.filter(
        content_type__app_label="records", content_type__model__in=model_names
    )
    for group in group_model.objects.filter(name__in=ROLES):
        group.permissions.add(*added)
