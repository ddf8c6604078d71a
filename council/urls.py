from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from council.api.views import DocsView
from council.archive.caching import public_view
from council.archive.media import media_file
from council.archive.sitemaps import sitemaps
from council.opendata.views import DataView

handler400 = "council.archive.middleware.bad_request"

# English at the bare paths, Korean under /ko/ (the admin too: /ko/admin/).
urlpatterns = [
    # An index of sections, each paged at 50,000 addresses: remarks run to millions.
    path("sitemap.xml", public_view(sitemap_views.index), {"sitemaps": sitemaps}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        public_view(sitemap_views.sitemap, reads=["p"]),
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("data/", include("council.opendata.urls")),
    path("api/v1/", include("council.api.urls")),
    *i18n_patterns(
        path("admin/", admin.site.urls),
        path("", include("council.archive.urls")),
        path("", include("council.search.urls")),
        path("data/", DataView.as_view(), name="data"),
        path("api/v1/", DocsView.as_view(), name="api-docs"),
        prefix_default_language=False,
    ),
    # Uploaded files, checked against their record's visibility (see council/archive/media.py).
    path("media/<path:path>", media_file, name="media"),  # MEDIA_URL
]
