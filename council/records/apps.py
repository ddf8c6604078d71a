from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The domain: councils, meetings, people, institutions, remarks and policy items."""

    name = "council.records"
    label = "records"
    verbose_name = _("Council records")
