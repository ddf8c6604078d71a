from django.urls import path

from . import views

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("meetings/<slug:slug>/", views.MeetingView.as_view(), name="meeting"),
]
