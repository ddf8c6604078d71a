"""Signing up to alerts, confirming, and seeing and ending one's alerts from the signed link in
every mail.

No form here carries a CSRF token. The sign-up form sits on public pages that the page cache
keeps, where one visitor's token would be served to the next, and forging a sign-up gains
nothing: the confirmation goes to the address, and the sign-ups are counted. The other views act
on the signed token in their address, which is the whole of the authority a forged request
would need; and a mail program's one-click unsubscription (RFC 8058) posts with no token of the
page's at all.
"""

import logging

from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from . import mail, signups
from .forms import SignUpForm
from .models import Subscriber, Subscription

logger = logging.getLogger(__name__)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def alerts(request):
    """The page about alerts, with the form; the form on every other page posts here too."""
    if request.method == "GET":
        return render(request, "alerts/alerts.html", {"form": SignUpForm()})
    form = SignUpForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/alerts.html", {"form": form}, status=400)
    if not signups.allow(request, form.cleaned_data["email"]):
        response = render(request, "alerts/too_many.html", status=429)
        response["Retry-After"] = str(signups.WINDOW_SECONDS)
        return response
    subscription = form.save(language=get_language())
    try:
        mail.confirmation(subscription).send()
    except mail.MAIL_ERRORS as error:
        logger.warning(
            "Confirmation to subscriber %s not sent: %s", subscription.subscriber_id, error
        )
        return render(request, "alerts/not_sent.html", status=503)
    return redirect("alerts:sent")


@require_GET
def sent(request):
    return render(request, "alerts/sent.html")


def bad_link(request, reason):
    return render(request, "alerts/bad_link.html", {"reason": reason}, status=400)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """A button that confirms (a mail program that opens the link to check it confirms
    nothing), then the confirmation."""
    try:
        subscription = Subscription.from_token(token)
    except signing.SignatureExpired:
        return bad_link(request, _("This confirmation link has expired. Sign up again."))
    except (signing.BadSignature, Subscription.DoesNotExist):
        return bad_link(request, _("This link is not one the site sent, or its alert has ended."))
    context = {"subscription": subscription, "token": subscription.subscriber.token}
    if subscription.is_confirmed:
        return render(request, "alerts/bad_link.html", {**context, "used": True}, status=400)
    if request.method == "POST":
        subscription.confirm()
        return render(request, "alerts/confirmed.html", context)
    return render(request, "alerts/confirm.html", context)


def subscriber_or_answer(request, token):
    """``(subscriber, None)``, or ``(None, the page to answer with)``."""
    try:
        return Subscriber.from_token(token), None
    except signing.BadSignature:
        return None, bad_link(request, _("This link is not one the site sent."))
    except Subscriber.DoesNotExist:
        return None, render(request, "alerts/ended.html")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """An address's alerts, each with a button that ends it."""
    subscriber, answer = subscriber_or_answer(request, token)
    if answer:
        return answer
    if request.method == "POST":
        subscriber.subscriptions.filter(key=request.POST.get("end", "")).delete()
        if not subscriber.subscriptions.exists():
            subscriber.delete()
            return render(request, "alerts/ended.html")
        return redirect("alerts:manage", token)
    subscriptions = subscriber.subscriptions.select_related("policy_item")
    return render(
        request,
        "alerts/manage.html",
        {"subscriber": subscriber, "subscriptions": subscriptions, "token": token},
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Ends every alert of an address: in one click from a mail program (a POST, RFC 8058), or
    from the button this page shows."""
    subscriber, answer = subscriber_or_answer(request, token)
    if answer:
        return answer
    if request.method == "POST":
        subscriber.delete()
        return render(request, "alerts/ended.html")
    return render(request, "alerts/unsubscribe.html", {"subscriber": subscriber, "token": token})
