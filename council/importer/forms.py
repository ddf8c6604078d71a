"""The two steps of an import: paste the article, then review what was found.

Nothing is kept between the steps but what the forms themselves carry: the review form holds
the pasted text in a hidden field, and every proposed row in its formsets.
"""

import uuid

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.forms import formset_factory
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

from council.records.admin_widgets import record_keys
from council.records.models import (
    AgendaItem,
    Council,
    Institution,
    Language,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
)

from .plan import (
    MEETING_TEXTS,
    InstitutionPlan,
    MeetingPlan,
    PersonPlan,
    PolicyPlan,
    RemarkPlan,
    names_gained,
    on_side,
)
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


class RecordSelect(AutocompleteSelect):
    """A record chosen through the admin's autocomplete (the related admin's search_fields).

    Only the chosen record and any ``suggested`` ones (a near match) are rendered, so the page
    does not grow with the records. Without JavaScript it is a plain select of those and the
    empty choice, which says what leaving it empty means; with it, select2 searches the rest.
    """

    def __init__(self, relation, admin_site, empty_label):
        super().__init__(relation, admin_site)
        self.empty_label = empty_label
        self.suggested = []

    def optgroups(self, name, value, attr=None):
        model = self.field.remote_field.model
        chosen = record_keys(value, model)
        options = [self.create_option(name, "", self.empty_label, not chosen, 0)]
        records = self.choices.queryset.using(self.db).filter(pk__in=[*chosen, *self.suggested])
        for record in records.order_by("pk"):
            label = self.choices.field.label_from_instance(record)
            options.append(
                self.create_option(name, record.pk, label, record.pk in chosen, len(options))
            )
        return [(None, options, 0)]


def search_records(field, relation, admin_site, empty_label):
    """Give a ModelChoiceField the admin's autocomplete for ``relation``, a model's foreign key
    to the records offered (the autocomplete checks it, and searches the records' admin)."""
    field.widget = RecordSelect(relation, admin_site, empty_label)
    field.widget.choices = field.choices


