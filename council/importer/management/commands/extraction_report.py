"""Print how well the importer reads the corpus of articles whose extraction is known."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from council.importer.evaluation import CORPUS_SETS, GOAL, score_corpus
from council.importer.perturbations import robustness_table


def given(score, expected, figure):
    """A share, or a dash where the set's expected files do not give the field."""
    return f"{figure:.1%}" if score.total(expected) else "–"


# (label, how a CorpusScore shows it)
FIGURES = [
    ("Articles", lambda s: f"{len(s.articles)}"),
    ("Refused outright", lambda s: f"{s.refused}"),
    ("Quotes expected", lambda s: f"{s.total('quotes')}"),
    ("Quote recall (word for word)", lambda s: f"{s.quote_recall:.1%}"),
    ("Quote precision", lambda s: f"{s.quote_precision:.1%}"),
    ("Attribution (right person)", lambda s: f"{s.attribution_accuracy:.1%}"),
    ("Given to a wrong named person", lambda s: f"{s.wrong_person_rate:.1%}"),
    ("Left unnamed for review", lambda s: f"{s.total('left_unnamed')}"),
    ("Named by a short form only", lambda s: f"{s.total('short_form')}"),
    ("Unnamed speakers kept unnamed", lambda s: f"{s.unnamed_kept:.1%}"),
    ("Speaker's role as printed", lambda s: f"{s.role_accuracy:.1%}"),
    ("Speaker's institution", lambda s: f"{s.speaker_institution_accuracy:.1%}"),
    ("Date, venue, city and host", lambda s: f"{s.meeting_fields:.1%}"),
    ("Council, publisher, headline", lambda s: given(s, "proposals_expected", s.proposals)),
    ("Flags raised as expected", lambda s: given(s, "flags_expected", s.flags)),
    ("Institutions: recall", lambda s: f"{s.institution_recall:.1%}"),
    ("Institutions: precision", lambda s: f"{s.institution_precision:.1%}"),
    ("Policy items: recall", lambda s: f"{s.policy_recall:.1%}"),
    ("Policy items: precision", lambda s: f"{s.policy_precision:.1%}"),
]


class Command(BaseCommand):
    help = (
        "Score the importer against the corpus of articles whose extraction is known: the team's "
        "articles, real ones rules may be written from, and the blind set no rule is written from."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus",
            type=Path,
            default=Path(settings.BASE_DIR) / "tests" / "articles",
            help="The corpus folder (default: tests/articles), or any folder of articles.",
        )
        parser.add_argument(
            "--verbose",
            action="store_true",
            help="List every article's misses (never the blind set's: it shows its totals only).",
        )
        parser.add_argument(
            "--perturb",
            action="store_true",
            help="Score the folder's articles with quotes under each perturbation a paste can "
            "make (quotation marks, entities, wraps…): one row each. Not for the blind set.",
        )
        parser.add_argument(
            "--check", action="store_true", help="Fail when the blind set misses a goal."
        )

    def handle(self, *args, **options):
        folder = options["corpus"]
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder.")
        if options["perturb"]:
            if folder.resolve().name == CORPUS_SETS["blind"]:
                raise CommandError("The blind set is never perturbed: its totals only.")
            self.write_robustness(folder)
            return
        # A folder of articles alone is scored as one set; the corpus as its three sets.
        sets = {name: folder / sub for name, sub in CORPUS_SETS.items() if (folder / sub).is_dir()}
        # The blind folder given by itself is still the blind set: its totals only.
        if folder.resolve().name == CORPUS_SETS["blind"]:
            sets = {"blind": folder}
        scores = {name: score_corpus(path) for name, path in sets.items()}
        scores = {name: score for name, score in scores.items() if score.articles}
        if not scores:
            raise CommandError(f"{folder} holds no article (NAME.txt with NAME.json).")
        # The blind set shows its totals only: an article's misses are where a rule would be
        # written from, and no rule may be written from it.
        for name, score in scores.items():
            if name != "blind":
                self.write_articles(name, score, options["verbose"])
        self.stdout.write("")
        self.stdout.write(f"{'':<32}" + "".join(f"{name:>10}" for name in scores))
        for label, show in FIGURES:
            self.stdout.write(f"{label:<32}" + "".join(f"{show(s):>10}" for s in scores.values()))
        self.stdout.write(
            f"\nGoals on articles no rule was written from: quote recall ≥ {GOAL.quote_recall:.0%}, "
            f"attribution ≥ {GOAL.attribution:.0%}, wrong person ≤ {GOAL.wrong_person:.0%}, "
            f"quote precision ≥ {GOAL.quote_precision:.0%}."
        )
        judged = "blind" if "blind" in scores else next(iter(scores))
        unmet = GOAL.unmet(scores[judged])
        for label, figure, goal in unmet:
            self.stdout.write(self.style.ERROR(f"{judged}: {label} {figure:.1%}, goal {goal:.0%}"))
        if not unmet:
            self.stdout.write(self.style.SUCCESS(f"{judged}: every goal met."))
        if options["check"] and unmet:
            raise CommandError(f"The {judged} set misses a goal.")

    def write_robustness(self, folder):
        self.stdout.write(
            "| perturbation | articles | quotes | recall | precision | attribution | wrong |"
        )
        self.stdout.write("|---|---:|---:|---:|---:|---:|---:|")
        for perturbation, s in robustness_table(folder):
            self.stdout.write(
                f"| {perturbation.name} ({perturbation.description}) | {len(s.articles)} "
                f"| {s.total('quotes')} | {s.quote_recall:.1%} | {s.quote_precision:.1%} "
                f"| {s.attribution_accuracy:.1%} | {s.wrong_person_rate:.1%} |"
            )

    def write_articles(self, name, score, verbose):
        self.stdout.write(f"\n== {name}")
        self.stdout.write(
            f"{'article':<48} {'quotes':>6} {'found':>6} {'right':>6} {'wrong':>6} {'role':>6} "
            f"{'inst':>6} {'meeting':>8}"
        )
        for article in score.articles:
            self.stdout.write(
                f"{article.name:<48} {article.quotes:>6} {article.found:>6} "
                f"{article.attributed:>6} {article.wrong_person:>6} {article.roles_right:>6} "
                f"{article.institutions_of_speakers_right:>6} {article.fields_right:>6}/4"
                + (f"  refused: {article.error}" if article.error else "")
            )
            if verbose:
                for what, detail in article.misses:
                    self.stdout.write(f"    {what}: {detail}")
        if verbose:
            # Where recall may hide: quotations read and proposed as no remark.
            counts = ", ".join(f"{why} {n}" for why, n in sorted(score.unproposed.items()))
            self.stdout.write(f"Quotations proposed as no remark: {counts or 'none'}")
