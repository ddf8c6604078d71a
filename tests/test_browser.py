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
    # The admin's forms are long: on a loaded machine a screenshot of one took over Playwright's
    # default 30 s once (the photos of a meeting in Korean at 1280 px), and passed on every rerun.
    context.set_default_timeout(90_000)
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


def box(locator):
    found = locator.bounding_box()
    return found["y"], found["y"] + found["height"]


def test_on_a_phone_the_first_result_is_on_the_first_screen_and_the_filters_fold(
    live_server, browser, seed
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/search/?q=AI")
    results = page.locator("article.result")
    expect(results.first).to_be_visible()
    assert box(results.first)[0] < PHONE["height"]
    expect(page.get_by_label("Institution")).to_be_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "search-phone.png")

    # Each attribution sits nearer its own quote than the next result's.
    for i in range(results.count() - 1):
        quote = box(results.nth(i).locator("blockquote"))
        attribution = box(results.nth(i).locator(".meta"))
        following = box(results.nth(i + 1).locator("blockquote"))
        assert attribution[0] - quote[1] < following[0] - attribution[1]

    # One control, without script, unfolds the filters, whose fields are of one height.
    page.get_by_text("Filters", exact=True).click()
    expect(page.get_by_label("Institution")).to_be_visible()
    heights = {
        name: page.get_by_label(name, exact=True).bounding_box()["height"]
        for name in ("Words", "Speaker", "Institution", "Council", "Topic", "From", "To", "Order")
    }
    assert len(set(heights.values())) == 1, heights
    page.get_by_label("Order").select_option("oldest")
    page.get_by_role("button", name="Apply the filters").click()
    expect(page).to_have_url(re.compile(r"sort=oldest"))
    context.close()


@pytest.mark.parametrize("prefix", ["", "/ko"])
def test_the_trends_of_a_search_read_on_a_phone(live_server, page, seed, prefix):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}{prefix}/search/?q=AI")
    page.locator(".trends-link a").click()
    expect(page).to_have_url(re.compile(r"/search/trends/\?q=AI$"))
    chart = page.get_by_role("img", name=re.compile("2026"))
    expect(chart).to_be_visible()
    assert chart.bounding_box()["width"] <= PHONE["width"]
    expect(page.locator("table.trend-table caption")).to_contain_text("2026")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"trends-phone{prefix.replace('/', '-')}.png", full_page=True)
    page.locator(".speaker-bars a").first.click()
    expect(page).to_have_url(re.compile(r"/speakers/hwang-young-ho/$"))


def test_on_a_wide_screen_the_filters_are_shown_without_their_fold(live_server, browser, seed):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/search/?q=AI")
    expect(page.get_by_label("Institution")).to_be_visible()
    expect(page.get_by_text("Filters", exact=True)).to_be_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "search-desktop.png", full_page=True)
    context.close()


@pytest.fixture
def three_photos(seed):
    from council.records.models import Meeting, Photo

    from .factories import image_upload

    meeting = Meeting.objects.get()
    for position in (1, 2, 3):
        Photo.objects.create(
            meeting=meeting,
            position=position,
            image=image_upload(f"photo-{position}.png", size=(1200, 800)),
            caption=f"Participants of the council, seen from the back of the hall ({position})",
            credit="Courtesy of Ministry of SMEs and Startups",
            alt_text="Officials seated around a long table in a meeting room",
        )
    return meeting


ADMIN_WIDTHS = [DESKTOP, {"width": 1024, "height": 768}]

