from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from council.records.search_document import HANGUL_BIGRAMS_FUNCTION


def create_functions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HANGUL_BIGRAMS_FUNCTION)


def drop_functions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS council_hangul_bigrams(text)")


class Migration(migrations.Migration):
    """PostgreSQL only: the function the remark search vector is computed with, and pg_trgm."""

    initial = True
    dependencies = []
    operations = [
        TrigramExtension(),
        migrations.RunPython(create_functions, drop_functions),
    ]
