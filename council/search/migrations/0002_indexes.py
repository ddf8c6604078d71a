from django.db import migrations

from council.search.fts import drop_fts, ensure_fts

POSTGRES_INDEXES = [
    # Full-text search of remarks: English stems and Hangul bigrams (records/search_document.py).
    "CREATE INDEX IF NOT EXISTS remark_search_vector_idx ON records_remark USING gin (search_vector)",
    # Partial words when full-text search finds nothing: Django's icontains is UPPER(...) LIKE.
    "CREATE INDEX IF NOT EXISTS remark_text_trgm_idx ON records_remark "
    "USING gin (UPPER(text) gin_trgm_ops)",
]


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        for statement in POSTGRES_INDEXES:
            schema_editor.execute(statement)
    ensure_fts(connection)


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS remark_search_vector_idx")
        schema_editor.execute("DROP INDEX IF EXISTS remark_text_trgm_idx")
    drop_fts(connection)


class Migration(migrations.Migration):
    """The search indexes: GIN indexes on PostgreSQL, an FTS5 table with triggers on SQLite."""

    dependencies = [
        ("search", "0001_functions"),
        ("records", "0003_remark_search_vector"),
    ]
    operations = [migrations.RunPython(create, drop)]
