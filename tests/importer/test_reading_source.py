"""The source: the publisher and the headline."""

import re

import pytest

from council.importer.reading import extract
from tests.importer.helpers import JULY_1

QUOTE_EN = '"We will act," Kim said.'
QUOTE_KO = '김 장관은 "지원하겠다"고 말했다.'


def test_an_english_wire_dateline_names_the_publisher():
    text = f"SEOUL, July 1 (Yonhap) -- The ministry held a council.\n{QUOTE_EN}"
    assert extract(text, JULY_1).publisher == "Yonhap"


def test_a_korean_dateline_names_the_publisher():
    text = f"(서울=연합뉴스) 김민수 기자 = 중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == "연합뉴스"


def test_a_korean_dateline_in_square_brackets_names_the_publisher():
    text = f"[세종시=뉴스핌] 최영수 기자 = 중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == "뉴스핌"


def test_a_photo_credit_is_not_a_dateline():
    text = f"[사진=연합뉴스]\n중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == ""


def test_the_copyright_line_names_the_publisher():
    text = f"The ministry held a council.\n{QUOTE_EN}\nCopyright © The Korea Herald. All rights"
    assert extract(text, JULY_1).publisher == "The Korea Herald"


def test_a_korean_copyright_line_names_the_publisher():
    text = f"중기부는 1일 간담회를 열었다.\n{QUOTE_KO}\nCopyright ⓒ 뉴스1. All rights reserved."
    assert extract(text, JULY_1).publisher == "뉴스1"


def test_a_bracketed_byline_names_the_paper():
    text = f"[Asia Economy Reporter Moon Chae-seok]\nThe ministry held a council.\n{QUOTE_EN}"
    assert extract(text, JULY_1).publisher == "Asia Economy"


