"""The site's own pages: about, how to cite, the data licence, contact, and any staff add."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from council.records.languages import Shown, shown
from council.records.models import KeepsFormerSlugs, PublicQuerySet
from council.records.versioning import Versioned

from .markdown import render

MARKDOWN_HELP = _(
    "Markdown: a blank line between paragraphs; # Heading, ## Subheading; *emphasis*, **strong**; "
    "[words](https://address) for a link; - or 1. for a list; > for a quotation; "
    "| a | b | rows for a table. Scripts, styles, images and embedded pages are removed."
)


class PageQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(status=Page.Status.PUBLISHED)


class Page(Versioned, KeepsFormerSlugs):
    """A page of text written by staff in Markdown, in English, Korean or both."""

    class Place(models.TextChoices):
        FOOTER = "footer", _("Footer")
        MENU = "menu", _("Main menu")
        NOWHERE = "nowhere", _("Not listed (linked from elsewhere)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(
        _("title (English)"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty if the page has no English text yet."),
    )
    title_ko = models.CharField(
        _("title (Korean)"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty if the page has no Korean text yet."),
    )
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_(
            "The end of the page's address, as in /pages/about/: lower-case letters, digits "
            "and hyphens. A changed address still leads here from the old one."
        ),
    )
    body = models.TextField(_("text (English)"), blank=True, help_text=MARKDOWN_HELP)
    body_ko = models.TextField(_("text (Korean)"), blank=True, help_text=MARKDOWN_HELP)
    place = models.CharField(
        _("listed in"),
        max_length=10,
        choices=Place.choices,
        default=Place.FOOTER,
        help_text=_("Where every page of the site links to this one, once it is published."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_("Lower numbers come first in the footer or menu."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_(
            "Only staff see a draft, at its address, marked as a preview. Publishing takes the "
            "publisher's permission."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")
        ordering = ["place", "order", "pk"]
        permissions = [("publish_page", _("Can publish and withdraw site pages"))]
        constraints = [
            models.CheckConstraint(
                condition=~Q(title="", title_ko=""),
                name="page_has_a_title",
                violation_error_message=_("Give the page a title in English, in Korean or both."),
            ),
            models.CheckConstraint(
                condition=~Q(body="", body_ko=""),
                name="page_has_a_text",
                violation_error_message=_("Write the page's text in English, in Korean or both."),
            ),
        ]

    def __str__(self):
        return self.title or self.title_ko

    def get_absolute_url(self):
        return reverse("archive:page", args=[self.slug])

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def title_in(self, language):
        return shown(self, "title", language)

    def body_in(self, language):
        """The text as HTML, rendered from its Markdown and cleaned (see ``markdown``)."""
        body = shown(self, "body", language)
        return Shown(render(body.text), body.language, body.fallback)
