"""What councils decide and promise, as data: a meeting's outcomes (its policies' standing,
decisions, commitments, documents), every public policy with its status history, and every
public commitment with its follow-ups. Popolo has no place for any of these (it describes
people, bodies and their memberships), so they are plain JSON beside it."""

from django.db.models import BooleanField, ExpressionWrapper, Prefetch, Q

from council.records.models import Commitment, FollowUp, Meeting, PolicyItem, PolicyStatusChange

from .records import both, institution_data, link, meeting_data, named


def day(value):
    return value.isoformat() if value else None


def evidence(request, entry):
    """What shows an entry of a history: the addresses of its meeting, remark and source."""
    return {
        "meeting": link(request, entry.meeting) if entry.meeting_id else None,
        "remark": link(request, entry.remark) if entry.remark_id else None,
        "source_url": entry.source_url or None,
    }


def standing_data(standing):
    if standing is None:
        return None
    return {
        "status": standing.status,
        "as_printed": standing.note,
        "as_printed_ko": standing.note_ko,
        "since": day(standing.since),
    }


def commitment_data(request, commitment):
    """A commitment as ``CommitmentQuerySet.listed()`` reads it."""
    remark = commitment.remark
    return {
        "id": commitment.pk,
        "url": link(request, commitment),
        "text": commitment.text,
        "text_ko": commitment.text_ko,
        "state": commitment.state,
        "due_date": day(commitment.due_date),
        "owner": institution_data(request, commitment.owner),
        "remark": {
            "url": link(request, remark),
            "speaker": named(request, remark.speaker),
            **both(remark, "role"),
        },
        "meeting": link(request, remark.meeting),
        "date": day(remark.meeting.date),
    }


def meeting_record(request, meeting):
    """A meeting whole, as its file, the API and the dump give it: proceedings and outcomes."""
    return {**meeting_data(request, meeting), **meeting_outcomes_data(request, meeting)}


def meeting_outcomes_data(request, meeting):
    """A meeting's outcomes (``Meeting.outcomes``), for its JSON."""
    outcomes = meeting.outcomes()
    return {
        "policies": [
            {
                **named(request, standing.policy),
                "status_at_meeting": standing_data(standing.then),
                "status_now": standing_data(standing.now),
            }
            for standing in outcomes.policies
        ],
        "decisions": [
            {
                "position": decision.position,
                "text": decision.text,
                "text_ko": decision.text_ko,
                "agenda_item": decision.agenda_item.position if decision.agenda_item else None,
            }
            for decision in outcomes.decisions
        ],
        "commitments": [commitment_data(request, c) for c in outcomes.commitments],
        "documents": [
            {
                "title": document.title,
                "title_ko": document.title_ko,
                "url": request.build_absolute_uri(document.file.url),
                "kind": document.kind,
                "pages": document.page_count,
                "agenda_item": document.agenda_item.position if document.agenda_item else None,
            }
            for document in outcomes.documents
        ],
    }


def policies_data(request):
    """Every public policy item, with its public status history, oldest first: three queries
    whatever their number."""
    history = PolicyStatusChange.objects.published().with_evidence()
    policies = (
        PolicyItem.objects.published()
        .select_related("owner")
        .prefetch_related(Prefetch("status_changes", history))
        .order_by("name")
    )
    return {
        "policies": [
            {
                "slug": policy.slug,
                "name": policy.name,
                "name_ko": policy.name_ko,
                "kind": policy.kind,
                "url": link(request, policy),
                "owner": institution_data(request, policy.owner),
                "status": policy.status,
                "status_as_printed": policy.status_note,
                "status_as_printed_ko": policy.status_note_ko,
                "status_history": [
                    status_entry(request, change) for change in policy.status_changes.all()
                ],
            }
            for policy in policies
        ]
    }


def commitments_data(request):
    """Every public commitment, newest first, with its public follow-ups: two queries
    whatever their number."""
    commitments = for_commitment_records(Commitment.objects.published())
    return {"commitments": [commitment_record(request, c) for c in commitments]}


def for_commitment_records(commitments):
    """What ``commitment_record`` shows: two queries for any number of commitments. A
    follow-up's status change is named only where it is public: one shown by a draft's remark
    waits with the draft."""
    follow_ups = (
        FollowUp.objects.published()
        .with_evidence()
        .select_related("status_change__policy")
        .annotate(
            status_change_is_public=ExpressionWrapper(
                Q(status_change__meeting__isnull=True)
                | Q(status_change__meeting__status=Meeting.Status.PUBLISHED),
                output_field=BooleanField(),
            )
        )
    )
    return commitments.listed().prefetch_related(Prefetch("follow_ups", follow_ups))


def commitment_record(request, commitment):
    """A commitment with what became of it (``for_commitment_records``)."""
    return {
        **commitment_data(request, commitment),
        "follow_ups": [
            {
                "date": day(follow_up.date),
                "state": follow_up.state,
                "note": follow_up.note,
                "note_ko": follow_up.note_ko,
                "shown_by": {
                    **evidence(request, follow_up),
                    "status_change": status_change_link(request, follow_up.status_change)
                    if follow_up.status_change_is_public
                    else None,
                },
            }
            for follow_up in commitment.follow_ups.all()
        ],
    }


def status_entry(request, change):
    """An entry of a policy's status history."""
    return {
        "date": day(change.date),
        "status": change.status,
        "as_printed": change.status_note,
        "as_printed_ko": change.status_note_ko,
        "shown_by": evidence(request, change),
    }


def public_status_changes():
    """Status changes shown by public evidence, of public policy items."""
    return PolicyStatusChange.objects.published().filter(policy__in=PolicyItem.objects.published())


def for_status_change_records(changes):
    """What ``status_change_record`` shows, in one query."""
    return (
        changes.with_evidence()
        .select_related("policy")
        .defer("policy__summary", "policy__status_note")
    )


def status_change_record(request, change):
    """A status change on its own: its policy, and the entry of its history."""
    return {
        "id": change.pk,
        "url": status_change_link(request, change),
        "policy": named(request, change.policy),
        **status_entry(request, change),
    }


def status_change_link(request, change):
    """The address of a status change, on its policy's timeline; None for none."""
    if change is None:
        return None
    return f"{link(request, change.policy)}#status-{change.pk}"
