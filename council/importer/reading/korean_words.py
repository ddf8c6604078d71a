"""Korean words the stages share: particles, names, titles and the endings of institutions."""

import functools
import itertools
import os
import re

from . import lexicon as lx
from .gazetteer import known_body
from .result import InstitutionKind
from .sentences import sentence_pieces

# "…"라고 말했다, "…"라고도 했다: the particle, perhaps with "도" (also), before the verb, or
# the verb glued to it ("…"이라고말했다).
PARTICLE_RE = re.compile(
    r"^\s?(" + "|".join(lx.SPEECH_PARTICLES_KO) + r")"
    r"(?=도?(?:[\s,.]|$)|(?:" + "|".join(lx.SPEECH_VERBS_KO) + r")다)"
)
# "“…”는 게 윤 대표의 설명이다", "“…” 윤 대표의 말이다": the quote is the view of whoever the
# possessive names.
POSSESSOR_RE = re.compile(
    r"^(?:(?:이라|라|다)?는\s?(?:게|것이)\s+|[.,]?\s)(?P<who>[^.\"“”]{1,40}?)의\s+"
    r"(?:" + "|".join((*lx.SPEECH_NOUNS_KO, "판단", "분석", "얘기", "전언")) + r")(?:이)?다"
)
# What someone says, asks, proposes or holds, as a noun: the nouns of saying ("요청", "제안",
# "건의", "입장") and of a view ("뜻", "생각", "소신").
VIEW_NOUNS_KO = (
    *lx.SPEECH_NOUNS_KO,
    *("말씀", "강조", "지시", "소신", "철학", "신념", "지론", "구상", "제언", "권고", "부탁"),
)
# "“…”는 윤석열 대통령의 뜻에 따라", "“…”는 윤 대통령의 평소 생각": a quote that is someone's
# view, wish or instruction is theirs, whatever the sentence goes on to say.
POSSESSIVE_VIEW_RE = re.compile(
    # ("“…”는 게 윤 대표의 설명이다" is POSSESSOR_RE's: "게" is no word of who.)
    r"^(?:이?라?는|이?란)\s(?!(?:게|것이)\s|등의\s)"
    r"(?P<who>(?:[가-힣A-Za-z]{1,12}\s){0,3}?[가-힣A-Za-z]{1,12})의\s"
    r"(?:평소\s|평소의\s|확고한\s|강한\s)?"
    r"(?:" + "|".join(sorted(VIEW_NOUNS_KO, key=len, reverse=True)) + r")"
    r"(?=[을를이가은는에과와의도으]|\s|$)"
)
# "“…돌파”하고자 한다며": the closing mark inside the clause, the verb "하다" glued after it
# and the clause ending as speech does.
GLUED_HADA_RE = re.compile(
    r"^(?:하|한|했|할|해)[가-힣]{0,6}(?:\s[가-힣]{1,6}){0,2}?(?:다며|다면서|다고|며|면서)(?=[\s,]|$)"
)
# "윤 대통령의 말씀을 전해 드립니다.": the passage after it is the words of whoever is named.
RELAYED_WORDS_RE = re.compile(
    r"(?P<who>(?:[가-힣]{1,12}\s){0,3}[가-힣]{1,12})의\s(?:[가-힣]{1,6}\s)?"
    r"(?:말씀|발언|메시지|당부|인사말|모두발언|연설|어록)(?:을|를)\s?"
    r"(?:전해\s?드립니다|전합니다|소개합니다|옮깁니다|전해\s?드린다|전한다|소개한다)\.?\s*$"
)
# A broadcast's sound-bite heading over the speech: "녹취> 노영민 / 청와대 비서실장",
# "[인터뷰] 김철수 / 시민", "▶ 인터뷰 : 홍종학 / 중소벤처기업부 장관", or a label ending in a colon.
SOUND_BITE_MARK = re.compile(
    r"^(?:[▶▷►]\s?)?(?:\[\s?(?:녹취|인터뷰|싱크)\s?\]|(?:녹취|인터뷰|싱크|현장음)\s?[>:])\s*"
)


def heading_label(line):
    """The words of a line that names who speaks in the line after it ("녹취> 노영민 / 청와대
    비서실장", "김용준 인수위원장 :"), or None."""
    text = line.strip()[:80]
    m = SOUND_BITE_MARK.match(text)
    if m:
        text = text[m.end() :]
    elif text.endswith(":"):
        text = text[:-1]
    else:
        return None
    return speaker_label(text.rstrip(" :"))


def relayed_words(paragraph):
    """Who a paragraph that ends "… 윤 대통령의 말씀을 전해 드립니다." says the next one is
    the words of, as the words printed before "의", or None."""
    m = RELAYED_WORDS_RE.search(paragraph.strip()[-80:])
    return m["who"].split() if m else None


