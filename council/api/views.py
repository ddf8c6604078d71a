"""The API's views: every answer JSON, every record a public one, as open data represents it.

Each view reads only the query parameters it names and refuses any other with a 400: a
misspelt filter would otherwise be ignored, and the client take every record for the ones it
asked for.
"""

from functools import cache, wraps

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from council.archive.caching import public_page, public_view
from council.opendata.records import for_remark_records, remark_record
from council.opendata.views import open_to_all
from council.records.models import Remark
from council.search.forms import SearchForm
from council.search.search import RemarkSearch

from .openapi import description, readable, search_parameters
from .pages import Keyset, PageForm, SortedKeys
from .resources import RESOURCES

# Korean as Korean: programs read UTF-8.
JSON_OPTIONS = {"ensure_ascii": False}
PAGE_PARAMETERS = ["cursor", "limit"]


def answer(data, status=200):
    return JsonResponse(
        data, status=status, encoder=DjangoJSONEncoder, json_dumps_params=JSON_OPTIONS
    )


def problem(status, message, fields=None):
    """The API's error: ``{"error": {"status", "message", "fields"}}``, where ``fields`` says
    what is wrong with each parameter."""
    return answer({"error": {"status": status, "message": message, "fields": fields or {}}}, status)


def api_view(view=None, *, reads=()):
    """A read-only view of public data: GET or HEAD only; the query parameters ``reads`` (or
    those ``reads()`` names) and no other; kept in the page cache per version of the records
    as the pages are; readable by scripts on any site (``open_to_all``)."""
    if view is None:
        return lambda view: api_view(view, reads=reads)

    @cache
    def reading():
        names = reads() if callable(reads) else reads
        return set(names), public_view(view, reads=names)

    @wraps(view)
    def api_answer(request, *args, **kwargs):
        names, cached_view = reading()
        if request.method not in ("GET", "HEAD"):
            response = problem(405, _("The API only reads: use GET."))
            response["Allow"] = "GET, HEAD"
        elif unknown := sorted(set(request.GET) - names):
            response = problem(
                400,
                _("Unknown parameters: %(names)s.") % {"names": ", ".join(unknown)},
                {name: [_("This parameter is not read here.")] for name in unknown},
            )
        else:
            response = cached_view(request, *args, **kwargs)
        return open_to_all(response)

    return api_answer


def invalid(*forms):
    fields = {}
    for form in forms:
        for name, errors in form.errors.get_json_data().items():
            fields.setdefault(name, []).extend(error["message"] for error in errors)
    return problem(400, _("Some parameters are wrong."), fields)


def paged(request, order, rows, size, represent, **extra):
    """``{"results", "next"}``: ``represent(row)`` for the rows of the page (``rows`` holds one
    past its end, if any), and the address of the next page, or null."""
    shown = rows[:size]
    following = None
    if len(rows) > size:
        query = request.GET.copy()
        query["cursor"] = order.cursor(shown[-1])
        following = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return answer({"results": [represent(row) for row in shown], "next": following, **extra})


def record_list(resource):
    """The view of a resource's list: every public record, or those that pass its filters."""

    @api_view(reads=[*resource.filter_fields, *PAGE_PARAMETERS])
    def listed(request):
        paging, filters = PageForm(request.GET), resource.filter_form(request.GET)
        forms = [paging] if filters is None else [paging, filters]
        if not all(form.is_valid() for form in forms):
            return invalid(*forms)
        records = resource.listed() if filters is None else filters.filtered()
        rows = paging.page(resource.order, records)
        if rows is None:
            return invalid(paging)
        return paged(
            request, resource.order, rows, paging.size, lambda row: resource.represent(request, row)
        )

    return listed


@api_view
def record_detail(request, resource, key):
    record = resource.one(request, key)
    if record is not None:
        return answer(record)
    moved = resource.moved(key)
    if moved is None:
        return problem(404, _("No public record has this address."))
    return redirect(reverse(f"api:{resource.name}-detail", args=[moved.slug]), permanent=True)


# Remarks by filters alone, in the database: every one that passes them, page after page.
REMARK_ORDERS = {
    "newest": RESOURCES["remarks"].order,
    "oldest": Keyset("remarks-oldest", ("meeting_date", "meeting_id", "position")),
}


def newest_first(candidate):
    return (-candidate.date.toordinal(), -candidate.meeting_id, candidate.position)


# A search by words: its candidates (``RemarkSearch.candidates``) in the orders the search
# page shows them in (``RemarkSearch.ordered``), made unique by each remark's place.
MATCH_ORDERS = {
    "newest": SortedKeys("matches-newest", newest_first),
    "oldest": SortedKeys(
        "matches-oldest", lambda c: (c.date.toordinal(), c.meeting_id, c.position)
    ),
    # Equal ranks, or none where the database ranked nothing, newest first.
    "relevance": SortedKeys("matches-relevance", lambda c: (-(c.rank or 0.0), *newest_first(c))),
}


def remark_parameters():
    return [*search_parameters(), *PAGE_PARAMETERS]


@api_view(reads=remark_parameters)
def remark_list(request):
    """Remarks by the search page's filters and words: with filters alone, every remark that
    passes them; with words, the search's matches, as many as the search page shows."""
    search, paging = SearchForm(request.GET), PageForm(request.GET)
    if not (search.is_valid() & paging.is_valid()):
        return invalid(search, paging)
    found = RemarkSearch(search.cleaned_data)
    if not found.terms:
        order = REMARK_ORDERS.get(found.sort, REMARK_ORDERS["newest"])
        rows = paging.page(order, for_remark_records(found.matched.remarks))
        if rows is None:
            return invalid(paging)
        return paged(request, order, rows, paging.size, lambda row: remark_record(request, row))
    order = MATCH_ORDERS[found.sort]
    rows = paging.page(order, found.candidates)
    if rows is None:
        return invalid(paging)
    shown = [candidate.id for candidate in rows[: paging.size]]
    remarks = for_remark_records(Remark.objects.published()).in_bulk(shown)
    return paged(
        request,
        order,
        rows,
        paging.size,
        lambda candidate: remark_record(request, remarks[candidate.id]),
        count=len(found.candidates),
        count_is_capped=found.count_is_capped,
    )


@api_view
def openapi_json(request):
    return answer(description())


def not_found(request):
    """An address under the API's with nothing behind it (the project's ``handler404``)."""
    where = request.build_absolute_uri(reverse("api:openapi"))
    message = _("The API has no such address; its description is at %(url)s.") % {"url": where}
    return open_to_all(problem(404, message))


@public_page
class DocsView(TemplateView):
    """The description for people: every operation, its parameters and what it answers."""

    template_name = "api/docs.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(api=readable(), **kwargs)
