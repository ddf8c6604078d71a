"""A draft, and everything only a draft mentions, is invisible to the public everywhere."""

import re

import pytest

from council.records.models import Meeting

from .factories import make_archive

pytestmark = pytest.mark.django_db

SECRET = "secret"  # every name, slug and title of the draft archive holds this word


@pytest.fixture
def archives():
    public = make_archive(4, "public")
    draft = make_archive(4, SECRET, status=Meeting.Status.DRAFT)
    return public, draft


PAGES = [
    "home",
    "archive",
    "year",
    "month",
    "speakers",
    "institutions",
    "meeting-feed",
    "correction-feed",
    "commitments-feed",
    "commitments",
    "sitemap",
    "popolo",
    "policies-json",
    "commitments-json",
]


@pytest.mark.parametrize("page", PAGES)
def test_lists_feeds_and_the_sitemap_never_mention_a_draft(client, archives, page):
    public, _ = archives
    body = client.get(public[page]).content.decode().lower()
    assert "public" in body or page == "sitemap"
    assert SECRET not in body


@pytest.mark.parametrize(
    "page",
    [
        "meeting",
        "remark",
        "speaker",
        "institution",
        "council",
        "topic",
        "policy",
        "meeting-json",
        "meeting-csv",
        "meeting-akn",
        "policy-feed",
        "commitment",
        "commitment-feed",
    ],
)
def test_a_drafts_own_pages_are_404(client, archives, page):
    _, draft = archives
    assert client.get(draft[page]).status_code == 404
    assert client.get(draft["speaker-feed"]).status_code == 404


def test_an_institution_lists_no_body_under_it_that_only_a_draft_names(client, archives):
    from council.records.models import Institution

    public, _ = archives
    host = Institution.objects.get(name="Ministry public")
    Institution.objects.filter(name=f"Agency {SECRET}").update(parent=host)
    body = client.get(host.get_absolute_url()).content.decode().lower()
    assert "agency public" in body
    assert SECRET not in body


def test_no_sitemap_section_lists_a_draft(client, archives):
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>http://testserver(/sitemap-[a-z]+\.xml)</loc>", index)
    assert len(sections) == 9
    for section in sections:
        body = client.get(section).content.decode().lower()
        assert SECRET not in body, section
    assert "meeting-public-1" in client.get("/sitemap-meetings.xml").content.decode()


def test_counts_include_published_remarks_only(client, archives):
    public, _ = archives
    meeting = Meeting.objects.get(slug="meeting-public-1")
    meeting.status = Meeting.Status.DRAFT
    meeting.save()
    # Each meeting has one remark by speaker b: one of them is now a draft's.
    response = client.get("/speakers/")
    counts = {person.name: person.remark_count for person in response.context["people"]}
    assert counts == {"Speaker public b": 1, "Speaker public c": 1}
    assert "1 remark</span>" in response.content.decode()


def test_the_meeting_page_of_a_published_meeting_never_shows_another_drafts_remarks(
    client, archives
):
    public, _ = archives
    body = client.get(public["policy"]).content.decode().lower()
    assert SECRET not in body


class TestRemarksFollowTheirMeeting:
    """Remarks keep a copy of their meeting's date and publication, for lists and search: every
    way a meeting is published, unpublished or moved keeps it true."""

    def visible(self):
        from council.records.models import Remark

        return set(Remark.objects.published().values_list("meeting__slug", flat=True))

    def test_publishing_and_unpublishing_from_the_list(self, archives):
        Meeting.objects.filter(slug__contains=SECRET).publish()
        assert {f"meeting-{SECRET}-1", f"meeting-{SECRET}-2"} <= self.visible()
        Meeting.objects.filter(slug__contains=SECRET).unpublish()
        assert not any(SECRET in slug for slug in self.visible())

    def test_a_status_or_date_changed_on_the_form(self, archives):
        from council.records.models import Remark

        meeting = Meeting.objects.get(slug=f"meeting-{SECRET}-1")
        meeting.status = Meeting.Status.PUBLISHED
        meeting.date = meeting.date.replace(year=2025)
        meeting.save()
        assert f"meeting-{SECRET}-1" in self.visible()
        assert set(meeting.remarks.values_list("meeting_date", flat=True)) == {meeting.date}
        meeting.status = Meeting.Status.DRAFT
        meeting.save()
        assert not Remark.objects.published().filter(meeting=meeting).exists()

    def test_a_remark_moved_to_a_draft_and_remarks_made_in_bulk(self, archives):
        from council.records.models import Remark

        from .factories import make_meeting, make_remarks

        remark = Remark.objects.published().first()
        remark.meeting = Meeting.objects.get(slug=f"meeting-{SECRET}-1")
        remark.position = 99
        remark.save()
        assert not Remark.objects.published().filter(pk=remark.pk).exists()

        draft = make_meeting(status=Meeting.Status.DRAFT)
        made = make_remarks(draft, 3, [remark.speaker])  # bulk_create, by meeting
        Remark.objects.bulk_create(
            [Remark(meeting_id=draft.pk, position=50, role="Official", text="By id alone")]
        )
        assert not Remark.objects.published().filter(meeting=draft).exists()
        dates = Remark.objects.filter(pk__in=[r.pk for r in made]).values_list("meeting_date")
        assert set(dates) == {(draft.date,)}
