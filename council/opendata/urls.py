from django.urls import path

from . import views

app_name = "opendata"

# The files, at the same address in every language (outside the /ko/ prefix); the page that
# describes them is /data/ (and /ko/data/), beside the archive's pages.
urlpatterns = [
    path("meetings/<slug:slug>.json", views.meeting_json, name="meeting-json"),
    path("meetings/<slug:slug>.csv", views.meeting_csv, name="meeting-csv"),
    path("meetings/<slug:slug>.akn.xml", views.meeting_akn, name="meeting-akn"),
    path("popolo.json", views.popolo_json, name="popolo"),
    path("dump/<str:name>", views.dump_file, name="dump"),
    path("policies.json", views.policies_json, name="policies"),
    path("commitments.json", views.commitments_json, name="commitments"),
]
