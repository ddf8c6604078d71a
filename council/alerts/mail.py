"""The alerts' mails: the confirmation of a sign-up, and the digest of new remarks.

Each is written in its subscriber's language, as text and as HTML (Django's templates escape
whatever the records or a visitor wrote), with links to the site at ``SITE_URL`` and, in every
mail, the signed link to see and end one's alerts. Headers hold no visitor's text but the
confirmation's subject, where Django's ``EmailMessage`` refuses a line break.
"""

import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext

# What a refused recipient, a server that fails or one that cannot be reached raise.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def subscriber_links(subscriber):
    """The links every mail to ``subscriber`` holds, in the current language."""
    return {
        "manage_url": absolute(reverse("alerts:manage", args=[subscriber.token])),
        "unsubscribe_url": absolute(reverse("alerts:unsubscribe", args=[subscriber.token])),
        "site_url": settings.SITE_URL,
    }


def compose(subscriber, subject, template, context, headers=None):
    """A mail to ``subscriber`` from ``alerts/mail/<template>.txt`` and ``.html``."""
    context = {**context, **subscriber_links(subscriber)}
    message = EmailMultiAlternatives(
        subject,
        render_to_string(f"alerts/mail/{template}.txt", context),
        to=[subscriber.email],
        headers=headers,
    )
    message.attach_alternative(
        render_to_string(f"alerts/mail/{template}.html", context), "text/html"
    )
    return message


def summary(description):
    return "; ".join(f"{label}: {value}" for label, value in description)


def confirmation(subscription):
    """The mail that asks the address to confirm ``subscription``, or, signed up for again once
    confirmed, says that it is (the page that took the sign-up says the same either way, so
    that nobody learns there who follows what)."""
    subscriber = subscription.subscriber
    with translation.override(subscriber.language):
        following = subscription.description()
        what = {"what": Truncator(summary(following)).chars(80)}
        if subscription.is_confirmed:
            subject = gettext("Your alert: %(what)s") % what
            context = {"following": following}
        else:
            subject = gettext("Confirm your alert: %(what)s") % what
            confirm_url = absolute(reverse("alerts:confirm", args=[subscription.token]))
            context = {"following": following, "confirm_url": confirm_url}
        return compose(subscriber, subject, "confirmation", context)


def digest(subscriber, sections):
    """The mail of new remarks: ``sections`` are ``digests.Section``s, made in the
    subscriber's language. It can be ended in one click (RFC 8058)."""
    with translation.override(subscriber.language):
        count = sum(len(section.remarks) + section.more for section in sections)
        subject = ngettext(
            "%(count)s new remark in the council archive",
            "%(count)s new remarks in the council archive",
            count,
        ) % {"count": count}
        unsubscribe = absolute(reverse("alerts:unsubscribe", args=[subscriber.token]))
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        return compose(subscriber, subject, "digest", {"sections": sections}, headers)
