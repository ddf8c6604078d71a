from urllib.parse import parse_qsl

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Who follows what. Addresses are personal data: they are listed only to staff given the
    permission to view subscriptions (no role has it; a superuser grants it), are never
    exported, and are not edited here. Ending a subscription is deleting it; its address goes
    with its last subscription, at the next ``send_alerts``."""

    list_display = ["subscriber", "following", "language", "created_at", "confirmed_at"]
    list_select_related = ["subscriber", "policy_item"]
    list_filter = [("confirmed_at", admin.EmptyFieldListFilter), "subscriber__language"]
    search_fields = ["subscriber__email"]
    fields = ["subscriber", "language", "following", "created_at", "confirmed_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("language"), ordering="subscriber__language")
    def language(self, subscription):
        return subscription.subscriber.get_language_display()

    @admin.display(description=_("follows"))
    def following(self, subscription):
        """The search's parameters as its address has them, or the policy item: what the list
        shows without a query a row."""
        if subscription.policy_item:
            return f"{_('Policy item')}: {subscription.policy_item}"
        return "; ".join(f"{name}: {value}" for name, value in parse_qsl(subscription.search))
