"""English titles alone: "the Russian leader", "the President of Russia", "the French minister"."""

import pytest

from council.importer.reading.titles_en import fits_title, same_place
from tests.importer.helpers import remarks


def words(title):
    return tuple(title.casefold().split())


@pytest.mark.parametrize(
    ("held", "wanted"),
    [
        ("Russian President", "Russian leader"),
        ("Russian President", "President of Russia"),
        ("President of Belarus", "Belarusian president"),
        ("Canadian Prime Minister", "Canadian leader"),
        ("Prime Minister of Japan", "Japanese leader"),
        ("French Finance Minister", "French minister"),
        ("Chancellor of Germany", "German leader"),
        ("Premier of Italy", "Italian leader"),
    ],
)
def test_a_title_alone_with_a_place_fits_the_post_of_that_place(held, wanted):
    assert fits_title(words(held), words(wanted))


@pytest.mark.parametrize(
    ("held", "wanted"),
    [
        ("President of Belarus", "Russian leader"),
        ("Russian Finance Minister", "Russian leader"),
        ("Russian Vice President", "Russian leader"),
        ("President", "Russian leader"),
        ("Austrian Chancellor", "Australian leader"),
        ("Foreign Minister of France", "President of France"),
    ],
)
def test_a_title_alone_does_not_fit_another_place_post_or_rank(held, wanted):
    assert not fits_title(words(held), words(wanted))


@pytest.mark.parametrize(
    ("a", "b"),
    [("russia", "russian"), ("korea", "korean"), ("france", "french"), ("japan", "japanese")],
)
def test_a_place_and_its_peoples_adjective_are_the_same_place(a, b):
    assert same_place(a, b) and same_place(b, a)


@pytest.mark.parametrize(
    "reference",
    ["said the Russian leader", "said the President of Russia", "the Russian president said"],
)
def test_a_title_alone_resolves_to_the_one_person_of_that_place_and_post(reference):
    text = (
        "Russian President Vladimir Putin met President of Belarus Alexander Lukashenko in "
        f'Minsk.\n\n"The talks were useful," {reference}.'
    )
    assert [r[:2] for r in remarks(text)] == [("Vladimir Putin", "Russian President")]


def test_a_title_alone_two_people_of_that_place_hold_names_nobody():
    text = (
        "Talks were held between Ruritanian President Ann Cole and Ruritanian Prime Minister "
        "Tom Reid.\n\n"
        '"We agreed," said the Ruritanian leader.'
    )
    assert [r[0] for r in remarks(text)] == [None]
