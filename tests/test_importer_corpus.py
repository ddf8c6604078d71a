"""The extractor over the corpus in tests/articles: the team's articles, the real ones, the blind set."""

import json
from pathlib import Path

import pytest

from council.importer.evaluation import (
    MEETING_FIELDS,
    load_corpus,
    same_person,
    score_article,
    score_corpus,
)
from council.importer.reading import extract

CORPUS = Path(__file__).resolve().parent / "articles"
ARTICLES = load_corpus(CORPUS)
NAMES = [name for name, *_ in ARTICLES]
# The team's articles are what the rules were written from: every quote, role and institution
# of their speakers is read as expected, and a regression fails.
TEAM_FLOOR = 1.0


def test_corpus_holds_at_least_twenty_articles_half_of_them_korean():
    korean = [name for name, *_ in ARTICLES if name.startswith("ko-")]
    assert len(ARTICLES) >= 20
    assert len(korean) >= len(ARTICLES) / 2 - 1


def test_every_corpus_article_has_a_source_note_and_a_publication_date():
    for path in CORPUS.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["source"] and data["published_on"], path.name


def test_team_articles_are_read_as_the_rules_were_written_for_them():
    score = score_corpus(CORPUS)
    assert score.quote_recall >= TEAM_FLOOR
    assert score.attribution_accuracy >= TEAM_FLOOR
    assert score.role_accuracy >= TEAM_FLOOR
    assert score.speaker_institution_accuracy >= TEAM_FLOOR


def test_a_quote_given_to_the_right_person_with_another_role_is_counted_apart():
    text = 'Professor Jang Tae-woo of Kyonggi University said, "Hiring matters."'
    want = {"speaker": "Jang Tae-woo", "role": "Professor", "institution": "Kyonggi University"}
    expected = {"date": None, "venue": None, "city": None, "host": None, "institutions": []}
    expected |= {"policy_items": [], "remarks": [want | {"quote": "Hiring matters."}]}
    score = score_article("one", text, None, expected)
    assert (score.attributed, score.roles_right, score.institutions_of_speakers_right) == (1, 0, 1)
    assert ("role", "Hiring matters.: 'Professor of Kyonggi University' for 'Professor'") in (
        score.misses
    )


@pytest.mark.parametrize(("name", "text", "published_on", "expected"), ARTICLES, ids=NAMES)
def test_corpus_article_is_read_without_error_and_finds_its_meeting(
    name, text, published_on, expected
):
    score = score_article(name, text, published_on, expected)
    assert not score.error
    assert score.fields_right == len(MEETING_FIELDS), score.misses


@pytest.mark.parametrize(("name", "text", "published_on", "expected"), ARTICLES, ids=NAMES)
def test_corpus_unnamed_speakers_are_never_given_a_name(name, text, published_on, expected):
    found = extract(text, published_on).as_dict()["remarks"]
    by_quote = {" ".join(r["quote"].split()): r for r in found}
    for want in expected["remarks"]:
        got = by_quote.get(" ".join(want["quote"].split()))
        if want["speaker"] is None and got is not None:
            assert got["speaker"] is None, want["quote"]
            assert got["role"], want["quote"]


def test_same_person_ignores_case_spaces_and_hyphens():
    assert same_person("Jang Tae-woo", "jang taewoo")
    assert same_person(None, None)
    assert not same_person("Jang Tae-woo", None)
