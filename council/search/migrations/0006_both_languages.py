from django.db import migrations

from council.search.backends import HANGUL_REMARK
from council.search.fts import REMARKS, drop_fts, ensure_fts

# The remarks' search vector was made again over both texts (records 0022), without its index.
SEARCH_VECTOR = (
    "CREATE INDEX IF NOT EXISTS remark_search_vector_idx ON records_remark "
    "USING gin (search_vector)"
)
# Partial words when full-text search finds nothing, in the Korean texts too.
KOREAN_TRIGRAMS = (
    "CREATE INDEX IF NOT EXISTS remark_text_ko_trgm_idx ON records_remark "
    "USING gin (UPPER(text_ko) gin_trgm_ops)"
)
# The published remarks with Hangul in either text, newest first (see PostgresSearch.match):
# most Korean words are now in ``text_ko``.
HANGUL_WALK = (
    "CREATE INDEX remark_hangul_date_idx ON records_remark "
    '(meeting_date DESC, meeting_id DESC, "position") '
    f"WHERE meeting_published AND (text_ko ~ '{HANGUL_REMARK}' OR text ~ '{HANGUL_REMARK}')"
)
HANGUL_WALK_BEFORE = (
    "CREATE INDEX remark_hangul_date_idx ON records_remark "
    '(meeting_date DESC, meeting_id DESC, "position") '
    f"WHERE meeting_published AND text ~ '{HANGUL_REMARK}'"
)


def index_both(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        for statement in (
            SEARCH_VECTOR,
            KOREAN_TRIGRAMS,
            "DROP INDEX IF EXISTS remark_hangul_date_idx",
            HANGUL_WALK,
        ):
            schema_editor.execute(statement)
    else:
        # The FTS5 table indexed one column: made again over both, and rebuilt.
        drop_fts(connection, [REMARKS])
        ensure_fts(connection)


def index_english_only(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        for statement in (
            "DROP INDEX IF EXISTS remark_text_ko_trgm_idx",
            "DROP INDEX IF EXISTS remark_hangul_date_idx",
            HANGUL_WALK_BEFORE,
        ):
            schema_editor.execute(statement)
    else:
        drop_fts(connection, [REMARKS])


class Migration(migrations.Migration):
    """Search finds a remark by its English text and by its Korean one (issue 14)."""

    dependencies = [
        ("search", "0005_document_pages"),
        ("records", "0022_remark_words_as_spoken_and_translated"),
    ]
    operations = [migrations.RunPython(index_both, index_english_only)]
