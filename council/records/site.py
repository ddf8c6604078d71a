"""The staff's admin site: the records first on its index and in its sidebar, their topics
next; Django would list the apps alphabetically, which in Korean puts taggit's Latin name
first."""

from axes.apps import AppConfig as AxesAppConfig
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _
from taggit.apps import TaggitAppConfig


class CouncilAdminSite(admin.AdminSite):
    FIRST = ["records", "taggit"]

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        rank = {label: place for place, label in enumerate(self.FIRST)}
        return sorted(apps, key=lambda app: rank.get(app["app_label"], len(rank)))


class CouncilAdminConfig(AdminConfig):
    default_site = "council.records.site.CouncilAdminSite"


class TopicsConfig(TaggitAppConfig):
    """Taggit's tags are the records' topics (``Meeting.topics``): named so in the admin."""

    verbose_name = _("Topics")


class SignInAttemptsConfig(AxesAppConfig):
    """django-axes's records of the admin's sign-ins: named in the staff's language (Django
    would show its label, "Axes")."""

    verbose_name = _("Sign-in attempts")
