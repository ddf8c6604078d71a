"""Every public page runs a fixed number of SQL queries, whatever the size of the archive."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import make_archive

pytestmark = pytest.mark.django_db

PAGES = [
    "home",
    "archive",
    "year",
    "month",
    "meeting",
    "remark",
    "speakers",
    "speaker",
    "institutions",
    "institution",
    "council",
    "topic",
    "policy",
    "meeting-feed",
    "speaker-feed",
    "sitemap",
    "sitemap-remarks",
    "sitemap-topics",
]


def queries_for(client, url):
    """Queries of a page in the steady state: the first request fills per-process caches
    (content types) that every later request reuses."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_runs_the_same_queries_for_2_10_and_200_remarks(client, page):
    counts = [queries_for(client, make_archive(size, f"n{size}")[page]) for size in (2, 10, 200)]
    assert counts[0] == counts[1] == counts[2]
