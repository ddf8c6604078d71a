"""The admin is the staff's product: one meeting page holds the whole record."""

import json
from contextlib import contextmanager

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import construct_change_message, unquote
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, Max
from django.forms.models import BaseInlineFormSet
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin
from reversion.models import Version
from taggit.admin import TagAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag

from . import deleted_files
from .admin_widgets import ChoosesByKeysChecked
from .models import (
    NEWEST_FIRST,
    TEXT_SIDES,
    AgendaItem,
    Appointment,
    Commitment,
    Correction,
    Council,
    Decision,
    Document,
    FollowUp,
    Institution,
    Language,
    Meeting,
    Participation,
    Person,
    Photo,
    PolicyItem,
    PolicyStatusChange,
    Remark,
    StoresFiles,
    TopicName,
)
from .restores import published_meeting, what_changed
from .versioning import StaleEdit, changes_since, changes_since_values

admin.site.site_header = _("Council records")
admin.site.site_title = _("Council records")
admin.site.index_title = _("Proceedings")

# Editors paste addresses without a scheme; the sites they cite are served over HTTPS.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class VersionCheckedForm(forms.ModelForm):
    """Refuses to save over a record that changed since the form was opened, and says what
    changed.

    The form carries, hidden, the version of the record it was opened at; the record itself is
    read afresh when the form is posted. The refused form keeps the editor's input and now
    carries the current version: saving it again, once checked, applies it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "version" in self.fields:
            # A new record has no version to check; an edit without one cannot be checked.
            self.fields["version"].required = self.instance.pk is not None

    def clean(self):
        cleaned = super().clean()
        record, opened = self.instance, cleaned.get("version")
        if record.pk is None or opened is None or opened == record.version:
            return cleaned
        self.data = self.data.copy()
        self.data[self.add_prefix("version")] = record.version
        since = changes_since(record, opened)
        raise ValidationError(stale_edit_messages(record, since, self.differences()))

    @cached_property
    def changed_data(self):
        # A browser sends a text box's line breaks as CRLF, as HTML says it must; a text
        # entered elsewhere (the seed, the importer) holds LF. That is not a change: the history
        # and the public corrections would otherwise say it was.
        return [name for name in super().changed_data if not self.only_line_breaks_differ(name)]

    def only_line_breaks_differ(self, name):
        if not isinstance(self.fields[name].widget, forms.Textarea):
            return False
        before = self.get_initial_for_field(self.fields[name], name) or ""
        after = self[name].data or ""
        return str(before).replace("\r\n", "\n") == str(after).replace("\r\n", "\n")

    def differences(self):
        """``[(label, the record's value, the form's value)]`` for the fields where they differ."""
        found = []
        for name, field in self.fields.items():
            if self[name].is_hidden or name not in self.cleaned_data:
                continue  # the version, and an inline's links to its row and meeting
            mine, theirs = self.cleaned_data[name], self.initial.get(name)
            if field.has_changed(theirs, self[name].data):
                found.append((field.label, shown(field, theirs), shown(field, mine)))
        return found


def shown(field, value):
    """A form field's value as the editor reads it."""
    if value in (None, "", []):
        return "—"
    if isinstance(field, forms.ModelMultipleChoiceField):
        return ", ".join(str(item) for item in value)
    if isinstance(field, forms.ModelChoiceField):  # the form's own value is the object
        return str(value if isinstance(value, models.Model) else field.queryset.get(pk=value))
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    return str(value)


def stale_edit_messages(record, since, differences):
    """The errors of a form opened before the changes ``since`` (a ``ChangesSince``) were made
    to ``record``: who saved it since, when, and each field as it was and as it is (or, where
    the history does not reach back to the form's opening, as it is against what the form
    holds)."""
    found = [
        _(
            "%(record)s was changed by another editor after you opened it; your changes are not saved."
        )
        % {"record": record}
    ]
    for revision in since.revisions:
        found.append(
            _("%(when)s, %(who)s: %(what)s")
            % {
                "when": localize(template_localtime(revision.date_created)),
                "who": revision.user or _("unknown editor"),
                "what": revision.get_comment() or _("changed"),
            }
        )
    for change in since.fields:
        found.append(
            _("%(field)s was “%(before)s” and is now “%(after)s”.")
            % {"field": change.label, "before": change.before, "after": change.after}
        )
    if not since.fields:
        for label, theirs, mine in differences:
            found.append(
                _("%(field)s is now “%(theirs)s”; your form says “%(mine)s”.")
                % {"field": label, "theirs": theirs, "mine": mine}
            )
    found.append(
        _("Your input is kept below. Check it against theirs, then save again to apply it.")
    )
    return [ValidationError(message, code="stale") for message in found]