class MeetingReviewForm(forms.Form):
    council = forms.ModelChoiceField(
        label=_("Council"),
        queryset=Council.objects.all(),
        required=False,
        help_text=_("The council in the records the meeting belongs to; search it by name."),
    )
    new_council = forms.CharField(
        label=_("or a new council"),
        max_length=200,
        required=False,
        help_text=_(
            "Created with the institution marked “Host” as its host, and no cadence until a "
            "source gives one."
        ),
    )
    # Each text in English and in Korean: the article's fills the side of its language.
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    title_ko = forms.CharField(label=_("Korean title"), max_length=300, required=False)
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day the meeting was held."),
    )
    venue = forms.CharField(label=_("Venue"), max_length=200, required=False)
    venue_ko = forms.CharField(label=_("Venue in Korean"), max_length=200, required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    city_ko = forms.CharField(label=_("City in Korean"), max_length=100, required=False)
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 4, "cols": 90})
    )
    summary_ko = forms.CharField(
        label=_("Summary in Korean"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 90}),
    )
    source_title = forms.CharField(
        label=_("Source title"),
        max_length=300,
        required=False,
        help_text=_("The headline of the article or press release."),
    )
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
        label=_("Language of the remarks"),
        choices=Language.choices,
        initial=Language.ENGLISH,
        help_text=_("The meeting’s original language: the remarks’ words as spoken are in it."),
    )
    source_text = forms.CharField(strip=False, widget=forms.HiddenInput, max_length=MAX_CHARS)
    import_key = forms.CharField(widget=forms.HiddenInput, required=False)
    # What the reader could not read, carried so that the review shows it again after an error.
    flags = forms.CharField(widget=forms.HiddenInput, required=False)
    warnings = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, admin_site, may_create, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_create = may_create
        search_records(
            self.fields["council"], Meeting.council.field, admin_site, _("— a new council —")
        )
        if not may_create:
            self.fields["new_council"].help_text = _(
                "You may not add councils to the records: choose the council above."
            )

    def clean_import_key(self):
        return import_key(self.cleaned_data["import_key"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title") and not cleaned.get("title_ko"):
            self.add_error("title", _("Give the title in English, Korean or both."))
        if cleaned.get("council") or "council" in self.errors:
            return cleaned
        if not cleaned.get("new_council", "").strip():
            self.add_error("council", _("Choose the council, or name a new one."))
        elif not self.may_create:
            self.add_error(
                "council",
                _(
                    "You may not add councils to the records: choose the council in the "
                    "records, or ask someone who may add councils to import this article."
                ),
            )
        return cleaned

    def notices(self):
        """What to check before confirming: the warnings, then each passage the reader flagged."""
        codes = (self["warnings"].value() or "").split()
        flags = (self["flags"].value() or "").splitlines()
        return [WARNINGS[code] for code in codes if code in WARNINGS] + [f for f in flags if f]


WARNINGS = {
    "no_publication_date": _(
        "No date was found, and no publication date was given: set the meeting’s date."
    ),
    "no_date": _("No date was found in the text: the publication date is proposed; check it."),
}


class RecordRowForm(forms.Form):
    """A proposed row that is a record (chosen under "In the records") or a new one.

    Subclasses have an ``existing`` field and name the ``relation`` (a foreign key to their
    model) whose autocomplete offers the records, the empty choice's ``new_label``, and the
    error for staff without the admin's permission to add that model: they may only match the
    row to a record, or remove it.
    """

    relation = None
    new_label = ""
    not_allowed = ""

    def __init__(self, *args, admin_site, may_create, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_create = may_create
        search_records(
            self.fields["existing"],
            self.relation,
            admin_site,
            self.new_label if may_create else _("— choose one in the records —"),
        )

    @property
    def removed(self):
        return bool(self.cleaned_data.get(DELETION_FIELD_NAME))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("existing") and not self.removed and "existing" not in self.errors:
            if not self.may_create:
                self.add_error("existing", self.not_allowed)
            elif not cleaned.get("name") and not cleaned.get("name_ko"):
                self.add_error("name", _("Give the name in English, Korean or both."))
            else:
                self.clean_new()
        return cleaned

    def clean_new(self):
        """Check a row that will make a new record."""

    def record(self):
        """The record chosen under "In the records", for the review to describe. One query."""
        field = self.fields["existing"]
        try:
            return field.to_python(self["existing"].value())
        except ValidationError:
            return None

    def names_gained(self):
        """What confirming adds to the chosen record: the name it lacks in one language."""
        record = self.record()
        if record is None:
            return {}
        return names_gained(record, self["name"].value() or "", self["name_ko"].value() or "")


class InstitutionReviewForm(RecordRowForm):
    relation = Participation.institution.field
    new_label = _("— new institution —")
    not_allowed = _(
        "You may not add institutions to the records: choose this one in the records, or "
        "remove the row."
    )

    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    name_ko = forms.CharField(label=_("Korean name"), max_length=200, required=False)
    short_name = forms.CharField(label=_("Short name"), max_length=40, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Institution.Kind.choices)
    existing = forms.ModelChoiceField(
        label=_("In the records"), queryset=Institution.objects.all(), required=False
    )
    part = forms.ChoiceField(
        label=_("Part"),
        choices=[("", _("— not recorded —")), *Participation.Part.choices],
        required=False,
    )
    found_as = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_new(self):
        name = self.cleaned_data.get("name", "").strip()
        # A new institution may not take the name of one in the records (names are unique).
        if name and Institution.objects.filter(name__iexact=name).exists():
            self.add_error(
                "existing",
                ValidationError(
                    _("An institution named “%(name)s” is in the records already: choose it."),
                    params={"name": name},
                ),
            )


class PersonReviewForm(RecordRowForm):
    relation = Remark.speaker.field
    new_label = _("— new person —")
    not_allowed = _(
        "You may not add people to the records: choose this person in the records, or remove "
        "the row (their remarks keep the role as printed)."
    )

    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        help_text=_("As romanised in English sources, family name first."),
    )
    name_ko = forms.CharField(label=_("Korean name"), max_length=100, required=False)
    existing = forms.ModelChoiceField(
        label=_("In the records"), queryset=Person.objects.all(), required=False
    )
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    institution = forms.TypedChoiceField(
        label=_("Institution"), coerce=int, empty_value=None, required=False
    )
    found_as = forms.CharField(widget=forms.HiddenInput, required=False)
    # A record of a similar name that nothing confirmed (see matching.match_person).
    near = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, institution_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institution_choices
        # Offered under "In the records" even without JavaScript.
        self.fields["existing"].widget.suggested = record_keys([self["near"].value()], Person)

    def near_match(self):
        """The near match as staff see it, or "". Costs two queries."""
        keys = record_keys([self["near"].value()], Person)
        person = Person.objects.filter(pk__in=keys).first()
        if person is None:
            return ""
        appointments = person.appointments.select_related("institution").order_by("-start_date")
        parts = [f"{person.name} ({person.name_ko})" if person.name_ko else person.name]
        parts += [f"{a.title}, {a.institution.name}" for a in appointments[:2]]
        return "; ".join(parts)

    def label(self, number):
        """How the remarks' speaker lists name this row."""
        name = self["name"].value() or _("speaker %(number)s") % {"number": number}
        return name if self["existing"].value() else _("%(name)s (new)") % {"name": name}


class RemarkReviewForm(forms.Form):
    position = forms.IntegerField(
        label=_("Position"),
        min_value=1,
        max_value=MAX_ROWS,
        required=False,
        # The position as proposed goes with the form, so that a moved remark is known (the
        # table's help says what a moved remark does).
        show_hidden_initial=True,
    )
    text = forms.CharField(
        label=_("Text"), strip=True, widget=forms.Textarea(attrs={"rows": 3, "cols": 70})
    )
    speaker = forms.TypedChoiceField(
        label=_("Speaker"), coerce=int, empty_value=None, required=False
    )
    speaker_record = forms.ModelChoiceField(
        label=_("or a person from the records"), queryset=Person.objects.all(), required=False
    )
    role = forms.CharField(
        label=_("Role as printed"),
        max_length=300,
        required=False,
        help_text=_("For an unnamed speaker, what the source calls them."),
    )
    is_translation = forms.BooleanField(label=_("Translated"), required=False)
    note = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, speaker_choices=(), admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["speaker"].choices = speaker_choices
        search_records(
            self.fields["speaker_record"],
            Remark.speaker.field,
            admin_site,
            _("— the speaker above —"),
        )

    def clean(self):
        cleaned = super().clean()
        removed = cleaned.get(DELETION_FIELD_NAME)
        named = cleaned.get("speaker") is not None or cleaned.get("speaker_record")
        if not removed and not named and not cleaned.get("role"):
            self.add_error("role", _("Choose a speaker, or give the role the source prints."))
        return cleaned


class PolicyReviewForm(RecordRowForm):
    relation = AgendaItem.policy_items.field
    new_label = _("— new policy item —")
    not_allowed = _(
        "You may not add policy items to the records: choose this one in the records, or "
        "remove the row."
    )

    name = forms.CharField(label=_("Name"), max_length=300, required=False)
    name_ko = forms.CharField(label=_("Korean name"), max_length=300, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=PolicyItem.Kind.choices)
    # Left to staff where the text gives no status: never guessed.
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("— not stated: choose —")), *PolicyItem.Status.choices]
    )
    status_note = forms.CharField(label=_("Status as reported"), max_length=300, required=False)
    existing = forms.ModelChoiceField(
        label=_("In the records"), queryset=PolicyItem.objects.all(), required=False
    )

    def names_gained(self):
        # A policy item keeps the names staff gave it.
        return {}


