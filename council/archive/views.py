"""The public pages. Each fetches through the published()/visible_to() rule, then renders."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.generic import (
    ArchiveIndexView,
    DetailView,
    ListView,
    MonthArchiveView,
    TemplateView,
    YearArchiveView,
)
from django.views.generic.detail import SingleObjectMixin
from taggit.models import Tag

from council.pages.models import Page
from council.records.models import (
    LISTED_REMARK_FIELDS,
    QUOTE_FIELDS,
    AgendaItem,
    Appointment,
    Commitment,
    Council,
    FollowUp,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    PolicyStatusChange,
    Remark,
    latest_meetings,
    meeting_record,
    recent_remarks,
    topics_visible_to,
    with_korean_names,
)

from .caching import kept_for_records, kept_for_version, public_page
from .embeds import remark_card
from .forms import CommitmentFilter


class FormerSlugRedirectMixin:
    """A detail page whose object's slug changed redirects from the old address."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            visible = self.model.objects.visible_to(request.user)
            moved = self.model.find_by_former_slug(visible, kwargs["slug"])
            if moved is None:
                raise
            return redirect(moved, permanent=True)


class VisibilityKeptPerVersion:
    """A page about one record, found among all, and then shown only if it is among those the
    visitor may see (``visible_records()``), whose ids are kept per version of the records
    and audience: the rule asks of every meeting, and its query took longer to build and
    compile than the rest of the page's (3 ms for an institution's four questions)."""

    def get_object(self, queryset=None):
        found = super().get_object(queryset)
        if not self.is_visible(found):
            raise Http404
        return found

    def is_visible(self, record):
        ids = kept_for_version(
            self.request,
            f"visible-ids|{type(record)._meta.label}",
            lambda: set(self.visible_records().values_list("pk", flat=True)),
        )
        return record.pk in ids


class CountedOncePerVersion:
    """A paginated list whose length is counted once per version of the records: counting
    every meeting, or a speaker's thousands of remarks, would cost more than the page."""

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        paginator.count = kept_for_version(
            self.request, f"count|{self.request.path}", queryset.count
        )
        return paginator


class DetailWithListView(CountedOncePerVersion, SingleObjectMixin, ListView):
    """A page about one object that heads a paginated list: a speaker's remarks, a council's
    meetings. ``get_detail_queryset`` finds the object, ``get_queryset`` the list."""

    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(self.get_detail_queryset())
        return super().get(request, *args, **kwargs)


@public_page
class HomeView(TemplateView):
    """The latest meetings and remarks, the councils, and a search box."""

    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        meetings = latest_meetings(5)
        return super().get_context_data(
            meetings=meetings,
            remarks=recent_remarks(meetings[:3], 6),
            # Kept per version, in memory: whether a council is public asks of its meetings.
            councils=kept_for_records(
                "councils",
                lambda: list(
                    Council.objects.published()
                    .select_related("host")
                    .only(
                        "name",
                        "name_ko",
                        "slug",
                        "cadence",
                        "host__name",
                        "host__name_ko",
                        "host__short_name",
                        "host__short_name_ko",
                    )
                ),
            ),
            **kwargs,
        )


