"""One archive holds the whole instance: the database as Django's JSON Lines dump, and the
uploaded media files, in a gzipped tar.

Django's own dump, not ``pg_dump`` or SQLite's ``.backup``, so that one format serves both
databases (a SQLite archive restores into PostgreSQL and back), needs no database client of a
matching version, and is read line by line on restore (JSON Lines; a plain JSON dump is loaded
whole into memory). A tar, not a zip, because Python writes and reads it as a stream, ``tar``
lists it anywhere, and its ``data`` extraction filter refuses members that would land outside
the media folder.
"""

import json
import shutil
import tarfile
import tempfile
import zlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media"

# Made again by ``migrate`` in every instance (content types and permissions), or not records
# at all (sessions: a restore signs everyone out). Everything else is kept.
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]
# Rows refer to content types and permissions by name, which is the same in every instance,
# and keep their own ids (addresses such as /remarks/<id>/ name them). Not natural primary
# keys: taggit's tagged items take the object's id alone for theirs, and would overwrite one
# another on loading.
DUMP_OPTIONS = {"natural_foreign": True, "exclude": EXCLUDED}


def backed_up_models():
    """The models whose rows a backup holds: all but ``EXCLUDED``."""
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label not in EXCLUDED and model._meta.label_lower not in EXCLUDED
    ]


class BackupError(Exception):
    """What stops a backup or a restore, in words for the person running it."""


def applied_migrations(using=DEFAULT_DB_ALIAS):
    return sorted(MigrationRecorder(connections[using]).applied_migrations())


def write_archive(path, using=DEFAULT_DB_ALIAS):
    """Write the database and ``MEDIA_ROOT`` to ``path``; returns the manifest."""
    path = Path(path)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DATA
        # One transaction, so that the dump is one moment of the records on PostgreSQL.
        with transaction.atomic(using=using):
            call_command("dumpdata", format="jsonl", output=dump, database=using, **DUMP_OPTIONS)
            manifest = {
                "format": FORMAT,
                "made_at": timezone.now().isoformat(),
                "database": connections[using].vendor,
                "migrations": applied_migrations(using),
                "rows": sum(1 for _ in dump.open(encoding="utf-8")),
                "media_files": sum(1 for f in media_root.rglob("*") if f.is_file())
                if media_root.is_dir()
                else 0,
            }
        manifest_file = Path(work) / MANIFEST
        manifest_file.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        # Written beside, then renamed: never a half-written archive under the name asked for.
        partial = path.with_name(path.name + ".partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(manifest_file, MANIFEST)
                archive.add(dump, DATA)
                if media_root.is_dir():
                    archive.add(media_root, MEDIA)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def read_manifest(archive):
    try:
        member = archive.extractfile(MANIFEST)
        manifest = json.load(member)
    except (KeyError, AttributeError, ValueError) as exc:
        raise BackupError("This archive has no readable manifest.json: not a backup.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"This archive is of format {manifest.get('format')!r}, not {FORMAT}.")
    return manifest


def check_migrations(manifest):
    """The dump's rows fit the tables only if both were made by the same migrations: those
    applied where the archive was made, and those of this code."""
    theirs = {tuple(m) for m in manifest["migrations"]}
    ours = set(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)
    if theirs != ours:
        missing = sorted(f"{app}.{name}" for app, name in theirs - ours)
        extra = sorted(f"{app}.{name}" for app, name in ours - theirs)
        raise BackupError(
            "This archive was made by another version of the site. "
            + (f"It has migrations this code lacks: {', '.join(missing)}. " if missing else "")
            + (f"This code has migrations it lacks: {', '.join(extra)}. " if extra else "")
            + "Restore it with the version that made it, then update and run migrate."
        )


def check_empty(using, media_root):
    """Only into an empty instance: a restore adds rows with their own ids, and would clash
    with (or silently mix into) records already there."""
    tables = set(connections[using].introspection.table_names())
    models = [get_user_model(), *apps.get_app_config("records").get_models()]
    holding = [
        m._meta.label
        for m in models
        if m._meta.db_table in tables and m._default_manager.using(using).exists()
    ]
    if holding:
        raise BackupError(
            f"The database is not empty ({', '.join(holding)} hold rows): restore only into a "
            "new, empty database."
        )
    if media_root.is_dir() and any(media_root.iterdir()):
        raise BackupError(f"MEDIA_ROOT ({media_root}) is not empty: restore into an empty folder.")


def restore_archive(path, using=DEFAULT_DB_ALIAS):
    """Restore ``path`` into the database (migrated first) and ``MEDIA_ROOT``, both empty;
    returns the manifest. Nothing is left half-restored: the rows load in one transaction, and
    the media files written are removed if anything fails."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    try:
        with tarfile.open(path, "r:gz") as archive:
            return restore_from(archive, using)
    except (tarfile.TarError, EOFError, zlib.error) as exc:
        raise BackupError(f"{path} is not a whole backup archive: {exc}") from exc


def restore_from(archive, using):
    media_root = Path(settings.MEDIA_ROOT)
    manifest = read_manifest(archive)
    # Read to the end before anything changes: a truncated archive is refused here.
    media = [m for m in archive.getmembers() if m.name.startswith(f"{MEDIA}/")]
    check_migrations(manifest)
    check_empty(using, media_root)
    call_command("migrate", database=using, verbosity=0, interactive=False)
    try:
        with tempfile.TemporaryDirectory() as work, transaction.atomic(using=using):
            # ``migrate`` made rows of its own (the staff roles, the site's first pages); the
            # archive holds the site's own, ids included (a role deleted and made again has
            # another id, a first page deleted is gone): those replace these.
            for model in backed_up_models():
                model._base_manager.using(using).all().delete()
            archive.extract(DATA, work, filter="data")
            call_command("loaddata", Path(work) / DATA, database=using, verbosity=0)
            for member in media:
                member.name = member.name.removeprefix(f"{MEDIA}/")
            archive.extractall(media_root, members=media, filter="data")
    except BaseException:
        shutil.rmtree(media_root, ignore_errors=True)  # it was empty: see check_empty
        media_root.mkdir(parents=True, exist_ok=True)
        raise
    return manifest