def is_clause(quote):
    """Whether the quoted words are a clause with an object of its own ("… 국면을 돌파"), not a
    name in quotes."""
    words = quote.split()
    return len(words) >= 4 and any(word.endswith(("을", "를")) for word in words[:-1])


# "“…”(홍길동 장관)", "“…” (노규덕 외교부 대변인, … 전했다며)": who said it, in brackets after
# the quote, and perhaps when or why after a comma.
BRACKET_ATTRIBUTION_RE = re.compile(
    r"^\s?\((?P<who>[가-힣A-Za-z][가-힣A-Za-z ]{1,40})(?P<context>,[^()]*)?\)\s*\.?\s*$"
)
# "“…”는 말에", "“…”을 건의했다", "“…”는 제안을 했다": the quote as the object of a verb of saying.
# A verb that puts words forward ("“…”을 내놓았다", "“…”를 제시했다") is one of saying too.
# "“…”을 당부했다", "“…”을 시의회에 당부했다": the one asked may stand between the object and
# the verb.
OBJECT_SPEECH_RE = re.compile(
    r"^(?:이?라?는|이?란|(?:을|를)(?:\s[가-힣·]{1,15}(?:에게|에|께))?)\s?(?:"
    + "|".join((*VIEW_NOUNS_KO, "내놓", "내놨", "제시", "피력", "표명"))
    + ")"
)
# "‘…하겠다’고 말했다는 일부 언론의 보도": words a report says someone said, not a quotation of
# them by this article (the sentence may well deny them).
REPORTED_BY_OTHERS_RE = re.compile(
    r"^\s?(?:이?라)?고\s?(?:[가-힣]{1,8}\s)?(?:" + "|".join(lx.SPEECH_VERBS_KO) + r")다는\s"
    r"(?:[가-힣]{1,10}\s){0,2}(?:보도|기사|소문|의혹|전언)"
)
# "“…해야 한다”는 등의 의견을", "“…”, “…” 는 등 이야기를": one of the things said, listed.
LISTED_SPEECH_RE = re.compile(
    r"^\s?(?:이?라)?는\s?등(?:의)?\s(?:" + "|".join((*VIEW_NOUNS_KO, "이야기", "얘기")) + ")"
)
# "“…다를 수 있다”는 것이다.": the sentence is the quote, told as what the speaker holds;
# the speaker is the one the passage is about.
REPORTED_CLAUSE_RE = re.compile(r"^(?:이?라|다)?는\s?(?:것|얘기|이야기)(?:이)?다(?=[.!?\s]|$)")
# "“…”강조했다": a verb of saying glued to the closing mark, its particle left out.
GLUED_VERB_RE = re.compile(r"^(?:" + "|".join(lx.SPEECH_VERBS_KO) + r")다")


def is_object_speech(quote, after):
    """ "도정자문위원회에 “경기도 발전을 넘어 … 이끄는 역할”을 당부했다": a quoted phrase with a
    clause of its own (an object inside it), as the object of a noun or verb of saying; a name
    in quotes ("“지역상생 지원사업”을 제안했다") ends in a policy's word and has none."""
    if not OBJECT_SPEECH_RE.match(after):
        return False
    words = quote.split()
    if len(words) < 4 or words[-1].endswith(tuple(s for s, _k in lx.POLICY_SUFFIXES_KO)):
        return False
    # A clause: an object ("…을 이끄는 역할"), or a verb's adnominal form ("흔들림 없는 …
    # 추진"), inside the quoted words; a name or a title in quotes has neither.
    return any(word.endswith(("을", "를", *ADNOMINAL_VERBS_KO)) for word in words[:-1])


ADNOMINAL_VERBS_KO = ("없는", "있는", "않는", "하는", "되는")


TOPIC_ENDINGS = ("께서는", "께서", "은", "는", "이", "가")
POSTPOSITIONS = (
    "에서는", "에서도", "에서", "에게", "으로는", "으로", "로는", "에는", "에도", "에", "을",
    "를", "의", "와", "과", "로", "도", "만", "까지", "부터", "하며", "하고", "해", "며",
)  # fmt: skip


HANJA_SURNAME_RE = re.compile(
    "(" + "|".join(sorted(lx.HANJA_SURNAMES_KO, key=len, reverse=True)) + r")\s?(?=[가-힣])"
)


def hangul_surnames(text):
    """ "尹대통령은" -> "윤 대통령은": a surname printed in Hanja, as a short reference reads it."""
    return HANJA_SURNAME_RE.sub(lambda m: lx.HANJA_SURNAMES_KO[m[1]] + " ", text)


