import io
import os
import shutil

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

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
def english_between_tests():
    """Each test starts in English: a request for a Korean page leaves Korean active in the
    thread, and an address a later test makes (``get_absolute_url``) would be Korean."""
    yield
    translation.activate("en")


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
    """The seed meeting with a photo, remarks in both languages (``pages.TRANSLATED_REMARK``
    spoken in Korean and translated, one in Korean alone; the seed's own remarks are English
    machine translations), a decision, a follow-up and a document, so that pages show every kind
    of content, a reader's alerts (one confirmed, one not), so that the alerts'
    pages have some to show, and two site pages: one with everything Markdown gives, one in
    English only (its Korean page falls back to it)."""
    import datetime

    from django.utils import timezone

    from council.alerts.models import Subscriber
    from council.records.models import (
        Commitment,
        Decision,
        Document,
        FollowUp,
        Meeting,
        Photo,
        Remark,
    )

    from .document_files import pdf_bytes, upload
    from .factories import image_upload, make_page
    from .pages import (
        EVERY_MARKDOWN,
        SEED_SUBSCRIBER_KEY,
        SEED_SUBSCRIPTION_KEY,
        TRANSLATED_REMARK,
    )

    make_page(
        slug="guide-to-the-data",
        title="Guide to the data",
        title_ko="데이터 안내",
        body=EVERY_MARKDOWN,
        body_ko=EVERY_MARKDOWN,
    )
    make_page(
        slug="english-only",
        title="Written in English",
        title_ko="",
        body=EVERY_MARKDOWN,
        body_ko="",
        place="menu",
    )

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
    # What only staff add to a record (the seed states none of it): a decision on an agenda
    # item, a follow-up to the director general's commitment, a deck presented.
    item = meeting.agenda_items.get(position=5)
    Decision.objects.create(
        meeting=meeting, agenda_item=item, text="Reflect the council's results in the plan"
    )
    FollowUp.objects.create(
        commitment=Commitment.objects.get(),
        state="in-progress",
        date=datetime.date(2026, 8, 5),
        source_url="https://www.mss.go.kr/",
        note="Measures being drafted",
    )
    Document.objects.create(
        meeting=meeting,
        agenda_item=item,
        title="Regional corporations AI utilization promotion plan (deck)",
        file=upload("deck.pdf", pdf_bytes(["Plan outline", "Vouchers for smart factories"])),
    )
    reader = Subscriber.objects.create(
        email="reader@example.org", language="en", key=SEED_SUBSCRIBER_KEY
    )
    reader.subscriptions.create(search="speaker=hwang-young-ho", key=SEED_SUBSCRIPTION_KEY)
    reader.subscriptions.create(search="q=workforce", confirmed_at=timezone.now())
    return Photo.objects.create(
        meeting=meeting,
        image=image_upload("hq.png", size=(1200, 800)),
        caption="A view of the Ministry of SMEs and Startups headquarters",
        credit="Courtesy of Ministry of SMEs and Startups",
        alt_text="The ministry's headquarters building",
    )


@pytest.fixture
def bulk_download(settings, tmp_path, seed):
    """The seed archive's bulk download, for /data/ to list."""
    settings.DUMP_ROOT = tmp_path / "dumps"
    settings.SITE_URL = "http://testserver/"
    call_command("export_dump", stdout=io.StringIO())


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


class Inbox:
    """What the test's SMTP server received, as parsed messages; it refuses the recipients in
    ``refused`` as a real server refuses an unknown mailbox."""

    def __init__(self):
        self.messages, self.refused = [], set()

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        import email
        import email.policy

        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1, and the site's mail sent through it, as
    configured by EMAIL_HOST and EMAIL_PORT; yields its ``Inbox``."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    inbox.host, inbox.port = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = False
    settings.SITE_URL = "https://council.example"
    yield inbox
    controller.stop()
