"""A remark's words as spoken and as translated: each language's text with how it was made,
shown in the page's language with its translation marked and the original a click away."""

import datetime
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import translation
from reversion.models import Revision, Version

from council.records.models import Meeting, Provenance, Remark

from .factories import make_meeting, make_person, records_migration

pytestmark = pytest.mark.django_db

KOREAN = "중소기업의 인공지능 전환이 경제 도약의 핵심 과제입니다."
ENGLISH = "The AI transition of small corporations is a key task for an economic leap."


@pytest.fixture(autouse=True)
def english_addresses():
    """Addresses built in the test are the English ones, whatever page the test asked last
    (a request leaves its language active in the thread)."""
    with translation.override("en"):
        yield


def spoken_in_korean(meeting=None, **fields):
    """A remark spoken in Korean, with a person's English translation."""
    fields = {
        "text_ko": KOREAN,
        "spoken_language": "ko",
        "text": ENGLISH,
        "provenance": Provenance.HUMAN,
        "translated_by": "Kim Min-ji",
        "translated_on": datetime.date(2026, 7, 2),
        **fields,
    }
    return Remark.objects.create(
        meeting=meeting or make_meeting(), speaker=make_person(name="Hwang Young-ho"), **fields
    )


def refused(remark):
    with pytest.raises(ValidationError) as refusal:
        remark.full_clean()
    return " ".join(refusal.value.messages)


# The model: each text and how it was made.


def test_words_given_in_the_language_spoken_are_taken_as_the_words_as_spoken():
    remark = spoken_in_korean()
    assert remark.provenance_ko == Provenance.ORIGINAL
    assert remark.original().text == KOREAN
    assert [quote.language for quote in remark.texts()] == ["ko", "en"]


def test_a_remark_without_words_in_either_language_is_refused():
    remark = Remark(meeting=make_meeting(), role="an official", spoken_language="ko")
    assert "Give the remark's words in English, in Korean, or both." in refused(remark)


def test_a_translation_must_say_how_it_was_made():
    remark = Remark(
        meeting=make_meeting(), role="an official", spoken_language="ko", text_ko=KOREAN
    )
    remark.text = ENGLISH
    assert "Say how each translation was made" in refused(remark)


def test_only_the_text_in_the_language_spoken_can_be_the_original():
    remark = Remark(
        meeting=make_meeting(),
        role="an official",
        spoken_language="ko",
        text=ENGLISH,
        provenance=Provenance.ORIGINAL,
    )
    assert "Only the text in the language spoken can be the words as spoken" in refused(remark)


def test_the_words_as_spoken_have_no_translator():
    remark = Remark(
        meeting=make_meeting(),
        role="an official",
        spoken_language="en",
        text=ENGLISH,
        translated_by="Papago",
    )
    assert "The words as spoken have no translator" in refused(remark)


def test_a_language_without_text_has_no_provenance():
    remark = Remark(
        meeting=make_meeting(),
        role="an official",
        spoken_language="en",
        text=ENGLISH,
        provenance_ko=Provenance.MACHINE,
    )
    assert "Where a language has no text, leave how it was made" in refused(remark)


def test_the_database_refuses_an_original_in_the_other_language_whatever_writes_it():
    remark = spoken_in_korean()
    with pytest.raises(Exception, match="remark_original_is_spoken"):
        Remark.objects.filter(pk=remark.pk).update(
            provenance=Provenance.ORIGINAL, translated_by="", translated_on=None
        )


def test_a_back_translation_in_the_language_spoken_is_not_the_original():
    remark = spoken_in_korean(
        text_ko="중소·벤처기업의 AI 전환은 핵심 과제입니다.",
        provenance_ko=Provenance.MACHINE,
        text="The great AI transition of small and venture corporations is a key task.",
        provenance=Provenance.MACHINE,
        translated_by="",
        translated_on=None,
    )
    remark.full_clean()
    assert remark.original() is None
    assert remark.text_in("ko").note() == "A machine translation, not the words as spoken."


