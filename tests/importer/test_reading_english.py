"""English attribution: who says each quote, and the role and institution as printed."""

import datetime

import pytest

from council.importer.reading import extract
from council.importer.reading.institutions import Institutions
from council.importer.reading.result import Unproposed
from council.importer.reading.roles_en import institution_in_role
from tests.importer.helpers import JULY_1, remarks


def test_title_name_of_institution_said_before_the_quote_is_attributed():
    text = 'Professor Jang Tae-woo of Kyonggi University said, "Hiring matters."'
    assert remarks(text) == [
        ("Jang Tae-woo", "Professor of Kyonggi University", "Kyonggi University", "Hiring matters.")
    ]


def test_name_comma_title_comma_verb_is_attributed_with_the_role_as_printed():
    text = (
        "Lee Sang-ho, head of the Korea Autonomous Manufacturing Platform Association, noted, "
        '"Technology must reach the site."'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert speaker == "Lee Sang-ho"
    assert role == "head of the Korea Autonomous Manufacturing Platform Association"
    assert institution == "Korea Autonomous Manufacturing Platform Association"


def test_and_added_makes_a_second_remark_by_the_same_speaker_without_the_trailing_comma():
    text = 'Kim Min-ji, a fellow at the Korea Development Institute, said, "One," and added, "Two."'
    assert [(r[0], r[3]) for r in remarks(text)] == [("Kim Min-ji", "One"), ("Kim Min-ji", "Two.")]


def test_attribution_after_the_quote_is_found():
    text = (
        'Officials met on Monday. "Speed matters," said Bang Ji-hoon, a professor at Seoul '
        'National University. "Scale does not," Bang said.'
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [
        ("Bang Ji-hoon", "professor at Seoul National University"),
        ("Bang Ji-hoon", "professor at Seoul National University"),
    ]


def test_institutions_possessive_title_name_is_attributed():
    text = (
        "The Korea SMEs and Startups Agency (KOSME) signed the deal. KOSME's Chairman Baek "
        'Seung-jun said, "We will pay for the labels."'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert (speaker, role, institution) == (
        "Baek Seung-jun",
        "KOSME's Chairman",
        "Korea SMEs and Startups Agency",
    )


def test_he_added_continues_the_last_speaker():
    text = 'Minister Oh Young-ju said, "First." He added, "Second."'
    assert [r[0] for r in remarks(text)] == ["Oh Young-ju", "Oh Young-ju"]


def test_a_standalone_quote_paragraph_continues_the_last_speaker():
    text = '"We will act," Vice Minister Choi Jae-hoon said.\n\n"And we will do it this year."'
    assert [r[0] for r in remarks(text)] == ["Choi Jae-hoon", "Choi Jae-hoon"]


def test_a_speaker_introduced_in_indirect_speech_is_she_in_the_next_quote():
    text = (
        "Park Eun-young, a researcher at the Korea Institute for Industrial Economics and Trade "
        "(KIET), said most firms keep paper records.\n\n"
        '"Without clean data, AI will not help," she said.'
    )
    [(speaker, role, institution, _quote)] = remarks(text)
    assert speaker == "Park Eun-young"
    assert institution == "Korea Institute for Industrial Economics and Trade"


def test_a_colon_paragraph_introduces_the_quote_of_the_next():
    text = 'Minister Yang Hee-jin told the meeting:\n\n"Exports need help."'
    assert remarks(text)[0][:2] == ("Yang Hee-jin", "Minister")


def test_an_unnamed_official_is_kept_unnamed_with_the_role_as_printed():
    text = (
        'Professor Seo Dong-hyun of Chungnam National University said, "Stay after the sale." '
        '"The numbers are not final," a ministry official said.'
    )
    assert remarks(text)[1] == (None, "a ministry official", None, "The numbers are not final")


def test_an_unnamed_speaker_is_never_given_the_previous_speakers_name():
    text = (
        '"First," said Kim Tae-hyung, head of the office.\n\n'
        '"Second," one participant said.\n\n'
        '"Third."'
    )
    assert [r[0] for r in remarks(text)] == ["Kim Tae-hyung", None, None]
    assert remarks(text)[2][1] == "one participant"


def test_the_official_refers_back_to_the_unnamed_official_introduced_before():
    text = (
        "A KOTRA official said the desk would open in May. "
        '"The AI writes the draft," the official said.'
    )
    assert remarks(text) == [
        (
            None,
            "a KOTRA official",
            "Korea Trade-Investment Promotion Agency",
            "The AI writes the draft",
        )
    ]


def test_a_descriptor_before_the_name_is_part_of_the_role():
    text = (
        "Another founder, Shin Ha-rim of logistics startup Boxwave, said her company waited. "
        '"We built the product abroad," she said.'
    )
    assert remarks(text) == [
        (
            "Shin Ha-rim",
            "founder of logistics startup Boxwave",
            "Boxwave",
            "We built the product abroad",
        )
    ]


def test_she_after_a_sentence_about_a_named_person_is_that_person_not_the_last_speaker():
    text = (
        '"Right now the queue is six weeks," said Cha Min-seok, head of the division.\n\n'
        "Lim Bo-ra, chief executive of Seoul-based startup Radicle, was sceptical. "
        '"We have heard promises before," she said.'
    )
    assert remarks(text)[1] == (
        "Lim Bo-ra",
        "chief executive of Seoul-based startup Radicle",
        "Radicle",
        "We have heard promises before",
    )


def test_asked_whether_clause_before_the_speaker_is_not_the_subject():
    text = (
        'Vice Minister Kang Yoo-na said, "We will open the cluster." Asked whether the quota '
        'would last, Kang replied: "It is in the three-year plan."'
    )
    assert [r[0] for r in remarks(text)] == ["Kang Yoo-na", "Kang Yoo-na"]


def test_according_to_after_the_quote_names_the_speaker():
    text = (
        '"Most of the data is on the electricity bill," according to Sim Woo-jin, president of '
        "the Korea Energy Agency."
    )
    assert remarks(text) == [
        (
            "Sim Woo-jin",
            "president of the Korea Energy Agency",
            "Korea Energy Agency",
            "Most of the data is on the electricity bill",
        )
    ]


def test_minister_of_a_ministry_whose_name_holds_commas_serves_that_ministry():
    text = (
        "The Ministry of Trade, Industry and Energy (MOTIE) held a council meeting on March 18 "
        "at the Ulsan Exhibition and Convention Center in Ulsan.\n\n"
        "Second Vice Minister of Trade, Industry and Energy Yoon Chae-rin, who chaired the "
        'meeting, said: "Exporters cannot guess."\n\n'
        '"The ministry will pay," the vice minister noted.'
    )
    found = extract(text, datetime.date(2026, 3, 19))
    role = "Second Vice Minister of Trade, Industry and Energy"
    ministry = "Ministry of Trade, Industry and Energy"
    assert found.host == ministry
    assert remarks(text) == [
        ("Yoon Chae-rin", role, ministry, "Exporters cannot guess."),
        ("Yoon Chae-rin", role, ministry, "The ministry will pay"),
    ]
    assert found.remarks[0].title == "Second Vice Minister"


def test_an_apposition_naming_a_ministry_with_commas_is_read_whole():
    text = (
        "Kim Min-ji, director general at the Ministry of Trade, Industry and Energy, said, "
        '"We will measure it."'
    )
    assert remarks(text)[0][1:3] == (
        "director general at the Ministry of Trade, Industry and Energy",
        "Ministry of Trade, Industry and Energy",
    )


def test_the_minister_is_not_the_vice_minister():
    text = 'Vice Minister Oh Ji-won said, "We will cut it." "We agree," the minister said.'
    assert remarks(text)[1] == (None, "the minister", None, "We agree")


def test_a_portfolio_after_for_in_a_title_is_neither_name_nor_institution():
    text = (
        "Deputy Minister for Industrial Policy Chung Hae-won stated that the council would meet "
        'every two months. "One consultant, not three," Chung stated.'
    )
    found = extract(text, JULY_1)
    assert remarks(text) == [
        (
            "Chung Hae-won",
            "Deputy Minister for Industrial Policy",
            None,
            "One consultant, not three",
        )
    ]
    assert found.institutions == []


def test_one_supplier_is_an_unnamed_speaker_with_the_role_as_printed():
    text = 'Kim Min-ji said, "Yes."\n\n"Some offices hold the invoice," one supplier said.'
    assert remarks(text)[1] == (None, "one supplier", None, "Some offices hold the invoice")


def test_a_fuller_printing_of_the_title_noted_beside_the_name_is_kept():
    text = (
        "The Korea SMEs and Startups Agency (KOSME) will pay. KOSME's Chairman Baek Seung-jun "
        'said on Monday that the agency will co-fund the systems.\n\n"It pays back," Baek said.'
    )
    assert remarks(text) == [
        ("Baek Seung-jun", "KOSME's Chairman", "Korea SMEs and Startups Agency", "It pays back")
    ]


def test_what_a_lead_reports_before_name_said_is_not_the_speakers_role():
    text = (
        "The Ministry of SMEs and Startups held a council. The government will pay half the cost "
        'next year, SMEs Minister Noh Jae-won said Monday.\n\n"We pay half," Noh said.'
    )
    assert remarks(text) == [
        ("Noh Jae-won", "SMEs Minister", "Ministry of SMEs and Startups", "We pay half")
    ]


def test_a_portfolio_minister_serves_the_one_ministry_named_for_it():
    text = (
        "The Ministry of Economy and Finance and the Ministry of SMEs and Startups met.\n\n"
        'Finance Minister Choi Sang-woo said, "Yes."'
    )
    assert remarks(text)[0][1:3] == ("Finance Minister", "Ministry of Economy and Finance")


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Kim Soo-yeon, a vice president at Naver, said", "vice president at Naver"),
        ("Naver Vice President Kim Soo-yeon said", "Naver Vice President"),
        ("Kim Soo-yeon, a Naver vice president, said", "Naver vice president"),
        ("Kim Soo-yeon of Naver said", "of Naver"),
    ],
)
def test_a_one_word_company_around_a_title_is_the_speakers_institution(intro, role):
    text = f'The council met in Seoul on Tuesday. {intro}, "Cloud credits matter."'
    assert remarks(text) == [("Kim Soo-yeon", role, "Naver", "Cloud credits matter.")]


def test_a_surname_two_people_share_is_left_unnamed_not_guessed():
    text = (
        "The meeting was chaired by Kim Min-ji, Director General for AI Policy at the Ministry "
        "of Science and ICT. Kim Tae-hoon, CEO of chip designer Rebelite, presented a plan.\n\n"
        '"Startups wait four months for a GPU," Kim said.\n\n'
        'Kim Min-ji added that the ministry would pay. "We will pay," she said.'
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [
        (None, "Kim"),
        ("Kim Min-ji", "Director General for AI Policy at the Ministry of Science and ICT"),
    ]


def test_a_person_described_after_a_paraphrase_is_known_by_surname_later():
    text = (
        "KEPCO will apply the vouchers to bills, said Yoo Sang-hoon, a senior vice president at "
        'KEPCO.\n\n"Merchants will not file receipts," Yoo said.'
    )
    assert remarks(text)[0][:2] == ("Yoo Sang-hoon", "senior vice president at KEPCO")


def test_surname_with_honorific_is_the_full_name_met_in_an_earlier_paragraph():
    text = (
        "Dr Patricia Scanlon became chair of the Digital Council in May.\n\n"
        'The council met on Monday. "We start with the schools," Dr Scanlon said.'
    )
    assert remarks(text)[0][0] == "Patricia Scanlon"


def test_a_short_reference_takes_the_role_printed_with_the_full_name():
    text = (
        "Wages will rise, Deputy Prime Minister Tan Wee Liang said yesterday.\n\n"
        '"Every company must find ways to be more productive," said Mr Tan.'
    )
    assert remarks(text)[0][:2] == ("Tan Wee Liang", "Deputy Prime Minister")


def test_title_and_surname_is_the_full_name_met_earlier():
    text = (
        "The forum was led by Federal Energy Minister Ruth Abbott.\n\n"
        "Minister Abbott said the talks went well. "
        '"We agreed on a reserve," she said.'
    )
    assert remarks(text)[0][:2] == ("Ruth Abbott", "Federal Energy Minister")


def test_a_surname_before_the_only_full_name_of_that_surname_is_left_unnamed():
    text = (
        '"We will open the office," Doyle said.\n\n'
        "Port chief executive Sean Doyle, a different man, chairs the forum."
    )
    assert remarks(text)[0][:2] == (None, None)


def test_a_compound_role_before_the_name_is_not_taken_as_the_name():
    text = (
        "Minister of State for Trade Promotion, Digital and Company Regulation Dara Calleary "
        'said: "Exporters need new markets."'
    )
    assert remarks(text)[0][:2] == (
        "Dara Calleary",
        "Minister of State for Trade Promotion, Digital and Company Regulation",
    )


def test_a_portfolio_before_the_title_is_not_taken_as_the_name():
    text = 'Small Business Minister Tom Reid said, "Banks must lend."'
    assert remarks(text)[0][:2] == ("Tom Reid", "Small Business Minister")


def test_the_minister_is_the_one_minister_met():
    text = (
        "The Minister for Enterprise, Ann Cole, met exporters with Lena Ford, chief executive "
        'of the Port Company.\n\n"Trade is changing," the minister said.'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Minister for Enterprise")


def test_the_minister_is_left_unnamed_when_two_ministers_were_met_and_neither_is_the_topic():
    text = (
        "Finance Minister Ann Cole and Trade Minister Tom Reid met exporters. The forum will "
        'meet again in May.\n\n"Trade is changing," the minister said.'
    )
    assert remarks(text)[0][:2] == (None, "the minister")


def test_the_minister_is_the_minister_the_previous_sentence_is_about():
    text = (
        "Finance Minister Ann Cole and Trade Minister Tom Reid met exporters.\n\n"
        "Minister Reid described the forum as a chance to listen.\n\n"
        'The Minister said: "Trade is changing."'
    )
    assert remarks(text)[0][0] == "Tom Reid"


def test_the_office_alone_refers_to_its_one_holder():
    text = (
        "The Tánaiste and Minister for Foreign Affairs, Mary Byrne chaired the forum today.\n\n"
        'Speaking today, the Tánaiste said: "Trade is changing."'
    )
    assert remarks(text)[0][:2] == ("Mary Byrne", "Tánaiste and Minister for Foreign Affairs")


def test_a_surname_that_reads_as_a_pronoun_is_the_person_of_that_name():
    text = (
        "Vice Premier He Wenli of the State Council said, 'The talks were useful.' "
        "He further added, 'We will meet again.'"
    )
    assert [r[0] for r in remarks(text)] == ["He Wenli", "He Wenli"]


def test_the_subject_is_the_clause_right_before_the_verb():
    text = (
        'Ann Cole said, "First." After the talks, held over two days, ended, she noted, "Second."'
    )
    assert [r[0] for r in remarks(text)] == ["Ann Cole", "Ann Cole"]


def test_a_quote_after_a_participle_of_saying_is_the_same_speakers():
    text = "Ann Cole, the chair, said, 'Trade is changing,' stating, 'We are ready.'"
    assert [(r[0], r[3]) for r in remarks(text)] == [
        ("Ann Cole", "Trade is changing"),
        ("Ann Cole", "We are ready."),
    ]


def test_the_official_is_the_unnamed_official_a_narrative_sentence_opened_with():
    text = (
        'Ann Cole said, "We met."\n\n'
        "Talking to reporters, a Treasury official declined to confirm the date.\n\n"
        '"You will hear from us," the official said.'
    )
    assert remarks(text)[1][:2] == (None, "a Treasury official")


def test_a_portfolio_after_for_at_the_end_of_a_long_title_is_no_institution():
    text = 'Secretary of State for Business Ann Cole said: "We will listen."'
    assert remarks(text)[0][:3] == ("Ann Cole", "Secretary of State for Business", None)


def test_a_minister_whose_title_holds_a_ministrys_portfolio_serves_it():
    text = (
        "The Ministry of Commerce and Industry met exporters on Monday.\n\n"
        'Union Commerce and Industry & Railways Minister Ravi Menon said, "Think big."'
    )
    assert remarks(text)[0][:3] == (
        "Ravi Menon",
        "Union Commerce and Industry & Railways Minister",
        "Ministry of Commerce and Industry",
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Finance Minister Ann Cole and Trade Minister Tom Reid",
        "Cole and Reid",
        "Minister Cole and officials",
        "Both ministers",
    ],
)
def test_a_joint_subject_is_left_unnamed_with_the_group_as_the_role(subject):
    text = (
        "Finance Minister Ann Cole and Trade Minister Tom Reid met exporters.\n\n"
        f'{subject} said, "We will act."'
    )
    assert remarks(text)[0][:2] == (None, subject)


def test_a_joint_subject_whose_post_names_a_body_speaks_for_that_body():
    # Batch 14 (en-205): a regulator's two directors quoted together kept no institution.
    text = (
        "The Northern Harbour Authority (NHA) extended its rules today.\n\n"
        "“We will act,” remarked the NHA’s directors, Ann Cole and Tom Reid: “We agree.”"
    )
    assert [(r[0], r[2]) for r in remarks(text)] == [
        (None, "Northern Harbour Authority"),
        (None, "Northern Harbour Authority"),
    ]


def test_a_company_after_its_trade_noun_is_no_person():
    text = (
        'Min Ara, chief executive of cosmetics maker Dahlia Lab, said, "Orders doubled." '
        '"We hired ten people," Min said.'
    )
    assert [r[0] for r in remarks(text)] == ["Min Ara", "Min Ara"]


def test_a_quote_after_a_sentence_about_someone_else_is_not_the_previous_speakers():
    text = (
        'Finance Minister Ann Cole said, "We will pay."\n\n'
        'The opposition spokesman rejected the plan. "It comes too late."'
    )
    assert remarks(text)[1][:2] == (None, "the opposition spokesman")


def test_a_titled_surname_that_reads_as_a_pronoun_opens_a_sentence_about_that_person():
    text = (
        'Ann Cole, the chair, said, "We met." Vice Premier He Wenli also attended.\n\n'
        "Vice Premier He is the chief negotiator.\n\n"
        '"We will meet again."'
    )
    assert remarks(text)[1][0] == "He Wenli"


def test_a_name_printed_only_in_a_photo_caption_resolves_a_short_reference():
    text = (
        "The export forum met in Cork on Monday to plan next year's trade missions.\n\n"
        "Finance Minister Ann Cole speaks at the export forum in Cork on Monday. (Irish Photo)\n\n"
        '"We will open three new offices," Ms Cole said.'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Finance Minister")


def test_a_name_in_brackets_after_the_quote_is_its_speaker():
    text = (
        "The audit ended on Friday.\n\n"
        '"It is insulting." (Ann Cole, Chair of the Grain Council)\n\n'
        '"I never said so." (Chair Cole)'
    )
    assert [r[:2] for r in remarks(text)] == [
        ("Ann Cole", "Chair of the Grain Council"),
        ("Ann Cole", "Chair of the Grain Council"),
    ]


def test_a_note_in_brackets_after_the_quote_is_no_speaker():
    text = 'Ann Cole, the chair, said, "First."\n\n"We will meet on the 12th." (laughs)'
    assert [r[0] for r in remarks(text)] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Local business owner Jane Doe was less hopeful.",
        "Doe also urged caution.",
        "Jane Doe, who runs a bakery, was less hopeful.",
    ],
)
def test_a_quote_after_a_sentence_about_another_named_person_is_that_persons(sentence):
    text = (
        'Finance Minister Ann Cole said, "We will pay." Jane Doe, a baker, attended.\n\n'
        f'{sentence} "It comes too late."'
    )
    assert remarks(text)[1][0] == "Jane Doe"


def test_a_quote_after_a_sentence_about_two_people_is_left_unnamed():
    text = (
        'Jane Doe, a baker, said, "Prices rose."\n\n'
        'Finance Minister Ann Cole and Trade Minister Tom Reid met exporters. "We will act."'
    )
    assert remarks(text)[1][:2] == (
        None,
        "Finance Minister Ann Cole and Trade Minister Tom Reid",
    )


def test_an_adverb_after_a_titled_surname_is_no_part_of_the_reference():
    text = (
        "Ann Cole, representative of the Grain Council, joined the talks.\n\n"
        'Representative Cole also said, "The gaps were small."'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "representative of the Grain Council")


def test_a_title_the_one_person_of_that_surname_does_not_hold_names_nobody():
    text = (
        "Ann Cole, a professor at Dublin City University, spoke first.\n\n"
        'Minister Cole said, "We will pay."'
    )
    assert remarks(text)[0][:2] == (None, "Minister Cole")


def test_a_surname_that_is_an_english_word_is_read_as_a_name():
    text = 'Trade Minister Lisa Long opened the forum. "We will sign in May," Long said.'
    assert remarks(text)[0][:2] == ("Lisa Long", "Trade Minister")


def test_the_spokesman_is_the_spokesman_named_earlier():
    text = (
        "Government spokesman Tom Reid briefed reporters on Monday.\n\n"
        '"The deal is close," the spokesman said.'
    )
    assert remarks(text)[0][:2] == ("Tom Reid", "Government spokesman")


def test_a_quote_inside_the_lede_is_attributed():
    text = (
        'DUBLIN, March 3 (Wire) -- "We will double export aid," Finance Minister Ann Cole said '
        "on Monday as the trade forum met for the first time."
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Finance Minister")


def test_half_of_a_portfolio_after_and_is_no_institution():
    text = 'Union Minister of Commerce and Industry Ravi Menon said, "Think big."'
    assert remarks(text)[0][:3] == ("Ravi Menon", "Union Minister of Commerce and Industry", None)


def test_a_plural_institution_word_names_the_body_whole():
    text = (
        'Ann Cole, Director General of the British Chambers of Commerce, said, "We need decisions."'
    )
    assert remarks(text)[0][2] == "British Chambers of Commerce"


def test_a_surname_with_a_capital_inside_is_a_name():
    text = (
        "Minister for Public Expenditure Michael McGrath met retailers today.\n\n"
        'Minister McGrath said, "We will not leave the sector behind."'
    )
    assert remarks(text)[0][:2] == ("Michael McGrath", "Minister for Public Expenditure")


def test_an_unmarked_block_quote_is_the_speech_of_the_person_the_said_sentence_introduces():
    text = (
        "The forum met in London on Monday.\n\n"
        "Secretary of State for Business Ann Cole commented:\n\n"
        "These roundtables will help us listen to business."
    )
    assert remarks(text) == [
        (
            "Ann Cole",
            "Secretary of State for Business",
            None,
            "These roundtables will help us listen to business.",
        )
    ]


def test_an_unmarked_block_quote_after_the_minister_said_is_the_ministers():
    text = (
        "Minister for Justice Ann Cole hosted the roundtable today.\n\n"
        "The Minister said:\n\n"
        "This is the one day every agency sits in a single room."
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Minister for Justice")


def test_a_minister_named_in_brackets_after_a_ministry_serves_it():
    text = (
        "The Ministry of Maritime Affairs (MMA; Minister Ann Cole) met shipbuilders on "
        'Tuesday.\n\n"We will help," said the minister.'
    )
    assert remarks(text)[0][:3] == ("Ann Cole", "Minister", "Ministry of Maritime Affairs")


def test_someones_spokesman_is_an_unnamed_speaker_with_the_role_as_printed():
    text = 'Finance Minister Ann Cole met farmers. "It is enough," said Ms Cole\'s spokesman.'
    assert remarks(text)[0][:2] == (None, "Ms Cole's spokesman")


def test_a_quote_after_officials_said_is_not_the_previous_speakers():
    text = (
        'Finance Minister Ann Cole said, "We will pay."\n\n'
        'Ministry officials said the scheme would open in May. "Forms are online."'
    )
    assert remarks(text)[1][:2] == (None, "Ministry officials")


def test_a_role_then_the_honourable_name_is_read_and_the_office_refers_to_it():
    text = (
        "The Prime Minister, the Hon. Ann Cole MP, met union leaders today.\n\n"
        'Tom Reid, secretary of the union council, said, "Workers must share the gains."\n\n'
        "The Prime Minister said the government would report in August.\n\n"
        '"This is about a stronger economy," she said.'
    )
    assert [r[:2] for r in remarks(text)] == [
        ("Tom Reid", "secretary of the union council"),
        ("Ann Cole", "Prime Minister"),
    ]


def test_a_title_the_article_does_not_name_that_reports_speech_is_the_next_quotes_subject():
    text = (
        'Tom Reid, secretary of the union council, said, "Workers must share the gains."\n\n'
        "The Prime Minister said the government would report in August.\n\n"
        '"This is about a stronger economy," she said.'
    )
    assert remarks(text)[1][:2] == (None, "the Prime Minister")


def test_they_is_never_the_one_person_last_named():
    text = 'Ann Cole, the chair, met farmers. "We want fair prices," they said.'
    assert remarks(text)[0][:2] == (None, "they")


def test_a_post_after_of_names_no_institution_and_a_middle_initial_stays_in_the_name():
    text = '"We agree," Secretary of State Antony J. Blinken said.'
    assert remarks(text)[0][:3] == ("Antony J. Blinken", "Secretary of State", None)


def test_the_treasury_after_of_the_is_a_body():
    text = '"We agree," said Scott Bessent, Secretary of the Treasury.'
    assert remarks(text)[0][2] == "Treasury"


def test_the_professor_is_not_a_chairman_named_beside_her():
    text = (
        "Chairman Tom Reid of the Grain Council and Professor Ann Cole of Trinity College met "
        'on Monday. "We agree," the professor said.'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Professor of Trinity College")


def test_the_speaker_is_the_name_right_before_the_verb_not_one_inside_the_clause():
    text = 'The plan backed by Ann Cole will fail, Tom Reid said, "It is too late."'
    assert remarks(text)[0][0] == "Tom Reid"


def test_a_surname_printed_in_capitals_is_a_name_and_its_short_form_refers_to_it():
    text = (
        "Minister OH Young-ju met exporters in Seoul on Monday.\n\n"
        '"We will help," Minister Oh said.'
    )
    assert remarks(text)[0][:2] == ("OH Young-ju", "Minister")


def test_a_speaker_described_at_length_with_commas_and_an_and_is_one_person():
    text = (
        "Speaking in Brussels today, Ann Cole, Vice-President of the Commission, responsible "
        "for Jobs, Growth and Investment, currently also in charge of the Health & Food Safety "
        "portfolio, said:“We are ready.”"
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Vice-President of the Commission")


def test_a_pages_heading_in_capitals_is_no_speaker():
    text = 'Daily News 04 / 04 / 2019\n\nThe Commission met today. "We are ready."'
    assert remarks(text)[0][0] is None


def test_senator_after_a_post_is_how_the_minister_is_addressed_not_the_role():
    text = (
        "The task force met on Tuesday with Climate Change Minister Senator Ann Cole presiding."
        '\n\n"We will act with the provinces," said Senator Ann Cole.'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Climate Change Minister")


def test_of_two_posts_the_first_gives_the_institution():
    text = (
        "The Grain Council and Stobart Group met.\n\n"
        "Ann Cole, joint chair of the Grain Council and chairman Stobart Group, said, "
        '"It is a thrill."'
    )
    assert remarks(text)[0][2] == "Grain Council"


def test_two_posts_sharing_a_body_serve_it():
    text = 'Ann Cole, the moderator and president of Trinity College, said, "Go faster."'
    assert remarks(text)[0][2] == "Trinity College"


def test_a_surname_nobody_was_named_with_is_left_unnamed_without_a_role():
    text = 'The meeting was held on Monday. "The economy comes first," Lee said.'
    assert remarks(text)[0][:2] == (None, None)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'President-elect Ursula von der Leyen said: "We act."',
            "Ursula von der Leyen",
            "President-elect",
        ),
        ('Minister-designate Jan de Vries said, "We act."', "Jan de Vries", "Minister-designate"),
        (
            'Foreign Minister Sameh al-Shoukry said, "We act."',
            "Sameh al-Shoukry",
            "Foreign Minister",
        ),
    ],
)
def test_a_surnames_particles_stay_in_the_name_and_a_title_to_be_is_no_name(text, speaker, role):
    [(name, printed, _institution, _quote)] = remarks(text)
    assert (name, printed) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "role", "institution"),
    [
        ('"We act," Cheong Wa Dae said in a press release.', "Cheong Wa Dae", "Cheong Wa Dae"),
        ('"We act," the Finance Ministry said.', "the Finance Ministry", "Finance Ministry"),
        ('The ministry met unions. "We act," the ministry said.', "the ministry", None),
        ('Jane Doe runs Acme Corp. now. "We act," Acme said.', "Acme", None),
    ],
)
def test_a_body_that_speaks_is_no_person_but_the_role_and_institution(text, role, institution):
    [(speaker, printed, body, _quote)] = remarks(text)
    assert (speaker, printed, body) == (None, role, institution)


def test_a_name_printed_with_a_title_is_a_person_though_it_has_an_office():
    text = 'President Moon Jae-in met them. Moon\'s office is big. "We act," Moon said.'
    assert remarks(text)[0][0] == "Moon Jae-in"


@pytest.mark.parametrize("opening", ["Concluding", "Summing up", "Replying"])
def test_an_opening_participle_clause_is_no_part_of_the_role(opening):
    text = (
        f'Minister of State for Trade Ann Cole attended. {opening}, Minister Cole said: "We act."'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Minister of State for Trade")


@pytest.mark.parametrize(
    ("opening", "role", "institution"),
    [
        ("According to a press release from NITI Aayog", "a press release from NITI Aayog", "NITI Aayog"),
        ("According to a statement by the Finance Ministry", "a statement by the Finance Ministry", "Finance Ministry"),
        ("According to the ministry's statement", "the ministry's statement", None),
    ],
)  # fmt: skip
def test_a_document_of_a_body_is_unnamed_with_the_body_as_institution(opening, role, institution):
    text = f'Officials met on Monday. {opening}, "The agenda is wide."'
    assert remarks(text) == [(None, role, institution, "The agenda is wide.")]


def test_a_surname_of_a_person_named_is_the_person_though_a_body_bears_it():
    text = 'Henry Ford of Ford Motor Co. spoke. "We act," Ford said.'
    assert remarks(text)[0][0] == "Henry Ford"


@pytest.mark.parametrize(
    "reference", ["von der Leyen said", "Von der Leyen said", "President-elect von der Leyen said"]
)
def test_a_surname_with_its_particles_refers_to_the_person_named_in_full(reference):
    text = f'President-elect Ursula von der Leyen came. "We act," {reference}.'
    assert remarks(text)[0][0] == "Ursula von der Leyen"


def test_the_speaker_after_the_clause_reported_is_the_speaker_not_a_person_named_in_it():
    text = (
        "Trade Minister Han So-yeon will visit the port next month to hear the shippers, "
        "an agency official said.\n\n"
        '"The shippers want faster customs," he said.'
    )
    assert remarks(text) == [(None, "an agency official", None, "The shippers want faster customs")]


def test_a_name_and_its_apposition_before_said_is_still_the_named_speaker():
    text = 'Kim Min-ji, a fellow at the Korea Development Institute said, "Rates will fall."'
    assert remarks(text)[0][0] == "Kim Min-ji"


@pytest.mark.parametrize(
    "marker",
    ["on condition of anonymity", "asking not to be named", "speaking anonymously"],
)
def test_a_source_kept_anonymous_is_never_the_person_last_named(marker):
    text = (
        "Finance Minister Oh Tae-sik met the bankers on Friday.\n\n"
        f'"The minister was not pleased," he said, {marker}.'
    )
    [(speaker, _role, _institution, _quote)] = remarks(text)
    assert speaker is None


def test_a_title_holding_a_list_of_portfolios_keeps_it_whole():
    text = (
        "The Minister for Fisheries, Forests and the Coast, Aoife Brennan, opened the forum.\n\n"
        'She said, "The coast needs a plan."'
    )
    assert remarks(text)[0][:2] == (
        "Aoife Brennan",
        "Minister for Fisheries, Forests and the Coast",
    )


def test_a_quote_signed_with_a_name_and_title_after_its_closing_mark_is_theirs():
    text = (
        "The premiers met in Halifax on Monday.\n\n"
        "“Our ports must stay open all winter. Trade depends on it.”Marie Tremblay, Premier of "
        "Nova Scotia\n\n"
        "“We agree on the rail link.” — Owen Price, Premier of Manitoba"
    )
    assert remarks(text) == [
        (
            "Marie Tremblay",
            "Premier of Nova Scotia",
            None,
            "Our ports must stay open all winter. Trade depends on it.",
        ),
        ("Owen Price", "Premier of Manitoba", None, "We agree on the rail link."),
    ]


def test_words_after_a_quote_that_name_nobody_sign_nothing():
    text = 'Mayor Ana Lutz opened the hall. "We are ready." Applause followed the speech'
    assert remarks(text)[0][0] == "Ana Lutz"


@pytest.mark.parametrize("verb", ["confirmed", "reassured them", "insisted"])
def test_a_subject_and_any_verb_before_a_colon_introduce_the_quote(verb):
    text = (
        "Health Secretary Dame Ruth Okafor visited the ward on Friday.\n\n"
        f"Speaking to nurses at the hospital, Dame Ruth {verb}: “The new wing opens in June.”"
    )
    assert remarks(text)[0][:2] == ("Ruth Okafor", "Health Secretary")


def test_a_thing_before_a_verb_and_a_colon_is_no_speaker():
    text = "Health Secretary Ruth Okafor visited. The plan was agreed: “Wards first.”"
    assert [r[0] for r in remarks(text)] == [None]


def test_a_participle_of_saying_after_a_comma_is_the_main_clauses_subject():
    text = (
        "Trade Minister Mira Sand met exporters.\n\n"
        "On Monday, Vice Minister Otto Lind chaired a meeting of the export council in Oslo, "
        "stating, “Orders will recover by spring.”"
    )
    assert remarks(text)[0][:2] == ("Otto Lind", "Vice Minister")


def test_a_korean_papers_reporter_tag_is_no_part_of_the_role():
    text = (
        "[Daily Metro Busan=Reporter Han Ji-min] Mayor Park Soo-jin stressed, “The port will grow.”"
    )
    assert remarks(text)[0][:2] == ("Park Soo-jin", "Mayor")


def test_a_ministry_the_article_never_names_is_not_inferred_from_a_title():
    text = 'Minister of Economy and Finance Choi Sang-mok said, "Prices are stable."'
    assert remarks(text)[0][2] is None
    text += " The Ministry of Economy and Finance will report monthly."
    assert remarks(text)[0][2] == "Ministry of Economy and Finance"


def test_a_possessive_before_a_lower_case_title_is_part_of_the_role():
    text = (
        "President Lula da Silva opened the summit.\n\n"
        '"We are ready," Lula’s chief of staff Rui Costa said.'
    )
    assert remarks(text)[0][:3] == ("Rui Costa", "Lula’s chief of staff", None)


def test_the_bodys_title_is_the_title_of_the_one_body_of_that_kind_named():
    text = (
        "The opposition Green Harbour Party met on Tuesday.\n\n"
        "The party`s policy committee chairman Jonas Berg said, “We will vote no.”"
    )
    assert remarks(text)[0][:3] == (
        "Jonas Berg",
        "policy committee chairman",
        "Green Harbour Party",
    )


def test_a_quote_falls_to_the_last_speaker_across_narrative_that_names_nobody():
    text = (
        'Ann Cole, the chair of the Grain Council, said, "Prices will hold."\n\n'
        "The council's plan costs two million euros over three years.\n\n"
        '"Farmers will see the money by spring."'
    )
    assert [r[0] for r in remarks(text)] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize(
    "between",
    [
        # Another person named, though not as a sentence's subject.
        "The plan was drafted with Tom Reid of the Seed Board.",
        # A heading.
        "Reactions",
        # A line ending in a colon: a list or a label follows.
        "Below are the main quotes from the press conference:",
        # A signature.
        "— Tom Reid, Chair of the Seed Board",
    ],
)
def test_a_quote_without_attribution_is_left_unnamed_after_what_could_introduce_another(between):
    text = (
        'Ann Cole, the chair of the Grain Council, said, "Prices will hold."\n\n'
        f"{between}\n\n"
        '"Farmers will see the money by spring."'
    )
    assert remarks(text)[1][0] is None


def test_a_quote_without_attribution_long_after_the_last_speaker_is_left_unnamed():
    filler = "\n\n".join(f"The plan has a part number {k} for the regions." for k in range(30))
    text = f'Ann Cole, the chair, said, "Prices will hold."\n\n{filler}\n\n"The money comes soon."'
    assert remarks(text)[1][0] is None


def test_a_label_line_of_a_name_and_a_role_names_the_speaker_of_the_quote_under_it():
    text = (
        "Finance Minister Tom Reid chairs the panel. The main remarks were these:\n\n"
        "Ms Ann Cole, Minister for Agriculture:\n\n"
        '"Farmers will see the money by spring."\n\n'
        "Dr K. Mensah, Chair of the Seed Board:\n\n"
        '"The seed bank opens in May."'
    )
    assert [r[:2] for r in remarks(text)] == [
        ("Ann Cole", "Minister for Agriculture"),
        ("K. Mensah", "Chair of the Seed Board"),
    ]


def test_a_signature_on_the_line_under_a_quote_names_its_speaker():
    text = (
        "The premiers meet in Halifax on Friday. Finance Minister Tom Reid will attend.\n\n"
        '"We will bring the provinces together on trade."\n\n'
        "—The Hon. Ann Cole, Premier of Nova Scotia\n\n"
        '"Trade barriers cost every family."\n\n'
        "– Tom Reid, Minister of Finance"
    )
    assert [r[:2] for r in remarks(text)] == [
        ("Ann Cole", "Premier of Nova Scotia"),
        ("Tom Reid", "Minister of Finance"),
    ]


def test_the_head_of_a_countrys_government_serves_no_institution_named_for_the_country():
    text = '"Trade barriers cost every family," said Ann Cole, Prime Minister of Canada.'
    assert remarks(text)[0][:3] == ("Ann Cole", "Prime Minister of Canada", None)


@pytest.mark.parametrize(
    "label",
    [
        "[Soundbite] Ann Cole(Grain Council spokesperson) :",
        "Ann Cole (Grain Council spokesperson):",
    ],
)
def test_a_transcript_label_with_the_role_in_brackets_names_the_speaker(label):
    text = f'The council met on Monday.\n\n{label} "Prices will hold this winter."'
    assert remarks(text)[0][:2] == ("Ann Cole", "Grain Council spokesperson")


def test_an_opening_phrase_without_its_comma_is_no_part_of_the_subject():
    text = (
        "Ann Cole, the chair of the Grain Council, met the farmers on Monday.\n\n"
        'During the meeting Cole also suggested, "We should share the silos."'
    )
    assert remarks(text)[0][0] == "Ann Cole"


def test_an_appositive_roles_article_and_an_aside_in_brackets_are_no_part_of_it():
    text = (
        "Ann Cole, the head of 'Cole Farm Radio' (former editor of Grain Weekly), met the "
        'minister.\n\n"We need silos," Cole said.'
    )
    assert remarks(text)[0][:3] == ("Ann Cole", "head of 'Cole Farm Radio'", "Cole Farm Radio")


def test_a_closing_bracket_never_ends_a_speakers_institution():
    role = "head of the farm desk, (former editor of Grain Weekly)"
    assert institution_in_role(role, Institutions(korean=False)) == "Grain Weekly"


def test_ministry_before_a_title_is_the_one_ministry_the_article_names():
    text = (
        "The Ministry of Agriculture held grain talks with farmers in Cork on Monday. Minister "
        "Tom Reid attended.\n\n"
        'Ministry spokeswoman Ann Cole said, "We will meet again in May."'
    )
    assert remarks(text)[0][:3] == ("Ann Cole", "Ministry spokeswoman", "Ministry of Agriculture")


def test_an_adjective_of_office_between_title_words_is_part_of_the_role():
    text = '"The talks resume in May," deputy regional spokesperson Ann Cole said.'
    assert remarks(text)[0][:2] == ("Ann Cole", "deputy regional spokesperson")


def test_a_role_with_a_serial_comma_in_the_lede_is_the_role_of_a_later_said_surname():
    text = (
        "On Monday, the Minister for Farming, Fisheries, and Forestry, Ann Cole, met growers "
        "in Cork.\n\n"
        '"We will pay by spring," said Cole.'
    )
    assert remarks(text)[0][:2] == ("Ann Cole", "Minister for Farming, Fisheries, and Forestry")


@pytest.mark.parametrize(
    ("lede", "institution"),
    [
        (
            "Grain Growers Association of Munster head Ann Cole",
            "Grain Growers Association of Munster",
        ),
        (
            "Munster Chamber of Farming and Forestry head Ann Cole",
            "Munster Chamber of Farming and Forestry",
        ),
        ("Trade chief Ann Cole", None),
    ],
)
def test_a_body_before_head_is_the_speakers_institution_and_a_portfolio_none(lede, institution):
    text = f'{lede} spoke in Cork on Monday.\n\n"We will pay by spring," Cole said.'
    assert remarks(text)[0][2] == institution


def test_a_surname_resolves_to_the_one_full_name_printed_in_the_possessive():
    text = (
        "Governor Dana Whitlock’s new cabinet met on Friday.\n\n"
        "“We start today,” Whitlock said. “And we will finish.”"
    )
    assert [(r[0], r[1], r[3]) for r in remarks(text)] == [
        ("Dana Whitlock", "Governor", "We start today"),
        ("Dana Whitlock", "Governor", "And we will finish."),
    ]


def test_a_title_alone_resolves_to_the_one_person_named_with_it_initials_and_all():
    text = (
        "Chief Secretary RK Mehta and Finance Secretary Anu Das attended the review.\n\n"
        "“We presented the state's finances,” the Chief Secretary said."
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [("RK Mehta", "Chief Secretary")]


def test_an_attribution_cut_off_after_a_given_name_resolves_to_the_one_name_it_starts():
    text = (
        "Treasurer Nora Quill will lead the finance group.\n\n"
        "“We are ready to act,” said Treasurer of the State Nora"
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [("Nora Quill", "Treasurer of the State")]


def test_a_title_and_a_name_word_name_nobody_when_the_title_does_not_fit():
    text = (
        "Treasurer Nora Quill will lead the finance group.\n\n"
        "“We are ready to act,” said Auditor of the State Nora"
    )
    assert [r[0] for r in remarks(text)] == [None]


def test_he_after_a_subordinating_word_is_the_main_clauses_subject_not_a_name_inside():
    text = (
        "Governor Pryce briefed the cabinet on his talks with Mayor Ada Lund, where he said: "
        "“We made progress.”"
    )
    # Pryce is never named in full: unnamed, the title alone as the role, never Ada Lund.
    assert [(r[0], r[1]) for r in remarks(text)] == [(None, "Governor")]


def test_a_titled_surname_never_named_in_full_keeps_the_title_alone_as_the_role():
    assert [(r[0], r[1]) for r in remarks("“We will build,” said Senator Okoro.")] == [
        (None, "Senator")
    ]


def test_a_dateline_glued_to_the_title_is_no_part_of_the_role():
    text = "LIMA– Minister Rosa Vega opened the session.\n\n“We must act,” she said."
    assert [(r[0], r[1]) for r in remarks(text)] == [("Rosa Vega", "Minister")]


def test_an_opening_participle_without_its_comma_before_the_pronoun_is_no_subject():
    text = (
        "Mayor Ann Cole praised the volunteers.\n\n"
        "Thanking them she said, “Keep going, all of you.”"
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [("Ann Cole", "Mayor")]


LEDE = (
    "Review set for next month\n\nThe city has been slow to act on repairs.\n\n"
    "Mayor Jo Park has called a review of the repairs next month, a senior official said.\n\n"
)


def test_the_only_unnamed_source_called_otherwise_later_keeps_the_first_description():
    text = LEDE + "“The mayor will chair it,” the bureaucrat said."
    assert [(r[0], r[1]) for r in remarks(text)] == [(None, "a senior official")]
    # A post is another person: "the minister" is not the official.
    text = LEDE + "“The mayor will chair it,” the minister said."
    assert [(r[0], r[1]) for r in remarks(text)] == [(None, "the minister")]


def test_a_passive_verb_of_saying_introduces_no_speaker_the_reported_clauses_does():
    text = LEDE + (
        "All staff have been told to attend, and the heads were asked to report by May, the "
        "official said.\n\n“Nobody is exempt.”"
    )
    assert [(r[0], r[1]) for r in remarks(text)] == [(None, "a senior official")]


def test_in_the_words_of_a_document_introduces_its_clause_as_a_remark_of_the_document():
    text = (
        "The ministers of the river basin met in Vientiane on Friday.\n\n"
        "In the words of the joint declaration that ended the meeting, “the ministers agree to "
        "share the flood data of every station within the hour”."
    )
    assert remarks(text) == [
        (
            None,
            "the joint declaration",
            None,
            "the ministers agree to share the flood data of every station within the hour",
        )
    ]


@pytest.mark.parametrize(
    ("lede", "reference"),
    [
        ("Jane Scott was elected leader of the council.", "Cllr Scott"),
        ("Ravi Patel chaired the planning committee.", "Cllr. Patel"),
        ("Anna Nguyen opened the session.", "Cr Nguyen"),
        ("Omar Haddad arrived late.", "HE Haddad"),
    ],
)
def test_a_courtesy_title_is_never_part_of_a_name(lede, reference):
    text = f'{lede}\n\n{reference} added: "We will keep the promise."'
    [(speaker, *_rest)] = remarks(text)
    assert speaker == lede.split(" ")[0] + " " + reference.split()[-1]


def test_a_courtesy_title_and_a_surname_never_named_in_full_name_nobody():
    assert [r[0] for r in remarks('"We will keep the promise," said Cllr Obi.')] == [None]


@pytest.mark.parametrize(
    "cited",
    [
        "The meeting had an exciting atmosphere, according to Cllr Scott.",
        "According to Ms Scott, the meeting went well.",
        "Turnout was high, according to Jane Scott.",
    ],
)
def test_the_person_a_sentence_cites_with_according_to_is_the_next_pronouns(cited):
    text = (
        "Jane Scott was elected leader. Tom Reid was named her deputy.\n\n"
        f'{cited}\n\nShe said: "It is a great honour."'
    )
    assert [r[0] for r in remarks(text)] == ["Jane Scott"]


@pytest.mark.parametrize(
    "role",
    [
        "Russian President",
        "Japanese Prime Minister",
        "French Foreign Minister",
        "Former Army Chief",
        "Ex Samsung President",
        "Canadian Premier",
    ],
)
def test_a_people_or_a_post_given_up_before_a_title_names_no_institution(role):
    assert institution_in_role(role, Institutions(korean=False)) is None


def test_a_company_before_a_title_is_still_the_speakers_institution():
    assert institution_in_role("Naver Vice President", Institutions(korean=False)) == "Naver"


@pytest.mark.parametrize(
    "attribution",
    [
        "said Hwang before leaving for the venue",
        "said Hwang after the first session",
        "said the vice minister in a statement",
        "said Hwang at the border crossing",
    ],
)
def test_a_phrase_of_time_or_place_after_said_speaker_is_no_part_of_the_speaker(attribution):
    text = (
        "The delegation was headed by Vice Unification Minister Hwang Boo-gi.\n"
        f'"There are many issues to settle," {attribution}.'
    )
    assert [r[:2] for r in remarks(text)] == [("Hwang Boo-gi", "Vice Unification Minister")]


@pytest.mark.parametrize(
    "opening",
    [
        "In his opening Address (full copy) HE the Governor said:",
        "At the end of the sitting the Governor said:",
        "In her closing remarks H.E. the Governor told members:",
    ],
)
def test_a_phrase_before_the_subject_without_its_comma_leaves_the_title_it_ends_with(opening):
    text = (
        "The sitting opened with the entry of His Excellency Governor Nigel Phillips CBE.\n\n"
        f'{opening}\n\n"It gives me great pleasure to welcome you."'
    )
    assert [r[:2] for r in remarks(text)] == [("Nigel Phillips", "Governor")]


@pytest.mark.parametrize(
    "lede",
    [
        "His Excellency Governor Nigel Phillips opened the sitting.",
        "The Rt Hon Governor Nigel Phillips opened the sitting.",
    ],
)
def test_a_courtesy_before_a_title_is_no_part_of_the_role(lede):
    text = f'{lede} "We meet today," Phillips said.'
    assert [r[:2] for r in remarks(text)] == [("Nigel Phillips", "Governor")]


@pytest.mark.parametrize(
    ("lede", "role"),
    [
        (
            "A deal on joint steps is within reach, France's finance minister said on Thursday.",
            "France's finance minister",
        ),
        (
            "The plant will reopen next month after the repairs, Germany's economy minister said.",
            "Germany's economy minister",
        ),
        (
            "Prices are expected to fall by the end of the year, a central bank official said.",
            "a central bank official",
        ),
    ],
)
def test_an_unnamed_speaker_after_reported_speech_is_the_role_not_the_clause(lede, role):
    text = f'{lede}\n\n"We are moving forward," he said.'
    assert [r[:2] for r in remarks(text)] == [(None, role)]


@pytest.mark.parametrize(
    "attribution",
    [
        "said his New Zealand counterpart",
        "said a Samsung counterpart",
        "his Costa Rica counterpart said",
    ],
)
def test_a_place_or_a_body_before_a_persons_noun_is_no_name(attribution):
    text = (
        "Prime Minister Anthony Albanese met New Zealand Prime Minister Chris Hipkins in "
        f'Canberra.\n\n"We agree," {attribution}.'
    )
    assert [r[0] for r in remarks(text)] == [None]


def test_a_title_alone_with_a_possessive_keeps_it_as_the_unnamed_speakers_role():
    text = (
        "EU foreign policy chief Josep Borrell chaired the meeting.\n\n"
        '"We stand united," the EU\'s top diplomat said.'
    )
    assert [r[:2] for r in remarks(text)] == [(None, "the EU's top diplomat")]


COLE_SPOKE = (
    'Ann Cole, Minister for Trade, chaired the meeting.\n\n"We made progress," Ms Cole said.\n\n'
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition spokesman, Tom Reid, disagreed.",
        "Meanwhile opposition MP Tom Reid criticised the plan.",
        "Local farmer Tom Reid was at the meeting.",
    ],
)
def test_a_person_a_narrative_sentence_is_about_is_the_next_pronouns(sentence):
    text = f'{COLE_SPOKE}{sentence} "It is a failure," he said.'
    assert [r[0] for r in remarks(text)] == ["Ann Cole", "Tom Reid"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics including Tom Reid were unconvinced.",
        "The plan was criticised by Tom Reid, the opposition spokesman.",
        "For opposition leader Tom Reid, the plan fails.",
    ],
)
def test_a_pronoun_after_narrative_naming_someone_else_names_nobody(sentence):
    text = f'{COLE_SPOKE}{sentence} "It is a failure," he said.'
    assert [r[0] for r in remarks(text)] == ["Ann Cole", None]


def test_a_pronoun_after_narrative_naming_nobody_else_is_the_last_speakers():
    text = f'{COLE_SPOKE}The talks will resume in May. "It is a start," she said.'
    assert [r[0] for r in remarks(text)] == ["Ann Cole", "Ann Cole"]


def test_a_sentence_opening_with_a_titled_surname_makes_them_the_subject_despite_a_late_verb():
    text = (
        "Deputy Prime Minister Teo Chee Hean spoke at the luncheon.\n\n"
        '"Every company must be more productive," said Mr Teo.\n\n'
        "He was answering Mr Arnoud De Meyer, the moderator.\n\n"
        "Mr Teo restated that the Government means to help companies by urging firms to adopt "
        'best practices.\n\n"Firms that are not productive will have to make way," he added.'
    )
    assert [r[0] for r in remarks(text)] == ["Teo Chee Hean", "Teo Chee Hean"]


def test_a_pronoun_after_a_surname_two_people_share_names_nobody():
    text = (
        'President Lee Jae-myung met business leaders. "Companies matter," Lee said.\n\n'
        "Samsung Electronics Chairman Lee Jae-yong also attended.\n\n"
        'Lee said his company would invest. "We will invest," he said.'
    )
    assert [r[0] for r in remarks(text)] == ["Lee Jae-myung", None]


def test_they_is_the_group_last_speaking_never_one_person():
    text = (
        '"We stand together," the ministers said in a joint statement.\n\n'
        "Minister Mahuta reaffirmed her support for the bid.\n\n"
        '"We are firm supporters of free trade," they stated.'
    )
    assert [r[:2] for r in remarks(text)] == [(None, "the ministers"), (None, "the ministers")]


def test_speech_without_marks_after_a_paragraph_ending_in_a_speakers_label():
    text = (
        'Ministers met the mayors, and the Prime Minister spoke of "restarting" ties. '
        "Chair of the Caucus (and Mayor of Edmonton) Don Iveson:\n\n"
        "What we saw today was a commitment to work with us as partners.\n\n"
        "The Voice of Canada News:\n"
        "TORONTO — The premier met the mayors."
    )
    found = extract(text, JULY_1).as_dict()
    assert [(r["speaker"], r["quote"]) for r in found["remarks"]] == [
        ("Don Iveson", "What we saw today was a commitment to work with us as partners.")
    ]
    assert any("without marks" in flag for flag in found["flags"])


def test_a_place_before_two_posts_of_one_man_is_no_joint_subject():
    text = (
        "Ministers met in Da Nang.\n\n"
        "“The revolution has raised hopes,” explained Viet Nam Deputy Prime Minister and "
        "Foreign Minister Pham Binh Minh, Co-Chair of the Meeting."
    )
    assert remarks(text)[0][:2] == (
        "Pham Binh Minh",
        "Viet Nam Deputy Prime Minister and Foreign Minister",
    )


def test_a_quoted_clause_opening_a_paragraph_is_speech_though_its_attribution_is_cut_off():
    text = (
        "“APEC keeps growing,” said Deputy Prime Minister Pham Binh Minh.\n\n"
        "“We have set a shared future as our aim,” Deputy Prime Minister M"
    )
    assert [r[0] for r in remarks(text)] == ["Pham Binh Minh", "Pham Binh Minh"]


def test_a_clause_reported_before_its_speaker_makes_him_the_he_of_the_next_quote():
    text = (
        "Park Yong-man, chairman of the chamber, said he will seek a meeting.\n\n"
        "Among the guests were Samsung Vice Chairman Kwon Oh-hyun and SK Chairman Chey Tae-won.\n\n"
        "A breakfast meeting is set for Tuesday, Park said, noting that the talks will be long.\n\n"
        '"We are seeking a consensus," he said.'
    )
    assert remarks(text)[0][0] == "Park Yong-man"


def test_an_interviews_answers_are_the_words_of_the_person_interviewed():
    text = (
        "A lively conversation\n\n"
        "Interview with Premier Jennifer Smith, transcript.\n\n"
        "How do you plan to spend Christmas?\n\n"
        "A: With my family as usual.\n\n"
        "Q: Are you taking work home with you?\n\n"
        "A: I'm trying not to."
    )
    assert [r[:2] + r[3:] for r in remarks(text)] == [
        ("Jennifer Smith", "Premier", "With my family as usual."),
        ("Jennifer Smith", "Premier", "I'm trying not to."),
    ]


def test_an_answer_line_outside_an_interview_is_no_speech():
    assert remarks("Plan A: build the road.\n\nA: the first option is cheaper.") == []


def test_a_sentence_adverb_is_no_part_of_the_subject():
    text = (
        "Premier Kathleen Wynne met the deputy mayor.\n\n"
        "Instead, the Premier stated that “I had the meeting with the deputy mayor because he "
        "represents council.”"
    )
    assert remarks(text)[0][:2] == ("Kathleen Wynne", "Premier")


def test_a_signature_under_each_of_two_quotes_is_kept():
    text = (
        "“We will work together.”\n"
        "—The Rt. Hon. Justin Trudeau, Prime Minister of Canada\n"
        "“We will meet again.”\n"
        "—The Rt. Hon. Justin Trudeau, Prime Minister of Canada"
    )
    assert [r[0] for r in remarks(text)] == ["Justin Trudeau", "Justin Trudeau"]


def test_sentences_quoted_after_a_sentence_of_narrative_are_speech_left_for_review():
    # The narrative's bare first name is nobody the reader met: the quote is kept, unnamed,
    # never given to the other governor last spoken of.
    text = (
        "Governor of Sao Paulo Tarcisio de Freitas met Governor of Minas Gerais Romeu Zema.\n\n"
        "Zema said the two governments are “fully aligned” on the plan.\n\n"
        "Tarcísio endorsed the partnership. “The same purposes, the same goals, a lot of "
        "alignment. It will be good for both states and good for the country”."
    )
    found = remarks(text)
    assert [(r[0], r[3][:17]) for r in found] == [(None, "The same purposes")]


def test_a_sentence_quoted_after_narrative_needs_a_sentence_of_its_own():
    text = "Lee Jae-myung met business leaders. He called the plan “a good first step”."
    assert remarks(text) == []


def test_a_closing_mark_never_opened_before_a_dash_signature_is_a_signed_quote():
    text = (
        "Councilor Nick Harris said the council “must listen.”\n\n"
        "It appears that some Councilors are in violation. It is against the Charter.” "
        "— Mayor Heisler"
    )
    found = remarks(text)
    assert [(r[0], r[1], r[3][:14]) for r in found] == [(None, "Mayor", "It appears tha")]


def test_a_quote_signed_after_a_dash_on_its_line_is_the_signers():
    text = (
        "Minister Jane Doe met business leaders in Ottawa.\n\n"
        "“We will cut red tape for small firms this year” — Jane Doe"
    )
    assert remarks(text)[0][0] == "Jane Doe"


def test_verbs_of_saying_the_list_lacked_introduce_speech():
    text = (
        "Premier Kathleen Wynne met the deputy mayor.\n\n"
        "Wynne elucidated that “the relationship between the province and the city has to be "
        "with the city council, where the decisions are made.”"
    )
    assert remarks(text)[0][0] == "Kathleen Wynne"


def test_the_quotations_proposed_as_no_remark_are_counted_by_why():
    text = (
        "Minister Jane Doe opened the “Digital Industry Council” on Monday.\n\n"
        "Doe called the plan “a good first step”.\n\n"
        "“We will cut red tape this year,” Doe said.\n\n"
        "Doe said she would “bring the rules together"
    )
    assert extract(text, JULY_1).unproposed == {
        Unproposed.NAME: 1,
        Unproposed.PARTIAL: 1,
        Unproposed.UNCLOSED: 1,
    }


@pytest.mark.parametrize(
    "subject",
    ["A Downing Street spokesperson", "An Environment Canterbury official", "A White House aide"],
)
def test_a_post_described_at_a_sentences_start_names_nobody(subject):
    # Real en-110: "A Downing Street spokesperson said:" gave the speaker "Downing Street".
    text = f"The council met on Monday.\n\n{subject} said: “We will consult on the plan soon.”"
    [(speaker, role, _institution, _quote)] = remarks(text)
    assert speaker is None
    assert role.casefold() == subject.casefold()


def test_a_named_spokesperson_after_the_post_is_still_named():
    text = "A spokesperson for the ministry, Jane Doe, said: “We will consult on the plan soon.”"
    assert remarks(text)[0][0] == "Jane Doe"


def test_a_pages_date_glued_before_the_subject_is_no_part_of_it():
    text = "date 2018-06-04 Mayor Jane Doe said: “We will consult on the plan soon.”"
    assert remarks(text)[0][:2] == ("Jane Doe", "Mayor")


MAYOR_AND_MINISTER = (
    "Mayor Jane Doe chaired the council on Monday.\n\nMinister John Roe attended.\n\n"
)


@pytest.mark.parametrize("verb", ["averred", "enthused", "hailed", "remembered"])
def test_a_name_and_a_verb_the_lexicon_lacks_after_the_quotes_comma_speak(verb):
    text = f"{MAYOR_AND_MINISTER}“We will build the new library this year,” Doe {verb}."
    assert remarks(text)[0][:2] == ("Jane Doe", "Mayor")


@pytest.mark.parametrize(
    "after",
    [
        # A finished quote, then a sentence naming someone: whoever it is, not the last met.
        "“We will build the new library this year.” Doe averred.",
        # A surname nobody was named with in full.
        "“We will build the new library this year,” Smith averred.",
    ],
)
def test_a_quote_whose_sentence_names_someone_is_never_the_last_persons(after):
    speaker, _role, _institution, _quote = remarks(MAYOR_AND_MINISTER + after)[0]
    assert speaker is None


def test_the_other_pronoun_is_never_the_person_called_by_the_first():
    text = (
        "Mayor Jane Doe met Minister John Roe on Monday.\n\n"
        "She said: “We will build homes.”\n\n"
        "He replied: “And we will pay for them.”"
    )
    assert [r[0] for r in remarks(text)] == ["Jane Doe", None]


def test_a_pronoun_against_the_courtesy_the_article_gives_names_nobody():
    text = (
        "Mayor Jane Doe met Minister John Roe on Monday. Mr Roe thanked the council.\n\n"
        "“We will build homes,” she said."
    )
    assert remarks(text)[0][0] is None
    text = (
        "Mayor Jane Doe chaired the council. Ms Doe welcomed the plan.\n\n"
        "“We will build homes,” she said.\n\n“And schools,” she added."
    )
    assert [r[0] for r in remarks(text)] == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Batch 13 (en-186): the portfolio's place was read as the name's first word.
        (
            "Speaking ahead of the meeting, Secretary of State for Wales Alun Cairns said:",
            ("Alun Cairns", "Secretary of State for Wales", None),
        ),
        # Batch 13 (en-191): a place's initials and their stops are part of the post.
        (
            "Leaving the hall, N.S.W. Treasurer Jane Doe said:",
            ("Jane Doe", "N.S.W. Treasurer", None),
        ),
        # Batch 13 (en-189, en-190): a post held "in" a body, which a post owns ("the Prime
        # Minister's"), names no body.
        (
            "Minister in the Prime Minister's Office Jane Doe added:",
            ("Jane Doe", "Minister in the Prime Minister's Office", None),
        ),
        (
            "Ms Jane Doe, Minister in the Prime Minister’s Office, said:",
            ("Jane Doe", "Minister in the Prime Minister’s Office", None),
        ),
        # Batch 13 (en-196): the head's title after a body's "of" part is none of its name.
        (
            "At the hall, Liberal Party of Canada Leader, Jane Doe, said:",
            ("Jane Doe", "Liberal Party of Canada Leader", "Liberal Party of Canada"),
        ),
    ],
)
def test_a_post_printed_before_the_name_is_read_whole(sentence, expected):
    [(speaker, role, institution, _quote)] = remarks(f"{sentence} “We will help the towns.”")
    assert (speaker, role, institution) == expected


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # Batch 13 (en-193): the people named after the pronoun are what the sentence is about.
        ("She had met Minister John Roe and Premier Ann Cole about it last week.", "Jane Doe"),
        ("She introduced Minister John Roe to the council.", None),
        ("He had met Minister John Roe about it last week.", None),
    ],
)
def test_a_paragraph_quoted_whole_after_one_about_the_speaker_is_the_speakers(between, speaker):
    text = (
        "Mayor Jane Doe spoke to the council on Monday. She said the plan was ready.\n\n"
        f"{between}\n\n"
        "“We will build the homes this year.”"
    )
    assert remarks(text)[-1][0] == speaker
