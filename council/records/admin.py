"""The admin is the staff's product: one meeting page holds the whole record."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, F
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from council.importer.views import import_urls

from .models import (
    AgendaItem,
    Appointment,
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    Photo,
    PolicyItem,
    Remark,
)

admin.site.site_header = _("Council records")
admin.site.site_title = _("Council records")
admin.site.index_title = _("Proceedings")

# Editors paste addresses without a scheme; the sites they cite are served over HTTPS.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


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


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["institution"]
    fields = ["institution", "part", "note"]
    extra = 1


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    formset = PositionedInlineFormSet
    autocomplete_fields = ["presenter", "policy_items"]
    fields = [("position", "title"), "presenter", "summary", "policy_items"]
    extra = 0


class RemarkInline(admin.StackedInline):
    model = Remark
    formset = PositionedInlineFormSet
    autocomplete_fields = ["speaker", "appointment"]
    fields = [
        ("position", "speaker"),
        ("role", "appointment"),
        "text",
        ("language", "is_translation"),
        ("agenda_item", "topics"),
    ]
    extra = 1
    # A quote is a paragraph or two: short boxes keep several remarks in view at once.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})}
    }

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Only this meeting's agenda (none yet while the meeting is being added).
        if db_field.name == "agenda_item":
            meeting_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = AgendaItem.objects.filter(meeting_id=meeting_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class PhotoInline(admin.TabularInline):
    model = Photo
    formset = PositionedInlineFormSet
    fields = ["position", "thumbnail", "image", "caption", "credit", "alt_text"]
    readonly_fields = ["thumbnail"]
    extra = 0

    @admin.display(description=_("preview"))
    def thumbnail(self, photo):
        if not photo.image:
            return "—"
        preview = photo.thumbnail or photo.image
        return format_html(
            '<a href="{}"><img src="{}" alt="{}" style="max-width:160px;height:auto"></a>',
            photo.image.url,
            preview.url,
            photo.alt_text,
        )


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


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "council", "date", "city", "status", "remark_count"]
    list_filter = ["council", "status", YearFilter]
    list_select_related = ["council"]
    date_hierarchy = "date"
    search_fields = ["title", "title_ko", "summary", "venue", "city", "council__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["council"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    inlines = [ParticipationInline, AgendaItemInline, RemarkInline, PhotoInline]
    # "Import from article" on the list; the view lives in the importer app.
    change_list_template = "importer/meeting_change_list.html"
    fieldsets = [
        (None, {"fields": ["council", ("title", "title_ko"), "slug", "topics"]}),
        (_("When and where"), {"fields": [("date", "venue", "city"), "summary"]}),
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
                "classes": ["collapse"],
            },
        ),
    ]

    def get_urls(self):
        return import_urls(self) + super().get_urls()

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(remark_count=Count("remarks"))

    @admin.display(description=_("remarks"), ordering="remark_count")
    def remark_count(self, meeting):
        return meeting.remark_count

    @admin.action(description=_("Publish the selected meetings"), permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.publish()
        self.message_user(
            request,
            ngettext("%(count)d meeting published.", "%(count)d meetings published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Return the selected meetings to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
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


class AppointmentInline(admin.TabularInline):
    model = Appointment
    autocomplete_fields = ["institution"]
    fields = ["title", "title_ko", "institution", "start_date", "end_date"]
    extra = 1


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ko", "remark_count"]
    # Stated, not left to Meta: the remark count's GROUP BY drops Meta.ordering, and the
    # autocompletes (a remark's speaker, the import's review) page through this list.
    ordering = ["name", "pk"]
    search_fields = ["name", "name_ko", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AppointmentInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(remark_count=Count("remarks"))

    @admin.display(description=_("remarks"), ordering="remark_count")
    def remark_count(self, person):
        return person.remark_count


@admin.register(Appointment)
class AppointmentAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "institution", "start_date", "end_date"]
    list_select_related = ["person", "institution"]
    ordering = ["person__name", "-start_date"]
    search_fields = ["person__name", "person__name_ko", "title", "institution__name"]
    autocomplete_fields = ["person", "institution"]


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "name_ko", "kind", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "name_ko", "short_name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ["name", "host", "cadence"]
    list_select_related = ["host"]
    search_fields = ["name", "name_ko"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["host"]


@admin.register(PolicyItem)
class PolicyItemAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "owner"]
    list_filter = ["kind", "status"]
    list_select_related = ["owner"]
    search_fields = ["name", "name_ko", "status_note"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["owner"]


@admin.register(Remark)
class RemarkAdmin(admin.ModelAdmin):
    """Every remark across meetings, for finding one; they are entered on their meeting."""

    list_display = ["__str__", "speaker", "meeting", "position", "language"]
    list_select_related = ["speaker", "meeting"]
    ordering = ["-meeting_date", "-meeting_id", "position"]
    list_filter = ["language", "is_translation", "meeting__council"]
    search_fields = ["text", "role", "speaker__name", "speaker__name_ko"]
    autocomplete_fields = ["meeting", "speaker", "appointment", "agenda_item"]


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    """Registered so that remarks can pick their agenda item by autocomplete."""

    list_display = ["title", "meeting", "position", "presenter"]
    list_select_related = ["meeting", "presenter"]
    ordering = ["-meeting__date", "-meeting_id", "position"]
    search_fields = ["title", "meeting__title"]
    autocomplete_fields = ["meeting", "presenter", "policy_items"]
