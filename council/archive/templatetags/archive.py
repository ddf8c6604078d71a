from functools import lru_cache

from django import template
from django.urls import reverse, translate_url
from django.utils import formats
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, override

from council.lib.text import as_sentence
from council.records import languages
from council.records.addresses import address
from council.records.languages import shown
from council.records.models import with_korean_names

from ..site_pages import published_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with ``page`` set to ``number``, keeping every other parameter."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"


@register.simple_tag(takes_context=True)
def in_language(context, language_code):
    """This page's address in another language; worked out once a request, though every page
    asks for it in its head and again in its menu."""
    request = context["request"]
    addresses = request.__dict__.setdefault("_addresses_by_language", {})
    if language_code not in addresses:
        addresses[language_code] = address_in_language(request, language_code)
    return addresses[language_code]


def address_in_language(request, language_code):
    """What ``translate_url`` gives, from the view the address was already resolved to rather
    than by resolving it again; through ``translate_url`` where nothing resolved (a 404)."""
    match = request.resolver_match
    if match is None:
        return translate_url(request.get_full_path(), language_code)
    with override(language_code):
        path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    query = request.META.get("QUERY_STRING", "")
    return f"{path}?{iri_to_uri(query)}" if query else path


@register.simple_tag(name="address")
def address_tag(view_name, argument=None):
    """``{% url %}`` for a view of the site with at most one argument, through the one fast
    path (``council/records/addresses.py``): pages repeat these links by the dozen."""
    return address(view_name, argument)


@register.filter
def local(record, field):
    """The text of ``record.<field>`` a page in the active language shows (``shown``), plain:
    for a page's title, an attribute or a feed, where no element can mark its language."""
    return shown(record, field, get_language()).text


@register.filter
def in_page_language(record, field):
    """The ``Shown`` text of ``record.<field>`` for the page's language, to write by parts:
    an attribute's text, with the ``lang`` of the element that holds it."""
    return shown(record, field, get_language())


@register.filter
def in_other_language(record, field):
    """The text beside the one a page shows, in the other language (``in_other_language``)."""
    return languages.in_other_language(record, field, get_language())


@register.filter(name="shown")
def shown_filter(record, field):
    """The text of ``record.<field>`` a page in the active language shows (``shown``), as
    ``marked`` writes it."""
    return marked(shown(record, field, get_language()))


@register.filter
def marked(text):
    """A ``Shown`` text: plain in the page's language; else marked with its ``lang``, for
    screen readers, and its language's name ("Korean", "한국어"), for everyone."""
    if not text.fallback:
        return text.text
    return format_html(
        '<span lang="{}">{}</span> <span class="language-tag">{}</span>',
        text.language,
        text.text,
        text.language.label,
    )


@register.filter
def shown_paragraphs(record, field):
    """``shown`` for a text of paragraphs (a summary, a biography), as ``linebreaks``
    writes them; a fallback's paragraphs are marked together."""
    text = shown(record, field, get_language())
    paragraphs = mark_safe(linebreaks(text.text, autoescape=True))
    if not text.fallback:
        return paragraphs
    return format_html(
        '<div lang="{}">{}</div><p class="provenance"><span class="language-tag">{}</span></p>',
        text.language,
        paragraphs,
        text.language.label,
    )


@register.filter
def korean_names(topics):
    """Topics with their Korean names, in the same query (``with_korean_names``)."""
    return with_korean_names(topics)


@register.simple_tag(takes_context=True)
def remark_quote(context, remark, link=True, original=False):
    """A remark's words as the page shows them (``Remark.quote``), with ``quote_html``: a
    link to the remark's page under a translation (``link``), and the words as spoken in a
    disclosure (``original``). One tag, where a quote and each of its parts read in the
    template cost three times as much (a meeting page shows a hundred)."""
    quote = remark.quote(getattr(context.get("request"), "LANGUAGE_CODE", None))
    return quote_html(quote, quote.text, remark if link else None, original)


def quote_html(quote, text, remark=None, original=False):
    """A quote (a ``Quote``) with ``text`` (its text, or a highlighted snippet of it) in a
    paragraph marked with its language; under it, the language where it is not the page's,
    the note of a translation and, given the ``remark``, a link to its page, where the words
    as spoken are beside it, and with ``original`` those words in a disclosure, which works
    without JavaScript. Nothing is added for the words as spoken in the page's language."""
    html = format_html('<p lang="{}">{}</p>', quote.language, text)
    if quote.is_original and not quote.in_other_language:
        return html
    notes = []
    if quote.in_other_language:
        notes.append(format_html('<span class="language-tag">{}</span>', quote.language.label))
    spoken = None
    if not quote.is_original:
        notes.append(format_html('<span class="translation-note">{}</span>', quote.note()))
        if remark is not None:
            spoken = remark.original()
            # Where the words as spoken are not in the record, their page says so.
            if spoken:
                label = gettext("Original and translation")
            else:
                label = gettext("About this translation")
            notes.append(format_html('<a href="{}#texts">{}</a>', remark.get_absolute_url(), label))
    html += format_html('<p class="provenance">{}</p>', format_html_join(" ", "{}", zip(notes)))
    if original and spoken:
        html += format_html(
            '<details class="original"><summary>{}</summary><p lang="{}">{}</p></details>',
            gettext("The words as spoken, in %(language)s") % {"language": spoken.language.label},
            spoken.language,
            spoken.text,
        )
    return html


@register.simple_tag(takes_context=True)
def site_pages(context):
    """The site's own pages, published, listed in the footer and in the main menu
    (``PublishedPages``)."""
    return published_pages(context["request"])


@register.filter
def local_date(day):
    """``day|date:"DATE_FORMAT"`` for a date (a meeting's day): written once per day and
    language, as Django's filter works the format out again on every call (20–30 µs, and a
    list shows twenty)."""
    return date_in_language(day, get_language()) if day else ""


@lru_cache(maxsize=4096)
def date_in_language(day, language):
    return formats.date_format(day, "DATE_FORMAT")


@register.filter
def getlist(query, name):
    """Every value of a repeated query parameter."""
    return query.getlist(name)


@register.filter
def sentence(text):
    """A quotation's text with its full stop (``council.lib.text.as_sentence``)."""
    return as_sentence(text)
