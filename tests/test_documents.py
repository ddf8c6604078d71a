"""Documents presented at meetings: attached by staff (PDF, DOCX, HWPX, checked as photos are),
their text read page by page and searched beside the remarks, public only with their
meeting."""

import io

import pytest
from django.core.management import CommandError, call_command

from council.records.document_text import Limits, extract, sniff
from council.records.models import AgendaItem, Document, Meeting

from .admin_forms import read_form
from .document_files import docx_bytes, hwpx_bytes, pdf_bytes, upload
from .factories import image_upload, make_meeting

pytestmark = pytest.mark.django_db

DECK = ["AI policy outcomes of the agency", "Plans for smart factory vouchers in Cheongju"]


def attach(meeting, data, name="deck.pdf", **fields):
    fields.setdefault("title", "KOSME AI policy outcomes and plans")
    return Document.objects.create(meeting=meeting, file=upload(name, data), **fields)


def search(client, words):
    return client.get("/search/", {"q": words}).content.decode()


def test_a_pdf_of_a_published_meeting_is_found_by_a_word_of_its_text_with_its_page(client):
    meeting = make_meeting(title="The Cheongju council")
    document = attach(meeting, pdf_bytes(DECK))
    assert (document.kind, document.page_count, document.text_is_partial) == ("pdf", 2, False)

    html = search(client, "vouchers")
    results = html[html.index("In the documents presented") :]
    assert "Document text" in results
    assert "smart factory <mark>vouchers</mark>" in results
    assert "KOSME AI policy outcomes and plans</a>, page 2" in results
    assert f'href="{document.file.url}#page=2"' in results
    assert "The Cheongju council" in results


def test_a_drafts_document_is_found_by_no_search_until_it_is_published(client):
    draft = make_meeting(status=Meeting.Status.DRAFT)
    attach(draft, pdf_bytes(DECK))
    assert "In the documents presented" not in search(client, "vouchers")
    Meeting.objects.filter(pk=draft.pk).publish()
    assert "In the documents presented" in search(client, "vouchers")
    Meeting.objects.filter(pk=draft.pk).unpublish()
    assert "In the documents presented" not in search(client, "vouchers")


def test_a_korean_hwpx_is_found_by_a_korean_word_with_a_particle_attached(client):
    meeting = make_meeting()
    attach(
        meeting,
        hwpx_bytes(
            [["중소기업 인공지능 도입 확산 방안"], ["지역 기업의 인공지능을 활용한 생산성"]]
        ),
        name="방안.hwpx",
        title="",
        title_ko="인공지능 도입 확산 방안",
    )
    html = client.get("/ko/search/", {"q": "생산성"}).content.decode()
    results = html[html.index('id="document-results-heading"') :]
    assert "자료 본문" in results
    assert "인공지능 도입 확산 방안</a>, 2쪽" in results
    assert "<mark>생산성</mark>" in results


def test_a_docx_is_read_page_by_page_at_its_page_breaks(client):
    document = attach(
        make_meeting(),
        docx_bytes([["Opening remarks"], ["Workforce training budget", "Second paragraph"]]),
        name="release.docx",
    )
    assert document.kind == "docx"
    assert [(p.number, p.text) for p in document.pages.all()] == [
        (1, "Opening remarks"),
        (2, "Workforce training budget\nSecond paragraph"),
    ]
    assert "page 2" in search(client, "budget")


def test_a_search_by_speaker_shows_no_document_text(client):
    from .factories import make_person, make_remarks

    meeting = make_meeting()
    attach(meeting, pdf_bytes(DECK))
    speaker = make_person(slug="speaker-x")
    make_remarks(meeting, 1, [speaker])
    html = client.get("/search/", {"q": "vouchers", "speaker": "speaker-x"}).content.decode()
    assert "In the documents presented" not in html


def test_the_meeting_page_lists_its_documents_and_the_file_is_served_only_when_public(client):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    item = AgendaItem.objects.create(meeting=meeting, title="Outcomes and plans")
    document = attach(meeting, pdf_bytes(DECK), agenda_item=item)
    assert client.get(document.file.url).status_code == 404

    Meeting.objects.filter(pk=meeting.pk).publish()
    html = client.get(meeting.get_absolute_url()).content.decode()
    listed = html[html.index('id="documents"') :]
    assert f'<a href="{document.file.url}">KOSME AI policy outcomes and plans</a>' in listed
    assert "PDF, 2 pages" in listed
    assert f'<a href="#agenda-{item.position}">Outcomes and plans</a>' in listed
    response = client.get(document.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_stored_file_has_a_random_name_with_its_kinds_extension():
    document = attach(make_meeting(), hwpx_bytes([["본문"]]), name="secret plan (draft).pdf")
    assert document.file.name.startswith("documents/")
    assert document.file.name.endswith(".hwpx")
    assert "secret" not in document.file.name


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("photo.pdf", image_upload().read(), "is not a PDF, a Word document (DOCX)"),
        ("cut.pdf", pdf_bytes(DECK)[:200], "cannot be read"),
        ("old.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Save a .hwp or .doc"),
    ],
)
def test_a_file_that_is_no_readable_document_is_a_form_error_and_the_form_is_kept(
    client, editor, name, data, message
):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(
        {
            "documents-TOTAL_FORMS": ["1"],
            "documents-0-title": ["The agency's deck"],
            "documents-0-file": upload(name, data),
        }
    )
    response = client.post(url, form)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "The agency&#x27;s deck" in page
    assert not Document.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit(
    client, editor, settings
):
    settings.DOCUMENT_MAX_BYTES = 1000
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(
        {
            "documents-TOTAL_FORMS": ["1"],
            "documents-0-title": ["Deck"],
            "documents-0-file": upload("deck.pdf", pdf_bytes(DECK * 20)),
        }
    )
    page = client.post(url, form).content.decode()
    assert "the limit is 1000\xa0bytes" in page


