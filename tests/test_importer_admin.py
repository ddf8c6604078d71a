"""Staff paste an article, review what was found, correct it and confirm: a draft meeting."""

import datetime
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from django import forms
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import Client
from django.utils import translation

from council.importer.forms import (
    EXTRACTION_MESSAGES,
    ArticleForm,
    PersonReviewForm,
    RemarkReviewForm,
)
from council.records.models import (
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
)

from .factories import SEED_ARTICLE

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/records/meeting/import/"
ARTICLE = SEED_ARTICLE.read_text(encoding="utf-8")
RECORDS = (Meeting, Council, Institution, Person, PolicyItem, Remark, Participation)


def counts():
    return [model.objects.count() for model in RECORDS]


def paste(client, text=ARTICLE, **fields):
    return client.post(
        IMPORT_URL,
        {"step": "extract", "text": text, "published_on": "2026-07-01", **fields},
    )


def review_data(response):
    """What the browser submits from the review page, as rendered."""
    review = response.context["review"]
    data = {"step": "confirm"}
    for formset in review.formsets:
        for name in formset.management_form.fields:
            data[formset.management_form[name].html_name] = formset.management_form[name].value()
    for form in [review.meeting, *(f for formset in review.formsets for f in formset.forms)]:
        for name, field in form.fields.items():
            value = form[name].value()
            if isinstance(field, forms.BooleanField):
                if value:
                    data[form[name].html_name] = "on"
            else:
                data[form[name].html_name] = "" if value is None else value
            if field.show_hidden_initial:
                # As the page renders it: the value first proposed, kept across re-renders.
                initial = form.data.get(form[name].html_initial_name, value)
                data[form[name].html_initial_name] = "" if initial is None else initial
    return data


def test_meeting_list_offers_import_from_article(client, editor):
    response = client.get("/admin/records/meeting/")
    assert response.status_code == 200
    assert f'href="{IMPORT_URL}"' in response.content.decode()
    assert "Import from article" in response.content.decode()


def test_paste_page_has_the_text_url_and_date_fields(client, editor):
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    for name in ("text", "source_url", "published_on"):
        assert f'name="{name}"' in response.content.decode()


def test_paste_shows_the_proposal_and_saves_nothing(client, editor):
    before = counts()
    response = paste(client)
    assert response.status_code == 200
    assert counts() == before
    review = response.context["review"]
    assert [f["text"].value() for f in review.remarks.forms][0].startswith("For the expansion")
    assert [f["name"].value() for f in review.people.forms] == [
        "Jang Tae-woo",
        "Lee Sang-ho",
        "Hwang Young-ho",
    ]
    assert review.meeting["new_council"].value() == "SME and venture AI policy council"
    assert review.meeting["source_text"].value() == ARTICLE
    page = response.content.decode()
    assert "Osco" in page and "Cheongju" in page
    assert "Create the draft meeting" in page


def test_paste_review_change_a_speaker_and_confirm_creates_the_draft_with_the_change(
    client, editor
):
    review = paste(client)
    data = review_data(review)
    # The second remark was Jang Tae-woo's; the editor gives it to Lee Sang-ho instead.
    assert data["remark-1-speaker"] == 0
    data["remark-1-speaker"] = 1
    response = client.post(IMPORT_URL, data)
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/records/meeting/{meeting.pk}/change/"
    assert meeting.status == Meeting.Status.DRAFT
    assert meeting.source_text == ARTICLE
    assert meeting.source_date.isoformat() == "2026-07-01"
    assert [r.speaker.name for r in meeting.remarks.order_by("position")] == [
        "Jang Tae-woo",
        "Lee Sang-ho",
        "Lee Sang-ho",
        "Lee Sang-ho",
        "Hwang Young-ho",
        "Hwang Young-ho",
    ]
    assert meeting.participations.get(part=Participation.Part.HOST).institution.short_name == "MSS"
    assert client.get(response["Location"]).status_code == 200


