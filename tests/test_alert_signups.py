"""Signing up to alerts, the signed links of the mails, and what bad input gets: a clear page
and nothing changed, never a server error."""

import re
import time

import pytest
from django.contrib.auth.models import Permission, User
from django.core import signing
from django.core.management import call_command
from django.utils import timezone

from council.alerts.models import CONFIRMATION_DAYS, Subscriber, Subscription
from council.records.models import PolicyItem

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

READER = "reader@example.org"


@pytest.fixture
def speaker():
    person = make_person(name="Hwang Young-ho", slug="hwang-young-ho")
    make_remarks(make_meeting(), 1, [person])
    return person


def sign_up(client, email=READER, prefix="", **follows):
    return client.post(f"{prefix}/alerts/", {"email": email, **follows})


def subscription_of(email=READER):
    return Subscription.objects.select_related("subscriber").get(subscriber__email=email)


def test_the_alerts_page_explains_and_offers_the_form_in_both_languages(client):
    english = client.get("/alerts/").content.decode()
    assert "<h1>Email alerts</h1>" in english and 'name="email"' in english
    korean = client.get("/ko/alerts/").content.decode()
    assert "<h1>이메일 알림</h1>" in korean and 'action="/ko/alerts/"' in korean


@pytest.mark.parametrize(
    "page, hidden",
    [
        (
            "/speakers/hwang-young-ho/",
            '<input type="hidden" name="speaker" value="hwang-young-ho">',
        ),
        (
            "/institutions/ministry-of-smes-and-startups/",
            '<input type="hidden" name="institution" value="ministry-of-smes-and-startups">',
        ),
        (
            "/councils/sme-and-venture-ai-policy-council/",
            '<input type="hidden" name="council" value="sme-and-venture-ai-policy-council">',
        ),
        (
            "/topics/workforce-training/",
            '<input type="hidden" name="topic" value="workforce-training">',
        ),
        (
            "/policies/sme-ai-utilization-promotion-act/",
            '<input type="hidden" name="policy" value="sme-ai-utilization-promotion-act">',
        ),
        (
            "/search/?q=AI&speaker=hwang-young-ho&sort=newest&page=1",
            '<input type="hidden" name="q" value="AI"><input type="hidden" name="speaker" '
            'value="hwang-young-ho">',
        ),
    ],
)
def test_each_followable_page_has_a_get_alerts_form_that_signs_up_what_it_shows(
    client, seed, mailoutbox, page, hidden
):
    html = client.get(page).content.decode()
    assert 'action="/alerts/" method="post"' in html and hidden in html
    form = html.split('action="/alerts/" method="post">', 1)[1].split("</form>", 1)[0]
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))
    assert sign_up(client, **fields).status_code == 302
    assert Subscription.objects.count() == 1
    [confirmation] = mailoutbox
    assert confirmation.to == [READER]


def test_the_search_form_without_a_search_offers_no_alert(client, seed):
    assert 'id="get-alerts"' not in client.get("/search/").content.decode()


def test_signing_up_twice_for_the_same_search_keeps_one_subscription_in_the_latest_language(
    client, speaker, mailoutbox
):
    sign_up(client, speaker="hwang-young-ho")
    sign_up(client, email=READER.upper(), prefix="/ko", speaker="Hwang Young-ho")
    assert Subscription.objects.count() == 1
    assert Subscriber.objects.get().language == "ko"
    assert len(mailoutbox) == 2


@pytest.mark.parametrize(
    "email, follows, message",
    [
        ("not-an-address", {"q": "AI"}, "Enter a valid email address."),
        (f"{'a' * 250}@example.org", {"q": "AI"}, "Ensure this value has at most 254 characters"),
        ("", {"q": "AI"}, "This field is required."),
        # Addresses Django's validator takes whose domain no mail header can hold.
        ("reader@example.org\u202e", {"q": "AI"}, "Enter a valid email address."),
        (f"reader@{'가' * 60}.kr", {"q": "AI"}, "Enter a valid email address."),
        (READER, {}, "Give words to look for"),
        (READER, {"q": " \x00 "}, "Give words to look for"),
        (READER, {"speaker": "nobody-at-all"}, "No speaker is called"),
        (READER, {"institution": "no-such-body"}, "Select a valid choice."),
        (READER, {"q": "AI", "from": "2026-02-30"}, "Enter a valid date."),
        (READER, {"q": "x" * 301}, "Ensure this value has at most 300 characters"),
        (READER, {"policy": "no-such-act"}, "There is no such policy item."),
        (READER, {"policy": "not a slug!"}, "Enter a valid “slug”"),
    ],
)
def test_bad_sign_ups_get_the_form_again_with_the_reason_and_change_nothing(
    client, speaker, mailoutbox, email, follows, message
):
    response = sign_up(client, email=email, **follows)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscriber.objects.exists() and mailoutbox == []


