import os
import shutil

import pytest
from django.core.cache import cache
from django.core.management import call_command

# Playwright runs an event loop in the test's thread; Django's ORM calls made from the same test
# are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def empty_cache(settings):
    """Each test starts with an empty cache, as its database starts empty, and pages are not
    cached unless the test says so (query counts would measure the cache)."""
    cache.clear()
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def revision_by_query(settings):
    """The revision stamp is read by query: a test's transaction never commits, so a worker
    listening for PostgreSQL's notification would never hear of its changes
    (tests/test_revision_watch.py listens, in tests that commit)."""
    settings.REVISION_WATCH = False


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads land in a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client, db):
    """A member of ministry staff who may edit records, but is not a superuser (signed in)."""
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("alice", password="unused", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="records"))
    client.force_login(user)
    return user


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


@pytest.fixture
def seed_photo(seed):
    """The seed meeting with a photo and remarks in both languages (``pages.TRANSLATED_REMARK``
    spoken in Korean and translated, one in Korean alone), so that pages show every kind of
    content. The seed's own remarks are English machine translations."""
    from council.records.models import Meeting, Photo, Remark

    from .factories import image_upload
    from .pages import TRANSLATED_REMARK

    meeting = Meeting.objects.get()
    official = {"meeting": meeting, "role": "an official of the MSS", "spoken_language": "ko"}
    Remark.objects.create(
        pk=TRANSLATED_REMARK,
        position=7,
        text_ko="지역 기업의 인공지능 도입을 돕겠습니다.",
        text="We will help regional corporations adopt AI.",
        provenance="human",
        translated_by="Ministry of SMEs and Startups",
        **official,
    )
    Remark.objects.create(position=8, text_ko="현장의 목소리를 듣겠습니다.", **official)
    return Photo.objects.create(
        meeting=meeting,
        image=image_upload("hq.png", size=(1200, 800)),
        caption="A view of the Ministry of SMEs and Startups headquarters",
        credit="Courtesy of Ministry of SMEs and Startups",
        alt_text="The ministry's headquarters building",
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is required under CI and was not found at {CHROMIUM}")
        pytest.skip("Chromium is not installed (make test installs it)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """The live server, stopped (and its database connection closed) before the test database
    is dropped."""
    return live_server
