from django.urls import path

from council.settings import env_bool

from . import views

app_name = "bench"

urlpatterns = [
    path("ok/", views.ok, name="ok"),
    path("template/", views.template, name="template"),
]


def enabled():
    """Only ``make bench`` mounts these views: it sets COUNCIL_BENCH_VIEWS=true for its server."""
    return env_bool("COUNCIL_BENCH_VIEWS", False)
