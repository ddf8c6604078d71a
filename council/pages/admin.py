"""The site's pages in the staff's admin: both languages side by side, a draft previewed at its
address, publishing a permission of its own, as with meetings."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from council.records.admin import RecordAdmin, VersionCheckedForm

from .models import Page


class PageForm(VersionCheckedForm):
    """A page's form: changing its status is publishing or withdrawing it, which takes the
    ``publish_page`` permission (set by ``PageAdmin.get_form``)."""

    may_publish = False

    def clean_status(self):
        status = self.cleaned_data["status"]
        was = self.instance.status if self.instance.pk else Page.Status.DRAFT
        if status != was and not self.may_publish:
            raise ValidationError(
                _("You may not publish or withdraw pages: save it as a draft and ask a publisher."),
                code="publish_permission",
            )
        return status


@admin.register(Page)
class PageAdmin(RecordAdmin):
    form = PageForm
    list_display = ["__str__", "title_ko", "slug", "place", "order", "status", "updated_at"]
    list_filter = ["status", "place"]
    search_fields = ["title", "title_ko", "slug", "body", "body_ko"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["updated_at"]
    # A page's text is long: boxes tall enough to write it in, as wide as half the row.
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 24})}}
    fieldsets = [
        # English and Korean side by side (pages/admin.css).
        (None, {"fields": [("title", "title_ko"), ("body", "body_ko")], "classes": ["bilingual"]}),
        (
            _("Publication"),
            {"fields": ["slug", ("place", "order"), ("status", "updated_at"), "version"]},
        ),
    ]

    class Media:
        css = {"all": ["pages/admin.css"]}

    def has_publish_permission(self, request):
        return request.user.has_perm("pages.publish_page")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if self.has_publish_permission(request):
            return fields
        return [*fields, "status"]  # an editor's new page is a draft

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.may_publish = self.has_publish_permission(request)
        return form
