from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.defaults import page_not_found
from django.views.generic import TemplateView

from council.api import views as api_views
from council.api.oembed import oembed
from council.archive import sitemaps
from council.archive.caching import public_view
from council.archive.media import media_file
from council.opendata.views import DataView

handler400 = "council.archive.middleware.bad_request"

API = "api/v1/"


def not_found(request, exception):
    """``handler404``: under the API, JSON, as every other answer there (a query holding a NUL
    byte is a 404 before any view, see ``UnreadableQueryMiddleware``); elsewhere the page."""
    if request.path_info.lstrip("/").startswith(API):
        return api_views.not_found(request)
    return page_not_found(request, exception)


handler404 = not_found

# English at the bare paths, Korean under /ko/ (the admin too: /ko/admin/).
urlpatterns = [
    # An index of sections, each paged at 50,000 addresses: remarks run to millions.
    path("sitemap.xml", public_view(sitemaps.index), name="sitemap"),
    path(
        "sitemap-<section>.xml",
        public_view(sitemaps.section, reads=["p"]),
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("data/", include("council.opendata.urls")),
    path(API, include("council.api.urls")),
    path("oembed/", oembed, name="oembed"),
    *i18n_patterns(
        path("admin/", admin.site.urls),
        path("", include("council.archive.urls")),
        path("", include("council.search.urls")),
        path("", include("council.alerts.urls")),
        path("data/", DataView.as_view(), name="data"),
        path(API, api_views.DocsView.as_view(), name="api-docs"),
        prefix_default_language=False,
    ),
    # Uploaded files, checked against their record's visibility (see council/archive/media.py).
    path("media/<path:path>", media_file, name="media"),  # MEDIA_URL
]
