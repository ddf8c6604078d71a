"""The public pages. Each fetches through the published()/visible_to() rule, then renders."""

from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from council.records.models import Meeting


class HomeView(ListView):
    """The latest published meetings."""

    template_name = "archive/home.html"
    context_object_name = "meetings"
    paginate_by = 20

    def get_queryset(self):
        return Meeting.objects.published().select_related("council__host")


class MeetingView(DetailView):
    """One meeting and its whole record; staff also see drafts here, marked as a preview."""

    template_name = "archive/meeting.html"

    def get_object(self, queryset=None):
        meetings = Meeting.objects.visible_to(self.request.user).with_proceedings()
        return get_object_or_404(meetings, slug=self.kwargs["slug"])
