from django.urls import path

from . import views
from .resources import RESOURCES

app_name = "api"

# The JSON, at the same address in every language (outside the /ko/ prefix); the page that
# describes it is /api/v1/ (and /ko/api/v1/), beside the archive's pages.
urlpatterns = [
    path("openapi.json", views.openapi_json, name="openapi"),
    path("remarks/", views.remark_list, name="remarks"),
    path(
        "remarks/<int:key>/",
        views.record_detail,
        {"resource": RESOURCES["remarks"]},
        name="remarks-detail",
    ),
]
for name, resource in RESOURCES.items():
    if name != "remarks":
        urlpatterns += [
            path(f"{name}/", views.record_list, {"resource": resource}, name=name),
            path(
                f"{name}/<str:key>/",
                views.record_detail,
                {"resource": resource},
                name=f"{name}-detail",
            ),
        ]
