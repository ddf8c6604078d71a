"""What is kept until the records change: public pages, and the values they are made from.

Every change stamps the one ``Revision`` row, so the records' version is that stamp, and a
page's version is the stamp with the language and the audience (staff see drafts). The page's
version serves as the ETag of conditional requests, and both serve as the cache's own
``version`` of what is kept: an edit or a publication, made by any process, shows at once in
every worker, without anyone having to know which pages or values it touched.
"""

import hashlib
from functools import partial, wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.http import condition

from council.records.models import Revision, may_preview

# How long a value kept for a version may outlive it unused (a new version makes a new key).
KEPT_SECONDS = 24 * 3600


def records_version():
    """When the records last changed, as a version; None before any change. One query by
    primary key, or none where the revision watch knows it (``Revision.last_changed``)."""
    changed = Revision.last_changed()
    return f"{changed.timestamp():.6f}" if changed else None


def page_version(request, *args, **kwargs):
    """What every public page depends on (``stamp-language-audience``); None before any
    record. Read once a request, for the ETag, the page cache and the page's kept values."""
    if not hasattr(request, "page_version"):
        records = records_version()
        # No user: answered before authentication (an unreadable query's 400), as to the public.
        user = getattr(request, "user", None)
        audience = "staff" if user is not None and may_preview(user) else "public"
        request.page_version = f"{records}-{get_language()}-{audience}" if records else None
    return request.page_version


def page_key(request):
    """The page's address as its view reads it: scheme, host (addresses in the page name
    it), path and only the query parameters the view reads (see ``reading_only``)."""
    address = f"{get_language()}|{request.scheme}://{request.get_host()}{request.path}"
    return "page:" + hashlib.sha256(f"{address}?{request.GET.urlencode()}".encode()).hexdigest()


def kept(name, compute, version):
    """``compute()``, kept in the cache under ``version``."""
    key = "kept:" + hashlib.sha256(name.encode()).hexdigest()
    return cache.get_or_set(key, compute, KEPT_SECONDS, version=version)


def kept_for_version(request, name, compute):
    """``compute()``, kept as long as the page's version holds: for what a page aggregates
    over the whole archive (the years with meetings, the count of a speaker's thousands of
    remarks), which costs more than the rest of the page and changes only with the records."""
    return kept(name, compute, page_version(request))


# name → (version, value): what ``kept_for_records`` last found, in this process.
_held_in_process = {}


def kept_for_records(name, compute):
    """``compute()``, kept until the records change, for every language and audience alike,
    and held in this process's memory too: read from Redis and unpickled, the search form's
    400 filter choices cost 0.8–1.5 ms a request and the institution of 10,000 appointments
    1.4–2.3 ms, where memory answers in under a microsecond."""
    version = records_version()
    held = _held_in_process.get(name)
    if held is not None and held[0] == version:
        return held[1]
    value = kept(name, compute, version)
    _held_in_process[name] = (version, value)
    return value


def reading_only(names):
    """The view sees only the query parameters ``names``: the page cache keys on them, so a
    crawler's junk parameters neither make new copies nor reach the view."""

    def decorator(view):
        @wraps(view)
        def view_of_its_parameters(request, *args, **kwargs):
            read = [(name, value) for name in names for value in request.GET.getlist(name)]
            request.GET = QueryDict(urlencode(read))
            return view(request, *args, **kwargs)

        return view_of_its_parameters

    return decorator


def private_for_staff(view):
    """What staff see (drafts among the rest, marked as a preview) is kept by no cache on the
    way, nor by the browser: ``Cache-Control: private, no-store``, as the admin's pages."""

    @wraps(view)
    def view_marked_for_staff(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if may_preview(request.user):
            add_never_cache_headers(response)
        return response

    return view_marked_for_staff


def cache_public_page(view):
    """Keep the public's successful GET responses for ``PAGE_CACHE_SECONDS`` under the version
    they were made at; what staff see is never kept."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        version = page_version(request)
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or not (version or "").endswith("-public"):
            return view(request, *args, **kwargs)
        key = page_key(request)
        kept = cache.get(key, version=version)
        if kept is not None:
            return kept
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            if hasattr(response, "add_post_render_callback"):
                response.add_post_render_callback(
                    lambda done: cache.set(key, done, seconds, version=version)
                )
            else:
                cache.set(key, response, seconds, version=version)
        return response

    return cached_view


def public_decorators(reads):
    return [
        reading_only(reads),
        private_for_staff,
        condition(etag_func=page_version),
        cache_public_page,
    ]


def public_view(view=None, *, reads=()):
    """A 304 for an unchanged page, else the cached page if any, else the view, which sees
    only the query parameters named in ``reads``."""
    if view is None:
        return partial(public_view, reads=reads)
    for decorator in reversed(public_decorators(reads)):
        view = decorator(view)
    return view


def public_page(view_class=None, *, reads=()):
    """The same, on a class-based view's dispatch."""
    if view_class is None:
        return partial(public_page, reads=reads)
    return method_decorator(public_decorators(reads), name="dispatch")(view_class)
