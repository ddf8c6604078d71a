from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Email alerts: anyone follows a search, a speaker, an institution, a council, a topic or a
    policy item, and is sent the new remarks that match."""

    name = "council.alerts"
    label = "alerts"
    verbose_name = _("Alerts")
