"""Hangul in Latin letters, by the Revised Romanization, syllable by syllable.

Used where the site needs ASCII (slugs in URLs) and for a first English spelling of a Korean
name that staff can correct in the review form. No sound changes across syllables: names are
romanised syllable by syllable in Korea too ("Jang Tae-u"; staff fix it to "Tae-woo").
"""

import re

INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
)  # fmt: skip
MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
FINALS = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
]  # fmt: skip

# Family names as Korean sources romanise them, not as the rules would ("이" is Lee, not I).
FAMILY_NAMES = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "홍": "Hong",
    "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung",
    "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "나": "Na",
    "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang", "공": "Kong",
    "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do",
    "소": "So", "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon",
    "위": "Wi", "표": "Pyo", "명": "Myung", "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum",
    "옥": "Ok", "육": "Yuk", "인": "In", "맹": "Maeng", "제": "Je", "모": "Mo", "탁": "Tak",
    "국": "Kook", "어": "Eo", "은": "Eun", "편": "Pyeon", "용": "Yong", "예": "Ye", "경": "Kyung",
    "봉": "Bong", "사": "Sa", "부": "Boo", "황보": "Hwangbo", "남궁": "Namgoong",
    "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo",
}  # fmt: skip


def syllable(ch):
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ch
    initial, rest = divmod(code, 588)
    medial, final = divmod(rest, 28)
    return INITIALS[initial] + MEDIALS[medial] + FINALS[final]


def romanize(text):
    """ "중소벤처기업부" -> "jungsobencheogieopbu"; other characters are kept."""
    return "".join(syllable(ch) for ch in text)


def romanize_name(name):
    """ "장태우" -> "Jang Tae-u": family name as the press spells it, given name hyphenated."""
    name = name.strip()
    if not re.fullmatch(r"[가-힣]{2,5}", name):
        return " ".join(romanize(part).capitalize() for part in name.split())
    family = name[:2] if len(name) >= 4 and name[:2] in FAMILY_NAMES else name[:1]
    given = name[len(family) :]
    family_roman = FAMILY_NAMES.get(family) or romanize(family).capitalize()
    given_roman = "-".join(syllable(ch) for ch in given).capitalize()
    return f"{family_roman} {given_roman}".strip()