def test_confirming_over_the_seed_picks_existing_people_and_creates_no_duplicates(
    client, editor, seed
):
    data = review_data(paste(client))
    hwang = Person.objects.get(name="Hwang Young-ho")
    data["remark-0-speaker_record"] = hwang.pk
    people, institutions = Person.objects.count(), Institution.objects.count()
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.exclude(pk=1).get()
    assert meeting.council.slug == "sme-and-venture-ai-policy-council"
    assert meeting.remarks.get(position=1).speaker == hwang
    assert (Person.objects.count(), Institution.objects.count()) == (people, institutions)


def test_confirming_the_same_review_again_creates_no_second_draft(client, editor):
    data = review_data(paste(client))
    first = client.post(IMPORT_URL, data)
    again = client.post(IMPORT_URL, data, follow=True)
    meeting = Meeting.objects.get()
    assert again.redirect_chain == [(first["Location"], 302)]
    assert "This review was already confirmed" in again.content.decode()
    assert meeting.remarks.count() == 6


def test_a_new_review_of_the_same_article_is_a_new_import(client, editor):
    client.post(IMPORT_URL, review_data(paste(client)))
    client.post(IMPORT_URL, review_data(paste(client)))
    assert Meeting.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_double_click_on_confirm_creates_one_draft(client, editor):
    if connection.vendor == "sqlite":
        # Two requests need two connections; SQLite's shared in-memory test database locks
        # a table where a database file would wait its turn.
        pytest.skip("needs a database that two connections write at once")
    data = review_data(paste(client))
    both_ready = threading.Barrier(2)
    answers = []

    def click():
        browser = Client()
        browser.cookies = client.cookies
        both_ready.wait()
        try:
            answers.append(browser.post(IMPORT_URL, data))
        finally:
            connection.close()

    clicks = [threading.Thread(target=click) for _ in range(2)]
    for thread in clicks:
        thread.start()
    for thread in clicks:
        thread.join()
    meeting = Meeting.objects.get()
    assert [answer.status_code for answer in answers] == [302, 302]
    assert {answer["Location"] for answer in answers} == {
        f"/admin/records/meeting/{meeting.pk}/change/"
    }


def test_the_source_url_given_on_paste_is_kept(client, editor):
    data = review_data(paste(client, source_url="biz.chosun.com/article/1"))
    assert data["meeting-source_url"] == "https://biz.chosun.com/article/1"
    client.post(IMPORT_URL, data)
    assert Meeting.objects.get().source_url == "https://biz.chosun.com/article/1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "This field is required."),
        ("x" * (5 * 1024 * 1024), "Paste one article, of at most 100,000 characters."),
        ("\x00\x01binary\x02" * 500, "looks like binary data"),
    ],
    ids=["empty", "5 MB", "binary"],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(client, editor, text, message):
    before = counts()
    response = paste(client, text=text)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "review" not in response.context
    assert counts() == before


NO_QUOTE = (
    "The Ministry of SMEs and Startups held the SME digital council in Sejong on June 30. "
    "Minister Oh Young-joo chaired the meeting with ten founders.\n\n"
    "The ministry will announce the plan next month."
)


def test_an_article_without_quotes_is_proposed_for_review_without_remarks(client, editor):
    response = paste(client, text=NO_QUOTE)
    review = response.context["review"]
    assert review.remarks.forms == []
    assert review.meeting["date"].value() == datetime.date(2026, 6, 30)
    assert counts() == [0] * len(RECORDS)
    data = review_data(response)
    data["meeting-new_council"] = "SME digital council"
    response = client.post(IMPORT_URL, data)
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert not meeting.remarks.exists()


def test_an_unclosed_quotation_mark_is_flagged_for_review_not_refused(client, editor):
    # The article's last quotation, cut off before its closing mark.
    text = ARTICLE[: ARTICLE.rindex('"')]
    response = paste(client, text=text)
    remarks = [form["text"].value() for form in response.context["review"].remarks.forms]
    assert remarks and not any(
        r.startswith("Based on the suggestions and opinions") for r in remarks
    )
    assert "a quotation mark is never closed: “Based on the suggestions and opinions" in (
        response.content.decode()
    )


