"""The import's review: rows added and removed, records chosen by autocomplete, the reader's
flags, a council not yet in the records, and what staff without add permissions may do."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User

from council.importer.reading import Flag, FlagKind, FoundInstitution, FoundRemark
from council.records.models import (
    Appointment,
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
)

from .factories import make_extraction, make_institution, make_person
from .test_importer_admin import IMPORT_URL, counts, paste, review_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def reads(monkeypatch):
    """The paste step finds ``extraction`` in whatever is pasted."""

    def reads(extraction):
        monkeypatch.setattr("council.importer.forms.extract", lambda text, published_on: extraction)
        return extraction

    return reads


def add_row(client, data, table):
    return client.post(IMPORT_URL, {**data, "add": table})


# --- Records offered through the autocomplete ----------------------------------------------


def test_review_offers_found_people_and_an_autocomplete_not_every_person(client, editor):
    make_person(name="Someone Else Entirely")
    response = paste(client)
    page = response.content.decode()
    speaker = response.context["review"].remarks.forms[0]["speaker"]
    assert [label for _, label in speaker.field.choices[1:]] == [
        "Jang Tae-woo (new)",
        "Lee Sang-ho (new)",
        "Hwang Young-ho (new)",
    ]
    assert "Someone Else Entirely" not in page
    record = response.context["review"].remarks.forms[0]["speaker_record"]
    assert "admin-autocomplete" in str(record)
    assert 'data-ajax--url="/admin/autocomplete/"' in str(record)
    assert 'data-model-name="remark"' in str(record) and 'data-field-name="speaker"' in str(record)
    assert "admin/js/autocomplete.js" in page


def test_the_review_is_the_same_size_with_3_or_3000_people_in_the_records(client, editor):
    Person.objects.bulk_create(
        Person(name=f"Person {n:04}", slug=f"person-{n:04}") for n in range(3)
    )
    few = len(paste(client).content)
    Person.objects.bulk_create(
        Person(name=f"Person {n:04}", slug=f"person-{n:04}") for n in range(3, 3000)
    )
    many = len(paste(client).content)
    assert abs(many - few) < 100, (few, many)


@pytest.mark.parametrize(
    ("model_name", "field_name", "term", "found"),
    [
        ("remark", "speaker", "Hwang", "Hwang Young-ho"),
        ("participation", "institution", "KOSME", "Korea SMEs and Startups Agency"),
        ("meeting", "council", "venture", "SME and venture AI policy council"),
        ("agendaitem", "policy_items", "promotion act", "SME AI utilization promotion act"),
    ],
)
def test_the_reviews_autocompletes_search_the_records(
    client, editor, seed, model_name, field_name, term, found
):
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": "records", "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    assert found in [result["text"].split(" (")[0] for result in response.json()["results"]]


def test_the_council_in_the_records_is_chosen_by_autocomplete_not_listed(client, editor, seed):
    Council.objects.create(name="Another council", slug="another", host=Institution.objects.first())
    response = paste(client)
    council = str(response.context["review"].meeting["council"])
    assert "SME and venture AI policy council" in council
    assert "Another council" not in council


# --- Adding and removing rows ---------------------------------------------------------------


def test_add_a_remark_shows_the_review_again_with_a_blank_row_keeping_what_was_typed(
    client, editor
):
    data = review_data(paste(client))
    data["meeting-title"] = "A title typed by the editor"
    response = add_row(client, data, "remark")
    assert response.status_code == 200
    review = response.context["review"]
    assert len(review.remarks.forms) == 7
    assert review.meeting["title"].value() == "A title typed by the editor"
    assert review.remarks.forms[6]["text"].value() in (None, "")
    assert "Nothing has been saved." not in response.content.decode()
    assert not Meeting.objects.exists()


def test_enter_in_a_field_confirms_rather_than_adding_a_row(client, editor):
    # Browsers submit a form on Enter with its first submit button.
    page = paste(client).content.decode()
    form = page[page.index('<form method="post"') :]
    first = re.search(r'<(?:button|input)[^>]*type="submit"[^>]*>', form)[0]
    assert 'name="add"' not in first


def test_a_remark_added_by_hand_takes_a_person_from_the_records_and_its_position(
    client, editor, seed
):
    data = review_data(add_row(client, review_data(paste(client)), "remark"))
    hwang = Person.objects.get(name="Hwang Young-ho")
    data.update(
        {
            "remark-6-text": "A remark the reader missed.",
            "remark-6-speaker_record": hwang.pk,
            "remark-6-position": "2",
        }
    )
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.exclude(pk=1).get()
    remarks = list(meeting.remarks.order_by("position"))
    assert len(remarks) == 7
    assert (remarks[1].text, remarks[1].speaker) == ("A remark the reader missed.", hwang)
    assert [r.position for r in remarks] == [1, 2, 3, 4, 5, 6, 7]


def test_a_remark_added_by_hand_takes_a_speaker_found_in_the_article(client, editor):
    data = review_data(add_row(client, review_data(paste(client)), "remark"))
    data.update({"remark-6-text": "Added last.", "remark-6-speaker": "2"})
    client.post(IMPORT_URL, data)
    last = Meeting.objects.get().remarks.order_by("position").last()
    assert (last.text, last.speaker.name) == ("Added last.", "Hwang Young-ho")


def test_a_speaker_added_by_hand_is_offered_to_the_remarks(client, editor):
    data = review_data(add_row(client, review_data(paste(client)), "person"))
    data.update({"person-3-name": "Kim Min-ji", "person-3-title": "Fellow"})
    response = add_row(client, data, "remark")
    speaker = response.context["review"].remarks.forms[0]["speaker"]
    assert (3, "Kim Min-ji (new)") in speaker.field.choices
    data = review_data(response)
    data["remark-0-speaker"] = "3"
    assert client.post(IMPORT_URL, data).status_code == 302
    assert Meeting.objects.get().remarks.get(position=1).speaker.name == "Kim Min-ji"


def test_rows_added_and_left_blank_are_ignored(client, editor):
    data = review_data(paste(client))
    for table in ("remark", "person", "institution", "policy"):
        data = review_data(add_row(client, data, table))
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.remarks.count() == 6
    assert PolicyItem.objects.count() == 2


def test_removed_rows_are_not_saved_and_a_removed_speakers_remarks_keep_the_printed_role(
    client, editor
):
    data = review_data(paste(client))
    review = paste(client).context["review"]
    kyonggi = next(
        i for i, f in enumerate(review.institutions.forms) if "Kyonggi" in f["name"].value()
    )
    data.update(
        {
            "remark-0-DELETE": "on",
            "person-1-DELETE": "on",  # Lee Sang-ho
            f"institution-{kyonggi}-DELETE": "on",
            "policy-0-DELETE": "on",
        }
    )
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.remarks.count() == 5
    assert not Person.objects.filter(name="Lee Sang-ho").exists()
    assert not Institution.objects.filter(name__contains="Kyonggi").exists()
    assert [p.name for p in PolicyItem.objects.all()] == ["SME AI utilization promotion act"]
    lees = meeting.remarks.filter(speaker__isnull=True)
    assert lees.count() == 2 and all(remark.role for remark in lees)


def test_a_remark_whose_speaker_is_removed_and_has_no_role_is_a_form_error(client, editor):
    data = review_data(paste(client))
    data.update({"person-0-DELETE": "on", "remark-0-role": ""})
    response = client.post(IMPORT_URL, data)
    assert response.status_code == 200
    assert "This speaker’s row is removed" in response.content.decode()
    assert counts() == [0] * len(counts())


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("remark-0-speaker", "99", "Select a valid choice."),
        ("remark-0-speaker", "p0", "Select a valid choice."),
        ("remark-0-speaker_record", "999999", "Select a valid choice."),
        # Larger than any id the database can hold.
        ("remark-0-speaker_record", "9" * 20, "Select a valid choice."),
        ("person-0-existing", "9" * 20, "Select a valid choice."),
        ("meeting-council", "-" + "9" * 20, "Select a valid choice."),
        ("remark-0-position", "-3", "greater than or equal to 1"),
        ("person-0-institution", "i0", "Select a valid choice."),
        ("person-0-existing", "not a number", "Select a valid choice."),
    ],
)
def test_a_tampered_row_is_a_form_error_not_a_server_error(client, editor, field, value, message):
    data = review_data(paste(client))
    data[field] = value
    response = client.post(IMPORT_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_tampered_add_is_the_review_again_not_a_server_error(client, editor):
    data = review_data(paste(client))
    data["remark-TOTAL_FORMS"] = "many"
    assert add_row(client, data, "remark").status_code == 200
    assert add_row(client, review_data(paste(client)), "nothing").status_code == 200
    assert not Meeting.objects.exists()


# --- The reader's flags, and articles without remarks ---------------------------------------


def test_the_readers_flags_head_the_review_escaped_and_stay_after_an_error(client, editor, reads):
    reads(make_extraction(flags=[Flag(FlagKind.UNCLOSED_QUOTE, 7, "<b>We will")]))
    response = paste(client)
    page = response.content.decode()
    assert "paragraph 7: a quotation mark is never closed: “&lt;b&gt;We will…”" in page
    data = review_data(response)
    data["meeting-date"] = ""
    again = client.post(IMPORT_URL, data).content.decode()
    assert "This field is required." in again
    assert "paragraph 7: a quotation mark is never closed" in again


def test_an_article_without_remarks_gives_a_draft_meeting(client, editor, reads):
    reads(make_extraction(remarks=[], flags=[Flag(FlagKind.NO_QUOTES)]))
    response = paste(client)
    page = response.content.decode()
    assert "no quoted remark was found; the meeting is proposed without remarks" in page
    assert "Add a remark" in page
    assert client.post(IMPORT_URL, review_data(response)).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.remarks.count() == 0 and meeting.status == Meeting.Status.DRAFT


# --- A release about a council not yet in the records ---------------------------------------


def test_a_release_about_a_new_council_is_confirmed_as_the_text_states(client, editor, reads):
    reads(make_extraction())
    response = paste(client)
    review = response.context["review"]
    assert review.meeting["new_council"].value() == "Digital Industry Council"
    assert "Digital Industry Council" not in [f["name"].value() for f in review.institutions.forms]
    assert client.post(IMPORT_URL, review_data(response)).status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.council.name, meeting.council.cadence) == ("Digital Industry Council", "")
    assert meeting.council.host.name == "Ministry of Science and ICT"
    assert meeting.city == "Sejong"
    assert meeting.source_publisher == "Ministry of Science and ICT"
    assert meeting.source_title == "Digital Industry Council opens with a bill before the Assembly"
    assert meeting.participations.get(institution__name="National Assembly").part == "mentioned"
    Meeting.objects.filter(pk=meeting.pk).publish()
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Ministry of Science and ICT" in page and "Unknown publisher" not in page


# --- Names a matched record gains, and near matches -----------------------------------------


def test_the_review_shows_the_korean_name_a_matched_person_gains_and_confirm_saves_it(
    client, editor, reads
):
    ministry = make_institution(name="Ministry of Science and ICT", name_ko="과학기술정보통신부")
    park = make_person(name="Park Ji-hoon")
    Appointment.objects.create(person=park, institution=ministry, title="Minister", title_ko="장관")
    reads(
        make_extraction(
            language="ko",
            host="과학기술정보통신부",
            institutions=[FoundInstitution("과학기술정보통신부", kind="ministry")],
            remarks=[
                FoundRemark(
                    "디지털 산업을 키우겠다.", "박지훈", "장관", "과학기술정보통신부", "장관"
                )
            ],
        )
    )
    response = paste(client)
    assert "Will add the Korean name 박지훈 to the record." in response.content.decode()
    assert client.post(IMPORT_URL, review_data(response)).status_code == 302
    park.refresh_from_db()
    assert park.name_ko == "박지훈"
    assert Person.objects.count() == 1
    assert Meeting.objects.get().remarks.get().speaker == park


def test_a_near_match_is_shown_and_offered_without_javascript_beside_the_new_person(
    client, editor, reads
):
    park = make_person(name="Park Ji-hoon", name_ko="")
    reads(make_extraction())
    response = paste(client)
    person = response.context["review"].people.forms[0]
    assert person["existing"].value() is None
    assert "A similar name is in the records: Park Ji-hoon." in response.content.decode()
    assert f'<option value="{park.pk}">Park Ji-hoon</option>' in str(person["existing"])
    data = review_data(response)
    data["person-0-existing"] = park.pk
    assert client.post(IMPORT_URL, data).status_code == 302
    assert Meeting.objects.get().remarks.get().speaker == park
    assert Person.objects.count() == 1


def test_a_tampered_near_match_is_ignored(client, editor, reads):
    reads(make_extraction())
    data = review_data(paste(client))
    data["person-0-near"] = "not a person"
    assert client.post(IMPORT_URL, data).status_code == 302


# --- Permissions ----------------------------------------------------------------------------


@pytest.fixture
def meeting_adder(client, db):
    """Staff who may add meetings and see the records, but add nothing else."""
    user = User.objects.create_user("bob", password="unused", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="records").filter(
            codename__in=["add_meeting", "change_meeting", "view_meeting"]
        )
        | Permission.objects.filter(content_type__app_label="records", codename__startswith="view_")
    )
    client.force_login(user)
    return user


def test_user_who_may_only_add_meetings_cannot_create_people_through_the_import(
    client, meeting_adder
):
    response = paste(client)
    page = response.content.decode()
    assert "You may not add people, institutions, councils and policy items" in page
    before = counts()
    response = client.post(IMPORT_URL, review_data(response))
    page = response.content.decode()
    assert response.status_code == 200
    assert "You may not add people to the records" in page
    assert "You may not add institutions to the records" in page
    assert "You may not add councils to the records" in page
    assert "You may not add policy items to the records" in page
    assert counts() == before


def test_user_who_may_only_add_meetings_imports_by_matching_records_and_removing_the_rest(
    client, meeting_adder, seed
):
    data = review_data(paste(client))
    review = paste(client).context["review"]
    for name, formset in (("institution", review.institutions), ("person", review.people)):
        for i, form in enumerate(formset.forms):
            if not form["existing"].value():
                data[f"{name}-{i}-DELETE"] = "on"
    for i, form in enumerate(review.policy_items.forms):
        if not form["existing"].value():
            data[f"policy-{i}-DELETE"] = "on"
    records = (Person.objects.count(), Institution.objects.count(), PolicyItem.objects.count())
    assert client.post(IMPORT_URL, data).status_code == 302
    assert Meeting.objects.count() == 2
    assert records == (
        Person.objects.count(),
        Institution.objects.count(),
        PolicyItem.objects.count(),
    )
    assert Council.objects.count() == 1
    assert Remark.objects.filter(meeting__import_key__isnull=False).count() == 6
    assert Participation.objects.filter(meeting__import_key__isnull=False).exists()


# --- The remarks' words: in the article's language, as spoken unless it says otherwise ------


def test_a_korean_release_gives_each_remark_its_korean_words_as_spoken_and_no_english(
    client, editor, reads
):
    reads(
        make_extraction(
            language="ko",
            host="과학기술정보통신부",
            institutions=[FoundInstitution("과학기술정보통신부", kind="ministry")],
            remarks=[
                FoundRemark("디지털 산업을 키우겠다.", "박지훈", "장관", "과학기술정보통신부")
            ],
        )
    )
    assert client.post(IMPORT_URL, review_data(paste(client))).status_code == 302
    remark = Meeting.objects.get().remarks.get()
    assert (remark.spoken_language, remark.text_ko, remark.provenance_ko) == (
        "ko",
        "디지털 산업을 키우겠다.",
        "original",
    )
    assert (remark.text, remark.provenance) == ("", "")  # no translation is invented


def test_an_article_translated_by_ai_gives_a_machine_translation_of_words_spoken_in_korean(
    client, editor, reads
):
    reads(make_extraction(is_translation=True))
    text = "The act will help every digital company.\n\n※ This article has been translated by AI."
    assert client.post(IMPORT_URL, review_data(paste(client, text))).status_code == 302
    remark = Meeting.objects.get().remarks.get()
    assert (remark.spoken_language, remark.text, remark.provenance, remark.text_ko) == (
        "ko",
        "The act will help every digital company.",
        "machine",
        "",
    )


def test_an_english_release_gives_the_english_words_as_spoken(client, editor, reads):
    reads(make_extraction())
    assert client.post(IMPORT_URL, review_data(paste(client))).status_code == 302
    remark = Meeting.objects.get().remarks.get()
    assert (remark.spoken_language, remark.provenance, remark.text_ko) == ("en", "original", "")


# --- Every text on the side of the article's language ---------------------------------------


def test_a_korean_release_fills_the_korean_side_of_every_text_and_leaves_the_english_empty(
    client, editor
):
    text = Path(__file__).resolve().parent / "articles/ko-01-mss-bodojaryo-ai-policy-council.txt"
    review = paste(client, text=text.read_text(encoding="utf-8"))
    data = review_data(review)
    assert (data["meeting-title"], data["meeting-venue"], data["meeting-venue_ko"]) == (
        "",
        "",
        "오스코",
    )
    # The plan's status is not stated ("마련 중인 대책"): staff choose it.
    assert data["policy-0-status"] == ""
    data["policy-0-status"] = "in-preparation"
    assert client.post(IMPORT_URL, data).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.original_language == "ko"
    assert meeting.title == "" and meeting.title_ko.startswith("중기부, 지역 중소기업 AI 도입")
    assert (meeting.venue, meeting.venue_ko, meeting.city, meeting.city_ko) == (
        "",
        "오스코",
        "",
        "청주",
    )
    assert meeting.slug.isascii()
    assert (meeting.council.name, meeting.council.name_ko) == ("", "중소벤처 AI 정책협의회")
    # The English names the importer knows of public bodies are theirs; none is invented.
    assert Institution.objects.get(name_ko="중소벤처기업부").name == "Ministry of SMEs and Startups"
    association = Institution.objects.get(name_ko="한국자율제조플랫폼협회")
    assert association.name == ""
    remarks = list(meeting.remarks.select_related("speaker").order_by("position"))
    first = remarks[0]
    assert (first.role, first.role_ko) == ("", "경기대학교 교수")
    assert (first.text, first.text_ko, first.provenance_ko) == (
        "",
        "중소기업 채용 확대를 위해서는 대학 졸업반 중심의 AI 산학협력이 중요하다",
        "original",
    )
    assert first.speaker.name_ko == "장태우"
    assert all(r.spoken_language == "ko" and r.text == "" for r in remarks)
    appointment = Appointment.objects.get(person__name_ko="황영호")
    assert appointment.title == "" and appointment.title_ko
    act = PolicyItem.objects.get(name_ko="중소기업 인공지능 활용 촉진법")
    assert act.name == ""
    item = meeting.agenda_items.get(policy_items=act)
    assert (item.title, item.title_ko) == ("", "중소기업 인공지능 활용 촉진법")


def test_a_meeting_without_a_title_in_either_language_is_refused(client, editor):
    data = review_data(paste(client))
    data["meeting-title"] = data["meeting-title_ko"] = ""
    response = client.post(IMPORT_URL, data)
    assert "Give the title in English, Korean or both." in response.content.decode()
    assert not Meeting.objects.exists()


def test_an_english_article_fills_the_english_side_only(client, editor):
    assert client.post(IMPORT_URL, review_data(paste(client))).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.original_language == "en"
    assert (meeting.venue, meeting.venue_ko, meeting.title_ko) == ("Osco", "", "")
    assert not meeting.remarks.exclude(role_ko="").exists()
