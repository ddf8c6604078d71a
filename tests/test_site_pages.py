"""The site's own pages (about, how to cite, the data licence, contact and any staff add):
written in the admin in both languages, listed in every page's footer or menu as soon as they
are published, never shown as drafts, and never able to carry a script (issue 17)."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from playwright.sync_api import expect

from council.pages.models import Page

from .admin_forms import read_form
from .factories import make_archive, make_page

pytestmark = pytest.mark.django_db

ADD = "/admin/pages/page/add/"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(autouse=True)
def no_site_pages_yet(db):
    """Each test writes the pages it reads: those the migrations ship are in a database made by
    migrating, not in one flushed by a test before."""
    Page.objects.all().delete()


def staff(client, name, *roles):
    user = User.objects.create_user(name, password="unused", is_staff=True)
    user.groups.set(Group.objects.filter(name__in=roles))
    client.force_login(user)
    return user


def change_url(page):
    return f"/admin/pages/page/{page.pk}/change/"


def footer(client, url="/"):
    """The footer's links to site pages, as ``[(text, address)]``."""
    html = client.get(url).content.decode()
    listed = re.search(r'<ul class="footer-pages">(.*?)</ul>', html, re.S)
    if listed is None:
        return []
    links = re.findall(r'<a href="([^"]+)">(.*?)</a>', listed.group(1), re.S)
    return [(re.sub(r"<[^>]+>", "", text).strip(), href) for href, text in links]


def add_page(client, **fields):
    form = read_form(client.get(ADD), "page_form")
    form.update({name: [value] for name, value in fields.items()})
    return client.post(ADD, form)


FOUR = [
    ("about", "About this archive", "아카이브 소개", "What the archive is.", "아카이브란."),
    ("how-to-cite", "How to cite", "인용 방법", "Cite a remark.", "발언 인용."),
    ("licence", "Data licence", "데이터 이용 허락", "The licence.", "이용 허락."),
    ("contact", "Contact", "문의", "Write to us.", "문의하세요."),
]


def test_staff_add_the_four_pages_in_both_languages_and_every_footer_lists_them(client):
    staff(client, "pat", "Publisher")
    make_archive(2, "footer")
    for order, (slug, title, title_ko, body, body_ko) in enumerate(FOUR, start=1):
        response = add_page(
            client,
            slug=slug,
            title=title,
            title_ko=title_ko,
            body=body,
            body_ko=body_ko,
            order=str(order),
            status="published",
        )
        assert response.status_code == 302, response.content.decode()
    client.logout()

    expected = [(title, f"/pages/{slug}/") for slug, title, *_ in FOUR]
    for url in ("/", "/meetings/", "/speakers/", "/search/", "/data/", "/pages/about/"):
        assert footer(client, url) == expected, url
    assert footer(client, "/ko/") == [(ko, f"/ko/pages/{slug}/") for slug, _, ko, *_ in FOUR]
    assert "문의하세요." in client.get("/ko/pages/contact/").content.decode()


def test_staff_edit_a_page_in_both_languages_and_it_shows_at_once(client):
    page = make_page(slug="about", title="About", title_ko="소개", body="Old.", body_ko="옛 글.")
    staff(client, "pat", "Editor")
    assert footer(client) == [("About", "/pages/about/")]  # kept for this version

    form = read_form(client.get(change_url(page)), "page_form")
    form.update(
        title=["About the archive"],
        title_ko=["아카이브 소개"],
        body=["The archive keeps **every** remark."],
        body_ko=["아카이브는 **모든** 발언을 보관합니다."],
    )
    assert client.post(change_url(page), form).status_code == 302
    client.logout()

    assert footer(client) == [("About the archive", "/pages/about/")]
    assert footer(client, "/ko/") == [("아카이브 소개", "/ko/pages/about/")]
    assert (
        "The archive keeps <strong>every</strong> remark."
        in client.get("/pages/about/").content.decode()
    )
    korean = client.get("/ko/pages/about/").content.decode()
    assert "아카이브는 <strong>모든</strong> 발언을 보관합니다." in korean


def test_the_admin_shows_both_languages_side_by_side_in_korean(client):
    staff(client, "pat", "Publisher")
    html = client.get("/ko/admin/pages/page/add/").content.decode()
    assert '<div class="form-row field-title field-title_ko">' in html
    assert '<div class="form-row field-body field-body_ko">' in html
    for label in (
        "제목(영어)",
        "제목(한국어)",
        "본문(영어)",
        "본문(한국어)",
        "표시 위치",
        "사이트 페이지 추가",
    ):
        assert label in html, label


def test_a_page_needs_a_title_and_a_text_in_one_language_at_least(client):
    staff(client, "pat", "Publisher")
    response = add_page(client, slug="empty", body_ko="본문만 있습니다.")
    assert response.status_code == 200
    assert "Give the page a title in English, in Korean or both." in response.content.decode()
    assert add_page(client, slug="korean", title_ko="한국어만", body_ko="본문.").status_code == 302