# "고 장관 직무 대행은", "고 장관 직무대행은": a surname and an acting post, spaced as it may be.
SHORT_ACTING_RE = re.compile(
    r"(?<![가-힣])(?P<surname>[가-힣]{1,2}) (?P<title>[가-힣]{1,8}) (?:(?:직무|권한) ?)?대행"
    r"(?=[은는이가도의])"
)


def acting_joined(text):
    """ "고 장관 직무 대행은" -> "고 장관대행은": a short reference to an acting post as one
    title, the form "고 장관대행은" that the full mention's post answers to."""

    def joined(m):
        if m["surname"] not in lx.KOREAN_SURNAMES or not is_title_ko(m["title"]):
            return m.group()
        return f"{m['surname']} {m['title']}대행"

    return SHORT_ACTING_RE.sub(joined, text)


# "장관님은", "의원님께서": a title with the honorific "님", as a speech or an interview
# addresses someone.
HONORIFIC_TITLE_RE = re.compile(
    r"(?<![가-힣])(?P<title>[가-힣]{1,10})님(?=(?:은|는|이|가|께서는|께서|도)?(?:\s|$))"
)


def without_honorific(text):
    """ "박 장관님은" -> "박 장관은": the title without "님", where the word is a title."""
    return HONORIFIC_TITLE_RE.sub(
        lambda m: m["title"] if is_title_ko(m["title"]) else m.group(), text
    )


def acting_posts(titles):
    """The acting posts ``titles`` make ("장관", "직무대행" -> "장관대행"): what "고
    장관대행은" refers to, for whoever the article names "장관 직무대행"."""
    posts = []
    for title, after in itertools.pairwise(titles):
        if after in lx.ACTING_KO:
            posts.extend((title + "대행", title + after))
    for title in titles:
        for acting in lx.ACTING_KO:
            if title.endswith(acting) and len(title) > len(acting) and acting != "대행":
                posts.append(title[: -len(acting)] + "대행")
                break
    return posts


# "…밝혔다.이들은": a sentence's end with no space before the next, as pasted text often has.
GLUED_STOP = re.compile(r"(?<=[다요])[.!?](?=[가-힣])")


def unglued_ko(text):
    """ "…밝혔다.이들은" -> "…밝혔다. 이들은": every sentence's end followed by a space."""
    return GLUED_STOP.sub(lambda m: m.group() + " ", text)


def without_asides_ko(text):
    """ "박영훈(38) 대표는", "서정민 충청북도지사(사진)는", "조건호(趙健鎬) 실장은": an age, the photo
    mark or the name in Hanja is no word of the name or the role."""
    text = re.sub(
        r"\((?:\d{1,3}|\d{1,3}\s*[·,]\s*[남여]|[남여]|사진|[\u4e00-\u9fff]{1,5})\)", "", text
    )
    return TITLE_BRACKET.sub(title_bracket_read, GLUED_BRACKET.sub(bracket_read, text))


GLUED_BRACKET = re.compile(r"(?P<word>[가-힣]{1,12})\((?P<inside>[가-힣A-Za-z]{1,10})\)(?=\s)")


# "김철수 의원(더불어민주당)은", "함안군수(협의회 군수 대표)는": a bracket between a title and
# its particle, a few words at most.
TITLE_BRACKET = re.compile(
    r"(?P<word>[가-힣]{1,12})\((?P<inside>[가-힣A-Za-z]{1,10}(?: [가-힣A-Za-z]{1,10}){0,3})\)"
    r"(?=[은는이가](?:\s|$))"
)


def title_bracket_read(m):
    """ "의원(더불어민주당)은" -> "더불어민주당 의원은": the body of a title, read where a role
    prints it; any other aside there goes ("장관(왼쪽)은"), as does a second post ("보령시장
    (충남시장군수협의회장)은": the mayor, whose post the page's word lists may not know)."""
    if not is_title_ko(m["word"]):
        return m["word"] if is_title_ko(m["inside"]) else m.group()
    body = m["inside"]
    return f"{body} {m['word']}" if suffix_kind(body) or known_body(body) else m["word"]


def bracket_read(m):
    """ "김철수(더불어민주당) 의원": a person's body, a word of the role; "중소벤처기업부(중기부)
    장관": a body's short name, said once."""
    if is_name_ko(m["word"]):
        return f"{m['word']} {m['inside']}"
    return m["word"]


def strip_topic(token):
    """The word before a topic or subject particle ("교수는" -> "교수"), or None."""
    word = token_without_topic(token)
    return re.sub(r"들$", "", word) if word != token else None


def also_as_particle(tokens):
    """ "김두겸 울산시장 역시 “…”" -> "… 울산시장도": "역시" or "또한" (likewise) after a bare
    word marks it as the subject, as "도" does."""
    read = []
    for token in tokens:
        if token in ("역시", "또한") and read and strip_particles(read[-1]) == read[-1]:
            read[-1] += "도"
        else:
            read.append(token)
    return read


