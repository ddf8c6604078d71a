"""English mentions: the full names a sentence prints, and the role printed beside each."""

import time

import pytest

from council.importer.reading import extract, mentions_en
from council.importer.reading.mentions_en import names_in
from council.importer.reading.subjects_en import split_name_role
from tests.importer.helpers import remarks


def named(sentence):
    return [(found.name, found.role) for found in names_in(sentence)]


def test_a_long_compound_role_before_the_name_is_the_role_not_part_of_the_name():
    sentence = (
        "Minister of State for Trade Promotion, Digital and Company Regulation Dara Calleary "
        "opened the forum."
    )
    assert named(sentence) == [
        ("Dara Calleary", "Minister of State for Trade Promotion, Digital and Company Regulation")
    ]


def test_a_portfolio_before_the_title_is_the_role_and_not_a_name():
    sentence = "Business Secretary Ann Cole and Small Business Minister Tom Reid met banks."
    assert named(sentence) == [
        ("Ann Cole", "Business Secretary"),
        ("Tom Reid", "Small Business Minister"),
    ]


def test_a_three_word_name_after_a_title_is_kept_whole():
    sentence = "Growth will slow, Deputy Prime Minister Tan Wee Liang said yesterday."
    assert named(sentence) == [("Tan Wee Liang", "Deputy Prime Minister")]


def test_a_role_printed_before_the_comma_that_parts_it_from_the_name():
    sentence = "The Minister for Health and Housing, Mary Byrne hosted the meeting."
    assert named(sentence) == [("Mary Byrne", "Minister for Health and Housing")]


def test_a_role_does_not_begin_with_the_previous_clauses_words():
    sentence = "Prices rose again, Treasury Secretary Paul Hale said."
    assert named(sentence) == [("Paul Hale", "Treasury Secretary")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Lena Ford, chief executive of the Grain Council, said so.", "chief executive of the "
         "Grain Council"),
        ("Another guest – Lena Ford, chair of the Grain Council – said so.", "chair of the "
         "Grain Council"),
        ("It was Lena Ford Chair of Grain Growers Ireland.", "Chair of Grain Growers Ireland"),
        ("Vice Premier Lena Ford of the State Council said so.", "Vice Premier of the State "
         "Council"),
    ],
)  # fmt: skip
def test_a_role_printed_after_the_name_is_read(sentence, role):
    assert named(sentence) == [("Lena Ford", role)]


def test_a_surname_that_reads_as_a_pronoun_is_a_name_after_a_title():
    assert named("Vice Premier He Wenli spoke first.") == [("He Wenli", "Vice Premier")]


def test_a_surname_that_is_an_english_word_ends_a_name():
    assert named("Minister for Mines Dale Last, who chairs it, spoke.") == [
        ("Dale Last", "Minister for Mines")
    ]


def test_a_body_or_place_is_not_a_person():
    sentence = "Grain Growers Ireland’s board met the Small Business Economic Forum in New York."
    assert named(sentence) == []


def test_a_courtesy_before_the_name_is_not_part_of_it():
    assert [f.honorific for f in names_in("Dr Patricia Scanlon became chair.")] == ["Dr"]
    assert named("Dr Patricia Scanlon became chair.") == [("Patricia Scanlon", "")]


def test_after_a_portfolio_a_run_of_three_is_a_portfolio_word_and_a_two_word_name():
    sentence = "Minister for Public Expenditure Michael Kearney met retailers."
    assert named(sentence) == [("Michael Kearney", "Minister for Public Expenditure")]


def test_after_a_portfolio_a_run_of_three_is_a_name_the_article_shortens_to_its_first_word():
    sentence = "Minister for Trade and Industry Gan Wei Ling met retailers."
    assert names_in(sentence, short_forms=frozenset({"Gan"}))[0].name == "Gan Wei Ling"


def test_an_and_after_the_comma_of_an_apposition_joins_another_person():
    sentence = (
        "Attendees included Ann Cole, Chief Executive of the CBI, and Tom Reid, Director "
        "General of the Chambers of Commerce."
    )
    assert named(sentence) == [
        ("Ann Cole", "Chief Executive of the CBI"),
        ("Tom Reid", "Director General of the Chambers of Commerce"),
    ]


def test_a_plural_before_a_body_is_no_title_and_the_body_no_person():
    sentence = "It was attended by representatives of the Grain Startup Forum and the press."
    assert named(sentence) == []


def test_a_sentence_of_thousands_of_titled_names_is_read_in_linear_time():
    sentence = " ".join(["Minister of Trade (MOT; Minister Ann Cole) and"] * 2000)
    started = time.thread_time()  # work, not waiting: a busy machine does not fail it
    assert len(names_in(sentence)) == 2000
    # Quadratic reading took over a minute on such a sentence.
    assert time.thread_time() - started < 5


