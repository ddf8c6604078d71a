from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from council.opendata.dump import write_dump


class Command(BaseCommand):
    help = (
        "Write every public record as gzip-compressed JSON Lines and CSV, a file of each per "
        "kind, with a manifest (files, records, SHA-256, when, licence): the bulk download "
        "/data/ links to. Drafts are never in it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=settings.DUMP_ROOT,
            help="the folder to write the dump under (DUMP_ROOT, from which /data/dump/ serves)",
        )
        parser.add_argument(
            "--site-url",
            default=settings.SITE_URL,
            help="the site's address, for the records' links (SITE_URL)",
        )

    def handle(self, output, site_url, **options):
        if not site_url:
            raise CommandError("Set SITE_URL (or give --site-url): the records link to pages.")
        try:
            manifest = write_dump(output, site_url)
        except OSError as exc:
            raise CommandError(str(exc)) from exc
        counts = ", ".join(
            f"{entry['records']} {entry['kind']}"
            for entry in manifest["files"]
            if entry["format"] == "jsonl"
        )
        self.stdout.write(f"Wrote {counts} under {output}.")