class CorrectionNote(forms.Form):
    """What an editor says of a correction to a published record."""

    correction_note = forms.CharField(
        label=_("Correction note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text=_(
            "What was wrong, in a sentence: shown with the date and what changed on the public "
            "pages and in the corrections feed."
        ),
    )
    minor_correction = forms.BooleanField(
        label=_("Minor fix"),
        required=False,
        help_text=_("A typo or the like: kept in the history, not shown to the public."),
    )


class CorrectionForm(VersionCheckedForm, CorrectionNote):
    """An edit of a meeting or remark that may be a correction to a published record."""

    NOT_CORRECTED = tuple(CorrectionNote.base_fields)
    # Set by the admin (``PrintsRestores``) on a form that saves a version restored from the
    # history: the restore's correction is printed by the admin, from what the restore changed.
    restoring = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting_was_published = (
            self.instance.pk is not None and self.record_meeting().is_published
        )

    def record_meeting(self):
        return self.instance

    def record_correction(self, formsets=(), remarks=()):
        """Prints this save as a correction where it changed a meeting that was and stays
        published, unless marked minor."""
        # Not fields of the record: left out of the correction, and of the history's message
        # (written after this) too.
        self.changed_data[:] = [n for n in self.changed_data if n not in self.NOT_CORRECTED]
        meeting = self.record_meeting()
        if self.restoring or not (self.meeting_was_published and meeting.is_published):
            return
        if self.cleaned_data.get("minor_correction"):
            return
        message = construct_change_message(self, formsets, add=False)
        if message:
            Correction.objects.record(
                meeting, message, self.cleaned_data.get("correction_note", ""), remarks
            )


FILE_TO_CHOOSE_AGAIN = _(
    "Choose this file again: the browser does not keep a chosen file when the form comes back "
    "with an error."
)


class RecordAdmin(ChoosesByKeysChecked, VersionAdmin):
    """What every record's admin shares: its history, with old values that can be restored
    (django-reversion), and edits refused when the record changed since they were opened."""

    form = VersionCheckedForm

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return self.once_more_if_overtaken(super().change_view)(
            request, object_id, form_url, extra_context
        )

    def add_view(self, request, form_url="", extra_context=None):
        return self.once_more_if_overtaken(super().add_view)(request, form_url, extra_context)

    def render_change_form(self, request, context, *args, **kwargs):
        if request.method == "POST" and context.get("errors"):
            self.say_what_to_fix(request, context)
        return super().render_change_form(request, context, *args, **kwargs)

    def say_what_to_fix(self, request, context):
        """On a form that came back with errors: a message naming each field to fix (the
        admin's own says only "Please correct the errors below"), and, on each file field whose
        file was chosen, that it must be chosen again: a browser never fills a file input."""
        forms_shown = [(None, context["adminform"].form)]
        for inline in context["inline_admin_formsets"]:
            name = inline.formset.model._meta.verbose_name
            forms_shown += [(f"{name} {n}", form) for n, form in enumerate(inline.formset, 1)]
        to_fix = []
        for place, form in forms_shown:
            for name, field in form.fields.items():
                chosen = isinstance(field, forms.FileField) and form.add_prefix(name) in form.files
                if chosen and name not in form.errors:
                    form.add_error(name, ValidationError(FILE_TO_CHOOSE_AGAIN, code="again"))
            labels = [str(form.fields[name].label) for name in form.errors if name in form.fields]
            if labels:
                fields = ", ".join(labels)
                to_fix.append(f"{capfirst(place)}: {fields}" if place else fields)
        if to_fix:
            self.message_user(
                request,
                _("Not saved yet. To fix: %(fields)s. The rest of what you entered is kept.")
                % {"fields": "; ".join(to_fix)},
                messages.ERROR,
            )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Version, pk=version_id, object_id=unquote(object_id))
        opts = self.opts
        if not self.pictures_kept(request, version):
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", object_id)
        try:
            return self.once_more_if_overtaken(super().revision_view)(
                request, object_id, version_id, extra_context
            )
        except models.RestrictedError as refusal:
            # Restoring would delete a row added since (an agenda item) that rows kept from
            # the version (remarks) now point to; the restore was rolled back whole.
            self.message_user(
                request,
                _(
                    "This version cannot be restored: rows added since are in use by "
                    "%(rows)s. Change those first."
                )
                % {"rows": ", ".join(str(row) for row in refusal.restricted_objects)},
                messages.ERROR,
            )
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", object_id)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.pictures_kept(request, get_object_or_404(Version, pk=version_id)):
            opts = self.opts
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_recoverlist")
        return super().recover_view(request, version_id, extra_context)

    def pictures_kept(self, request, version):
        """Whether the pictures the rows of ``version``'s revision name are all kept, to come
        back with them (see ``deleted_files``); if not, a message says which is not, and nothing
        is restored: the row would come back showing a broken image."""
        for row in version.revision.version_set.select_related("content_type"):
            model = row.content_type.model_class()
            if not issubclass(model, StoresFiles):
                continue
            if all(deleted_files.is_kept(name) for name in model.file_names_in(row)):
                continue
            self.message_user(
                request,
                _(
                    "This version cannot be restored: the picture of “%(record)s” is no longer "
                    "kept, and its page would show a broken image. Restore a later version, or "
                    "upload the picture again."
                )
                % {"record": row.object_repr},
                messages.ERROR,
            )
            return False
        return True

    @staticmethod
    def once_more_if_overtaken(view):
        """``view``, run again if another editor's save was committed between the form's checks
        and its own save: the view's transaction is rolled back whole, and the second run's
        checks see the other save (a stale version becomes a form error saying what changed; a
        position taken becomes the next free one)."""

        def run(*args):
            try:
                return view(*args)
            except models.RestrictedError:
                raise  # not a race: the same save would be refused again
            except (StaleEdit, IntegrityError):
                return view(*args)

        return run