# The migration: what each remark said of its language and translation is kept.


@pytest.mark.django_db(transaction=True)
def test_migrating_keeps_what_each_remark_said_of_its_language_and_of_translation(client):
    meeting = make_meeting()
    speaker = make_person()
    migration = records_migration("remark_words_as_spoken_and_translated")
    [before] = [d for d in migration.Migration.dependencies if d[0] == "records"]
    call_command("migrate", "records", before[1], verbosity=0)
    OldRemark = (
        MigrationLoader(connection).project_state(before).apps.get_model("records", "Remark")
    )
    said = {}
    for position, (language, is_translation, text) in enumerate(
        [
            ("en", False, "Spoken in English."),
            ("en", True, "Translated into English."),
            ("ko", False, "한국어로 한 말입니다."),
            ("ko", True, "한국어로 옮긴 말입니다."),
        ],
        start=1,
    ):
        said[language, is_translation] = OldRemark.objects.create(
            meeting_id=meeting.pk,
            speaker_id=speaker.pk,
            position=position,
            text=text,
            language=language,
            is_translation=is_translation,
        ).pk
    # A version in the history, written before: restoring it must put the Korean back in Korean.
    korean = said["ko", False]
    version = Version.objects.create(
        revision=Revision.objects.create(date_created=meeting.created_at),
        object_id=str(korean),
        content_type=ContentType.objects.get_for_model(Remark),
        db="default",
        format="json",
        serialized_data=json.dumps(
            [
                {
                    "model": "records.remark",
                    "pk": korean,
                    "fields": {"text": "예전 판입니다.", "language": "ko", "is_translation": False},
                }
            ]
        ),
        object_repr="",
    )

    call_command("migrate", verbosity=0)

    def made(pk):
        r = Remark.objects.get(pk=pk)
        return (r.spoken_language, r.text, r.provenance, r.text_ko, r.provenance_ko)

    assert made(said["en", False]) == ("en", "Spoken in English.", "original", "", "")
    assert made(said["en", True]) == ("ko", "Translated into English.", "translation", "", "")
    assert made(said["ko", False]) == ("ko", "", "", "한국어로 한 말입니다.", "original")
    assert made(said["ko", True]) == ("en", "", "", "한국어로 옮긴 말입니다.", "translation")
    version.refresh_from_db()
    fields = json.loads(version.serialized_data)[0]["fields"]
    assert (fields["text_ko"], fields["provenance_ko"], fields["text"]) == (
        "예전 판입니다.",
        "original",
        "",
    )
    assert "language" not in fields
    # Both languages are searched, on either database, once the indexes are made again.
    response = client.get("/search/", {"q": "한국어로"})
    assert len(response.context["results"]) == 2
    assert Meeting.objects.get().remarks.count() == 4


# The public pages: the quote in the page's language, a translation marked, the original a
# click away.


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_translation_on_the_meeting_page_is_marked_with_the_original_a_disclosure_away(client):
    remark = spoken_in_korean()
    html = page(client, remark.meeting.get_absolute_url())
    assert f'<p lang="en">{ENGLISH}</p>' in html
    assert "Translated from Korean by a person (Kim Min-ji, July 2, 2026)." in html
    # Without JavaScript: a disclosure holds the words as spoken, marked as Korean.
    assert "<summary>The words as spoken, in Korean</summary>" in html
    assert f'<p lang="ko">{KOREAN}</p></details>' in html
    assert f'href="{remark.get_absolute_url()}#texts">Original and translation</a>' in html


def test_the_korean_page_shows_the_words_as_spoken_without_a_note(client):
    remark = spoken_in_korean()
    html = page(client, f"/ko{remark.meeting.get_absolute_url()}")
    assert f'<p lang="ko">{KOREAN}</p>' in html
    assert "번역한 글입니다" not in html
    assert ENGLISH not in html


