from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The records as data: a meeting as JSON, CSV and Akoma Ntoso; people and bodies as Popolo."""

    name = "council.opendata"
    label = "opendata"
    verbose_name = _("Open data")
