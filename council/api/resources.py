"""What the API lists: each kind of record open data knows (``council.opendata.kinds``), in a
unique order to page by, and found alone by its slug (a remark by its id)."""

from typing import NamedTuple

from council.opendata.kinds import KINDS, Kind
from council.records.models import NEWEST_FIRST

from .pages import Keyset


class Resource(NamedTuple):
    kind: Kind
    order: Keyset
    lookup: str = "slug"

    @property
    def name(self):
        return self.kind.name

    def listed(self):
        return self.kind.public()

    def represent(self, request, record):
        return self.kind.represent(request, record)

    def one(self, request, key):
        """The public record with ``key``, whole, as data; or None."""
        records, represent = self.kind.wholly()
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
}

RESOURCES = {
    name: Resource(
        kind,
        Keyset(name, ORDERS.get(name, ("slug",))),
        lookup="pk" if name == "remarks" else "slug",
    )
    for name, kind in KINDS.items()
}
