"""The benchmark's harness, under its own settings (``bench.settings``): the synthetic corpus of
``make bench`` (repeatable, bilingual, with drafts that stay hidden) and the baseline view."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from bench import corpus, harness, vocabulary
from bench import settings as bench_settings
from bench.management.commands.bench import TODAY_REQUESTS_PER_S, words_given
from bench.management.commands.bench import Command as BenchCommand
from bench.management.commands.bench_side_by_side import MUST_SHOW, SMALLEST_PAGE_BYTES
from bench.side_by_side import PAGES, markdown_table, rows, site_order
from council.records.models import Meeting, Remark, Revision

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def under_bench_settings(settings):
    """What bench.settings adds to the site's: the harness's app (its commands) and the URLs
    with the baseline view."""
    settings.INSTALLED_APPS = bench_settings.INSTALLED_APPS
    settings.ROOT_URLCONF = bench_settings.ROOT_URLCONF


PARTICLE = re.compile(
    "(?:" + "|".join(vocabulary.KO_NOUNS) + ")(?:을|를|이|가|은|는|의|에서|에|으로|로|과|와)"
)


def generate(seed=7, **options):
    call_command(
        "generate_corpus",
        remarks=400,
        meetings=20,
        seed=seed,
        drafts=0.25,
        flush=True,
        verbosity=0,
        **options,
    )


def snapshot():
    """The corpus by natural keys: the same seed must give the same rows, whatever the ids."""
    meetings = list(
        Meeting.objects.order_by("slug").values_list(
            "slug", "title", "status", "date", "council__slug"
        )
    )
    remarks = list(
        Remark.objects.order_by("meeting__slug", "position").values_list(
            "meeting__slug",
            "position",
            "speaker__slug",
            "role",
            "text",
            "text_ko",
            "spoken_language",
            "provenance",
            "agenda_item__position",
            "appointment__title",
        )  # fmt: skip
    )
    return meetings, remarks


def test_the_same_seed_gives_the_same_corpus():
    generate()
    first = snapshot()
    generate()
    assert snapshot() == first
    assert len(first[0]) == 20 and len(first[1]) == 400


def test_another_seed_gives_another_corpus():
    generate(seed=7)
    first = snapshot()
    generate(seed=8)
    assert snapshot() != first


def test_a_fifth_of_remarks_are_korean_with_particles_attached():
    generate()
    korean = list(Remark.objects.exclude(text_ko="").values_list("text_ko", flat=True))
    assert 40 <= len(korean) <= 140
    assert all(PARTICLE.search(text) for text in korean)
    assert not any(re.search("[가-힣]", t) for t in Remark.objects.values_list("text", flat=True))


def test_drafts_are_made_and_their_remarks_are_not_published():
    generate()
    drafts = Meeting.objects.filter(status=Meeting.Status.DRAFT)
    assert drafts.exists()
    draft_remarks = Remark.objects.filter(meeting__in=drafts)
    assert draft_remarks.exists()
    published = Remark.objects.published()
    assert not published.filter(meeting__in=drafts).exists()
    assert published.count() + draft_remarks.count() == 400


def test_the_revision_is_stamped_once_at_the_end():
    generate()
    assert Revision.last_changed() is not None


def test_positions_run_from_one_within_each_meeting():
    generate()
    for meeting in Meeting.objects.all():
        positions = list(meeting.remarks.order_by("position").values_list("position", flat=True))
        assert positions == list(range(1, len(positions) + 1))


def test_a_populated_database_is_refused_without_flush():
    generate()
    with pytest.raises(CommandError, match="--flush"):
        call_command("generate_corpus", remarks=10, meetings=2, verbosity=0)


@pytest.mark.parametrize("word", ["인공지능", "정책", "corporations"])
def test_search_finds_generated_words(client, word):
    generate()
    expected = {
        r.pk
        for r in Remark.objects.published()
        if re.search(word, f"{r.text} {r.text_ko}", re.IGNORECASE)
    }
    assert expected
    response = client.get("/search/", {"q": word, "sort": "newest"})
    assert response.status_code == 200
    found = [remark.pk for remark, _ in response.context["results"]]
    assert found and set(found) <= expected
    assert response.context["search"].count == len(expected)


def test_words_given_to_search_are_timed_and_the_first_is_the_search_loaded():
    generate()
    command = BenchCommand()
    command.options = {"search_words": words_given(" AI, ,중소기업")}
    targets = command.choose_targets(400)
    assert targets["words"]["the word “AI”"] == "AI"
    assert targets["searches"]["the word “중소기업” + speaker"]["q"] == "중소기업"
    assert targets["pages"]["free-text search"] == "/search/?q=AI"
    assert targets["matches"]["the word “AI”"] > 0


def test_the_bare_baseline_answers_with_nothing_but_ok(client):
    response = client.get("/bench/ok/")
    assert response.status_code == 200
    assert response.content == b"OK\n"


def test_the_seed_meeting_is_added_as_the_peer_holds_it_with_the_corpus_bodies(client):
    """``--seed-meeting``: the Wagtail peer's meeting (the seed's six remarks), its council
    the corpus's own of the same address, not a second copy."""
    generate(seed_meeting=True)
    meeting = Meeting.objects.get(slug=corpus.SEED_MEETING)
    assert meeting.remarks.count() == 6
    assert meeting.participations.count() == 9
    assert meeting.council.meetings.count() > 1  # the corpus's council of that name
    assert meeting.topics.count() == 5
    page = client.get(meeting.get_absolute_url())
    assert page.status_code == 200
    assert page.content.decode().count('class="remark"') == 6