class MeetingArchiveMixin(CountedOncePerVersion):
    """The archive of published meetings: newest first, by year and month. Its lists of
    years and months are kept per version of the records, as its counts: each reads every
    meeting of the period."""

    date_field = "date"
    paginate_by = 20
    month_format = "%m"
    make_object_list = True
    allow_future = True  # a meeting's date is when it is held, whenever it is entered
    allow_empty = False  # a year or month without meetings is a 404, and is never linked to
    template_name = "archive/meeting_archive.html"
    context_object_name = "meetings"

    def get_queryset(self):
        return Meeting.objects.published().with_council().order_by("-date", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["years"] = self.get_years(context)
        return context

    def get_years(self, context):
        return self.periods("year")

    def periods(self, kind):
        """Every year or month (``kind``) with a published meeting, newest first."""
        periods = Meeting.objects.published().dates("date", kind, order="DESC")
        return kept_for_version(self.request, f"meeting-{kind}s", lambda: list(periods))

    def neighbour(self, kind, period, later):
        """The period before or after ``period`` that has meetings, or None: what Django's
        archive views ask the database for, a query each way, found in the kept periods."""
        periods = self.periods(kind)
        if later:
            after = [other for other in periods if other > period]
            return after[-1] if after else None
        return next((other for other in periods if other < period), None)

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        dates = super().get_date_list
        return kept_for_version(
            self.request,
            f"dates|{self.request.path}|{date_type}|{ordering}",
            lambda: list(dates(queryset, date_type, ordering)),
        )


@public_page(reads=["page"])
class MeetingIndexView(MeetingArchiveMixin, ArchiveIndexView):
    allow_empty = True

    def get_years(self, context):
        return context["date_list"]  # the index's own list of years


@public_page(reads=["page"])
class MeetingYearView(MeetingArchiveMixin, YearArchiveView):
    def get_next_year(self, date):
        return self.neighbour("year", date, later=True)

    def get_previous_year(self, date):
        return self.neighbour("year", date, later=False)


@public_page(reads=["page"])
class MeetingMonthView(MeetingArchiveMixin, MonthArchiveView):
    def get_next_month(self, date):
        return self.neighbour("month", date, later=True)

    def get_previous_month(self, date):
        return self.neighbour("month", date, later=False)


@public_page
class MeetingView(FormerSlugRedirectMixin, DetailView):
    """One meeting and its whole record; staff also see drafts here, marked as a preview."""

    model = Meeting
    template_name = "archive/meeting.html"

    def get_object(self, queryset=None):
        meeting = meeting_record(self.kwargs["slug"], self.request.user)
        if meeting is None:
            raise Http404
        return meeting

    def get_context_data(self, **kwargs):
        proceedings = self.object.proceedings()
        return super().get_context_data(
            proceedings=proceedings, outcomes=self.object.outcomes(proceedings.policies), **kwargs
        )


@public_page
class PageView(FormerSlugRedirectMixin, DetailView):
    """One of the site's own pages, in the reader's language where it is written; staff also
    see drafts here, marked as a preview. Its text is rendered from Markdown once per version
    of the records and language: 0.3–2 ms for a page of a thousand characters on the shared
    two-core machine, 15 ms for ten thousand, where the kept copy is one cache read."""

    model = Page
    template_name = "archive/page.html"

    def get_queryset(self):
        return Page.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        page, language = self.object, get_language()
        body = kept_for_version(
            self.request, f"page-text|{page.pk}", lambda: page.body_in(language)
        )
        return super().get_context_data(title=page.title_in(language), body=body, **kwargs)


@public_page
class RemarkView(DetailView):
    """One remark, to cite and share, with the remarks around it."""

    template_name = "archive/remark.html"

    def get_queryset(self):
        # Its topics and corrections are read by the template, a plain query each: for one
        # remark, a prefetch costs more.
        return (
            Remark.objects.visible_to(self.request.user)
            .select_related("speaker", "agenda_item", "meeting__council")
            .only(
                "position",
                *QUOTE_FIELDS,
                "role",
                "role_ko",
                "speaker__name",
                "speaker__name_ko",
                "speaker__slug",
                "agenda_item__title",
                "agenda_item__title_ko",
                "meeting__title",
                "meeting__title_ko",
                "meeting__slug",
                "meeting__date",
                "meeting__city",
                "meeting__city_ko",
                "meeting__status",
                "meeting__source_title",
                "meeting__source_url",
                "meeting__source_publisher",
                "meeting__source_date",
                "meeting__source_is_translation",
                "meeting__council__name",
                "meeting__council__name_ko",
            )
        )

    def get_context_data(self, **kwargs):
        remark = self.object
        # The meeting's remarks in order, a few columns each, give both neighbours in one
        # query; positions may have gaps, so "the one before" is not position - 1.
        around = list(
            Remark.objects.filter(meeting=remark.meeting_id)
            .select_related("speaker")
            .only("position", "role", "role_ko", "speaker__name", "speaker__name_ko")
            .order_by("position")
        )
        here = [other.pk for other in around].index(remark.pk)
        page_url = self.request.build_absolute_uri(remark.get_absolute_url())
        oembed = f"{reverse('oembed')}?{urlencode({'url': page_url, 'format': 'json'})}"
        return super().get_context_data(
            previous=around[here - 1] if here > 0 else None,
            next=around[here + 1] if here + 1 < len(around) else None,
            page_url=page_url,
            card=remark_card(self.request, remark),
            oembed_url=self.request.build_absolute_uri(oembed),
            **kwargs,
        )


@public_page(reads=["page"])
class SpeakerListView(CountedOncePerVersion, ListView):
    """Everyone who has spoken, A to Z, with how often."""

    template_name = "archive/speaker_list.html"
    context_object_name = "people"
    paginate_by = 200

    def get_queryset(self):
        return Person.objects.published().only("name", "name_ko", "slug").order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        people = context["people"] = list(context["people"])
        # Kept by page number, not by address: a crawler's extra parameters make no new work.
        counts = kept_for_version(
            self.request,
            f"speaker-counts|{context['page_obj'].number}",
            lambda: Remark.objects.published().count_by_speaker(people),
        )
        for person in people:
            person.remark_count = counts.get(person.pk, 0)
        return context


@public_page(reads=["page"])
class SpeakerView(FormerSlugRedirectMixin, DetailWithListView):
    """A person's appointments over time and every remark, newest first, by meeting."""

    model = Person
    template_name = "archive/speaker.html"

    def get_detail_queryset(self):
        return (
            Person.objects.visible_to(self.request.user)
            .only("name", "name_ko", "slug", "bio", "bio_ko")
            .prefetch_related(
                Prefetch(
                    "appointments",
                    Appointment.objects.select_related("institution")
                    .only(
                        "person",
                        "title",
                        "title_ko",
                        "start_date",
                        "end_date",
                        "institution__name",
                        "institution__name_ko",
                        "institution__slug",
                    )
                    .order_by("-start_date", "-end_date"),
                )
            )
        )

    def get_queryset(self):
        return (
            Remark.objects.visible_to(self.request.user)
            .filter(speaker=self.object)
            .listed()
            .newest_first()
        )


@public_page
class InstitutionListView(ListView):
    """Institutions, grouped by kind."""

    template_name = "archive/institution_list.html"
    context_object_name = "institutions"

    def get_queryset(self):
        # Kept per version: whether an institution is public asks four questions of every
        # meeting, appointment and council (0.2 s at a million remarks).
        published = Institution.objects.published().order_by("kind", "name")
        return kept_for_version(self.request, "institutions", lambda: list(published))


@public_page(reads=["page"])
class InstitutionView(VisibilityKeptPerVersion, DetailWithListView):
    """An institution: its people, and the meetings it took part in, newest first."""

    model = Institution
    template_name = "archive/institution.html"

    def get_detail_queryset(self):
        return Institution.objects.select_related("parent").only(
            "name",
            "name_ko",
            "short_name",
            "short_name_ko",
            "slug",
            "kind",
            "description",
            "description_ko",
            "website",
            "parent__name",
            "parent__name_ko",
            "parent__slug",
        )

    def visible_records(self):
        return Institution.objects.visible_to(self.request.user)

    def get_queryset(self):
        return (
            Participation.objects.visible_to(self.request.user)
            .filter(institution=self.object)
            .select_related("meeting")
            .only("part", "meeting__title", "meeting__title_ko", "meeting__slug", "meeting__date")
            .order_by("-meeting__date", "-meeting_id", "pk")
        )

    def get_context_data(self, **kwargs):
        user = self.request.user
        institution = self.object
        return super().get_context_data(
            appointments=Appointment.objects.filter(
                institution=institution, person__in=Person.objects.visible_to(user)
            )
            .select_related("person")
            .only(
                "title",
                "title_ko",
                "start_date",
                "end_date",
                "person__name",
                "person__name_ko",
                "person__slug",
            )
            .order_by("person__name", "-start_date"),
            children=[
                child
                for child in Institution.objects.filter(parent=institution).only(
                    "name", "name_ko", "slug"
                )
                if self.is_visible(child)
            ],
            commitments=Commitment.objects.visible_to(user)
            .filter(owner=institution)
            .listed()
            .split(),
            **kwargs,
        )


@public_page(reads=["page"])
class CouncilView(DetailWithListView):
    """A council and all its meetings."""

    model = Council
    template_name = "archive/council.html"

    def get_detail_queryset(self):
        return Council.objects.visible_to(self.request.user).select_related("host")

    def get_queryset(self):
        meetings = Meeting.objects.visible_to(self.request.user).filter(council=self.object)
        return meetings.order_by("-date", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            commitments=Commitment.objects.visible_to(self.request.user)
            .filter(remark__meeting__council=self.object)
            .listed()
            .split(),
            **kwargs,
        )
        for meeting in context["page_obj"]:
            meeting.council = self.object  # shown with each: a query apiece when it was not set
        return context


@public_page
class TopicView(VisibilityKeptPerVersion, DetailView):
    """Meetings, remarks and policy items with a topic."""

    template_name = "archive/topic.html"
    context_object_name = "topic"

    def get_queryset(self):
        return with_korean_names(Tag.objects.all())

    def visible_records(self):
        return topics_visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        user, topic = self.request.user, self.object
        return super().get_context_data(
            meetings=Meeting.objects.visible_to(user).filter(topics=topic).with_council()[:50],
            remarks=Remark.objects.visible_to(user)
            .filter(topics=topic)
            .listed()
            .newest_first()[:100],
            policies=PolicyItem.objects.visible_to(user).filter(topics=topic),
            **kwargs,
        )


@public_page
class PolicyView(DetailView):
    """A policy item across meetings: every agenda item and remark about it."""

    model = PolicyItem
    template_name = "archive/policy.html"
    context_object_name = "policy"

    def get_queryset(self):
        # Its topics are read by the template, one plain query: for one policy item, a
        # prefetch costs more.
        return PolicyItem.objects.visible_to(self.request.user).select_related("owner")

    def get_context_data(self, **kwargs):
        meetings = Meeting.objects.visible_to(self.request.user)
        return super().get_context_data(
            agenda_items=AgendaItem.objects.filter(policy_items=self.object, meeting__in=meetings)
            .select_related("meeting", "presenter")
            .only(
                "position",
                "title",
                "title_ko",
                "summary",
                "summary_ko",
                "meeting__title",
                "meeting__title_ko",
                "meeting__slug",
                "meeting__date",
                "presenter__name",
                "presenter__name_ko",
                "presenter__short_name",
                "presenter__short_name_ko",
            )
            .prefetch_related(
                Prefetch(
                    "remarks",
                    Remark.objects.select_related("speaker")
                    .only("agenda_item", *LISTED_REMARK_FIELDS)
                    .order_by("position"),
                )
            )
            .order_by("-meeting__date", "position"),
            status_history=PolicyStatusChange.objects.visible_to(self.request.user)
            .filter(policy=self.object)
            .with_evidence(),
            # Stated at the meetings that discussed it.
            commitments=Commitment.objects.visible_to(self.request.user)
            .about(self.object)
            .listed()
            .split(),
            **kwargs,
        )


@public_page(reads=[*CommitmentFilter.base_fields, "page"])
class CommitmentListView(ListView):
    """Every commitment, open and settled, newest first, by state, council, owner and
    policy."""

    template_name = "archive/commitment_index.html"
    context_object_name = "commitments"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.form = CommitmentFilter(request.GET, Commitment.objects.visible_to(request.user))
        response = super().get(request, *args, **kwargs)
        if self.form.errors:
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.form.is_valid():
            return Commitment.objects.none()
        return self.form.filtered().listed()

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


@public_page
class CommitmentView(DetailView):
    """One commitment, to follow and cite: the remark that states it, who owns it, and what
    became of it, each follow-up with what shows it."""

    template_name = "archive/commitment.html"

    def get_queryset(self):
        return Commitment.objects.visible_to(self.request.user).select_related(
            "owner", "remark__speaker", "remark__meeting__council"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            follow_ups=list(
                FollowUp.objects.visible_to(self.request.user)
                .filter(commitment=self.object)
                .with_evidence()
                .select_related("status_change__policy")
            ),
            page_url=self.request.build_absolute_uri(self.object.get_absolute_url()),
            **kwargs,
        )
