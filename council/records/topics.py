"""Topics as staff type them: taggit's reading (comma-separated, quotes hold commas), of the text
without its control characters, so that a topic that was only control characters is no topic."""

from taggit.utils import _parse_tags

from council.lib.text import clean_text


def parse_topics(text):
    """``TAGGIT_TAGS_FROM_STRING``: the topic names in ``text``."""
    return _parse_tags(clean_text(text, multiline=False))