def test_where_a_person_is_is_no_part_of_the_role():
    sentence = "He hosted Canada's Minister of Trade Mary Ng at Government Buildings."
    assert named(sentence) == [("Mary Ng", "Canada's Minister of Trade")]


def test_a_body_after_at_is_part_of_the_role():
    sentence = "He met Professor Ann Cole at Trinity College on Monday."
    assert named(sentence) == [("Ann Cole", "Professor at Trinity College")]


def test_a_middle_initial_is_part_of_the_name():
    sentence = "Secretary of State Antony J. Blinken met the ministers."
    assert named(sentence) == [("Antony J. Blinken", "Secretary of State")]


def test_an_of_phrase_after_a_name_ends_where_the_body_does():
    sentence = (
        "Chairman Tom Reid of the Grain Council and Professor Ann Cole of Trinity College met "
        "on Monday."
    )
    assert named(sentence) == [
        ("Tom Reid", "Chairman of the Grain Council"),
        ("Ann Cole", "Professor of Trinity College"),
    ]


def test_a_courtesy_title_is_no_part_of_a_name():
    assert named("Lord Sassoon, Commercial Secretary to the Treasury, is a member.") == []


def test_an_apposition_ends_at_the_next_persons_courtesy():
    sentence = "It was attended by Shri Ravi Menon, Commerce Secretary Dr. Anup Rao and others."
    assert named(sentence) == [
        ("Ravi Menon", "Commerce Secretary"),
        ("Anup Rao", "Commerce Secretary"),
    ]


def test_a_title_ending_the_sentence_after_a_name_is_read_without_error():
    assert named("It was Tom Reid Chairman") == [("Tom Reid", "")]


def test_a_sentence_the_mention_reader_fails_on_costs_its_mentions_not_the_article(monkeypatch):
    reader = mentions_en.names_in

    def failing(sentence, short_forms=frozenset()):
        if "Unforeseen" in sentence:
            raise ValueError(sentence)
        return reader(sentence, short_forms)

    monkeypatch.setattr(mentions_en, "names_in", failing)
    text = 'Unforeseen Text Here met. Finance Minister Ann Cole said, "We will pay."'
    assert [r.speaker for r in extract(text).remarks] == ["Ann Cole"]


def test_the_end_of_a_name_joined_by_an_ampersand_is_no_person():
    assert named("He is in charge of the Health & Food Safety portfolio.") == []


def test_a_lower_case_particle_inside_a_surname_is_part_of_the_name():
    [found] = names_in("Today, President-elect Ursula von der Leyen presented her team.")
    assert (found.name, found.role) == ("Ursula von der Leyen", "President-elect")
    assert split_name_role("Commissioner Jan van Berg") == ("Jan van Berg", "Commissioner")


def test_a_name_in_the_possessive_is_a_mention_with_its_title():
    assert [(m.name, m.role) for m in names_in("Premier Dana Whitlock’s first cabinet met.")] == [
        ("Dana Whitlock", "Premier")
    ]
    assert [(m.name, m.role) for m in names_in("Mayor Ruth Okafor's plan was cheered.")] == [
        ("Ruth Okafor", "Mayor")
    ]


def test_a_possessive_before_a_bodys_part_is_a_body_not_a_person():
    assert names_in("Maple Ridge's office declined to comment.") == []


def test_initials_printed_without_stops_after_a_title_start_a_name():
    assert named("Chief Secretary RK Mehta and Finance Secretary Anu Das attended.") == [
        ("RK Mehta", "Chief Secretary"),
        ("Anu Das", "Finance Secretary"),
    ]
    # Capitals without a title before them are no initials: "UN Envoy" is a body and a post.
    assert named("The UN said so.") == []


def test_initials_printed_a_letter_a_word_without_stops_start_a_name_after_a_post():
    # Wire copy from South Asia prints initials as bare letters: "R S Verma", "K Nair".
    assert named("Dockworkers Federation Treasurer R S Verma met Port Minister K Nair.") == [
        ("R S Verma", "Dockworkers Federation Treasurer"),
        ("K Nair", "Port Minister"),
    ]
    # A bare letter with no post before it, or no name after it, starts none.
    assert named("Plan B Verma was dropped.") == []
    assert named("Asked whether Minister A would go, Anu Das smiled.") == [("Anu Das", "")]


def test_a_posts_time_in_lower_case_is_part_of_the_post_as_printed():
    # Batch 14 (en-214): "new president Jerry George" was read as "president".
    assert named("The pledge came from new president Ann Cole after the meeting.") == [
        ("Ann Cole", "new president")
    ]
    assert named("It was signed by former minister Tom Reid and acting mayor Anu Das.") == [
        ("Tom Reid", "former minister"),
        ("Anu Das", "acting mayor"),
    ]
    # An adjective that is no post's time is none of it.
    assert named("The pledge came from popular president Ann Cole.") == [("Ann Cole", "president")]


