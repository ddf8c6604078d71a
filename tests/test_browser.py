"""What a person does on the site, in a real Chromium."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def test_a_visitor_clicks_from_the_home_page_to_hwang_young_hos_remark(live_server, page, seed):
    page.goto(live_server.url + "/")
    page.get_by_role(
        "link", name="Introducing and expanding AI at regional small and midsize corporations"
    ).click()

    expect(page).to_have_url(
        re.compile(r"/meetings/introducing-and-expanding-ai-at-regional-smes/$")
    )
    remark = page.locator("blockquote.remark", has_text="Hwang Young-ho").first
    expect(remark).to_contain_text(
        "Amid global AI competition, the great AI transition of small and venture corporations"
    )
    expect(remark).to_contain_text("director general for technology innovation policy")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "seed-meeting-desktop.png", full_page=True)
