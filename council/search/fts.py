"""The SQLite full-text indexes: FTS5 tables over the remarks' English and Korean texts
(``records_remark.text`` and ``text_ko``, so that the words as spoken and as translated both find
a remark) and over the text of the pages of documents (``records_documentpage.text``).

The trigram tokenizer matches any substring of three characters or more, which is what Korean
needs (particles attach to words), and ``bm25()`` ranks. Triggers keep each in step with its
table. SQLite's way of altering a table (copy, drop, rename) drops the triggers with the old
table, so ``ensure_fts`` runs after every migration too, and rebuilds an index if it had to
recreate its triggers, or the table itself where it indexes other columns than its ``columns``
(the remarks' made before they had a Korean text).
"""

from typing import NamedTuple


class FtsIndex(NamedTuple):
    """An FTS5 table (``table``) over the ``columns`` of ``source``."""

    table: str
    source: str
    columns: tuple = ("text",)

    def create_table(self):
        return (
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
            f"{', '.join(self.columns)}, content='{self.source}', content_rowid='id', "
            "tokenize='trigram')"
        )

    def triggers(self):
        table, source = self.table, self.source
        columns = ", ".join(self.columns)
        new = ", ".join(f"new.{column}" for column in self.columns)
        old = ", ".join(f"old.{column}" for column in self.columns)
        return {
            f"{table}_insert": f"""
CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON {source} BEGIN
    INSERT INTO {table}(rowid, {columns}) VALUES (new.id, {new});
END""",
            f"{table}_delete": f"""
CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON {source} BEGIN
    INSERT INTO {table}({table}, rowid, {columns}) VALUES ('delete', old.id, {old});
END""",
            f"{table}_update": f"""
CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE OF {columns} ON {source}
BEGIN
    INSERT INTO {table}({table}, rowid, {columns}) VALUES ('delete', old.id, {old});
    INSERT INTO {table}(rowid, {columns}) VALUES (new.id, {new});
END""",
        }


REMARKS = FtsIndex("search_remark_fts", "records_remark", ("text", "text_ko"))
DOCUMENT_PAGES = FtsIndex("search_documentpage_fts", "records_documentpage")
INDEXES = (REMARKS, DOCUMENT_PAGES)
TABLE = REMARKS.table
COLUMNS = REMARKS.columns


def ensure_fts(connection):
    """Create the tables and triggers where missing, or a table again where it indexes other
    columns; rebuild an index if anything was. Nothing for a table that lacks a column yet (the
    search app's first migrations run before the records' that add the remarks' Korean text)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            ["search_%_fts%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        for index in INDEXES:
            if index.source not in tables:
                continue
            source_columns = {
                column.name
                for column in connection.introspection.get_table_description(cursor, index.source)
            }
            if not source_columns.issuperset(index.columns):
                continue
            triggers = index.triggers()
            if index.table in present:
                cursor.execute(f"PRAGMA table_info({index.table})")
                if tuple(row[1] for row in cursor.fetchall()) != index.columns:
                    drop_fts(connection, [index])
                    present -= {index.table, *triggers}
            missing = [name for name in triggers if name not in present]
            if index.table in present and not missing:
                continue
            cursor.execute(index.create_table())
            for name in missing:
                cursor.execute(triggers[name])
            cursor.execute(f"INSERT INTO {index.table}({index.table}) VALUES ('rebuild')")


def drop_fts(connection, indexes=INDEXES):
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for index in indexes:
            for name in index.triggers():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {index.table}")
