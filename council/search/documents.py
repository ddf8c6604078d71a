"""The text of documents presented at published meetings, searched beside the remarks: the
pages that hold the words, each shown as document text with its page number."""

from django.db import connection

from council.archive.caching import kept_for_records
from council.records.models import DocumentPage

from .backends import PostgresSearch, SqliteSearch, combine
from .fts import DOCUMENT_PAGES
from .query import highlight, marked_pattern

# A search shows the first pages found, the newest meetings' first.
DOCUMENT_RESULTS = 20
# Filters of what only remarks have: a search with one shows no document text.
REMARK_FILTERS = ("speaker", "institution", "topic")


def document_results(cleaned, terms):
    """``[(page, snippet)]`` for a valid search's cleaned data and terms (``query.parse``)."""
    if not terms or any(cleaned.get(name) for name in REMARK_FILTERS):
        return []
    # Known until the records change: most archives have no documents, and their searches
    # then pay no query for them, nor the building of one.
    if not kept_for_records("published-document-pages", published_pages_exist):
        return []
    pages = DocumentPage.objects.published()
    if cleaned.get("council"):
        pages = pages.filter(document__meeting__council=cleaned["council"])
    if cleaned.get("from"):
        pages = pages.filter(document__meeting__date__gte=cleaned["from"])
    if cleaned.get("to"):
        pages = pages.filter(document__meeting__date__lte=cleaned["to"])
    found = (
        matching(pages, terms)
        .select_related("document__meeting")
        .only(
            "number",
            "text",
            "document__title",
            "document__title_ko",
            "document__file",
            "document__kind",
            "document__meeting__title",
            "document__meeting__title_ko",
            "document__meeting__slug",
            "document__meeting__date",
        )
        .order_by("-document__meeting__date", "document_id", "number")[:DOCUMENT_RESULTS]
    )
    pattern = marked_pattern(terms)
    return [(page, highlight(page.text, pattern)) for page in found]


def published_pages_exist():
    return DocumentPage.objects.published().exists()


def matching(pages, terms):
    """The pages that hold every term (and none excluded), as remarks are matched."""
    if connection.vendor == "postgresql":
        search = PostgresSearch()
        query = combine(
            ~part if term.excluded else part
            for term in terms
            if (part := search.term_query(term)) is not None
        )
        return pages.none() if query is None else pages.filter(search_vector=query)
    return SqliteSearch(DOCUMENT_PAGES).match(pages, terms).remarks
