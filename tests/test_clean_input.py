"""Clean input: whatever staff paste or a command writes, the records hold no control character,
every topic has an address, and an address holding a NUL byte is a 404 (issue 12, 7, 8, 18)."""

import pytest
from taggit.models import Tag

from council.importer.reading.cleanup import prepare
from council.records.models import Institution, Meeting, Person, Remark

from .factories import make_council, make_meeting, make_person, make_remarks, records_migration
from .test_admin_meeting import ADD_URL, meeting_form, remark_row

pytestmark = pytest.mark.django_db

# Word's manual line break, a PDF's page break, and what a bad conversion leaves behind.
PASTED = "Training must\x0breach regions.\x0cAnd\x00 universi\x07ties\x1b[0m are\x85ready\x7f."


def test_a_remark_pasted_from_word_keeps_its_line_breaks_and_loses_its_control_characters(
    client, editor
):
    speaker = make_person()
    response = client.post(
        ADD_URL,
        meeting_form(
            make_council(),
            title="Work\x0bforce\x1f training",
            remarks=[remark_row(speaker, PASTED.replace("\x00", ""))],
        ),
    )

    assert response.status_code == 302, response.context["errors"]
    meeting = Meeting.objects.get()
    assert meeting.title == "Work force training"
    assert meeting.remarks.get().text == (
        "Training must\nreach regions.\nAnd universities[0m are\nready."
    )


def test_a_nul_byte_typed_in_a_form_is_refused_with_a_form_error(client, editor):
    response = client.post(
        ADD_URL, meeting_form(make_council(), remarks=[remark_row(make_person(), "Null\x00")])
    )
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    assert not Meeting.objects.exists()


def test_every_text_of_every_record_is_cleaned_however_it_is_saved():
    institution = Institution.objects.create(
        name="Ministry\x00 of\x0bSMEs", slug="mss", description="One\x0btwo\x1d"
    )
    person = make_person(name="Hwang\x08 Young-ho", bio="Director\x0cgeneral")
    meeting = make_meeting(summary="Met\x0bat Osco\ud800", venue="Osco\u2028Cheongju")
    meeting.topics.add("AI\x07 policy")
    [made] = make_remarks(meeting, 1, [person])  # bulk_create sends no signal
    Remark.objects.filter(pk=made.pk).update(text="reset")
    made.refresh_from_db()
    made.role = "Director\x0b general"
    made.save()

    institution.refresh_from_db()
    assert (institution.name, institution.description) == ("Ministry of SMEs", "One\ntwo")
    assert Person.objects.get(pk=person.pk).bio == "Director\ngeneral"
    assert Person.objects.get(pk=person.pk).name == "Hwang Young-ho"
    meeting.refresh_from_db()
    assert (meeting.summary, meeting.venue) == ("Met\nat Osco", "Osco Cheongju")
    assert Tag.objects.get().name == "AI policy"
    assert Remark.objects.get().role == "Director  general"


def test_remarks_made_in_bulk_are_cleaned():
    meeting = make_meeting()
    Remark.objects.bulk_create(
        [Remark(meeting=meeting, position=1, role="Official\x00", text="A\x0bB\x1a")]
    )
    assert Remark.objects.values_list("role", "text").get() == ("Official", "A\nB")


def test_the_importer_turns_words_line_break_into_a_line_break_and_drops_other_controls():
    body = "The council met in Cheongju on the 1st to discuss AI for small firms. " * 6
    text = prepare(f"Headline\n\n{body}The minister said:\x0b“AI\x07 matters.”\x1b")
    assert text == f"Headline\n\n{body}The minister said:\n“AI matters.”"


@pytest.mark.parametrize("name", ["!!!", "???", "\x07!", "—"])
def test_a_topic_named_only_in_punctuation_gets_an_address_and_every_page_shows_it(client, name):
    meeting = make_meeting()
    meeting.topics.add(name)
    tag = Tag.objects.get()
    assert tag.slug.startswith("topic-") and len(tag.slug) > len("topic-")

    assert client.get(meeting.get_absolute_url()).status_code == 200
    assert client.get("/sitemap-topics.xml").status_code == 200
    topic = client.get(f"/topics/{tag.slug}/")
    assert topic.status_code == 200
    assert meeting.title in topic.content.decode()