def test_an_editor_writes_a_draft_and_cannot_publish_it(client):
    staff(client, "erin", "Editor")
    form = read_form(client.get(ADD), "page_form")
    assert "status" not in form  # shown, not editable
    form.update(slug=["news"], title=["News"], body=["Text."], status=["published"])
    assert client.post(ADD, form).status_code == 302
    page = Page.objects.get(slug="news")
    assert page.status == Page.Status.DRAFT

    form = read_form(client.get(change_url(page)), "page_form")
    client.post(change_url(page), {**form, "status": ["published"]})
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT


def test_a_publisher_publishes_a_draft_and_it_appears_in_the_footer_at_once(client):
    page = make_page(slug="news", title="News", status=Page.Status.DRAFT)
    reader = Client()
    assert ("News", "/pages/news/") not in footer(reader)
    staff(client, "pat", "Publisher")
    form = read_form(client.get(change_url(page)), "page_form")
    assert client.post(change_url(page), {**form, "status": ["published"]}).status_code == 302
    assert ("News", "/pages/news/") in footer(reader)
    assert reader.get("/pages/news/").status_code == 200


def test_a_draft_is_invisible_to_the_public_and_previewed_by_staff(client):
    draft = make_page(slug="draft-page", title="Not yet", status=Page.Status.DRAFT)
    make_page(slug="unlisted", title="Unlisted", place=Page.Place.NOWHERE)
    for url in ("/pages/draft-page/", "/ko/pages/draft-page/"):
        assert client.get(url).status_code == 404
    assert "Not yet" not in client.get("/").content.decode()
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert "/pages/draft-page/" not in sitemap
    assert "/pages/unlisted/" in sitemap  # published, though in no footer

    staff(client, "erin", "Editor")
    preview = client.get("/pages/draft-page/").content.decode()
    assert "Draft preview: only staff can see this page until it is published." in preview
    assert f'href="/admin/pages/page/{draft.pk}/change/"' in preview
    assert "Not yet" not in footer(client)  # the footer lists what the public sees


HOSTILE = """\
# Safe

- a [link](https://example.org/x) and [mail](mailto:staff@example.org)

> quoted `code`

| a | b |
|---|---|
| 1 | 2 |

[click](javascript:alert('md'))
<a href="javascript:alert('html')" onclick="alert('attr')">raw link</a>
<script>alert('script')</script>
<style>body { display: none }</style>
<iframe src="https://evil.example"></iframe>
<img src="x" onerror="alert('img')">
<p style="position: fixed" onmouseover="alert('hover')">styled</p>
"""


def test_markdown_with_hostile_html_is_cleaned(client):
    make_page(slug="hostile", body=HOSTILE, body_ko=HOSTILE)
    html = client.get("/pages/hostile/").content.decode()
    text = html.split('<div class="page-text"', 1)[1].split("</article>", 1)[0]

    for kept in (
        "<h2>Safe</h2>",
        '<a href="https://example.org/x">link</a>',
        '<a href="mailto:staff@example.org">mail</a>',
        "<blockquote>",
        "<code>code</code>",
        "<table>",
        "<td>1</td>",
        "<li>",
    ):
        assert kept in text, kept
    for removed in (
        'href="javascript',
        "<script",
        "alert('script')",
        "<style",
        "display: none",
        "<iframe",
        "<img",
        "onclick",
        "onerror",
        "onmouseover",
        "style=",
    ):
        assert removed not in text, removed
    assert "<a>raw link</a>" in text and "<p>styled</p>" in text  # the words stay
    assert "[click](javascript:alert('md'))" in text  # no link: shown as typed


def test_a_stale_edit_is_refused_saying_what_changed(client):
    page = make_page(slug="about", title="About", body="First text.")
    staff(client, "alice", "Editor")
    bob = Client()
    staff(bob, "bob", "Editor")
    alices_form = read_form(client.get(change_url(page)), "page_form")
    bobs_form = read_form(bob.get(change_url(page)), "page_form")

    assert bob.post(change_url(page), {**bobs_form, "body": ["Bob's text."]}).status_code == 302
    refused = client.post(change_url(page), {**alices_form, "title": ["About us"]})

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "was changed by another editor after you opened it; your changes are not saved." in html
    assert "bob: Changed Text (English)" in html
    assert 'value="About us"' in html  # her input is kept
    page.refresh_from_db()
    assert (page.title, page.body) == ("About", "Bob's text.")


