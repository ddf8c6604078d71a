from django import template
from django.urls import translate_url
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with ``page`` set to ``number``, keeping every other parameter."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"


@register.simple_tag(takes_context=True)
def in_language(context, language_code):
    """This page's address in another language; worked out once a request (it resolves the
    address), though every page asks for it in its head and again in its menu."""
    request = context["request"]
    addresses = request.__dict__.setdefault("_addresses_by_language", {})
    if language_code not in addresses:
        addresses[language_code] = translate_url(request.get_full_path(), language_code)
    return addresses[language_code]


@register.filter
def local(obj, field):
    """``obj.<field>_ko`` on Korean pages where it is filled in, else ``obj.<field>``."""
    if get_language() == "ko":
        korean = getattr(obj, f"{field}_ko", "")
        if korean:
            return korean
    return getattr(obj, field)


@register.filter
def getlist(query, name):
    """Every value of a repeated query parameter."""
    return query.getlist(name)