class RowFormSet(forms.BaseFormSet):
    """A review table: each row may be removed, and the table's button adds a blank one."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields[DELETION_FIELD_NAME].label = _("Remove")

    def kept(self):
        """Each row's cleaned data, index for index; None for a row removed, or added and left
        blank. Call after ``is_valid()``."""
        return [
            None
            if form.cleaned_data.get(DELETION_FIELD_NAME)
            or (index >= self.initial_form_count() and not form.has_changed())
            else form.cleaned_data
            for index, form in enumerate(self.forms)
        ]


def formset(form):
    return formset_factory(
        form,
        formset=RowFormSet,
        extra=0,
        can_delete=True,
        max_num=MAX_ROWS,
        absolute_max=MAX_ROWS,
        validate_max=True,
    )


InstitutionFormSet = formset(InstitutionReviewForm)
PersonFormSet = formset(PersonReviewForm)
RemarkFormSet = formset(RemarkReviewForm)
PolicyFormSet = formset(PolicyReviewForm)


def with_a_blank_row(data, prefix):
    """The submitted review with one more row in the table of ``prefix``."""
    data = data.copy()
    key = f"{prefix}-TOTAL_FORMS"
    try:
        total = int(data.get(key, ""))
    except ValueError:
        return data  # A tampered count: the formset says so.
    data[key] = str(min(total + 1, MAX_ROWS))
    return data


def may_add(user, model):
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename('add', opts)}")


class Review:
    """Step two: the meeting form and its four tables, read and written as one.

    ``add_row`` names a table ("remark", "person", "institution", "policy") to show again with
    one more blank row, as typed so far.
    """

    TABLES = ("remark", "person", "institution", "policy")

    def __init__(self, data=None, initial=None, *, admin_site, user, add_row=None):
        initial = initial or {}
        if data is not None and add_row in self.TABLES:
            data = with_a_blank_row(data, add_row)
        self.meeting = MeetingReviewForm(
            data,
            initial=initial.get("meeting"),
            prefix="meeting",
            admin_site=admin_site,
            may_create=may_add(user, Council),
        )
        self.institutions = InstitutionFormSet(
            data,
            initial=initial.get("institutions"),
            prefix="institution",
            form_kwargs={"admin_site": admin_site, "may_create": may_add(user, Institution)},
        )
        institution_choices = [("", _("— none —"))] + [
            (i, form["name"].value() or f"#{i + 1}")
            for i, form in enumerate(self.institutions.forms)
        ]
        self.people = PersonFormSet(
            data,
            initial=initial.get("people"),
            prefix="person",
            form_kwargs={
                "admin_site": admin_site,
                "may_create": may_add(user, Person),
                "institution_choices": institution_choices,
            },
        )
        speaker_choices = [("", _("— unnamed: keep the printed role —"))] + [
            (i, form.label(i + 1)) for i, form in enumerate(self.people.forms)
        ]
        self.remarks = RemarkFormSet(
            data,
            initial=initial.get("remarks"),
            prefix="remark",
            form_kwargs={"admin_site": admin_site, "speaker_choices": speaker_choices},
        )
        self.policy_items = PolicyFormSet(
            data,
            initial=initial.get("policy_items"),
            prefix="policy",
            form_kwargs={"admin_site": admin_site, "may_create": may_add(user, PolicyItem)},
        )
        self.errors = []
        self.may_not_add = get_text_list(
            [
                model._meta.verbose_name_plural
                for model in (Person, Institution, Council, PolicyItem)
                if not may_add(user, model)
            ],
            _("and"),
        )

    @property
    def media(self):
        return self.meeting.media

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
        if not valid:
            return False
        if not self.meeting.cleaned_data["council"] and not self.host_rows():
            self.errors.append(
                _(
                    "A new council needs a host: mark one institution’s part as “Host”, or "
                    "choose an existing council."
                )
            )
            return False
        people = self.people.kept()
        for form, remark in zip(self.remarks.forms, self.remarks.kept(), strict=True):
            speaker = remark and remark["speaker"]
            if speaker is not None and people[speaker] is None and not remark["role"]:
                form.add_error(
                    "speaker",
                    _(
                        "This speaker’s row is removed: choose another speaker, or give the "
                        "role the source prints."
                    ),
                )
                valid = False
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
            row
            for row in self.institutions.kept()
            if row and row["part"] == Participation.Part.HOST
        ]

    def plan(self):
        """The reviewed proposal, for ``save_plan``. Call after ``is_valid()``."""
        meeting = self.meeting.cleaned_data
        institutions = [
            row
            and InstitutionPlan(
                name=row["name"],
                name_ko=row["name_ko"],
                short_name=row["short_name"],
                kind=row["kind"],
                existing=row["existing"],
                part=row["part"],
                found_as=row["found_as"],
            )
            for row in self.institutions.kept()
        ]
        people = [
            row
            and PersonPlan(
                name=row["name"],
                name_ko=row["name_ko"],
                # The title as the article printed it, on the side of its language.
                **on_side(meeting["language"], "title", row["title"]),
                # None where that institution's row is removed: no appointment is made.
                institution=institutions[row["institution"]]
                if row["institution"] is not None
                else None,
                existing=row["existing"],
                found_as=row["found_as"],
            )
            for row in self.people.kept()
        ]
        records = {}
        remarks = []
        for row in self.ordered_remarks():
            if person := row["speaker_record"]:
                speaker = records.setdefault(
                    person.pk, PersonPlan(name=person.name, name_ko=person.name_ko, existing=person)
                )
            elif row["speaker"] is not None:
                speaker = people[row["speaker"]]  # None where that row is removed.
            else:
                speaker = None
            remarks.append(
                RemarkPlan(
                    text=row["text"],
                    speaker=speaker,
                    role=row["role"],
                    language=meeting["language"],
                    is_translation=row["is_translation"],
                    note=row["note"],
                )
            )
        policy_items = [
            PolicyPlan(
                name=row["name"],
                name_ko=row["name_ko"],
                kind=row["kind"],
                status=row["status"],
                status_note=row["status_note"],
                existing=row["existing"],
            )
            for row in self.policy_items.kept()
            if row
        ]
        return MeetingPlan(
            **{name: meeting[name] for name in MEETING_TEXTS},
            date=meeting["date"],
            council=meeting["council"],
            new_council=meeting["new_council"],
            status=Meeting.Status.DRAFT,
            source_title=meeting["source_title"],
            source_url=meeting["source_url"],
            source_publisher=meeting["source_publisher"],
            source_date=meeting["source_date"],
            source_is_translation=meeting["source_is_translation"],
            source_text=meeting["source_text"],
            language=meeting["language"],
            import_key=meeting["import_key"],
            institutions=[item for item in institutions if item],
            people=[person for person in people if person],
            remarks=remarks,
            policy_items=policy_items,
        )

    def ordered_remarks(self):
        """The kept remarks by position. A remark given another's position goes before it;
        rows without a position go last, each in the table's order."""
        rows = [
            (
                row["position"] or MAX_ROWS + 1,
                "position" not in form.changed_data,
                index,
                row,
            )
            for index, (form, row) in enumerate(
                zip(self.remarks.forms, self.remarks.kept(), strict=True)
            )
            if row
        ]
        return [row for *_, row in sorted(rows, key=lambda item: item[:3])]

    @classmethod
    def initial_from(cls, plan, *, flags=(), warnings=()):
        """The review forms' initial data for a proposed plan, with what the reader flagged."""
        index = {item: i for i, item in enumerate(plan.institutions)}
        people = {person: i for i, person in enumerate(plan.people)}
        return {
            "meeting": {
                "council": plan.council.pk if plan.council else None,
                "new_council": plan.new_council,
                **{name: getattr(plan, name) for name in MEETING_TEXTS},
                "date": plan.date,
                "source_title": plan.source_title,
                "source_url": plan.source_url,
                "source_publisher": plan.source_publisher,
                "source_date": plan.source_date,
                "source_is_translation": plan.source_is_translation,
                "language": plan.language,
                "source_text": plan.source_text,
                "import_key": uuid.uuid4(),
                "flags": "\n".join(flag.message for flag in flags),
                "warnings": " ".join(warnings),
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
                    # As printed, in the article's language.
                    "title": person.title or person.title_ko,
                    "institution": index.get(person.institution),
                    "found_as": person.found_as,
                    "near": person.near.pk if person.near else "",
                }
                for person in plan.people
            ],
            "remarks": [
                {
                    "position": position,
                    "text": remark.text,
                    "speaker": people.get(remark.speaker),
                    "role": remark.role,
                    "is_translation": remark.is_translation,
                    "note": remark.note,
                }
                for position, remark in enumerate(plan.remarks, start=1)
            ],
            "policy_items": [
                {
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
