from functools import lru_cache
from html import escape

from django import template
from django.template.defaultfilters import truncatewords_html
from django.urls import reverse, translate_url
from django.utils import formats
from django.utils.encoding import iri_to_uri
from django.utils.html import conditional_escape, format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, override

from council.lib.text import as_sentence
from council.records import languages
from council.records.addresses import address
from council.records.languages import shown
from council.records.models import with_korean_names

from ..site_pages import site_frame

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
    return mark_safe(
        f'<span lang="{text.language}">{conditional_escape(text.text)}</span> '
        f'<span class="language-tag">{escape(str(text.language.label))}</span>'
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
    # Written with f-strings and the standard library's ``escape``: ``format_html`` makes a safe
    # string of each value, and a page of results or a meeting shows dozens of quotes.
    html = f'<p lang="{quote.language}">{conditional_escape(text)}</p>'
    if quote.is_original and not quote.in_other_language:
        return mark_safe(html)
    notes = []
    if quote.in_other_language:
        notes.append(f'<span class="language-tag">{escape(str(quote.language.label))}</span>')
    spoken = None
    if not quote.is_original:
        notes.append(f'<span class="translation-note">{escape(quote.note())}</span>')
        if remark is not None:
            spoken = remark.original()
            # Where the words as spoken are not in the record, their page says so.
            if spoken:
                label = gettext("Original and translation")
            else:
                label = gettext("About this translation")
            notes.append(f'<a href="{escape(remark.get_absolute_url())}#texts">{escape(label)}</a>')
    html += f'<p class="provenance">{" ".join(notes)}</p>'
    if original and spoken:
        summary = gettext("The words as spoken, in %(language)s") % {
            "language": spoken.language.label
        }
        html += (
            f'<details class="original"><summary>{escape(summary)}</summary>'
            f'<p lang="{spoken.language}">{escape(spoken.text)}</p></details>'
        )
    return mark_safe(html)


@register.simple_tag(name="site_frame")
def site_frame_tag():
    """The main menu's links and the footer, as every page in the language shows them
    (``SiteFrame``)."""
    return site_frame()


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


# Lists drawn in Python, a row one ``format_html``: in the template engine a field cost a
# variable lookup, a filter or a tag (3–30 µs each), a meeting listed 90 µs and a remark 70.
# Every descriptive field goes through ``shown_filter``, marked as the templates mark it: its
# plain text is escaped by ``format_html``, which escapes what is not already safe.

MEETING_ROW = """
  <li class="meeting-summary">
    <h{level} class="meeting-title"><a href="{url}">{title}</a></h{level}>
    <p class="meta">
      <time datetime="{iso}">{day}</time>
      · {council}{city}{draft}
    </p>
    {summary}
  </li>"""


@register.simple_tag
def listed_meetings(meetings, level=2, brief=False):
    """An ``<ol>`` of meetings (``MeetingQuerySet.with_council``): each one's title under a
    heading of ``level``, its date, council, city, whether it is a draft and, unless
    ``brief``, the start of its summary."""
    draft = format_html(' · <strong class="draft-label">{}</strong>', gettext("Draft"))

    def fields(meeting):
        summary = "" if brief else shown_filter(meeting, "summary")
        if summary:
            # Escaped before it is cut, so that only the fallback's own tags are kept whole.
            summary = format_html(
                "<p>{}</p>", mark_safe(truncatewords_html(conditional_escape(summary), 40))
            )
        city = shown_filter(meeting, "city")
        return {
            "level": level,
            "url": meeting.get_absolute_url(),
            "title": shown_filter(meeting, "title"),
            "iso": meeting.date.isoformat(),
            "day": local_date(meeting.date),
            "council": shown_filter(meeting.council, "name"),
            "city": format_html(" · {}", city) if city else "",
            "draft": "" if meeting.is_published else draft,
            "summary": summary,
        }

    rows = "".join(format_html(MEETING_ROW, **fields(meeting)) for meeting in meetings)
    return format_html('<ol class="meeting-list">{}\n</ol>', mark_safe(rows))


def cited_speaker(remark):
    """Who spoke: a link to the speaker's page where the record names them, and the role as
    printed."""
    speaker = ""
    # None without a query where the record names no speaker.
    if named := remark.speaker:
        speaker = format_html(
            '<a class="speaker" href="{}">{}</a>{}',
            named.get_absolute_url(),
            shown_filter(named, "name"),
            ", " if remark.role or remark.role_ko else "",
        )
    return format_html(
        '<cite>{}<span class="role">{}</span></cite>', speaker, shown_filter(remark, "role")
    )


LISTED_REMARK = """
<blockquote class="remark">
  {}
  <footer>
    {}
    <span class="where">{}<a href="{}">{}</a></span>
  </footer>
</blockquote>"""


@register.simple_tag(takes_context=True)
def listed_remarks(context, remarks, show_meeting=False):
    """Remarks in a list (``RemarkQuerySet.listed``): each quote, who said it, with
    ``show_meeting`` the meeting and its date, and a link to the remark's page."""
    language = getattr(context.get("request"), "LANGUAGE_CODE", None)
    remark_page = gettext("Remark page")

    def fields(remark):
        quote = remark.quote(language)
        where = ""
        if show_meeting:
            meeting = remark.meeting
            where = format_html(
                '<a href="{}">{}</a>, <time datetime="{}">{}</time> · ',
                meeting.get_absolute_url(),
                shown_filter(meeting, "title"),
                meeting.date.isoformat(),
                local_date(meeting.date),
            )
        url = remark.get_absolute_url()
        return quote_html(quote, quote.text, remark), cited_speaker(remark), where, url, remark_page

    return format_html_join("", LISTED_REMARK, (fields(remark) for remark in remarks))


MEETING_REMARK = """
    <blockquote class="remark" id="remark-{}">
      {}
      <footer>
        {}
        <a class="permalink" href="{}">{}</a>
      </footer>
    </blockquote>"""


@register.simple_tag(takes_context=True)
def meeting_remarks(context, remarks):
    """A meeting's remarks on its page, each under its anchor: the quote with the words as
    spoken in a disclosure, who said it, and a link to the remark's page."""
    language = getattr(context.get("request"), "LANGUAGE_CODE", None)

    def fields(remark):
        quote = remark.quote(language)
        return (
            remark.position,
            quote_html(quote, quote.text, remark, original=True),
            cited_speaker(remark),
            remark.get_absolute_url(),
            gettext("Remark %(position)s") % {"position": remark.position},
        )

    html = format_html_join("", MEETING_REMARK, (fields(remark) for remark in remarks))
    return html or format_html("<p>{}</p>", gettext("No remarks were recorded for this meeting."))


@register.simple_tag
def meeting_participants(groups):
    """The ``<dt>`` of each part and the ``<dd>`` of each participation in it
    (``Proceedings.participants``): the institution linked, its short name, the note."""

    def participation_html(participation):
        named = ""
        if institution := participation.institution:
            short_name = shown_filter(institution, "short_name")
            named = format_html(
                '<a href="{}">{}</a>{}{}',
                institution.get_absolute_url(),
                shown_filter(institution, "name"),
                format_html(" ({})", short_name) if short_name else "",
                ": " if participation.note else "",
            )
        return format_html("\n      <dd>{}{}</dd>", named, participation.note)

    html = []
    for part, participations in groups:
        html.append(format_html("\n      <dt>{}</dt>", part))
        html.extend(map(participation_html, participations))
    return mark_safe("".join(html))  # each part made by format_html


AGENDA_ITEM = """
      <li id="agenda-{}">
        <strong>{}</strong>{}
        {}
        {}
      </li>"""


@register.simple_tag
def agenda_items(items):
    """The ``<li>`` of each agenda item (``Proceedings.agenda``): its title, its presenter
    linked, its summary and the policies it discussed with their status as printed."""

    def fields(item):
        presenter = ""
        if item.presenter:
            presenter = format_html(
                ' · <a href="{}">{}</a>',
                item.presenter.get_absolute_url(),
                shown_filter(item.presenter, "display_name"),
            )
        policies = item.policies
        listed = ""
        if policies:
            listed = format_html(
                '<ul class="policy-items">{}</ul>',
                format_html_join(
                    "",
                    '<li><a href="{}">{}</a> <span class="status">({})</span></li>',
                    (
                        (
                            policy.get_absolute_url(),
                            shown_filter(policy, "name"),
                            shown_filter(policy, "status_note") or policy.get_status_display(),
                        )
                        for policy in policies
                    ),
                ),
            )
        summary = shown_filter(item, "summary")
        summary = format_html("<p>{}</p>", summary) if summary else ""
        return item.position, shown_filter(item, "title"), presenter, summary, listed

    return format_html_join("", AGENDA_ITEM, (fields(item) for item in items))