def test_two_punctuation_topics_get_two_addresses():
    meeting = make_meeting()
    meeting.topics.add("!!!", "???")
    assert len(set(Tag.objects.values_list("slug", flat=True))) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/topics/%00/",
        "/topics/ai%00/",
        "/meetings/%00/",
        "/speakers/%00/feed/",
        "/search/?q=%00",
        "/search/?speaker=hwang%00",
        "/search/remarks.csv?topic=%00",
        "/search/speakers/?q=%00",
        "/meetings/?page=%00",
        "/ko/topics/%00/",
        "/data/meetings/%00.json",
        "/media/photos/%00.jpg",
    ],
)
def test_an_address_holding_a_nul_byte_is_the_404_page(client, seed, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<h1>" in response.content.decode()


def test_an_admin_search_holding_a_nul_byte_is_a_404(client, editor):
    assert client.get("/admin/records/meeting/?q=%00").status_code == 404


def test_a_topic_saved_earlier_without_a_slug_gets_one_when_migrating(client):
    from django.apps import apps

    meeting = make_meeting()
    meeting.topics.add("!!!")
    Tag.objects.update(slug="")
    records_migration("topics_without_slug_get_one").give_slugs(apps, None)
    assert Tag.objects.get().slug.startswith("topic-")
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_a_field_that_was_only_control_characters_is_refused_as_empty_on_the_form(client, editor):
    response = client.post(
        ADD_URL,
        meeting_form(make_council(), title="\x07\x1b", remarks=[remark_row(make_person(), "\x7f")]),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("Give the title in English, Korean or both.") == 1
    assert "Give the remark&#x27;s words in English, in Korean, or both." in page
    assert not Meeting.objects.exists()


def test_a_topic_typed_as_control_characters_is_no_topic(client, editor):
    response = client.post(ADD_URL, meeting_form(make_council(), topics="AI\x07, \x1b\x7f, \x0b"))
    assert response.status_code == 302
    assert list(Meeting.objects.get().topics.names()) == ["AI"]


def test_saving_a_record_loaded_in_part_reads_none_of_its_other_texts():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_meeting(slug="partial")
    meeting = Meeting.objects.only("pk", "title", "date", "status", "slug").get()
    meeting.title = "Renamed\x0b"
    with CaptureQueriesContext(connection) as queries:
        meeting.save()
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert not any("summary" in sql or "source_text" in sql for sql in reads), reads
    assert Meeting.objects.values_list("title", flat=True).get() == "Renamed "


def test_texts_saved_before_cleaning_are_cleaned_when_migrating_and_every_feed_shows_them(
    client, monkeypatch
):
    from django.apps import apps

    from council.records.models import Revision

    from .factories import make_archive

    archive = make_archive(6, "legacy")
    # Written past the model, as rows saved before texts were cleaned were.
    Remark.objects.update(text="Training must\x0breach regions\x07.", role="Director\x0b general")
    Meeting.objects.update(title="Work\x0bforce\x1f training")
    Tag.objects.update(name="AI\x1b policy")
    Revision.stamp()
    stamped = Revision.read_stamp()
    migration = records_migration("clean_texts_saved_before_cleaning")
    monkeypatch.setattr(migration, "BATCH", 2)  # the six remarks take three batches

    migration.clean_texts(apps, None)

    assert set(Remark.objects.values_list("text", "role")) == {
        ("Training must\nreach regions.", "Director  general")
    }
    assert set(Meeting.objects.values_list("title", flat=True)) == {"Work force training"}
    assert set(Tag.objects.values_list("name", flat=True)) == {"AI policy"}
    cleaned_at = Revision.read_stamp()
    assert cleaned_at > stamped  # cached pages show the cleaned texts
    for feed in ("meeting-feed", "speaker-feed", "correction-feed"):
        response = client.get(archive[feed])
        assert response.status_code == 200
        assert "\x0b" not in response.content.decode()
    assert "Work force training" in client.get(archive["meeting-feed"]).content.decode()

    migration.clean_texts(apps, None)  # again: nothing left to clean, nothing written
    assert Revision.read_stamp() == cleaned_at
