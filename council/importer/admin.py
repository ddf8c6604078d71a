"""The importer's place in the admin: "Import from article", beside the meeting list.

The records' admin knows nothing of the importer: this app registers the meeting admin again,
with the import view added. Django's admin reads each app's ``admin`` module in the order of
``INSTALLED_APPS``, so the records' registration is there to replace.
"""

from django.contrib import admin
from django.urls import path

from council.records.admin import MeetingAdmin
from council.records.models import Meeting

from .views import import_article


class MeetingAdminWithImport(MeetingAdmin):
    def get_urls(self):
        opts = self.model._meta
        import_page = path(
            "import/",
            self.admin_site.admin_view(import_article),
            {"model_admin": self},
            name=f"{opts.app_label}_{opts.model_name}_import",
        )
        return [import_page, *super().get_urls()]


admin.site.unregister(Meeting)
admin.site.register(Meeting, MeetingAdminWithImport)
