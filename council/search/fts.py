"""The SQLite full-text indexes: FTS5 tables over the text of remarks
(``records_remark.text``) and of the pages of documents (``records_documentpage.text``).

The trigram tokenizer matches any substring of three characters or more, which is what Korean
needs (particles attach to words), and ``bm25()`` ranks. Triggers keep each in step with its
table. SQLite's way of altering a table (copy, drop, rename) drops the triggers with the old
table, so ``ensure_fts`` runs after every migration too, and rebuilds an index if it had to
recreate its triggers.
"""

from typing import NamedTuple


class FtsIndex(NamedTuple):
    """An FTS5 table (``table``) over the ``text`` column of ``source``."""

    table: str
    source: str

    def create_table(self):
        return (
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
            f"text, content='{self.source}', content_rowid='id', tokenize='trigram')"
        )

    def triggers(self):
        table, source = self.table, self.source
        return {
            f"{table}_insert": f"""
CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON {source} BEGIN
    INSERT INTO {table}(rowid, text) VALUES (new.id, new.text);
END""",
            f"{table}_delete": f"""
CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON {source} BEGIN
    INSERT INTO {table}({table}, rowid, text) VALUES ('delete', old.id, old.text);
END""",
            f"{table}_update": f"""
CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE OF text ON {source}
BEGIN
    INSERT INTO {table}({table}, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO {table}(rowid, text) VALUES (new.id, new.text);
END""",
        }


REMARKS = FtsIndex("search_remark_fts", "records_remark")
DOCUMENT_PAGES = FtsIndex("search_documentpage_fts", "records_documentpage")
INDEXES = (REMARKS, DOCUMENT_PAGES)
TABLE = REMARKS.table


def ensure_fts(connection):
    """Create the tables and triggers where missing; rebuild an index if anything was."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            ["search_%_fts%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        tables = connection.introspection.table_names(cursor)
        for index in INDEXES:
            if index.source not in tables:
                continue
            triggers = index.triggers()
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
