"""The records as data. Each file follows the pages' rules: drafts only for staff who may
preview them, a former address redirected, and the page cache and conditional GETs."""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from council.archive.caching import kept_for_version, public_page, public_view
from council.archive.site_pages import published_pages
from council.records.models import Meeting

from .akn import akoma_ntoso
from .popolo import popolo
from .records import meeting_data
from .tables import remarks_csv

# Korean reads as Korean in the files, and they stay readable by a person.
JSON_OPTIONS = {"ensure_ascii": False, "indent": 2}


@public_page
class DataView(TemplateView):
    """What the archive offers as data, in which formats, and under which licence: the site's
    page at /pages/licence/, once staff have published it."""

    template_name = "opendata/index.html"
    LICENCE = "licence"

    def get_context_data(self, **kwargs):
        pages = published_pages(self.request).every
        licence = next((page for page in pages if page.slug == self.LICENCE), None)
        return super().get_context_data(licence=licence, **kwargs)


def meeting_or_redirect(request, slug, view_name, meetings):
    """``(the meeting, None)``, or ``(None, a redirect)`` from a former slug."""
    visible = Meeting.objects.visible_to(request.user)
    meeting = meetings.filter(slug=slug).first()
    if meeting is not None:
        return meeting, None
    moved = Meeting.find_by_former_slug(visible, slug)
    if moved is None:
        raise Http404
    return None, redirect(reverse(view_name, args=[moved.slug]), permanent=True)


def with_proceedings(request):
    return Meeting.objects.visible_to(request.user).with_proceedings()


@public_view
def meeting_json(request, slug):
    meeting, moved = meeting_or_redirect(
        request, slug, "opendata:meeting-json", with_proceedings(request)
    )
    return moved or JsonResponse(meeting_data(request, meeting), json_dumps_params=JSON_OPTIONS)


@public_view
def meeting_csv(request, slug):
    meeting, moved = meeting_or_redirect(
        request, slug, "opendata:meeting-csv", Meeting.objects.visible_to(request.user)
    )
    if moved:
        return moved
    remarks = meeting.remarks.select_related("speaker", "agenda_item")
    return remarks_csv(request, remarks, f"{meeting.slug}-remarks.csv")


@public_view
def meeting_akn(request, slug):
    meeting, moved = meeting_or_redirect(
        request, slug, "opendata:meeting-akn", with_proceedings(request)
    )
    if moved:
        return moved
    response = HttpResponse(akoma_ntoso(request, meeting), content_type="application/akn+xml")
    response["Content-Disposition"] = f'inline; filename="{meeting.slug}.akn.xml"'
    return response


@public_view
def popolo_json(request):
    # Kept for the version of the records (and the host its addresses name), whatever the query
    # string: it reads every person, body and appointment (0.6 s at a million remarks).
    body = kept_for_version(
        request,
        f"popolo|{request.get_host()}",
        lambda: json.dumps(popolo(request), **JSON_OPTIONS),
    )
    return HttpResponse(body, content_type="application/json")
