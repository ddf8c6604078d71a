from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_search_index(using, **kwargs):
    from .fts import ensure_fts

    ensure_fts(connections[using])


class SearchConfig(AppConfig):
    """Full-text search over published remarks, on SQLite (FTS5) and PostgreSQL."""

    name = "council.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        post_migrate.connect(ensure_search_index, sender=self, dispatch_uid="ensure-search-index")
