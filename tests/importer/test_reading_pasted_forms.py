"""What a paste can do to an article's characters, undone at clean-up: the same remarks.

Each class of ``council.importer.perturbations`` the reader lost quotes or names to, on
invented sentences.
"""

import textwrap

import pytest

from council.importer.reading import extract
from council.importer.reading.cleanup import GLUED_CREDIT_KO, paragraphs_of, prepare
from tests.importer.helpers import JULY_1, remarks

ENGLISH = (
    "The Ministry of SMEs and Startups held its council in Sejong on Monday.\n\n"
    "“We will expand the programme to every province,” Minister Kim Min-ji said.\n\n"
    "“The budget will double next year,” she added."
)
KOREAN = (
    "중소벤처기업부는 1일 세종에서 정책협의회를 열었다.\n\n"
    "김민지 중소벤처기업부 장관은 “지원 사업을 모든 지역으로 넓히겠다”고 말했다."
)


@pytest.mark.parametrize("article", [ENGLISH, KOREAN])
@pytest.mark.parametrize(
    "marks",
    [
        {"“": "&ldquo;", "”": "&rdquo;"},
        {"“": "&quot;", "”": "&quot;"},
        {"“": "&#8220;", "”": "&#x201D;"},
        {"“": "«", "”": "»"},
        {"“": "„", "”": "“"},
        {"“": "″", "”": "″"},
        {"“": "''", "”": "''"},
        {"“": "＂", "”": "＂"},
    ],
)
def test_quotation_marks_as_entities_or_of_other_keyboards_give_the_same_remarks(article, marks):
    pasted = article.replace("“", marks["“"]).replace("”", marks["”"])
    assert remarks(pasted) == remarks(article)
    assert remarks(article)


@pytest.mark.parametrize(
    "invisible",
    ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"],
)
def test_characters_that_print_nothing_are_dropped_even_inside_a_name(invisible):
    pasted = ENGLISH.replace("Min-ji", f"Min{invisible}-ji").replace(
        "province", f"prov{invisible}ince"
    )
    assert remarks(pasted) == remarks(ENGLISH)


def test_entities_are_decoded_only_when_closed_by_their_semicolon():
    assert (
        prepare("R&D at AT&T, Q&amp;A&nbsp;session &copy 2026")
        == "R&D at AT&T, Q&A session &copy 2026"
    )


def test_two_spaces_after_a_full_stop_and_spaces_at_a_lines_end_change_nothing():
    pasted = KOREAN.replace("열었다.", "열었다.  ").replace("장관은 ", "장관은  ")
    assert remarks(pasted) == remarks(KOREAN)


def test_a_web_lists_bullet_and_its_indent_are_dropped():
    pasted = "\n".join(f"  • {line}" if line else line for line in ENGLISH.split("\n"))
    assert remarks(pasted) == remarks(ENGLISH)
    assert (
        extract(pasted, JULY_1).remarks[0].quote == "We will expand the programme to every province"
    )


def test_windows_line_ends_and_no_break_spaces_change_nothing():
    pasted = ENGLISH.replace("\n", "\r\n").replace(" said", "\u00a0said")
    assert remarks(pasted) == remarks(ENGLISH)


def test_corner_brackets_of_older_korean_print_are_quotation_marks():
    for opening, closing in [("「", "」"), ("『", "』")]:
        pasted = KOREAN.replace("“", opening).replace("”", closing)
        assert remarks(pasted) == remarks(KOREAN)


