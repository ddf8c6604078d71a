"""Requests the site cannot read, answered before any view tries to."""

from urllib.parse import unquote

from django.core.exceptions import TooManyFieldsSent
from django.http import Http404
from django.shortcuts import render


def bad_request(request, exception=None):
    """The 400 page (``handler400``), in the site's layout and language, with a way on."""
    return render(request, "400.html", status=400)


class UnreadableQueryMiddleware:
    """A query string of more fields than DATA_UPLOAD_MAX_NUMBER_FIELDS is a 400 here, and an
    address holding a NUL byte a 404.

    Django raises on every read of such a ``request.GET``; with DEBUG on, its own error page
    reads it again and the request ends in a server error instead. No address of the site holds
    a NUL byte, and PostgreSQL refuses one in any text it is given: a lookup by slug or a search
    with one was a server error there.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.GET  # noqa: B018 (parsed here, once)
        except TooManyFieldsSent:
            return bad_request(request)
        if "\x00" in request.path or "\x00" in unquote(request.META.get("QUERY_STRING", "")):
            raise Http404
        return self.get_response(request)
