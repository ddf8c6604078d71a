"""The admin's "Import from article": paste, review, confirm.

Reached from the meeting list (see ``admin.py``); wrapped in ``admin_view`` and open to staff
who may add meetings. Nothing is written before the confirmation, and a failed confirmation
writes nothing.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .forms import ArticleForm, Review
from .matching import propose
from .plan import AlreadyImported, PlanError, save_plan

PLAN_ERRORS = {
    "no_council": gettext_lazy("Choose the council, or name a new one."),
    "no_host": gettext_lazy("A new council needs a host: mark one institution as “Host”."),
    "no_date": gettext_lazy("Give the meeting’s date."),
}


def import_article(request, model_admin):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("step") == "confirm":
        return confirm(request, model_admin)
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        plan = propose(
            form.extraction,
            source_text=form.cleaned_data["text"],
            source_url=form.cleaned_data["source_url"],
            published_on=form.cleaned_data["published_on"],
        )
        initial = Review.initial_from(
            plan, flags=form.extraction.flags, warnings=form.extraction.warnings
        )
        review = Review(initial=initial, **review_context(request, model_admin))
        return render_review(request, model_admin, review)
    return render(request, model_admin, "importer/paste.html", {"form": form})


def review_context(request, model_admin):
    return {"admin_site": model_admin.admin_site, "user": request.user}


def confirm(request, model_admin):
    add_row = request.POST.get("add")
    review = Review(request.POST, add_row=add_row, **review_context(request, model_admin))
    if add_row:
        # "Add a remark" and the like: the review again, as typed, with a blank row more.
        return render_review(request, model_admin, review)
    if earlier := review.imported_before():
        return already_imported(request, earlier)
    if review.is_valid():
        try:
            meeting = save_plan(review.plan())
        except PlanError as exc:
            review.errors.append(PLAN_ERRORS[str(exc)])
        except AlreadyImported as exc:
            return already_imported(request, exc.meeting)
        except DatabaseError:
            review.errors.append(
                _(
                    "The meeting could not be saved, and nothing was saved. Check the rows and try again."
                )
            )
        else:
            model_admin.log_addition(request, meeting, [{"added": {}}])
            messages.success(
                request,
                format_html(
                    _("The draft meeting “{}” was created from the article, with {} remarks."),
                    str(meeting.title or meeting.title_ko),
                    meeting.remarks.count(),
                ),
            )
            return redirect(change_url(meeting))
    return render_review(request, model_admin, review, confirming=True)


def already_imported(request, meeting):
    messages.warning(
        request,
        format_html(
            _("This review was already confirmed: it created the draft meeting “{}”."),
            str(meeting.title or meeting.title_ko),
        ),
    )
    return redirect(change_url(meeting))


def change_url(meeting):
    return reverse("admin:records_meeting_change", args=[meeting.pk])


def render_review(request, model_admin, review, confirming=False):
    return render(
        request,
        model_admin,
        "importer/review.html",
        {"review": review, "confirming": confirming, "media": review.media},
    )


def render(request, model_admin, template, context):
    opts = model_admin.model._meta
    return TemplateResponse(
        request,
        template,
        {
            **model_admin.admin_site.each_context(request),
            # The review's tables need the whole width of a laptop's screen.
            "is_nav_sidebar_enabled": False,
            "opts": opts,
            "title": _("Import a meeting from an article"),
            "has_view_permission": model_admin.has_view_permission(request),
            **context,
        },
    )