def test_a_short_article_wrapped_between_blank_lines_has_its_paragraphs_rejoined():
    # Two lines that go on mid-sentence are enough where blank lines end the paragraphs.
    article = (
        "종로구는 1일 구청에서 주민과 함께하는 현장 소통 간담회를 열고 생활 불편 사항을 들었다.\n\n"
        "박 구청장은 “구민을 직접 만나 현장의 목소리를 들으면 꼭 필요한 행정이 무엇인지 몸으로 "
        "느끼게 된다”면서 “주민 불편은 담당자가 곧바로 현장을 확인해 빠르게 조치하고 결과를 바로 "
        "알리고, 다음 달에는 동별로 찾아가는 간담회를 열어 더 많은 주민의 이야기를 듣겠다”고 밝혔다.\n\n"
        "박영수 종로구청장은 이날 주민 30여 명과 만났다."
    )
    wrapped = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in article.split("\n\n"))
    assert len(wrapped.split("\n")) > len(article.split("\n"))
    assert remarks(wrapped) == remarks(article)
    assert len(remarks(article)) == 2


def test_a_hard_wrapped_korean_articles_paragraphs_are_not_read_again_as_captions():
    article = (
        "“공청회 하루 더 열고 법안심사도 늘려달라”\n\n김상희 의원\n\n"
        "국회 보건복지위원회는 14일 전체회의를 열고 남은 법안의 처리 일정을 논의했다.\n\n"
        "김상희 더불어민주당 의원은 이날 회의에서 “할 수 있는 일은 끝까지 해야 한다. 공청회도 "
        "하루쯤 더 열고 법안심사도 하루이틀 늘려달라”고 요청했다.\n\n"
        "김 의원은 “남은 기간 안에 공청회를 열어 제정법 76건을 처리해야 하는 형편”이라며 “이런 "
        "뜻을 전하려고 간사들에게 전화했지만 받지 않았다. 이래서는 곤란하다”고 지적했다.\n\n"
        "김명연 자유한국당 의원은 “나는 법안심사를 피할 생각이 없다. 법안을 올릴 때 국회는 꼼꼼한 "
        "사전 검토를 거쳐야 한다”고 말했다.\n\n"
        "회의는 오후 6시에 끝났다."
    )
    wrapped = "\n\n".join(textwrap.fill(paragraph, 40) for paragraph in article.split("\n\n"))
    assert remarks(wrapped) == remarks(article)
    assert [speaker for speaker, *_ in remarks(article)] == ["김상희"] * 3 + ["김명연"]


JOINED_ENGLISH = (
    "The Ministry of SMEs and Startups held its regional council in Sejong on Monday with the "
    "heads of twelve provincial business associations and three banks.\n\n"
    "“We will expand the programme to every province. No town will be left out,” Minister Kim "
    "Min-ji said at the opening of the meeting.\n\n"
    "The associations asked for faster loans and for a single office to handle applications.\n\n"
    "“The budget will double next year, and the new office opens in March,” she added.\n\n"
    "Park Jun-ho, chairman of the Gangwon Business Association, welcomed the plan.\n\n"
    "“Our members have waited for this for three years,” Park said after the meeting."
)
JOINED_KOREAN = (
    "“지역 중소기업 지원 늘린다” 중소벤처기업부, 세종서 정책협의회\n\n"
    "사진은 김민지 장관이 1일 회의에서 발언하고 있다. 2026.7.1/뉴시스 ⓒ 뉴시스 사진기자\n\n"
    "(세종=뉴시스) 박철수 기자 = 중소벤처기업부는 1일 세종에서 지역 경제단체장들과 정책협의회를 열었다.\n\n"
    "김민지 중소벤처기업부 장관은 “지원 사업을 모든 지역으로 넓히겠다. 한 곳도 빠지지 않게 하겠다”고 "
    "말했다.\n\n"
    "참석자들은 대출 심사 기간을 줄이고 신청 창구를 하나로 합쳐 달라고 요청했다. 은행 세 곳의 "
    "대표들도 지역 기업 전용 상품을 내놓겠다고 약속했다.\n\n"
    "박준호 강원경제인협회장은 “회원사들이 3년을 기다려 온 계획”이라며 “환영한다”고 밝혔다.\n\n"
    "김 장관은 “내년 예산을 두 배로 늘리겠다”고 덧붙였다."
)


