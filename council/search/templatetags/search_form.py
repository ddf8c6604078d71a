"""The search form's fields, drawn faster than Django's widget templates draw them."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from council.search.forms import option_tags

register = template.Library()


@register.simple_tag
def options(field):
    """The <option>s of a choice field, built directly: Django's widget templates cost about a
    millisecond per dozen options, and the search filters list every institution and topic.
    Where the options were made ahead (``Choices``), only the chosen one is marked here."""
    chosen = str(field.value() or "")
    choices = field.field.choices
    made = getattr(choices, "options", None)
    if made is None:
        return option_tags(choices, chosen)
    empty = option_tags(choices.choices[:1], chosen)
    if chosen:
        made = made.replace(f'value="{escape(chosen)}">', f'value="{escape(chosen)}" selected>', 1)
    return mark_safe(empty + made)