# The names of the form controls not wholly in the window (a box that clips its overflow can
# hide them without widening the page).
CONTROLS_CUT_OFF = """() => [...document.querySelectorAll(
    "#content :is(input, select, textarea, button, .select2):not([type=hidden])")]
  .filter(control => control.offsetParent !== null)
  .filter(control => control.getBoundingClientRect().right > window.innerWidth)
  .map(control => control.name || control.className)"""


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("viewport", ADMIN_WIDTHS, ids=["1280", "1024"])
def test_the_admin_meeting_form_with_three_photos_fits_the_window(
    live_server, browser, three_photos, viewport, language
):
    page = signed_in_page(browser, live_server, "alice")
    page.set_viewport_size(viewport)
    prefix = "" if language == "en" else "/ko"
    page.goto(f"{live_server.url}{prefix}/admin/records/meeting/{three_photos.pk}/change/")
    ARTIFACTS.mkdir(exist_ok=True)
    name = f"admin-meeting-{viewport['width']}-{language}"
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], f"the form is {width}px wide"
    assert page.evaluate(CONTROLS_CUT_OFF) == []
    page.locator("#photos-group").screenshot(path=ARTIFACTS / f"{name}-photos.png")
    fields = page.locator(
        "#photos-group .inline-related:not(.empty-form)"
        " :is(input, textarea, select, img):not([type=hidden])"
    )
    # Each photo's thumbnail, file, position, caption, credit, alt text (each of these three in
    # English and Korean) and Delete box.
    assert fields.count() == 3 * 10
    for index in range(fields.count()):
        box = fields.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (
            fields.nth(index).get_attribute("name"),
            box,
        )


# The rows of two fields (a text and its Korean twin) whose two boxes are not on one line, or
# not wholly in the window, each named by its fields.
PAIRS_APART = """() => [...document.querySelectorAll("#content .form-multiline")]
  .filter(row => row.offsetParent !== null)
  .map(row => [row, [...row.children].map(field => [...field.querySelectorAll(
      ":is(input, textarea, select, .select2, .readonly, img):not([type=hidden])")]
    .find(control => control.offsetWidth > 1).getBoundingClientRect())])
  .filter(([row, boxes]) => Math.abs(boxes[0].top - boxes[1].top) > 4
          || boxes.some(box => box.left < 0 || box.right > window.innerWidth))
  .map(([row, boxes]) => row.parentElement.className + JSON.stringify(boxes))"""


# Each form with rows of two fields, and the number of those rows it shows at least.
PAIRED_FORMS = {
    "records/meeting": 20,
    "records/person": 3,
    "records/institution": 4,
    "records/council": 3,
    "records/policyitem": 3,
    "taggit/tag": 1,
}


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("viewport", ADMIN_WIDTHS, ids=["1280", "1024"])
@pytest.mark.parametrize("form", PAIRED_FORMS)
def test_the_admin_shows_each_english_text_beside_its_korean_twin(
    live_server, browser, three_photos, form, viewport, language
):
    page = signed_in_page(browser, live_server, "alice")
    page.set_viewport_size(viewport)
    prefix = "" if language == "en" else "/ko"
    from django.apps import apps

    record = apps.get_model(*form.split("/")).objects.order_by("pk").first()
    page.goto(f"{live_server.url}{prefix}/admin/{form}/{record.pk}/change/")
    ARTIFACTS.mkdir(exist_ok=True)
    name = f"admin-{form.replace('/', '-')}-pairs-{viewport['width']}-{language}"
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    assert page.locator("#content .form-multiline:visible").count() >= PAIRED_FORMS[form]
    apart = page.evaluate(PAIRS_APART)
    assert apart == [], "\n".join(apart)


ADMIN_PAGES = {
    "index": "/admin/",
    "meeting-list": "/admin/records/meeting/",
    "appointment-list": "/admin/records/appointment/",
    "person": "/admin/records/person/1/change/",
    "topic-list": "/admin/taggit/tag/",
}


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("viewport", ADMIN_WIDTHS, ids=["1280", "1024"])
def test_the_admin_pages_fit_the_window(live_server, browser, seed, viewport, language):
    page = signed_in_page(browser, live_server, "alice")
    page.set_viewport_size(viewport)
    prefix = "" if language == "en" else "/ko"
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in ADMIN_PAGES.items():
        page.goto(f"{live_server.url}{prefix}{path}")
        page.screenshot(
            path=ARTIFACTS / f"admin-{name}-{viewport['width']}-{language}.png", full_page=True
        )
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} is {width}px wide"
        assert page.evaluate(CONTROLS_CUT_OFF) == [], path
    # The meeting list: its titles not squeezed, its last column (Remarks) in view.
    page.goto(f"{live_server.url}{prefix}{ADMIN_PAGES['meeting-list']}")
    title = page.locator("#result_list th.column-title").bounding_box()
    remarks = page.locator("#result_list th.column-remark_count").bounding_box()
    results = page.locator(".results").bounding_box()
    assert title["width"] >= 200
    assert remarks["x"] + remarks["width"] <= results["x"] + results["width"]