class PositionedInlineFormSet(BaseInlineFormSet):
    """Numbers rows left without a position, and lets editors swap positions in one save."""

    # Rows being renumbered park here first, so that swapping 1 and 2 never collides with the
    # meeting's unique (meeting, position) constraint halfway through the save.
    PARKING_OFFSET = 1_000_000

    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if hasattr(form, "cleaned_data")
            and not self._should_delete_form(form)
            and (form.instance.pk or form.has_changed())
        ]
        given = [form.cleaned_data.get("position") for form in kept]
        next_position = max((p for p in given if p is not None), default=0) + 1
        if self.instance.pk is not None:
            # After the rows another editor may have added since the form was opened.
            last = self.model.objects.filter(**{self.fk.name: self.instance}).aggregate(
                Max("position")
            )["position__max"]
            next_position = max(next_position, (last or 0) + 1)
        for form in kept:
            if form.cleaned_data.get("position") is None:
                form.instance.position = form.cleaned_data["position"] = next_position
                next_position += 1

    def save(self, commit=True):
        if commit:
            moving = [
                form.instance.pk
                for form in self.initial_forms
                if self._should_delete_form(form) or "position" in form.changed_data
            ]
            if moving:
                self.model.objects.filter(pk__in=moving).update(
                    position=F("position") + self.PARKING_OFFSET
                )
        return super().save(commit=commit)


class StackedInline(ChoosesByKeysChecked, admin.StackedInline):
    pass


class TabularInline(ChoosesByKeysChecked, admin.TabularInline):
    pass


class ParticipationInline(TabularInline):
    model = Participation
    form = VersionCheckedForm
    autocomplete_fields = ["institution"]
    fields = ["institution", "part", "note", "version"]
    extra = 1


class AgendaItemInline(StackedInline):
    model = AgendaItem
    form = VersionCheckedForm
    formset = PositionedInlineFormSet
    autocomplete_fields = ["presenter", "policy_items"]
    fields = [
        ("position", "presenter"),
        ("title", "title_ko"),
        ("summary", "summary_ko"),
        "policy_items",
        "version",
    ]
    extra = 0


