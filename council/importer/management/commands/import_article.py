"""Turn an article into a draft meeting, or print what the extractor finds in it."""

import datetime
import json
import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import DatabaseError
from django.urls import reverse

from council.importer.matching import propose
from council.importer.plan import PlanError, save_plan
from council.importer.reading import MAX_CHARS, ExtractionError, extract
from council.records.models import Council, Meeting

PLAN_ERRORS = {
    "no_council": "No council was found in the text: name one with --council SLUG.",
    "no_host": "The council is new and no host institution was found: use --council SLUG.",
    "no_date": "No meeting date was found: give the publication date with --published-on.",
    "no_source": "A meeting is published with its source's publisher and date: give "
    "--source-publisher where the text does not name it and --published-on, or import it as a "
    "draft (without --publish).",
}


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published-on {value!r} is not a date like 2026-07-01.") from None


class Command(BaseCommand):
    help = (
        "Read a press release or news article (English or Korean) and create a draft meeting "
        "with its speakers and remarks, printing its admin URL; --dry-run only prints what was "
        "found."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="The article as a UTF-8 text file; - reads standard input."
        )
        parser.add_argument(
            "--published-on",
            type=iso_date,
            metavar="YYYY-MM-DD",
            help="When the article was published: relative dates (“on the 1st”) are read from it.",
        )
        parser.add_argument("--source-url", default="", help="Where the article can be read.")
        parser.add_argument(
            "--source-publisher", default="", help="Who published it, where the text does not say."
        )
        parser.add_argument(
            "--source-title", default="", help="Its headline, where the text does not give it."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what was found; save nothing."
        )
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument(
            "--publish", action="store_true", help="Create the meeting published, not as a draft."
        )
        parser.add_argument(
            "--council", metavar="SLUG", help="The council, when the text does not name it."
        )

    def handle(self, *args, **options):
        text = self.read(options["path"])
        try:
            extraction = extract(text, published_on=options["published_on"])
        except ExtractionError as exc:
            raise CommandError(str(exc)) from None
        if options["dry_run"]:
            if options["json"]:
                self.stdout.write(json.dumps(extraction.as_dict(), ensure_ascii=False, indent=2))
            else:
                self.stdout.write(self.describe(extraction))
            return
        url = options["source_url"]
        if url:
            try:
                URLValidator()(url)
            except ValidationError:
                raise CommandError(f"--source-url {url!r} is not a URL.") from None
        plan = propose(
            extraction, source_text=text, source_url=url, published_on=options["published_on"]
        )
        if options["council"]:
            plan.council = Council.objects.filter(slug=options["council"]).first()
            if plan.council is None:
                raise CommandError(f"No council has the slug {options['council']!r}.")
            plan.new_council = ""
        plan.source_publisher = options["source_publisher"] or plan.source_publisher
        plan.source_title = options["source_title"] or plan.source_title
        if options["publish"]:
            plan.status = Meeting.Status.PUBLISHED
        try:
            meeting = save_plan(plan)
        except PlanError as exc:
            raise CommandError(PLAN_ERRORS[str(exc)]) from None
        except DatabaseError as exc:
            raise CommandError(f"Nothing was saved: {exc}") from None
        admin_url = reverse("admin:records_meeting_change", args=[meeting.pk])
        for flag in extraction.flags:
            self.stderr.write(f"Check {flag.message}")
        review = [r for r in extraction.remarks if r.needs_review]
        if review:
            self.stderr.write(
                f"{len(review)} remark(s) have no named speaker: review them in the admin."
            )
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {"meeting": meeting.pk, "status": meeting.status, "admin_url": admin_url},
                    indent=2,
                )
            )
        else:
            self.stdout.write(admin_url)

    def read(self, path):
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_CHARS * 4 + 1)
            else:
                with Path(path).open("rb") as file:
                    data = file.read(MAX_CHARS * 4 + 1)
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}.") from None
        if len(data) > MAX_CHARS * 4:
            raise CommandError(
                str(ExtractionError("too_long", length="over 400,000", limit=f"{MAX_CHARS:,}"))
            )
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(str(ExtractionError("binary"))) from None

    @staticmethod
    def describe(extraction):
        found = extraction.as_dict()
        source = found["source"]
        lines = [
            f"Source: {source['title'] or '?'}    Publisher: {source['publisher'] or '?'}",
            f"Date: {found['date'] or '?'}    Venue: {found['venue'] or '?'}    "
            f"City: {found['city'] or '?'}",
            f"Host: {found['host'] or '?'}    Council: {found['council'] or '?'}",
            "Institutions: " + ("; ".join(found["institutions"]) or "none"),
            "Policy items: "
            + ("; ".join(f"{p.name} ({p.status})" for p in extraction.policy_items) or "none"),
            "Remarks:",
        ]
        for n, remark in enumerate(extraction.remarks, start=1):
            who = remark.speaker or f"[unnamed: review] {remark.role}"
            role = f" ({remark.role})" if remark.speaker and remark.role else ""
            lines.append(f"  {n}. {who}{role}: {remark.quote}")
        lines.append("Flags:" if found["flags"] else "Flags: none")
        lines += [f"  - {flag}" for flag in found["flags"]]
        return "\n".join(lines)
