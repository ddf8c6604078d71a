"""The people of an article: mentions kept, references resolved to one person or to nobody."""

from council.importer.reading.people import Mention, People, Person, Reference, ReferenceKind

SURNAME = ReferenceKind.SURNAME
TITLE = ReferenceKind.TITLE


def met(*mentions):
    people = People()
    for mention in mentions:
        people.meet(mention)
    return people


def test_surname_with_an_honorific_finds_the_full_name_met_earlier():
    people = met(Mention("Patricia Scanlon", title_words=("dr",)))
    assert people.find(Reference(SURNAME, name="Scanlon")).name == "Patricia Scanlon"


def test_surname_printed_first_is_found_too():
    people = met(Mention("Teo Chee Hean", title_words=("deputy", "prime", "minister")))
    assert people.find(Reference(SURNAME, name="Teo")).name == "Teo Chee Hean"


def test_surname_two_people_share_finds_nobody():
    people = met(Mention("Kim Min-ji"), Mention("Kim Tae-hoon"))
    assert people.find(Reference(SURNAME, name="Kim")) is None


def test_title_tells_two_namesakes_apart():
    people = met(
        Mention("Kim Min-ji", title_words=("minister",)),
        Mention("Kim Tae-hoon", title_words=("professor",)),
    )
    reference = Reference(ReferenceKind.TITLED_SURNAME, name="Kim", title_words=("minister",))
    assert people.find(reference).name == "Kim Min-ji"


def test_a_title_the_only_namesake_does_not_hold_finds_nobody():
    people = met(Mention("Kim Min-ji", title_words=("professor",)))
    reference = Reference(ReferenceKind.TITLED_SURNAME, name="Kim", title_words=("minister",))
    assert people.find(reference) is None


def test_the_minister_is_the_one_minister_met():
    people = met(
        Mention("Simon Harris", title_words=("minister", "for", "enterprise")),
        Mention("Ann Lee", title_words=("chief", "executive")),
    )
    assert people.find(Reference(TITLE, title_words=("minister",))).name == "Simon Harris"


def test_the_minister_is_nobody_when_two_ministers_were_met():
    people = met(
        Mention("Simon Harris", title_words=("minister",)),
        Mention("Dara Calleary", title_words=("minister", "of", "state")),
    )
    assert people.find(Reference(TITLE, title_words=("minister",))) is None


def test_the_minister_is_the_minister_last_written_about_when_two_were_met():
    people = met(
        Mention("Simon Harris", title_words=("minister",)),
        Mention("Dara Calleary", title_words=("minister", "of", "state")),
    )
    people.last = people.by_name["Simon Harris"]
    assert people.find(Reference(TITLE, title_words=("minister",))).name == "Simon Harris"


def test_a_title_printed_in_another_order_is_the_same_title():
    people = met(Mention("Ann Cole", title_words=("finance", "minister")))
    reference = Reference(TITLE, title_words=("minister", "for", "finance"))
    assert people.find(reference).name == "Ann Cole"


def test_the_vice_minister_is_the_vice_minister_of_a_portfolio():
    people = met(Mention("Kim Beom-seok", title_words=("vice", "finance", "minister")))
    assert people.find(Reference(TITLE, title_words=("vice", "minister"))).name == "Kim Beom-seok"
    assert people.find(Reference(TITLE, title_words=("minister",))) is None


def test_the_vice_minister_is_the_first_vice_minister():
    people = met(Mention("Kwon Hye-rin", title_words=("first", "vice", "minister")))
    assert people.find(Reference(TITLE, title_words=("vice", "minister"))).name == "Kwon Hye-rin"


def test_the_minister_is_the_tanaiste_who_is_also_a_minister():
    people = met(
        Mention("Simon Harris", title_words=("tánaiste", "and", "minister", "for", "trade"))
    )
    assert people.find(Reference(TITLE, title_words=("minister",))).name == "Simon Harris"


def test_the_prime_minister_is_not_the_deputy_prime_minister():
    people = met(Mention("Tan Wee Liang", title_words=("deputy", "prime", "minister")))
    assert people.find(Reference(TITLE, title_words=("prime", "minister"))) is None


def test_the_minister_is_not_a_vice_or_prime_minister():
    people = met(
        Mention("Kim Min-ji", title_words=("vice", "minister")),
        Mention("Teo Chee Hean", title_words=("deputy", "prime", "minister")),
    )
    assert people.find(Reference(TITLE, title_words=("minister",))) is None


def test_a_title_alone_falls_back_on_the_unnamed_speaker_printed_with_it():
    people = met(Mention("Ann Lee", title_words=("professor",)))
    official = Person(None, "a ministry official")
    people.unnamed.append(official)
    assert people.find(Reference(TITLE, title_words=("official",))) is official


def test_a_later_mention_fills_the_role_an_earlier_one_left_out():
    people = met(
        Mention("Patricia Scanlon"),
        Mention("Patricia Scanlon", role="chair of the council", institution="the council"),
    )
    person = people.by_name["Patricia Scanlon"]
    assert (person.role, person.institution) == ("chair of the council", "the council")


def test_the_role_printed_first_stays():
    people = met(
        Mention("Noh Jae-won", role="SMEs Minister"),
        Mention("Noh Jae-won", role="Minister of SMEs and Startups"),
    )
    assert people.by_name["Noh Jae-won"].role == "SMEs Minister"


def test_a_group_is_never_one_person():
    people = met(Mention("Ann Lee"))
    people.last = people.by_name["Ann Lee"]
    assert people.find(Reference(ReferenceKind.GROUP)) is None
    assert people.find(Reference(ReferenceKind.PRONOUN)).name == "Ann Lee"


def test_a_surname_in_capitals_is_found_as_printed_in_a_sentence():
    people = met(Mention("OH Young-ju", title_words=("minister",)))
    assert people.find(Reference(SURNAME, name="Oh")).name == "OH Young-ju"


def test_a_reference_means_only_people_named_by_its_paragraph():
    people = met(
        Mention("Ann Lee", title_words=("chairman",), paragraph=5),
        Mention("Tom Reid", paragraph=None),
    )
    assert people.find(Reference(SURNAME, name="Lee", paragraph=2)) is None
    assert people.find(Reference(SURNAME, name="Lee", paragraph=5)).name == "Ann Lee"
    assert people.find(Reference(SURNAME, name="Reid", paragraph=0)).name == "Tom Reid"
    assert people.find(Reference(SURNAME, name="Lee")).name == "Ann Lee"


def test_a_surname_with_lower_case_particles_is_a_short_form_of_the_name():
    people = People()
    people.meet(Mention("Jan de Vries"))
    assert people.find(Reference(ReferenceKind.SURNAME, name="de Vries")).name == "Jan de Vries"
    assert people.find(Reference(ReferenceKind.SURNAME, name="De Vries")).name == "Jan de Vries"


def test_a_titled_surname_printed_with_a_fuller_title_than_the_mention_still_fits():
    people = People()
    people.meet(Mention("Jane Quill", title_words=("treasurer",)))
    fuller = ("treasurer", "of", "the", "state")
    found = people.find(Reference(ReferenceKind.TITLED_SURNAME, name="Quill", title_words=fuller))
    assert found.name == "Jane Quill"
    # A rank the mention lacks is another post: "Deputy Treasurer Quill" is not her.
    deputy = ("deputy", "treasurer")
    assert (
        people.find(Reference(ReferenceKind.TITLED_SURNAME, name="Quill", title_words=deputy))
        is None
    )