class MeetingAgendaOnly:
    """An inline whose agenda item is chosen among its own meeting's (none yet while the
    meeting is being added)."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "agenda_item":
            meeting_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = AgendaItem.objects.filter(meeting_id=meeting_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# A remark's words: the language spoken, then each language's text with how it was made, the
# English beside the Korean.
REMARK_WORDS = [
    "spoken_language",
    *zip(*(side[1:] for side in TEXT_SIDES.values()), strict=True),
]


def language_staff_work_in():
    return Language.KOREAN if get_language() == Language.KOREAN else Language.ENGLISH


def spoken_language_to_expect(meeting):
    """The language a new remark of ``meeting`` was most likely spoken in: the meeting's
    original language, chosen once on its form; for a new meeting, the one staff work in."""
    return meeting.original_language if meeting is not None else language_staff_work_in()


class RemarkInline(MeetingAgendaOnly, StackedInline):
    model = Remark
    form = VersionCheckedForm
    formset = PositionedInlineFormSet
    autocomplete_fields = ["speaker", "appointment"]
    fields = [
        ("position", "speaker"),
        ("role", "role_ko"),
        "appointment",
        *REMARK_WORDS,
        ("agenda_item", "topics"),
        "version",
    ]
    extra = 1
    # A quote is a paragraph or two: short boxes, the two languages side by side, keep
    # several remarks in view at once.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 50})}
    }

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["spoken_language"].initial = spoken_language_to_expect(obj)
        return formset


class DecisionInline(MeetingAgendaOnly, StackedInline):
    model = Decision
    form = VersionCheckedForm
    formset = PositionedInlineFormSet
    fields = [("position", "agenda_item"), ("text", "text_ko"), "version"]
    extra = 0
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}
    }


# Photos and documents are stacked, a few fields a row (as a table their required credit, alt
# text and Delete box were 1,948 px along, off a laptop's screen), each text's two languages
# side by side.
class PhotoInline(StackedInline):
    model = Photo
    form = VersionCheckedForm
    formset = PositionedInlineFormSet
    fields = [
        ("position", "preview", "image"),
        ("caption", "caption_ko"),
        ("credit", "credit_ko"),
        ("alt_text", "alt_text_ko"),
        "version",
    ]
    # Not named "thumbnail": the admin shows a model field of that name (its file's path)
    # rather than this method.
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("preview"))
    def preview(self, photo):
        if not photo.image:
            return "—"
        preview = photo.thumbnail or photo.image
        return format_html(
            '<a href="{}"><img src="{}" alt="{}"></a>',
            photo.image.url,
            preview.url,
            photo.alt_text,
        )


class DocumentInline(MeetingAgendaOnly, StackedInline):
    model = Document
    form = VersionCheckedForm
    fields = [("title", "title_ko"), ("file", "read"), "agenda_item", "version"]
    readonly_fields = ["read"]
    extra = 0

    @admin.display(description=_("text read"))
    def read(self, document):
        if not document.pk:
            return "—"
        pages = ngettext("%(count)d page", "%(count)d pages", document.page_count) % {
            "count": document.page_count
        }
        if document.text_is_partial:
            return _("%(kind)s, %(pages)s, text read in part") % {
                "kind": document.get_kind_display(),
                "pages": pages,
            }
        return f"{document.get_kind_display()}, {pages}"


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(date__year=int(self.value()))


class PrintsRestores:
    """For the admins of what the public reads (meetings, remarks): restoring a version of a
    published meeting, or of one of its remarks, is printed as a correction, as an edit is, with
    the editor's note and unless marked minor.

    The version is written back before the form is shown, so the form sees none of what the
    restore changed (see ``restores``): the meeting is read as published before the restore and
    after it, in the same transaction, and what differs is the correction.
    """

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Version, pk=version_id, object_id=unquote(object_id))
        with self.restore_printed(request, version):
            return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        with self.restore_printed(request, get_object_or_404(Version, pk=version_id)):
            return super().recover_view(request, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        opts = self.opts
        restore_views = {
            f"{opts.app_label}_{opts.model_name}_revision",
            f"{opts.app_label}_{opts.model_name}_recover",
        }
        form.restoring = request.resolver_match.url_name in restore_views
        return form

    def meeting_restored(self, version):
        """The id of the meeting that restoring ``version`` changes."""
        raise NotImplementedError

    @contextmanager
    def restore_printed(self, request, version):
        if request.method != "POST":  # shows the version, restores nothing
            yield
            return
        meeting_id = self.meeting_restored(version)
        with transaction.atomic():
            before = published_meeting(meeting_id)
            yield
            after = published_meeting(meeting_id)
            if before is None or after is None:
                return  # a draft before or after: not what the public reads
            # Posted with the form that saved the restore (both optional: always valid).
            note = CorrectionNote(request.POST)
            if not note.is_valid() or note.cleaned_data["minor_correction"]:
                return
            changes, remarks = what_changed(before, after)
            if changes:
                Correction.objects.record(
                    Meeting.objects.get(pk=meeting_id),
                    changes,
                    note.cleaned_data["correction_note"],
                    remarks,
                    restored=version.revision.date_created,
                )


class MeetingForm(CorrectionForm):
    """A meeting's form: changing its status is publishing or withdrawing it, each a
    permission of its own (set by ``MeetingAdmin.get_form``)."""

    may_publish = False
    may_withdraw = False

    def clean_status(self):
        status = self.cleaned_data["status"]
        was = self.instance.status if self.instance.pk else Meeting.Status.DRAFT
        if status == was:
            return status
        if status == Meeting.Status.PUBLISHED and not self.may_publish:
            raise ValidationError(
                _("You may not publish meetings: save it as a draft and ask a publisher."),
                code="publish_permission",
            )
        if status == Meeting.Status.DRAFT and not self.may_withdraw:
            raise ValidationError(
                _("You may not return published meetings to draft: ask a publisher."),
                code="withdraw_permission",
            )
        return status


@admin.register(Meeting)
class MeetingAdmin(PrintsRestores, RecordAdmin):
    form = MeetingForm
    list_display = ["title", "council", "date", "city", "status_as_listed", "remark_count"]
    list_filter = ["council", "status", YearFilter]
    list_select_related = ["council"]
    date_hierarchy = "date"
    search_fields = ["title", "title_ko", "summary", "venue", "city", "council__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["council"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    inlines = [
        ParticipationInline,
        AgendaItemInline,
        DecisionInline,
        RemarkInline,
        PhotoInline,
        DocumentInline,
    ]
    # "Import from article" and "Recover deleted meetings" on the list; the importer app adds its
    # view (council/importer/admin.py).
    change_list_template = "admin/records/meeting/change_list.html"
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "council",
                    ("title", "title_ko"),
                    "slug",
                    "original_language",
                    "topics",
                    "version",
                ]
            },
        ),
        (
            _("When and where"),
            {
                "fields": [
                    "date",
                    ("venue", "venue_ko"),
                    ("city", "city_ko"),
                    ("summary", "summary_ko"),
                ]
            },
        ),
        (_("Publication"), {"fields": [("status", "published_at"), ("created_at", "updated_at")]}),
        (
            _("Source"),
            {
                "fields": [
                    ("source_publisher", "source_date"),
                    "source_title",
                    "source_url",
                    "source_is_translation",
                    "source_text",
                ],
                "description": _(
                    "A meeting is published with its source's publisher and date; give its "
                    "title and address too where known."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(remark_count=Count("remarks"))

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        return {"original_language": language_staff_work_in(), **initial}

    @admin.display(description=_("remarks"), ordering="remark_count")
    def remark_count(self, meeting):
        return meeting.remark_count

    def has_publish_permission(self, request):
        return request.user.has_perm("records.publish_meeting")

    def has_withdraw_permission(self, request):
        return request.user.has_perm("records.withdraw_meeting")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not obj.is_published:
            return fieldsets
        correction = (_("Correction"), {"fields": ["correction_note", "minor_correction"]})
        return [*fieldsets, correction]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            corrected = [
                row.instance
                for formset in formsets
                if formset.model is Remark
                for row in formset.forms
                if row.has_changed() and row not in formset.deleted_forms
            ]
            form.record_correction(formsets, corrected)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if self.has_publish_permission(request) or self.has_withdraw_permission(request):
            return fields
        return [*fields, "status"]  # an editor's new meeting is a draft

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.may_publish = self.has_publish_permission(request)
        form.may_withdraw = self.has_withdraw_permission(request)
        return form

    @admin.display(description=_("status"), ordering="status")
    def status_as_listed(self, meeting):
        # The version each row is listed at: the publish and withdraw actions refuse the rows
        # that changed since (see ``unchanged_since_listed``).
        return format_html(
            '{}<input type="hidden" name="version-{}" value="{}">',
            meeting.get_status_display(),
            meeting.pk,
            meeting.version,
        )

    def unchanged_since_listed(self, request, queryset):
        """The selected meetings, locked until the action's transaction ends; or None, with a
        message, when one of them changed since the list was shown (nothing is done then)."""
        # Without the list's annotations: PostgreSQL locks no grouped rows.
        selected = Meeting.objects.filter(pk__in=queryset.values("pk"))
        with transaction.atomic():
            current = list(selected.select_for_update().values_list("pk", "version"))
        changed = [
            pk for pk, version in current if request.POST.get(f"version-{pk}") != str(version)
        ]
        if not changed:
            return selected
        self.message_user(
            request,
            _(
                "Nothing was done: %(meetings)s changed since the list was shown. "
                "Check them, then select them again."
            )
            % {"meetings": ", ".join(str(m) for m in Meeting.objects.filter(pk__in=changed))},
            messages.ERROR,
        )
        return None

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Version, pk=version_id, object_id=unquote(object_id))
        if not self.may_restore(request, version):
            return redirect("admin:records_meeting_history", object_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.may_restore(request, get_object_or_404(Version, pk=version_id)):
            return redirect("admin:records_meeting_recoverlist")
        return super().recover_view(request, version_id, extra_context)

    def meeting_restored(self, version):
        return version.object_id

    def may_restore(self, request, version):
        """Whether the user may restore ``version``: restoring a published version of a draft
        publishes it, and the reverse withdraws it (a message says so when not)."""
        restored = version.field_dict.get("status", Meeting.Status.DRAFT)
        now = (
            Meeting.objects.filter(pk=version.object_id).values_list("status", flat=True).first()
            or Meeting.Status.DRAFT
        )
        if restored == now:
            return True
        if restored == Meeting.Status.PUBLISHED and not self.has_publish_permission(request):
            self.message_user(
                request,
                _("This version is published: restoring it would publish the meeting."),
                messages.ERROR,
            )
            return False
        if restored == Meeting.Status.DRAFT and not self.has_withdraw_permission(request):
            self.message_user(
                request,
                _("This version is a draft: restoring it would withdraw the meeting."),
                messages.ERROR,
            )
            return False
        return True

    @admin.action(description=_("Publish the selected meetings"), permissions=["publish"])
    def publish(self, request, queryset):
        queryset = self.unchanged_since_listed(request, queryset)
        if queryset is None:
            return
        lacking = list(queryset.filter(status=Meeting.Status.DRAFT).lacking_source())
        count = queryset.publish()
        if lacking:
            self.message_user(
                request,
                _("Not published, their source's publisher or date is missing: %(meetings)s.")
                % {"meetings": ", ".join(str(meeting) for meeting in lacking)},
                messages.ERROR,
            )
        if count or not lacking:
            self.message_user(
                request,
                ngettext("%(count)d meeting published.", "%(count)d meetings published.", count)
                % {"count": count},
                messages.SUCCESS,
            )

    @admin.action(description=_("Return the selected meetings to draft"), permissions=["withdraw"])
    def unpublish(self, request, queryset):
        queryset = self.unchanged_since_listed(request, queryset)
        if queryset is None:
            return
        count = queryset.unpublish()
        self.message_user(
            request,
            ngettext(
                "%(count)d meeting returned to draft.",
                "%(count)d meetings returned to draft.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


class AppointmentForm(VersionCheckedForm):
    class Meta:
        # A post held, not a headline: in Korean 직함, not 제목.
        labels = {
            "title": pgettext_lazy("a post held", "title"),
            "title_ko": pgettext_lazy("a post held", "Korean title"),
        }


class AppointmentInline(StackedInline):
    model = Appointment
    form = AppointmentForm
    autocomplete_fields = ["institution"]
    # Stacked, so that each title sits beside its Korean twin within 1024 px.
    fields = [("title", "title_ko"), "institution", ("start_date", "end_date"), "version"]
    extra = 1


@admin.register(Person)
class PersonAdmin(RecordAdmin):
    list_display = ["name", "name_ko", "remark_count"]
    # Stated, not left to Meta: the remark count's GROUP BY drops Meta.ordering, and the
    # autocompletes (a remark's speaker, the import's review) page through this list.
    ordering = ["name", "pk"]
    search_fields = ["name", "name_ko", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fields = [("name", "name_ko"), "slug", ("bio", "bio_ko"), "portrait", "version"]
    inlines = [AppointmentInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(remark_count=Count("remarks"))

    @admin.display(description=_("remarks"), ordering="remark_count")
    def remark_count(self, person):
        return person.remark_count


@admin.register(Appointment)
class AppointmentAdmin(RecordAdmin):
    form = AppointmentForm
    list_display = ["person", "post", "institution", "start_date", "end_date"]
    list_select_related = ["person", "institution"]
    ordering = ["person__name", "-start_date"]
    search_fields = ["person__name", "person__name_ko", "title", "institution__name"]
    autocomplete_fields = ["person", "institution"]

    @admin.display(description=AppointmentForm.Meta.labels["title"], ordering="title")
    def post(self, appointment):
        return appointment.title


@admin.register(Institution)
class InstitutionAdmin(RecordAdmin):
    list_display = ["name", "short_name", "name_ko", "kind", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "name_ko", "short_name", "short_name_ko"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fields = [
        ("name", "name_ko"),
        ("short_name", "short_name_ko"),
        "slug",
        ("kind", "parent"),
        "website",
        ("description", "description_ko"),
        "version",
    ]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


@admin.register(Council)
class CouncilAdmin(RecordAdmin):
    list_display = ["name", "host", "cadence"]
    list_select_related = ["host"]
    search_fields = ["name", "name_ko"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["host"]
    fields = [
        ("name", "name_ko"),
        "slug",
        ("host", "cadence"),
        ("description", "description_ko"),
        "version",
    ]


class EvidencedInline(StackedInline):
    """Entries of a record's history, each with what shows it."""

    form = VersionCheckedForm
    autocomplete_fields = ["meeting", "remark"]
    extra = 0
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


