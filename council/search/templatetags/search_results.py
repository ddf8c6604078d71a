"""The search page's results and facet links, drawn in Python.

A page shows twenty results and up to thirty facet links. Drawn by the template engine, a
variable lookup, filter or tag a field and a date formatted twice a result, they took 3–7 ms
of the page at a million remarks. Here each is one string, whose values are escaped by the
standard library's ``html.escape`` and the whole marked safe once: Django's ``format_html``
escapes the same way, but at 2–3 µs a value (lazy-string checks, a safe string made of each)
it was half of the results' time. What repeats (the translated words, the page's language,
the current search's parameters) is worked out once a page, each day's formatting once a
process (``date_in_language``).
"""

from html import escape
from urllib.parse import urlencode

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from council.archive.templatetags.archive import date_in_language, marked, quote_html
from council.records.addresses import addresses_of
from council.records.languages import shown

register = template.Library()

# Every value but the first (the quote, already HTML) is escaped.
RESULT = """
    <article class="result">
      <blockquote class="remark">{}</blockquote>
      <p class="meta">
        {}{}
        · <a href="{}">{}</a>
        · <time datetime="{}">{}</time>
        · <a href="{}">{}</a>
      </p>
    </article>"""


@register.simple_tag
def search_results(results):
    """The ``<article>`` of each ``(result, snippet)`` (a ``search.Result`` and its
    ``Snippet``): the snippet (the words found, in the language of the page or else of the
    text they were found in, with its provenance), who spoke (a link to them, or the role
    printed), the meeting, its date and the remark's own page, where the other language's
    text is."""
    remark_page = escape(gettext("Remark page"))
    language = get_language()
    speaker_address, meeting_address, remark_address = map(
        addresses_of, ("archive:speaker", "archive:meeting", "archive:remark")
    )

    def shown_html(result, field):
        # In the page's language ``shown`` gives the text as it is: escaped here.
        return conditional_escape(marked(shown(result, field, language)))

    def article(result, snippet):
        speaker, date = "", result.meeting_date
        if result.speaker_id:
            speaker = '<a href="{}">{}</a>{}'.format(
                escape(speaker_address(result.speaker_slug)),
                shown_html(result, "speaker_name"),
                ", " if result.role or result.role_ko else "",
            )
        return RESULT.format(
            quote_html(snippet.quote, snippet.html, result),
            speaker,
            shown_html(result, "role"),
            escape(meeting_address(result.meeting_slug)),
            shown_html(result, "meeting_title"),
            date.isoformat(),
            escape(date_in_language(date, language)),
            escape(remark_address(result.pk)),
            remark_page,
        )

    return mark_safe("".join(article(*result) for result in results))


@register.simple_tag(takes_context=True)
def facet_links(context, name, facets):
    """The ``<li>`` of each facet: a link to the current search with the facet's filter
    added (see ``with_filter``), and its count. The parameters a facet leaves as they are
    are encoded once for all its links."""
    query = {key: values for key, values in context["request"].GET.lists() if key != "page"}
    encoded = {key: urlencode({key: values}, doseq=True) for key, values in query.items()}

    def link(value):
        linked = with_filter(query, name, value)
        return "&".join(
            filter(
                None,
                (
                    encoded[key] if values is query.get(key) else urlencode({key: values}, True)
                    for key, values in linked.items()
                ),
            )
        )

    return mark_safe(
        "".join(
            f'<li><a href="?{escape(link(facet.value))}">{escape(facet.label)}</a> '
            f'<span class="count">{facet.count}</span></li>'
            for facet in facets
        )
    )


def with_filter(query, name, value):
    """``query`` (a dict of lists) with a filter added: speakers add up, a year sets the
    dates, others replace."""
    query, value = dict(query), str(value)
    if name == "speaker":
        query[name] = [v for v in query.get(name, []) if v != value] + [value]
    elif name == "year":
        query["from"], query["to"] = [f"{value}-01-01"], [f"{value}-12-31"]
    else:
        query[name] = [value]
    return query
