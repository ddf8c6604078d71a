"""Print how well the extractor reads the corpus of articles with known extractions."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from council.importer.evaluation import ATTRIBUTION_GOAL, RECALL_GOAL, score_corpus


class Command(BaseCommand):
    help = (
        "Print the extractor's quote recall (quotes found word for word), speaker-attribution "
        "accuracy, and how often the speaker's role as printed and institution are right, over "
        "a corpus of articles (NAME.txt with NAME.json beside it)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus",
            type=Path,
            default=Path(settings.BASE_DIR) / "tests" / "articles",
            help="The folder of articles (default: tests/articles).",
        )
        parser.add_argument("--verbose", action="store_true", help="List every miss.")
        parser.add_argument(
            "--check", action="store_true", help="Fail when a figure is below its goal."
        )

    def handle(self, *args, **options):
        folder = options["corpus"]
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder.")
        score = score_corpus(folder)
        if not score.articles:
            raise CommandError(f"{folder} holds no article (NAME.txt with NAME.json).")
        self.stdout.write(
            f"{'article':<48} {'quotes':>6} {'found':>6} {'right':>6} {'role':>6} {'inst':>6} "
            f"{'meeting':>8}"
        )
        for article in score.articles:
            self.stdout.write(
                f"{article.name:<48} {article.quotes:>6} {article.found:>6} "
                f"{article.attributed:>6} {article.roles_right:>6} "
                f"{article.institutions_of_speakers_right:>6} {article.fields_right:>6}/4"
                + (f"  error: {article.error}" if article.error else "")
            )
            if options["verbose"]:
                for what, detail in article.misses:
                    self.stdout.write(f"    {what}: {detail}")
        quotes = score.total("quotes")
        lines = [
            ("Articles", f"{len(score.articles)}"),
            ("Quotes expected", f"{quotes}"),
            (
                "Quote recall (word for word)",
                f"{score.quote_recall:.1%} ({score.total('found')}/{quotes}), goal {RECALL_GOAL:.0%}",
            ),
            (
                "Speaker attribution",
                f"{score.attribution_accuracy:.1%} ({score.total('attributed')}/{quotes}), "
                f"goal {ATTRIBUTION_GOAL:.0%}",
            ),
            (
                "Speaker's role as printed",
                f"{score.role_accuracy:.1%} ({score.total('roles_right')}/{quotes})",
            ),
            (
                "Speaker's institution",
                f"{score.speaker_institution_accuracy:.1%} "
                f"({score.total('institutions_of_speakers_right')}/{quotes})",
            ),
            ("Quote precision", f"{score.quote_precision:.1%} ({score.total('extra')} extra)"),
            (
                "Unnamed speakers kept unnamed",
                f"{score.unnamed_kept:.1%} ({score.total('unnamed_kept')}/{score.total('unnamed')})",
            ),
            ("Date, venue, city and host right", f"{score.meeting_fields:.1%}"),
            (
                "Institutions: recall / precision",
                f"{score.institution_recall:.1%} / {score.institution_precision:.1%}",
            ),
            (
                "Policy items: recall / precision",
                f"{score.policy_recall:.1%} / {score.policy_precision:.1%}",
            ),
        ]
        self.stdout.write("")
        for label, value in lines:
            self.stdout.write(f"{label + ':':<36} {value}")
        met = score.quote_recall >= RECALL_GOAL and score.attribution_accuracy >= ATTRIBUTION_GOAL
        self.stdout.write(
            self.style.SUCCESS("Goal met.") if met else self.style.ERROR("Goal not met.")
        )
        if options["check"] and not met:
            raise CommandError("The extraction figures are below the goal.")