class PolicyStatusChangeInline(EvidencedInline):
    model = PolicyStatusChange
    fields = [
        ("date", "status"),
        ("status_note", "status_note_ko"),
        ("meeting", "remark"),
        "source_url",
        "version",
    ]


@admin.register(PolicyItem)
class PolicyItemAdmin(RecordAdmin):
    list_display = ["name", "kind", "status", "owner"]
    list_filter = ["kind", "status"]
    list_select_related = ["owner"]
    search_fields = ["name", "name_ko", "status_note", "status_note_ko"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["owner"]
    fields = [
        ("name", "name_ko"),
        "slug",
        ("kind", "owner"),
        "status",
        ("status_note", "status_note_ko"),
        ("summary", "summary_ko"),
        "topics",
        "version",
    ]
    inlines = [PolicyStatusChangeInline]

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if obj is not None and obj.status_changes.exists():
            # Its newest status change sets them (see Evidenced.keep_current).
            return [*fields, "status", "status_note", "status_note_ko"]
        return fields


class CommitmentInline(StackedInline):
    """A remark marked as a commitment, on the remark's form; what became of it is entered on
    the commitment's own."""

    model = Commitment
    form = VersionCheckedForm
    autocomplete_fields = ["owner"]
    fields = [("text", "text_ko"), ("owner", "due_date"), "version"]
    extra = 0
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}
    }


