"""The whole reader: what it refuses, and input that must not hang it."""

import time

import pytest

from council.importer.reading import MAX_CHARS, ExtractionError, extract
from tests.importer.helpers import JULY_1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("The ministry held a meeting. Nobody was quoted.", "no_quotes"),
        ('Kim said, "This quote never ends.\n\nThe next paragraph is narrative.', "unbalanced"),
        ('Kim said, "This quote never ends.', "unbalanced"),
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


@pytest.mark.parametrize(
    "text",
    [
        "가" * (MAX_CHARS - 20) + ' "좋다"고 했다.',
        "A. " * 30_000 + ' Kim said, "x."',
        ("at Big " * 20_000)[: MAX_CHARS - 20] + ' Kim said, "x."',
    ],
    ids=["hangul without spaces", "initials", "capitalised run"],
)
def test_pathological_text_at_the_size_limit_is_read_quickly(text):
    started = time.monotonic()
    extract(text, JULY_1)
    assert time.monotonic() - started < 5
