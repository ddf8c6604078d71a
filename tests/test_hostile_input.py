"""Whatever is typed into the admin's forms or a public address (control characters, NUL, huge
and odd values), the answer is a page or a clear error, never a server error, never a
half-saved record, and every XML file the site serves stays well-formed (issue 12)."""

from itertools import count
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from taggit.models import Tag

from council.lib.text import UNWANTED
from council.records.models import (
    AgendaItem,
    Appointment,
    Council,
    Institution,
    Meeting,
    Person,
    PolicyItem,
    Remark,
)

from .factories import make_council, make_person
from .test_admin_meeting import ADD_URL, inline, meeting_form

pytestmark = pytest.mark.django_db

# HTTP carries text as UTF-8, which cannot hold a lone surrogate: everything else goes.
anything = st.characters(exclude_categories=["Cs"])
CONTROLS = "\x07\x0b\x0c\x1b\x7f\x85\u2028\ufeff\u202e"
# Values a form may well accept: odd characters and controls (but NUL, which forms refuse)
# among letters.
odd = st.text(
    st.one_of(
        st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
        st.sampled_from(CONTROLS),
    ),
    min_size=1,
    max_size=80,
).map(lambda text: f"A{text}")
# And values it should refuse, or keep as text: empty, NUL, controls alone, huge, formulas.
nasty = st.one_of(
    odd,
    st.text(anything, max_size=60),
    st.text(st.sampled_from(f"\x00{CONTROLS}<>&\"'=+-@\t\r !"), max_size=20),
    st.sampled_from(["", " ", "9" * 40, "x" * 5000, '=HYPERLINK("http://x")', "!!!", "%00"]),
)
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_serial = count(1)


def rows():
    return [M.objects.count() for M in (Meeting, Remark, AgendaItem, Institution, Person)]


