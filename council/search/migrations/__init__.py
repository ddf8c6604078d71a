from django.db import migrations


def on_postgresql(create, drop):
    """An operation that runs SQL statements on PostgreSQL only: on SQLite the FTS5 table of
    ``council.search.fts`` serves instead."""

    def run(statements):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                for statement in statements:
                    schema_editor.execute(statement)

        return operation

    return migrations.RunPython(run(create), run(drop))
