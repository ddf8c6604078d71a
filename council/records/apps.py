from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The domain: councils, meetings, people, institutions, remarks and policy items."""

    name = "council.records"
    label = "records"
    verbose_name = _("Council records")

    def ready(self):
        from taggit.models import Tag, TaggedItem

        from .models import AgendaItem, FormerSlug, Revision

        # Any change to what the public pages show stamps the revision (see Revision): topics
        # are taggit's tags, named on every page that lists them.
        watched = [m for m in self.get_models() if m not in (Revision, FormerSlug)]
        watched += [Tag, TaggedItem]
        for model in watched:
            post_save.connect(Revision.stamp, sender=model, dispatch_uid=f"stamp-save-{model}")
            post_delete.connect(Revision.stamp, sender=model, dispatch_uid=f"stamp-del-{model}")
        m2m_changed.connect(
            Revision.stamp, sender=AgendaItem.policy_items.through, dispatch_uid="stamp-m2m"
        )
