"""The filters of the API's lists beside the remarks' (the search form's) and the commitments'
(the commitments page's form): each a form given the public records, which ``filtered()``
narrows."""

from django import forms
from django.utils.translation import gettext_lazy as _

from council.archive.forms import SlugField
from council.records.models import PolicyItem


class StatusChangeFilter(forms.Form):
    policy = SlugField(_("Policy item"), _("Any policy item"))
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", ""), *PolicyItem.Status.choices]
    )

    def __init__(self, data, changes):
        super().__init__(data)
        self.changes = changes
        self.fields["policy"].queryset = PolicyItem.objects.published().only("slug")

    def filtered(self):
        chosen, changes = self.cleaned_data, self.changes
        if chosen["policy"]:
            changes = changes.filter(policy=chosen["policy"])
        if chosen["status"]:
            changes = changes.filter(status=chosen["status"])
        return changes