def test_a_byline_names_the_paper_in_its_second_field():
    text = (
        "Council meets\nBy HT Correspondent, Hindustan Times, New Delhi\n"
        f"The ministry held a council.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).publisher == "Hindustan Times"


def test_a_byline_with_the_writers_title_names_no_paper():
    text = f"Council meets\nBy Jane Roe, Senior Reporter\nThe ministry held a council.\n{QUOTE_EN}"
    assert extract(text, JULY_1).publisher == ""


def test_a_press_release_is_published_by_its_host():
    text = (
        "보도자료\n중기부, 소상공인과 간담회 열어\n"
        f"중소벤처기업부는 1일 소상공인 간담회를 열었다.\n{QUOTE_KO}"
    )
    found = extract(text, JULY_1)
    assert found.host == "중소벤처기업부"
    assert found.publisher == "중소벤처기업부"


def test_a_text_without_a_header_has_no_headline():
    text = f"The ministry held a council with merchants on Tuesday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).title == ""


def test_a_breadcrumb_before_the_headline_is_dropped():
    text = f"Home / India News / PM chairs meet with ministers\nThe PM met ministers.\n{QUOTE_EN}"
    assert extract(text, JULY_1).title == "PM chairs meet with ministers"


def test_a_video_pages_channel_after_the_headline_is_the_publisher():
    text = f"장관, 소상공인 만나 지원 약속 / 연합뉴스 (Yonhapnews)\n중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    found = extract(text, JULY_1)
    assert (found.title, found.publisher) == ("장관, 소상공인 만나 지원 약속", "연합뉴스")


def test_a_labelled_subject_is_the_headline():
    text = (
        "Ministry Logo\nSubject Minister Hong Hears the Difficulties of Small Merchants\n"
        f"The ministry met merchants.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).title == "Minister Hong Hears the Difficulties of Small Merchants"


def test_skip_links_and_the_weather_are_not_the_headline():
    text = (
        "연합뉴스 본문 바로가기 메뉴 바로가기\n• 흐림서울 17.3℃\n치협, 연구원 법안 통과까지 총력\n"
        f"중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    )
    assert extract(text, JULY_1).title == "치협, 연구원 법안 통과까지 총력"


def test_of_two_header_lines_the_headline_is_the_one_that_tells_of_the_article():
    text = (
        "뉴스 검색어 입력 양식\n황희 장관, 청년예술인과 소통\n"
        '황희 장관은 1일 청년예술인과 만났다.\n황 장관은 "듣겠다"고 말했다.'
    )
    assert extract(text, JULY_1).title == "황희 장관, 청년예술인과 소통"


def test_a_long_quotation_above_the_article_is_not_its_headline():
    quote = " ".join(["word"] * 30)
    text = f'"{quote}" (Cho Sung-wook, Chairman of the Commission)\nThe ministry met.\n{QUOTE_EN}'
    assert extract(text, JULY_1).title == ""


def test_a_quotation_with_its_speaker_in_brackets_above_the_article_is_not_its_headline():
    text = (
        '"I never gave false testimony, I answered every question." (President Jung)\n'
        f"The audit went on for days.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).title == ""


def test_a_dateline_in_lenticular_brackets_names_the_publisher():
    text = f"【서울=뉴시스】김민수 기자 = 중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == "뉴시스"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지", "매일경제"),
        ("[ⓒ 한국경제TV, 무단 전재 및 재배포 금지]", "한국경제TV"),
        ("<저작권자 © 뉴시스, 무단 전재 및 재배포 금지>", "뉴시스"),
        ("Copyright © 2024 The Korea Herald. All Rights Reserved.", "The Korea Herald"),
        # Batch 13 (ko-204): the site's slogan first, its name printed with its address.
        ("<ⓒ경제를 읽는 눈, 한빛경제(www.hanbit-econ.co.kr) 무단전재 배포금지>", "한빛경제"),
        (
            "Copyright © The Harbour Times (www.harbourtimes.com). All rights reserved.",
            "The Harbour Times",
        ),
    ],
)
def test_copyright_lines_in_their_many_forms_name_the_publisher(line, publisher):
    text = f"중기부는 1일 간담회를 열었다.\n{QUOTE_KO}\n{line}"
    assert extract(text, JULY_1).publisher == publisher


def test_a_release_without_a_host_is_published_by_the_body_heading_it():
    text = (
        "FOR IMMEDIATE RELEASE\nMinistry of Trade, Industry and Energy\nMOTIE to pay for tests\n"
        f"Testing costs will be paid for suppliers this year.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).publisher == "Ministry of Trade, Industry and Energy"


def test_a_dateline_at_the_articles_end_names_the_publisher_and_the_city():
    text = f"국무위원들은 1일 국무회의를 열었다.\n{QUOTE_KO} (세종=연합뉴스)"
    found = extract(text, JULY_1)
    assert (found.publisher, found.city) == ("연합뉴스", "세종")


def test_a_korean_headline_ending_in_a_quotations_verb_is_the_headline():
    text = f"권칠승 “법률 지원비 올려 돕겠다”\n권칠승 장관은 8일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).title == "권칠승 “법률 지원비 올려 돕겠다”"


def test_a_korean_first_sentence_with_its_full_stop_is_no_headline():
    text = f"권칠승 장관은 8일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).title == ""


@pytest.mark.parametrize("label", ["(단위=억원)", "[정리=김민수 기자]", "[그래픽=연합뉴스]"])
def test_a_label_written_like_a_dateline_names_no_publisher(label):
    text = f"{label}\n중기부는 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == ""


def test_korean_photo_credit_after_a_caption_names_the_paper_but_a_body_handing_it_out_does_not():
    caption = "- ▲ 오다은 군수가 발언하고 있다.{}\n"
    body = '한빛군은 1일 군청에서 간담회를 열었다. 오다은 군수는 "고맙다"고 말했다.'
    assert extract(caption.format("ⓒ한빛일보") + body, JULY_1).publisher == "한빛일보"
    assert extract(caption.format(" ⓒ한빛군 제공") + body, JULY_1).publisher == ""


def test_a_boards_press_release_tag_is_no_word_of_the_headline():
    text = (
        "한빛위원회 위원장 초청 간담회[보도자료]\n"
        '한빛위원회는 1일 간담회를 열었다. 오다은 위원장은 "고맙다"고 말했다.'
    )
    assert extract(text, JULY_1).title == "한빛위원회 위원장 초청 간담회"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("By Reuters", "Reuters"),
        ("by AFP |", "AFP"),
        ("Chennai, Mar 3 (PTI) The state cabinet met on Monday.", "PTI"),
        ("The ministry will publish its plan next week, officials said. (AFP)", "AFP"),
        ("The Daily Gazette", "The Daily Gazette"),
        ("부산일보", "부산일보"),
        ("Political correspondent, Channel Four News", "Channel Four News"),
        ("[Seoul Economy Daily Busan=Reporter Kim Ha-na]", "Seoul Economy Daily"),
        ("[경남소식뉴스 = 최민호기자]", "경남소식뉴스"),
        ("[대구미디어한결=한결]", "대구미디어한결"),
        ("남부일보(www.nambu.co.kr), 무단전재 및 재배포 금지", "남부일보"),
        ("(C) COPYRIGHT 2004 THE DAILY KOREA", "THE DAILY KOREA"),
        ("ISSUED BY THE MINISTRY OF HEALTH", "Ministry of Health"),
        ("Ministry of Ports - Press releases", "Ministry of Ports"),
        ("회의 후 소식 (남해타임스) 군수가 말했다.", "남해타임스"),
    ],
)
def test_publishers_printed_in_bylines_mastheads_sign_offs_and_notices(line, publisher):
    korean = any("가" <= ch <= "힣" for ch in line)
    body = (
        f"중기부는 1일 간담회를 열었다.\n{QUOTE_KO}" if korean else f"The council met.\n{QUOTE_EN}"
    )
    assert extract(f"{body}\n{line}", JULY_1).publisher == publisher


