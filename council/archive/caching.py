"""Public pages change only when the records do.

Every change stamps the one ``Revision`` row, so a page's version is that stamp, with the
language and the audience (staff see drafts). It serves as the ETag of conditional requests,
and to tell whether the page kept in the cache is current: an edit or a publication shows at
once, in every worker, without anyone having to know which pages it touched.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.http import condition

from council.records.models import Revision, may_preview

# How long a value kept for a version may outlive it unused (a new version makes a new key).
DERIVED_SECONDS = 24 * 3600


def page_version(request, *args, **kwargs):
    """What every public page depends on; None before any record. Computed once a request,
    with the kept copy of the page fetched in the same round trip (see ``cache_public_page``)."""
    if not hasattr(request, "_page_version"):
        audience = "staff" if may_preview(request.user) else "public"
        key = request._page_key = page_key(request, audience)
        changed, kept = Revision.last_changed_and_cached(key)
        version = f"{changed.timestamp():.6f}-{get_language()}-{audience}" if changed else None
        request._page_version = version
        request._kept_page = kept[1] if kept and kept[0] == version else None
    return request._page_version


def page_key(request, audience):
    address = f"{audience}|{get_language()}|{request.get_full_path()}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def kept_for_version(request, name, compute):
    """``compute()``, kept in the cache as long as the page's version holds: for what a page
    aggregates over the whole archive (the years with meetings, the count of a speaker's
    thousands of remarks), which costs more than the rest of the page and changes only with
    the records."""
    key = "derived:" + hashlib.sha256(f"{name}|{page_version(request)}".encode()).hexdigest()
    return cache.get_or_set(key, compute, DERIVED_SECONDS)


def cache_public_page(view):
    """Keep the public's successful GET responses for ``PAGE_CACHE_SECONDS`` with the version
    they were made at; staff previews are never kept."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        version = page_version(request)
        if not seconds or request.method != "GET" or not (version or "").endswith("public"):
            return view(request, *args, **kwargs)
        if request._kept_page is not None:
            return request._kept_page
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            key = request._page_key
            if hasattr(response, "add_post_render_callback"):
                response.add_post_render_callback(
                    lambda done: cache.set(key, (version, done), seconds)
                )
            else:
                cache.set(key, (version, response), seconds)
        return response

    return cached_view


PUBLIC_PAGE = [condition(etag_func=page_version), cache_public_page]


def public_view(view):
    """A 304 for an unchanged page, else the cached page if any, else the view."""
    for decorator in reversed(PUBLIC_PAGE):
        view = decorator(view)
    return view


# The same, on a class-based view's dispatch.
public_page = method_decorator(PUBLIC_PAGE, name="dispatch")
