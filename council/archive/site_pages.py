"""The site's own pages (about, how to cite…) as every public page links them."""

from dataclasses import dataclass

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
