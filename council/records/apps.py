from django.apps import AppConfig
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_migrate,
    pre_save,
)
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The domain: councils, meetings, people, institutions, remarks and policy items."""

    name = "council.records"
    label = "records"
    verbose_name = _("Council records")

    def ready(self):
        from taggit.models import Tag, TaggedItem

        from . import lookups
        from .meeting_copies import (
            drop_sqlite_triggers_before_migrate,
            make_sqlite_triggers_after_migrate,
        )
        from .models import (
            HISTORIES,
            AgendaItem,
            Document,
            FormerSlug,
            Meeting,
            Person,
            Photo,
            Revision,
            clean_text_fields,
            give_topic_a_slug,
            histories_follow_meetings,
        )
        from .roles import roles_after_migrate

        lookups.register()

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

        # Every text of the records and every topic name is cleaned as it is saved, whoever
        # saves it: the admin, the importer, a command (see council.lib.text). Topics are
        # taggit's model, hence a signal rather than a method of a base class.
        for model in [*self.get_models(), Tag]:
            pre_save.connect(clean_text_fields, sender=model, dispatch_uid=f"clean-text-{model}")
        # After the text is cleaned: taggit has set the slug by then, and a name that was only
        # control characters and punctuation leaves it empty.
        pre_save.connect(give_topic_a_slug, sender=Tag, dispatch_uid="topic-slug")
        # The staff roles, made by a migration, are made again after a database is emptied.
        post_migrate.connect(roles_after_migrate, sender=self, dispatch_uid="staff-roles")
        # SQLite's triggers keeping the remarks' copies of their meeting's values stand aside
        # while migrations alter the tables (see meeting_copies).
        pre_migrate.connect(
            drop_sqlite_triggers_before_migrate, sender=self, dispatch_uid="copies-aside"
        )
        post_migrate.connect(
            make_sqlite_triggers_after_migrate, sender=self, dispatch_uid="copies-back"
        )
        # A policy's current status is its newest public status change's, a commitment's state
        # its newest public follow-up's (see Evidenced): kept as entries are saved or deleted,
        # and as the meetings that show them are published or withdrawn (a form's save, or a
        # version restored; the admin's actions call it themselves: update() sends no signal).
        for history in HISTORIES:
            for signal in (post_save, post_delete):
                signal.connect(
                    history.entry_changed,
                    sender=history,
                    dispatch_uid=f"current-{signal}-{history}",
                )
        post_save.connect(
            lambda instance, **signal: histories_follow_meetings([instance.pk]),
            sender=Meeting,
            dispatch_uid="histories-follow-meetings",
            weak=False,
        )
        # Files follow their rows (see StoresFiles).
        for model in (Photo, Person, Document):
            pre_save.connect(
                lambda instance, raw, **signal: instance.files_before_save(raw),
                sender=model,
                dispatch_uid=f"files-before-save-{model}",
                weak=False,
            )
            post_save.connect(
                lambda instance, **signal: instance.files_after_save(),
                sender=model,
                dispatch_uid=f"files-save-{model}",
                weak=False,
            )
            post_delete.connect(
                lambda instance, **signal: instance.files_after_delete(),
                sender=model,
                dispatch_uid=f"files-{model}",
                weak=False,
            )
        # A document restored from the history comes back with its file (above), and its
        # pages are read from it again.
        post_save.connect(
            lambda instance, raw, **signal: instance.saved_raw() if raw else None,
            sender=Document,
            dispatch_uid="document-pages-restored",
            weak=False,
        )
