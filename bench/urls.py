"""The URLs under the benchmark's settings: the site's, and the baseline view under /bench/."""

from django.urls import include, path

from council import urls as site

from . import views

baselines = [
    path("ok/", views.ok, name="ok"),
]

# Django reads the error handlers from the root URLconf only: the site's, carried over.
handler400 = site.handler400
urlpatterns = [*site.urlpatterns, path("bench/", include((baselines, "bench")))]
