"""Each page of the public archive shows what a reader comes to it for."""

import re

import pytest

from council.records.models import AgendaItem, Council, PolicyItem, Remark

from .factories import make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db

MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_home_page_shows_meetings_councils_remarks_and_a_search_box(client, seed):
    html = page(client, "/")
    assert MEETING in html
    assert "SME and venture AI policy council" in html
    assert "Amid global AI competition" in html
    assert 'type="search"' in html and 'action="/search/"' in html


def test_the_archive_lists_meetings_by_year_and_month(client, seed):
    assert MEETING in page(client, "/meetings/")
    year = page(client, "/meetings/2026/")
    assert MEETING in year
    assert 'href="/meetings/2026/07/"' in year
    assert MEETING in page(client, "/meetings/2026/07/")


def test_the_meeting_page_links_every_speaker_institution_policy_and_remark(client, seed):
    html = page(client, MEETING)
    for slug in ("jang-tae-woo", "lee-sang-ho", "hwang-young-ho"):
        assert f'href="/speakers/{slug}/"' in html
    for remark in Remark.objects.all():
        assert f'href="/remarks/{remark.pk}/"' in html
        assert f'id="remark-{remark.position}"' in html
    assert 'href="/institutions/korea-smes-and-startups-agency/"' in html
    assert 'href="/policies/sme-ai-utilization-promotion-act/"' in html
    assert 'href="/councils/sme-and-venture-ai-policy-council/"' in html
    assert "Chosun Biz (English edition)" in html
    assert "The source of this record is a translation" in html


def test_each_agenda_item_lists_its_own_policies_by_name(client):
    meeting = make_meeting()
    items = [
        AgendaItem.objects.create(meeting=meeting, position=position, title=title)
        for position, title in ((1, "Opening"), (2, "The acts"), (3, "Closing"))
    ]
    acts = {
        name: PolicyItem.objects.create(
            name=f"{name} act", slug=name, kind="bill", status="proposed"
        )
        for name in ("zeta", "alpha", "mid")
    }
    items[0].policy_items.add(acts["mid"])
    items[1].policy_items.add(*acts.values())
    agenda = page(client, meeting.get_absolute_url()).split('<ol class="agenda">')[1]
    shown = [
        re.findall(r'href="/policies/([\w-]+)/"', item)
        for item in agenda.split("</ol>")[0].split('<li id="agenda-')[1:]
    ]
    assert shown == [["mid"], ["alpha", "mid", "zeta"], []]


def test_a_remark_page_has_the_quote_its_neighbours_a_citation_and_card_tags(client, seed):
    remark = Remark.objects.get(position=5)
    html = page(client, remark.get_absolute_url())
    assert "Amid global AI competition" in html
    assert "director general for technology innovation policy at the MSS" in html
    assert "Previous remark, by Lee Sang-ho" in html
    assert "Next remark, by Hwang Young-ho" in html
    assert f"http://testserver/remarks/{remark.pk}/</textarea>" in html
    assert '<meta property="og:title" content="Remark by Hwang Young-ho">' in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_the_speaker_list_counts_remarks(client, seed):
    html = page(client, "/speakers/")
    assert "Hwang Young-ho" in html
    assert "2 remarks" in html


def test_a_speaker_page_shows_the_title_and_both_remarks(client, seed):
    html = page(client, "/speakers/hwang-young-ho/")
    assert "Director general for technology innovation policy" in html
    assert "Amid global AI competition" in html
    assert "Based on the suggestions and opinions raised" in html
    assert 'name="speaker" value="hwang-young-ho"' in html
    assert 'href="/speakers/hwang-young-ho/feed/"' in html


def test_institutions_are_listed_by_kind_and_show_people_and_meetings(client, seed):
    html = page(client, "/institutions/")
    assert "Public agency" in html and "Korea SMEs and Startups Agency" in html
    mss = page(client, "/institutions/ministry-of-smes-and-startups/")
    assert "Hwang Young-ho" in mss
    assert MEETING in mss and "Host" in mss
    assert "Korea SMEs and Startups Agency" in mss  # a body under it