def test_confirm_with_an_error_shows_it_and_saves_nothing(client, editor):
    data = review_data(paste(client))
    data["remark-0-speaker"] = ""
    data["remark-0-role"] = ""
    data["meeting-date"] = "not a date"
    response = client.post(IMPORT_URL, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose a speaker, or give the role the source prints." in page
    assert "Enter a valid date." in page
    assert "Nothing has been saved." in page
    assert not Meeting.objects.exists() and not Person.objects.exists()


def test_confirm_without_council_or_host_is_refused(client, editor):
    data = review_data(paste(client))
    for key in [k for k in data if k.endswith("-part")]:
        data[key] = "participant"
    response = client.post(IMPORT_URL, data)
    assert "A new council needs a host" in response.content.decode()
    data["meeting-new_council"] = ""
    response = client.post(IMPORT_URL, data)
    assert "Choose the council, or name a new one." in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_new_institution_may_not_take_an_existing_name(client, editor):
    data = review_data(paste(client))
    Institution.objects.create(name="Kyonggi University", slug="kyonggi")
    response = client.post(IMPORT_URL, data)
    assert "is in the records already: choose it." in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_tampered_row_count_is_an_error_not_a_crash(client, editor):
    data = review_data(paste(client))
    data["remark-TOTAL_FORMS"] = "100000"
    response = client.post(IMPORT_URL, data)
    assert response.status_code == 200
    assert not Meeting.objects.exists()


def test_staff_without_add_permission_on_meetings_are_refused(client):
    user = User.objects.create_user("bob", password="unused", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename="view_meeting"))
    client.force_login(user)
    assert client.get(IMPORT_URL).status_code == 403
    assert paste(client).status_code == 403
    assert "Import from article" not in client.get("/admin/records/meeting/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(IMPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_korean_article_is_reviewed_and_confirmed(client, editor):
    text = (
        Path(__file__).resolve().parent / "articles/ko-03-yonhap-small-merchants.txt"
    ).read_text(encoding="utf-8")
    review = paste(client, text=text)
    data = review_data(review)
    assert data["meeting-language"] == "ko"
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.remarks.count() == 6
    assert meeting.remarks.filter(speaker__isnull=True).get().role_ko == "중기부 관계자"
    assert Person.objects.get(name_ko="오세진").slug == "oh-se-jin"
    assert meeting.slug.isascii()


def test_an_error_in_one_remark_row_is_shown_with_the_banner_and_saves_nothing(client, editor):
    data = review_data(paste(client))
    data["remark-3-text"] = ""
    response = client.post(IMPORT_URL, data)
    page = response.content.decode()
    assert "Nothing has been saved." in page
    assert "This field is required." in page
    assert not Meeting.objects.exists()


@pytest.fixture
def korean_catalogue(settings):
    """The importer's Korean catalogue compiled, as ``make`` does for the project's."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (gettext) is not installed")
    po = Path(__file__).resolve().parent.parent / "council/importer/locale/ko/LC_MESSAGES/django.po"
    subprocess.run([msgfmt, "--check-format", "-o", po.with_suffix(".mo"), po], check=True)
    # Changing a setting empties Django's cache of loaded catalogues.
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS]


def test_the_importers_messages_have_korean_translations(korean_catalogue):
    # The admin sits outside the /ko/ URLs, so the catalogue is checked directly.
    with translation.override("ko"):
        assert str(EXTRACTION_MESSAGES["empty"]) == "기사 본문을 붙여 넣으세요."
        assert str(ArticleForm().fields["text"].label) == "기사 본문"
        assert str(RemarkReviewForm.base_fields["position"].label) == "순서"
        assert str(PersonReviewForm.not_allowed).startswith("인물을 기록에 추가할 권한이 없습니다.")
