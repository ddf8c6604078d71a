"""Email alerts, through a real SMTP server: an address follows a speaker, a search or a policy
item, confirms from the mail, and is sent each newly published remark that matches, once."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

from council.alerts.models import Delivery, Subscriber, Subscription
from council.records.models import AgendaItem, Meeting, PolicyItem, Remark

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

READER = "reader@example.org"


@pytest.fixture
def hwang():
    """A speaker with one remark already published, before anyone follows him."""
    person = make_person(name="Hwang Young-ho", name_ko="황영호", slug="hwang-young-ho")
    make_remarks(make_meeting(title="An earlier meeting"), 1, [person])
    return person


def sign_up(client, prefix="", email=READER, **follows):
    return client.post(f"{prefix}/alerts/", {"email": email, **follows})


def link(message, purpose):
    """The path of the site's ``/alerts/<purpose>/…`` link in the text of ``message``."""
    text = message.get_body(("plain",)).get_content()
    found = re.search(rf"https://council\.example(/(?:ko/)?alerts/{purpose}/[^/\s]+/)", text)
    assert found, text
    return found.group(1)


def confirm(client, inbox, email=READER):
    """Confirms from the newest confirmation mail to ``email``."""
    path = link(inbox.to(email)[-1], "confirm")
    assert client.get(path).status_code == 200  # the button
    assert client.post(path).status_code == 200


def new_meeting(speaker, text, status=Meeting.Status.DRAFT, **fields):
    meeting = make_meeting(status=status, **fields)
    Remark.objects.create(meeting=meeting, speaker=speaker, role="Director general", text=text)
    return meeting


def publish(meeting):
    Meeting.objects.filter(pk=meeting.pk).publish()


def send_alerts():
    call_command("send_alerts", verbosity=0)


def digests(inbox):
    return [message for message in inbox.messages if "List-Unsubscribe" in message]


def text_of(message):
    return message.get_body(("plain",)).get_content()


