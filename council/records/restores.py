"""What restoring a version from the history changed in a published meeting, told as the admin's
history tells an edit, for the public corrections log.

An edit's correction is told by its form (``CorrectionForm``). A restore writes the version back
before any form is shown, so no form sees what it changed: the meeting is read as the public
reads it before the restore and after, and what differs is the correction.
"""

from dataclasses import dataclass

from django.utils.text import capfirst
from django.utils.translation import override

from .models import MEETING_ROWS, Meeting

# The meeting first, then its rows in the order its page and its form show them.
PARTS = ["meeting", *MEETING_ROWS]


@dataclass(frozen=True)
class Row:
    """The meeting, or one of its rows, as the public reads it."""

    kind: str  # the model's verbose name, untranslated, as the admin's history keeps it
    shown_as: str
    values: dict  # {field label, untranslated: value}


def published_meeting(meeting_id):
    """``{(part, pk): Row}`` of the meeting and its rows, or None where the meeting is not
    published (or not there). A query for the meeting and one per kind of row."""
    meeting = Meeting.objects.published().filter(pk=meeting_id).first()
    if meeting is None:
        return None
    rows = {("meeting", meeting.pk): _read(meeting)}
    for part in MEETING_ROWS:
        for row in getattr(meeting, part).all():
            rows[(part, row.pk)] = _read(row)
    return rows


def _read(record):
    with override(None):
        return Row(
            kind=str(record._meta.verbose_name),
            shown_as=str(record),
            values={
                str(capfirst(field.verbose_name)): field.value_from_object(record)
                for field in record._meta.concrete_fields
                if field.editable and not field.primary_key and field.name != "version"
            },
        )


def what_changed(before, after):
    """``(change message, remark ids)``: what differs from ``before`` to ``after`` (each read by
    ``published_meeting``) as ``construct_change_message`` says it, and the remarks changed or
    brought back."""
    message, remarks = [], []
    keys = sorted({**before, **after}, key=lambda key: PARTS.index(key[0]))
    for part, pk in keys:
        old, new = before.get((part, pk)), after.get((part, pk))
        if old is None:
            message.append({"added": {"name": new.kind, "object": new.shown_as}})
        elif new is None:
            message.append({"deleted": {"name": old.kind, "object": old.shown_as}})
        else:
            fields = [label for label, value in new.values.items() if old.values[label] != value]
            if not fields:
                continue
            if part == "meeting":
                message.append({"changed": {"fields": fields}})
            else:
                message.append(
                    {"changed": {"name": new.kind, "object": new.shown_as, "fields": fields}}
                )
        if part == "remarks" and new is not None:
            remarks.append(pk)
    return message, remarks
