"""What the API lists: each kind of record open data knows (``council.opendata.kinds``), in a
unique order to page by, and found alone by its slug (a remark, commitment or status change
by its id)."""

from collections.abc import Callable
from typing import NamedTuple

from django import forms

from council.archive.forms import CommitmentFilter
from council.opendata.kinds import KINDS, Kind
from council.opendata.outcomes import meeting_record
from council.records.models import NEWEST_FIRST

from .filters import StatusChangeFilter
from .pages import Keyset


class Resource(NamedTuple):
    """``filters``: the form of a list's filters, given the query parameters and the public
    records, whose ``filtered()`` are those that pass; ``whole``: the representation of one
    record alone, where it says more than the kind's."""

    kind: Kind
    order: Keyset
    lookup: str = "slug"
    filters: type[forms.Form] | None = None
    whole: Callable | None = None

    @property
    def name(self):
        return self.kind.name

    @property
    def filter_fields(self):
        return self.filters.base_fields if self.filters else {}

    def listed(self):
        return self.kind.public()

    def filter_form(self, data):
        return self.filters(data, self.listed()) if self.filters else None

    def represent(self, request, record):
        return self.kind.represent(request, record)

    def one(self, request, key):
        """The public record with ``key``, whole, as data; or None."""
        records, represent = self.kind.wholly()
        represent = self.whole or represent
        record = records.filter(**{self.lookup: key}).first()
        return None if record is None else represent(request, record)

    def moved(self, key):
        """The public record whose former slug is ``key``, where its kind keeps them; or None."""
        queryset = self.listed()
        former = getattr(queryset.model, "find_by_former_slug", None)
        return former(queryset, key) if former and self.lookup == "slug" else None


# Named records are listed by slug: unique, indexed, and close to the order of their names.
ORDERS = {
    # The archive's order, served by the index of published meetings newest first.
    "meetings": ("-date", "-id"),
    # The newest first, as the search page lists them (see council/api/views.py for others).
    "remarks": NEWEST_FIRST,
    # As the commitments page lists them.
    "commitments": ("-remark__meeting__date", "-remark__meeting_id", "remark__position", "id"),
    "status-changes": ("-date", "-id"),
}
# Records without a name are found by their id.
BY_ID = {"remarks", "commitments", "status-changes"}
FILTERS = {"commitments": CommitmentFilter, "status-changes": StatusChangeFilter}
# A meeting alone, as its file gives it, with what came of it: four queries more, which the
# dump, reading meetings by the thousand, leaves to its commitments and status changes.
WHOLE = {"meetings": meeting_record}

RESOURCES = {
    name: Resource(
        kind,
        Keyset(name, ORDERS.get(name, ("slug",))),
        lookup="pk" if name in BY_ID else "slug",
        filters=FILTERS.get(name),
        whole=WHOLE.get(name),
    )
    for name, kind in KINDS.items()
}
