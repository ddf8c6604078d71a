"""The reader holds on real articles pasted in other forms (``council.importer.perturbations``).

A sample of the real set, so that the suite stays fast; ``extraction_report --perturb`` scores
every article under every perturbation.
"""

import functools

import pytest

from council.importer.evaluation import load_corpus
from council.importer.perturbations import PERTURBATIONS, score_perturbed

REAL = "tests/articles/real"
BY_NAME = {p.name: p for p in PERTURBATIONS}
# Those the reader held within a point of the article as it is, once clean-up undid them.
HELD = [
    "straight",
    "corner",
    "guillemets",
    "low-high",
    "double prime",
    "two apostrophes",
    "full-width",
    "named entities",
    "numeric entities",
    "no-break spaces",
    "zero-width spaces",
    "soft hyphens",
    "CRLF",
    "wrapped",
    "hyphenated",
    "running heads",
    "first-line indent",
    "mixed widths",
    "bullets",
    "indented",
    "reopened",
    "debris",
    "TeX marks",
    "curly open, straight close",
    "mixed Korean marks",
    "headline glued",
    "credits inside",
    "CRLF and no-break",
    "doubled blanks",
    "no space after stop",
]


@functools.cache
def sample():
    """Every sixth real article with quotes."""
    return [article for article in load_corpus(REAL) if article[3]["remarks"]][::6]


@functools.cache
def unperturbed():
    return score_perturbed(sample(), BY_NAME["none"])


@pytest.mark.parametrize("name", HELD)
def test_a_perturbation_a_paste_can_make_costs_at_most_a_point(name):
    score = score_perturbed(sample(), BY_NAME[name])
    assert score.quote_recall >= unperturbed().quote_recall - 0.01
    assert score.attribution_accuracy >= unperturbed().attribution_accuracy - 0.01
    assert score.wrong_person_rate <= unperturbed().wrong_person_rate


def test_a_quote_over_paragraphs_closed_only_at_its_end_is_one_remark_expected():
    text = "Intro.\n\n“First part.”\n\n“Second part,” Kim said."
    remarks = [
        {"speaker": "Kim", "quote": "First part."},
        {"speaker": "Kim", "quote": "Second part,"},
    ]
    perturbed, expected = BY_NAME["reopened"].apply(text, remarks)
    assert perturbed == "Intro.\n\n“First part.\n\n“Second part,” Kim said."
    assert expected == [{"speaker": "Kim", "quote": "First part.\n\nSecond part,"}]


def test_marks_swapped_by_how_they_lean_even_glued_to_the_sentence_before():
    swap = BY_NAME["guillemets"].article
    assert swap('He said."We go," and "so on"') == "He said.«We go,» and «so on»"
