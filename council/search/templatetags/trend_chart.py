"""The trends page's chart, drawn here as SVG: no script, and readable by a screen reader by
its title and description (its numbers are in the table beside it)."""

from urllib.parse import urlencode

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext

register = template.Library()

# In the SVG's own units, which scale with the width it is given.
SLOT, BAR, TOP, BASELINE, HEIGHT = 44, 30, 30, 190, 222

CHART = """<svg class="trend-chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" \
role="img" aria-labelledby="trend-title trend-description">
  <title id="trend-title">{title}</title>
  <desc id="trend-description">{description}</desc>
  <line x1="0" y1="{baseline}" x2="{width}" y2="{baseline}" class="axis"/>{bars}
</svg>"""

BAR_SVG = """
  <rect x="{}" y="{}" width="{}" height="{}"/>
  <text x="{}" y="{}" class="count">{}</text>
  <text x="{}" y="{}" class="period">{}</text>"""


@register.simple_tag
def trend_title(trends):
    """What the chart and the table beside it show, as their title and caption."""
    if trends.by_month and trends.periods:
        return gettext("Remarks per month, %(year)s") % {"year": trends.periods[0].start.year}
    return gettext("Remarks per year")


@register.simple_tag
def trend_chart(trends):
    """Each period a bar, its count above and its name below, in proportion to the peak."""
    peak = trends.peak.count or 1
    width = len(trends.periods) * SLOT
    tallest = BASELINE - TOP

    def bar(i, period):
        middle = i * SLOT + SLOT // 2
        height = round(tallest * period.count / peak)
        return (
            middle - BAR // 2,
            BASELINE - height,
            BAR,
            height,
            middle,
            BASELINE - height - 8,
            period.count,
            middle,
            BASELINE + 24,
            period.short,
        )

    first, last = trends.periods[0], trends.periods[-1]
    description = ngettext(
        "%(total)s remark from %(first)s to %(last)s; the most, %(count)s, in %(peak)s.",
        "%(total)s remarks from %(first)s to %(last)s; the most, %(count)s, in %(peak)s.",
        trends.total,
    ) % {
        "total": trends.total,
        "first": first.label,
        "last": last.label,
        "count": trends.peak.count,
        "peak": trends.peak.label,
    }
    return format_html(
        CHART,
        width=width,
        height=HEIGHT,
        baseline=BASELINE,
        title=trend_title(trends),
        description=description,
        bars=format_html_join("", BAR_SVG, (bar(i, p) for i, p in enumerate(trends.periods))),
    )


@register.simple_tag(takes_context=True)
def period_query(context, period):
    """The current search limited to ``period``'s dates, as a query string."""
    query = {key: values for key, values in context["request"].GET.lists() if key != "page"}
    query["from"], query["to"] = [period.start.isoformat()], [period.end.isoformat()]
    return urlencode(query, doseq=True)
