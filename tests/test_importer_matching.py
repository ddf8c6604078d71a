"""What the article names is matched against the records; what is saved is saved whole."""

import datetime

import pytest
from django.db import IntegrityError

from council.importer.matching import find_institution, match_person, propose
from council.importer.plan import (
    UNIDENTIFIED,
    InstitutionPlan,
    MeetingPlan,
    PersonPlan,
    RemarkPlan,
    names_gained,
    save_plan,
    unique_slug,
)
from council.importer.reading import FoundInstitution, extract
from council.records.models import (
    Appointment,
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    Remark,
)

from .factories import make_council, make_extraction, make_institution, make_person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written", ["Jang Tae-woo", "jang taewoo", "JANG Tae Woo", "Tae-woo Jang", "장태우", "장 태우"]
)
def test_person_is_matched_whatever_the_spacing_case_hyphens_or_name_order(written):
    person = make_person(name="Jang Tae-woo", name_ko="장태우")
    make_person(name="Jang Tae-hyun", name_ko="장태현")
    assert match_person(written).person == person


def test_person_of_another_name_is_not_matched():
    make_person(name="Jang Tae-woo", name_ko="장태우")
    assert match_person("Jang Tae-hyun").person is None
    assert match_person("장태현").person is None


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


# --- Korean names and romanisation variants -------------------------------------------------


def appointed(person, institution, title="Director General", title_ko=""):
    Appointment.objects.create(
        person=person, institution=institution, title=title, title_ko=title_ko
    )
    return person


def test_a_korean_name_matches_the_person_of_that_korean_name_whatever_the_romanisation():
    person = make_person(name="Bahk Jee-hoon", name_ko="박지훈")
    assert match_person("Park Ji-hun", "박지훈").person == person


@pytest.mark.parametrize(
    ("record", "printed"),
    [
        ("Park Ji-hoon", "Park Ji-hun"),
        ("Park Ji-hoon", "Ji-hun Park"),
        ("Park Ji-hoon", "Park Jihun"),
        ("Hwang Young-ho", "Hwang Yeong-ho"),
        ("Lee Sang-ho", "Yi Sang-ho"),
        ("Lee Sang-ho", "Rhee Sang Ho"),
        ("Jung Kyung-chul", "Jeong Gyeong-cheol"),
        ("Choi Tae-woo", "Choe Tae-u"),
    ],
)
def test_a_romanisation_variant_matches_where_the_institution_agrees(record, printed):
    ministry = make_institution(name="Ministry of Tests")
    person = appointed(make_person(name=record), ministry)
    assert match_person(printed, institution=ministry).person == person


def test_a_romanisation_variant_matches_where_the_title_agrees():
    person = appointed(make_person(name="Park Ji-hoon"), make_institution(), "Vice Minister")
    assert match_person("Park Ji-hun", title="vice minister").person == person


def test_a_romanisation_variant_is_only_a_near_match_when_neither_institution_nor_title_agrees():
    person = appointed(make_person(name="Park Ji-hoon"), make_institution(), "Vice Minister")
    match = match_person("Park Ji-hun", institution=make_institution(), title="Professor")
    assert (match.person, match.near) == (None, person)


def test_two_different_korean_names_are_two_people_however_alike_their_spellings():
    ministry = make_institution()
    appointed(make_person(name="Park Ji-hoon", name_ko="박지훈"), ministry)
    match = match_person("Park Ji-hun", "박지헌", institution=ministry)
    assert (match.person, match.near) == (None, None)


def test_a_korean_speaker_matches_an_english_named_record_of_the_same_ministry_and_gains_the_korean_name():
    ministry = make_institution(name="Ministry of Science and ICT", name_ko="과학기술정보통신부")
    park = appointed(make_person(name="Park Ji-hoon"), ministry, "Minister", "장관")
    text = '박지훈 과학기술정보통신부 장관은 "디지털 산업을 키우겠다"고 말했다.'
    day = datetime.date(2026, 7, 1)
    plan = propose(extract(text, day), published_on=day)
    person = plan.remarks[0].speaker
    assert (person.existing, person.name, person.name_ko) == (park, "Park Ji-hoon", "박지훈")
    save_plan_with_council(plan)
    park.refresh_from_db()
    assert park.name_ko == "박지훈"
    assert Person.objects.count() == 1


