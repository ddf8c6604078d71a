"""Uploaded files (meeting photos, their thumbnails, portraits), to whoever may see their record.

The web server does not serve MEDIA_ROOT straight: a draft's photos would be public at their
addresses before the meeting is, and a file would outlive its row. Every file is sent here,
after one query asks whether it belongs to a record the visitor may see (the records' one
``published()`` rule); the bytes are then sent by Django, or by nginx or Apache where
``MEDIA_SENDFILE`` says so, which costs them no more than serving the folder did.
"""

import mimetypes
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

from council.records.models import may_preview, stored_file_visible_to


@require_safe
def media_file(request, path):
    public = stored_file_visible_to(path, AnonymousUser())
    if not public and not (
        may_preview(request.user) and stored_file_visible_to(path, request.user)
    ):
        raise Http404
    response = send(request, path)
    if public:
        # Checked again at every view: a withdrawn meeting's photos go at once, as its page does.
        patch_cache_control(response, no_cache=True)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def send(request, path):
    if settings.MEDIA_SENDFILE == "django":
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    response = HttpResponse(content_type=mimetypes.guess_type(path)[0])
    if settings.MEDIA_SENDFILE == "x-accel-redirect":
        response["X-Accel-Redirect"] = f"{settings.MEDIA_INTERNAL_URL}{quote(path)}"
    else:
        response["X-Sendfile"] = str(Path(settings.MEDIA_ROOT) / path)
    return response
