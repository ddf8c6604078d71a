"""The SQLite full-text index of remarks: an FTS5 table over ``records_remark.text``.

The trigram tokenizer matches any substring of three characters or more, which is what Korean
needs (particles attach to words), and ``bm25()`` ranks. Triggers keep it in step with the
remarks. SQLite's way of altering a table (copy, drop, rename) drops the triggers with the old
table, so ``ensure_fts`` runs after every migration too, and rebuilds the index if it had to
recreate them.
"""

TABLE = "search_remark_fts"

CREATE_TABLE = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
    text, content='records_remark', content_rowid='id', tokenize='trigram'
)
"""

TRIGGERS = {
    "search_remark_fts_insert": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_insert AFTER INSERT ON records_remark BEGIN
    INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text);
END""",
    "search_remark_fts_delete": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_delete AFTER DELETE ON records_remark BEGIN
    INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text);
END""",
    "search_remark_fts_update": f"""
CREATE TRIGGER IF NOT EXISTS search_remark_fts_update AFTER UPDATE OF text ON records_remark
BEGIN
    INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text);
END""",
}


def ensure_fts(connection):
    """Create the table and triggers where missing; rebuild the index if anything was."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            ["search_remark_fts%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        if "records_remark" not in connection.introspection.table_names(cursor):
            return
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
