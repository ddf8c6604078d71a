"""The two steps of an import: paste the article, then review what was found.

Nothing is kept between the steps but what the forms themselves carry: the review form holds
the pasted text in a hidden field, and every proposed row in its formsets.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from council.records.models import (
    Council,
    Institution,
    Language,
    Meeting,
    Participation,
    Person,
    PolicyItem,
)

from .plan import InstitutionPlan, MeetingPlan, PersonPlan, PolicyPlan, RemarkPlan
from .reading import MAX_CHARS, ExtractionError, extract

EXTRACTION_MESSAGES = {
    "empty": _("Paste the text of an article."),
    "too_long": _(
        "The text is %(length)s characters long. Paste one article, of at most %(limit)s "
        "characters."
    ),
    "binary": _(
        "This looks like binary data, not the text of an article. Copy the article's text from "
        "the page or the press release and paste it here."
    ),
}

# Review forms are built for an article's worth of rows; a tampered count gets an error.
MAX_ROWS = 300


def extraction_error(exc):
    return ValidationError(EXTRACTION_MESSAGES[exc.code], code=exc.code, params=exc.params)


class ArticleForm(forms.Form):
    """Step one: the article, where it was published, and when."""

    text = forms.CharField(
        label=_("Article text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 20, "cols": 100}),
        help_text=_(
            "Paste the whole press release or news article, in English or Korean. Nothing is "
            "saved until you confirm on the next page."
        ),
    )
    source_url = forms.URLField(
        label=_("Source URL"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Where the article can be read, kept with the meeting for provenance."),
    )
    published_on = forms.DateField(
        label=_("Published on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Relative dates such as “on the 1st” or “1일” are read against this day."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Binary junk gets the extractor's message, which says what to do, not Django's.
        self.fields["text"].validators = [
            v
            for v in self.fields["text"].validators
            if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def clean_text(self):
        text = self.cleaned_data["text"]
        # Checked here, before the other fields, so a 5 MB paste is refused without reading it.
        if len(text) > MAX_CHARS:
            raise extraction_error(
                ExtractionError("too_long", length=f"{len(text):,}", limit=f"{MAX_CHARS:,}")
            )
        return text

    def clean(self):
        cleaned = super().clean()
        if "text" in cleaned and not self.errors:
            try:
                self.extraction = extract(cleaned["text"], cleaned.get("published_on"))
            except ExtractionError as exc:
                self.add_error("text", extraction_error(exc))
        return cleaned


def import_key(value):
    """The review's key (see Meeting.import_key), or None where it was tampered with."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class MeetingReviewForm(forms.Form):
    council = forms.ModelChoiceField(
        label=_("Council"),
        queryset=Council.objects.order_by("name"),
        required=False,
        help_text=_("The council the meeting belongs to."),
    )
    new_council = forms.CharField(
        label=_("or a new council"),
        max_length=200,
        required=False,
        help_text=_("Created with the institution marked “Host” as its host."),
    )
    title = forms.CharField(label=_("Title"), max_length=300)
    title_ko = forms.CharField(label=_("Korean title"), max_length=300, required=False)
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day the meeting was held."),
    )
    venue = forms.CharField(label=_("Venue"), max_length=200, required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 4, "cols": 90})
    )
    source_title = forms.CharField(label=_("Source title"), max_length=300, required=False)
    source_url = forms.URLField(
        label=_("Source URL"), max_length=500, required=False, assume_scheme="https"
    )
    source_publisher = forms.CharField(
        label=_("Source publisher"),
        max_length=200,
        required=False,
        help_text=_("e.g. “Chosun Biz (English edition)” or “Ministry of SMEs and Startups”."),
    )
    source_date = forms.DateField(
        label=_("Source date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    source_is_translation = forms.BooleanField(
        label=_("The source is a translation"), required=False
    )
    language = forms.ChoiceField(
        label=_("Language of the remarks"), choices=Language.choices, initial=Language.ENGLISH
    )
    source_text = forms.CharField(strip=False, widget=forms.HiddenInput, max_length=MAX_CHARS)
    import_key = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_import_key(self):
        return import_key(self.cleaned_data["import_key"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("council") and not cleaned.get("new_council", "").strip():
            self.add_error("council", _("Choose the council, or name a new one."))
        return cleaned


class InstitutionReviewForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    name_ko = forms.CharField(label=_("Korean name"), max_length=200, required=False)
    short_name = forms.CharField(label=_("Short name"), max_length=40, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Institution.Kind.choices)
    existing = forms.ModelChoiceField(
        label=_("In the records"),
        queryset=Institution.objects.order_by("name"),
        required=False,
        empty_label=_("— new institution —"),
    )
    part = forms.ChoiceField(
        label=_("Part"),
        choices=[("", _("— not recorded —")), *Participation.Part.choices],
        required=False,
    )
    found_as = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("name", "").strip()
        # A new institution may not take the name of one in the records (names are unique).
        if not cleaned.get("existing") and name and self.name_taken(name):
            self.add_error(
                "existing",
                ValidationError(
                    _("An institution named “%(name)s” is in the records already: choose it."),
                    params={"name": name},
                ),
            )
        return cleaned

    @staticmethod
    def name_taken(name):
        return Institution.objects.filter(name__iexact=name).exists()


class PersonReviewForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        help_text=_("As romanised in English sources, family name first."),
    )
    name_ko = forms.CharField(label=_("Korean name"), max_length=100, required=False)
    existing = forms.ModelChoiceField(
        label=_("In the records"),
        queryset=Person.objects.order_by("name"),
        required=False,
        empty_label=_("— new person —"),
    )
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    found_as = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, institution_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institution_choices


class RemarkReviewForm(forms.Form):
    include = forms.BooleanField(label=_("Keep"), required=False, initial=True)
    text = forms.CharField(
        label=_("Text"), strip=True, widget=forms.Textarea(attrs={"rows": 3, "cols": 70})
    )
    speaker = forms.ChoiceField(label=_("Speaker"), required=False)
    role = forms.CharField(
        label=_("Role as printed"),
        max_length=300,
        required=False,
        help_text=_("For an unnamed speaker, what the source calls them."),
    )
    is_translation = forms.BooleanField(label=_("Translated"), required=False)
    note = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, speaker_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["speaker"].choices = speaker_choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("include") and not cleaned.get("speaker") and not cleaned.get("role"):
            self.add_error("role", _("Choose a speaker, or give the role the source prints."))
        return cleaned


class PolicyReviewForm(forms.Form):
    include = forms.BooleanField(label=_("Keep"), required=False, initial=True)
    name = forms.CharField(label=_("Name"), max_length=300)
    name_ko = forms.CharField(label=_("Korean name"), max_length=300, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=PolicyItem.Kind.choices)
    status = forms.ChoiceField(label=_("Status"), choices=PolicyItem.Status.choices)
    status_note = forms.CharField(label=_("Status as reported"), max_length=300, required=False)
    existing = forms.ModelChoiceField(
        label=_("In the records"),
        queryset=PolicyItem.objects.order_by("name"),
        required=False,
        empty_label=_("— new policy item —"),
    )


def formset(form):
    return formset_factory(
        form, extra=0, max_num=MAX_ROWS, absolute_max=MAX_ROWS, validate_max=True
    )


InstitutionFormSet = formset(InstitutionReviewForm)
PersonFormSet = formset(PersonReviewForm)
RemarkFormSet = formset(RemarkReviewForm)
PolicyFormSet = formset(PolicyReviewForm)


class Review:
    """Step two: the meeting form and its four formsets, read and written as one."""

    def __init__(self, data=None, initial=None):
        initial = initial or {}
        self.meeting = MeetingReviewForm(data, initial=initial.get("meeting"), prefix="meeting")
        self.institutions = InstitutionFormSet(
            data, initial=initial.get("institutions"), prefix="institution"
        )
        institution_choices = [("", _("— none —"))] + [
            (f"i{i}", form["name"].value() or f"#{i + 1}")
            for i, form in enumerate(self.institutions.forms)
        ]
        self.people = PersonFormSet(
            data,
            initial=initial.get("people"),
            prefix="person",
            form_kwargs={"institution_choices": institution_choices},
        )
        self.remarks = RemarkFormSet(
            data,
            initial=initial.get("remarks"),
            prefix="remark",
            form_kwargs={"speaker_choices": self.speaker_choices()},
        )
        self.policy_items = PolicyFormSet(
            data, initial=initial.get("policy_items"), prefix="policy"
        )
        self.errors = []

    def speaker_choices(self):
        """The speakers found in the article, then everyone in the records."""
        found = [(f"p{i}", self.person_label(form)) for i, form in enumerate(self.people.forms)]
        others = [
            (f"e{pk}", f"{name} ({name_ko})" if name_ko else name)
            for pk, name, name_ko in Person.objects.order_by("name").values_list(
                "pk", "name", "name_ko"
            )
        ]
        return [
            ("", _("— unnamed: keep the printed role —")),
            (_("Found in the article"), found),
            (_("Everyone in the records"), others),
        ]

    @staticmethod
    def person_label(form):
        name = form["name"].value() or "?"
        existing = form["existing"].value()
        return name if existing else _("%(name)s (new)") % {"name": name}

    def imported_before(self):
        """The meeting an earlier confirmation of this review created, if any.

        Read before validation: that meeting's new institutions and council now exist, and
        would be refused as duplicates.
        """
        key = import_key(self.meeting["import_key"].value())
        return key and Meeting.objects.filter(import_key=key).first()

    @property
    def formsets(self):
        return [self.institutions, self.people, self.remarks, self.policy_items]

    def is_valid(self):
        # Every part is validated, so that every error shows at once.
        valid = all([self.meeting.is_valid(), *(fs.is_valid() for fs in self.formsets)])
        if valid and not self.meeting.cleaned_data.get("council") and not self.host_rows():
            self.errors.append(
                _(
                    "A new council needs a host: mark one institution’s part as “Host”, or "
                    "choose an existing council."
                )
            )
            return False
        return valid

    @property
    def has_errors(self):
        return bool(
            self.errors
            or self.meeting.errors
            or any(fs.non_form_errors() or any(fs.errors) for fs in self.formsets)
        )

    def host_rows(self):
        return [
            form
            for form in self.institutions.forms
            if form.cleaned_data.get("part") == Participation.Part.HOST
        ]

    def plan(self):
        """The reviewed proposal, for ``save_plan``. Call after ``is_valid()``."""
        meeting = self.meeting.cleaned_data
        institutions = [
            InstitutionPlan(
                name=cd["name"],
                name_ko=cd["name_ko"],
                short_name=cd["short_name"],
                kind=cd["kind"],
                existing=cd["existing"],
                part=cd["part"],
                found_as=cd["found_as"],
            )
            for cd in (form.cleaned_data for form in self.institutions.forms)
        ]
        people = [
            PersonPlan(
                name=cd["name"],
                name_ko=cd["name_ko"],
                title=cd["title"],
                title_ko=cd["title"] if meeting["language"] == Language.KOREAN else "",
                institution=institutions[int(cd["institution"][1:])] if cd["institution"] else None,
                existing=cd["existing"],
                found_as=cd["found_as"],
            )
            for cd in (form.cleaned_data for form in self.people.forms)
        ]
        chosen = {
            int(cd["speaker"][1:])
            for cd in (form.cleaned_data for form in self.remarks.forms)
            if cd["speaker"].startswith("e")
        }
        records = Person.objects.in_bulk(chosen)
        remarks = []
        for cd in (form.cleaned_data for form in self.remarks.forms):
            if not cd["include"]:
                continue
            speaker = None
            if cd["speaker"].startswith("p"):
                speaker = people[int(cd["speaker"][1:])]
            elif cd["speaker"].startswith("e"):
                person = records[int(cd["speaker"][1:])]
                speaker = PersonPlan(name=person.name, name_ko=person.name_ko, existing=person)
            remarks.append(
                RemarkPlan(
                    text=cd["text"],
                    speaker=speaker,
                    role=cd["role"],
                    language=meeting["language"],
                    is_translation=cd["is_translation"],
                    note=cd["note"],
                )
            )
        policy_items = [
            PolicyPlan(
                name=cd["name"],
                name_ko=cd["name_ko"],
                kind=cd["kind"],
                status=cd["status"],
                status_note=cd["status_note"],
                existing=cd["existing"],
            )
            for cd in (form.cleaned_data for form in self.policy_items.forms)
            if cd["include"]
        ]
        return MeetingPlan(
            title=meeting["title"],
            title_ko=meeting["title_ko"],
            date=meeting["date"],
            council=meeting["council"],
            new_council=meeting["new_council"],
            venue=meeting["venue"],
            city=meeting["city"],
            summary=meeting["summary"],
            status=Meeting.Status.DRAFT,
            source_title=meeting["source_title"],
            source_url=meeting["source_url"],
            source_publisher=meeting["source_publisher"],
            source_date=meeting["source_date"],
            source_is_translation=meeting["source_is_translation"],
            source_text=meeting["source_text"],
            language=meeting["language"],
            import_key=meeting["import_key"],
            institutions=institutions,
            people=people,
            remarks=remarks,
            policy_items=policy_items,
        )

    @classmethod
    def initial_from(cls, plan):
        """The review forms' initial data for a proposed plan."""
        index = {item: f"i{i}" for i, item in enumerate(plan.institutions)}
        people = {person: f"p{i}" for i, person in enumerate(plan.people)}
        return {
            "meeting": {
                "council": plan.council.pk if plan.council else None,
                "new_council": plan.new_council,
                "title": plan.title,
                "title_ko": plan.title_ko,
                "date": plan.date,
                "venue": plan.venue,
                "city": plan.city,
                "summary": plan.summary,
                "source_title": plan.source_title,
                "source_url": plan.source_url,
                "source_publisher": plan.source_publisher,
                "source_date": plan.source_date,
                "source_is_translation": plan.source_is_translation,
                "language": plan.language,
                "source_text": plan.source_text,
                "import_key": uuid.uuid4(),
            },
            "institutions": [
                {
                    "name": item.name,
                    "name_ko": item.name_ko,
                    "short_name": item.short_name,
                    "kind": item.kind,
                    "existing": item.existing.pk if item.existing else None,
                    "part": item.part,
                    "found_as": item.found_as,
                }
                for item in plan.institutions
            ],
            "people": [
                {
                    "name": person.name,
                    "name_ko": person.name_ko,
                    "existing": person.existing.pk if person.existing else None,
                    "title": person.title,
                    "institution": index.get(person.institution, ""),
                    "found_as": person.found_as,
                }
                for person in plan.people
            ],
            "remarks": [
                {
                    "include": True,
                    "text": remark.text,
                    "speaker": people.get(remark.speaker, ""),
                    "role": remark.role,
                    "is_translation": remark.is_translation,
                    "note": remark.note,
                }
                for remark in plan.remarks
            ],
            "policy_items": [
                {
                    "include": True,
                    "name": item.name,
                    "name_ko": item.name_ko,
                    "kind": item.kind,
                    "status": item.status,
                    "status_note": item.status_note,
                    "existing": item.existing.pk if item.existing else None,
                }
                for item in plan.policy_items
            ],
        }