def test_the_form_shown_again_keeps_what_was_followed(client, speaker):
    response = sign_up(client, email="oops", speaker="hwang-young-ho")
    html = response.content.decode()
    assert '<input type="hidden" name="speaker" value="hwang-young-ho">' in html
    assert "<dd>Hwang Young-ho</dd>" in html


def test_a_draft_policy_item_cannot_be_followed(client):
    PolicyItem.objects.create(name="Secret act", slug="secret-act", kind="bill", status="proposed")
    assert sign_up(client, policy="secret-act").status_code == 400


def test_an_address_gets_three_sign_ups_an_hour(client, speaker, mailoutbox):
    for words in ("one", "two", "three"):
        assert sign_up(client, q=words).status_code == 302
    limited = sign_up(client, email=READER.upper(), q="four")
    assert limited.status_code == 429
    assert "Too many sign-ups" in limited.content.decode()
    assert limited["Retry-After"] == "3600"
    assert len(mailoutbox) == 3 and Subscription.objects.count() == 3


def test_a_client_gets_ten_sign_ups_an_hour_whatever_the_addresses(client, speaker, mailoutbox):
    for n in range(10):
        assert sign_up(client, email=f"reader{n}@example.org", q="AI").status_code == 302
    assert sign_up(client, email="another@example.org", q="AI").status_code == 429
    # Another visitor is not held back.
    other = client.post(
        "/alerts/", {"email": "another@example.org", "q": "AI"}, REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 302
    assert len(mailoutbox) == 11


def test_behind_a_proxy_visitors_are_told_apart_by_the_header_it_sets(client, speaker, settings):
    settings.CLIENT_ADDRESS_HEADER = "X-Real-IP"
    for n in range(10):
        client.post("/alerts/", {"email": f"r{n}@example.org", "q": "AI"}, HTTP_X_REAL_IP="1.2.3.4")
    limited = client.post(
        "/alerts/", {"email": "x@example.org", "q": "AI"}, HTTP_X_REAL_IP="1.2.3.4"
    )
    other = client.post("/alerts/", {"email": "y@example.org", "q": "AI"}, HTTP_X_REAL_IP="5.6.7.8")
    assert (limited.status_code, other.status_code) == (429, 302)


def test_the_confirmation_page_asks_before_it_confirms(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    subscription = subscription_of()
    page = client.get(f"/alerts/confirm/{subscription.token}/")
    assert page.status_code == 200 and b'<button type="submit">Confirm</button>' in page.content
    subscription.refresh_from_db()
    assert not subscription.is_confirmed  # a mail program opening the link confirms nothing
    client.post(f"/alerts/confirm/{subscription.token}/")
    subscription.refresh_from_db()
    assert subscription.is_confirmed


def test_a_confirmation_link_used_again_is_refused_and_changes_nothing(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    subscription = subscription_of()
    token = subscription.token
    client.post(f"/alerts/confirm/{token}/")
    confirmed_at = Subscription.objects.get().confirmed_at
    again = client.post(f"/alerts/confirm/{token}/")
    assert again.status_code == 400
    assert "already been used" in again.content.decode()
    assert Subscription.objects.get().confirmed_at == confirmed_at


def test_an_expired_confirmation_link_is_refused(client, speaker, monkeypatch):
    sign_up(client, speaker="hwang-young-ho")
    subscription = subscription_of()
    signed_then = time.time() - (CONFIRMATION_DAYS * 86400 + 60)
    monkeypatch.setattr(signing.time, "time", lambda: signed_then)
    token = subscription.token  # signed eight days ago
    monkeypatch.undo()
    response = client.post(f"/alerts/confirm/{token}/")
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert not Subscription.objects.get().is_confirmed


@pytest.mark.parametrize("view", ["confirm", "manage", "unsubscribe"])
def test_forged_links_get_a_clear_page_and_change_nothing(client, speaker, view):
    sign_up(client, speaker="hwang-young-ho")
    subscription = subscription_of()
    genuine = subscription.token if view == "confirm" else subscription.subscriber.token
    key, stamp, signature = genuine.split(":")
    forged = [
        "forged",
        f"{key}:{stamp}:{signature[:-2]}xx",  # altered signature
        signing.TimestampSigner(salt="council.alerts.elsewhere").sign(key),  # another purpose
        signing.TimestampSigner(key="another-site-secret-key-0123456789-abcdefghijklmnop").sign(
            key
        ),
        "%00:%0a:..",
        "x" * 5000,
    ]
    if view == "confirm":  # a subscriber's link does not confirm, nor the reverse
        forged.append(subscription.subscriber.token)
    else:
        forged.append(subscription.token)
    for token in forged:
        for method in (client.get, client.post):
            response = method(f"/alerts/{view}/{token}/")
            assert response.status_code in (400, 404), token
    assert Subscriber.objects.count() == 1
    assert not Subscription.objects.get().is_confirmed


def test_the_manage_page_lists_alerts_and_ends_them_one_by_one(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    sign_up(client, q="workforce")
    first, second = Subscription.objects.order_by("pk")
    first.confirm()
    token = first.subscriber.token
    page = client.get(f"/alerts/manage/{token}/").content.decode()
    assert "<dd>Hwang Young-ho</dd>" in page and "<dd>workforce</dd>" in page
    assert "Waiting for confirmation" in page

    response = client.post(f"/alerts/manage/{token}/", {"end": first.key})
    assert response.status_code == 302
    assert list(Subscription.objects.all()) == [second]
    client.post(f"/alerts/manage/{token}/", {"end": "no-such-key"})
    assert list(Subscription.objects.all()) == [second]

    ended = client.post(f"/alerts/manage/{token}/", {"end": second.key})
    assert "Your alerts have ended" in ended.content.decode()
    assert not Subscriber.objects.exists()
    assert "Your alerts have ended" in client.get(f"/alerts/manage/{token}/").content.decode()


def test_the_signed_pages_are_kept_by_no_cache(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    subscription = subscription_of()
    for path in (
        f"/alerts/confirm/{subscription.token}/",
        f"/alerts/manage/{subscription.subscriber.token}/",
        f"/alerts/unsubscribe/{subscription.subscriber.token}/",
    ):
        assert "no-store" in client.get(path)["Cache-Control"]


def test_unsubscribing_twice_is_not_an_error(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    token = subscription_of().subscriber.token
    assert client.post(f"/alerts/unsubscribe/{token}/").status_code == 200
    again = client.post(f"/alerts/unsubscribe/{token}/")
    assert again.status_code == 200 and "Your alerts have ended" in again.content.decode()


def test_unconfirmed_sign_ups_and_addresses_left_with_nothing_are_deleted(client, speaker):
    sign_up(client, speaker="hwang-young-ho")
    sign_up(client, email="late@example.org", speaker="hwang-young-ho")
    Subscription.objects.filter(subscriber__email=READER).update(
        created_at=timezone.now() - timezone.timedelta(days=CONFIRMATION_DAYS, minutes=1)
    )
    call_command("send_alerts", verbosity=0)
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["late@example.org"]


def test_a_deleted_policy_item_ends_its_subscriptions_without_showing_them_to_editors(
    client, editor
):
    act = PolicyItem.objects.create(name="An act", slug="an-act", kind="bill", status="proposed")
    subscriber = Subscriber.objects.create(email=READER, language="en")
    subscriber.subscriptions.create(policy_item=act, confirmed_at=timezone.now())
    page = client.get(f"/admin/records/policyitem/{act.pk}/delete/").content.decode()
    assert READER not in page and "permission" not in page
    client.post(f"/admin/records/policyitem/{act.pk}/delete/", {"post": "yes"})
    assert not PolicyItem.objects.exists()
    call_command("send_alerts", verbosity=0)
    assert not Subscriber.objects.exists()


@pytest.fixture
def alert_of_reader():
    subscriber = Subscriber.objects.create(email=READER, language="en")
    return subscriber.subscriptions.create(search="q=workforce", confirmed_at=timezone.now())


def test_staff_see_subscriptions_only_with_the_permission_to(client, alert_of_reader):
    bob = User.objects.create_user("bob", password="unused", is_staff=True)
    bob.user_permissions.set(Permission.objects.filter(content_type__app_label="records"))
    client.force_login(bob)
    assert client.get("/admin/alerts/subscription/").status_code == 403
    assert b"Alerts" not in client.get("/admin/").content

    bob.user_permissions.add(Permission.objects.get(codename="view_subscription"))
    listed = client.get("/admin/alerts/subscription/")
    assert listed.status_code == 200
    html = listed.content.decode()
    assert READER in html and "q: workforce" in html
    assert "/admin/alerts/subscription/add/" not in html
    assert 'value="delete_selected"' not in html  # viewing is not ending
    detail = client.get(f"/admin/alerts/subscription/{alert_of_reader.pk}/change/")
    assert detail.status_code == 200 and b'name="_save"' not in detail.content


def test_staff_allowed_to_can_end_a_subscription(client, alert_of_reader):
    carol = User.objects.create_user("carol", password="unused", is_staff=True)
    carol.user_permissions.set(
        Permission.objects.filter(codename__in=["view_subscription", "delete_subscription"])
    )
    client.force_login(carol)
    response = client.post(
        f"/admin/alerts/subscription/{alert_of_reader.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Subscription.objects.exists()


def test_the_alerts_page_reads_one_row_whatever_the_archive(client, django_assert_num_queries):
    client.get("/alerts/")  # the search's filter choices, kept until the records change
    # The records' revision, which they and the footer's site pages are kept under (read once
    # a request, whoever asks).
    with django_assert_num_queries(1):
        assert client.get("/alerts/").status_code == 200
