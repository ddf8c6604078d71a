"""``manage.py backup PATH`` saves the database and the media in one archive, and
``manage.py restore PATH`` puts them back into a new, empty instance with nothing lost: every
row (users and their passwords, the admin's history, former addresses, topics) and every file,
byte for byte. The new instance is a real one: its own database and media folder, restored and
read by other processes, on the engine the suite runs on (SQLite, then PostgreSQL), and on the
other one."""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import dj_database_url
import psycopg
import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import connection

from council.records.backup import DATA, MANIFEST
from council.records.models import Person

from .factories import image_upload

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
DUMP = ["--format", "jsonl", "--natural-foreign"]
DUMP += ["-e", "contenttypes", "-e", "auth.permission", "-e", "sessions"]


@pytest.fixture
def archive(seed_photo, tmp_path):
    """A backup of the seed meeting with a photo, a portrait, a renamed person (a former
    address), a staff account with a password and an entry in the admin's history."""
    person = Person.objects.get(slug="hwang-young-ho")
    person.portrait = image_upload("portrait.jpg", image_format="JPEG")
    person.slug = "hwang-youngho"
    person.save()
    alice = User.objects.create_user("alice", password="a long passphrase", is_staff=True)
    LogEntry.objects.log_actions(alice.pk, [person], ADDITION)
    path = tmp_path / "council.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO())
    return path


@contextmanager
def empty_instance(folder, vendor):
    """The environment of a new instance on ``vendor``: an empty database of its own and no
    media yet."""
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment["MEDIA_ROOT"] = str(folder / "restored-media")
    if vendor == "sqlite":
        environment["DATABASE_URL"] = f"sqlite:///{folder / 'restored.sqlite3'}"
        yield environment
        return
    address = postgres_address()
    try:
        admin = psycopg.connect(f"postgres://{address}/postgres", autocommit=True)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL is not answering at {address}: {exc}")
    name = f"council_restore_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    environment["DATABASE_URL"] = f"postgres://{address}/{name}"
    try:
        yield environment
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def postgres_address():
    """``user@host:port`` of the suite's PostgreSQL, or of make test's when on SQLite."""
    if connection.vendor == "postgresql":
        server = connection.settings_dict
    else:
        url = os.environ.get("POSTGRES_TEST_URL", "postgres://postgres@127.0.0.1:5432/council")
        server = dj_database_url.parse(url)
    return f"{server['USER']}@{server['HOST'] or 'localhost'}:{server['PORT'] or 5432}"


@pytest.fixture
def new_instance(tmp_path):
    with empty_instance(tmp_path, connection.vendor) as environment:
        yield environment


