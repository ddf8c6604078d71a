"""What the API lists: each kind of record, the public ones only, as open data represents them."""

from collections.abc import Callable
from typing import NamedTuple

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from council.opendata import records
from council.records.models import (
    NEWEST_FIRST,
    Council,
    Institution,
    Meeting,
    Person,
    PolicyItem,
    Remark,
    topics_visible_to,
)

from .pages import Keyset


class Resource(NamedTuple):
    """A kind of record: ``listed()`` the public ones with what ``represent`` shows of each, in
    the unique ``order``; ``detailed()`` and ``represent_one`` for one of them, found by its
    ``lookup`` field, where a single record says more than a list's item."""

    name: str
    listed: Callable[[], QuerySet]
    represent: Callable
    order: Keyset
    lookup: str = "slug"
    detailed: Callable[[], QuerySet] | None = None
    represent_one: Callable | None = None

    def find(self, key):
        """The public record with ``key``, or None."""
        queryset = (self.detailed or self.listed)()
        return queryset.filter(**{self.lookup: key}).first()

    def moved(self, key):
        """The public record whose former slug is ``key``, where its kind keeps them; or None."""
        queryset = self.listed()
        former = getattr(queryset.model, "find_by_former_slug", None)
        return former(queryset, key) if former and self.lookup == "slug" else None

    def one(self, request, record):
        return (self.represent_one or self.represent)(request, record)


def public_topics():
    return topics_visible_to(AnonymousUser())


# Named records are listed by slug: unique, indexed, and close to the order of their names.
BY_SLUG = ("slug",)

RESOURCES = {
    resource.name: resource
    for resource in (
        Resource(
            "meetings",
            lambda: records.for_meeting_summaries(Meeting.objects.published()),
            records.meeting_summary,
            # The archive's order, served by the index of published meetings newest first.
            Keyset("meetings", ("-date", "-id")),
            detailed=lambda: Meeting.objects.published().with_proceedings(),
            represent_one=records.meeting_data,
        ),
        Resource(
            "remarks",
            lambda: records.for_remark_records(Remark.objects.published()),
            records.remark_record,
            Keyset("remarks-newest", NEWEST_FIRST),
            lookup="pk",
        ),
        Resource(
            "people",
            lambda: records.for_person_records(Person.objects.published()),
            records.person_record,
            Keyset("people", BY_SLUG),
        ),
        Resource(
            "institutions",
            lambda: records.for_institution_records(Institution.objects.published()),
            records.institution_record,
            Keyset("institutions", BY_SLUG),
        ),
        Resource(
            "councils",
            lambda: records.for_council_records(Council.objects.published()),
            records.council_record,
            Keyset("councils", BY_SLUG),
        ),
        Resource("topics", public_topics, records.topic_record, Keyset("topics", BY_SLUG)),
        Resource(
            "policy-items",
            lambda: records.for_policy_item_records(PolicyItem.objects.published()),
            records.policy_item_record,
            Keyset("policy-items", BY_SLUG),
        ),
    )
}