@pytest.mark.parametrize("article", [JOINED_ENGLISH, JOINED_KOREAN])
def test_an_article_pasted_on_one_line_has_its_paragraphs_recovered(article):
    joined = " ".join(article.split("\n\n"))
    assert remarks(joined) == remarks(article)
    assert len(remarks(article)) >= 3


def test_a_quote_of_several_sentences_on_a_joined_line_stays_whole():
    joined = " ".join(JOINED_ENGLISH.split("\n\n"))
    assert "\n“We will expand the programme to every province. No town will be left out,” " in (
        prepare(joined)
    )


def test_a_long_paragraph_with_one_quotation_is_left_as_it_is():
    paragraph = " ".join(["The council met in Sejong on Monday and heard the provinces."] * 12)
    article = f"Council meets in Sejong\n\n{paragraph} “We will act,” Kim said."
    assert prepare(article) == article


SHORT_ARTICLE = (
    "Regional council meets in Sejong\n\n"
    "Updated 14:02 July 1, 2026\n\n"
    "The Ministry of SMEs and Startups held its regional council in Sejong on Monday.\n\n"
    "The heads of twelve provincial business associations asked for faster loans.\n\n"
    "“We will answer every application within a week,” Minister Kim Min-ji said.\n\n"
    "The council meets again in October.\n\n"
    "Share Facebook Twitter Email"
)


def test_an_article_whose_only_line_is_its_paragraphs_joined_is_cut_with_one_quotation():
    # The whole text one line, the page's timestamp and share buttons in it: no shorter line
    # is left to tell a long paragraph from it, and whole, it would read as the page's debris.
    joined = " ".join(SHORT_ARTICLE.split("\n\n"))
    assert remarks(joined) == remarks(SHORT_ARTICLE)
    assert [speaker for speaker, *_ in remarks(joined)] == ["Kim Min-ji"]


def test_a_joined_line_in_single_marks_keeps_a_quote_of_two_sentences_whole():
    article = (
        "The council met in Sejong on Monday with the heads of twelve provincial associations.\n\n"
        "Minister Kim Min-ji said of the plan, 'The budget will double next year. "
        "The new office opens in March.'\n\n"
        "Park Jun-ho, chairman of the Gangwon Business Association, said the plan was "
        "'long awaited.'\n\n"
        "'Our members have waited for this for three years.\n\n"
        "'We will hold the ministry to it,' Park said after the meeting.\n\n"
        "The council meets again in October, the ministry's spokesman said."
    )
    joined = " ".join(article.split("\n\n"))
    assert (
        "'The budget will double next year. The new office opens in March.'"
        in (prepare(joined).split("\n\n")[1])
    )
    # A quote over paragraphs reopens the next one, in single marks as in double.
    assert "\n'We will hold the ministry to it,' Park said" in prepare(joined)


def test_a_quote_over_paragraphs_on_a_joined_line_reopens_its_next_paragraph():
    article = JOINED_ENGLISH.replace(
        "\n\nThe associations asked",
        "\n\n“Every application will be answered within a week.\n\n"
        "“That is our promise to the regions,” she said.\n\nThe associations asked",
    )
    joined = " ".join(article.split("\n\n"))
    assert "\n“That is our promise to the regions,” she said." in prepare(joined)
    assert remarks(joined) == remarks(article)


CAPTIONED_KOREAN = (
    "중기부, 세종서 지역 정책협의회\n\n"
    "김민지 중소벤처기업부 장관이 1일 세종에서 열린 정책협의회에서 발언하고 있다.{glue}{credit}\n\n"
    "중소벤처기업부는 1일 세종에서 지역 경제단체장들과 정책협의회를 열었다.\n\n"
    "김민지 장관은 “지원 사업을 모든 지역으로 넓히겠다”고 말했다.\n\n"
    "박준호 강원경제인협회장은 “회원사들이 3년을 기다려 온 계획”이라며 “환영한다”고 밝혔다.\n\n"
    "김 장관은 “내년 예산을 두 배로 늘리겠다”고 덧붙였다."
)


