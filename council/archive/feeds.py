"""Atom feeds of published meetings, of corrections to them, of a speaker's remarks and of a
policy's status changes."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from council.lib.text import clean_text
from council.records.languages import shown
from council.records.models import (
    Commitment,
    Correction,
    FollowUp,
    Meeting,
    Person,
    PolicyItem,
    PolicyStatusChange,
    Remark,
)

FEED_LENGTH = 50


def text(record, field):
    """A record's text in the feed's language, or else the other (``shown``); a feed's
    entries name no language, so a fallback is not marked."""
    return shown(record, field, get_language()).text


def plain(value):
    return clean_text(value) if isinstance(value, str) else value


class TextAtomFeed(Atom1Feed):
    """Atom whose summaries are plain text, and which holds whatever the records hold.

    Django's Atom feed declares summaries ``type="html"``: readers then turned a remark's
    quoted markup, escaped once as it should be, into live markup. And Django refuses a control
    character in XML with a server error: the records are cleaned as they are saved, and a
    feed cleans again, for a row written before that or by an ``update()``.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*map(plain, args), **{k: plain(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(plain, args), **{k: plain(v) for k, v in kwargs.items()})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


def day_time(day):
    """Feeds want a moment; a meeting or a history has days."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def meeting_time(meeting):
    """Feeds want a moment; a meeting has a day."""
    return day_time(meeting.date)


class MeetingFeed(Feed):
    feed_type = TextAtomFeed
    title = _("Policy council meetings")
    subtitle = _("The latest published meetings of the policy councils.")
    link = reverse_lazy("archive:meetings")

    def items(self):
        return Meeting.objects.published().select_related("council")[:FEED_LENGTH]

    def item_title(self, meeting):
        council = text(meeting.council, "name")
        return f"{text(meeting, 'title')} ({council}, {meeting.date:%Y-%m-%d})"

    def item_description(self, meeting):
        return text(meeting, "summary")

    def item_pubdate(self, meeting):
        return meeting_time(meeting)

    def item_updateddate(self, meeting):
        return meeting.updated_at


class CorrectionFeed(Feed):
    feed_type = TextAtomFeed
    title = _("Corrections to policy council records")
    subtitle = _("What was corrected in published meetings and remarks, and when.")
    link = reverse_lazy("archive:meetings")

    def items(self):
        return (
            Correction.objects.published()
            .select_related("meeting")
            .order_by("-made_at")[:FEED_LENGTH]
        )

    def item_title(self, correction):
        return _("Correction: %(meeting)s") % {"meeting": text(correction.meeting, "title")}

    def item_description(self, correction):
        return f"{correction.what_changed()} {correction.note}".strip()

    def item_link(self, correction):
        return f"{correction.meeting.get_absolute_url()}#correction-{correction.pk}"

    def item_pubdate(self, correction):
        return correction.made_at


class RemarkFeedItems:
    """How a remark reads as a feed entry."""

    def item_title(self, remark):
        meeting = remark.meeting
        return f"{remark.speaker_label}, {text(meeting, 'title')} ({meeting.date:%Y-%m-%d})"

    def item_description(self, remark):
        """The quote in the feed's language (or else the other), with its language where that
        is not the feed's and the note of a translation."""
        quote = remark.quote()
        said = [quote.language.label] if quote.in_other_language else []
        if not quote.is_original:
            said.append(quote.note())
        return f"{quote.text} ({' '.join(map(str, said))})" if said else quote.text

    def item_pubdate(self, remark):
        return meeting_time(remark.meeting)

    def item_author_name(self, remark):
        return remark.speaker_label


class SpeakerFeed(RemarkFeedItems, Feed):
    feed_type = TextAtomFeed

    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.published(), slug=slug)

    def title(self, person):
        return _("Remarks by %(name)s") % {"name": text(person, "name")}

    def link(self, person):
        return person.get_absolute_url()

    def items(self, person):
        return (
            Remark.objects.published()
            .filter(speaker=person)
            .with_context()
            .newest_first()[:FEED_LENGTH]
        )


class PolicyStatusFeed(Feed):
    """A policy's status changes, newest first, with what shows each."""

    feed_type = TextAtomFeed

    def get_object(self, request, slug):
        return get_object_or_404(PolicyItem.objects.published(), slug=slug)

    def title(self, policy):
        return _("Status of %(name)s") % {"name": text(policy, "name")}

    def link(self, policy):
        return policy.get_absolute_url()

    def items(self, policy):
        changes = PolicyStatusChange.objects.published().filter(policy=policy)
        return changes.select_related("policy").newest_first()[:FEED_LENGTH]

    def item_title(self, change):
        name = text(change.policy, "name")
        return f"{name}: {change.get_status_display()} ({change.date:%Y-%m-%d})"

    def item_description(self, change):
        return text(change, "status_note")

    def item_link(self, change):
        return f"{change.policy.get_absolute_url()}#status-{change.pk}"

    def item_pubdate(self, change):
        return day_time(change.date)


class CommitmentFeed(Feed):
    """Commitments stated at published meetings, the newest first."""

    feed_type = TextAtomFeed
    title = _("Commitments made at policy councils")
    subtitle = _("What ministries and agencies promised, and what became of it.")
    link = reverse_lazy("archive:commitments")

    def items(self):
        return Commitment.objects.published().listed()[:FEED_LENGTH]

    def item_title(self, commitment):
        return f"{text(commitment.owner, 'display_name')}: {text(commitment, 'text')}"

    def item_description(self, commitment):
        state = commitment.get_state_display()
        return _("State: %(state)s. Stated by %(who)s at %(meeting)s.") % {
            "state": state,
            "who": commitment.remark.speaker_label,
            "meeting": text(commitment.remark.meeting, "title"),
        }

    def item_pubdate(self, commitment):
        return meeting_time(commitment.remark.meeting)


class FollowUpFeed(Feed):
    """What became of one commitment: its follow-ups, the newest first."""

    feed_type = TextAtomFeed

    def get_object(self, request, pk):
        return get_object_or_404(Commitment.objects.published(), pk=pk)

    def title(self, commitment):
        return _("Commitment: %(text)s") % {"text": text(commitment, "text")}

    def link(self, commitment):
        return commitment.get_absolute_url()

    def items(self, commitment):
        follow_ups = FollowUp.objects.published().filter(commitment=commitment)
        return follow_ups.select_related("commitment").newest_first()[:FEED_LENGTH]

    def item_title(self, follow_up):
        return f"{follow_up.get_state_display()} ({follow_up.date:%Y-%m-%d})"

    def item_description(self, follow_up):
        return text(follow_up, "note")

    def item_link(self, follow_up):
        return f"{follow_up.commitment.get_absolute_url()}#follow-up-{follow_up.pk}"

    def item_pubdate(self, follow_up):
        return day_time(follow_up.date)