def test_the_council_page_lists_its_meetings(client, seed):
    html = page(client, "/councils/sme-and-venture-ai-policy-council/")
    assert "Monthly" in html and MEETING in html


def test_a_council_of_unknown_cadence_says_nothing_of_it(client, seed):
    Council.objects.update(cadence="")
    for url in ("/", "/councils/sme-and-venture-ai-policy-council/"):
        html = page(client, url)
        assert "Monthly" not in html
        assert "Ministry of SMEs and Startups</a> · <" not in html and " · </" not in html


def test_a_topic_page_shows_its_meetings_and_remarks(client, seed):
    html = page(client, "/topics/workforce-training/")
    assert MEETING in html
    assert "Government workforce training projects" in html


def test_a_policy_page_shows_its_status_and_where_it_was_discussed(client, seed):
    html = page(client, "/policies/sme-ai-utilization-promotion-act/")
    assert "Under deliberation in the National Assembly" in html
    assert "Ministry of SMEs and Startups" in html
    assert MEETING in html


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    text = page(client, "/robots.txt")
    for path in ("/admin/", "/ko/admin/", "/search/", "/ko/search/"):
        assert f"Disallow: {path}\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_the_korean_interface_lives_under_ko(client, seed):
    html = page(client, "/ko/")
    assert '<html lang="ko">' in html
    assert 'href="/ko/meetings/introducing-and-expanding-ai-at-regional-smes/"' in html


def test_user_text_is_escaped_everywhere_it_is_shown(client):
    speaker = make_person(name="<script>alert(1)</script>")
    meeting = make_meeting(title="<b>Bold</b> title")
    (remark,) = make_remarks(meeting, 1, [speaker])
    for url in ("/", meeting.get_absolute_url(), remark.get_absolute_url(), "/speakers/"):
        html = page(client, url)
        assert "<script>alert(1)</script>" not in html
        assert "<b>Bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page(client, meeting.get_absolute_url())


def test_the_speaker_list_is_paged_and_counts_published_remarks_only(client):
    from council.records.models import Meeting

    published, draft = make_meeting(), make_meeting(status=Meeting.Status.DRAFT)
    people = [make_person(name=f"Speaker {n:03}", slug=f"speaker-{n:03}") for n in range(201)]
    make_remarks(published, 201, people)
    make_remarks(draft, 3, people[:3])
    first = page(client, "/speakers/")
    assert "Speaker 000" in first and "Speaker 199" in first and "Speaker 200" not in first
    assert "1 remark<" in first and "2 remarks" not in first  # the draft's are not counted
    assert "Speaker 200" in page(client, "/speakers/?page=2")
    assert client.get("/speakers/?page=3").status_code == 404


def test_an_institution_pages_through_its_meetings_newest_first(client):
    import datetime

    from council.records.models import Participation

    from .factories import make_institution

    agency = make_institution(name="Agency", slug="agency")
    for day in range(1, 23):
        meeting = make_meeting(title=f"Meeting of day {day}", date=datetime.date(2026, 7, day))
        Participation.objects.create(meeting=meeting, institution=agency, part="participant")
    first = page(client, "/institutions/agency/")
    assert first.index("Meeting of day 22") < first.index("Meeting of day 3<")
    assert "Meeting of day 2<" not in first
    assert "Meeting of day 1<" in page(client, "/institutions/agency/?page=2")


def test_the_kept_lists_of_people_and_institutions_follow_a_publication_at_once(client):
    from council.records.models import Meeting, Participation

    from .factories import make_institution

    draft = make_meeting(status=Meeting.Status.DRAFT)
    agency = make_institution(name="Newly Seen Agency", slug="newly-seen-agency")
    Participation.objects.create(meeting=draft, institution=agency, part="participant")
    speaker = make_person(name="Newly Heard", slug="newly-heard")
    make_remarks(draft, 2, [speaker])
    make_remarks(make_meeting(), 1, [speaker])
    assert "1 remark<" in page(client, "/speakers/")
    assert "Newly Seen Agency" not in page(client, "/institutions/")

    Meeting.objects.filter(pk=draft.pk).publish()
    assert "3 remarks" in page(client, "/speakers/")
    assert "Newly Seen Agency" in page(client, "/institutions/")
