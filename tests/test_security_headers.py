"""Every response carries a Content-Security-Policy that allows no inline script or style and a
Permissions-Policy that denies the browser's powerful features; what only staff see (the admin,
previews of drafts) is marked ``private, no-store``."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User

from council.records.models import Meeting

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"
PUBLIC = ["/", MEETING, "/ko" + MEETING, "/search/?q=AI", "/remarks/1/", "/speakers/", "/data/"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}


@pytest.fixture
def staff(client):
    user = User.objects.create_user("alice", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_meeting", "change_meeting"])
    )
    client.force_login(user)
    return user


@pytest.mark.parametrize("url", [*PUBLIC, "/admin/login/"])
def test_every_page_forbids_inline_script_and_style(client, seed, url):
    policy = directives(client.get(url))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("url", PUBLIC)
def test_every_page_denies_camera_microphone_and_location(client, seed, url):
    policy = client.get(url)["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in policy


def test_no_template_holds_inline_script_or_style():
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=", re.I)
    # The site's templates and the apps' own (the importer's review among them).
    folders = [TEMPLATES, *TEMPLATES.parent.glob("council/*/templates")]
    offending = [
        str(path)
        for folder in folders
        for path in folder.rglob("*.html")
        if inline.search(path.read_text(encoding="utf-8"))
    ]
    assert len(folders) > 1 and offending == []


def test_a_staff_preview_of_a_draft_is_private_and_not_stored(client, seed, staff):
    Meeting.objects.all().unpublish()
    response = client.get(MEETING)
    assert b"Draft preview" in response.content
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_a_public_page_seen_by_staff_is_private_too(client, seed, staff):
    cache_control = client.get("/speakers/")["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_a_public_page_seen_by_the_public_may_be_stored(client, seed):
    assert "no-store" not in client.get(MEETING).get("Cache-Control", "")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/login/",
        "/admin/",
        "/admin/records/meeting/",
        "/admin/records/meeting/1/change/",
        "/admin/records/meeting/import/",
    ],
)
def test_admin_pages_are_private_and_not_stored(client, seed, editor, url):
    if url == "/admin/login/":
        client.logout()
    response = client.get(url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def policy_violations(page):
    """Chromium reports every refusal of the policy on the console."""
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return refused


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url",
    ["/", MEETING, "/search/?q=AI&speaker=hwang-young-ho", "/ko/remarks/1/"],
)
def test_public_pages_run_under_the_policy_without_a_refusal(live_server, page, seed_photo, url):
    refused = policy_violations(page)
    page.goto(live_server.url + url)
    page.wait_for_load_state("networkidle")
    assert refused == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_meeting_form_and_its_autocomplete_run_under_the_policy(
    live_server, page, seed, editor, client
):
    from django.conf import settings

    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    refused = policy_violations(page)
    page.goto(live_server.url + "/admin/records/meeting/1/change/")
    page.locator(".select2-selection").first.click()
    page.wait_for_load_state("networkidle")
    assert refused == []