@pytest.mark.parametrize(
    "credit", ["ⓒ중소벤처기업부 제공", "(제공: 중소벤처기업부) ⓒ예시일보 2026.7.1", "ⓒ예시일보"]
)
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_photos_credit_glued_before_the_next_sentence_closes_its_caption(credit, glue):
    # At the next paragraph's start, the credit read as the page's notice ended the article.
    article = CAPTIONED_KOREAN.format(credit=credit, glue=glue)
    joined = " ".join(article.split("\n\n"))
    assert remarks(joined) == remarks(article)
    assert len(remarks(joined)) == 4


def test_a_copyright_notice_glued_mid_line_is_no_photos_credit():
    assert not GLUED_CREDIT_KO.match(" ⓒ 예시일보 무단전재 및 재배포 금지 김 장관은 말했다.")


def test_a_photographers_credit_glued_before_the_next_sentence_is_no_speaker():
    article = (
        "중기부, 세종서 지역 정책협의회\n\n"
        "김민지 중소벤처기업부 장관이 1일 세종에서 열린 정책협의회에서 발언하고 있다. 정태호 기자\n\n"
        "중소벤처기업부는 1일 세종에서 지역 경제단체장들과 정책협의회를 열었다.\n\n"
        "김민지 장관은 “지원 사업을 모든 지역으로 넓히겠다”고 말했다.\n\n"
        "참석자들이 김 장관의 발언을 듣고 있다. 왼쪽부터 박준호 강원경제인협회장, 김 장관. 정태호 기자\n\n"
        "김 장관은 이어 “내년 예산을 두 배로 늘리겠다”고 덧붙였다."
    )
    joined = " ".join(article.split("\n\n"))
    assert remarks(joined) == remarks(article)
    assert [speaker for speaker, *_ in remarks(joined)] == ["김민지", "김민지"]


def test_a_decks_stray_closing_mark_leaves_no_quotation_open_on_a_joined_line():
    article = (
        '-지역 중소기업 지원 늘린다"\n\n'
        '-"모든 지역으로 넓히겠다... 한 곳도 빠지지 않게"\n\n'
        "중소벤처기업부는 1일 세종에서 지역 경제단체장들과 정책협의회를 열었습니다.\n\n"
        '김민지 장관은 "지원 사업을 모든 지역으로 넓히겠다"고 말했습니다.\n\n'
        '박준호 강원경제인협회장은 "회원사들이 3년을 기다려 온 계획"이라며 "환영한다"고 밝혔습니다.\n\n'
        '김 장관은 "내년 예산을 두 배로 늘리겠다"고 덧붙였습니다.'
    )
    joined = " ".join(article.split("\n\n"))
    assert "\n김민지 장관은" in prepare(joined)
    assert remarks(joined)[-3:] == remarks(article)[-3:]


def test_a_speaker_in_brackets_under_a_quote_stays_with_it_on_a_joined_line():
    article = (
        "The week in sayings, from the regional council in Sejong.\n\n"
        '"We will answer every application within a week." (Kim Min-ji, Minister of SMEs and '
        "Startups, at the regional council in Sejong)\n\n"
        '"Our members have waited for this for three years." (Park Jun-ho, Chairman of the '
        "Gangwon Business Association)\n\n"
        "The council meets again in October, when the ministry will report on the programme."
    )
    joined = " ".join(article.split("\n\n"))
    assert "\n\n(Kim Min-ji" not in prepare(joined)
    assert remarks(joined) == remarks(article)
    assert [speaker for speaker, *_ in remarks(joined)] == ["Kim Min-ji", "Park Jun-ho"]


