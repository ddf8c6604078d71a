from django.urls import path, re_path

from . import feeds, views

app_name = "archive"

# Years and months are matched as digits only, so that a crawler's /meetings/99999/ is a 404, and
# ahead of the meeting slugs (which therefore must hold a letter).
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("meetings/", views.MeetingIndexView.as_view(), name="meetings"),
    re_path(r"^meetings/(?P<year>[0-9]{4})/$", views.MeetingYearView.as_view(), name="year"),
    re_path(
        r"^meetings/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.MeetingMonthView.as_view(),
        name="month",
    ),
    path("meetings/<slug:slug>/", views.MeetingView.as_view(), name="meeting"),
    path("remarks/<int:pk>/", views.RemarkView.as_view(), name="remark"),
    path("speakers/", views.SpeakerListView.as_view(), name="speakers"),
    path("speakers/<slug:slug>/", views.SpeakerView.as_view(), name="speaker"),
    path("speakers/<slug:slug>/feed/", feeds.SpeakerFeed(), name="speaker-feed"),
    path("institutions/", views.InstitutionListView.as_view(), name="institutions"),
    path("institutions/<slug:slug>/", views.InstitutionView.as_view(), name="institution"),
    path("councils/<slug:slug>/", views.CouncilView.as_view(), name="council"),
    path("topics/<str:slug>/", views.TopicView.as_view(), name="topic"),
    path("policies/<slug:slug>/", views.PolicyView.as_view(), name="policy"),
    path("policies/<slug:slug>/feed/", feeds.PolicyStatusFeed(), name="policy-feed"),
    path("commitments/", views.CommitmentListView.as_view(), name="commitments"),
    path("commitments/<int:pk>/", views.CommitmentView.as_view(), name="commitment"),
    path("commitments/<int:pk>/feed/", feeds.FollowUpFeed(), name="commitment-feed"),
    path("pages/<slug:slug>/", views.PageView.as_view(), name="page"),
    path("feeds/meetings/", feeds.MeetingFeed(), name="meeting-feed"),
    path("feeds/commitments/", feeds.CommitmentFeed(), name="commitments-feed"),
    path("feeds/corrections/", feeds.CorrectionFeed(), name="correction-feed"),
]
