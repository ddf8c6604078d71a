from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImporterConfig(AppConfig):
    """Turning a press release or news article into a draft meeting record."""

    name = "council.importer"
    label = "importer"
    verbose_name = _("Import from articles")