class FollowUpInline(EvidencedInline):
    model = FollowUp
    autocomplete_fields = [*EvidencedInline.autocomplete_fields, "status_change"]
    fields = [
        ("date", "state"),
        ("note", "note_ko"),
        ("meeting", "remark"),
        ("status_change", "source_url"),
        "version",
    ]
    formfield_overrides = {
        **EvidencedInline.formfield_overrides,
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})},
    }


@admin.register(Commitment)
class CommitmentAdmin(RecordAdmin):
    """Commitments stated in remarks, and what became of each (its follow-ups)."""

    list_display = ["__str__", "owner", "state", "due_date", "remark"]
    list_filter = ["state", "owner"]
    list_select_related = ["owner", "remark__speaker"]
    search_fields = [
        "text",
        "text_ko",
        "remark__text",
        "remark__text_ko",
        "owner__name",
        "owner__short_name",
    ]
    autocomplete_fields = ["remark", "owner"]
    fields = ["remark", ("text", "text_ko"), ("owner", "due_date"), "state", "version"]
    readonly_fields = ["state"]
    inlines = [FollowUpInline]


@admin.register(PolicyStatusChange)
class PolicyStatusChangeAdmin(RecordAdmin):
    """Registered so that a follow-up can pick the status change that shows it; they are
    entered on their policy item."""

    list_display = ["__str__", "policy", "date", "status"]
    list_select_related = ["policy"]
    ordering = ["-date", "-pk"]
    search_fields = ["policy__name", "policy__name_ko", "status_note", "status_note_ko"]
    autocomplete_fields = ["policy", "meeting", "remark"]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


