from django.db import migrations

from council.search.fts import DOCUMENT_PAGES, drop_fts, ensure_fts


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        # Full-text search of documents' pages, as of remarks (0002_indexes).
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS documentpage_search_vector_idx "
            "ON records_documentpage USING gin (search_vector)"
        )
    ensure_fts(connection)


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS documentpage_search_vector_idx")
    drop_fts(connection, [DOCUMENT_PAGES])


class Migration(migrations.Migration):
    """The index of the text of documents' pages: GIN on PostgreSQL, FTS5 on SQLite."""

    dependencies = [
        ("search", "0004_rank_function"),
        ("records", "0020_meeting_documents"),
    ]
    operations = [migrations.RunPython(create, drop)]
