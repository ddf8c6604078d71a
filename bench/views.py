"""The two baselines every page is measured against, served by the same gunicorn.

Neither touches the database: ``ok`` is what Django costs at all (middleware, URL resolution,
a response), ``template`` what rendering a page of the same size costs without any query.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

FILLER = (
    "Government workforce training projects also need to expand practice-based courses that "
    "link universities and corporations in every region. "
)
MAX_BYTES = 1_000_000
MAX_ITEMS = 2_000

# (bytes, items) → the items that make a page of that size; filled on the first request.
_calibrated = {}


@require_GET
def ok(request):
    return HttpResponse(b"OK\n", content_type="text/plain")


def parameter(request, name, default, limit):
    try:
        return max(0, min(int(request.GET.get(name, default)), limit))
    except ValueError:
        return default


def items_for(request, size, count):
    """Remark-like items whose page renders to ``size`` bytes: measured once, by rendering
    with empty texts and spreading the difference over the items."""
    key = (size, count)
    if key not in _calibrated:
        empty = [{"text": "", "position": i + 1} for i in range(count)]
        bare = len(render_to_string("bench/template.html", {"items": empty}, request).encode())
        length = max(0, size - bare) // max(count, 1)
        text = (FILLER * (length // len(FILLER) + 1))[:length]
        _calibrated[key] = [{"text": text, "position": i + 1} for i in range(count)]
    return _calibrated[key]


@require_GET
def template(request):
    """``?bytes=N&items=K``: a page shaped like a meeting's (the site's base template, ``K``
    quoted remarks) of about ``N`` bytes."""
    size = parameter(request, "bytes", 20_000, MAX_BYTES)
    count = max(1, parameter(request, "items", 20, MAX_ITEMS))
    return render(request, "bench/template.html", {"items": items_for(request, size, count)})
