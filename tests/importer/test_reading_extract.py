"""The whole reader: what it refuses, and input that must not hang it."""

import datetime

import pytest

from council.importer.reading import MAX_CHARS, ExtractionError, FlagKind, extract
from council.importer.reading.english import EnglishAttribution
from tests.importer.helpers import JULY_1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("x" * (MAX_CHARS + 1), "too_long"),
        ("\x00\x01\x02binary\x03\x04" * 50, "binary"),
        (bytes(range(256)).decode("latin-1") * 20, "binary"),
    ],
)
def test_bad_input_raises_an_extraction_error_with_its_reason(text, code):
    with pytest.raises(ExtractionError) as raised:
        extract(text, JULY_1)
    assert raised.value.code == code
    assert str(raised.value)


def test_a_long_article_is_read_in_reasonable_time():
    paragraph = 'Kim Min-ji, a fellow at the Korea Development Institute, said, "Quote {n}."\n\n'
    text = "".join(paragraph.format(n=n) for n in range(1000))[: MAX_CHARS - 100]
    found = extract(text, JULY_1)
    assert len(found.remarks) > 900


def test_an_article_without_quotes_gives_its_meeting_with_a_no_quotes_flag():
    text = (
        "The Ministry of SMEs and Startups held the SME digital council at the Government "
        "Complex Sejong in Sejong on June 30. Minister Oh Young-joo chaired the meeting."
    )
    found = extract(text, JULY_1)
    assert found.remarks == []
    assert (found.date, found.city, found.host) == (
        datetime.date(2026, 6, 30),
        "Sejong",
        "Ministry of SMEs and Startups",
    )
    assert [f.kind for f in found.flags] == [FlagKind.NO_QUOTES]


def test_a_passage_no_rule_foresaw_is_flagged_and_the_rest_is_read(monkeypatch):
    speaker_of = EnglishAttribution.speaker_of

    def fails_on_the_second(self, index, quote, pending):
        if quote.text == "Two.":
            raise IndexError("a rule that did not foresee this passage")
        return speaker_of(self, index, quote, pending)

    monkeypatch.setattr(EnglishAttribution, "speaker_of", fails_on_the_second)
    text = 'Kim Min-ji said, "One."\n\nLee Sang-ho said, "Two."\n\nPark Ji-hoon said, "Three."'
    found = extract(text, JULY_1)
    assert [r.quote for r in found.remarks] == ["One.", "Three."]
    assert [(f.kind, f.paragraph) for f in found.flags] == [(FlagKind.UNREADABLE, 2)]