def test_a_contact_glued_before_a_paragraph_printed_again_ends_its_line():
    paragraph = '김민지 장관은 1일 세종에서 "지원 사업을 모든 지역으로 넓히겠다"고 말했습니다.'
    article = (
        "중기부, 세종서 지역 정책협의회\n\n"
        "중소벤처기업부는 1일 세종에서 지역 경제단체장들과 정책협의회를 열었습니다. 참석자들은 "
        "대출 심사 기간을 줄이고 신청 창구를 하나로 합쳐 달라고 요청했습니다.\n\n"
        f"{paragraph}\n\n"
        "기사 문의 및 제보 : 박철수(park@example.co.kr)\n\n"
        f"{paragraph}\n\n"
        "기사 문의 및 제보 : 박철수(park@example.co.kr)"
    )
    joined = " ".join(article.split("\n\n"))
    assert remarks(joined) == remarks(article)
    assert len(remarks(joined)) == 1


def test_full_width_punctuation_mixed_with_half_width_reads_as_half_width():
    article = (
        "중소벤처기업부는 1일 세종에서 정책협의회를 열었다.\n\n"
        "김민지 중소벤처기업부 장관은 “지원 사업을 모든 지역으로 넓히겠다. 한 곳도 빠지지 않게 "
        "하겠다”고 말했다.\n\n"
        '박준호 강원경제인협회장은 "회원사들이 3년을 기다려 온 계획"이라며 "환영한다"고 밝혔다.\n\n'
        "김 장관은 이어 “내년 예산을 두 배로 늘리겠다”고 덧붙였다."
    )
    pasted = (
        article.replace("열었다.", "열었다．")
        .replace("넓히겠다.", "넓히겠다．")
        .replace("밝혔다.", "밝혔다．")
        .replace('계획"이라며', '계획"이라며，')
    )
    assert remarks(pasted) == remarks(article)
    assert [speaker for speaker, *_ in remarks(pasted)] == ["김민지", "박준호", "박준호", "김민지"]


WRAPPED_RELEASE = (
    "The Ministry of SMEs and Startups held its regional council\n"
    "in Sejong on Monday with the heads of twelve provincial\n"
    "business associations and three banks.\n\n"
    "“We will expand the programme to every province and answer\n"
    "each application within a week, whatever the government\n"
    "decides about the budget,” Minister Kim Min-ji said.\n\n"
    "“The year-round office will be first in line,” she\n"
    "added at the close of the meeting, before the associations\n"
    "presented their own proposals to the ministry."
)


def test_a_word_hyphenated_at_a_line_end_is_one_word_without_its_hyphen():
    pasted = WRAPPED_RELEASE.replace("provincial\nbusiness", "provin-\ncial business").replace(
        "the government\ndecides", "the govern-\nment decides"
    )
    assert remarks(pasted) == remarks(WRAPPED_RELEASE)
    assert "the government decides" in extract(pasted, JULY_1).remarks[0].quote


@pytest.mark.parametrize(
    "broken",
    [
        "self-\nemployed",  # a compound's usual first half
        "year-\nround",  # printed hyphenated in another paragraph
        "Kim Min-\nji",  # a romanised given name
    ],
)
def test_a_compounds_or_a_names_own_hyphen_at_a_line_end_is_kept(broken):
    pasted = WRAPPED_RELEASE.replace("the government\ndecides", f"{broken} decides")
    assert remarks(pasted)[0][3].endswith(
        f"whatever {broken.replace(chr(10), '')} decides about the budget"
    )


LONG_WRAPPED_RELEASE = WRAPPED_RELEASE + (
    "\n\nPark Jun-ho, chairman of the Gangwon Business Association, welcomed\n"
    "the plan and said his members had asked for it for three years.\n\n"
    "“Our members have waited for this for three years, and we will hold\n"
    "the ministry to every word of it,” Park said after the meeting."
)


@pytest.mark.parametrize(
    "page_break",
    [
        "\n\n- 2 -\n\nMinistry of SMEs and Startups  1 July 2026\n\n",
        "\n\nPage 2 of 3\n\nMinistry of SMEs and Startups  1 July 2026\n\n",
        "\n\nMinistry of SMEs and Startups\n\n2 / 3\n\n",
    ],
)
def test_a_pdfs_page_number_and_running_head_inside_a_paragraph_are_left_out(page_break):
    # The page's foot and the next one's head printed between two lines of one paragraph;
    # the sender's name without a date is known as printed on every page.
    article = LONG_WRAPPED_RELEASE + "\n\nMinistry of SMEs and Startups"
    pasted = article.replace("and we will hold\n", f"and we will hold{page_break}")
    assert remarks(pasted) == remarks(article)
    assert remarks(pasted)[-1][:1] == ("Park Jun-ho",)
    assert "hold the ministry" in remarks(pasted)[-1][3]


