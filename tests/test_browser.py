"""What a person does on the site, in a real Chromium."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .pages import SEED_MEETING

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_a_visitor_clicks_from_the_home_page_to_hwang_young_hos_remark(live_server, page, seed):
    page.goto(live_server.url + "/")
    page.get_by_role(
        "link", name="Introducing and expanding AI at regional small and midsize corporations"
    ).first.click()

    expect(page).to_have_url(re.compile(re.escape(SEED_MEETING) + "$"))
    remark = page.locator("blockquote.remark", has_text="Hwang Young-ho").first
    expect(remark).to_contain_text(
        "Amid global AI competition, the great AI transition of small and venture corporations"
    )
    expect(remark).to_contain_text("director general for technology innovation policy")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_to_meeting_to_speaker_to_remark_and_back(live_server, page, seed_photo, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/")
    latest = page.get_by_role("region", name="Latest meetings")
    latest.get_by_role("link", name=re.compile("Introducing and expanding")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Introducing and expanding AI")
    ARTIFACTS.mkdir(exist_ok=True)
    name = "phone" if viewport is PHONE else "desktop"
    page.screenshot(path=ARTIFACTS / f"meeting-{name}.png", full_page=True)

    page.locator("#remark-5").get_by_role("link", name="Hwang Young-ho").click()
    expect(page).to_have_url(re.compile(r"/speakers/hwang-young-ho/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hwang Young-ho")
    expect(page.locator("body")).to_contain_text(
        "Director general for technology innovation policy"
    )

    page.locator("blockquote", has_text="Amid global AI competition").get_by_role(
        "link", name="Remark page"
    ).click()
    expect(page).to_have_url(re.compile(r"/remarks/\d+/$"))
    expect(page.locator("#citation")).to_have_value(re.compile("Hwang Young-ho.*Amid global AI"))

    page.get_by_role("link", name=re.compile("Next remark, by Hwang Young-ho")).click()
    expect(page.locator("blockquote")).to_contain_text("Based on the suggestions and opinions")

    page.go_back()
    page.go_back()
    expect(page).to_have_url(re.compile(r"/speakers/hwang-young-ho/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(re.escape(SEED_MEETING) + "$"))


def test_the_photo_opens_its_original_in_one_click(live_server, page, seed_photo):
    page.goto(live_server.url + SEED_MEETING)
    photo = page.get_by_role("img", name="The ministry's headquarters building")
    expect(photo).to_have_attribute("loading", "lazy")
    expect(page.locator("figure")).to_contain_text("Courtesy of Ministry of SMEs and Startups")
    photo.click()
    expect(page).to_have_url(re.compile(r"/media/photos/.+\.png$"))


def test_every_page_reads_on_a_phone_without_sideways_scrolling(live_server, page, seed_photo):
    from .pages import PAGE_TYPES

    page.set_viewport_size(PHONE)
    for url in PAGE_TYPES.values():
        page.goto(live_server.url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{url} is {width}px wide on a phone"


def test_a_visitor_picks_a_suggested_speaker_and_sees_only_his_remarks(live_server, page, seed):
    page.goto(live_server.url + "/search/")
    page.get_by_label("Words").fill("AI corporations")
    page.get_by_role("combobox", name="Speaker").press_sequentially("Hwang", delay=40)
    suggestion = page.get_by_role("option", name=re.compile("Hwang Young-ho"))
    expect(suggestion).to_be_visible()
    expect(suggestion).to_contain_text("Director general for technology innovation policy")
    suggestion.click()
    expect(page.get_by_role("combobox", name="Speaker")).to_have_value("Hwang Young-ho")
    page.get_by_role("button", name="Search").first.click()

    expect(page).to_have_url(re.compile(r"speaker=hwang-young-ho"))
    expect(page.get_by_role("heading", name="2 remarks")).to_be_visible()
    results = page.locator("article.result")
    expect(results).to_have_count(2)
    for i in range(2):
        expect(results.nth(i)).to_contain_text("Hwang Young-ho")
    expect(page.locator("article.result mark").first).to_have_text(
        re.compile("AI|corporations", re.I)
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "search.png", full_page=True)


@pytest.mark.parametrize("javascript", [False], ids=["no-javascript"])
def test_the_speaker_filter_works_without_javascript(live_server, browser, seed, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server.url + "/search/")
    page.get_by_label("Speaker").fill("hwang young-ho")
    page.get_by_label("Words").press("Enter")
    expect(page.get_by_role("heading", name="2 remarks")).to_be_visible()
    context.close()


def test_an_editor_reviews_an_import_on_a_laptop_and_a_double_click_makes_one_draft(
    live_server, page, client, editor
):
    from django.conf import settings

    from council.records.models import Meeting

    from .factories import SEED_ARTICLE

    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/admin/records/meeting/import/")
    page.get_by_label("Article text").fill(SEED_ARTICLE.read_text(encoding="utf-8"))
    page.get_by_label("Published on").fill("2026-07-01")
    page.get_by_role("button", name="Find the meeting in the text").click()

    confirm = page.get_by_role("button", name="Create the draft meeting")
    expect(confirm).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= DESKTOP["width"], f"the review is {width}px wide on a laptop"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "import-review-desktop.png", full_page=True)

    confirm.dblclick()
    expect(page.locator(".messagelist")).to_contain_text("draft meeting")
    assert Meeting.objects.count() == 1


def signed_in_page(browser, live_server, username):
    """A browser window of its own, signed in as a member of staff who may publish."""
    from django.contrib.auth.models import Group, User
    from django.test import Client

    user = User.objects.create_user(username, password="unused", is_staff=True)
    user.groups.set([Group.objects.get(name="Publisher")])
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=DESKTOP)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()


def test_two_editors_in_two_browsers_and_neither_loses_their_work(live_server, browser, seed):
    from council.records.models import Meeting

    meeting = Meeting.objects.get()
    url = f"{live_server.url}/admin/records/meeting/{meeting.pk}/change/"
    alice, bob = (signed_in_page(browser, live_server, name) for name in ("alice", "bob"))
    alice.goto(url)
    bob.goto(url)

    # Bob returns the meeting to draft and saves; Alice, on the page she opened before, fixes
    # the city and saves.
    bob.get_by_label("Status").select_option("draft")
    bob.get_by_role("button", name="Save", exact=True).click()
    expect(bob.locator(".messagelist")).to_contain_text("was changed successfully")
    alice.locator("#id_city").fill("Cheongju-si")
    alice.get_by_role("button", name="Save", exact=True).click()

    errors = alice.locator("ul.errorlist.nonfield").first
    expect(errors).to_contain_text("was changed by another editor after you opened it")
    expect(errors).to_contain_text(re.compile(r"bob: Changed .*Status"))
    expect(errors).to_contain_text("Status is now “Draft”; your form says “Published”.")
    expect(alice.locator("#id_city")).to_have_value("Cheongju-si")
    ARTIFACTS.mkdir(exist_ok=True)
    alice.screenshot(path=ARTIFACTS / "stale-edit-refused.png", full_page=True)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.city) == (Meeting.Status.DRAFT, "Cheongju")

    # Having read what Bob did, she keeps his draft status and saves her fix.
    alice.get_by_label("Status").select_option("draft")
    alice.get_by_role("button", name="Save", exact=True).click()
    expect(alice.locator(".messagelist")).to_contain_text("was changed successfully")
    meeting.refresh_from_db()
    assert (meeting.status, meeting.city) == (Meeting.Status.DRAFT, "Cheongju-si")


def test_two_editors_rename_one_topic_and_neither_loses_their_work(live_server, browser):
    from taggit.models import Tag

    topic = Tag.objects.create(name="AI", slug="ai")
    url = f"{live_server.url}/admin/taggit/tag/{topic.pk}/change/"
    alice, bob = (signed_in_page(browser, live_server, name) for name in ("alice", "bob"))
    alice.goto(url)
    bob.goto(url)

    bob.locator("#id_name").fill("Artificial intelligence")
    bob.get_by_role("button", name="Save", exact=True).click()
    expect(bob.locator(".messagelist")).to_contain_text("was changed successfully")
    alice.locator("#id_name").fill("AI policy")
    alice.get_by_role("button", name="Save", exact=True).click()

    errors = alice.locator("ul.errorlist.nonfield").first
    expect(errors).to_contain_text("was changed by another editor after you opened it")
    expect(errors).to_contain_text("Name was “AI” and is now “Artificial intelligence”.")
    expect(alice.locator("#id_name")).to_have_value("AI policy")
    topic.refresh_from_db()
    assert topic.name == "Artificial intelligence"

    # Having read Bob's rename, she saves hers over it.
    alice.get_by_role("button", name="Save", exact=True).click()
    expect(alice.locator(".messagelist")).to_contain_text("was changed successfully")
    topic.refresh_from_db()
    assert topic.name == "AI policy"


def test_the_citation_and_the_embed_code_are_copied_with_one_click(live_server, page, seed):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/remarks/5/")
    for button, field in (("Copy the citation", "#citation"), ("Copy the HTML", "#embed-code")):
        page.get_by_role("button", name=button).click()
        expect(page.get_by_role("status").filter(has_text="Copied.")).to_have_count(1)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == page.locator(field).input_value()
        page.reload()
    assert copied.startswith("<blockquote cite=")


def test_without_script_the_citation_is_still_there_to_select(live_server, browser, seed):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/remarks/5/")
    expect(page.get_by_role("button", name="Copy the citation")).to_have_count(0)
    citation = page.get_by_label("Citation, to select and copy")
    expect(citation).to_have_value(re.compile(r"economic leap\.” SME and venture AI"))
    context.close()
