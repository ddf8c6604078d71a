"""Publishing and withdrawing are permissions of their own, given by the Publisher role; an
Editor enters and corrects, and nothing on the admin lets them publish (issue 12, finding 4)."""

import pytest
import reversion
from django.contrib.auth.models import Group, User

from council.records.models import Meeting

from .admin_forms import read_form
from .factories import make_council, make_meeting

pytestmark = pytest.mark.django_db

LIST = "/admin/records/meeting/"


def staff(client, name, *roles):
    user = User.objects.create_user(name, password="unused", is_staff=True)
    user.groups.set(Group.objects.filter(name__in=roles))
    client.force_login(user)
    return user


def act(client, action, meeting):
    listed = read_form(client.get(LIST), "changelist-form")
    return client.post(LIST, {**listed, "action": action, "_selected_action": [meeting.pk]})


def test_the_roles_exist_and_only_publishers_publish_or_withdraw():
    editor, publisher = Group.objects.get(name="Editor"), Group.objects.get(name="Publisher")
    editing = {
        "add_meeting",
        "change_meeting",
        "delete_meeting",
        "change_remark",
        "change_tag",
        "add_page",
        "change_page",
    }

    assert editing <= set(editor.permissions.values_list("codename", flat=True))
    assert not editor.permissions.filter(
        codename__in=["publish_meeting", "withdraw_meeting", "publish_page"]
    )
    assert set(publisher.permissions.values_list("codename", flat=True)) == set(
        editor.permissions.values_list("codename", flat=True)
    ) | {"publish_meeting", "withdraw_meeting", "publish_page"}


@pytest.mark.parametrize(("status", "action"), [("draft", "publish"), ("published", "unpublish")])
def test_an_editor_cannot_publish_or_withdraw_from_the_list(client, status, action):
    staff(client, "erin", "Editor")
    meeting = make_meeting(status=status)

    page = client.get(LIST).content.decode()
    act(client, action, meeting)

    assert f'value="{action}"' not in page
    meeting.refresh_from_db()
    assert meeting.status == status


def test_an_editor_cannot_publish_by_setting_the_status_in_the_form(client):
    staff(client, "erin", "Editor")
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")

    assert "status" not in form  # shown, not editable
    response = client.post(url, {**form, "status": ["published"], "city": ["Cheongju"]})

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.status, meeting.city) == (Meeting.Status.DRAFT, "Cheongju")


def test_an_editors_new_meeting_is_a_draft_whatever_the_form_says(client):
    staff(client, "erin", "Editor")
    form = read_form(client.get("/admin/records/meeting/add/"), "meeting_form")
    form.update(
        council=[str(make_council().pk)],
        title=["New"],
        slug=["new"],
        date=["2026-08-05"],
        status=["published"],
    )

    assert client.post("/admin/records/meeting/add/", form).status_code == 302
    assert Meeting.objects.get().status == Meeting.Status.DRAFT


def test_who_may_publish_but_not_withdraw_gets_a_form_error_for_returning_to_draft(client):
    from django.contrib.auth.models import Permission

    user = staff(client, "paul", "Editor")
    user.user_permissions.add(Permission.objects.get(codename="publish_meeting"))
    meeting = make_meeting(status=Meeting.Status.PUBLISHED)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")

    response = client.post(url, {**form, "status": ["draft"]})

    assert response.status_code == 200
    assert "You may not return published meetings to draft" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED


def test_a_publisher_publishes_and_withdraws(client):
    staff(client, "pat", "Publisher")
    meeting = make_meeting(status=Meeting.Status.DRAFT)

    act(client, "publish", meeting)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED
    act(client, "unpublish", meeting)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DRAFT


def test_an_editor_cannot_publish_by_restoring_a_published_version(client):
    staff(client, "erin", "Editor")
    with reversion.create_revision():
        meeting = make_meeting(status=Meeting.Status.PUBLISHED)
    Meeting.objects.filter(pk=meeting.pk).unpublish()
    (published,) = reversion.models.Version.objects.get_for_object(meeting).filter(
        serialized_data__contains='"published"'
    )[:1]
    url = f"/admin/records/meeting/{meeting.pk}/history/{published.pk}/"

    response = client.post(
        url, read_form(client.get(url, follow=True), "meeting_form"), follow=True
    )

    assert "restoring it would publish the meeting" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DRAFT


@pytest.mark.django_db(transaction=True)
def test_the_roles_are_made_again_when_the_database_is_emptied():
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)

    assert set(Group.objects.values_list("name", flat=True)) == {"Editor", "Publisher"}
    assert Group.objects.get(name="Publisher").permissions.filter(codename="publish_meeting")


@pytest.mark.parametrize(
    "model", ["policystatuschange", "decision", "commitment", "followup", "document"]
)
def test_both_roles_edit_status_changes_decisions_commitments_and_documents(model):
    for role in ("Editor", "Publisher"):
        granted = set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))
        assert {f"{verb}_{model}" for verb in ("add", "change", "delete", "view")} <= granted


def test_a_meeting_without_its_source_is_not_published_by_its_form(client):
    staff(client, "pat", "Publisher")
    meeting = make_meeting(status=Meeting.Status.DRAFT, source_publisher="", source_date=None)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")

    response = client.post(url, {**form, "status": ["published"]})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"source_publisher", "source_date"}
    assert "A meeting is published with its source" in errors["source_publisher"][0]
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DRAFT

    # A draft may lack it, and, once named, the meeting is published.
    assert client.post(url, {**form, "city": ["Cheongju"]}).status_code == 302
    form = read_form(client.get(url), "meeting_form")
    named = {"source_publisher": ["Yonhap"], "source_date": ["2026-07-01"]}
    assert client.post(url, {**form, **named, "status": ["published"]}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED


def test_the_publish_action_publishes_only_the_meetings_whose_source_is_named(client):
    staff(client, "pat", "Publisher")
    named = make_meeting(status=Meeting.Status.DRAFT)
    unnamed = make_meeting(status=Meeting.Status.DRAFT, title="No source", source_publisher="")
    listed = read_form(client.get(LIST), "changelist-form")
    response = client.post(
        LIST,
        {**listed, "action": "publish", "_selected_action": [named.pk, unnamed.pk]},
        follow=True,
    )
    shown = [str(message) for message in response.context["messages"]]
    assert any("Not published, their source's publisher or date is missing" in m for m in shown)
    assert any("No source" in m for m in shown)
    assert "1 meeting published." in shown
    assert list(Meeting.objects.published()) == [named]
    assert Meeting.objects.filter(pk=unnamed.pk).publish() == 0


def test_the_draft_preview_links_to_edit_and_for_a_publisher_publishes(client):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    staff(client, "ed", "Editor")
    preview = client.get(meeting.get_absolute_url()).content.decode()
    assert f'href="/admin/records/meeting/{meeting.pk}/change/"' in preview
    assert "Publish this meeting" not in preview

    staff(client, "pat", "Publisher")
    preview = client.get(meeting.get_absolute_url())
    assert "Publish this meeting" in preview.content.decode()
    form = read_form(preview, "publish-meeting")
    response = client.post(LIST, form, follow=True)
    assert "1 meeting published." in [str(m) for m in response.context["messages"]]
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED
