"""The admin's sign-in is throttled: after five wrong passwords an account cannot sign in,
even with the right one, until the lock lifts; the page says so in the visitor's language."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def alice():
    return User.objects.create_user("alice", password=PASSWORD, is_staff=True)


def sign_in(client, password, username="alice", prefix=""):
    return client.post(
        f"{prefix}/admin/login/?next=/admin/",
        {"username": username, "password": password},
    )


def test_the_right_password_after_five_wrong_ones_is_refused(client, alice):
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    assert sign_in(client, "wrong").status_code == 429
    locked = sign_in(client, PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    text = locked.content.decode()
    assert "too many wrong passwords for this account" in text
    assert "15 minutes" in text


def test_the_lock_out_page_speaks_korean_under_ko(client, alice):
    for _ in range(5):
        sign_in(client, "wrong", prefix="/ko")
    text = sign_in(client, PASSWORD, prefix="/ko").content.decode()
    assert "로그인이 잠겼습니다" in text
    assert "15분" in text


def test_the_lock_lifts_after_the_cool_off(client, alice):
    for _ in range(5):
        sign_in(client, "wrong")
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert sign_in(client, PASSWORD).status_code == 302


def test_other_accounts_still_sign_in_while_one_is_locked(client, alice):
    User.objects.create_user("bob", password=PASSWORD, is_staff=True)
    for _ in range(5):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD, username="bob").status_code == 302


def test_a_mistake_or_two_is_forgotten_at_a_successful_sign_in(client, alice):
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
