"""oEmbed (https://oembed.com/) for the remarks: a site given a remark's address asks here for
the quotation to show, the <blockquote> the remark's page offers to copy.

Only JSON is made: the XML format is a 501, as the specification says of a format a provider
does not support. The card speaks the language of the address given (/ko/remarks/… in Korean).
"""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.http.request import split_domain_port, validate_host
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import get_language_from_path, override
from django.utils.translation import gettext as _

from council.archive.caching import public_view
from council.archive.embeds import remark_card
from council.archive.templatetags.archive import local
from council.records.models import Remark

from .views import invalid, open_to_all, problem

# What a card takes at most, and is given: the width of a column of text.
CARD_WIDTH = 550


class OEmbedForm(forms.Form):
    url = forms.CharField(max_length=2000)
    format = forms.ChoiceField(choices=[("json", "JSON"), ("xml", "XML")], required=False)
    maxwidth = forms.IntegerField(min_value=1, max_value=100_000, required=False)
    maxheight = forms.IntegerField(min_value=1, max_value=100_000, required=False)

    def __init__(self, data, host):
        """``host``: the one the request came to, whose addresses are this site's."""
        super().__init__(data)
        self.host = split_domain_port(host)[0]

    def clean_url(self):
        """The address as ``(language, remark id)``: an address of this site's remark page."""
        try:
            parts = urlsplit(self.cleaned_data["url"])
            host, _port = split_domain_port(parts.netloc)
        except ValueError:  # an unreadable address, such as a port that is not a number
            parts, host = None, ""
        if not (parts and parts.scheme in ("http", "https") and host) or not validate_host(
            host, [self.host, *settings.ALLOWED_HOSTS]
        ):
            raise forms.ValidationError(_("This is not an address of this site."))
        language = get_language_from_path(parts.path) or settings.LANGUAGE_CODE
        with override(language):
            try:
                match = resolve(parts.path)
            except Resolver404:
                match = None
        if match is None or match.view_name != "archive:remark":
            raise forms.ValidationError(_("This is not the address of a remark."))
        return language, match.kwargs["pk"]


@public_view(reads=["url", "format", "maxwidth", "maxheight"])
def oembed(request):
    form = OEmbedForm(request.GET, request.get_host())
    if not form.is_valid():
        return open_to_all(invalid(form))
    if form.cleaned_data["format"] == "xml":
        return open_to_all(problem(501, _("Only the JSON format is made.")))
    language, pk = form.cleaned_data["url"]
    remark = (
        Remark.objects.published()
        .select_related("speaker", "meeting__council")
        .filter(pk=pk)
        .first()
    )
    if remark is None:
        return open_to_all(problem(404, _("No public remark has this address.")))
    with override(language):
        card = oembed_card(request, remark)
    card["width"] = min(CARD_WIDTH, form.cleaned_data["maxwidth"] or CARD_WIDTH)
    return open_to_all(JsonResponse(card, json_dumps_params={"ensure_ascii": False}))


def oembed_card(request, remark):
    """oEmbed's "rich" answer, in the active language."""
    speaker = remark.speaker
    author = local(speaker, "name") if speaker else remark.role
    return {
        "version": "1.0",
        "type": "rich",
        "title": _("Remark by %(who)s") % {"who": author},
        "author_name": author,
        **(
            {"author_url": request.build_absolute_uri(speaker.get_absolute_url())}
            if speaker
            else {}
        ),
        "provider_name": _("Council archive"),
        "provider_url": request.build_absolute_uri(reverse("archive:home")),
        "html": remark_card(request, remark),
        # A quotation's height follows its words and the type of the page it is put in.
        "height": None,
    }
