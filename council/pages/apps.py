from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The site's own pages, written by staff: about, how to cite, the data licence, contact."""

    name = "council.pages"
    label = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from council.records.models import Revision, clean_text_fields

        from .models import Page

        # Every public page lists the published pages in its footer or menu: a change to one
        # stamps the revision, as a change to the records does, so that no cached page keeps
        # an old list (see council/archive/caching.py).
        post_save.connect(Revision.stamp, sender=Page, dispatch_uid="stamp-save-page")
        post_delete.connect(Revision.stamp, sender=Page, dispatch_uid="stamp-del-page")
        pre_save.connect(clean_text_fields, sender=Page, dispatch_uid="clean-text-page")
