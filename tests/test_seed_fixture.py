"""The seed meeting, entered in full from the source article."""

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command

from council.records.models import (
    AgendaItem,
    Appointment,
    Institution,
    Meeting,
    Participation,
    PolicyItem,
    Remark,
    Revision,
)

from .factories import SEED_ARTICLE

pytestmark = pytest.mark.django_db

ARTICLE = SEED_ARTICLE
MEETING_URL = "/meetings/introducing-and-expanding-ai-at-regional-smes/"

QUOTES = [
    (
        "jang-tae-woo",
        "Professor of Kyonggi University",
        "For the expansion of hiring at small and midsize corporations, industry-academia "
        "cooperation in AI focused on graduating college seniors is important",
    ),
    (
        "jang-tae-woo",
        "Professor of Kyonggi University",
        "Government workforce training projects also need to expand the operation of "
        "practice-based problem-solving courses that link universities and corporations.",
    ),
    (
        "lee-sang-ho",
        "head of the Korea Autonomous Manufacturing Platform Association",
        "What small and midsize corporations want is on-site application of technology",
    ),
    (
        "lee-sang-ho",
        "head of the Korea Autonomous Manufacturing Platform Association",
        "Beyond AI technology verification, it is urgent to create momentum for productivity "
        "gains through system connectivity and data standardization.",
    ),
    (
        "hwang-young-ho",
        "director general for technology innovation policy at the MSS",
        "Amid global AI competition, the great AI transition of small and venture corporations "
        "is a key task for an economic leap",
    ),
    (
        "hwang-young-ho",
        "director general for technology innovation policy at the MSS",
        "Based on the suggestions and opinions raised at this policy council, we will do our "
        "best to prepare AI introduction and expansion measures that corporations can feel in "
        "the field.",
    ),
]


def everything():
    """Every record and topic; the revision stamp only says when something was last saved."""
    models = [
        m
        for m in apps.get_models()
        if m._meta.app_label in ("records", "taggit") and m is not Revision
    ]
    return serializers.serialize("json", [obj for m in models for obj in m.objects.order_by("pk")])


def test_loading_the_seed_twice_changes_nothing(seed):
    before = everything()
    call_command("loaddata", "seed", verbosity=0)
    assert everything() == before


def test_the_seed_holds_six_remarks_word_for_word_in_order(seed):
    remarks = Remark.objects.select_related("speaker", "appointment__institution").order_by(
        "position"
    )
    assert [(r.speaker.slug, r.role, r.text) for r in remarks] == QUOTES
    assert [r.position for r in remarks] == [1, 2, 3, 4, 5, 6]
    # Spoken in Korean, published only as the source's AI translation: the Korean words are
    # not known, and not invented.
    assert all(
        (r.spoken_language, r.provenance, r.text_ko) == ("ko", "machine", "") for r in remarks
    )
    assert all(r.topics.exists() for r in remarks)


def test_every_seed_quote_stands_in_the_article(seed):
    article = ARTICLE.read_text(encoding="utf-8")
    for remark in Remark.objects.all():
        assert f'"{remark.text.rstrip(".")}' in article


def test_speakers_hold_their_appointments(seed):
    titles = {
        r.speaker.slug: (r.appointment.title, r.appointment.institution.name)
        for r in Remark.objects.select_related("speaker", "appointment__institution")
    }
    assert titles == {
        "jang-tae-woo": ("Professor", "Kyonggi University"),
        "lee-sang-ho": ("Head", "Korea Autonomous Manufacturing Platform Association"),
        "hwang-young-ho": (
            "Director general for technology innovation policy",
            "Ministry of SMEs and Startups",
        ),
    }


def test_the_seed_meeting_and_its_source(seed):
    meeting = Meeting.objects.get()
    assert meeting.is_published
    assert (str(meeting.date), meeting.venue, meeting.city) == ("2026-07-01", "Osco", "Cheongju")
    assert meeting.council.host.short_name == "MSS"
    assert meeting.source_publisher == "Chosun Biz (English edition)"
    assert str(meeting.source_date) == "2026-07-01"
    assert meeting.source_is_translation
    assert "translated by AI" in meeting.source_text


