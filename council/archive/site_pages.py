"""The site's own pages (about, how to cite…) as every public page links them."""

from dataclasses import dataclass
from typing import NamedTuple

from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.translation import get_language

from council.pages.models import Page

from .caching import kept_for_records


@dataclass(frozen=True)
class PublishedPages:
    every: list  # for the sitemap, the unlisted ones too
    footer: list
    menu: list


def published_pages():
    """The published pages, those listed in the footer and menu in their order: read once per
    version of the records (a change to a page stamps it as a change to a record does), so
    that no page gains a query for its footer, and held in the process's memory, as every
    page asks for them (the same for every language and audience)."""
    pages = kept_for_records(
        "published-pages",
        lambda: list(
            Page.objects.published()
            .order_by("order", "pk")
            .only("slug", "title", "title_ko", "place", "updated_at")
        ),
    )
    return PublishedPages(
        every=pages,
        footer=[page for page in pages if page.place == Page.Place.FOOTER],
        menu=[page for page in pages if page.place == Page.Place.MENU],
    )


class SiteFrame(NamedTuple):
    """What every page in a language shows around its own content, drawn from templates."""

    menu: str  # the main menu's links, all but the other language's (the page's own address)
    footer: str


def site_frame():
    """The main menu's links and the footer (``SiteFrame``), drawn once per version of the
    records, language and script prefix, and held in memory: the same on every page, where
    drawing them took a third of the base template's work on each."""
    language, prefix = get_language(), get_script_prefix()

    def draw():
        context = {"listed": published_pages()}
        return SiteFrame(
            menu=render_to_string("archive/site_menu.html", context),
            footer=render_to_string("archive/site_footer.html", context),
        )

    return kept_for_records(f"site-frame|{language}|{prefix}", draw)