def without_also(token):
    """ "연구위원도" -> "연구위원", "주민들도" -> "주민들": a title or a plural with "도" (also:
    "…도 “…”라고 말했다" is a speaker too); "충북도" is a province."""
    also = token.endswith("도") and (is_title_ko(token[:-1]) or token.endswith("들도"))
    return token[:-1] if also else token


def subject_stem(token):
    """A subject's word without its particle ("교수는" -> "교수", "연구위원도" -> "연구위원"),
    or None."""
    stem = strip_topic(token)
    if stem is None and without_also(token) != token:
        return re.sub(r"들$", "", without_also(token))
    return stem


def token_without_topic(token):
    """ "대표들은" -> "대표들": the word as printed, without its topic or subject particle."""
    for ending in TOPIC_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)]
    return token


# Longest first: "에서는" before "는".
PARTICLES = tuple(sorted(POSTPOSITIONS + TOPIC_ENDINGS, key=len, reverse=True))
PARTICLES_AND_SIDES = tuple(
    sorted(POSTPOSITIONS + TOPIC_ENDINGS + ("와의", "과의", "측"), key=len, reverse=True)
)


# Asked of every word of a Korean text, several times: each word is worked out once.
@functools.lru_cache(maxsize=4096)
def strip_particles(token):
    for ending in PARTICLES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)]
    return token


@functools.lru_cache(maxsize=4096)
def candidates_ko(token):
    """The word as written, then without each particle it may end with."""
    out = [token]
    for ending in PARTICLES_AND_SIDES:
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            out.append(token[: -len(ending)])
    return tuple(out)


# A city's, county's, district's or province's council: "고창군의회", "대구시의회"; not
# "시의회" alone, which the text's own city has, nor "자치구의회", any district's.
LOCAL_COUNCIL_KO = re.compile(r"(?!자치)[가-힣]{2,6}[시군구도]의회")


# Pure functions of one word, asked of every word of a long article many times over.
@functools.lru_cache(maxsize=4096)
def suffix_kind(token):
    """The kind of institution a Korean word's ending suggests, or None."""
    if not token or not lx.HANGUL.search(token) or token in lx.NOT_INSTITUTIONS_KO:
        return None
    if token in lx.RESEARCHER_TITLES_KO or token.endswith(lx.MEETING_WORDS_KO):
        return None
    if token.endswith(lx.PARTS_KO):
        # "AI확산본부", "편집국": a division of a body ends like a ministry ("…부").
        return None
    if token.endswith(lx.ROOMS_KO):
        # "대강당", "구내식당": a hall ends like a party ("…당"), and is a room.
        return None
    for suffix, kind in lx.INSTITUTION_SUFFIXES_KO:
        # "외교부", "재정경제부", "정의당": a ministry's "부" and a party's "당" need two
        # syllables before them ("정부", "식당" are none).
        longer = 1 if suffix in ("연구원", "부", "당") else 0
        if token.endswith(suffix) and len(token) > len(suffix) + longer:
            return InstitutionKind(kind)
    if token in lx.PROVINCES_KO:
        return InstitutionKind.LOCAL_GOVERNMENT
    if LOCAL_COUNCIL_KO.fullmatch(token):
        return InstitutionKind.LEGISLATURE
    body = known_body(token)
    return body.kind if body else None


@functools.lru_cache(maxsize=4096)
def is_title_ko(token):
    # "대전시장" is the mayor of Daejeon, though it ends like "전시장" (an exhibition hall).
    if token in lx.RESEARCHER_TITLES_KO or is_mayor(token):
        return True
    if suffix_kind(token) and not glued_institution(token):
        return False
    if (
        token.endswith("장")
        and token[:-1].endswith(lx.VENUE_WORDS_KO)
        and not token.endswith(("국회의장", "협의회장"))
    ):
        # "회의장", "간담회장", "행사장": the room of a meeting ends like "의장" or "회장"
        # ("국회의장" is the Speaker; "본회의장" the chamber; "시흥시협의회장" heads a council's
        # chapter, a standing body, not a meeting's room).
        return False
    return (
        token.endswith(lx.TITLES_KO)
        or token.endswith(lx.UNNAMED_MARKERS_KO)
        or is_mayor(token)
        # "이 지사는": a governor; a branch office is a body's "부산지사", never "지사" alone.
        or token == "지사"
        or bool(governed_province(token))
        # "국무총리서리", "총장직무대행": a post held for the time being is a title.
        or any(
            token.endswith(acting)
            and len(token) > len(acting)
            and is_title_ko(token[: -len(acting)])
            for acting in lx.ACTING_KO
        )
    )


