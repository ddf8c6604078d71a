"""The admin's record choosers (autocomplete), safe against values tampered into a form."""

import contextlib

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError


def record_keys(values, model):
    """The primary keys among ``values``; a tampered one is left out (the field reports it),
    a number too large for the column too (the database refuses to compare it)."""
    keys = []
    for value in values:
        with contextlib.suppress(ValidationError):
            if (key := model._meta.pk.to_python(value)) is not None:
                model._meta.pk.run_validators(key)
                keys.append(key)
    return keys


class KeysChecked:
    """An autocomplete that draws only the chosen values that are keys: Django's looks every
    submitted value up as it is, and a form sent back with ``\\x00`` or ``9`` × 20 in a chooser
    was a server error instead of the form's "Select a valid choice"."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, record_keys(value, self.field.remote_field.model), attr)


class KeysCheckedSelect(KeysChecked, AutocompleteSelect):
    pass


class KeysCheckedSelectMultiple(KeysChecked, AutocompleteSelectMultiple):
    pass


class ChoosesByKeysChecked:
    """A model admin (or inline) whose autocomplete fields are ``KeysChecked``."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = KeysCheckedSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = KeysCheckedSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
