from pathlib import Path

import reversion
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from council.records.models import Document, Meeting


class Command(BaseCommand):
    help = (
        "Attach a PDF, DOCX or HWPX file to a meeting (or one of its agenda items), its text "
        "read for search, as the meeting's form would: for batch work."
    )

    def add_arguments(self, parser):
        parser.add_argument("meeting", help="the meeting's slug, as in its address")
        parser.add_argument("path", help="the file to attach")
        parser.add_argument("--title", help="its English title (by default, the file's name)")
        parser.add_argument("--title-ko", default="", help="its Korean title")
        parser.add_argument(
            "--agenda-item", type=int, help="the position of the agenda item it was presented under"
        )

    def handle(self, meeting, path, title, title_ko, agenda_item, **options):
        found = Meeting.objects.filter(slug=meeting).first()
        if found is None:
            raise CommandError(f"No meeting has the slug “{meeting}”.")
        item = None
        if agenda_item is not None:
            item = found.agenda_items.filter(position=agenda_item).first()
            if item is None:
                raise CommandError(f"The meeting has no agenda item at position {agenda_item}.")
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"No file at {path}.")
        if title is None and not title_ko:
            title = source.stem.replace("_", " ")
        with source.open("rb") as content:
            document = Document(
                meeting=found,
                agenda_item=item,
                title=title or "",
                title_ko=title_ko,
                file=File(content, name=source.name),
            )
            try:
                document.full_clean()
            except ValidationError as refused:
                raise CommandError(" ".join(refused.messages)) from refused
            with transaction.atomic(), reversion.create_revision():
                document.save()
                reversion.set_comment(f"Attached {source.name} with attach_document.")
        self.stdout.write(
            f"Attached “{document}” ({document.get_kind_display()}, "
            f"{document.pages.count()} pages of text) to {found}."
        )
