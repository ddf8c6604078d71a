"""Two editors never undo each other: an edit opened before another editor's save is refused,
saying what changed, with the editor's input kept (issue 12, findings 1 to 3)."""

import threading
import time

import pytest
import reversion
from django.contrib.auth.models import Permission, User
from django.db import connection, connections, transaction
from django.test import Client

from council.records.models import (
    AgendaItem,
    Appointment,
    Institution,
    Meeting,
    PolicyItem,
    Remark,
)
from council.records.versioning import StaleEdit

from .admin_forms import read_form
from .factories import make_council, make_institution, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

STALE = "was changed by another editor after you opened it"


@pytest.fixture
def bob(db):
    """A second editor, signed in on a browser of his own."""
    user = User.objects.create_user("bob", password="unused", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="records"))
    browser = Client()
    browser.force_login(user)
    return browser


def change_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"


def open_form(client, record):
    """What an editor's browser holds after opening the record's change page."""
    opts = record._meta
    return read_form(client.get(change_url(record)), f"{opts.model_name}_form")


def save(client, record, form, **changes):
    data = {**form, **{name: [value] for name, value in changes.items()}}
    return client.post(change_url(record), data)


def test_a_stale_form_does_not_republish_a_withdrawn_meeting(client, editor, bob):
    with reversion.create_revision():  # as entered in the admin, with its history
        meeting = make_meeting(status=Meeting.Status.PUBLISHED, city="Cheongu")
    alices_form = open_form(client, meeting)

    listed = read_form(bob.get("/admin/records/meeting/"), "changelist-form")
    bob.post(
        "/admin/records/meeting/",
        {**listed, "action": "unpublish", "_selected_action": [meeting.pk]},
    )
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DRAFT

    response = save(client, meeting, alices_form, city="Cheongju")

    assert response.status_code == 200
    page = response.content.decode()
    assert STALE in page
    assert "bob: Returned to draft" in page
    assert "Status was “Published” and is now “Draft”." in page
    assert 'value="Cheongju"' in page  # her fix is still on the page
    meeting.refresh_from_db()
    assert (meeting.status, meeting.city) == (Meeting.Status.DRAFT, "Cheongu")
    client.logout()
    assert client.get(meeting.get_absolute_url()).status_code == 404


def test_the_second_of_two_editors_is_refused_instead_of_reverting_the_first(client, editor, bob):
    meeting = make_meeting(status=Meeting.Status.DRAFT, title="AI council, July")
    (remark,) = make_remarks(meeting, 1, [make_person()])
    alices_form, bobs_form = open_form(client, meeting), open_form(bob, meeting)

    saved = save(
        client,
        meeting,
        alices_form,
        title="AI policy council, July",
        **{"remarks-0-text": "Corrected by Alice."},
    )
    assert saved.status_code == 302
    refused = save(bob, meeting, bobs_form, summary="Bob's summary.")

    assert refused.status_code == 200
    page = refused.content.decode()
    assert STALE in page
    assert "alice: Changed Title" in page
    # The meeting was made without history: each field as it is now, against Bob's form.
    assert "Title is now “AI policy council, July”; your form says “AI council, July”." in page
    assert "English text is now “Corrected by Alice.”; your form says “Remark number 1" in page
    assert "Bob&#x27;s summary." in page
    meeting.refresh_from_db()
    remark.refresh_from_db()
    assert (meeting.title, meeting.summary) == ("AI policy council, July", "")
    assert remark.text == "Corrected by Alice."

    # Having seen what Alice changed, Bob keeps her title and saves his summary.
    again = read_form(refused, "meeting_form")
    again.update(title=["AI policy council, July"], **{"remarks-0-text": ["Corrected by Alice."]})
    assert bob.post(change_url(meeting), again).status_code == 302
    meeting.refresh_from_db()
    assert (meeting.title, meeting.summary) == ("AI policy council, July", "Bob's summary.")


def test_two_editors_adding_remarks_at_once_are_not_a_server_error(client, editor, bob):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    speaker = make_person()
    make_remarks(meeting, 1, [speaker])
    alices_form, bobs_form = open_form(client, meeting), open_form(bob, meeting)
    new_remark = {
        "remarks-1-speaker": str(speaker.pk),
        "remarks-1-role": "Director",
        "remarks-1-language": "en",
        "remarks-1-position": "",
    }

    assert (
        save(client, meeting, alices_form, **new_remark, **{"remarks-1-text": "A."}).status_code
        == 302
    )
    response = save(bob, meeting, bobs_form, **new_remark, **{"remarks-1-text": "B."})

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert list(meeting.remarks.values_list("position", flat=True)) == [1, 2]


