from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Full-text search over published remarks, on SQLite (FTS5) and PostgreSQL."""

    name = "council.search"
    label = "search"
    verbose_name = _("Search")
