"""The host of a Korean meeting, read from who holds it, or where.

"구 부총리는 … 외청장 회의를 열었다": the minister's ministry; "군은 … 간담회를 가졌다": the one
county the article names; "이장우 대전시장은 … 간담회를 가졌다": the city he heads; "문 대통령은
청와대 본관으로 … 불러 오찬 간담회를 열었다": the seat of government it was held at. A subject
that names nobody, or two, gives no host.
"""

import re

from .institution_names import REGIONS_KO
from .korean_words import (
    glued_institution,
    glued_title,
    strip_particles,
    strip_topic,
    unglued_ko,
    without_asides_ko,
)
from .result import InstitutionKind

# A meeting held, its noun the object of an active verb: "회의를 열었다", "간담회를 가졌다",
# "총회를 열고", "오찬을 주재했다" ("관심을 갖고" holds no meeting).
MEETING_NOUNS_KO = (
    "회의",
    "총회",
    "회",
    "포럼",
    "세미나",
    "워크숍",
    "오찬",
    "만찬",
    "조찬",
    "자리",
)
HOLDING_KO = re.compile(
    r"(?:" + "|".join(MEETING_NOUNS_KO) + r")[을를]\s(?:열었|열고|열어|개최했|개최하고|개최해|"
    r"가졌|갖고|주재했|주재하고|마련했)"
)
# The titles of those who head a body ("…장", "장관", "지사"), not of its members ("의원").
HEADS_KO = ("장", "장관", "차관", "지사", "군수", "총리", "대표", "총재")
# A body's kind said alone as the subject: "군은" is the county the article is about.
KIND_WORDS_KO = {"시": "시", "군": "군", "구": "구", "도": "도"}
# Where a head of state or government works: a meeting held there is theirs.
SEATS_OF_GOVERNMENT_KO = ("청와대", "대통령실")


def host_of_meeting_ko(reader, meeting, sentences):
    """The body that holds the meeting: the subject of the first sentence (the meeting's, or
    one of the first few before it) in which someone holds one; or None."""
    # The sentences up to the meeting's: one after it may tell of another meeting.
    last = sentences.index(meeting) if meeting in sentences else 8
    for sentence in dict.fromkeys([meeting, *sentences[: min(last, 8)]]):
        holding = HOLDING_KO.search(sentence)
        if not holding:
            continue
        words = without_asides_ko(unglued_ko(sentence[: holding.start()])).split()
        k = next((i for i, word in enumerate(words[:8]) if strip_topic(word)), None)
        if k is not None:
            para = paragraph_of(reader.document, sentence)
            return body_of_subject(reader, words[: k + 1], para)
    return None


def body_of_subject(reader, words, para):
    """The body the subject at the end of ``words`` is or heads, or None."""
    institutions = reader.institutions
    stem = strip_topic(words[-1])
    if stem in KIND_WORDS_KO and len(words) == 1:
        return only_local_government(institutions, KIND_WORDS_KO[stem])
    body = institutions.lookup(stem) or institutions.lookup(strip_particles(words[-1]))
    if body:
        return body
    glued = glued_institution(stem)
    if glued:
        heads = glued_title(stem, glued).endswith(HEADS_KO)
        return institutions.lookup(glued) if heads else None
    person = reader.subject(words, para)
    if person is None or not person.name or not person.institution:
        return None
    titles = [*person.title_words, *person.title.split()]
    # "지상욱 국회의원은 … 토론회를 열었다": a member's forum is not the Assembly's.
    heads = any(title.endswith(HEADS_KO) for title in titles)
    return institutions.lookup(person.institution) if heads else None


def only_local_government(institutions, ending):
    places = [
        name
        for name, found in institutions.found.items()
        if found.kind == InstitutionKind.LOCAL_GOVERNMENT and name.endswith(ending)
    ]
    return places[0] if len(places) == 1 else None


def seat_of_government(institutions, meeting):
    """ "청와대에서 열린", "청와대 본관 충무실로 … 불러": the seat of government the meeting
    sentence puts the meeting at, the host of a meeting there; or None."""
    for word in meeting.split():
        seat = next((s for s in SEATS_OF_GOVERNMENT_KO if word.startswith(s)), None)
        if seat:
            return institutions.resolve(seat)
    return None


def paragraph_of(document, sentence):
    return next(
        (k for k, para in enumerate(document.body) if sentence in para),
        len(document.body) - 1,
    )


# A standing association of heads ("전국시도교육감협의회", "대한민국 시도지사협의회", "경남
# 시장·군수협의회": the region it gathers, printed apart, is of its name): a "협의회" alone
# may be any meeting.
ASSOCIATION_RE = re.compile(
    r"(?P<name>(?:(?:대한민국|전국|한국|"
    + "|".join(sorted(REGIONS_KO, key=len, reverse=True))
    + r")\s)?[가-힣·]{3,20}협의회)"
)
# A body's general meeting, perhaps numbered: "제50차 … 총회", "정기총회".
GENERAL_MEETING_RE = re.compile(r"(?:정기|임시)?총회")


def association_meeting_ko(meeting, sentences):
    """The association whose own meeting the text reports, or None: the subject of the meeting
    it holds ("전국시도교육감협의회(…)는 … 간담회를 열었다"), one whose head holds it ("최교진
    전국시도교육감협의회 회장은 … 간담회를 갖고"), or whose general meeting it is ("제50차
    대한민국 시도지사협의회 총회에 나가", "…협의회(회장 …)가 … 제36차 총회를 열고")."""
    last = sentences.index(meeting) if meeting in sentences else 8
    for sentence in dict.fromkeys([meeting, *sentences[: min(last, 8)]]):
        bare = re.sub(r"\([^()]{0,40}\)", "", sentence)
        holding = HOLDING_KO.search(bare)
        general = GENERAL_MEETING_RE.search(bare)
        end = min(m.start() for m in (holding, general) if m) if holding or general else None
        if end is None:
            continue
        first = ASSOCIATION_RE.search(bare, 0, end)
        if first and (general or opens_the_sentence(bare, first)):
            return first["name"]
    return None


def opens_the_sentence(sentence, m):
    """Whether the association ``m`` is the subject, or its head's title follows it as the
    subject's ("최교진 전국시도교육감협의회 회장은"): no clause before it but a name."""
    before = sentence[: m.start()].split()
    after = sentence[m.end() :].split()[:1]
    subject = re.match(r"(?:는|은|가|이)(?:\s|$)", sentence[m.end() :]) or (
        after and strip_topic(after[0]) and strip_topic(after[0]).endswith("장")
    )
    return bool(subject) and len(before) <= 2
