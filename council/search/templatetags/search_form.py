"""The search form's filters, drawn in Python once a page.

Django's widget templates cost about a millisecond per dozen options, and the search filters
list every institution, council and topic; the template engine, including a field's template
six times, cost as much again as the options. Here each field is one string, its values
escaped by the standard library's ``html.escape`` (as in ``search_results``), but a filter's
options, escaped once when they were kept (``forms.Option``).
"""

from html import escape

from django import forms, template
from django.utils.safestring import mark_safe

register = template.Library()

LANG = ' lang="{}"'
FILTERS = ("institution", "council", "topic", "from", "to", "sort")


@register.simple_tag
def filter_fields(form):
    """The filters' fields but the speaker's: each a label, its control and its errors."""
    return mark_safe("".join(field_html(form[name]) for name in FILTERS))


def field_html(field):
    """A date's ``<input>``, or a choice's ``<select>``, with its label and errors. A date
    input cannot hold an impossible date: with errors, it is a text input showing it as typed,
    to be corrected."""
    name, id_for_label, value = field.html_name, field.id_for_label, field.value() or ""
    invalid = errors = ""
    if field.errors:
        invalid = f' aria-invalid="true" aria-describedby="{id_for_label}-errors"'
        errors = f'<div class="errors" id="{id_for_label}-errors" role="alert">{field.errors}</div>'
    if isinstance(field.field, forms.DateField):
        shape, hint = ("text", ' placeholder="YYYY-MM-DD"') if field.errors else ("date", "")
        control = (
            f'<input type="{shape}" name="{name}" id="{id_for_label}" '
            f'value="{escape(str(value))}"{hint}{invalid}>'
        )
    else:
        control = (
            f'<select name="{name}" id="{id_for_label}"{invalid}>'
            f"{option_tags(field.field.choices, str(value))}</select>"
        )
    return (
        f'<div class="field"><label for="{id_for_label}">{escape(str(field.label))}</label>'
        f"{control}{errors}</div>"
    )


def option_tags(choices, chosen):
    """The ``<option>``s of a field's choices, ``chosen`` selected. A filter's options
    (``forms.Option``) are escaped already, and a label shown in the other language than the
    page's is marked with its ``lang``."""
    options = getattr(choices, "options", None)
    if options is None:
        options = [(escape(value), escape(str(label)), "") for value, label in choices]
    chosen = escape(chosen)
    return "".join(
        f'<option{lang and LANG.format(lang)} value="{value}"'
        f"{' selected' if value == chosen else ''}>{label}</option>"
        for value, label, lang in options
    )
