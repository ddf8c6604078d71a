from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from council.archive import sitemaps
from council.archive.caching import public_view
from council.archive.media import media_file
from council.opendata.views import DataView

handler400 = "council.archive.middleware.bad_request"

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
    *i18n_patterns(
        path("admin/", admin.site.urls),
        path("", include("council.archive.urls")),
        path("", include("council.search.urls")),
        path("", include("council.alerts.urls")),
        path("data/", DataView.as_view(), name="data"),
        prefix_default_language=False,
    ),
    # Uploaded files, checked against their record's visibility (see council/archive/media.py).
    path("media/<path:path>", media_file, name="media"),  # MEDIA_URL
]