def test_a_datelines_dash_ends_the_role_before_a_name():
    assert named("LIMA– Minister Rosa Vega opened the session.") == [("Rosa Vega", "Minister")]


def test_a_title_with_its_place_after_a_preposition_before_the_name_is_the_role():
    found = names_in("Canada's envoy said Dutch ambassador to Chile Pieter Vos says it is vital.")
    assert [(m.name, m.role) for m in found] == [("Pieter Vos", "Dutch ambassador to Chile")]
    assert names_in("The parcel was sent to Chile Cargo Limited on Monday.") == []


@pytest.mark.parametrize(
    "headline",
    [
        "Premier Ford Meets Mayors to Grow the Economy",
        "Minister Ford Visits Busan Port To Review Exports",
        "Mayor Ford Opens New Transit Hub Ahead Of Winter",
    ],
)
def test_a_title_case_headline_names_only_whom_the_body_names(headline):
    text = (
        f"{headline}\n\nPremier Doug Ford met the mayors at Queen's Park on Monday.\n\n"
        '"We will build transit," said Ford.'
    )
    assert [r[0] for r in remarks(text)] == ["Doug Ford"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Convenor of the committee, Rajeev Sharma, a retired officer, said so.",
            "Rajeev Sharma",
            "Convenor of the committee",
        ),
        (
            "Chair of the audit panel, Ann Cole, who joined in May, declined.",
            "Ann Cole",
            "Chair of the audit panel",
        ),
        (
            "Former Judge of the High Court, Justice Nawab Singh, said he was surprised.",
            "Nawab Singh",
            "Former Judge of the High Court",
        ),
        (
            "Head of the finance office, Dr Tom Reid, agreed.",
            "Tom Reid",
            "Head of the finance office",
        ),
    ],
)
def test_a_post_a_sentence_opens_with_before_the_comma_is_the_named_persons_role(
    sentence, name, role
):
    [found] = names_in(sentence)
    assert (found.name, found.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Growth will return, the chairman of euro zone finance ministers Jeroen "
            "Dijsselbloem said.",
            "chairman of euro zone finance ministers",
        ),
        (
            "Talks went well, the head of the regional water board Ann Cole said.",
            "head of the regional water board",
        ),
        (
            "It is done, the spokesman for the city council Tom Reid said.",
            "spokesman for the city council",
        ),
    ],
)
def test_the_title_of_a_body_in_lower_case_before_a_name_is_the_role(sentence, role):
    [found] = names_in(sentence)
    assert found.role == role


def test_an_opening_phrase_of_place_or_time_before_the_comma_is_no_role():
    [found] = names_in("In Seoul, Kim Min-ji said the plan would pass.")
    assert found.role == ""


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_name_joined_by_an_apostrophe_after_its_first_letter_is_a_name(apostrophe):
    # Irish names ("O’Gorman", "O’Brien") were read as no name at all: the speaker was lost.
    text = (
        "The housing council met in Dublin on Monday.\n\n"
        f"Minister for Children and Youth Roderic O{apostrophe}Gorman said: “We will act.”\n\n"
        f"“And soon,” Mr O{apostrophe}Gorman added."
    )
    name = f"Roderic O{apostrophe}Gorman"
    assert [r[:2] for r in remarks(text)] == [(name, "Minister for Children and Youth")] * 2


def test_a_long_list_of_portfolios_before_the_name_is_the_role():
    text = (
        "Minister for Further and Higher Education, Research, Innovation and Science Simon "
        "Harris said: “We will act.”"
    )
    assert remarks(text)[0][:2] == (
        "Simon Harris",
        "Minister for Further and Higher Education, Research, Innovation and Science",
    )


def test_a_post_opening_the_sentence_before_the_names_comma_is_the_role():
    # "Canterbury Bankstown Mayor, Khal Asfour, told reporters": real en-180.
    assert named("Liverpool Mayor, Wendy Waller, told reporters the plan was late.") == [
        ("Wendy Waller", "Liverpool Mayor")
    ]
    assert named("In Sydney, Wendy Waller told reporters the plan was late.") == [
        ("Wendy Waller", "")
    ]


def test_a_post_given_after_the_surname_alone_is_the_role_of_one_named_without_one():
    # "Ms Bennett, the Social Development Minister,": real en-176.
    text = (
        "Paula Bennett is brushing aside criticism.\n\n"
        "Ms Bennett, the Social Development Minister, had met the mayors.\n\n"
        "“We hear the concerns every day,” she said."
    )
    assert remarks(text)[0][:2] == ("Paula Bennett", "Social Development Minister")
    # A post printed with the full name stays; words that are no post are none.
    assert remarks("Mayor " + text)[0][:2] == ("Paula Bennett", "Mayor")
    assert remarks(text.replace("Social Development Minister", "Happy Person"))[0][1] is None