def well_formed(client, *urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        ET.fromstring(response.content)  # raises on ill-formed XML


def post_meeting(client, *, title, slug, city, summary, topics, agenda_title, role, text, date):
    """The meeting form, published, with a remark and an agenda item: ``(response, the rows'
    counts before)``."""
    speaker = make_person()
    data = meeting_form(
        make_council(),
        title=title,
        slug=slug or f"meeting-{next(_serial)}",
        city=city,
        summary=summary,
        topics=topics,
        date=date,
        status="published",
        remarks=[
            {
                "position": "",
                "speaker": speaker.pk,
                "role": role,
                "text": text,
                "spoken_language": "en",
            }
        ],
    )
    data.update(inline("agenda_items", [{"position": "", "title": agenda_title, "summary": text}]))
    before = rows()
    return client.post(ADD_URL, data), before


@EXAMPLES
@given(title=odd, city=odd, summary=odd, topics=odd, agenda_title=odd, role=odd, text=odd)
def test_odd_text_is_saved_whole_and_clean_and_every_xml_file_stays_well_formed(
    client, editor, **fields
):
    response, before = post_meeting(client, slug=None, date="2026-08-05", **fields)

    assert response.status_code == 302, response.context["errors"]
    meeting = Meeting.objects.latest("pk")
    assert rows()[:3] == [before[0] + 1, before[1] + 1, before[2] + 1]
    remark = meeting.remarks.get()
    texts = [meeting.title, meeting.city, meeting.summary, remark.role, remark.text]
    for value in [*texts, *meeting.topics.names()]:
        assert not UNWANTED.search(value) and "\x0b" not in value
    assert all(tag.slug.strip("-_") for tag in Tag.objects.all())
    assert client.get(meeting.get_absolute_url()).status_code == 200
    well_formed(
        client,
        "/feeds/meetings/",
        f"{remark.speaker.get_absolute_url()}feed/",
        f"/data/meetings/{meeting.slug}.akn.xml",
        "/sitemap.xml",
        "/sitemap-topics.xml",
        "/sitemap-meetings.xml",
    )


@EXAMPLES
@given(
    title=nasty,
    slug=st.one_of(st.none(), nasty),
    city=nasty,
    summary=nasty,
    topics=nasty,
    agenda_title=nasty,
    role=nasty,
    text=nasty,
    date=st.sampled_from(["2026-08-05", "2026-02-30", "", "\x00", "99999-01-01", "2026-08-05\x0b"]),
)
def test_hostile_values_in_the_meeting_form_are_refused_whole_or_saved_whole(
    client, editor, **fields
):
    response, before = post_meeting(client, **fields)

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert rows() == before, "a refused form saved something"
    else:
        assert rows()[:3] == [before[0] + 1, before[1] + 1, before[2] + 1]


def other_forms():
    """``{model: (address, the fields a valid form needs, the text fields under test)}``."""
    host = Institution.objects.create(name=f"Host {next(_serial)}", slug=f"h-{next(_serial)}")
    person = make_person()
    return {
        Person: (
            "/admin/records/person/add/",
            inline("appointments", [{"title": "Director", "institution": host.pk}]),
            ["name", "name_ko", "bio"],
        ),
        Institution: (
            "/admin/records/institution/add/",
            {"kind": "agency", "website": ""},
            ["name", "name_ko", "short_name", "description"],
        ),
        Council: (
            "/admin/records/council/add/",
            {"host": host.pk, "cadence": "monthly"},
            ["name", "name_ko", "description"],
        ),
        PolicyItem: (
            "/admin/records/policyitem/add/",
            {"kind": "bill", "status": "proposed", "topics": ""},
            ["name", "name_ko", "status_note", "summary"],
        ),
        Appointment: (
            "/admin/records/appointment/add/",
            {"person": person.pk, "institution": host.pk},
            ["title", "title_ko"],
        ),
    }


@EXAMPLES
@given(
    model=st.sampled_from(["Person", "Institution", "Council", "PolicyItem", "Appointment"]),
    values=st.lists(st.one_of(odd, nasty), min_size=4, max_size=4),
    slug=st.one_of(st.none(), nasty),
)
def test_every_other_admin_form_saves_clean_or_refuses_whole(client, editor, model, values, slug):
    forms = other_forms()
    model = next(m for m in forms if m.__name__ == model)
    address, needed, fields = forms[model]
    data = {**needed, **dict(zip(fields, values, strict=False))}
    if "slug" in {f.name for f in model._meta.fields}:
        data["slug"] = slug or f"typed-{model.__name__.lower()}-{next(_serial)}"
    before = model.objects.count()

    response = client.post(address, data)

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert model.objects.count() == before, "a refused form saved something"
        return
    saved = model.objects.latest("pk")
    for field in fields:
        value = getattr(saved, field)
        assert not UNWANTED.search(value) and "\x0b" not in value, (field, value)


PUBLIC = [
    "/",
    "/meetings/",
    "/meetings/2026/",
    "/speakers/",
    "/institutions/",
    "/speakers/hwang-young-ho/",
    "/speakers/hwang-young-ho/feed/",
    "/feeds/meetings/",
    "/search/",
    "/search/feed/",
    "/search/remarks.csv",
    "/sitemap.xml",
    "/sitemap-remarks.xml",
    "/data/popolo.json",
    "/commitments/",
]


@EXAMPLES
@given(
    url=st.sampled_from(PUBLIC),
    params=st.dictionaries(
        st.sampled_from(["page", "q", "p", "speaker", "from", "x", "state", "council"]),
        nasty,
        max_size=3,
    ),
)
def test_public_parameters_never_cause_a_server_error_or_ill_formed_xml(client, seed, url, params):
    response = client.get(url, params)
    assert response.status_code in (200, 301, 302, 400, 404), (url, params)
    if response.status_code == 200 and "xml" in response["Content-Type"]:
        ET.fromstring(response.content)


@EXAMPLES
@given(
    prefix=st.sampled_from(
        ["/topics/", "/meetings/", "/speakers/", "/policies/", "/data/meetings/", "/media/photos/"]
    ),
    segment=nasty.filter(bool),
)
def test_public_addresses_never_cause_a_server_error(client, seed, prefix, segment):
    response = client.get(f"{prefix}{quote(segment, safe='')}/")
    assert response.status_code in (200, 301, 302, 400, 404), (prefix, segment)


# Ids no row can hold, or that are not numbers, typed into an admin's address or form.
BAD_IDS = ["9" * 20, "-" + "9" * 20, "\x00", "1.5"]


@pytest.mark.parametrize("bad_id", BAD_IDS)
@pytest.mark.parametrize(
    "address",
    [
        "/admin/records/meeting/?council={}",
        "/admin/records/remark/?meeting__council__id__exact={}",
        "/admin/records/commitment/?owner__id__exact={}",
        "/admin/records/remark/add/?meeting={}",
        "/admin/records/meeting/add/?council={}",
    ],
)
def test_an_admin_address_with_a_bad_id_is_a_page_not_a_server_error(
    client, editor, address, bad_id
):
    response = client.get(address.format(quote(bad_id)))
    # A NUL byte in a query is a 404 before any view (UnreadableQueryMiddleware).
    assert response.status_code in (200, 302, 404)


@pytest.mark.parametrize("bad_id", BAD_IDS)
@pytest.mark.parametrize(
    "field",
    ["council", "remarks-0-speaker", "agenda_items-0-policy_items", "agenda_items-0-presenter"],
)
def test_a_bad_id_in_a_record_chooser_is_the_form_again_and_changes_nothing(
    client, editor, field, bad_id
):
    from .admin_forms import read_form

    meeting = Meeting.objects.get(slug=make_archive_for_admin())
    address = f"/admin/records/meeting/{meeting.pk}/change/"
    form = read_form(client.get(address), "meeting_form")
    form[field] = bad_id

    response = client.post(address, form)

    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).version == meeting.version


@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_an_action_on_a_selected_id_no_row_can_hold_does_nothing(client, editor, action):
    make_archive_for_admin()
    before = list(Meeting.objects.values_list("slug", "status", "version"))

    response = client.post(
        "/admin/records/meeting/",
        {"action": action, "_selected_action": ["9" * 20]},
        follow=True,
    )

    assert response.status_code == 200
    assert list(Meeting.objects.values_list("slug", "status", "version")) == before


def make_archive_for_admin():
    """A published meeting with an agenda item and remarks: every chooser of its form filled."""
    from .factories import make_archive

    make_archive(2, "chooser")
    return "meeting-chooser-1"