def is_head_title(token):
    """ "교장", "조합장", "청양경찰서장": a head's title, though the lexicon may not list it;
    read as one only right after a person's name ("…장" alone is as often a place: "공장",
    "현장", "회의장")."""
    return len(token) > 1 and token.endswith("장") and not token[:-1].endswith(lx.VENUE_WORDS_KO)


def is_former(words):
    """ "김철수 전 장관": a former post, which the one holding it now does not share."""
    return any(word in ("전", "前") for word in words)


def is_mayor(token):
    """ "서울시장", "대전광역시장": a city's mayor; "시장" alone is as often a market."""
    city = token[:-1]
    return token.endswith("시장") and (
        token[:-2] in lx.CITY_NAMES_KO
        or (city.endswith(lx.METROPOLITAN_ENDINGS_KO) and len(city) > 4)
    )


# A verb's ending before a name: "참석한", "선출된", "고발했던", "의결하자", "…에 따르면", "했고".
# Narrower than the clause endings a subject is read past: a body's name may end in "자" or
# "면" ("한국투자", "청양면"), not in "하자" or "따르면".
VERB_ENDINGS_KO = (
    "하는", "되는", "있는", "없는", "한", "된", "던", "하자", "되자", "하면", "따르면", "했고",
    "했으며",
)  # fmt: skip


def ends_a_clause(token):
    """ "의결하자", "고발했던", "대행기관장인": a verb or a title with its copula that closes a
    clause before a name ("…의결하자 이경용 위원장은"), not a word of the name's role; "하자"
    itself too ("“…”고 하자 박 차관은")."""
    if token.endswith(","):
        # "…라고 했고, 김두겸 울산시장": a comma closes what comes before the name.
        return True
    if len(token) < 3:
        # "뒤에 있던 진현환 대변인": a verb's past form, however short.
        return len(token) == 2 and (token in VERB_ENDINGS_KO or token.endswith("던"))
    return (
        token.endswith(VERB_ENDINGS_KO)
        # "건설 사령탑인 김현미 장관": a noun of three syllables or more with its copula.
        or (token.endswith("인") and (is_title_ko(token[:-1]) or len(token) > 3))
        or bool(REPORTED_VERB_RE.search(token))
    )


# "…이같이 지시했다고 김남준 대변인이 전했다": a verb reported by someone named after it, its
# clause closed by "-고", "-며".
REPORTED_VERB_RE = re.compile(r"(?:[했혔였됐졌았었겠]다|한다|된다)(?:고|며|면서)$")


# Endings of a verb that closes a clause whose subject is not the main clause's: "홍 부총리가
# “…”고 말하자 “…”고 지시했다" (when Hong said so, someone else ordered), "질문이 나오자",
# "…라고 하니". Unlike "-며" or "-면서", which keep the subject, "-자" and "-니" hand over to
# another: the subject before them is the clause's, never the main verb's.
SWITCH_ENDINGS_KO = (
    "하자", "되자", "지자", "오자", "히자", "묻자", "치자", "키자", "하니", "하니까",
)  # fmt: skip


def switches_subject(token):
    """Whether ``token`` ("말하자", "묻자", "제기하니") is a verb ending a clause whose
    subject is another's than the main verb's; "대표이자" (and also) keeps the subject, and
    "지지자" (a supporter) is a noun."""
    token = token.rstrip(",")
    return (
        len(token) >= 2
        and token.endswith(SWITCH_ENDINGS_KO)
        and not token.endswith(("이자", "지지자"))
    )


# A local head's title and the ending of the place it heads: "구청장" a "…구", "군수" a "…군".
LOCAL_HEADS_KO = {"지사": "도", "도지사": "도", "구청장": "구", "군수": "군", "시장": "시"}


def heads(title, body):
    """ "위원장" heads a "…위원회", "회장" a "…협회", "청장" a "…청": a head's title is the
    body's kind and "장"; a local head's, the place's ("구청장" a "…구")."""
    place = LOCAL_HEADS_KO.get(title)
    if place and len(body) > 2 and body.endswith(place):
        return True
    kind = title[:-1]
    return len(title) > 1 and title.endswith("장") and body.endswith((kind, kind + "회"))


def is_unnamed_marker(token):
    return token.endswith(lx.UNNAMED_MARKERS_KO)


# Heads of an office a place has besides its government: "전북도교육감" heads the province's
# office of education, not the province, so the place before the title is no body of theirs.
OFFICES_OF_A_PLACE_KO = ("교육감",)