def test_a_page_break_between_paragraphs_still_ends_the_paragraph_before_it():
    # Blank lines before the page's foot beside its own: the paragraph ended there.
    pasted = LONG_WRAPPED_RELEASE.replace(
        "she\nadded at the close of the meeting, before the associations\npresented their own "
        "proposals to the ministry.\n\n",
        "she\nadded at the close of the meeting, before the associations\npresented their own "
        "proposals to the ministry, new and old\n\n\n- 2 -\n\n1 July 2026\n\n",
    )
    assert [speaker for speaker, *_ in remarks(pasted)] == [
        "Kim Min-ji",
        "Kim Min-ji",
        "Park Jun-ho",
    ]


def test_a_dated_sentence_before_a_page_number_is_no_running_head():
    article = LONG_WRAPPED_RELEASE.replace(
        "three years.\n\n“Our", "three years, before\nthe 2026 local elections.\n\n“Our"
    )
    pasted = article.replace("elections.\n\n", "elections.\n\n- 2 -\n\n")
    assert "the 2026 local elections." in prepare(pasted)
    assert "- 2 -" not in "\n".join(paragraphs_of(prepare(pasted)).paragraphs)
    assert remarks(pasted) == remarks(article)


def test_a_page_number_between_korean_paragraphs_is_no_heading_before_a_quote():
    # A heading left out before a quote without a subject would leave it unnamed.
    article = "\n\n".join(
        textwrap.fill(paragraph, 40)
        for paragraph in [
            "국회는 1일 국회 본관 중앙홀에서 개원 75주년 기념식을 열고 우수 의원들에게 상패를 "
            "수여했다. 여야 의원과 각계 인사 300여 명이 자리를 함께했다.",
            "김진표 국회의장은 기념사에서 “국회 개원은 민주공화국 대한민국의 출발을 뜻한다”며 "
            "“의원님들의 희생과 수고에 깊은 경의를 표한다”고 말했다.",
            "“남은 임기 동안 국민통합을 이루기 위해 끝까지 힘쓰겠다”고도 약속했다.",
        ]
    )
    pasted = article.replace("말했다.\n\n", "말했다.\n\n- 2 -\n\n")
    assert remarks(pasted) == remarks(article)
    assert [speaker for speaker, *_ in remarks(pasted)] == ["김진표"] * 3


@pytest.mark.parametrize("indent", ["  ", "\t"])
def test_a_printed_paragraphs_indented_first_line_starts_it_without_blank_lines(indent):
    # The second paragraph's last line reaches the width and ends a sentence: only the indent
    # below tells it from a wrapped line.
    article = (
        "The Ministry of SMEs and Startups held its regional council in Sejong\n"
        "on Monday with the heads of twelve business associations and banks.\n"
        "“We will expand the programme to every province next year and answer\n"
        "each application within a week,” Minister Kim Min-ji told them there.\n"
        "Park Jun-ho, chairman of the Gangwon Business Association, welcomed\n"
        "the plan and said his members had asked for it for three years now.\n"
        "“Our members have waited for this for three years,” Park said later."
    )
    starts = ("The Ministry", "“We will", "Park Jun-ho", "“Our members")
    pasted = "\n".join(
        indent + line if line.startswith(starts) else line for line in article.split("\n")
    )
    assert [speaker for speaker, *_ in remarks(pasted)] == ["Kim Min-ji", "Park Jun-ho"]
    assert paragraphs_of(prepare(pasted)).paragraphs[-1].startswith("“Our members")


