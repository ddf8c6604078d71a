from django.db import migrations

# PostgreSQL only: a notification on the channel that every worker listens to
# (council/records/revision_watch.py), sent when a change to the revision row commits. Once a
# statement, with no payload: the workers read the row again themselves.
CREATE = """
CREATE FUNCTION records_revision_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('records_revision', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER records_revision_notify AFTER INSERT OR UPDATE ON records_revision
    FOR EACH STATEMENT EXECUTE FUNCTION records_revision_notify();
"""
DROP = """
DROP TRIGGER IF EXISTS records_revision_notify ON records_revision;
DROP FUNCTION IF EXISTS records_revision_notify();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("records", "0011_reencode_kept_uploads")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]