def glued_institution(token):
    """ "한국자율제조플랫폼협회장" -> "한국자율제조플랫폼협회", "충청북도지사" -> "충청북도" (an
    institution and its head)."""
    province = governed_province(token)
    if province:
        return province
    if is_mayor(token):
        return token[:-1]
    county = governed_county(token)
    if county:
        return county
    if token.endswith("장") and len(token) > 3:
        stem = token[:-1]
        if stem.endswith("협의회") and len(stem) > 3:
            # "시흥시협의회장": a council's chapter, though "협의회" alone is a meeting.
            return stem
        if known_body(stem):
            # "국무조정실장": a known office, though "…실" is as often a room or a division.
            return stem
        for suffix, _kind in lx.INSTITUTION_SUFFIXES_KO:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
                return None if stem.endswith(lx.PARTS_KO) else stem
    # "문공부장관", "산업통상자원부차관", "국회의장": a whole title printed after the body's
    # name, one the text need not give ("국회" is known).
    for title in lx.TITLES_KO:
        stem = token[: -len(title)]
        if (
            len(title) > 1
            and title not in OFFICES_OF_A_PLACE_KO
            and token.endswith(title)
            and len(stem) > 1
            and not (stem.endswith("부") and "부" + title in lx.DEPUTY_TITLES_KO)
            and ((len(stem) > 2 and suffix_kind(stem)) or known_body(stem))
        ):
            return stem
    return headed_body(token)


# A head's title that names its body's kind, the body's ending, and the fewest syllables of
# name before it: "금융위원장" heads the 금융위원회, "국세청장" the 국세청, "국가보훈처장" the
# 국가보훈처 ("사무처장", "심사위원장" head no body of a name).
HEADED_BODIES_KO = (("위원장", "위원회", 2), ("청장", "청", 2), ("처장", "처", 2))


def headed_body(token):
    """The body a head's title glued to its name heads ("금융위원장" -> "금융위원회"), or
    None; a deputy's ("부위원장") or a place's office ("구청장") is none."""
    for title, ending, least in HEADED_BODIES_KO:
        name = token[: -len(title)]
        if (
            token.endswith(title)
            and len(name) >= least
            and re.fullmatch(r"[가-힣]+", name)
            and not name.endswith(("부", "구", "시", "도", "군"))
            and name not in lx.POST_MODIFIERS_KO
        ):
            return name + ending
    return None


# A place's name said in full or short: "대전광역시" and "대전시", "충청북도" and "충북도" (a
# special self-governing province is a body of its own, "강원특별자치도" after "강원도").
PLACE_ENDINGS_KO = (
    ("특별자치시", "시"), ("광역시", "시"), ("특별시", "시"), ("특별자치도", "특별자치도"),
    ("시", "시"), ("도", "도"),
)  # fmt: skip


def place_key(name):
    """ "대전광역시", "대전시" -> ("대전", "시"); "충청북도", "충북도" -> ("충북", "도"): one
    city or province however its name is said; None for another name."""
    for ending, kind in PLACE_ENDINGS_KO:
        core = name[: -len(ending)]
        if name.endswith(ending) and re.fullmatch(r"[가-힣]{2,5}", core):
            if kind == "도" and len(core) == 3 and core.endswith(("북", "남")):
                core = core[0] + core[2]
            return core, kind
    return None


def governed_province(token):
    """ "충청북도지사" -> "충청북도", "충북지사" -> "충북": a province as printed, and its
    governor."""
    place = token[:-2]
    if token.endswith("지사") and (place in lx.PROVINCES_KO or place + "도" in lx.PROVINCES_KO):
        return place
    return None


def governed_county(token):
    """ "울릉군수" -> "울릉군", "구로구청장" -> "구로구", "춘양면장" -> "춘양면": a county, a
    district, a town or a township and its head; a deputy's ("울릉부군수") is left alone, "부"
    being no syllable of the place."""
    for title, place in (("군수", "군"), ("구청장", "구"), ("읍장", "읍"), ("면장", "면")):
        stem = token[: -len(title)]
        if (
            token.endswith(title)
            and re.fullmatch(r"[가-힣]{2,4}", stem)
            and stem[-1] != "부"
            and stem not in lx.POST_MODIFIERS_KO
        ):
            return stem + place
    return None


def glued_title(token, institution):
    """The head's title: a whole one after the body's name ("문공부장관": "장관"), else with
    the institution's last syllable ("협회장": "회장", "서울시장": "시장")."""
    if not token.startswith(institution):
        # "금융위원장" of the 금융위원회: the title keeps the kind's word ("위원장").
        shared = len(os.path.commonprefix([token, institution]))
        return token[shared - 2 :]
    rest = token[len(institution) :]
    whole = len(rest) > 1 and (rest in lx.TITLES_KO or is_title_ko(rest))
    return rest if whole else token[len(institution) - 1 :]


# A verb's ending that reports speech: "…한다며", "…이라고", "…하면서", "…다는".
QUOTATIVE_ENDINGS = ("다며", "라며", "다고", "라고", "면서", "다는", "라는", "다면")


