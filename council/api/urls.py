from django.urls import path

from . import views
from .resources import RESOURCES

app_name = "api"

# The JSON, at the same address in every language (outside the /ko/ prefix); the page that
# describes it is /api/v1/ (and /ko/api/v1/), beside the archive's pages.
urlpatterns = [path("openapi.json", views.openapi_json, name="openapi")]
for name, resource in RESOURCES.items():
    key = "int:key" if resource.lookup == "pk" else "str:key"
    urlpatterns += [
        path(
            f"{name}/",
            views.remark_list if name == "remarks" else views.record_list(resource),
            name=name,
        ),
        path(
            f"{name}/<{key}>/", views.record_detail, {"resource": resource}, name=f"{name}-detail"
        ),
    ]
