from django.db import migrations

from . import on_postgresql

# The words of each speaker's published remarks: a search by speaker reads their matches
# alone (see PostgresSearch.match), where walking their remarks read all of them for a word
# they seldom use. btree_gin lets the speaker be a key of the GIN index beside the words.
CREATE = (
    "CREATE INDEX IF NOT EXISTS remark_speaker_words_idx ON records_remark "
    "USING gin (speaker_id, search_vector) WHERE meeting_published"
)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_both_languages")]
    operations = [
        # Not Django's BtreeGinExtension: undone, it asks pg_extension on SQLite too.
        on_postgresql(
            ["CREATE EXTENSION IF NOT EXISTS btree_gin", CREATE],
            ["DROP INDEX IF EXISTS remark_speaker_words_idx"],
        ),
    ]
