"""The records as data. Each file follows the pages' rules: drafts only for staff who may
preview them, a former address redirected, and the page cache and conditional GETs."""

import csv

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from council.archive.caching import public_page, public_view
from council.records.models import Meeting

from .akn import akoma_ntoso
from .popolo import popolo
from .records import meeting_data

# Korean reads as Korean in the files, and they stay readable by a person.
JSON_OPTIONS = {"ensure_ascii": False, "indent": 2}
CSV_COLUMNS = [
    "meeting",
    "date",
    "position",
    "speaker",
    "speaker_ko",
    "role",
    "language",
    "is_translation",
    "agenda_item",
    "text",
    "url",
]


@public_page
class DataView(TemplateView):
    """What the archive offers as data, and in which formats."""

    template_name = "opendata/index.html"


def meeting_or_redirect(request, slug, view_name):
    """``(meeting with its proceedings, None)``, or ``(None, a redirect)`` from a former slug."""
    visible = Meeting.objects.visible_to(request.user)
    meeting = visible.with_proceedings().filter(slug=slug).first()
    if meeting is not None:
        return meeting, None
    moved = Meeting.find_by_former_slug(visible, slug)
    if moved is None:
        raise Http404
    return None, redirect(reverse(view_name, args=[moved.slug]), permanent=True)


@public_view
def meeting_json(request, slug):
    meeting, moved = meeting_or_redirect(request, slug, "opendata:meeting-json")
    return moved or JsonResponse(meeting_data(request, meeting), json_dumps_params=JSON_OPTIONS)


@public_view
def meeting_csv(request, slug):
    """The remarks, a row each, as spreadsheets open them (UTF-8 with a byte-order mark, without
    which Excel reads Korean as mojibake)."""
    meeting, moved = meeting_or_redirect(request, slug, "opendata:meeting-csv")
    if moved:
        return moved
    data = meeting_data(request, meeting)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{meeting.slug}-remarks.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for remark in data["remarks"]:
        speaker = remark["speaker"] or {}
        writer.writerow(
            [
                meeting.title,
                data["date"],
                remark["position"],
                speaker.get("name", ""),
                speaker.get("name_ko", ""),
                remark["role"],
                remark["language"],
                remark["is_translation"],
                remark["agenda_item"] or "",
                remark["text"],
                remark["url"],
            ]
        )
    return response


@public_view
def meeting_akn(request, slug):
    meeting, moved = meeting_or_redirect(request, slug, "opendata:meeting-akn")
    if moved:
        return moved
    response = HttpResponse(akoma_ntoso(request, meeting), content_type="application/akn+xml")
    response["Content-Disposition"] = f'inline; filename="{meeting.slug}.akn.xml"'
    return response


@public_view
def popolo_json(request):
    return JsonResponse(popolo(request), json_dumps_params=JSON_OPTIONS)
