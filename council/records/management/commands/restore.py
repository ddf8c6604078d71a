from django.core.management.base import BaseCommand, CommandError

from council.records.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Restore an archive made by `backup` into an empty instance: the database (migrated "
        "first) and MEDIA_ROOT must hold nothing yet."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the archive written by `manage.py backup`")

    def handle(self, path, **options):
        try:
            manifest = restore_archive(path)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored {manifest['rows']} rows and {manifest['media_files']} media files "
            f"from {path} (made {manifest['made_at']})."
        )