def test_an_issued_by_line_comes_before_the_sites_copyright():
    text = (
        f"The council met.\n{QUOTE_EN}\nISSUED BY THE MINISTRY OF HEALTH\n"
        "© 2001 Department of Welfare, Republic of Nowhere"
    )
    assert extract(text, JULY_1).publisher == "Ministry of Health"


@pytest.mark.parametrize("line", ["Title Image", "Image Caption", "Photo"])
def test_a_pictures_label_is_no_headline(line):
    assert extract(f"{line}\nThe council met on Monday.\n{QUOTE_EN}", JULY_1).title == ""


def test_a_date_stamp_before_the_headline_is_dropped():
    text = (
        f"date 2026-06-30 Premier to meet farm leaders at state house\nThe council met.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).title == "Premier to meet farm leaders at state house"


def test_a_line_cut_off_mid_sentence_is_no_headline():
    text = f"Every release should be brief and end at the\nThe council met.\n{QUOTE_EN}"
    assert extract(text, JULY_1).title == ""


def test_a_lede_quote_alone_or_a_captions_sentence_is_no_headline_but_a_quoted_headline_is():
    lede = "“주민의 목소리를 끝까지 듣고 풀겠습니다.”"
    caption = "| 군이 1일 회의실에서 위원회 출범식을 개최했다.(군 제공) |"
    for line in (lede, caption):
        text = f"{line}\n군은 1일 회의를 열었다.\n{QUOTE_KO}"
        assert extract(text, JULY_1).title == ""
    text = f"“회의 한 번 더 열어 달라”\n군은 1일 회의를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).title == "“회의 한 번 더 열어 달라”"


def test_a_meetings_name_with_its_number_or_day_is_the_headline():
    for title in ("5th Ministerial Meeting on Exports", "Fisheries Council, Monday 4 May 2026"):
        text = f"{title}\nThe ministers met on Monday to discuss exports.\n{QUOTE_EN}"
        assert extract(text, JULY_1).title == title


def test_of_header_lines_in_two_languages_the_one_in_the_articles_words_is_the_headline():
    text = (
        "Construire l’avenir numérique\nPorts council meets ministers on the harbour plan\n"
        f"The ports council met ministers on Monday to discuss the harbour plan.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).title == "Ports council meets ministers on the harbour plan"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Reuters | Paris | Updated: 09-04-2020 23:06 IST", "Reuters"),
        ("Morgan Modjeski | CBC News | Posted: October 25, 2019 9:08 PM", "CBC News"),
        ("Jane Doe | The Daily Star | 3 March 2021", "The Daily Star"),
    ],
)
def test_a_dated_byline_of_fields_between_pipes_names_the_outlet(line, publisher):
    text = f"Ministers meet in Paris\n{line}\nThe ministers met on Thursday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).publisher == publisher


def test_a_menu_of_fields_between_pipes_names_no_publisher():
    text = f"Home | World News | Sports\nThe ministers met on Thursday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).publisher == ""


def test_a_wires_byline_names_the_city_it_files_from():
    text = f"Reuters | Brussels | Updated: 09-04-2020\nThe ministers met on Thursday.\n{QUOTE_EN}"
    assert extract(text, JULY_1).city == "Brussels"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Xinhua, December 11, 2015 Adjust font size:", "Xinhua"),
        ("AFP, March 3, 2020", "AFP"),
        ("Source: National News Agency", "National News Agency"),
        ("Via Reuters", "Reuters"),
        ("The Indian Express (Delhi Edition)", "The Indian Express"),
    ],
)
def test_a_wire_before_its_date_a_source_label_or_a_masthead_names_the_publisher(line, publisher):
    text = f"The ministers met on Thursday.\n{QUOTE_EN}\n{line}"
    assert extract(text, JULY_1).publisher == publisher