@pytest.fixture
def instance_on_the_other_database(tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    with empty_instance(tmp_path, other) as environment:
        yield environment


def manage(environment, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def rows(lines):
    """The dumped rows, less what the database derives (a remark's search vector: words on
    PostgreSQL, nothing on SQLite) and the revision stamp, which a restore is meant to change
    so that no cache serves a page from before."""
    kept = []
    for line in lines:
        row = json.loads(line)
        if row["model"] == "records.revision":
            continue
        model = apps.get_model(row["model"])
        for field in model._meta.concrete_fields:
            if field.generated:
                row["fields"].pop(field.name, None)
        kept.append(json.dumps(row, sort_keys=True))
    return sorted(kept)


def files(folder):
    folder = Path(folder)
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_a_restored_instance_holds_every_row_and_file(archive, new_instance, media_root):
    restored = manage(new_instance, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout

    with tarfile.open(archive) as saved:
        saved_rows = saved.extractfile(DATA).read().decode().splitlines()
    dumped = manage(new_instance, "dumpdata", *DUMP)
    assert dumped.returncode == 0, dumped.stderr
    assert rows(dumped.stdout.splitlines()) == rows(saved_rows)
    assert any('"model": "records.formerslug"' in row for row in saved_rows)
    assert any('"model": "admin.logentry"' in row for row in saved_rows)

    originals = files(media_root)
    assert len(originals) >= 3  # the photo, its thumbnail and the portrait
    assert files(new_instance["MEDIA_ROOT"]) == originals


def test_an_archive_restores_into_the_other_database(archive, instance_on_the_other_database):
    restored = manage(instance_on_the_other_database, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    with tarfile.open(archive) as saved:
        saved_rows = saved.extractfile(DATA).read().decode().splitlines()
    dumped = manage(instance_on_the_other_database, "dumpdata", *DUMP)
    assert rows(dumped.stdout.splitlines()) == rows(saved_rows)


def test_the_restored_site_serves_the_archive(archive, new_instance):
    assert manage(new_instance, "restore", str(archive)).returncode == 0
    check = manage(
        new_instance,
        "shell",
        "-c",
        "from django.test import Client; c = Client(HTTP_HOST='localhost'); "
        "print(c.get('/meetings/introducing-and-expanding-ai-at-regional-smes/').status_code, "
        "c.get('/speakers/hwang-young-ho/').status_code, "
        "c.post('/admin/login/', {'username': 'alice', 'password': 'a long passphrase'})"
        ".status_code)",
    )
    # The meeting, the old address redirecting to the new, and alice signing in with her password.
    assert check.stdout.splitlines()[-1].split() == ["200", "301", "302"], check.stderr


def test_a_truncated_archive_restores_nothing(archive, new_instance, tmp_path):
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    result = manage(new_instance, "restore", str(truncated))
    assert result.returncode != 0
    assert "not a whole backup archive" in result.stderr
    assert "Traceback" not in result.stderr
    count = manage(
        new_instance,
        "shell",
        "-c",
        "from django.apps import apps; from django.db import connection; "
        "print(sum(m.objects.count() for m in apps.get_app_config('records').get_models()) "
        "if 'records_meeting' in connection.introspection.table_names() else 0)",
    )
    assert count.stdout.splitlines()[-1] == "0", count.stderr
    assert files(new_instance["MEDIA_ROOT"]) == {}


def test_a_restore_into_a_database_with_records_is_refused(archive):
    with pytest.raises(CommandError, match="database is not empty"):
        call_command("restore", str(archive))


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    junk = tmp_path / "junk.tar.gz"
    junk.write_text("not an archive")
    with pytest.raises(CommandError, match="not a whole backup archive"):
        call_command("restore", str(junk))
    with pytest.raises(CommandError, match="There is no file"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))


def test_an_archive_of_another_version_of_the_site_is_refused(archive, tmp_path):
    with tarfile.open(archive) as saved:
        manifest = json.load(saved.extractfile(MANIFEST))
    manifest["migrations"].append(["records", "9999_from_the_future"])
    other = tmp_path / "other.tar.gz"
    body = json.dumps(manifest).encode()
    with tarfile.open(other, "w:gz") as written:
        member = tarfile.TarInfo(MANIFEST)
        member.size = len(body)
        written.addfile(member, io.BytesIO(body))
    with pytest.raises(CommandError, match="records.9999_from_the_future"):
        call_command("restore", str(other))


def test_staff_roles_made_again_under_other_ids_are_restored_as_they_were(
    seed, tmp_path, new_instance
):
    from django.contrib.auth.models import Group, Permission

    from council.records.roles import make_roles

    Group.objects.filter(name="Editor").delete()
    make_roles(Group, Permission)  # the Editor role again, under another id
    path = tmp_path / "council.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO())

    restored = manage(new_instance, "restore", str(path))

    assert restored.returncode == 0, restored.stderr
    groups = manage(new_instance, "dumpdata", "auth.group", "--format", "jsonl")
    assert sorted(
        (json.loads(r)["pk"], json.loads(r)["fields"]["name"]) for r in groups.stdout.splitlines()
    ) == sorted(Group.objects.values_list("pk", "name"))


def test_the_site_pages_are_restored_as_they_were_not_as_migrate_ships_them(
    seed, tmp_path, new_instance
):
    from council.pages.models import Page

    Page.objects.filter(slug="contact").delete()  # the ministry has no contact page
    Page.objects.filter(slug="licence").delete()
    Page.objects.create(slug="licence", title="Licence", body="CC BY 4.0.", status="published")
    path = tmp_path / "council.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO())

    restored = manage(new_instance, "restore", str(path))

    assert restored.returncode == 0, restored.stderr
    pages = manage(new_instance, "dumpdata", "pages.page", "--format", "jsonl")
    assert sorted(
        (json.loads(r)["pk"], json.loads(r)["fields"]["slug"]) for r in pages.stdout.splitlines()
    ) == sorted(Page.objects.values_list("pk", "slug"))
