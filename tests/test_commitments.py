"""What councils decide and promise: decisions per agenda item, and commitments stated in
remarks, owned by an institution, followed up until they are settled."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from council.records.models import (
    AgendaItem,
    Commitment,
    Correction,
    Decision,
    FollowUp,
    Meeting,
    PolicyItem,
    PolicyStatusChange,
    Remark,
)

from .admin_forms import read_form
from .factories import make_council, make_institution, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

OCTOBER = datetime.date(2026, 10, 6)


@pytest.fixture
def promise():
    """A ministry's commitment, stated by its director general at a council that discussed an
    act."""
    ministry = make_institution(name="Ministry of Promises", short_name="MOP", kind="ministry")
    meeting = make_meeting(title="The July council", council=make_council(host=ministry))
    act = PolicyItem.objects.create(
        name="Promotion act", slug="promotion-act", kind="bill", status="under-deliberation"
    )
    AgendaItem.objects.create(meeting=meeting, title="The act").policy_items.add(act)
    speaker = make_person(name="Director General")
    (remark,) = make_remarks(meeting, 1, [speaker])
    return Commitment.objects.create(
        remark=remark, owner=ministry, text="Prepare measures companies can feel in the field"
    )


def follow_up(commitment, state, **fields):
    return FollowUp.objects.create(commitment=commitment, state=state, **fields)


def state_of(commitment):
    commitment.refresh_from_db()
    return commitment.state


def test_a_commitment_is_open_until_a_public_follow_up_says_otherwise(promise):
    assert state_of(promise) == "open"
    later = make_meeting(date=OCTOBER, council=promise.remark.meeting.council)
    draft = make_meeting(date=datetime.date(2026, 11, 3), status=Meeting.Status.DRAFT)
    follow_up(promise, "in-progress", meeting=later, note="Measures drafted")
    assert state_of(promise) == "in-progress"
    follow_up(promise, "done", meeting=draft)
    assert state_of(promise) == "in-progress"  # the draft's, until it is published
    Meeting.objects.filter(pk=draft.pk).publish()
    assert state_of(promise) == "done"
    FollowUp.objects.all().delete()
    assert state_of(promise) == "open"


def test_a_follow_up_shown_by_a_status_change_takes_its_meeting_and_date(promise):
    act = PolicyItem.objects.get()
    later = make_meeting(date=OCTOBER)
    change = PolicyStatusChange.objects.create(policy=act, status="adopted", meeting=later)
    entry = follow_up(promise, "done", status_change=change)
    assert (entry.meeting, entry.date) == (later, OCTOBER)
    assert state_of(promise) == "done"


def test_a_follow_up_without_evidence_is_refused_with_what_to_give(promise):
    entry = FollowUp(commitment=promise, state="done", date=OCTOBER)
    with pytest.raises(ValidationError) as refused:
        entry.full_clean()
    assert "a status change" in str(refused.value)


def test_a_commitment_is_written_in_english_korean_or_both(promise):
    refused = Commitment(remark=promise.remark, owner=promise.owner)
    with pytest.raises(ValidationError) as error:
        refused.full_clean()
    assert "English, Korean or both" in str(error.value)
    with pytest.raises(IntegrityError):
        Commitment.objects.create(remark=promise.remark, owner=promise.owner)


def test_the_commitment_page_shows_the_promise_its_owner_remark_follow_ups_and_citation(
    client, promise
):
    later = make_meeting(date=OCTOBER, title="The October council")
    follow_up(promise, "in-progress", meeting=later, note="Measures drafted")
    html = client.get(promise.get_absolute_url()).content.decode()
    assert "Commitment of Ministry of Promises" in html
    assert "Prepare measures companies can feel in the field" in html
    assert promise.remark.text in html
    assert 'href="/institutions/' in html
    follow_ups = html[html.index("What became of it") :]
    assert "Oct. 6, 2026" in follow_ups and "Measures drafted" in follow_ups
    assert "The October council" in follow_ups
    citation = html[html.index('id="citation"') :]
    assert "Stated by Director General" in citation
    assert f"http://testserver{promise.get_absolute_url()}" in citation
    assert "State: In progress (2026-10-06)" in citation


def test_the_council_the_owner_and_the_policy_list_its_open_and_settled_commitments(
    client, promise
):
    settled = Commitment.objects.create(
        remark=promise.remark, owner=promise.owner, text="Hold a second council"
    )
    follow_up(settled, "done", meeting=make_meeting(date=OCTOBER))
    council = promise.remark.meeting.council
    for url in (
        council.get_absolute_url(),
        promise.owner.get_absolute_url(),
        PolicyItem.objects.get().get_absolute_url(),
    ):
        html = client.get(url).content.decode()
        section = html[html.index('id="commitments"') :]
        assert section.index("Open or in progress") < section.index("Prepare measures")
        assert section.index("Settled") < section.index("Hold a second council")
        assert f'href="{promise.get_absolute_url()}"' in section


def test_a_meeting_shows_its_decisions_and_the_commitments_made_at_it(client, promise):
    meeting = promise.remark.meeting
    item = meeting.agenda_items.get()
    Decision.objects.create(meeting=meeting, agenda_item=item, text="The act goes to a hearing")
    html = client.get(meeting.get_absolute_url()).content.decode()
    decisions = html[html.index('id="decisions"') :]
    assert f'<a href="#agenda-{item.position}">The act</a>: The act goes to a hearing' in decisions
    made = html[html.index('id="commitments-made"') :]
    assert "Prepare measures companies can feel in the field" in made


def test_a_meeting_lists_its_commitments_as_stated_with_owner_state_due_date_and_speaker(
    client, promise
):
    meeting = promise.remark.meeting
    earlier = Remark.objects.create(
        meeting=meeting, position=0, role="A ministry official", text="We will report."
    )
    Commitment.objects.create(
        remark=earlier,
        owner=make_institution(name="Agency of Reports"),
        text="Report back to the council",
        due_date=datetime.date(2026, 12, 31),
    )
    html = client.get(meeting.get_absolute_url()).content.decode()
    made = html[html.index('id="commitments-made"') :].split("</section>")[0]
    # In the order they were stated, each with its owner, state, speaker and meeting.
    assert made.index("Report back to the council") < made.index("Prepare measures")
    assert "due Dec. 31, 2026" in made and "stated by A ministry official" in made
    assert "MOP" in made and "stated by Director General" in made
    assert made.count('<strong class="state state-open">Open</strong>') == 2
    assert made.count(f'href="{meeting.get_absolute_url()}">The July council</a>') == 2


def test_a_decision_on_another_meetings_agenda_item_is_refused(promise):
    other = AgendaItem.objects.create(meeting=make_meeting(), title="Elsewhere")
    decision = Decision(meeting=promise.remark.meeting, agenda_item=other, text="Agreed")
    with pytest.raises(ValidationError) as refused:
        decision.full_clean()
    assert "another meeting" in str(refused.value.message_dict["agenda_item"])


def test_the_feeds_carry_commitments_and_what_became_of_one(client, promise):
    follow_up(promise, "in-progress", meeting=make_meeting(date=OCTOBER), note="Drafted")
    feed = client.get("/feeds/commitments/").content.decode()
    assert "MOP: Prepare measures companies can feel in the field" in feed
    feed = client.get(f"{promise.get_absolute_url()}feed/").content.decode()
    assert "In progress (2026-10-06)" in feed and "Drafted" in feed


def test_a_draft_meetings_commitment_is_on_no_public_list(client, promise):
    make_meeting(council=promise.remark.meeting.council)  # the owner's page stays public
    Meeting.objects.filter(pk=promise.remark.meeting_id).unpublish()
    assert client.get(promise.get_absolute_url()).status_code == 404
    assert "Prepare measures" not in client.get("/feeds/commitments/").content.decode()
    assert "Prepare measures" not in client.get(promise.owner.get_absolute_url()).content.decode()


def test_marking_a_published_remark_as_a_commitment_prints_no_correction(client, editor, promise):
    remark = promise.remark
    url = f"/admin/records/remark/{remark.pk}/change/"
    form = read_form(client.get(url), "remark_form")
    form.update(
        {
            "commitments-TOTAL_FORMS": ["2"],
            "commitments-1-text": ["Report back in October"],
            "commitments-1-owner": [str(promise.owner.pk)],
        }
    )
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert remark.commitments.filter(text="Report back in October").exists()
    assert not Correction.objects.exists()


def test_an_editor_records_a_decision_on_the_meetings_form(client, editor, promise):
    meeting = promise.remark.meeting
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(
        {
            "decisions-TOTAL_FORMS": ["1"],
            "decisions-0-agenda_item": [str(meeting.agenda_items.get().pk)],
            "decisions-0-text_ko": ["공청회를 연다"],
            "minor_correction": ["on"],
        }
    )
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert meeting.decisions.get().text_ko == "공청회를 연다"


def listed_texts(client, url="/commitments/", **params):
    response = client.get(url, params)
    return response.status_code, [c.text for c in response.context["commitments"]]


def test_every_commitment_is_listed_newest_first_by_state_council_owner_and_policy(client, promise):
    elsewhere = make_meeting(date=OCTOBER, title="Another council's meeting")
    (remark,) = make_remarks(elsewhere, 1, [make_person()])
    agency = make_institution(name="Agency of Deeds", kind="agency")
    later = Commitment.objects.create(remark=remark, owner=agency, text="Open a help desk")
    follow_up(later, "done", meeting=elsewhere)
    assert listed_texts(client) == (200, ["Open a help desk", promise.text])
    assert listed_texts(client, state="done") == (200, ["Open a help desk"])
    assert listed_texts(client, state="open") == (200, [promise.text])
    council = promise.remark.meeting.council
    assert listed_texts(client, council=council.slug) == (200, [promise.text])
    assert listed_texts(client, institution=agency.slug) == (200, ["Open a help desk"])
    assert listed_texts(client, policy="promotion-act") == (200, [promise.text])
    assert listed_texts(client, policy="promotion-act", state="done") == (200, [])
    html = client.get("/commitments/", {"state": "done"}).content.decode()
    assert '<option value="done" selected>' in html
    assert "No commitment matches these filters." not in html
    assert 'href="/feeds/commitments/"' in html
    assert (
        "No commitment matches these filters."
        in client.get("/commitments/", {"state": "dropped"}).content.decode()
    )


@pytest.mark.parametrize(
    "params",
    [{"state": "kept"}, {"council": "nothing"}, {"policy": "x" * 300}, {"institution": "x"}],
)
def test_a_filter_no_public_record_has_is_a_400_with_the_forms_error(client, promise, params):
    response = client.get("/commitments/", params)
    assert response.status_code == 400
    assert 'class="errors" role="alert"' in response.content.decode()
    assert list(response.context["commitments"]) == []


def test_the_list_of_commitments_is_paged_and_keeps_its_filters(client, promise):
    for n in range(21):
        Commitment.objects.create(remark=promise.remark, owner=promise.owner, text=f"Promise {n}")
    first = client.get("/commitments/", {"state": "open"})
    assert len(first.context["commitments"]) == 20
    assert 'href="?state=open&amp;page=2"' in first.content.decode()
    second = client.get("/commitments/", {"state": "open", "page": 2})
    assert len(second.context["commitments"]) == 2


def test_a_draft_meetings_commitment_is_only_on_the_staffs_list(client, editor, promise):
    Meeting.objects.filter(pk=promise.remark.meeting_id).unpublish()
    html = client.get("/commitments/").content.decode()
    assert promise.text in html and "(draft)" in html
    client.logout()
    html = client.get("/commitments/").content.decode()
    assert promise.text not in html and promise.owner.name not in html
    assert (
        client.get("/commitments/", {"council": promise.remark.meeting.council.slug}).status_code
        == 400
    )


def test_the_list_of_commitments_is_linked_from_the_lists_and_in_the_sitemap(client, promise):
    council = client.get(promise.remark.meeting.council.get_absolute_url()).content.decode()
    assert 'href="/commitments/"' in council
    assert (
        "<loc>http://testserver/commitments/</loc>"
        in client.get("/sitemap-pages.xml").content.decode()
    )
    feed = client.get("/feeds/commitments/").content.decode()
    assert 'href="http://testserver/commitments/"' in feed
