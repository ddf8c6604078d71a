"""Every kind of public record as data: the one table that the API (council/api) and the bulk
download (``export_dump``) both read, so that a kind added here is in both."""

from collections.abc import Callable
from typing import NamedTuple

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from council.records.models import (
    Commitment,
    Council,
    Institution,
    Meeting,
    Person,
    PolicyItem,
    Remark,
)

from . import outcomes, records


class Kind(NamedTuple):
    """``public()``: the public records of the kind, with what ``represent(request, record)``
    shows of each, in a fixed number of queries; ``whole()`` and ``represent_whole`` where one
    record alone says more than a list of them does (a meeting's proceedings)."""

    name: str
    label: str
    public: Callable[[], QuerySet]
    represent: Callable
    whole: Callable[[], QuerySet] | None = None
    represent_whole: Callable | None = None

    def wholly(self):
        """``(the records, their representation)``, whole where the kind says more of one."""
        if self.whole is None:
            return self.public(), self.represent
        return self.whole(), self.represent_whole


KINDS = {
    kind.name: kind
    for kind in (
        Kind(
            "meetings",
            _("Meetings"),
            lambda: records.for_meeting_summaries(Meeting.objects.published()),
            records.meeting_summary,
            whole=lambda: records.for_meeting_records(Meeting.objects.published()),
            represent_whole=records.meeting_data,
        ),
        Kind(
            "remarks",
            _("Remarks"),
            lambda: records.for_remark_records(Remark.objects.published()),
            records.remark_record,
        ),
        Kind(
            "people",
            _("People"),
            lambda: records.for_person_records(Person.objects.published()),
            records.person_record,
        ),
        Kind(
            "institutions",
            _("Institutions"),
            lambda: records.for_institution_records(Institution.objects.all()),
            records.institution_record,
        ),
        Kind(
            "councils",
            _("Councils"),
            lambda: records.for_council_records(Council.objects.published()),
            records.council_record,
        ),
        Kind("topics", _("Topics"), records.public_topics, records.topic_record),
        Kind(
            "policy-items",
            _("Policy items"),
            lambda: records.for_policy_item_records(PolicyItem.objects.published()),
            records.policy_item_record,
        ),
        Kind(
            "commitments",
            _("Commitments"),
            lambda: outcomes.for_commitment_records(Commitment.objects.published()),
            outcomes.commitment_record,
        ),
        Kind(
            "status-changes",
            _("Status changes"),
            lambda: outcomes.for_status_change_records(outcomes.public_status_changes()),
            outcomes.status_change_record,
        ),
    )
}
