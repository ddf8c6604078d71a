"""Which of a record's two texts a page shows: a text kept as a pair, ``field`` in English and
``field_ko`` in Korean (see docs/languages.md), is read in the page's language where staff gave
it, else in the other, marked as such: never a blank."""

from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from council.lib.text import HANGUL, LATIN


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    KOREAN = "ko", _("Korean")

    @property
    def other(self):
        return OTHER_LANGUAGE[self]


OTHER_LANGUAGE = {Language.ENGLISH: Language.KOREAN, Language.KOREAN: Language.ENGLISH}


class Shown(NamedTuple):
    """A text as a reader of one language is shown it: ``language`` is the text's own, and
    ``fallback`` says it stands in for a text not given in the reader's (the page marks it,
    with its ``lang`` and its language's name)."""

    text: str
    language: Language
    fallback: bool


def shown(record, field, language):
    """``record.<field>`` or ``record.<field>_ko``, whichever a page in ``language`` shows.
    Columns of the row already read: no query."""
    english, korean = texts(record, field)
    if language == Language.KOREAN:
        return (
            Shown(korean, Language.KOREAN, False)
            if korean
            else Shown(english, Language.ENGLISH, bool(english))
        )
    return (
        Shown(english, Language.ENGLISH, False)
        if english
        else Shown(korean, Language.KOREAN, bool(korean))
    )


def in_other_language(record, field, language):
    """The text beside the one ``shown`` gives, in the other language ("" where there is none):
    a name's other spelling, printed under it."""
    other = OTHER_LANGUAGE[shown(record, field, language).language]
    english, korean = texts(record, field)
    return Shown(english if other == Language.ENGLISH else korean, other, False)


def texts(record, field):
    """``(English, Korean)`` of ``record.<field>``."""
    english = getattr(record, field) or ""
    # A topic's Korean name is an annotation (``with_korean_names``), absent where not asked.
    korean = getattr(record, f"{field}_ko", "") or ""
    if isinstance(record, Tag):
        return topic_names(english, korean)
    return english, korean


def topic_names(name, name_ko):
    """``(English, Korean)`` names of a topic. A topic has one name in taggit: one staff typed
    in Hangul alone, with no Korean name beside it, is a Korean name, not an English one."""
    if not name_ko and is_korean_only(name):
        return "", name
    return name, name_ko


def is_korean_only(text):
    """Whether ``text`` has Hangul and no Latin letter."""
    return bool(HANGUL.search(text)) and not LATIN.search(text)
