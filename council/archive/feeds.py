"""Atom feeds of published meetings, of corrections to them and of a speaker's remarks."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from council.lib.text import clean_text
from council.records.models import Correction, Meeting, Person, Remark

FEED_LENGTH = 50


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


def meeting_time(meeting):
    """Feeds want a moment; a meeting has a day."""
    return timezone.make_aware(datetime.datetime.combine(meeting.date, datetime.time(9)))


class MeetingFeed(Feed):
    feed_type = TextAtomFeed
    title = _("Policy council meetings")
    subtitle = _("The latest published meetings of the policy councils.")
    link = reverse_lazy("archive:meetings")

    def items(self):
        return Meeting.objects.published().select_related("council")[:FEED_LENGTH]

    def item_title(self, meeting):
        return f"{meeting.title} ({meeting.council.name}, {meeting.date:%Y-%m-%d})"

    def item_description(self, meeting):
        return meeting.summary

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
        return _("Correction: %(meeting)s") % {"meeting": correction.meeting.title}

    def item_description(self, correction):
        return f"{correction.what_changed()} {correction.note}".strip()

    def item_link(self, correction):
        return f"{correction.meeting.get_absolute_url()}#correction-{correction.pk}"

    def item_pubdate(self, correction):
        return correction.made_at


class RemarkFeedItems:
    """How a remark reads as a feed entry."""

    def item_title(self, remark):
        return f"{remark.speaker_label}, {remark.meeting.title} ({remark.meeting.date:%Y-%m-%d})"

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
        return _("Remarks by %(name)s") % {"name": person.name}

    def link(self, person):
        return person.get_absolute_url()

    def items(self, person):
        return (
            Remark.objects.published()
            .filter(speaker=person)
            .with_context()
            .newest_first()[:FEED_LENGTH]
        )
