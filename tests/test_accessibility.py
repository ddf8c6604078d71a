"""axe-core, injected into every page type in Chromium, finds no violations."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parent.parent / "node_modules/axe-core/axe.min.js"


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core goes into the page as an inline script, which the site's policy refuses.
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture(scope="module")
def axe_script():
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make test` (it runs `npm ci`)")
    return str(AXE)


def violations(page, axe_script):
    page.add_script_tag(path=axe_script)
    result = page.evaluate("async () => await axe.run()")
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}×, e.g. "
        f"{violation['nodes'][0]['html'][:120]})"
        for violation in result["violations"]
    ]


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_the_page_has_no_accessibility_violations(
    live_server, page, seed_photo, bulk_download, axe_script, url
):
    page.goto(live_server.url + url)
    assert violations(page, axe_script) == []


@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_the_alerts_form_shown_again_with_its_error_has_no_violations(
    live_server, page, seed, axe_script, prefix
):
    page.goto(f"{live_server.url}{prefix}/speakers/hwang-young-ho/")
    page.locator("#alerts-email").fill("reader@example")  # a browser's address, not a mail's
    page.locator("#get-alerts ~ form button").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert violations(page, axe_script) == []


@pytest.mark.parametrize("prefix", ["", "/ko"])
@pytest.mark.parametrize("url", ["/search/?q=AI", "/search/trends/?q=AI"], ids=["search", "trends"])
def test_the_search_and_its_trends_have_no_violations_on_a_phone(
    live_server, page, seed, axe_script, url, prefix
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}{prefix}{url}")
    assert violations(page, axe_script) == []
