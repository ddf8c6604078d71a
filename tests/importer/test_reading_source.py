"""The source: the publisher and the headline."""

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