def test_a_remark_with_no_text_in_the_pages_language_shows_the_other_marked_never_a_blank(
    client,
):
    remark = Remark.objects.create(
        meeting=make_meeting(), role="an official", spoken_language="ko", text_ko=KOREAN
    )
    html = page(client, remark.meeting.get_absolute_url())
    assert f'<p lang="ko">{KOREAN}</p>' in html
    assert '<span class="language-tag">Korean</span>' in html
    assert "Translated" not in html


def test_the_seed_reads_as_a_marked_machine_translation_in_english_and_in_korean(client, seed):
    html = page(client, "/meetings/introducing-and-expanding-ai-at-regional-smes/")
    assert html.count("Translated from Korean by machine translation.") == 6
    # Its Korean words are not known: no disclosure of an original that is not there.
    assert "<details" not in html
    assert html.count(">About this translation</a>") == 6
    korean = page(client, "/ko/meetings/introducing-and-expanding-ai-at-regional-smes/")
    # Each quote's note (the seed's other texts, in English only, are marked too).
    tag = '<span class="language-tag">영어</span> <span class="translation-note">'
    assert korean.count(tag) == 6
    assert korean.count("한국어 원문을 기계 번역한 글입니다.") == 6
    assert '<p lang="en">What small and midsize corporations want' in korean


def test_the_remark_page_shows_the_original_beside_the_translation_without_javascript(client):
    remark = spoken_in_korean()
    html = page(client, remark.get_absolute_url())
    assert '<h2 id="texts">As spoken and as translated</h2>' in html
    sides = html[html.index('class="texts-side-by-side"') :]
    korean, english = sides.index(f'<p lang="ko">{KOREAN}</p>'), sides.index(ENGLISH)
    assert korean < english  # the words as spoken first
    assert "<figcaption>Korean · The words as spoken</figcaption>" in sides
    assert "<figcaption>English · Translated by a person</figcaption>" in sides
    assert "“The AI transition" in html and "Translated from Korean by a person" in html


def test_the_remark_page_of_the_seed_says_its_korean_words_are_not_in_the_record(client, seed):
    html = page(client, Remark.objects.get(position=5).get_absolute_url())
    assert "Translated from Korean by machine translation." in html
    assert "The words as spoken, in Korean, are not in the record." in html
    assert html.count("<blockquote") == 1  # its one text is not repeated
    korean = page(client, f"/ko{Remark.objects.get(position=5).get_absolute_url()}")
    assert "한국어로 한 발언 원문은 기록에 없습니다." in korean


def test_the_remark_page_of_words_as_spoken_alone_has_no_translation_section(client):
    remark = Remark.objects.create(meeting=make_meeting(), role="an official", text=ENGLISH)
    html = page(client, remark.get_absolute_url())
    assert 'id="texts"' not in html
    assert "Translated" not in html


def test_lists_of_remarks_mark_each_translation_and_link_to_the_original(client):
    remark = spoken_in_korean()
    for url in ("/", remark.speaker.get_absolute_url()):
        html = page(client, url)
        assert f'<p lang="en">{ENGLISH}</p>' in html, url
        assert "Translated from Korean by a person (Kim Min-ji, July 2, 2026)." in html, url
        assert f'href="{remark.get_absolute_url()}#texts"' in html, url
    korean = page(client, f"/ko{remark.speaker.get_absolute_url()}")
    assert f'<p lang="ko">{KOREAN}</p>' in korean


def test_a_feed_gives_the_quote_in_its_language_with_the_note_of_a_translation(client):
    remark = spoken_in_korean()
    feed = page(client, f"{remark.speaker.get_absolute_url()}feed/")
    assert f"{ENGLISH} (Translated from Korean by a person (Kim Min-ji, July 2, 2026).)" in feed
    korean = page(client, f"/ko{remark.speaker.get_absolute_url()}feed/")
    assert f'<summary type="text">{KOREAN}</summary>' in korean