def is_name_ko(token):
    if not re.fullmatch(r"[가-힣]{3,4}", token) or token in lx.NOT_NAMES_KO:
        return False
    if token.endswith("님") and is_title_ko(token[:-1]):
        # "장관님": a title addressed with respect, not a name of three syllables.
        return False
    if token.endswith(QUOTATIVE_ENDINGS):
        # "한다며", "이라고": a verb that hands over to a quote, however like a name it reads.
        return False
    if token.endswith("모씨"):
        # "김모씨", "김모(45)씨": a person the press keeps anonymous; no name to record.
        return False
    # "장관에게", "정부에서": a noun with its particle, not a four-syllable name.
    if token.endswith(POSTPOSITIONS) and (
        len(token) == 4 or token.endswith(("에서", "으로", "에게"))
    ):
        return False
    if is_title_ko(token) or is_head_title(token):
        # "국무총리", "부의장", "조합장": a title, whatever its first syllable.
        return False
    if transliterated(token):
        return False
    if len(token) == 4:
        # Four syllables are a compound surname's name ("남궁민수"); else a word such as
        # "한국전력" or "이번주말" that begins like a surname.
        return token[:2] in lx.KOREAN_SURNAMES
    return token[0] in lx.KOREAN_SURNAMES


def speaker_label(text):
    """The words of a speaker's label, as a broadcast's sound bite ("곽대훈 / 자유한국당 의원
    (어제)") or a release's header over a speech ("김용준 인수위원장") prints them: a few bare
    words ending in a title, an aside of when and the slash left out; else None."""
    if len(text) > 60:
        return None
    text = SOUND_BITE_TAG.sub("", text)
    named = NAME_AND_ROLE_RE.fullmatch(text.strip())
    if named:
        # "안형환(한나라당 의원)": a name with the role in brackets, the bracket no aside.
        text = f"{named['name']} {named['role']}"
    words = re.sub(r"\([^()]{0,12}\)", " ", text).replace("/", " ").split()
    if not 1 <= len(words) <= 6 or not all(re.fullmatch(r"[가-힣A-Za-z·]+", w) for w in words):
        return None
    last = words[-1]
    if strip_particles(last) != last and not is_title_ko(last) or last in NARRATORS_KO:
        return None
    return words if is_title_ko(last) or is_head_title(last) else None


def minutes_label(text):
    """``[name, post]`` for the label that opens a line of the Assembly's minutes, the post
    before the name or after it ("소위원장 박광온", "이현재 위원", "기획재정부제2차관 송언석");
    else None. A body's short name reads like a name ("기재부 2차관"): it is no one's."""
    words = text.split()
    if len(words) != 2:
        return None
    for name, post in (words[::-1], words):
        if is_name_ko(name) and is_title_ko(post) and not known_body(name):
            return [name, post]
    return None


# "<녹취>", "[인터뷰]" before a sound bite's label: what the line is, not who speaks.
SOUND_BITE_TAG = re.compile(r"^\s*[<\[【]\s?(?:녹취|인터뷰|싱크|현장음)\s?[>\]】]\s*")
# A name, then the role in brackets: "최시중(방송통신위원장)".
NAME_AND_ROLE_RE = re.compile(r"(?P<name>[가-힣]{2,4})\s?\((?P<role>[가-힣A-Za-z·\s]{2,30})\)")


# "【 기자 】", "[앵커]": who reads a broadcast's narration, which is the report, not a remark.
NARRATORS_KO = {"기자", "앵커"}


def bracket_attribution(after):
    """The words in brackets after a quote that say who said it, or None: a name, a title or a
    body ends them, or a comma goes on to when or why ("(가칭)" and "(웃음)" say nobody)."""
    m = BRACKET_ATTRIBUTION_RE.match(after)
    if not m:
        return None
    last = m["who"].split()[-1]
    if m["context"] or is_title_ko(last) or is_name_ko(last) or suffix_kind(last):
        return m["who"]
    return None


