"""Topics as staff type them: separated by commas only (quotes hold a comma), so that a
multi-word topic reads back as it was typed, without the quotation marks taggit adds."""

from taggit.utils import _parse_tags

from council.lib.text import clean_text


def parse_topics(text):
    """``TAGGIT_TAGS_FROM_STRING``: the topic names in ``text``, without its control characters
    (a topic that was only control characters is no topic)."""
    # Taggit splits a text without a comma on its spaces: the comma added keeps "data centres"
    # one topic.
    return _parse_tags(clean_text(text, multiline=False) + ",")


def topics_as_text(topics):
    """``TAGGIT_STRING_FROM_TAGS``: the names comma-separated, quoted only where a name holds a
    comma (read back by ``parse_topics`` as the same topics)."""
    names = sorted(topic.name for topic in topics)
    return ", ".join(f'"{name}"' if "," in name else name for name in names)
