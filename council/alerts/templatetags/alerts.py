from django import template
from django.utils.html import format_html_join

from ..forms import SEARCH_PARAMETERS

register = template.Library()


@register.simple_tag
def search_fields(query, leave_out=""):
    """Hidden inputs that carry the search's words and filters in ``query`` (the search page's
    own parameters) to the sign-up, but the one named ``leave_out``."""
    return format_html_join(
        "",
        '<input type="hidden" name="{}" value="{}">',
        (
            (name, value)
            for name in SEARCH_PARAMETERS
            if name != leave_out
            for value in query.getlist(name)
        ),
    )
