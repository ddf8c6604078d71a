"""A correction to a published record is printed on its pages and in a feed, with its date and
the editor's note; a minor fix is not (issue 12, the public corrections log)."""

import pytest

from council.records.models import Correction, Meeting

from .admin_forms import read_form
from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db


def correct(client, record, **changes):
    opts = record._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"
    form = read_form(client.get(url), f"{opts.model_name}_form")
    form.update({name: [value] for name, value in changes.items()})
    response = client.post(url, form)
    assert response.status_code == 302, response.context["errors"]


@pytest.fixture
def published(db):
    meeting = make_meeting(status=Meeting.Status.PUBLISHED, title="AI council", city="Cheongu")
    make_remarks(meeting, 2, [make_person(name="Hwang Young-ho")])
    return meeting


def test_a_corrected_meeting_says_what_changed_when_and_why(client, editor, published):
    correct(
        client,
        published,
        city="Cheongju",
        **{
            "remarks-1-text": "The corrected quote.",
            "correction_note": "The city and the second quote were misprinted.",
        },
    )
    client.logout()

    page = client.get(published.get_absolute_url()).content.decode()
    assert "Corrections" in page
    assert "Changed City." in page
    assert "Changed English text for remark" in page
    assert "The city and the second quote were misprinted." in page
    remark = published.remarks.get(position=2)
    assert "The city and the second quote" in client.get(remark.get_absolute_url()).content.decode()
    first = published.remarks.get(position=1)
    assert "Corrections" not in client.get(first.get_absolute_url()).content.decode()


def test_a_remark_corrected_on_its_own_page_is_in_its_meetings_corrections(
    client, editor, published
):
    remark = published.remarks.get(position=1)
    correct(client, remark, text="Fixed.", correction_note="A word was missing.")
    client.logout()

    assert "A word was missing." in client.get(published.get_absolute_url()).content.decode()
    assert "A word was missing." in client.get(remark.get_absolute_url()).content.decode()


def test_a_minor_fix_and_an_edit_of_a_draft_are_not_printed(client, editor, published):
    correct(client, published, city="Cheongju", minor_correction="on")
    draft = make_meeting(status=Meeting.Status.DRAFT)
    correct(client, draft, city="Jinju")

    assert not Correction.objects.exists()
    client.logout()
    assert "Corrections" not in client.get(published.get_absolute_url()).content.decode()


def test_the_corrections_feed_carries_them_and_forgets_withdrawn_meetings(
    client, editor, published
):
    correct(client, published, city="Cheongju", correction_note="The city was misspelt.")
    feed = client.get("/feeds/corrections/").content.decode()
    assert "Correction: AI council" in feed
    assert "The city was misspelt." in feed
    assert f"{published.get_absolute_url()}#correction-" in feed

    Meeting.objects.filter(pk=published.pk).unpublish()
    assert "AI council" not in client.get("/feeds/corrections/").content.decode()


def test_a_browsers_line_breaks_are_not_printed_as_a_correction(client, editor, published):
    Meeting.objects.filter(pk=published.pk).update(summary="Two lines,\nas entered.")
    url = f"/admin/records/meeting/{published.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(summary=["Two lines,\r\nas entered."], city=["Cheongju"])  # as a browser sends

    assert client.post(url, form).status_code == 302

    assert Correction.objects.get().what_changed() == "Changed City."


def test_an_editor_rewords_a_corrections_note_and_the_page_follows(client, published):
    from django.contrib.auth.models import Group, User

    erin = User.objects.create_user("erin", password="unused", is_staff=True)
    erin.groups.set([Group.objects.get(name="Editor")])
    client.force_login(erin)
    correction = Correction.objects.record(published, [{"changed": {"fields": ["City"]}}], "Tpyo.")

    assert client.get("/admin/records/correction/add/").status_code == 403
    correct(client, correction, note="The city was misspelt.")
    client.logout()

    page = client.get(published.get_absolute_url()).content.decode()
    assert "The city was misspelt." in page
    assert "Tpyo." not in page


def restore(client, record, version):
    """Opens ``version`` from the record's history and saves it, as an editor restores it."""
    opts = record._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/history/{version.pk}/"
    response = client.post(url, read_form(client.get(url), f"{opts.model_name}_form"))
    assert response.status_code == 302


def saved_on(version):
    from django.utils.formats import date_format
    from django.utils.timezone import template_localtime

    return date_format(template_localtime(version.revision.date_created))


def test_restoring_an_older_version_of_a_published_meeting_is_printed_as_a_correction(
    client, editor, published
):
    from reversion.models import Version

    correct(client, published, city="Cheongju", correction_note="The city was misspelt.")
    good = Version.objects.get_for_object(published).get()
    correct(client, published, city="Seoul", minor_correction="on", **{"remarks-1-text": "Spam."})

    restore(client, published, good)

    published.refresh_from_db()
    assert published.city == "Cheongju"
    restored = Correction.objects.latest("made_at")
    assert restored.what_changed() == (
        f"Restored the version of {saved_on(good)}. Changed City. "
        "Changed English text for remark “Hwang Young-ho: Remark number 2 about artificial intelligence.”."
    )
    client.logout()
    page = client.get(published.get_absolute_url()).content.decode()
    assert f"Restored the version of {saved_on(good)}." in page
    remark = published.remarks.get(position=2)
    assert "Restored the version of" in client.get(remark.get_absolute_url()).content.decode()
    assert "Restored the version of" in client.get("/feeds/corrections/").content.decode()


def test_a_remark_restored_on_its_own_page_is_a_correction_with_the_editors_note(
    client, editor, published
):
    from reversion.models import Version

    remark = published.remarks.get(position=1)
    correct(client, remark, text="The quote as said.", minor_correction="on")
    good = Version.objects.get_for_object(remark).get()
    correct(client, remark, text="Spam.", minor_correction="on")
    url = f"/admin/records/remark/{remark.pk}/history/{good.pk}/"
    form = read_form(client.get(url), "remark_form")
    form.update(correction_note=["Vandalism undone."])

    assert client.post(url, form).status_code == 302

    restored = Correction.objects.get()
    assert (
        restored.what_changed()
        == f"Restored the version of {saved_on(good)}. Changed English text for remark “Hwang Young-ho: The quote as said.”."
    )
    assert restored.note == "Vandalism undone."
    assert list(restored.remarks.all()) == [remark]


def test_restoring_a_drafts_version_or_a_minor_fix_prints_no_correction(client, editor, published):
    from reversion.models import Version

    draft = make_meeting(status=Meeting.Status.DRAFT, city="Jinju")
    correct(client, draft, city="Jinju-si")
    correct(client, draft, city="Seoul")
    restore(client, draft, Version.objects.get_for_object(draft).order_by("pk").first())

    correct(client, published, city="Cheongju", minor_correction="on")
    good = Version.objects.get_for_object(published).get()
    correct(client, published, city="Seoul", minor_correction="on")
    url = f"/admin/records/meeting/{published.pk}/history/{good.pk}/"
    form = read_form(client.get(url), "meeting_form")
    form.update(minor_correction=["on"])
    assert client.post(url, form).status_code == 302

    draft.refresh_from_db()
    published.refresh_from_db()
    assert (draft.city, published.city) == ("Jinju-si", "Cheongju")
    assert not Correction.objects.exists()