def test_an_editor_attaches_a_document_on_the_meetings_form(client, editor):
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(
        {
            "documents-TOTAL_FORMS": ["1"],
            "documents-0-title": ["Deck"],
            "documents-0-file": upload("deck.pdf", pdf_bytes(DECK)),
        }
    )
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Document.objects.get().pages.count() == 2
    assert "PDF, 2 pages" in client.get(url).content.decode()


def test_reading_that_takes_longer_than_the_limit_is_refused_and_holds_no_worker(
    client, editor, settings
):
    settings.DOCUMENT_READING_SECONDS = 0.01  # no child can start and read in that time
    meeting = make_meeting(status=Meeting.Status.DRAFT)
    url = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(url), "meeting_form")
    form.update(
        {
            "documents-TOTAL_FORMS": ["1"],
            "documents-0-title": ["Deck"],
            "documents-0-file": upload("deck.pdf", pdf_bytes(DECK)),
        }
    )
    page = client.post(url, form).content.decode()
    assert "took longer than 0.01 seconds" in page


def test_reading_stops_at_the_page_and_character_limits_and_says_it_did():
    text = extract(pdf_bytes([f"Page {n}" for n in range(1, 8)]), Limits(pages=3))
    assert (text.pages, text.page_count, text.partial) == (["Page 1", "Page 2", "Page 3"], 7, True)
    text = extract(hwpx_bytes([["가나다라마바사"], ["아자차"]]), Limits(characters=5))
    assert (text.pages, text.partial) == (["가나다라마"], True)


def test_a_zip_that_unpacks_past_the_limit_is_refused_before_it_is_unpacked():
    from council.records.document_text import Unreadable

    bomb = hwpx_bytes([["0" * 5_000_000]])
    assert len(bomb) < 50_000
    with pytest.raises(Unreadable, match="unpacks"):
        extract(bomb, Limits(unpacked_bytes=1_000_000))


def test_the_kind_is_read_from_the_content_never_the_name():
    assert sniff(pdf_bytes(["x"])) == "pdf"
    assert sniff(docx_bytes([["x"]])) == "docx"
    assert sniff(hwpx_bytes([["x"]])) == "hwpx"
    assert sniff(b"PK\x03\x04 not really a zip") is None
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "just a zip")
    assert sniff(buffer.getvalue()) is None


def test_attach_document_attaches_a_file_for_batch_work(tmp_path, capsys):
    meeting = make_meeting(slug="the-july-council")
    AgendaItem.objects.create(meeting=meeting, position=2, title="Plans")
    path = tmp_path / "KOSME_outcomes.pdf"
    path.write_bytes(pdf_bytes(DECK))
    call_command("attach_document", "the-july-council", str(path), "--agenda-item", "2")
    document = Document.objects.get()
    assert (document.title, document.agenda_item.position) == ("KOSME outcomes", 2)
    assert "2 pages of text" in capsys.readouterr().out

    call_command("attach_document", "the-july-council", str(path), "--title", "The deck")
    assert Document.objects.filter(title="The deck").exists()


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["no-such-meeting", "{pdf}"], "No meeting has the slug"),
        (["the-july-council", "{missing}"], "No file at"),
        (["the-july-council", "{png}"], "is not a PDF"),
        (["the-july-council", "{pdf}", "--agenda-item", "9"], "no agenda item at position 9"),
    ],
)
def test_attach_document_says_what_is_wrong(tmp_path, arguments, message):
    make_meeting(slug="the-july-council")
    files = {"pdf": tmp_path / "a.pdf", "png": tmp_path / "b.pdf", "missing": tmp_path / "c"}
    files["pdf"].write_bytes(pdf_bytes(DECK))
    files["png"].write_bytes(image_upload().read())
    arguments = [a.format(**{k: str(v) for k, v in files.items()}) for a in arguments]
    with pytest.raises(CommandError, match=message):
        call_command("attach_document", *arguments)
    assert not Document.objects.exists()


def test_a_deleted_document_restored_from_the_history_is_found_again(
    client, django_capture_on_commit_callbacks
):
    import reversion
    from reversion.models import Version

    meeting = make_meeting()
    with django_capture_on_commit_callbacks(execute=True):
        with reversion.create_revision():
            document = attach(meeting, pdf_bytes(DECK))
        document.delete()  # its file set aside, its pages gone
    assert "In the documents presented" not in search(client, "vouchers")

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_deleted(Document).get().revert()
    assert Document.objects.get().pages.count() == 2
    assert "In the documents presented" in search(client, "vouchers")
    assert client.get(Document.objects.get().file.url).status_code == 200
