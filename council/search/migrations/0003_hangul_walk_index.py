from django.db import migrations

from council.search.backends import HANGUL_REMARK

from . import on_postgresql

# The published remarks that hold Hangul, newest first: a search for a Korean word walks these
# (a fifth of the remarks) instead of every remark (see PostgresSearch.match).
CREATE = (
    "CREATE INDEX IF NOT EXISTS remark_hangul_date_idx ON records_remark "
    '(meeting_date DESC, meeting_id DESC, "position") '
    f"WHERE meeting_published AND text ~ '{HANGUL_REMARK}'"
)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexes"),
        ("records", "0006_remark_meeting_copies"),
    ]
    operations = [on_postgresql([CREATE], ["DROP INDEX IF EXISTS remark_hangul_date_idx"])]
