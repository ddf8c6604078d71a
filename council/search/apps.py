from django.apps import AppConfig, apps
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
        # Django sends post_migrate only for apps with models; this one has none, and indexes
        # the records' table.
        post_migrate.connect(
            ensure_search_index,
            sender=apps.get_app_config("records"),
            dispatch_uid="ensure-search-index",
        )
