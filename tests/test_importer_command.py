"""``import_article`` for batch work, and ``extraction_report`` for the corpus figures."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from council.records.models import Council, Meeting, Person, Remark

from .factories import SEED_ARTICLE, make_council, make_extraction

pytestmark = pytest.mark.django_db

HERE = Path(__file__).resolve().parent
SEED = SEED_ARTICLE


def run(*args):
    call_command("import_article", *map(str, args))


def test_dry_run_json_prints_the_extraction_as_one_object_and_saves_nothing(capsys):
    run(SEED, "--published-on", "2026-07-01", "--dry-run", "--json")
    found = json.loads(capsys.readouterr().out)
    assert list(found) == [
        "council",
        "source",
        "flags",
        "date",
        "venue",
        "city",
        "host",
        "institutions",
        "policy_items",
        "remarks",
    ]
    assert (found["date"], found["venue"], found["city"]) == ("2026-07-01", "Osco", "Cheongju")
    assert found["host"] == "Ministry of SMEs and Startups"
    assert found["policy_items"] == [
        "Regional corporations AI utilization promotion plan",
        "SME AI utilization promotion act",
    ]
    assert list(found["remarks"][0]) == ["speaker", "role", "institution", "quote"]
    assert found["remarks"][0]["quote"].startswith("For the expansion of hiring")
    assert not found["remarks"][0]["quote"].startswith('"')
    assert not Meeting.objects.exists() and not Person.objects.exists()


def test_dry_run_without_json_prints_a_readable_summary(capsys):
    run(
        HERE / "articles/en-06-koreatimes-town-hall-unnamed.txt",
        "--published-on",
        "2026-08-27",
        "--dry-run",
    )
    out = capsys.readouterr().out
    assert "Date: 2026-08-26" in out
    assert "[unnamed: review] one participant" in out
    assert not Meeting.objects.exists()


def test_import_creates_a_draft_and_prints_its_admin_url(capsys):
    run(SEED, "--published-on", "2026-07-01", "--source-url", "https://biz.chosun.com/x")
    meeting = Meeting.objects.get()
    assert capsys.readouterr().out.strip() == f"/admin/records/meeting/{meeting.pk}/change/"
    assert meeting.status == Meeting.Status.DRAFT
    assert meeting.source_url == "https://biz.chosun.com/x"
    assert meeting.remarks.count() == 6


def test_publish_creates_a_published_meeting_and_json_says_so(capsys):
    source = ["--source-publisher", "Chosun Biz (English edition)"]
    run(SEED, "--published-on", "2026-07-01", *source, "--publish", "--json")
    meeting = Meeting.objects.get()
    assert meeting.status == Meeting.Status.PUBLISHED and meeting.published_at
    assert json.loads(capsys.readouterr().out) == {
        "meeting": meeting.pk,
        "status": "published",
        "admin_url": f"/admin/records/meeting/{meeting.pk}/change/",
    }


def test_publish_without_the_sources_publisher_is_refused_and_saves_nothing():
    with pytest.raises(CommandError, match="published with its source's publisher"):
        run(SEED, "--published-on", "2026-07-01", "--publish")
    assert not Meeting.objects.exists()


def test_unnamed_speakers_are_imported_without_a_speaker_and_reported(capsys):
    run(
        HERE / "articles/en-06-koreatimes-town-hall-unnamed.txt",
        "--published-on",
        "2026-08-27",
        "--council",
        make_council().slug,
    )
    unnamed = Remark.objects.filter(speaker__isnull=True)
    assert unnamed.count() == 4
    assert set(unnamed.values_list("role", flat=True)) >= {"one participant", "another attendee"}
    assert "4 remark(s) have no named speaker" in capsys.readouterr().err


def test_an_article_naming_no_council_needs_the_council_option(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        'The ministry held a forum on Monday. Kim Min-ji said, "Yes."', encoding="utf-8"
    )
    with pytest.raises(CommandError, match="--council"):
        run(path, "--published-on", "2026-07-01")
    council = make_council()
    run(path, "--published-on", "2026-07-01", "--council", council.slug)
    assert Meeting.objects.get().council == council


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The text is empty."),
        (b"\xff\xfe\x00\x01binary\x00" * 100, "binary data"),
        (b"x" * (5 * 1024 * 1024), "at most 100,000"),
    ],
    ids=["empty", "binary", "5 MB"],
)
def test_bad_input_is_a_clear_error_and_saves_nothing(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(path, "--published-on", "2026-07-01")
    assert not Meeting.objects.exists() and not Council.objects.exists()


def test_dry_run_json_of_an_article_without_quotes_gives_its_meeting_and_a_flag(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(
        "The Ministry of SMEs and Startups held the SME digital council in Sejong on June 30.",
        encoding="utf-8",
    )
    run(path, "--published-on", "2026-07-01", "--dry-run", "--json")
    found = json.loads(capsys.readouterr().out)
    assert (found["date"], found["remarks"]) == ("2026-06-30", [])
    assert found["flags"] == ["no quoted remark was found; the meeting is proposed without remarks"]


def test_an_unclosed_quotation_mark_is_flagged_and_the_draft_created_without_it(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(
        'The ministry held a forum on Monday.\n\nKim Min-ji said, "We closed this."\n\n'
        'Lee Sang-ho said, "This never closes.',
        encoding="utf-8",
    )
    run(path, "--published-on", "2026-07-01", "--council", make_council().slug)
    assert [r.text for r in Meeting.objects.get().remarks.all()] == ["We closed this."]
    assert "paragraph 3: a quotation mark is never closed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "No such file"),
        ([SEED, "--published-on", "July 1st"], "is not a date"),
        ([SEED, "--source-url", "not a url"], "is not a URL"),
        ([SEED, "--published-on", "2026-07-01", "--council", "nope"], "No council has the slug"),
    ],
)
def test_bad_options_are_clear_errors(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)
    assert not Meeting.objects.exists()


def test_extraction_report_prints_each_set_apart_with_wrong_person_and_precision(capsys):
    call_command("extraction_report")
    out = capsys.readouterr().out
    assert "en-01-chosunbiz-ai-policy-council" in out
    header = next(line for line in out.splitlines() if line.split() == ["team", "real", "blind"])
    assert header
    for label in (
        "Quote recall (word for word)",
        "Quote precision",
        "Attribution (right person)",
        "Given to a wrong named person",
        "Left unnamed for review",
        "Speaker's role as printed",
    ):
        assert label in out


def copy_article(name, folder, change=None):
    folder.mkdir(exist_ok=True)
    source = HERE / "articles" / name
    data = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    if change:
        change(data["expected"])
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    (folder / f"{name}.txt").write_text(source.with_suffix(".txt").read_text("utf-8"), "utf-8")


def test_extraction_report_check_fails_when_the_blind_set_misses_a_goal(tmp_path, capsys):
    seed = "en-01-chosunbiz-ai-policy-council"
    copy_article(seed, tmp_path)
    call_command("extraction_report", "--corpus", str(tmp_path), "--check")
    assert "every goal met" in capsys.readouterr().out

    def another_speaker(expected):
        for remark in expected["remarks"]:
            remark["speaker"] = "Somebody Else"

    copy_article(seed, tmp_path / "blind", another_speaker)
    with pytest.raises(CommandError, match="blind set misses a goal"):
        call_command("extraction_report", "--corpus", str(tmp_path), "--check")
    assert "blind: wrong person 100.0%, goal 2%" in capsys.readouterr().out


def test_extraction_report_on_a_folder_without_articles_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="holds no article"):
        call_command("extraction_report", "--corpus", str(tmp_path))


def test_dry_run_without_json_prints_the_council_source_and_flags(monkeypatch, capsys):
    monkeypatch.setattr(
        "council.importer.management.commands.import_article.extract",
        lambda text, published_on: make_extraction(),
    )
    run(SEED, "--dry-run")
    out = capsys.readouterr().out
    assert "Council: the Digital Industry Council" in out
    assert (
        "Source: Digital Industry Council opens with a bill before the Assembly    "
        "Publisher: Ministry of Science and ICT"
    ) in out
    assert "Flags:\n  - paragraph 7: a quotation mark is never closed: “We will…”" in out
    assert not Meeting.objects.exists()


def test_import_creates_a_new_council_without_cadence_and_keeps_the_source(monkeypatch, capsys):
    monkeypatch.setattr(
        "council.importer.management.commands.import_article.extract",
        lambda text, published_on: make_extraction(),
    )
    run(SEED)
    meeting = Meeting.objects.get()
    assert (meeting.council.name, meeting.council.cadence) == ("Digital Industry Council", "")
    assert meeting.source_publisher == "Ministry of Science and ICT"
    assert meeting.source_title == "Digital Industry Council opens with a bill before the Assembly"
    assert meeting.participations.get(institution__name="National Assembly").part == "mentioned"