def test_a_publisher_publishes_a_draft_from_its_preview_in_the_admin(live_server, browser, seed):
    from council.records.models import Meeting

    Meeting.objects.all().unpublish()
    page = signed_in_page(browser, live_server, "alice")
    page.goto(live_server.url + SEED_MEETING)
    banner = page.get_by_role("status").filter(has_text="Draft preview")
    expect(banner.get_by_role("link", name="Edit this meeting")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "draft-preview-banner.png")

    banner.get_by_role("button", name="Publish this meeting").click()
    expect(page.locator(".messagelist")).to_contain_text("1 meeting published.")
    assert Meeting.objects.get().is_published


# Words no line may break at a space: a 200-character word, a long address, a Korean run.
LONG_WORD = "Supercalifragilistic" * 10
LONG_KOREAN = "중소벤처기업인공지능활용촉진" * 14
LONG_URL = "https://www.mss.go.kr/" + "press-release-" * 14 + "?id=" + "7" * 40


@pytest.fixture
def long_words(seed_photo):
    """The seed archive with a long unbroken word in every text a page shows."""
    from taggit.models import Tag

    from council.pages.models import Page
    from council.records.models import (
        AgendaItem,
        Commitment,
        Council,
        Document,
        Institution,
        Meeting,
        Person,
        Photo,
        PolicyItem,
        Remark,
    )

    def fill(records, **fields):
        """Each field of each record set to its long word, with the record's id (names are
        unique), as long as the field holds (PostgreSQL refuses a longer one)."""
        longest = {k: records.model._meta.get_field(k).max_length for k in fields}
        for pk in records.values_list("pk", flat=True):
            records.filter(pk=pk).update(
                **{
                    k: f"{v[: (longest[k] or len(v)) - len(str(pk))]}{pk}"
                    for k, v in fields.items()
                }
            )

    fill(
        Meeting.objects,
        title=LONG_WORD,
        title_ko=LONG_KOREAN,
        venue=LONG_WORD,
        city=LONG_WORD[:90],
        summary=f"{LONG_WORD} {LONG_URL}",
        source_title=LONG_WORD,
        source_url=LONG_URL,
    )
    fill(Person.objects, name=LONG_WORD, name_ko=LONG_KOREAN)
    fill(Remark.objects, role=LONG_WORD, role_ko=LONG_KOREAN)
    # Each remark keeps the languages it has (a text in one alone says how it was made).
    fill(Remark.objects.exclude(text=""), text=f"{LONG_WORD} {LONG_URL}")
    fill(Remark.objects.exclude(text_ko=""), text_ko=LONG_KOREAN)
    fill(Institution.objects, name=LONG_WORD, name_ko=LONG_KOREAN)
    fill(Council.objects, name=LONG_WORD, name_ko=LONG_KOREAN)
    fill(PolicyItem.objects, name=LONG_WORD, name_ko=LONG_KOREAN)
    fill(AgendaItem.objects, title=LONG_WORD, title_ko=LONG_KOREAN)
    fill(Photo.objects, caption=LONG_WORD, credit=LONG_WORD)
    fill(Document.objects, title=LONG_WORD, title_ko=LONG_KOREAN)
    fill(Commitment.objects, text=LONG_WORD)
    fill(Page.objects, title=LONG_WORD, title_ko=LONG_KOREAN, body=f"{LONG_WORD}\n\n{LONG_URL}")
    fill(Tag.objects.filter(slug="workforce-training"), name=LONG_WORD[:90])


@pytest.mark.parametrize("language", ["", "/ko"], ids=["en", "ko"])
def test_long_unbroken_words_never_make_a_phone_scroll_sideways_without_javascript(
    live_server, browser, long_words, language
):
    from .pages import PAGE_TYPES

    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    too_wide, showing = {}, []
    urls = [url for url in PAGE_TYPES.values() if not url.startswith("/ko/")]
    for url in [*urls, f"/search/?q={LONG_WORD}"]:
        page.goto(live_server.url + language + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[language + url] = width
        if LONG_WORD[:40] in page.content() or LONG_KOREAN[:20] in page.content():
            showing.append(url)
    context.close()
    assert not too_wide, too_wide
    assert SEED_MEETING in showing and len(showing) > len(urls) / 2, showing
