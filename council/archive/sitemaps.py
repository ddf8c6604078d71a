"""The sitemap: only what the public can see."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from council.records.models import (
    Commitment,
    Council,
    Institution,
    Meeting,
    Person,
    PolicyItem,
    Remark,
    topics_visible_to,
)


class PagesSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "archive:home",
            "archive:meetings",
            "archive:speakers",
            "archive:institutions",
            "data",
        ]

    def location(self, name):
        return reverse(name)


class MeetingSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Meeting.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, meeting):
        return meeting.updated_at


class RemarkSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return Remark.objects.published().only("pk").order_by("pk")


class SlugSitemap(Sitemap):
    """Speakers, institutions, councils and policy items: published, by slug."""

    changefreq = "weekly"

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().only("slug").order_by("pk")


class CommitmentSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Commitment.objects.published().only("pk").order_by("pk")


class TopicSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return topics_visible_to(AnonymousUser()).order_by("slug")

    def location(self, tag):
        return reverse("archive:topic", args=[tag.slug])


sitemaps = {
    "pages": PagesSitemap,
    "meetings": MeetingSitemap,
    "remarks": RemarkSitemap,
    "speakers": SlugSitemap(Person),
    "institutions": SlugSitemap(Institution),
    "councils": SlugSitemap(Council),
    "policies": SlugSitemap(PolicyItem),
    "commitments": CommitmentSitemap,
    "topics": TopicSitemap,
}
