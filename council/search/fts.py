"""The SQLite full-text index of remarks: an FTS5 table over the remarks' English and Korean
texts (``records_remark.text`` and ``text_ko``), so that the words as spoken and as translated
both find a remark.

The trigram tokenizer matches any substring of three characters or more, which is what Korean
needs (particles attach to words), and ``bm25()`` ranks. Triggers keep it in step with the
remarks. SQLite's way of altering a table (copy, drop, rename) drops the triggers with the old
table, so ``ensure_fts`` runs after every migration too, and rebuilds the index if it had to
recreate them, or the table itself where it indexes other columns than ``COLUMNS`` (made before
the remarks had a Korean text).
"""

TABLE = "search_remark_fts"
COLUMNS = ("text", "text_ko")

_columns = ", ".join(COLUMNS)
_new = ", ".join(f"new.{column}" for column in COLUMNS)
_old = ", ".join(f"old.{column}" for column in COLUMNS)

CREATE_TABLE = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
    {_columns}, content='records_remark', content_rowid='id', tokenize='trigram'
)
"""

TRIGGERS = {
    "search_remark_fts_insert": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_insert AFTER INSERT ON records_remark BEGIN
    INSERT INTO {TABLE}(rowid, {_columns}) VALUES (new.id, {_new});
END""",
    "search_remark_fts_delete": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_delete AFTER DELETE ON records_remark BEGIN
    INSERT INTO {TABLE}({TABLE}, rowid, {_columns}) VALUES ('delete', old.id, {_old});
END""",
    "search_remark_fts_update": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_update AFTER UPDATE OF {_columns} ON records_remark
BEGIN
    INSERT INTO {TABLE}({TABLE}, rowid, {_columns}) VALUES ('delete', old.id, {_old});
    INSERT INTO {TABLE}(rowid, {_columns}) VALUES (new.id, {_new});
END""",
}


def ensure_fts(connection):
    """Create the table and triggers where missing, or the table again where it indexes other
    columns; rebuild the index if anything was. Nothing before the remarks have every column
    indexed (the search app's first migrations run before the records' that add them)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if "records_remark" not in tables:
            return
        remark_columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "records_remark")
        }
        if not remark_columns.issuperset(COLUMNS):
            return
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            ["search_remark_fts%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        if TABLE in present:
            cursor.execute(f"PRAGMA table_info({TABLE})")
            if tuple(row[1] for row in cursor.fetchall()) != COLUMNS:
                drop_fts(connection)
                present = set()
        missing = [name for name in TRIGGERS if name not in present]
        if TABLE in present and not missing:
            return
        cursor.execute(CREATE_TABLE)
        for name in missing:
            cursor.execute(TRIGGERS[name])
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def drop_fts(connection):
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