def test_a_short_texts_long_line_before_an_indented_one_is_no_evidence_against_a_wrap():
    # Two lines go on mid-sentence; the third ends its paragraph before the next one's indent.
    pasted = (
        "  The Ministry of SMEs and Startups held its regional council in Sejong\n"
        "on Monday, where Minister Kim Min-ji said, “We will expand the programme\n"
        "to every province next year and answer each application within a week.”\n"
        "\tThe council meets again in October."
    )
    assert [quote for *_, quote in remarks(pasted)] == [
        "We will expand the programme to every province next year and answer each application "
        "within a week."
    ]


@pytest.mark.parametrize("credit", ["(PA)", "(Photo: Reuters)", "[Photo courtesy of the ministry]"])
def test_a_photos_credit_left_between_two_sentences_is_dropped(credit):
    article = (
        "The council met in Sejong on Monday.\n\n"
        "“We will expand the programme,” Minister Kim Min-ji said. “It starts in March.”"
    )
    pasted = article.replace("said. ", f"said. {credit} ")
    assert remarks(pasted) == remarks(article)
    assert [r.quote for r in extract(pasted, JULY_1).remarks][-1] == "It starts in March."


@pytest.mark.parametrize("credit", ["(사진=연합뉴스)", "[사진제공=세종시]"])
def test_a_korean_photos_credit_between_sentences_leaves_the_byline_after_it_a_byline(credit):
    article = (
        "중소벤처기업부는 1일 세종에서 정책협의회를 열었다.\n\n"
        "김민지 장관은 “지원 사업을 넓히겠다”고 말했다. /이수진 기자 sj@example.com"
    )
    pasted = article.replace("말했다. ", f"말했다. {credit} ")
    assert remarks(pasted) == remarks(article)
    assert remarks(article)


def test_a_bracket_between_sentences_that_is_no_credit_is_kept():
    text = "The Public Accounts (PA) committee met. (Kim Min-ji chaired it.) The vote was held."
    assert prepare(text) == text
    # A caption's credit before the paper's copyright stays the caption's end.
    caption = "시장이 간담회를 열고 있다. (제공: 세종시) ⓒ예시일보 2026.7.1"
    assert prepare(caption) == caption


def test_english_sentences_glued_without_a_space_get_it_back():
    article = (
        "The council met in Sejong on Monday. Ministers attended.\n\n"
        "“We will expand the programme. I am sure of it,” Minister Kim Min-ji said.\n\n"
        "“The budget will double next year,” she added."
    )
    pasted = article.replace(". ", ".")
    assert "programme.I am" in pasted
    assert remarks(pasted) == remarks(article)
    assert (
        extract(pasted, JULY_1).remarks[0].quote == "We will expand the programme. I am sure of it"
    )


def test_an_abbreviation_a_straight_mark_a_label_or_a_korean_quote_stays_glued():
    text = 'The U.S.Army said "we go."He left. 그는 “말했다.자기가 왔다”고 했다.'
    assert prepare(text) == text
    # An ellipsis trails off; a label before a colon is a transcript's deck, not a sentence.
    deck = "Interview with the minister.How will you spend it?A: With friends...Q: And work?"
    assert (
        prepare(deck)
        == "Interview with the minister. How will you spend it?A: With friends...Q: And work?"
    )


@pytest.mark.parametrize("spacing", ["\n\n", "\n\n\n"])
def test_a_wrapped_article_with_one_or_two_blank_lines_under_every_line_is_rejoined(spacing):
    # A mail's copy spaces out a wrapped text: the run under every line is the wrap's, a
    # longer one the paragraph's end.
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in JOINED_ENGLISH.split("\n\n"))
    spaced = wrapped.replace("\n", spacing)
    assert remarks(spaced) == remarks(JOINED_ENGLISH)
    assert len(remarks(JOINED_ENGLISH)) == 3


def test_a_tightly_wrapped_article_spaced_out_ends_its_paragraphs_as_the_wrap_does():
    tight = "\n".join(textwrap.fill(p, 60) for p in JOINED_ENGLISH.split("\n\n"))
    spaced = tight.replace("\n", "\n\n")
    assert remarks(spaced) == remarks(tight) == remarks(JOINED_ENGLISH)


