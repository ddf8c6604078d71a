"""The records as data. Each file follows the pages' rules: drafts only for staff who may
preview them, a former address redirected, and the page cache and conditional GETs. The bulk
download is served as ``export_dump`` wrote it, drafts never in it."""

import json
from datetime import datetime

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from council.archive.caching import kept_for_version, public_view
from council.archive.site_pages import published_pages
from council.records.models import Meeting

from .akn import akoma_ntoso
from .dump import MANIFEST, files_by_kind, latest_dump
from .kinds import KINDS
from .licence import data_licence
from .outcomes import commitments_data, meeting_record, policies_data
from .popolo import popolo
from .records import for_meeting_records
from .tables import remarks_csv

# Korean reads as Korean in the files, and they stay readable by a person.
JSON_OPTIONS = {"ensure_ascii": False, "indent": 2}


class DataView(TemplateView):
    """What the archive offers as data, in which formats, under which licence (the settings'
    name for it, and the site's page at /pages/licence/ once staff have published it), and the
    latest bulk download. Not kept in the page cache: a new dump changes it while the records
    do not (it reads a small file, and no table)."""

    template_name = "opendata/index.html"
    LICENCE_PAGE = "licence"

    def get_context_data(self, **kwargs):
        pages = published_pages().every
        licence_page = next((page for page in pages if page.slug == self.LICENCE_PAGE), None)
        _, manifest = latest_dump(settings.DUMP_ROOT)
        dump = None
        if manifest:
            dump = {
                "generated_at": datetime.fromisoformat(manifest["generated_at"]),
                "kinds": [
                    {
                        **files,
                        "label": KINDS[files["kind"]].label
                        if files["kind"] in KINDS
                        else files["kind"],
                    }
                    for files in files_by_kind(manifest)
                ],
            }
        return super().get_context_data(
            dump=dump, licence=data_licence(), licence_page=licence_page, **kwargs
        )


def open_to_all(response):
    """Readable by scripts on any site (CORS): what is answered is public and the same for
    everyone, never by cookie or session, so no other site learns through it what its visitor
    could not."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def dump_file(request, name):
    """A file of the latest bulk download, named in its manifest (or the manifest itself), with
    its SHA-256 as its ETag."""
    folder, manifest = latest_dump(settings.DUMP_ROOT)
    entries = {entry["name"]: entry for entry in manifest["files"]} if manifest else {}
    if name != MANIFEST and name not in entries:
        raise Http404
    etag = f'"{entries[name]["sha256"]}"' if name in entries else None
    response = etag and get_conditional_response(request, etag=etag)
    if not response:
        kind = "application/json" if name == MANIFEST else "application/gzip"
        response = FileResponse(
            (folder / name).open("rb"), as_attachment=name != MANIFEST, content_type=kind
        )
        if etag:
            response["ETag"] = etag
    return open_to_all(response)


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
        request,
        slug,
        "opendata:meeting-json",
        for_meeting_records(Meeting.objects.visible_to(request.user)),
    )
    if moved:
        return moved
    return JsonResponse(meeting_record(request, meeting), json_dumps_params=JSON_OPTIONS)


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


def archive_json(request, name, build):
    """``build(request)`` as JSON, kept for the version of the records (and the host its
    addresses name), whatever the query string: each reads a whole kind of record."""
    body = kept_for_version(
        request,
        f"{name}|{request.get_host()}",
        lambda: json.dumps(build(request), **JSON_OPTIONS),
    )
    return HttpResponse(body, content_type="application/json")


@public_view
def popolo_json(request):
    # Every person, body and appointment: 0.6 s at a million remarks.
    return archive_json(request, "popolo", popolo)


@public_view
def policies_json(request):
    return archive_json(request, "policies", policies_data)


@public_view
def commitments_json(request):
    return archive_json(request, "commitments", commitments_data)
