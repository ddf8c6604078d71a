"""The one fast path for the site's addresses (council/records/addresses.py) gives what
``reverse()`` gives, in either language and under a script prefix."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix
from django.utils import translation

from council.records.addresses import address, addresses_of

WITHOUT_ARGUMENT = [
    "archive:home",
    "archive:meetings",
    "archive:speakers",
    "archive:institutions",
    "archive:meeting-feed",
    "archive:correction-feed",
    "search:search",
    "search:feed",
    "search:csv",
    "search:trends",
    "search:speakers",
    "alerts:alerts",
    "alerts:sent",
    "data",
]
WITH_ONE_ARGUMENT = [
    ("archive:meeting", "sme-ai-policy-council-2026-07-01"),
    ("archive:remark", 1234),
    ("archive:speaker", "hwang-young-ho"),
    ("archive:speaker-feed", "hwang-young-ho"),
    ("archive:institution", "mss"),
    ("archive:council", "sme-venture-ai-council"),
    ("archive:policy", "sme-ai-act"),
    ("archive:year", 2026),
    ("archive:topic", "인공지능"),
    ("archive:topic", "r&d+tax,credit"),
    ("archive:topic", "100%"),
    ("opendata:meeting-json", "sme-ai-policy-council-2026-07-01"),
]


@pytest.fixture(params=["en", "ko"])
def language(request):
    with translation.override(request.param):
        yield request.param


@pytest.fixture(params=["/", "/council/"])
def script_prefix(request):
    set_script_prefix(request.param)
    yield request.param
    clear_script_prefix()


@pytest.mark.parametrize("view_name", WITHOUT_ARGUMENT)
def test_an_address_without_argument_is_what_reverse_gives(view_name, language, script_prefix):
    assert address(view_name) == reverse(view_name)


@pytest.mark.parametrize("view_name, argument", WITH_ONE_ARGUMENT)
def test_an_address_with_an_argument_is_what_reverse_gives(
    view_name, argument, language, script_prefix
):
    assert address(view_name, argument) == reverse(view_name, args=[argument])


@pytest.mark.django_db
def test_the_other_languages_link_keeps_the_query(client):
    html = client.get("/speakers/?page=1&x=%ED%95%9C").content.decode()
    assert 'href="/ko/speakers/?page=1&amp;x=%ED%95%9C" hreflang="ko"' in html


@pytest.mark.django_db
def test_a_missing_pages_language_links_keep_its_address(client):
    html = client.get("/no-such-page/").content.decode()
    assert '<link rel="alternate" hreflang="ko" href="/no-such-page/">' in html


@pytest.mark.parametrize("view_name, argument", WITH_ONE_ARGUMENT)
def test_addresses_of_a_view_for_a_list_are_what_reverse_gives(
    view_name, argument, language, script_prefix
):
    assert addresses_of(view_name)(argument) == reverse(view_name, args=[argument])
