from django.core.management.base import BaseCommand, CommandError

from council.records.backup import BackupError, write_archive


class Command(BaseCommand):
    help = (
        "Save the database and the uploaded media into one archive (a .tar.gz holding "
        "manifest.json, data.jsonl and media/); `restore` puts it back into an empty instance."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="where to write the archive, e.g. council-2026-12-06.tar.gz"
        )

    def handle(self, path, **options):
        try:
            manifest = write_archive(path)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Saved {manifest['rows']} rows and {manifest['media_files']} media files to {path}."
        )