def transliterated(word):
    """ "도널드", "마크롱": a foreign name in Hangul, whose consonants without a vowel are written
    with an open "ㅡ" (드, 크, 스, 트), a syllable Korean given names do not use."""
    for ch in word[1:]:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172 and (code // 28) % 21 == 18 and code % 28 == 0:
            return True
    return False


def embedded(tokens, i):
    """Whether the subject ``tokens[i]`` ("대통령이") belongs to a clause that a verb after it
    closes ("… 검토하는 데 대해선"), not to the sentence the quote is in."""
    if not tokens[i].endswith(("이", "가")):
        return False
    return any(t.endswith(lx.CLAUSE_ENDINGS_KO) for t in tokens[i + 1 :])


def is_conjunct(token, kind_of):
    """ "장관과", "김철수와", "및": the first of joint subjects."""
    if token == "및":
        return True
    if not token.endswith(("와", "과")) or len(token) < 2:
        return False
    return kind_of(token[:-1]) in ("name", "title", "honorific")


def is_bare_subject(stem):
    """Whether a word with a topic particle is a noun that can say something ("업계", "시민들",
    "… 등", "의장단·상임위원장단"), not a time, an adverb or a clause ("이날", "대해서")."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]+(?:·[가-힣A-Za-z]+)*", stem))
        and strip_particles(stem) == stem
        and stem not in lx.ADVERBS_KO
        and stem not in lx.TIME_WORDS_KO
        and not stem.endswith(lx.NOT_SUBJECT_ENDINGS_KO)
    )


def noun_phrase(tokens, i):
    """The noun phrase that ends at ``tokens[i]``, as printed, without its topic particle; a
    noun joined to it by "과"/"와" is part of it ("박 위원장과 새 집행부")."""
    words = [token_without_topic(tokens[i])]
    for token in reversed(tokens[max(0, i - 6) : i]):
        word = token.rstrip(",")
        joined = word.endswith(("와", "과")) and strip_particles(word[:-1]) == word[:-1]
        if word in lx.ADVERBS_KO or (strip_particles(word) != word and not joined):
            break
        words.insert(0, token)
    return words


def group_subject(text, kind_of):
    """The group "이들은" stands for: the subject of the sentence before the quote's own
    ("각계 인사 70여명은 … 밝혔다. 이들은 …"), as printed, or None. ``text`` is the narrative
    before the quote; ``kind_of`` reads a word as the attribution does."""
    pieces = [p for p in sentence_pieces(unglued_ko(text), True) if p.strip()]
    if len(pieces) < 2:
        return None
    tokens = pieces[-2].split()
    for i, token in enumerate(tokens):
        if strip_topic(token) is None or token.endswith(("이", "가")):
            continue
        words = [token]
        # Back to the list of names it sums up ("…사무총장등 각계 인사 70여명은").
        for word in reversed(tokens[max(0, i - 3) : i]):
            if word.endswith(("등", ",")) or kind_of(word) == "name":
                break
            words.insert(0, word)
        return words
    return None


def institution_in_role_ko(rest, institutions):
    """``(institution, title words)`` of a role's words read as ``(word, kind)``; a body not
    yet among ``institutions`` is added to them."""
    institution = None
    title_words = []
    for i, (token, kind) in enumerate(rest):
        if kind == "inst" and institution is None:
            # "신임 법무부 장관": the post is new, the body is not.
            run = [t for t, k in rest[:i] if k == "unknown-inst" and t not in lx.NEWLY_KO]
            token = re.sub(r"^(?:\(주\)|㈜)", "", token)
            institution = institutions.resolve(" ".join([*run, token]))
            if institution is None:
                institution = institutions.add(" ".join([*run, token]))
        elif kind == "title":
            glued = glued_institution(token)
            if glued and institution is None:
                kind = suffix_kind(glued) or (
                    InstitutionKind.LOCAL_GOVERNMENT
                    if is_mayor(token) or governed_province(token) or governed_county(token)
                    else None
                )
                # "인수위원장" of the 대통령직인수위원회 the page names in full; "이장협의회장"
                # of one of two 이장협의회 it names, of neither.
                fuller = institutions.names_ending_in(glued)
                if len(fuller) == 1:
                    institution = fuller[0]
                elif not fuller:
                    institution = institutions.resolve(glued) or institutions.add(
                        glued, kind=kind or InstitutionKind.OTHER
                    )
                title_words.append(glued_title(token, glued))
            else:
                title_words.append(token)
    if institution is None:
        unknown = [t for t, k in rest if k == "unknown-inst"]
        if unknown and all(t in lx.SELF_REFERENCES_KO for t in unknown):
            # "정철용 본사 대표이사": the company writing, the one the article names; none
            # when it names none or several.
            companies = [
                name for name, found in institutions.found.items()
                if found.kind == InstitutionKind.COMPANY
            ]  # fmt: skip
            return (companies[0] if len(companies) == 1 else None), title_words
        if unknown:
            company = re.sub(r"^(?:\(주\)|㈜)", "", " ".join(unknown))
            institution = institutions.resolve(company) or institutions.add(
                company, kind=InstitutionKind.COMPANY
            )
    return institution, title_words


def pronoun_topic_over_clause(tokens):
    """Whether ``tokens`` open with a pronoun as the topic ("그는") and end in no subject: the
    names between are a clause's ("그는 … 조합원이 풀려난 일을 두고도"), not the speaker."""
    return (
        len(tokens) > 1
        and tokens[0] in ("그는", "그녀는")
        and not tokens[-1].endswith(("은", "는", "이", "가", "께서"))
    )