def test_subscribe_confirm_publish_send_once_then_unsubscribe_in_one_click(
    client, smtp_server, hwang
):
    assert sign_up(client, speaker="hwang-young-ho").status_code == 302
    [confirmation] = smtp_server.messages
    assert confirmation["To"] == READER
    assert "Hwang Young-ho" in confirmation["Subject"]
    confirm(client, smtp_server)

    publish(new_meeting(hwang, "We will train ten thousand AI workers."))
    send_alerts()
    [mail] = digests(smtp_server)
    assert mail["To"] == READER
    assert "We will train ten thousand AI workers." in text_of(mail)
    assert "We will train ten thousand AI workers." in mail.get_body(("html",)).get_content()
    assert "Remark number 1" not in text_of(mail)  # published before the alert was confirmed

    send_alerts()
    assert len(digests(smtp_server)) == 1

    unsubscribe = urlsplit(str(mail["List-Unsubscribe"]).strip().strip("<>"))
    assert unsubscribe.scheme == "https"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # As a mail program posts it (RFC 8058): no cookie, no CSRF token.
    one_click = Client(enforce_csrf_checks=True).post(
        unsubscribe.path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert not Subscriber.objects.exists()

    publish(new_meeting(hwang, "And we will fund their training."))
    send_alerts()
    assert len(digests(smtp_server)) == 1


def test_nothing_is_sent_before_the_alert_is_confirmed(client, smtp_server, hwang):
    sign_up(client, speaker="hwang-young-ho")
    publish(new_meeting(hwang, "Unconfirmed alerts send nothing."))
    send_alerts()
    assert digests(smtp_server) == []


def test_a_draft_never_alerts_and_a_withdrawn_meeting_is_not_sent(client, smtp_server, hwang):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    draft = new_meeting(hwang, "Said in a draft.")
    withdrawn = new_meeting(hwang, "Said in a meeting withdrawn before the mail went.")
    publish(withdrawn)
    Meeting.objects.filter(pk=withdrawn.pk).unpublish()
    send_alerts()
    assert digests(smtp_server) == []

    publish(draft)
    send_alerts()
    [mail] = digests(smtp_server)
    assert "Said in a draft." in text_of(mail)
    assert "withdrawn" not in text_of(mail)


def test_a_correction_does_not_send_a_remark_again(client, smtp_server, hwang):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    meeting = new_meeting(hwang, "We will train ten thosand workers.")
    publish(meeting)
    send_alerts()
    remark = meeting.remarks.get()
    remark.text = "We will train ten thousand workers."
    remark.save()
    send_alerts()
    assert len(digests(smtp_server)) == 1


def test_a_remark_that_two_alerts_match_is_sent_once_in_one_mail(client, smtp_server, hwang):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    sign_up(client, q="workforce")
    confirm(client, smtp_server)
    publish(new_meeting(hwang, "Workforce training comes first."))
    publish(new_meeting(make_person(), "The workforce is ageing."))
    send_alerts()
    [mail] = digests(smtp_server)
    text = text_of(mail)
    assert text.count("Workforce training comes first.") == 1
    assert "The workforce is ageing." in text
    assert mail["Subject"] == "2 new remarks in the council archive"
    assert Delivery.objects.count() == 2


def test_a_search_with_words_and_a_filter_follows_what_the_search_page_finds(
    client, smtp_server, hwang
):
    response = client.get("/search/", {"q": "training", "speaker": "Hwang Young-ho"})
    assert 'name="speaker" value="Hwang Young-ho"' in response.content.decode()
    sign_up(client, q="training", speaker="Hwang Young-ho", sort="newest", page="2")
    confirm(client, smtp_server)
    assert Subscription.objects.get().search == "q=training&speaker=hwang-young-ho"
    publish(new_meeting(hwang, "Training matters."))
    publish(new_meeting(hwang, "Budgets matter."))
    publish(new_meeting(make_person(), "Training matters to me too."))
    send_alerts()
    [mail] = digests(smtp_server)
    assert "Training matters." in text_of(mail)
    assert "Budgets" not in text_of(mail)
    assert "to me too" not in text_of(mail)


def test_a_policy_item_alerts_with_the_remarks_of_the_agenda_items_discussing_it(
    client, smtp_server, hwang
):
    act = PolicyItem.objects.create(
        name="SME AI act", slug="sme-ai-act", kind="bill", status="proposed"
    )
    earlier = make_meeting()
    AgendaItem.objects.create(meeting=earlier, title="The act").policy_items.add(act)
    response = client.get(act.get_absolute_url())
    assert 'name="policy" value="sme-ai-act"' in response.content.decode()
    sign_up(client, policy="sme-ai-act")
    confirm(client, smtp_server)

    meeting = new_meeting(hwang, "The act passes this year.")
    item = AgendaItem.objects.create(meeting=meeting, title="The act")
    item.policy_items.add(act)
    meeting.remarks.update(agenda_item=item)
    publish(meeting)
    send_alerts()
    [mail] = digests(smtp_server)
    assert "The act passes this year." in text_of(mail)
    assert "Policy item: SME AI act" in text_of(mail)


def test_mail_is_in_korean_for_a_sign_up_on_a_korean_page(client, smtp_server, hwang):
    assert sign_up(client, prefix="/ko", speaker="hwang-young-ho").status_code == 302
    [confirmation] = smtp_server.messages
    assert "알림" in confirmation["Subject"]
    assert "황영호" in text_of(confirmation)
    assert link(confirmation, "confirm").startswith("/ko/alerts/")
    confirm(client, smtp_server)
    publish(new_meeting(hwang, "인공지능 인력을 양성하겠습니다.", title_ko="회의"))
    send_alerts()
    [mail] = digests(smtp_server)
    # Django folds an encoded subject onto a second line: the space is the fold's.
    assert mail["Subject"].strip() == "정책협의회 기록관의 새 발언 1건"
    text = text_of(mail)
    assert "인공지능 인력을 양성하겠습니다." in text and "황영호" in text
    assert "https://council.example/ko/remarks/" in text
    assert "/ko/alerts/unsubscribe/" in mail["List-Unsubscribe"]


def test_a_refused_recipient_does_not_stop_the_others_and_is_tried_again(
    client, smtp_server, hwang
):
    for address in ("first@example.org", "refused@example.org", "last@example.org"):
        sign_up(client, email=address, speaker="hwang-young-ho")
        confirm(client, smtp_server, address)
    smtp_server.refused.add("refused@example.org")
    publish(new_meeting(hwang, "Said once."))
    send_alerts()
    assert sorted(mail["To"] for mail in digests(smtp_server)) == [
        "first@example.org",
        "last@example.org",
    ]

    smtp_server.refused.clear()
    send_alerts()
    assert [mail["To"] for mail in digests(smtp_server)[2:]] == ["refused@example.org"]


def test_a_failing_server_fails_the_sign_up_with_a_clear_page_not_an_error(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens (discard)
    make_remarks(make_meeting(), 1, [make_person(slug="someone")])
    response = sign_up(client, speaker="someone")
    assert response.status_code == 503
    assert "could not be sent" in response.content.decode()


def test_text_from_a_visitor_cannot_add_headers_and_is_escaped_in_html(client, smtp_server):
    make_remarks(make_meeting(), 1, [make_person()])
    sign_up(client, q='<b>AI</b>\r\nBcc: victim@example.org\nX-Injected: yes "ok"')
    [confirmation] = smtp_server.messages
    assert confirmation.recipients == [READER]
    assert "Bcc" not in confirmation and "X-Injected" not in confirmation
    assert "\n" not in confirmation["Subject"]
    html = confirmation.get_body(("html",)).get_content()
    assert "<b>AI</b>" not in html and "&lt;b&gt;AI&lt;/b&gt;" in html

    response = sign_up(client, email=f"{READER}\nBcc: victim@example.org", q="AI")
    assert response.status_code == 400
    assert len(smtp_server.messages) == 1


def test_send_alerts_reports_what_it_sent(client, smtp_server, hwang, capsys):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    publish(new_meeting(hwang, "Reported."))
    call_command("send_alerts")
    assert "Sent 1 alerts holding 1 remarks." in capsys.readouterr().out


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_visitor_without_javascript_signs_up_on_a_speaker_page_and_confirms(
    live_server, browser, smtp_server, hwang
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/speakers/hwang-young-ho/")
    form = page.get_by_role("region", name="Get alerts")
    form.get_by_label("Your email address").fill(READER)
    form.get_by_role("button", name="Get alerts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

    page.goto(live_server.url + link(smtp_server.to(READER)[-1], "confirm"))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your alert is confirmed")
    assert Subscription.objects.get().is_confirmed
    context.close()


def test_signing_up_again_for_a_confirmed_alert_says_so_instead_of_asking_again(
    client, smtp_server, hwang
):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    assert sign_up(client, speaker="hwang-young-ho").status_code == 302  # the same answer
    again = smtp_server.messages[-1]
    assert "already receives" in text_of(again)
    assert "/alerts/confirm/" not in text_of(again)
    assert link(again, "manage")


def test_remarks_published_in_the_same_instant_are_neither_skipped_nor_repeated(
    client, smtp_server, hwang
):
    sign_up(client, speaker="hwang-young-ho")
    confirm(client, smtp_server)
    first = new_meeting(hwang, "Published first.")
    publish(first)
    send_alerts()
    second = new_meeting(hwang, "Published in the same instant, after the run.")
    publish(second)
    same_time = Meeting.objects.get(pk=first.pk).published_at
    Meeting.objects.filter(pk=second.pk).update(published_at=same_time)
    send_alerts()
    earlier, later = digests(smtp_server)
    assert "Published first." in text_of(earlier)
    assert "after the run" in text_of(later) and "Published first." not in text_of(later)
