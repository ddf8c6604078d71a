"""The baseline every page is measured against, served by the same gunicorn: what Django
costs at all (middleware, URL resolution, a response), without the database."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def ok(request):
    return HttpResponse(b"OK\n", content_type="text/plain")