def save_plan_with_council(plan):
    plan.council = make_council()
    return save_plan(plan)


def test_a_matched_record_gains_a_name_it_lacks_but_keeps_the_names_it_has():
    hwang = make_person(name="Hwang Young-ho", name_ko="황영호")
    only_korean = make_institution(name="한국소프트웨어산업협회", name_ko="한국소프트웨어산업협회")
    assert names_gained(hwang, "Hwang Yeong-ho", "황영오") == {}
    assert names_gained(only_korean, "Korea Software Industry Association", "") == {
        "name": "Korea Software Industry Association"
    }
    make_institution(name="Korea Software Industry Association")
    # Institution names are unique: a name another record has is not taken.
    assert names_gained(only_korean, "Korea Software Industry Association", "") == {}


# --- Institutions, councils, the source -----------------------------------------------------


@pytest.mark.parametrize("written", ["한국소프트웨어산업협회", "한국 소프트웨어산업협회"])
def test_an_institutions_korean_name_matches_the_records_korean_name(written):
    association = make_institution(
        name="Korea Software Industry Association", name_ko="한국소프트웨어 산업협회"
    )
    assert find_institution(written) == association


def test_a_korean_release_matches_the_association_by_its_korean_name():
    association = make_institution(
        name="Korea Software Industry Association", name_ko="한국소프트웨어산업협회"
    )
    extraction = make_extraction(
        language="ko",
        institutions=[FoundInstitution("한국소프트웨어산업협회", kind="association")],
        remarks=[],
    )
    (found,) = propose(extraction).institutions
    assert (found.existing, found.name) == (association, "Korea Software Industry Association")


def test_the_council_the_text_names_is_never_proposed_as_an_institution():
    plan = propose(make_extraction())
    assert plan.new_council == "Digital Industry Council"
    assert "Digital Industry Council" not in [i.name for i in plan.institutions]


def test_a_council_in_the_records_is_matched_and_not_proposed_as_an_institution():
    council = make_council(name="Digital Industry Council")
    plan = propose(make_extraction())
    assert (plan.council, plan.new_council) == (council, "")
    assert "Digital Industry Council" not in [i.name for i in plan.institutions]


def test_the_national_assembly_is_mentioned_when_a_bill_is_before_it():
    parts = {i.name: i.part for i in propose(make_extraction()).institutions}
    assert parts["National Assembly"] == Participation.Part.MENTIONED
    assert parts["Ministry of Science and ICT"] == Participation.Part.HOST
    without_bill = propose(make_extraction(policy_items=[]))
    assert {i.name: i.part for i in without_bill.institutions}["National Assembly"] == (
        Participation.Part.PARTICIPANT
    )


def test_the_source_publisher_headline_and_city_are_proposed():
    plan = propose(make_extraction())
    assert plan.source_publisher == "Ministry of Science and ICT"
    assert plan.source_title == "Digital Industry Council opens with a bill before the Assembly"
    assert plan.city == "Sejong"


def test_a_new_council_is_saved_without_a_cadence():
    meeting = save_plan(propose(make_extraction()))
    assert (meeting.council.name, meeting.council.cadence) == ("Digital Industry Council", "")


def test_a_meeting_without_a_headline_takes_its_councils_name_and_leaves_the_source_title_empty():
    plan = propose(make_extraction(title="", council="digital industry council"))
    assert (plan.title, plan.source_title) == ("Digital industry council", "")


def test_a_meeting_without_headline_or_council_takes_the_first_sentence_of_its_summary():
    summary = "The ministry met ten founders in Sejong on June 30. They asked for loans."
    plan = propose(make_extraction(title="", council="", summary=summary))
    assert (plan.title, plan.source_title) == (
        "The ministry met ten founders in Sejong on June 30.",
        "",
    )