def test_a_remark_added_elsewhere_meanwhile_moves_a_new_one_to_the_next_position(
    client, editor, bob
):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    speaker = make_person()
    make_remarks(meeting, 1, [speaker])
    alices_form = open_form(client, meeting)
    # Bob adds one from the list of remarks, position left empty: it takes position 2.
    bobs = read_form(bob.get("/admin/records/remark/add/"), "remark_form")
    bobs.update(
        meeting=[str(meeting.pk)], speaker=[str(speaker.pk)], role=["Director"], text=["B."]
    )
    assert bob.post("/admin/records/remark/add/", bobs).status_code == 302

    response = save(
        client,
        meeting,
        alices_form,
        **{
            "remarks-1-speaker": str(speaker.pk),
            "remarks-1-role": "Director",
            "remarks-1-text": "A.",
            "remarks-1-language": "en",
            "remarks-1-position": "",
        },
    )

    assert response.status_code == 302
    assert list(meeting.remarks.values_list("position", "text")) == [
        (1, "Remark number 1 about artificial intelligence."),
        (2, "B."),
        (3, "A."),
    ]


def make_record(kind):
    if kind == "person":
        return make_person()
    if kind == "institution":
        return make_institution()
    if kind == "council":
        return make_council()
    if kind == "policyitem":
        return PolicyItem.objects.create(
            name="AI act", slug="ai-act", kind="bill", status="proposed"
        )
    if kind == "appointment":
        return Appointment.objects.create(
            person=make_person(), institution=make_institution(), title="Director"
        )
    meeting = make_meeting()
    if kind == "agendaitem":
        return AgendaItem.objects.create(meeting=meeting, title="The act")
    return make_remarks(meeting, 1, [make_person()])[0]


EDITED_FIELD = {
    "person": "bio",
    "institution": "description",
    "council": "description",
    "policyitem": "summary",
    "appointment": "title",
    "agendaitem": "summary",
    "remark": "text",
}


@pytest.mark.parametrize("kind", EDITED_FIELD)
def test_every_record_refuses_an_edit_opened_before_another_save(client, editor, bob, kind):
    record = make_record(kind)
    field = EDITED_FIELD[kind]
    alices_form, bobs_form = open_form(client, record), open_form(bob, record)
    assert save(client, record, alices_form, **{field: "Alice's words."}).status_code == 302

    refused = save(bob, record, bobs_form, **{field: "Bob's words."})

    assert refused.status_code == 200
    assert STALE in refused.content.decode()
    assert "Bob&#x27;s words." in refused.content.decode()
    record.refresh_from_db()
    assert getattr(record, field) == "Alice's words."


@pytest.fixture
def topic(editor, bob):
    from taggit.models import Tag

    for user in User.objects.all():  # Alice and Bob may edit topics, as the editor role may
        user.user_permissions.add(*Permission.objects.filter(content_type__app_label="taggit"))
    return Tag.objects.create(name="AI", slug="ai")


def test_two_editors_renaming_one_topic_do_not_overwrite_each_other(client, bob, topic):
    alices_form, bobs_form = open_form(client, topic), open_form(bob, topic)
    assert save(bob, topic, bobs_form, name="Artificial intelligence").status_code == 302

    refused = save(client, topic, alices_form, name="AI policy")

    assert refused.status_code == 200
    page = refused.content.decode()
    assert STALE in page
    assert "bob: Changed Name" in page
    assert "Name was “AI” and is now “Artificial intelligence”." in page
    assert 'value="AI policy"' in page  # her input is still on the page
    topic.refresh_from_db()
    assert topic.name == "Artificial intelligence"

    # Having seen Bob's rename, she saves hers over it.
    assert client.post(change_url(topic), read_form(refused, "tag_form")).status_code == 302
    topic.refresh_from_db()
    assert topic.name == "AI policy"


def test_a_topics_korean_name_given_since_a_form_was_opened_is_not_overwritten(client, bob, topic):
    alices_form, bobs_form = open_form(client, topic), open_form(bob, topic)
    assert save(bob, topic, bobs_form, name_ko="인공지능").status_code == 302

    refused = save(client, topic, alices_form, name_ko="에이아이")
    assert refused.status_code == 200
    assert STALE in refused.content.decode()
    assert topic.korean.name_ko == "인공지능"


@pytest.mark.parametrize("opened_as", ["[1]", "7", "not json", ""])
def test_a_topic_form_whose_opening_cannot_be_read_is_refused_not_a_server_error(
    client, topic, opened_as
):
    response = save(client, topic, open_form(client, topic), name="Renamed", opened_as=opened_as)

    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    topic.refresh_from_db()
    assert topic.name == "AI"