def test_a_source_label_of_a_body_names_no_publisher():
    text = f"The ministers met on Thursday.\n{QUOTE_EN}\nSource: Ministry of Finance"
    assert extract(text, JULY_1).publisher == ""


@pytest.mark.parametrize("label", ["Social Media Profiles:", "Related Topics:", "Share This:"])
def test_a_pages_label_over_the_headline_is_no_sentence_and_hides_no_headline(label):
    text = (
        f"Sunday, May 26\n{label}\nJarrah after ministerial meeting: We have finished the draft\n"
        f"The committee met on Sunday.\n{QUOTE_EN}"
    )
    assert extract(text, JULY_1).title == (
        "Jarrah after ministerial meeting: We have finished the draft"
    )


@pytest.mark.parametrize(
    ("byline", "publisher", "city"),
    [
        ("[천지일보 대전=김지현 기자]", "천지일보", "대전"),
        ("[뉴스핌 광주=이미애 기자]", "뉴스핌", "광주"),
        ("[아시아경제 문채석 기자]", "아시아경제", None),
    ],
)
def test_a_bracketed_korean_byline_names_the_paper_and_the_city_filed_from(byline, publisher, city):
    text = f"{byline} 중기부는 21일 간담회를 열었다. 오 장관은 “함께 하자”고 말했다."
    found = extract(text, JULY_1)
    assert (found.publisher, found.city or None) == (publisher, city)


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        # The paper, then its reporter.
        ("[한빛일보=박서연 기자]", "한빛일보"),
        ("[새날신문=박서연 선임기자]", "새날신문"),
        # A place, then the paper and its reporter.
        ("[영암=한빛경제 전남취재본부 박서연 기자]", "한빛경제"),
        # A place, then only a reporter: no paper is named.
        ("[영암=박서연 기자]", ""),
        # A slash between the paper and its reporter.
        ("[한빛일보 / 박서연 기자] =", "한빛일보"),
    ],
)
def test_a_korean_byline_names_the_paper_never_its_reporter(byline, publisher):
    text = f"{byline} 군은 1일 간담회를 열었다.\n{QUOTE_KO}"
    assert extract(text, JULY_1).publisher == publisher


@pytest.mark.parametrize(
    ("lede", "publisher"),
    [
        ("한빛일보 = 박서연 기자  | 군은 1일 간담회를 열었다.", "한빛일보"),
        ("한빛통신 박서연기자 기자 | 군은 1일 간담회를 열었다.", "한빛통신"),
        ("한빛연합 (HBTV) 박서연 기자 | 군은 1일 간담회를 열었다.", "한빛연합"),
        ("(한빛일보 박서연 기자) 군은 1일 간담회를 열었다.", "한빛일보"),
        ("[한빛저널] 군은 1일 간담회를 열었다.", "한빛저널"),
        ("군은 1일 간담회를 열었다.\n/한빛뉴스", "한빛뉴스"),
        # A section's label in brackets, a place before a reporter: no paper.
        ("[인터뷰] 군은 1일 간담회를 열었다.", ""),
        ("서울 박서연 기자 | 군은 1일 간담회를 열었다.", ""),
    ],
)
def test_a_korean_ledes_byline_names_the_paper(lede, publisher):
    assert extract(f"{lede}\n{QUOTE_KO}", JULY_1).publisher == publisher


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Ministry holds third joint meeting on trade 2026-06-30",
            "Ministry holds third joint meeting on trade",
        ),
        ("date 2026-06 협의회 민선 9기 임원진 선임 마쳐", "협의회 민선 9기 임원진 선임 마쳐"),
        (
            "[26.6.30] 협의회 대표회장, 행정안전부 장관 면담",
            "협의회 대표회장, 행정안전부 장관 면담",
        ),
        ("[국무조정실][보도자료] 출입기자단 공관 오찬", "출입기자단 공관 오찬"),
        (
            "News story: Minister meets the farming roundtable",
            "Minister meets the farming roundtable",
        ),
    ],
)
def test_a_pages_date_stamp_tag_or_kind_is_no_word_of_the_headline(headline, title):
    body = QUOTE_KO if re.search("[가-힣]", headline) else QUOTE_EN
    assert extract(f"{headline}\n\n{body}", JULY_1).title == title
