from django.core.management.base import BaseCommand

from council.alerts.digests import send_alerts


class Command(BaseCommand):
    help = (
        "Mail each confirmed subscriber the remarks published since its last alert that match "
        "what it follows (run by a timer or cron; a mail that fails is tried again next run)."
    )

    def handle(self, **options):
        run = send_alerts()
        if options["verbosity"]:
            self.stdout.write(f"Sent {run.mails} alerts holding {run.remarks} remarks.")
        if run.failed:
            # Not a failure of the command: the others went out, and these are tried again.
            self.stderr.write(
                f"{len(run.failed)} could not be sent; they are tried again next run."
            )