def test_the_side_by_side_loads_council_s_pages_as_the_peer_s_and_whole(client):
    """The pages ``bench_side_by_side`` loads on council exist in a corpus with the seed
    meeting, and pass the check it makes of both sites before measuring."""
    generate(seed_meeting=True)
    for page in PAGES:
        response = client.get(page.council)
        text = response.content.decode()
        assert response.status_code == 200, page.council
        assert len(response.content) >= SMALLEST_PAGE_BYTES and "</html>" in text
        assert page.name not in MUST_SHOW or MUST_SHOW[page.name].search(text), page.council


def test_the_side_by_side_alternates_the_sites_from_round_to_round():
    assert site_order(1) == ("council", "wagtail")
    assert site_order(2) == ("wagtail", "council")
    assert site_order(3) == site_order(1)


def side_by_side_runs(council_rps, council_ms, wagtail_rps, wagtail_ms):
    """Three rounds of every page, the figures given for the second round and others around
    them (the first higher, the third lower): the medians are the given ones."""
    runs = []
    for round_number, factor in ((1, 1.2), (2, 1.0), (3, 0.5)):
        for page in PAGES:
            for site, rps, ms in (
                ("council", council_rps, council_ms),
                ("wagtail", wagtail_rps, wagtail_ms),
            ):
                runs.append(
                    {
                        "round": round_number,
                        "page": page.name,
                        "site": site,
                        "requests_per_s": rps[page.name] * factor,
                        "workers_ms": ms[page.name][0] * factor,
                        "database_ms": ms[page.name][1] * factor,
                    }
                )
    return runs


