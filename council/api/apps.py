from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public JSON API (/api/v1/): the published records, paged, as open data gives them."""

    name = "council.api"
    label = "api"
    verbose_name = _("API")