class RemarkForm(CorrectionForm):
    def record_meeting(self):
        return self.instance.meeting


@admin.register(Remark)
class RemarkAdmin(PrintsRestores, RecordAdmin):
    """Every remark across meetings, for finding one; they are entered on their meeting."""

    form = RemarkForm

    def meeting_restored(self, version):
        return version.field_dict["meeting_id"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            # Marking the remark as a commitment adds to the record; it corrects nothing.
            quoted = [formset for formset in formsets if formset.model is not Commitment]
            form.record_correction(quoted, [form.instance])

    inlines = [CommitmentInline]
    list_display = ["__str__", "speaker", "meeting", "position", "spoken_language"]
    list_select_related = ["speaker", "meeting"]
    ordering = NEWEST_FIRST
    list_filter = ["spoken_language", "provenance", "provenance_ko", "meeting__council"]
    search_fields = ["text", "text_ko", "role", "speaker__name", "speaker__name_ko"]
    fields = [
        "meeting",
        ("position", "speaker"),
        ("role", "role_ko"),
        "appointment",
        *REMARK_WORDS,
        ("agenda_item", "topics"),
        "version",
        *CorrectionNote.base_fields,
    ]
    autocomplete_fields = ["meeting", "speaker", "appointment", "agenda_item"]


@admin.register(AgendaItem)
class AgendaItemAdmin(RecordAdmin):
    """Registered so that remarks can pick their agenda item by autocomplete."""

    list_display = ["title", "meeting", "position", "presenter"]
    list_select_related = ["meeting", "presenter"]
    ordering = ["-meeting__date", "-meeting_id", "position"]
    search_fields = ["title", "meeting__title"]
    autocomplete_fields = ["meeting", "presenter", "policy_items"]


@admin.register(Correction)
class CorrectionAdmin(RecordAdmin):
    """The corrections the public pages print: a note can be reworded, a wrong one deleted.
    They are made by saving a published meeting or remark, not added here."""

    list_display = ["meeting", "made_at", "changes", "note"]
    list_select_related = ["meeting"]
    date_hierarchy = "made_at"
    search_fields = ["note", "meeting__title"]
    fields = ["meeting", "made_at", "changes", "note", "version"]
    readonly_fields = ["meeting", "made_at", "changes"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("what changed"))
    def changes(self, correction):
        return correction.what_changed()


class TopicForm(VersionCheckedForm):
    """A topic's form, refused as a stale version is when the topic changed since it was opened.

    Taggit's table has no version column (and adding one to a third-party table would be a
    migration of another app's model): the form carries, hidden, the values the topic was opened
    with, and compares them with the row, locked until the save commits.
    """

    opened_as = forms.JSONField(widget=forms.HiddenInput, required=False)
    # The topic's Korean name is a row of its own (TopicName), kept beside its name here.
    name_ko = forms.CharField(
        label=_("Korean name"),
        max_length=TopicName._meta.get_field("name_ko").max_length,
        required=False,
        help_text=_("The topic's name in Korean, where its name is in English."),
        widget=forms.TextInput(attrs={"class": "vTextField"}),  # as wide as the name's
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["opened_as"].required = True  # an edit without it cannot be checked
            self.initial.setdefault("name_ko", korean_name_of(self.instance))
            self.initial.setdefault("opened_as", self.values_of(self.instance))

    def values_of(self, topic):
        """``{attname: value}`` of the topic's fields this form edits, its Korean name too."""
        values = {
            field.attname: field.value_from_object(topic)
            for field in topic._meta.concrete_fields
            if field.name in self.fields
        }
        return {**values, "name_ko": korean_name_of(topic)}

    def _save_m2m(self):
        super()._save_m2m()
        if "name_ko" not in self.changed_data:
            return
        if name_ko := self.cleaned_data["name_ko"]:
            TopicName.objects.update_or_create(tag=self.instance, defaults={"name_ko": name_ko})
        else:
            TopicName.objects.filter(tag=self.instance).delete()

    def clean_opened_as(self):
        opened = self.cleaned_data["opened_as"]
        if opened is not None and not isinstance(opened, dict):  # not as the page was sent
            raise ValidationError(self.fields["opened_as"].error_messages["invalid"])
        return opened

    def clean(self):
        cleaned = super().clean()
        topic, opened = self.instance, cleaned.get("opened_as")
        if topic.pk is None or opened is None:
            return cleaned
        # Read again and locked (the admin's view is one transaction): no other editor's save
        # comes between this check and this save.
        topic.refresh_from_db(from_queryset=type(topic).objects.select_for_update())
        now = self.values_of(topic)
        if opened == now:
            return cleaned
        self.data = self.data.copy()
        self.data[self.add_prefix("opened_as")] = json.dumps(now)
        since = changes_since_values(topic, opened)
        raise ValidationError(stale_edit_messages(topic, since, self.differences()))


# Topics are taggit's tags: their admin gains the history, so a rename is on the record and can
# be undone, and the check of edits opened before another editor's.
admin.site.unregister(Tag)


def korean_name_of(topic):
    """The topic's Korean name as stored now ("" where none is given): a query."""
    return TopicName.objects.filter(tag=topic).values_list("name_ko", flat=True).first() or ""


@admin.register(Tag)
class TopicAdmin(RecordAdmin, TagAdmin):
    form = TopicForm
    fields = [("name", "name_ko"), "slug", "opened_as"]

    def reversion_register(self, model, **kwargs):
        if model is Tag:  # the Korean name is saved by the topic's form: its history is the topic's
            kwargs["follow"] = (*kwargs["follow"], "korean")
        super().reversion_register(model, **kwargs)

    # Taggit's action, named where staff can read it (taggit leaves it untranslated).
    @admin.action(description=_("Merge the selected topics"))
    def render_tag_form(self, request, queryset):
        return super().render_tag_form(request, queryset)

    def merge_tags_view(self, request):
        """Taggit's merge, its form shown in the admin's frame with its errors (taggit's page
        has neither, and a form sent without a name came back empty)."""
        form = MergeTagsForm(request.POST or None)
        if form.is_valid():
            return super().merge_tags_view(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Merge the selected topics"),
            "form": form,
        }
        return TemplateResponse(request, "admin/taggit/merge_tags_form.html", context)

    # Taggit's messages about a merge, which it writes in English only.
    TAGGIT_MESSAGES = {
        "Please select at least one tag.": _("Select at least one topic to merge."),
        "Tags have been merged": _("The topics have been merged."),
    }

    def message_user(self, request, message, *args, **kwargs):
        message = self.TAGGIT_MESSAGES.get(message, message)
        return super().message_user(request, message, *args, **kwargs)
