"""What the article names is matched against the records; what is saved is saved whole."""

import datetime

import pytest
from django.db import IntegrityError

from council.importer.matching import find_institution, find_person, propose
from council.importer.plan import (
    UNIDENTIFIED,
    InstitutionPlan,
    MeetingPlan,
    PersonPlan,
    RemarkPlan,
    save_plan,
    unique_slug,
)
from council.importer.reading import extract
from council.records.models import Council, Institution, Meeting, Person, Remark

from .factories import make_council, make_institution, make_person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written", ["Jang Tae-woo", "jang taewoo", "JANG Tae Woo", "Tae-woo Jang", "장태우", "장 태우"]
)
def test_person_is_matched_whatever_the_spacing_case_hyphens_or_name_order(written):
    person = make_person(name="Jang Tae-woo", name_ko="장태우")
    make_person(name="Jang Tae-hyun", name_ko="장태현")
    assert find_person(written) == person


def test_person_of_another_name_is_not_matched():
    make_person(name="Jang Tae-woo", name_ko="장태우")
    assert find_person("Jang Tae-hyun") is None
    assert find_person("장태현") is None


@pytest.mark.parametrize(
    "written",
    [
        "Ministry of SMEs and Startups",
        "ministry of smes and startups",
        "MSS",
        "중소벤처기업부",
        "the MSS",
    ],
)
def test_institution_is_matched_by_name_korean_name_or_short_name(written):
    ministry = make_institution(
        name="Ministry of SMEs and Startups", name_ko="중소벤처기업부", short_name="MSS"
    )
    assert find_institution(written) == ministry


def test_korean_university_abbreviation_matches_the_full_name():
    university = make_institution(name="Kyonggi University", name_ko="경기대학교")
    assert find_institution("경기대") == university


def test_proposal_matches_existing_people_and_institutions_and_proposes_the_rest(seed):
    text = (
        'The Ministry of SMEs and Startups held the "SME and venture AI policy council" on the '
        '1st at Osco in Cheongju. Hwang Young-ho, director general at the MSS, said, "Yes." '
        'Kim Min-ji, a fellow at the Korea Development Institute, said, "No."'
    )
    plan = propose(extract(text, datetime.date(2026, 7, 1)))
    hwang, kim = (remark.speaker for remark in plan.remarks)
    assert hwang.existing == Person.objects.get(name="Hwang Young-ho")
    assert kim.existing is None and kim.name == "Kim Min-ji" and kim.title == "Fellow"
    assert plan.council == Council.objects.get(slug="sme-and-venture-ai-policy-council")
    assert plan.host.existing == Institution.objects.get(short_name="MSS")
    assert kim.institution.existing is None
    assert kim.institution.name == "Korea Development Institute"


def test_korean_speaker_is_proposed_with_a_romanised_name_and_the_korean_one():
    text = '송예린 중소기업연구원 연구위원은 "도입 이후가 문제"라고 말했다.'
    plan = propose(extract(text, datetime.date(2026, 7, 1)))
    person = plan.remarks[0].speaker
    assert (person.name, person.name_ko, person.title_ko) == ("Song Ye-rin", "송예린", "연구위원")


def test_unnamed_remark_without_a_printed_role_is_marked_unidentified():
    plan = propose(extract('"Nobody knows who said this."', datetime.date(2026, 7, 1)))
    assert (plan.remarks[0].speaker, plan.remarks[0].role) == (None, UNIDENTIFIED)


def test_unique_slug_is_ascii_and_never_taken():
    make_institution(name="Osco", slug="osco")
    assert unique_slug(Institution, "Osco") == "osco-2"
    assert unique_slug(Institution, "중소벤처기업부") == "jungsobencheogieopbu"
    assert unique_slug(Meeting, "2026") == "meeting-2026"


def plan_with(*remarks, council=None):
    host = InstitutionPlan(name="Ministry of Tests", part="host")
    return MeetingPlan(
        title="A meeting",
        date=datetime.date(2026, 7, 1),
        council=council,
        new_council="" if council else "A new council",
        institutions=[host],
        remarks=list(remarks),
    )


def test_saved_plan_creates_new_people_with_their_appointment():
    host = InstitutionPlan(name="Ministry of Tests", part="host")
    person = PersonPlan(name="Kim Min-ji", title="Fellow", institution=host)
    plan = plan_with(RemarkPlan(text="Yes.", speaker=person, role="fellow"))
    plan.institutions = [host]
    meeting = save_plan(plan)
    remark = meeting.remarks.get()
    assert remark.speaker.slug == "kim-min-ji"
    assert remark.appointment.title == "Fellow"
    assert remark.appointment.institution.name == "Ministry of Tests"
    assert meeting.council.host.name == "Ministry of Tests"


def test_an_error_while_saving_a_plan_saves_nothing():
    # The second remark breaks the "speaker or role" constraint after everything else is written.
    plan = plan_with(
        RemarkPlan(text="Yes.", speaker=PersonPlan(name="Kim Min-ji"), role=""),
        RemarkPlan(text="No.", speaker=None, role=""),
    )
    with pytest.raises(IntegrityError):
        save_plan(plan)
    assert not Meeting.objects.exists()
    assert not Council.objects.exists()
    assert not Person.objects.exists()
    assert not Institution.objects.exists()
    assert not Remark.objects.exists()


def test_existing_council_is_kept_and_no_host_is_needed():
    council = make_council()
    plan = plan_with(RemarkPlan(text="Yes.", speaker=None, role="an official"), council=council)
    plan.institutions = []
    assert save_plan(plan).council == council


def test_two_new_rows_of_one_institution_name_make_one_institution():
    host = InstitutionPlan(name="Ministry of Tests", part="host")
    again = InstitutionPlan(name="ministry of tests", part="presenter")
    plan = plan_with(RemarkPlan(text="Yes.", speaker=None, role="an official"))
    plan.institutions = [host, again]
    meeting = save_plan(plan)
    assert Institution.objects.count() == 1
    assert sorted(meeting.participations.values_list("part", flat=True)) == ["host", "presenter"]
