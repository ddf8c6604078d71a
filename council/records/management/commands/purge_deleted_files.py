from django.apps import apps
from django.core.management.base import BaseCommand
from reversion.models import Version

from council.records import deleted_files
from council.records.models import StoresFiles


class Command(BaseCommand):
    help = (
        "Remove the files of deleted and replaced pictures that no version in the history names "
        "(once `deleterevisions` has trimmed it): nothing could restore them. The others are kept."
    )

    def handle(self, **options):
        named = set()
        for model in apps.get_app_config("records").get_models():
            if issubclass(model, StoresFiles):
                for version in Version.objects.get_for_model(model).iterator():
                    named.update(model.file_names_in(version))
        set_aside = deleted_files.names_set_aside()
        unnamed = [name for name in set_aside if name not in named]
        for name in unnamed:
            deleted_files.purge(name)
        self.stdout.write(
            f"Removed {len(unnamed)} deleted files no version names; "
            f"kept {len(set_aside) - len(unnamed)}."
        )
