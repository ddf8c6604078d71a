"""A policy item's status over time: dated changes, each with what shows it; the newest public
one is its status, on its page as a timeline and on a meeting's page as of that day."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from council.records.models import AgendaItem, Meeting, PolicyItem, PolicyStatusChange

from .admin_forms import read_form
from .factories import make_council, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

JULY, SEPTEMBER = datetime.date(2026, 7, 1), datetime.date(2026, 9, 15)
BILL_PAGE = "https://likms.assembly.go.kr/bill/billDetail.do?billId=PRC_EXAMPLE"


@pytest.fixture
def act():
    return PolicyItem.objects.create(
        name="Promotion act", slug="promotion-act", kind="bill", status="in-preparation"
    )


def discussed_at(policy, **fields):
    meeting = make_meeting(**fields)
    AgendaItem.objects.create(meeting=meeting, title="The act").policy_items.add(policy)
    return meeting


def change(policy, status, **fields):
    return PolicyStatusChange.objects.create(policy=policy, status=status, **fields)


def status_of(policy):
    policy.refresh_from_db()
    return policy.status, policy.status_note


def test_the_newest_change_by_date_is_the_status_whatever_order_they_are_entered_in(act):
    change(act, "passed-in-committee", date=SEPTEMBER, source_url=BILL_PAGE, status_note="Passed")
    assert status_of(act) == ("passed-in-committee", "Passed")
    july = change(act, "under-deliberation", date=JULY, source_url=BILL_PAGE)
    assert status_of(act) == ("passed-in-committee", "Passed")
    PolicyStatusChange.objects.filter(date=SEPTEMBER).delete()
    assert status_of(act) == ("under-deliberation", "")
    july.status = "announced"
    july.save()
    assert status_of(act) == ("announced", "")


def test_a_change_shown_by_a_draft_waits_for_the_draft_however_it_is_published(act):
    draft = discussed_at(act, date=SEPTEMBER, status=Meeting.Status.DRAFT)
    change(act, "under-deliberation", date=JULY, source_url=BILL_PAGE)
    change(act, "passed-in-committee", meeting=draft)
    assert status_of(act)[0] == "under-deliberation"

    Meeting.objects.filter(pk=draft.pk).publish()  # the admin's action: an update()
    assert status_of(act)[0] == "passed-in-committee"
    Meeting.objects.filter(pk=draft.pk).unpublish()
    assert status_of(act)[0] == "under-deliberation"

    draft.refresh_from_db()
    draft.status = Meeting.Status.PUBLISHED  # the meeting's form
    draft.save()
    assert status_of(act)[0] == "passed-in-committee"


def test_a_change_takes_the_date_and_meeting_of_what_shows_it(act):
    meeting = discussed_at(act, date=SEPTEMBER)
    (remark,) = make_remarks(meeting, 1, [make_person()])
    entry = change(act, "announced", remark=remark)
    assert (entry.meeting, entry.date) == (meeting, SEPTEMBER)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"date": JULY}, "Say what shows it"),
        ({"source_url": BILL_PAGE}, "Give the date"),
    ],
)
def test_a_change_without_evidence_or_date_is_refused_with_what_to_give(act, fields, message):
    entry = PolicyStatusChange(policy=act, status="announced", **fields)
    with pytest.raises(ValidationError) as refused:
        entry.full_clean()
    assert message in str(refused.value)


def test_a_remark_made_at_another_meeting_than_the_one_chosen_is_refused(act):
    meeting, other = make_meeting(), make_meeting()
    (remark,) = make_remarks(other, 1, [make_person()])
    entry = PolicyStatusChange(policy=act, status="announced", meeting=meeting, remark=remark)
    with pytest.raises(ValidationError) as refused:
        entry.full_clean()
    assert "another meeting" in str(refused.value.message_dict["remark"])


def test_the_policy_page_shows_the_dated_timeline_and_hides_a_drafts_entry(client, act):
    meeting = discussed_at(act, date=JULY, title="The July council")
    draft = make_meeting(title="Secret October council", status=Meeting.Status.DRAFT)
    change(act, "under-deliberation", meeting=meeting, status_note="Under deliberation")
    change(act, "passed-in-committee", date=SEPTEMBER, source_url=BILL_PAGE)
    change(act, "withdrawn", meeting=draft)

    html = client.get(act.get_absolute_url()).content.decode()
    assert "Status over time" in html
    timeline = html[html.index("Status over time") :]
    assert timeline.index("July 1, 2026") < timeline.index("Sept. 15, 2026")
    assert ">Under deliberation</strong>: “Under deliberation”" in timeline
    assert 'href="/meetings/' in timeline and "The July council" in timeline
    assert f'href="{BILL_PAGE}" rel="external"' in timeline
    assert "Secret October council" not in html and "Withdrawn" not in html


def test_the_timeline_reads_in_korean_where_the_source_was_printed_in_korean(client, act):
    discussed_at(act)
    change(act, "under-deliberation", date=JULY, source_url=BILL_PAGE, status_note_ko="국회 계류")
    assert "국회 계류" in client.get(f"/ko{act.get_absolute_url()}").content.decode()


def test_a_meeting_shows_where_its_policies_stood_that_day_and_now_when_they_differ(client, act):
    july = discussed_at(act, date=JULY)
    september = discussed_at(act, date=SEPTEMBER, council=july.council)
    change(act, "under-deliberation", meeting=july, status_note="Under deliberation")
    change(act, "passed-in-committee", meeting=september)

    html = client.get(july.get_absolute_url()).content.decode()
    section = html[html.index("Where its policies stood") :]
    assert "At this meeting: <strong>Under deliberation</strong>" in section
    assert "Now: <strong>Passed in committee</strong>" in section

    html = client.get(september.get_absolute_url()).content.decode()
    section = html[html.index("Where its policies stood") :]
    assert "At this meeting: <strong>Passed in committee</strong>" in section
    assert "Now:" not in section


def test_a_meeting_before_any_change_shows_only_the_status_now(client, act):
    meeting = discussed_at(act, date=datetime.date(2026, 1, 5))
    change(act, "under-deliberation", date=JULY, source_url=BILL_PAGE)
    html = client.get(meeting.get_absolute_url()).content.decode()
    section = html[html.index("Where its policies stood") :]
    assert "At this meeting:" not in section
    assert "Now: <strong>Under deliberation</strong>" in section


def test_the_meeting_page_reads_every_policys_standing_in_one_query(client, act):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    meeting = discussed_at(act, date=JULY)
    counts = []
    for n in (1, 6):
        for i in range(n):
            other = PolicyItem.objects.create(
                name=f"Plan {n}-{i}", slug=f"plan-{n}-{i}", kind="plan", status="announced"
            )
            meeting.agenda_items.get().policy_items.add(other)
            change(other, "in-preparation", meeting=meeting)
        client.get(meeting.get_absolute_url())
        with CaptureQueriesContext(connection) as queries:
            client.get(meeting.get_absolute_url())
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_policys_feed_lists_its_public_changes_newest_first(client, act):
    discussed_at(act)
    draft = make_meeting(status=Meeting.Status.DRAFT)
    change(act, "under-deliberation", date=JULY, source_url=BILL_PAGE)
    change(act, "passed-in-committee", date=SEPTEMBER, source_url=BILL_PAGE)
    change(act, "withdrawn", meeting=draft)
    feed = client.get(f"{act.get_absolute_url()}feed/").content.decode()
    assert feed.index("Passed in committee") < feed.index("Under deliberation")
    assert "Withdrawn" not in feed


def test_an_editor_adds_a_change_on_the_policys_form_and_the_status_follows(client, editor, act):
    meeting = discussed_at(act, date=JULY)
    url = f"/admin/records/policyitem/{act.pk}/change/"
    form = read_form(client.get(url), "policyitem_form")
    prefix = "status_changes"
    form.update(
        {
            f"{prefix}-TOTAL_FORMS": ["1"],
            f"{prefix}-0-status": ["under-deliberation"],
            f"{prefix}-0-status_note": ["Under deliberation in the National Assembly"],
            f"{prefix}-0-meeting": [str(meeting.pk)],
        }
    )
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert status_of(act) == ("under-deliberation", "Under deliberation in the National Assembly")
    assert act.status_changes.get().date == JULY

    # From then on the history sets the status: the form shows it, read-only.
    page = client.get(url).content.decode()
    assert 'name="status"' not in page


def test_an_entry_without_evidence_is_a_form_error_on_the_policys_form(client, editor, act):
    url = f"/admin/records/policyitem/{act.pk}/change/"
    form = read_form(client.get(url), "policyitem_form")
    form.update(
        {
            "status_changes-TOTAL_FORMS": ["1"],
            "status_changes-0-status": ["announced"],
            "status_changes-0-date": ["2026-07-01"],
        }
    )
    response = client.post(url, form)
    assert response.status_code == 200
    assert "Say what shows it" in response.content.decode()
    assert not act.status_changes.exists()


def test_a_meeting_that_shows_a_change_cannot_be_deleted_from_under_it(act):
    from django.db.models import ProtectedError

    meeting = make_meeting(council=make_council())
    change(act, "announced", meeting=meeting)
    with pytest.raises(ProtectedError):
        meeting.delete()
