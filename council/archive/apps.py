from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    """The public site: the pages people read, cite and follow."""

    name = "council.archive"
    label = "archive"
    verbose_name = _("Public archive")
