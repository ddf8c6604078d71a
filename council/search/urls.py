from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/feed/", views.SearchFeed(), name="feed"),
    path("search/remarks.csv", views.search_csv, name="csv"),
    path("search/trends/", views.trends, name="trends"),
    path("search/speakers/", views.speaker_suggestions, name="speakers"),
]