def test_a_korean_reader_reads_english_where_no_korean_is_written_marked_so(client):
    make_page(slug="guide", title="Guide", title_ko="", body="In English.", body_ko="")
    html = client.get("/ko/pages/guide/").content.decode()
    assert '<h1><span lang="en">Guide</span> <span class="language-tag">영어</span></h1>' in html
    assert "이 페이지는 영어로만 쓰여 있습니다." in html
    assert re.search(r'<div class="page-text" lang="en">\s*<p>In English.</p>', html)
    assert (
        '<a href="/ko/pages/guide/"><span lang="en">Guide</span> <span class="language-tag">영어</span></a>'
        in html
    )
    english = client.get("/pages/guide/").content.decode()
    assert "<h1>Guide</h1>" in english and 'lang="en"' not in english.split("<body>", 1)[1]


def test_the_open_data_page_links_the_licence_once_it_is_published(client):
    licence = make_page(slug="licence", title="Data licence", status=Page.Status.DRAFT)
    assert "/pages/licence/" not in client.get("/data/").content.decode()
    assert "Licence: to be set by the ministry." in client.get("/data/").content.decode()
    licence.status = Page.Status.PUBLISHED
    licence.save()
    assert '<a href="/pages/licence/">Data licence</a>' in client.get("/data/").content.decode()
    assert '<a href="/ko/pages/licence/">' in client.get("/ko/data/").content.decode()


def test_a_page_whose_address_changed_redirects_from_the_old_one(client):
    page = make_page(slug="about-us")
    page.slug = "about"
    page.save()
    response = client.get("/pages/about-us/")
    assert (response.status_code, response["Location"]) == (301, "/pages/about/")


@pytest.mark.parametrize("url", ["/pages/about-the-data/", "/ko/pages/about-the-data/"])
def test_a_site_page_runs_two_queries_and_no_page_pays_for_its_footer(client, url):
    make_archive(2, "counted")
    make_page(slug="about-the-data")
    client.get(url)

    def queries(address):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        return len(captured)

    assert queries(url) == 2  # the revision stamp and the page; the footer is kept
    client.get("/")  # what the home page keeps, kept
    home = queries("/")
    for _ in range(5):
        make_page()
    client.get("/")  # the new version's list kept
    assert queries("/") == home == 3


@pytest.mark.django_db(transaction=True)
def test_the_four_first_pages_and_the_roles_permissions_ship_with_the_database():
    call_command("migrate", "pages", "0001", verbosity=0)
    assert not Page.objects.exists()
    call_command("migrate", verbosity=0)

    pages = {page.slug: page for page in Page.objects.all()}
    assert list(pages) == ["about", "how-to-cite", "licence", "contact"]
    for page in pages.values():
        assert page.title and page.title_ko and page.body and page.body_ko
    published = {slug for slug, page in pages.items() if page.is_published}
    assert published == {"about", "how-to-cite"}  # the others wait for what only staff know
    assert "[Staff: before publishing this page" in pages["licence"].body
    assert "[Staff: before publishing this page" in pages["contact"].body
    editor, publisher = Group.objects.get(name="Editor"), Group.objects.get(name="Publisher")
    assert editor.permissions.filter(codename="change_page").exists()
    assert not editor.permissions.filter(codename="publish_page").exists()
    assert publisher.permissions.filter(codename="publish_page").exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_staff_write_a_page_in_both_languages_in_chromium_and_readers_find_it(live_server, page):
    User.objects.create_user("pat", password="a long pass phrase", is_staff=True).groups.set(
        [Group.objects.get(name="Publisher")]
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/admin/login/?next=/admin/pages/page/add/")
    page.get_by_label("Username").fill("pat")
    page.get_by_label("Password").fill("a long pass phrase")
    page.get_by_role("button", name="Log in").click()

    page.get_by_label("Title (English)").fill("About this archive")
    page.get_by_label("Title (Korean)").fill("아카이브 소개")
    page.get_by_label("Text (English)").fill("The archive keeps **every** remark.")
    page.get_by_label("Text (Korean)").fill("아카이브는 **모든** 발언을 보관합니다.")
    expect(page.get_by_label("Address")).to_have_value("about-this-archive")
    page.get_by_label("Status").select_option("published")
    english, korean = page.get_by_label("Text (English)"), page.get_by_label("Text (Korean)")
    assert english.bounding_box()["y"] == korean.bounding_box()["y"]  # side by side
    assert korean.bounding_box()["x"] + korean.bounding_box()["width"] <= 1280
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "admin-site-page-1280.png", full_page=True)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.goto(live_server.url + "/ko/")
    page.get_by_role("navigation", name="아카이브 정보").get_by_role(
        "link", name="아카이브 소개"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("아카이브 소개")
    expect(page.locator(".page-text strong")).to_have_text("모든")
    page.screenshot(path=ARTIFACTS / "site-page-ko-1280.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=ARTIFACTS / "site-page-ko-390.png", full_page=True)