def test_a_publish_from_a_list_shown_before_an_edit_does_nothing(client, editor, bob):
    meeting = make_meeting(status=Meeting.Status.DRAFT, title="Unchecked")
    listed = read_form(client.get("/admin/records/meeting/"), "changelist-form")
    assert save(bob, meeting, open_form(bob, meeting), title="Rewritten").status_code == 302

    response = client.post(
        "/admin/records/meeting/",
        {**listed, "action": "publish", "_selected_action": [meeting.pk]},
        follow=True,
    )

    assert "Nothing was done: Rewritten (2026-07-01) changed since the list was shown" in (
        response.content.decode()
    )
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DRAFT


def test_saving_an_instance_read_before_another_save_raises_and_writes_nothing():
    institution = make_institution(name="Ministry of SMEs")
    first, second = Institution.objects.get(), Institution.objects.get()
    first.short_name = "MSS"
    first.save()

    second.description = "Overwrites MSS"
    with pytest.raises(StaleEdit), transaction.atomic():
        second.save()

    institution.refresh_from_db()
    assert (institution.short_name, institution.description, institution.version) == ("MSS", "", 2)


def test_restoring_a_fixture_or_an_old_version_never_takes_the_version_back():
    """A raw save writes a state on purpose: unchecked, but forms opened before the versions
    it restores stay refused."""
    remark = make_remarks(make_meeting(), 1, [make_person()])[0]
    Remark.objects.filter(pk=remark.pk).update(version=5)
    remark.text = "Restored."
    remark.save_base(raw=True)
    assert Remark.objects.values_list("text", "version").get() == ("Restored.", 5)


# The same races with both saves truly at once: the second waits on the first's row lock. The
# embedded database's in-memory test copy has no lock to wait on (shared-cache mode fails at
# once instead), so these run on PostgreSQL.
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL's row locks"
)


def while_holding_a_transaction(first, second):
    """Runs ``first`` in a transaction, then ``second`` in another thread until it waits for
    that transaction's lock; then commits. Returns what ``second`` returned or raised."""
    outcome = []

    def run_second():
        try:
            outcome.append(second())
        except Exception as error:  # the outcome is what the test looks at
            outcome.append(error)
        finally:
            connections.close_all()

    with transaction.atomic():
        first()
        thread = threading.Thread(target=run_second)
        thread.start()
        with connection.cursor() as cursor:
            for _ in range(200):
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                )
                if cursor.fetchone()[0]:
                    break
                time.sleep(0.01)
    thread.join()
    return outcome[0]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_of_two_saves_at_the_same_instant_the_second_is_refused():
    meeting = make_meeting(title="Before")
    alices, bobs = Meeting.objects.get(), Meeting.objects.get()
    alices.title, bobs.title = "Alice's", "Bob's"

    outcome = while_holding_a_transaction(alices.save, bobs.save)

    assert isinstance(outcome, StaleEdit)
    meeting.refresh_from_db()
    assert (meeting.title, meeting.version) == ("Alice's", 2)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_remarks_added_at_the_same_instant_take_the_next_two_positions():
    meeting = make_meeting()
    speaker = make_person()
    make_remarks(meeting, 1, [speaker])

    def add(text):
        return lambda: Remark.objects.create(meeting=meeting, speaker=speaker, text=text)

    while_holding_a_transaction(add("Alice's."), add("Bob's."))

    assert list(meeting.remarks.values_list("position", "text"))[1:] == [
        (2, "Alice's."),
        (3, "Bob's."),
    ]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_of_two_topic_renames_at_the_same_instant_the_second_is_refused():
    from django.forms import modelform_factory
    from taggit.models import Tag

    from council.records.admin import TopicForm

    topic = Tag.objects.create(name="AI", slug="ai")
    form = modelform_factory(Tag, form=TopicForm, fields=["name", "slug", "opened_as"])
    opened = {field.name: field.value() for field in form(instance=topic)}  # as the page holds
    alices = form({**opened, "name": "Artificial intelligence"}, instance=Tag.objects.get())
    bobs = form({**opened, "name": "AI policy"}, instance=Tag.objects.get())

    def alice_saves():
        assert alices.is_valid()
        alices.save()

    def bob_saves():
        with transaction.atomic():  # as the admin's view is
            return bobs.is_valid()

    assert while_holding_a_transaction(alice_saves, bob_saves) is False
    assert STALE in str(bobs.non_field_errors())
    topic.refresh_from_db()
    assert topic.name == "Artificial intelligence"


def test_a_form_holding_a_remark_another_editor_deleted_is_refused_not_a_server_error(
    client, editor, bob
):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    make_remarks(meeting, 2, [make_person()])
    alices_form, bobs_form = open_form(client, meeting), open_form(bob, meeting)
    assert save(bob, meeting, bobs_form, **{"remarks-1-DELETE": "on"}).status_code == 302

    response = save(client, meeting, alices_form, **{"remarks-1-text": "Alice's fix."})

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert list(meeting.remarks.values_list("position", flat=True)) == [1]
