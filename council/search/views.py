"""The search page, its trends, its Atom feed, and the speaker suggestions its script asks for."""

from django.contrib.syndication.views import Feed
from django.core.paginator import InvalidPage, Paginator
from django.db.models import F, Prefetch, Q
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from council.archive.caching import public_view
from council.archive.feeds import FEED_LENGTH, RemarkFeedItems, TextAtomFeed
from council.archive.templatetags.archive import local
from council.lib.text import name_key
from council.opendata.tables import remarks_csv
from council.records.models import Appointment, Person, Remark

from .documents import document_results
from .forms import SearchForm
from .query import clean
from .search import COUNT_LIMIT, RemarkSearch
from .trends import search_trends

PAGE_SIZE = 20
SUGGESTIONS = 8


@require_GET
def search(request):
    def results(found, form):
        paginator = Paginator(found.results(), PAGE_SIZE)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except InvalidPage as exc:
            raise Http404(_("There is no such page of results.")) from exc
        return {
            "page_obj": page,
            "results": [(remark, found.snippet(remark)) for remark in page],
            "document_results": document_results(form.cleaned_data, found.terms),
            "facets": found.facets(),
        }

    return search_page(request, "search/search.html", results)


def search_page(request, template, shown):
    """``template`` for the request's search: with the form's errors (400), or with what
    ``shown(found, form)`` gives for a search that can find anything."""
    form = SearchForm(request.GET or None)
    context = {"form": form, "search": None}
    if form.is_bound and not form.is_valid():
        return render(request, template, context, status=400)
    if form.is_bound:
        found = RemarkSearch(form.cleaned_data)
        if not found.is_empty:
            context.update(
                search=found,
                active_filters=active_filters(request, form.cleaned_data),
                **shown(found, form),
            )
    return render(request, template, context)


def active_filters(request, cleaned):
    """``[(what, value shown, address without it)]`` for each filter in use."""
    shown = []

    def without(name, value):
        query = request.GET.copy()
        query.pop("page", None)
        query.setlist(name, [v for v in query.getlist(name) if v != value])
        return f"?{query.urlencode()}"

    for value in request.GET.getlist("speaker"):
        person = next((p for p in cleaned["speaker"] if value in (p.slug, p.name)), None)
        name = local(person, "name") if person else value
        shown.append((_("Speaker"), name, without("speaker", value)))
    for name, label in (
        ("institution", _("Institution")),
        ("council", _("Council")),
        ("topic", _("Topic")),
    ):
        if cleaned.get(name):
            shown.append((label, local(cleaned[name], "name"), without(name, request.GET[name])))
    for name, label in (("from", _("From")), ("to", _("To"))):
        if cleaned.get(name):
            shown.append((label, cleaned[name].isoformat(), without(name, request.GET[name])))
    return shown


@require_GET
def search_csv(request):
    """The search's remarks as a table: up to ``COUNT_LIMIT``, in the order asked for."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return search(request)  # the page, with what to correct
    found = RemarkSearch(form.cleaned_data)
    remarks = found.ordered(Remark.objects.with_context().select_related("agenda_item"))
    return remarks_csv(request, remarks[:COUNT_LIMIT], "remarks.csv")


class SearchFeed(RemarkFeedItems, Feed):
    """The newest remarks matching a search, to follow a person or a topic."""

    feed_type = TextAtomFeed

    def get_object(self, request):
        form = SearchForm(request.GET)
        if not form.is_valid():
            raise Http404(_("This search has errors."))
        self.query_string = request.GET.urlencode()
        return RemarkSearch({**form.cleaned_data, "sort": "newest"})

    def title(self, found):
        words = found.cleaned.get("q")
        names = ", ".join(local(p, "name") for p in found.speakers)
        return " · ".join(filter(None, [_("Remarks"), words, names]))

    def link(self, found):
        return f"{reverse('search:search')}?{self.query_string}"

    def items(self, found):
        return found.ordered()[:FEED_LENGTH]


@require_GET
def speaker_suggestions(request):
    """People whose English or Korean name contains what was typed, as JSON."""
    typed = name_key(clean(request.GET.get("q", "")))[:100]
    if not typed:
        return JsonResponse({"results": []})
    current_first = Appointment.objects.select_related("institution").order_by(
        F("end_date").desc(nulls_first=True), F("start_date").desc(nulls_last=True)
    )
    people = (
        Person.objects.published()
        .with_name_keys()
        .filter(Q(name_key__contains=typed) | Q(name_ko_key__contains=typed))
        .prefetch_related(Prefetch("appointments", current_first))
        .order_by("name")[:SUGGESTIONS]
    )
    return JsonResponse(
        {
            "results": [
                {
                    "slug": person.slug,
                    "name": person.name,
                    "name_ko": person.name_ko,
                    "title": next(
                        (
                            f"{local(a, 'title')}, {local(a.institution, 'display_name')}"
                            for a in person.appointments.all()
                        ),
                        "",
                    ),
                }
                for person in people
            ]
        }
    )


# Kept in the page cache: counting every match of a common word took 0.3–0.7 s at 300,000
# remarks (50,000 matches), where the search page reads only the newest thousand.
@public_view(reads=["q", "speaker", "institution", "council", "topic", "from", "to", "sort"])
@require_GET
def trends(request):
    """How many remarks of a search fall in each year or month, and who said them most: a page
    of its own, linked from the search page with the same parameters, whose queries it leaves
    as they are."""
    return search_page(
        request, "search/trends.html", lambda found, form: {"trends": search_trends(found)}
    )
