"""The sitemap: only what the public can see."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse

from council.pages.models import Page
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

from .site_pages import published_pages


class PagesSitemap(Sitemap):
    """The site's index pages, and its own pages (about, how to cite…) that are published."""

    changefreq = "daily"
    INDEXES = [
        "archive:home",
        "archive:meetings",
        "archive:speakers",
        "archive:institutions",
        "archive:commitments",
        "data",
    ]

    def __init__(self, site_pages):
        self.site_pages = site_pages

    def items(self):
        return [*self.INDEXES, *self.site_pages]

    def location(self, item):
        return item.get_absolute_url() if isinstance(item, Page) else reverse(item)


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


RECORDS = {
    "meetings": MeetingSitemap,
    "remarks": RemarkSitemap,
    "speakers": SlugSitemap(Person),
    "institutions": SlugSitemap(Institution),
    "councils": SlugSitemap(Council),
    "policies": SlugSitemap(PolicyItem),
    "commitments": CommitmentSitemap,
    "topics": TopicSitemap,
}


def sitemaps():
    """Every section; the site's pages as kept for the records' version (no query, once kept:
    see ``published_pages``)."""
    return {"pages": PagesSitemap(published_pages().every), **RECORDS}


def index(request):
    return sitemap_views.index(request, sitemaps())


def section(request, section):
    return sitemap_views.sitemap(request, sitemaps(), section)