def test_a_wrapped_quotes_paragraph_ending_near_the_width_keeps_its_speaker():
    # The quote's last line nearly fills the width, so layout alone would run it on into the
    # next paragraph and give it that paragraph's man.
    paragraphs = [
        "The council met in Sejong on Monday to discuss the regional loan programme with the "
        "heads of twelve business associations and three banks.",
        "“We will expand the programme to every province,” Minister Kim Min-ji said at the "
        "opening of the meeting in the morning.",
        "“No town will be left out, and the new office for all the applications opens in the "
        "spring of next year as planned.”",
        "Representative Park Jun-ho, chairman of the Gangwon Business Association, said the "
        "members had waited three years for it.",
        "The associations asked for faster loans and for a single office to handle applications.",
    ]
    tight = "\n".join(textwrap.fill(p, 60) for p in paragraphs)
    assert "as planned.”\nRepresentative" in tight
    assert [speaker for speaker, *_ in remarks(tight)] == ["Kim Min-ji", "Kim Min-ji"]


def test_a_wrapped_korean_paragraph_ends_at_its_reporters_byline_before_the_pages_lines():
    article = (
        "중소벤처기업부는 1일 세종 정부청사에서 지역 경제단체장들과 정책협의회를 열고 지원 사업의 "
        "추진 경과를 점검했다.\n"
        "이날 협의회에는 전국 열두 개 지역의 경제단체장과 은행 세 곳의 대표들이 참석해 대출 심사 "
        "기간을 줄여 달라고 요청했다.\n"
        "김민지 중소벤처기업부 장관은 “지원 사업을 모든 지역으로 넓히고 한 곳도 빠지지 않게 하겠다”며 "
        "“내년 예산을 두 배로 늘려 다음 달부터 곧바로 신청 창구를 하나로 합치겠다”고 말했다. "
        "/세종=이수진 기자"
    )
    wrapped = "\n".join(textwrap.fill(p, 40) for p in article.split("\n"))
    assert len(wrapped.split("\n")[-1]) > 0.7 * 40
    pasted = wrapped + "\n댓글삭제\n삭제한 댓글은 다시 복구할 수 없습니다.\n댓글 0"
    assert remarks(pasted) == remarks(article)
    assert len(remarks(article)) == 2


def test_a_wires_credit_ending_a_caption_ends_it_on_a_joined_line():
    # "… (AP) Park Jun-ho said:": the caption's man is not the next sentence's speaker.
    paragraphs = JOINED_ENGLISH.split("\n\n")
    paragraphs.insert(5, "Lee Su-jin will also sit on the new board (AP)")
    paragraphs[6] = "Park Jun-ho said: “Our members have waited for this for three years.”"
    joined = " ".join(paragraphs)
    assert remarks(joined) == remarks("\n\n".join(paragraphs))
    assert remarks(joined)[-1][0] == "Park Jun-ho"


def test_a_datelines_wire_is_no_captions_end():
    line = "New Delhi, Oct 21 (IANS) The council met on Monday with twelve associations. " + (
        "The ministers discussed loans and trade for most of the day. " * 5
    )
    first = paragraphs_of(prepare(line)).paragraphs[0]
    assert first.startswith("New Delhi, Oct 21 (IANS) The council met")


def test_a_byline_in_angle_brackets_glued_to_the_last_sentence_is_no_part_of_it():
    # ko-237: "…느낄 수 있었다”고 말했다.<이경희 기자 khlee@ksg.co.kr>".
    text = (
        "공단 이사장은 부산지사를 찾았다.\n"
        "만찬에 참석한 한 직원은 “원장님의 열정을 느꼈다”고 말했다.<박기자 기자 park@abc.kr>"
    )
    assert remarks(text) == [(None, "만찬에 참석한 한 직원", None, "원장님의 열정을 느꼈다")]
