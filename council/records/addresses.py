"""The public address of a record, for the links a page repeats by the dozen.

A meeting page links every remark and its speaker: Django's ``reverse()`` costs about 50 µs a
call on these processors (the resolver, the language prefix, quoting), more than the rest of
the link. The address of a view that takes one argument differs only by that argument, so it
is reversed once per view, language and script prefix, and the argument put in its place.
"""

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

# Digits, so that both the int and the slug converters accept it.
PLACEHOLDER = "4815162342"


@lru_cache(maxsize=256)
def around_the_argument(view_name, language, script_prefix):
    """What comes before and after the argument (the language and prefix are the key: reverse
    reads them from the request's state)."""
    before, after = reverse(view_name, args=[PLACEHOLDER]).split(PLACEHOLDER)
    return before, after


def address(view_name, argument):
    """``reverse(view_name, args=[argument])``, for a view with one argument."""
    before, after = around_the_argument(view_name, get_language(), get_script_prefix())
    return f"{before}{quote(str(argument), safe='')}{after}"
