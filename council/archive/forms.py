"""The filters of the list of every commitment: the page's (/commitments/) and the API's."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from council.records.models import Commitment, Council, Institution, PolicyItem


class SlugField(forms.ModelChoiceField):
    """A record picked by its slug in the address; bad or unknown, a form error."""

    def __init__(self, label, empty_label):
        super().__init__(
            None, to_field_name="slug", required=False, label=label, empty_label=empty_label
        )


class CommitmentFilter(forms.Form):
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("Any state")), *Commitment.State.choices],
    )
    council = SlugField(_("Council"), _("Any council"))
    institution = SlugField(_("Owner institution"), _("Any institution"))
    policy = SlugField(_("Policy item"), _("Any policy item"))

    def __init__(self, data, commitments):
        """``commitments``: those the visitor may see; the choices are their councils,
        owners and policies."""
        super().__init__(data, label_suffix="")
        self.commitments = commitments
        self.fields["council"].queryset = (
            Council.objects.filter(
                Exists(commitments.filter(remark__meeting__council=OuterRef("pk")))
            )
            .only("name", "slug")
            .order_by("name")
        )
        self.fields["institution"].queryset = (
            Institution.objects.filter(Exists(commitments.filter(owner=OuterRef("pk"))))
            .only("name", "short_name", "slug")  # its label: "name (short name)"
            .order_by("name")
        )
        self.fields["policy"].queryset = (
            PolicyItem.objects.filter(
                # The policy two queries out: the agenda item's, inside the commitment's.
                Exists(commitments.about(OuterRef(OuterRef("pk"))))
            )
            .only("name", "slug")
            .order_by("name")
        )

    def filtered(self):
        """The commitments that pass the filters (the form must be valid)."""
        chosen = self.cleaned_data
        commitments = self.commitments
        if chosen["state"]:
            commitments = commitments.filter(state=chosen["state"])
        if chosen["council"]:
            commitments = commitments.filter(remark__meeting__council=chosen["council"])
        if chosen["institution"]:
            commitments = commitments.filter(owner=chosen["institution"])
        if chosen["policy"]:
            commitments = commitments.about(chosen["policy"])
        return commitments
