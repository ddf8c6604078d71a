"""The extractor over the corpus in tests/articles: the team's articles, the real ones, the blind set."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

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


REAL = CORPUS / "real"
BLIND = CORPUS / "blind"
# What the reader reached on the real articles; a change that reads them worse fails. The blind
# set's floors are its figures when they were last measured: a floor, never a target to tune to.
# The real set's fourth batch (en-74 to en-88, ko-72 to ko-86) came in unseen, scored before any
# rule was written from it: the floors fell to the figures over all 102 real articles (95.2%
# recall, 90.0% attribution, 100% precision); the Korean and English rules learnt from it raised
# them to 100% recall, 100% attribution, 0% wrong person. The fifth batch (en-89 to en-103,
# ko-87 to ko-101) came in unseen, scored before any rule was written from it (92.1% recall, 77.8%
# attribution, 11.1% wrong person on its 63 quotes): over all 132 real articles the figures fell
# to 98.4% recall, 95.5% attribution, 99.7% precision, 2.2% wrong person, and the floors with them.
# The sixth batch's English half (en-104 to en-118) came in unseen, scored before any rule was
# written from it (88.0% recall, 64.0% attribution, 0% wrong person on its 25 quotes): over all
# 147 real articles the figures fell to 99.1% recall, 97.3% attribution, 99.7% precision, 0% wrong
# person, and the attribution floor with them. Its Korean half (ko-102 to ko-116) came in unseen,
# scored before any rule was written from it (91.3% recall, 78.3% attribution, 4.3% wrong person
# on its 46 quotes): over all 162 real articles the figures fell to 98.2% recall, 95.1%
# attribution, 99.7% precision, 0.5% wrong person, and the recall and attribution floors with them.
# The seventh batch (en-119 to en-130, ko-117 to ko-128) came in unseen, scored before any rule
# was written from it (86.0% recall, 86.0% attribution, 97.7% precision, 0% wrong person on its 50
# quotes): over all 186 real articles the figures fell to 97.9% recall, 97.7% attribution, 99.5%
# precision, 0% wrong person, and the recall and attribution floors with them.
# The eighth batch came in unseen, scored before any rule was written from it: its Korean half
# (ko-129 to ko-143) 92.0% recall, 86.0% attribution, 100% precision, 0% wrong person on its 50
# quotes; its English half (en-131 to en-145) 85.7% recall, 60.0% attribution, 100% precision,
# 2.9% wrong person on its 35 quotes. Over all 216 real articles the figures fell to 97.9%
# recall, 95.4% attribution, 99.8% precision, 0.2% wrong person, and the recall and attribution
# floors with them. The English and Korean rules learnt from it raised them to 99.6% recall,
# 99.0% attribution, 99.8% precision, 0% wrong person.
# The ninth batch (en-146 to en-158, ko-144 to ko-155) came in unseen, scored before any rule was
# written from it (93.8% recall, 71.9% attribution, 98.4% precision, 1.6% wrong person on its 64
# quotes, one article refused): over all 241 real articles the figures fell to 99.0% recall,
# 96.1% attribution, 99.7% precision, 0.2% wrong person. The rules learnt from it raised them to
# 99.7% recall, 99.3% attribution, 99.8% precision, 0% wrong person, and the floors with them.
# The tenth batch (en-159 to en-170, ko-156 to ko-169) came in unseen (81.5% recall, 77.2%
# attribution, 92.6% precision, 0% wrong person on its 92 quotes): over all 267 real articles the
# figures fell to 97.2% recall, 96.3% attribution, 98.9% precision, and the floors with them. Its
# rules (transcripts' lines, an interview's answers, a sentence adverb, a paragraph printed
# twice) raised them to 98.2% recall, 97.5% attribution, 99.7% precision, 0% wrong person; the
# 241 older articles hold at 99.7%, 99.3% and 99.8%. Issue 11's recall work (batch 11: rules by
# principle, no new batch) raised them to 99.0% recall, 98.1% attribution, 99.9% precision, 0%
# wrong person; the blind set stayed at 87.0%, 83.1%, 97.1%, 0%. Batch 11 proper (en-171 to
# en-185, ko-170 to ko-184) came in at 100% and 84.8% recall, 100% and 57.6% attribution; with its
# rules all 297 read 100% recall and precision, 99.2% attribution; the blind set did not move.
# Batch 12 (ko-185 to ko-199) came in at 98.0% recall, 96.1% precision, 72.0% attribution; over
# all 312 the figures fell to 99.9%, 99.7%, 97.4%; its rules raised them to 100%, 100%, 99.4%.
# Recovering the paragraphs of a line that has lost them (the "one line" perturbation) raised the
# blind set to 89.6% recall, 85.7% attribution, 97.2% precision; the real set did not move.
# Batch 13's English half (en-186 to en-200) came in at 65.4% recall, 89.5% precision, 53.8%
# attribution; over all 327 the figures fell to 98.9%, 99.7%, 97.9%; its rules raised them to
# 100%, 100%, 99.1%, two of its quotes left for review (a title the body never ties to a name).
REAL_FLOORS = {"quote_recall": 1.0, "attribution_accuracy": 0.991, "quote_precision": 1.0}
BLIND_FLOORS = {"quote_recall": 0.90, "attribution_accuracy": 0.86, "quote_precision": 0.97}
# A wrong name on a government record is worse than a name left for review (issue 11's goal).
WRONG_PERSON_CEILINGS = {"real": 0.02, "blind": 0.02}


def test_corpus_holds_a_hundred_articles_forty_korean_thirty_blind():
    articles = [name for folder in (CORPUS, REAL, BLIND) for name, *_ in load_corpus(folder)]
    assert len(articles) >= 100
    assert len([name for name in articles if name.startswith("ko-")]) >= 40
    assert len(load_corpus(BLIND)) >= 30


@pytest.mark.parametrize("folder", [REAL, BLIND], ids=["real", "blind"])
def test_no_real_article_is_refused(folder):
    refused = [a.name for a in score_corpus(folder).articles if a.error]
    assert refused == []


@pytest.mark.parametrize(
    ("folder", "floors"), [(REAL, REAL_FLOORS), (BLIND, BLIND_FLOORS)], ids=["real", "blind"]
)
def test_real_articles_are_read_at_least_as_well_as_last_measured(folder, floors):
    score = score_corpus(folder)
    figures = {name: getattr(score, name) for name in floors}
    assert all(figures[name] >= floor for name, floor in floors.items()), figures
    assert score.wrong_person_rate <= WRONG_PERSON_CEILINGS[folder.name]


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


def test_the_blind_folder_scored_by_itself_shows_its_totals_only(tmp_path, capsys):
    blind = tmp_path / "blind"
    blind.mkdir()
    for suffix in (".txt", ".json"):
        (blind / f"en-01{suffix}").write_bytes((CORPUS / f"{NAMES[0]}{suffix}").read_bytes())
    call_command("extraction_report", "--corpus", str(blind), "--verbose")
    printed = capsys.readouterr().out
    assert "en-01" not in printed and "blind" in printed and "Quote recall" in printed
