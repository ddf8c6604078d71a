"""The public address of a record, for the links a page repeats by the dozen.

A meeting page links every remark and its speaker: Django's ``reverse()`` costs 17–50 µs a
call on these processors (the resolver, the language prefix, quoting, a regular expression
checking the result), more than the rest of the link. The address of a view that takes no
argument is the same for every page in a language, and that of a view that takes one differs
only by that argument: each is reversed once per view, language and script prefix, and the
argument, quoted, put in its place. ``tests/test_addresses.py`` holds this to ``reverse()`` for
every view of the site that it serves.

The argument is quoted as ``reverse()`` quotes it; unlike ``reverse()``, one that its
converter would refuse (a slug holding a space) is not refused here: callers give the values
stored for that converter.
"""

import re
from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language

# What reverse() leaves unquoted in an argument.
QUOTED_AS_IS = RFC3986_SUBDELIMS + "/~:@"
NOTHING_TO_QUOTE = re.compile(r"[A-Za-z0-9_.~-]*")
# Four digits, which every converter of the site's addresses accepts, the year's included.
PLACEHOLDER = "4815"


@lru_cache(maxsize=256)
def around_the_argument(view_name, language, script_prefix):
    """What comes before and after the argument (the language and prefix are the key: reverse
    reads them from the request's state)."""
    # The last: the argument comes after the prefixes, which might hold the same digits.
    before, after = reverse(view_name, args=[PLACEHOLDER]).rsplit(PLACEHOLDER, 1)
    return before, after


@lru_cache(maxsize=256)
def without_argument(view_name, language, script_prefix):
    return reverse(view_name)


def address(view_name, argument=None):
    """``reverse(view_name)``, or ``reverse(view_name, args=[argument])`` for a view with one
    argument."""
    if argument is None:
        return without_argument(view_name, get_language(), get_script_prefix())
    return addresses_of(view_name)(argument)


def addresses_of(view_name):
    """``address(view_name, argument)`` as a function of the argument, for a list that links
    the same view from every row: the active language and script prefix are read once (each
    a context-local lookup, dearer than the rest of an address)."""
    before, after = around_the_argument(view_name, get_language(), get_script_prefix())

    def address_of(argument):
        text = str(argument)
        if not NOTHING_TO_QUOTE.fullmatch(text):  # a slug or a number, mostly: nothing to quote
            text = quote(text, safe=QUOTED_AS_IS)
        return f"{before}{text}{after}"

    return address_of
