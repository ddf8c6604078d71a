"""What ``manage.py send_alerts`` does: to each address with a confirmed subscription, one mail
of the remarks published since its last that match what it follows, each remark once.

A mail that fails (a refused recipient, a server that errs or cannot be reached) is logged and
leaves nothing recorded: the same remarks are tried again on the next run, and the others' mails
go out meanwhile. A run records what it sent only once it is sent; two runs at once could send
a mail twice, so a timer or cron runs one at a time (see the README).
"""

import logging
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone, translation

from council.records.models import Remark

from . import mail
from .models import PUBLISHED_WITHIN, Delivery, Subscriber, Subscription

logger = logging.getLogger(__name__)

# A subscription's remarks listed in one mail; the rest are counted and linked to.
SHOWN_PER_SUBSCRIPTION = 50


class Section(NamedTuple):
    """A subscription's part of a digest."""

    description: list
    site_path: str
    remarks: list
    more: int


@dataclass
class Run:
    """What a run did, for its report."""

    mails: int = 0
    remarks: int = 0
    failed: list = field(default_factory=list)


def sections_for(subscriber, now):
    """``(sections, ids of every remark in them)`` of ``subscriber``'s new remarks, in its
    language: a remark that two of its subscriptions match is in the first only."""
    sections, sent = [], []
    with translation.override(subscriber.language):
        for subscription in subscriber.subscriptions.all():
            found = subscription.new_remarks(now).newest_first().values_list("pk", flat=True)
            ids = [pk for pk in found if pk not in sent]
            if not ids:
                continue
            shown = Remark.objects.with_context().in_bulk(ids[:SHOWN_PER_SUBSCRIPTION])
            sections.append(
                Section(
                    subscription.description(),
                    subscription.site_path(),
                    [shown[pk] for pk in ids[:SHOWN_PER_SUBSCRIPTION] if pk in shown],
                    max(0, len(ids) - SHOWN_PER_SUBSCRIPTION),
                )
            )
            sent += ids
    return sections, sent


def forget_what_is_done(now):
    """Deletes sign-ups never confirmed, subscriptions to a deleted policy item, addresses left
    with no subscription, and the record of remarks sent too long ago to be sent again."""
    Subscription.objects.unconfirmed_too_long(now).delete()
    Subscription.objects.following_nothing().delete()
    Subscriber.objects.exclude(
        Exists(Subscription.objects.filter(subscriber=OuterRef("pk")))
    ).delete()
    Delivery.objects.filter(sent_at__lt=now - PUBLISHED_WITHIN).delete()


def send_alerts(now=None):
    """Sends every digest due, each on its own; returns a ``Run``."""
    now = now or timezone.now()
    forget_what_is_done(now)
    run = Run()
    confirmed = Subscription.objects.confirmed().select_related("policy_item")
    subscribers = Subscriber.objects.filter(
        Exists(confirmed.filter(subscriber=OuterRef("pk")))
    ).prefetch_related(Prefetch("subscriptions", confirmed.order_by("created_at")))
    for subscriber in subscribers.iterator(chunk_size=200):
        sections, remark_ids = sections_for(subscriber, now)
        if not sections:
            continue
        try:
            mail.digest(subscriber, sections).send()
        except mail.MAIL_ERRORS as error:
            # The subscriber's number, not the address: logs are kept and read more widely.
            logger.warning(
                "Alerts to subscriber %s not sent, to be tried again: %s", subscriber.pk, error
            )
            run.failed.append(subscriber.pk)
            continue
        Delivery.objects.bulk_create(
            [Delivery(subscriber=subscriber, remark_id=pk, sent_at=now) for pk in remark_ids],
            ignore_conflicts=True,
        )
        run.mails += 1
        run.remarks += len(remark_ids)
    return run
