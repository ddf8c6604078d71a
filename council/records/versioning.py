"""Optimistic locking: every record staff edit carries a version, checked when it is saved.

An editor's form carries the version of the record as it was opened. Saving updates the row
``WHERE version = n`` and sets ``n + 1`` in the same UPDATE: if another editor saved in between,
no row matches, nothing is written and ``StaleEdit`` is raised. The admin turns that into a
form error showing what changed (see ``changes_since``), with the editor's input kept. Topics
(taggit's table, without a version column) are checked by the values their form was opened with
instead (``TopicForm`` in the admin, ``changes_since_values``).

A version column checked in the UPDATE (rather than locking rows while a form is open, or
comparing every field) costs nothing on the ordinary save, holds no lock across requests, and
is the scheme Hibernate's ``@Version`` and django-concurrency use. django-concurrency itself
was not taken: its admin integration shows a bare "record modified" error without what changed,
and it would need the same history lookups we make here with django-reversion anyway.
"""

from dataclasses import dataclass

from django import forms
from django.db import models
from django.db.models.functions import Greatest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class StaleEdit(Exception):
    """The record changed since the instance being saved was read (or its form was opened)."""

    def __init__(self, instance):
        super().__init__(
            f"{instance._meta.label} {instance.pk} changed since version {instance.version}"
        )
        self.instance = instance


class VersionField(models.PositiveIntegerField):
    """How many times the record has been saved; a form carries it hidden."""

    def formfield(self, **kwargs):
        # Hidden whatever widget is asked for: the admin asks every integer field for its own.
        return super().formfield(**{**kwargs, "widget": forms.HiddenInput})


class Versioned(models.Model):
    """A record whose saves are refused when it changed since it was read."""

    version = VersionField(
        _("version"),
        default=1,
        help_text=_("Counts the saves; an edit opened at an older version is refused."),
    )

    class Meta:
        abstract = True

    def _save_table(self, raw=False, *args, **kwargs):
        # A raw save (loading a fixture, restoring an old version from the history) writes a
        # state on purpose: it is not checked, and never takes the version back (the admin's
        # restore is then saved through the form, which moves it on).
        self._saving_raw = raw
        return super()._save_table(raw, *args, **kwargs)

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        version = self._meta.get_field("version")
        values = [value for value in values if value[0] is not version]
        rows = base_qs.filter(pk=pk_val)
        if self._saving_raw:
            if not rows._update([*values, (version, None, Greatest("version", self.version))]):
                return False
            self.version = rows.values_list("version", flat=True).get()
            return True
        if rows.filter(version=self.version)._update([*values, (version, None, self.version + 1)]):
            self.version += 1
            return True
        if rows.exists():
            raise StaleEdit(self)
        return False


@dataclass(frozen=True)
class Change:
    """One field of a record, as an earlier version had it and as it is now."""

    label: str
    before: str
    after: str


@dataclass(frozen=True)
class ChangesSince:
    """What happened to a record after a given version: who saved it, when, and what changed."""

    revisions: list  # reversion Revisions, oldest first
    fields: list[Change]  # empty where the history does not hold the version opened


def changes_since(instance, version):
    """What changed in ``instance`` (as now in the database) since ``version``, from its history.

    Costs a few queries; only a refused save calls it.
    """
    opened, later = _history_after(
        instance, lambda saved: saved.get("version") is not None and saved["version"] <= version
    )
    before = opened.field_dict if opened is not None else {}
    return ChangesSince(revisions=later, fields=_changed_fields(instance, before))


def changes_since_values(instance, opened):
    """What changed in ``instance`` since a form was opened with ``opened`` (``{attname:
    value}``), for a record without a version column (a topic: taggit's table). Who saved it
    since is read from its history: the entries after the newest that holds those values."""
    _, later = _history_after(
        instance, lambda saved: all(saved.get(name) == value for name, value in opened.items())
    )
    return ChangesSince(revisions=later, fields=_changed_fields(instance, opened))


def _history_after(instance, is_opened):
    """``(entry, revisions)``: the newest history entry of ``instance`` for which ``is_opened``
    holds (or None), and the revisions after it, oldest first."""
    from reversion.models import Version

    history = Version.objects.get_for_object(instance).select_related("revision__user")
    later = []
    for entry in history:  # newest first
        if is_opened(entry.field_dict):
            return entry, later[::-1]
        later.append(entry.revision)
    return None, later[::-1]


def _changed_fields(instance, before):
    """Each editable field of ``instance`` whose value differs from ``before`` (``{attname:
    value}``; a field it does not hold is left out)."""
    fields = []
    for field in instance._meta.concrete_fields:
        if not field.editable or field.name == "version" or field.attname not in before:
            continue
        old, new = before[field.attname], field.value_from_object(instance)
        if old != new:
            fields.append(
                Change(capfirst(field.verbose_name), _shown(field, old), _shown(field, new))
            )
    return fields


def _shown(field, value):
    if value in (None, ""):
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field.is_relation:
        related = field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related else "—"
    return str(value)
