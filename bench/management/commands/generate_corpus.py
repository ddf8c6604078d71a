"""``manage.py generate_corpus``: a synthetic archive to measure the site at scale."""

import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection

from bench.corpus import CorpusBuilder, add_seed_meeting
from council.records.models import Meeting


def record_tables():
    """Every table the corpus fills: the records app's and taggit's."""
    models = [
        *apps.get_app_config("records").get_models(include_auto_created=True),
        *apps.get_app_config("taggit").get_models(include_auto_created=True),
    ]
    return [model._meta.db_table for model in models]


class Command(BaseCommand):
    help = (
        "Fill the database with a synthetic archive: councils, meetings, institutions, people "
        "with appointments, and remarks in English and Korean. The same seed gives the same "
        "archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("--remarks", type=int, default=20_000, help="Remarks in all.")
        parser.add_argument(
            "--meetings", type=int, help="Meetings in all (default: one per 20 remarks)."
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--people", type=int, help="Speakers (default: one per 200 remarks).")
        parser.add_argument("--batch-size", type=int, default=10_000)
        parser.add_argument(
            "--drafts", type=float, default=0.02, help="Share of meetings left as drafts."
        )
        parser.add_argument(
            "--seed-meeting",
            action="store_true",
            help="Add the seed meeting too (six remarks), as the Wagtail peer holds it.",
        )
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Empty every records table first (the records already there are lost).",
        )

    def handle(
        self, *args, remarks, meetings, seed, people, batch_size, drafts, flush, seed_meeting, **kw
    ):
        meetings = meetings or max(1, remarks // 20)
        if remarks < 0 or meetings < 1 or batch_size < 1 or not 0 <= drafts <= 1:
            raise CommandError("Sizes must be positive and --drafts a share between 0 and 1.")
        if Meeting.objects.exists():
            if not flush:
                raise CommandError(
                    "The database already holds meetings: use --flush to replace every record."
                )
            started = time.monotonic()
            if connection.in_atomic_block:
                # Deferred foreign key checks of rows inserted in this transaction (a test's)
                # must run before PostgreSQL lets the tables be truncated.
                connection.check_constraints()
            sql = connection.ops.sql_flush(
                no_style(), record_tables(), reset_sequences=True, allow_cascade=True
            )
            connection.ops.execute_sql_flush(sql)
            self.stderr.write(f"Emptied the records tables in {time.monotonic() - started:.1f}s.")
        started = time.monotonic()
        builder = CorpusBuilder(
            meetings=meetings,
            remarks=remarks,
            seed=seed,
            people=people,
            batch_size=batch_size,
            draft_share=drafts,
            progress=kw["verbosity"] > 0,
        ).build()
        if seed_meeting:
            add_seed_meeting()
        if kw["verbosity"] > 0:
            phases = ", ".join(
                f"{name} {seconds:.1f}s" for name, seconds in builder.timings.items()
            )
            self.stdout.write(
                f"{meetings:,} meetings and {remarks:,} remarks (seed {seed}) in "
                f"{time.monotonic() - started:.1f}s: {phases}."
            )
