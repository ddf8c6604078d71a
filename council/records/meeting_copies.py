"""A remark's copies of its meeting's date and publication, kept by the database.

Lists and searches of remarks read ``records_remark.meeting_date`` and ``meeting_published``
(one table, one partial index) instead of joining every remark to its meeting. Triggers keep
the copies, so that no way of writing can leave them behind: ``save()``, ``bulk_create``, a
queryset's ``update()`` of meetings or remarks, ``loaddata``, a restored version, raw SQL.

- A remark takes its meeting's values when it is inserted, and whenever its ``meeting_id``
  or one of the copies is written: a stale copy written back (an edit form opened before the
  meeting was withdrawn, an old version restored) is replaced by the meeting's.
- A meeting gives its values to its remarks when it is inserted (a fixture may list a remark
  before its meeting) and when its date or status changes.

The columns take NULL, never listed as published: SQLite's triggers can only update a row
after its insert, so an insert without the copies must be accepted, and a remark loaded before
its meeting has none until the meeting arrives.

On PostgreSQL the migration ``remark_copies_kept_by_triggers`` makes the triggers. On SQLite
they are dropped before ``migrate`` runs migrations and made again after it (see
``RecordsConfig.ready``): SQLite alters a table by copying, dropping and renaming it, and the
renaming fails while another table's trigger names the dropped one.
"""

from django.db import connections
from django.db.migrations.recorder import MigrationRecorder


def is_published(meeting):
    """``Meeting.is_published`` in SQL, of the meeting row named ``meeting``."""
    return f"{meeting}.status = 'published'"


POSTGRESQL_CREATE = [
    f"""
CREATE OR REPLACE FUNCTION records_remark_copy_from_meeting() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT m.date, {is_published("m")} INTO NEW.meeting_date, NEW.meeting_published
    FROM records_meeting AS m WHERE m.id = NEW.meeting_id;
    RETURN NEW;
END $$""",
    f"""
CREATE OR REPLACE FUNCTION records_meeting_copy_to_remarks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE records_remark SET meeting_date = NEW.date, meeting_published = {is_published("NEW")}
    WHERE meeting_id = NEW.id;
    RETURN NULL;
END $$""",
    """
CREATE TRIGGER remark_copies_from_meeting
BEFORE INSERT OR UPDATE OF meeting_id, meeting_date, meeting_published ON records_remark
FOR EACH ROW EXECUTE FUNCTION records_remark_copy_from_meeting()""",
    """
CREATE TRIGGER meeting_copies_to_remarks_on_insert AFTER INSERT ON records_meeting
FOR EACH ROW EXECUTE FUNCTION records_meeting_copy_to_remarks()""",
    """
CREATE TRIGGER meeting_copies_to_remarks_on_update AFTER UPDATE OF date, status ON records_meeting
FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION records_meeting_copy_to_remarks()""",
]

POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS remark_copies_from_meeting ON records_remark",
    "DROP TRIGGER IF EXISTS meeting_copies_to_remarks_on_insert ON records_meeting",
    "DROP TRIGGER IF EXISTS meeting_copies_to_remarks_on_update ON records_meeting",
    "DROP FUNCTION IF EXISTS records_remark_copy_from_meeting()",
    "DROP FUNCTION IF EXISTS records_meeting_copy_to_remarks()",
]


def _differs_from_meeting(remark):
    """SQL true where the remark's copies are not its meeting's values (or it has none yet)."""
    return (
        "NOT EXISTS (SELECT 1 FROM records_meeting AS m "
        f"WHERE m.id = {remark}.meeting_id AND m.date = {remark}.meeting_date "
        f"AND ({is_published('m')}) = {remark}.meeting_published)"
    )


def _copy_from_meeting(remark):
    """SQL that sets the copies of the remarks matched by a WHERE clause that names ``remark``
    (a NULL pair where the meeting is not there yet)."""
    return (
        "UPDATE records_remark SET "
        f"meeting_date = (SELECT m.date FROM records_meeting AS m WHERE m.id = {remark}.meeting_id), "
        f"meeting_published = (SELECT {is_published('m')} FROM records_meeting AS m "
        f"WHERE m.id = {remark}.meeting_id)"
    )


# SQLite has no BEFORE trigger that may change the row, and no trigger on several events.
# WHEN skips the write when the copies are already right (the update a meeting's trigger
# makes fires the remark's again).
SQLITE_TRIGGERS = {
    "remark_copies_from_meeting_on_insert": f"""
CREATE TRIGGER IF NOT EXISTS remark_copies_from_meeting_on_insert
AFTER INSERT ON records_remark WHEN {_differs_from_meeting("NEW")}
BEGIN
    {_copy_from_meeting("NEW")} WHERE id = NEW.id;
END""",
    "remark_copies_from_meeting_on_update": f"""
CREATE TRIGGER IF NOT EXISTS remark_copies_from_meeting_on_update
AFTER UPDATE OF meeting_id, meeting_date, meeting_published ON records_remark
WHEN {_differs_from_meeting("NEW")}
BEGIN
    {_copy_from_meeting("NEW")} WHERE id = NEW.id;
END""",
    "meeting_copies_to_remarks_on_insert": f"""
CREATE TRIGGER IF NOT EXISTS meeting_copies_to_remarks_on_insert
AFTER INSERT ON records_meeting
BEGIN
    UPDATE records_remark SET meeting_date = NEW.date, meeting_published = {is_published("NEW")}
    WHERE meeting_id = NEW.id;
END""",
    "meeting_copies_to_remarks_on_update": f"""
CREATE TRIGGER IF NOT EXISTS meeting_copies_to_remarks_on_update
AFTER UPDATE OF date, status ON records_meeting
WHEN OLD.date IS NOT NEW.date OR OLD.status IS NOT NEW.status
BEGIN
    UPDATE records_remark SET meeting_date = NEW.date, meeting_published = {is_published("NEW")}
    WHERE meeting_id = NEW.id;
END""",
}

CREATE = {"postgresql": POSTGRESQL_CREATE, "sqlite": list(SQLITE_TRIGGERS.values())}
DROP = {
    "postgresql": POSTGRESQL_DROP,
    "sqlite": [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS],
}

# Rows written while no trigger watched (before there were any; on SQLite, during a
# migration). Writes only the remarks whose copies are wrong.
RESYNC = f"{_copy_from_meeting('records_remark')} WHERE {_differs_from_meeting('records_remark')}"

TRIGGERS_MIGRATION = ("records", "0016_remark_copies_kept_by_triggers")


def create_triggers(connection):
    """Bring every remark's copies in line, then make the triggers that keep them so."""
    with connection.cursor() as cursor:
        cursor.execute(RESYNC)
        for statement in CREATE[connection.vendor]:
            cursor.execute(statement)


def drop_triggers(connection):
    with connection.cursor() as cursor:
        for statement in DROP[connection.vendor]:
            cursor.execute(statement)


def drop_sqlite_triggers_before_migrate(using, plan=None, **signal):
    """``pre_migrate``: out of the way of the migrations about to run (see above)."""
    connection = connections[using]
    if connection.vendor == "sqlite" and plan:
        drop_triggers(connection)


def make_sqlite_triggers_after_migrate(using, **signal):
    """``post_migrate``: made again where missing, once the migration that brought them in is
    applied (migrating back before it leaves none)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    if TRIGGERS_MIGRATION not in MigrationRecorder(connection).applied_migrations():
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join(['%s'] * len(SQLITE_TRIGGERS))})",
            list(SQLITE_TRIGGERS),
        )
        if cursor.fetchone()[0] < len(SQLITE_TRIGGERS):
            create_triggers(connection)