def test_the_seed_keeps_its_english_and_gains_the_korean_names_and_titles_as_printed(seed):
    meeting = Meeting.objects.get()
    assert (meeting.original_language, meeting.venue_ko, meeting.city_ko) == (
        "ko",
        "오스코",
        "청주",
    )
    assert (meeting.venue, meeting.city) == ("Osco", "Cheongju")
    # The English title and summary are the team's; no Korean one is printed, none is invented.
    assert (meeting.title_ko, meeting.summary_ko) == ("", "")
    assert meeting.council.name_ko == "중소벤처 AI 정책협의회"
    short_names = dict(Institution.objects.values_list("short_name", "short_name_ko"))
    assert (short_names["MSS"], short_names["KOSME"], short_names["TIPA"]) == (
        "중기부",
        "중진공",
        "기정원",
    )
    assert Institution.objects.get(slug="presidential-committee-on-ai").name_ko == (
        "국가인공지능전략위원회"
    )
    roles = [(r.speaker.name_ko, r.role_ko) for r in Remark.objects.order_by("position")]
    assert roles[0] == ("장태우", "경기대학교 교수")
    assert roles[4] == ("황영호", "중기부 기술혁신정책관")
    assert Appointment.objects.get(person__slug="hwang-young-ho").title_ko == "기술혁신정책관"
    assert AgendaItem.objects.get(meeting=meeting, position=1).title_ko == "AI 정책 성과와 계획"
    assert dict(PolicyItem.objects.values_list("slug", "name_ko")) == {
        "regional-corporations-ai-utilization-promotion-plan": "지역기업 AI 활용 촉진방안",
        "sme-ai-utilization-promotion-act": "중소기업 인공지능 활용 촉진법",
    }
    # The remarks' Korean words are not known: their English stays the AI translation it is.
    assert not Remark.objects.exclude(text_ko="").exists()


def test_every_named_institution_has_its_part(seed):
    parts = {
        (p.institution.short_name or p.institution.name if p.institution else None, p.part)
        for p in Participation.objects.select_related("institution")
    }
    assert parts == {
        ("MSS", "host"),
        ("KOSME", "presenter"),
        ("TIPA", "presenter"),
        ("Kyonggi University", "participant"),
        ("Korea Autonomous Manufacturing Platform Association", "participant"),
        ("Presidential Committee on AI", "mentioned"),
        ("National Assembly", "mentioned"),
        (None, "specialist-company"),
        (None, "demand-company"),
    }


def test_both_policy_items_with_their_statuses_are_on_the_agenda(seed):
    items = {p.slug: (p.kind, p.status, p.status_note) for p in PolicyItem.objects.all()}
    assert items["sme-ai-utilization-promotion-act"] == (
        "bill",
        "under-deliberation",
        "Under deliberation in the National Assembly",
    )
    plan = items["regional-corporations-ai-utilization-promotion-plan"]
    assert plan[:2] == ("plan", "in-preparation")
    assert "Provisional title" in plan[2]
    discussed = PolicyItem.objects.filter(agenda_items__meeting__slug=Meeting.objects.get().slug)
    assert discussed.count() == 2


def test_the_seeds_act_shows_its_dated_status_on_its_page_and_as_of_the_meeting(client, seed):
    act = client.get("/policies/sme-ai-utilization-promotion-act/").content.decode()
    timeline = act[act.index("Status over time") :]
    assert '<time datetime="2026-07-01">July 1, 2026</time>' in timeline
    assert "Under deliberation</strong>: “Under deliberation in the National Assembly”" in timeline
    assert f'href="{MEETING_URL}"' in timeline

    meeting = client.get(MEETING_URL).content.decode()
    standing = meeting[meeting.index("Where its policies stood") :]
    assert (
        "At this meeting: <strong>Under deliberation</strong> "
        "(“Under deliberation in the National Assembly”)"
    ) in standing
    assert "At this meeting: <strong>In preparation</strong> (“Provisional title;" in standing


def test_the_director_generals_commitment_has_its_page_and_is_on_the_councils_the_ministrys_and_the_acts(
    client, seed
):
    from council.records.models import Commitment

    commitment = Commitment.objects.get()
    assert (commitment.remark.position, commitment.owner.short_name) == (6, "MSS")
    assert (commitment.state, commitment.due_date) == ("open", None)  # the source gives none
    page = client.get("/commitments/1/").content.decode()
    assert "Commitment of Ministry of SMEs and Startups" in page
    assert QUOTES[5][2] in page
    for url in (
        "/councils/sme-and-venture-ai-policy-council/",
        "/institutions/ministry-of-smes-and-startups/",
        "/policies/sme-ai-utilization-promotion-act/",
        MEETING_URL,
    ):
        html = client.get(url).content.decode()
        assert 'href="/commitments/1/"' in html, url
        assert "Prepare AI introduction and expansion measures" in html, url