def test_the_side_by_side_table_gives_medians_ratios_and_the_goals_met():
    names = [page.name for page in PAGES]
    council_rps = dict(zip(names, [150, 100, 200, 160, 240], strict=True))
    wagtail_rps = dict(zip(names, [100, 100, 100, 100, 60], strict=True))
    council_ms = dict(zip(names, [(8, 2), (16, 4), (6, 1), (9, 1), (10, 2)], strict=True))
    wagtail_ms = dict(zip(names, [(12, 3), (15, 3), (14, 3), (18, 4), (11, 22)], strict=True))
    table = rows(side_by_side_runs(council_rps, council_ms, wagtail_rps, wagtail_ms))
    home, meeting, _, _, search = table
    assert home.council.requests_per_s == 150 and home.wagtail.total_ms == 15
    assert home.throughput_ratio == 1.5 and home.processor_ratio == 1.5
    assert meeting.throughput_ratio == 1.0 and meeting.processor_ratio == 0.9
    assert search.throughput_ratio == 4.0 and search.processor_ratio == 2.75
    lines = markdown_table(table).splitlines()
    assert len(lines) == 2 + len(PAGES)
    assert lines[2] == (
        "| home | 100.0 | 150.0 | 1.50 | 15.0 (12.0 + 3.0) | 10.0 (8.0 + 2.0) | 1.50 | 1.5 "
        "| met | met |"
    )
    assert lines[3].endswith("| 0.90 | 1.5 | not met | not met |")
    assert lines[6].endswith("| 2.75 | 4 | met | not met |")


def measured_run(remarks, workers=2, search="/search/?q=AI", requests_per_s=300, p95_ms=30):
    """The results ``Command.goals`` reads, every cold page at ``requests_per_s``."""
    pages = {**dict.fromkeys(TODAY_REQUESTS_PER_S, "/"), "remark": "/remarks/1/"}
    pages["free-text search"] = search
    load = {
        page: {"path": path, "ms_per_request": round(1000 / requests_per_s, 2)}
        for page, path in pages.items()
    }
    for page in load:
        load[page]["cached"] = {"ratio_to_bare": 0.9}
    return {
        "corpus": {"published_remarks": remarks},
        "settings": {"workers": workers, "connections": 8},
        "load": load,
        "in_process": {"searches": {"rare English word": {"p95_ms": p95_ms}}},
        "memory": {"max_peak_mb": 100},
    }


def cold_goals(results):
    return {row["subject"]: row for row in BenchCommand().goals(results) if "cold" in row["goal"]}


def test_cold_pages_are_judged_against_issue_13_only_in_its_conditions():
    # 1.5 times issue 13's throughput is two thirds of its time a request: met at 300 req/s
    # (the fastest of its pages, the archive, was at 193), missed at 150.
    alike = cold_goals(measured_run(1960))
    assert set(alike) == set(TODAY_REQUESTS_PER_S)
    assert all(row["met"] for row in alike.values())
    assert not cold_goals(measured_run(1960, requests_per_s=150))["archive"]["met"]
    # At a million remarks, or with four workers, the figures are given, not judged.
    for unlike in (measured_run(1_000_000), measured_run(1960, workers=4)):
        rows = cold_goals(unlike)
        assert {row["met"] for row in rows.values()} == {None}
        assert rows["home"]["figure"] == 3.33 and rows["home"]["unlike_today"]
    # The search page is issue 13's only for the same word.
    other_word = cold_goals(measured_run(1960, search="/search/?q=corporations"))
    assert other_word["free-text search"]["met"] is None
    assert other_word["home"]["met"]


@pytest.mark.parametrize(("p95_ms", "met"), [(39.9, True), (40, False)])
def test_every_kind_of_search_is_under_40_ms_at_p95(p95_ms, met):
    rows = BenchCommand().goals(measured_run(1960, p95_ms=p95_ms))
    assert [row["met"] for row in rows if "search p95" in row["goal"]] == [met]


def test_the_corpus_a_database_holds_is_named_on_it_and_forgotten():
    # A comment on the database: a statement that takes no parameters sent apart, which
    # PostgreSQL's server-side binding (on by default) refuses.
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: the corpus is named by a comment on its database")
    harness.set_corpus_marker("1,000,000 remarks, seed 1, 'quoted'")
    assert harness.corpus_marker() == "1,000,000 remarks, seed 1, 'quoted'"
    harness.set_corpus_marker(None)
    assert harness.corpus_marker() is None
