"""Institutions: the bodies an article names, kept once each under their full name.

The stages that find bodies (``institution_names``), the attribution (a speaker's
institution) and the host and council below all go through one ``Institutions`` registry, so
that "MSS", "중기부" and "Ministry of SMEs and Startups" are one body.
"""

import re

from . import lexicon as lx
from .english_words import strip_possessive
from .gazetteer import known_body, name_key
from .korean_words import candidates_ko, is_title_ko, place_key, strip_particles
from .result import FoundInstitution, InstitutionKind
from .sentences import MEETING_WORDS_KO_RE

# An article names a few dozen bodies. A text naming hundreds is a list, not an article: the
# registry stops there, so that the work per lookup and per ordering stays bounded.
MAX_BODIES = 200


class Institutions:
    """The bodies found so far: name (as found) -> FoundInstitution, and short forms."""

    def __init__(self, korean):
        self.korean = korean
        self.found = {}
        # Short form (casefolded) -> the full name it stands for.
        self.shorts = {}
        # Every name of every body (casefolded) -> the full name of the first body that has it.
        self.by_name = {}
        # Short Korean names -> the body each abbreviates, or None (see ``abbreviated``).
        self.abbreviations = {}

    def add(self, name, short="", kind=InstitutionKind.OTHER):
        """Record an institution once, under its full name; returns that name."""
        name, short = tidy_name(name, short)
        if not name:
            return None
        known = self.lookup(name)
        if known:
            if short and not self.found[known].short_name:
                self.found[known].short_name = short
                self.shorts[short.casefold()] = known
                self.index()
            return known
        same = self.same_place(name, kind)
        if same:
            return same
        if len(self.found) >= MAX_BODIES:
            return None
        body = known_body(name)
        found = FoundInstitution(name=name, short_name=short, kind=InstitutionKind(kind))
        if body:
            found.name_ko, found.name_en, found.kind = body.name_ko, body.name_en, body.kind
            if not short:
                found.short_name = body.short_name
        self.found[name] = found
        for key in names_of(found):
            self.by_name.setdefault(key, name)
        self.abbreviations = {}
        if short:
            self.shorts[short.casefold()] = name
        return name

    def same_place(self, name, kind):
        """A city or province recorded under another form of its name ("대전시" for
        "대전광역시"), kept under the full one; else None."""
        key = self.korean and kind == InstitutionKind.LOCAL_GOVERNMENT and place_key(name)
        if not key:
            return None
        for full, found in self.found.items():
            if found.kind == InstitutionKind.LOCAL_GOVERNMENT and place_key(full) == key:
                if len(name) > len(full):
                    found.name, found.short_name = name, found.short_name or full
                    self.found = {(name if k == full else k): v for k, v in self.found.items()}
                    self.index()
                    return name
                return full
        return None

    def lookup(self, name):
        """The full name an institution is recorded under, from any of its names, or None."""
        key = name_key(tidy_name(name, "")[0])
        key = re.sub(r"^the\s+", "", key)
        found = self.by_name.get(key) or self.shorts.get(key)
        return found or (self.abbreviated(key) if self.korean else self.initialled(name))

    def initialled(self, short):
        """ "ECB" for the European Central Bank: the one English body recorded whose initials
        the capitals spell, where the text never gives its short form in brackets. Three
        letters at least, and no post's ("MP", "CEO"): two letters fit too many names."""
        short = strip_possessive(short.strip())
        if not re.fullmatch(r"[A-Z]{3,6}", short) or short in lx.POSTNOMINALS_EN:
            return None
        if short in lx.TITLE_WORDS_EN or short in lx.OFFICES_EN:
            return None
        fits = [full for full in self.found if initials_of(full) == short]
        return fits[0] if len(fits) == 1 else None

    def index(self):
        self.by_name = {}
        for full, found in self.found.items():
            for key in names_of(found):
                self.by_name.setdefault(key, full)
        self.abbreviations = {}

    def abbreviated(self, short):
        """ "치협" for 대한치과의사협회, "과기부" for 과학기술정보통신부: the full name a short one is
        made from, syllables in order, when the text gives exactly one that fits."""
        if not re.fullmatch(r"[가-힣]{2,8}", short) or short in lx.NOT_NAMES_KO:
            return None
        # Asked of most words of a Korean text: each answer is kept until a body is added.
        if short not in self.abbreviations:
            # A city's name is where, not its government ("청주" is not short for 청주시).
            fits = [
                full
                for full, found in self.found.items()
                if found.kind != InstitutionKind.LOCAL_GOVERNMENT and abbreviates(short, full)
            ]
            self.abbreviations[short] = fits[0] if len(fits) == 1 else None
        return self.abbreviations[short]

    def resolve(self, name):
        """Like ``lookup``, adding well-known bodies met by a short name only."""
        if not name:
            return None
        known = self.lookup(name)
        if known:
            return known
        body = known_body(re.sub(r"^the\s+", "", name.strip()))
        if body:
            return self.add(body.name_ko if self.korean else body.name_en)
        return None

    def ending_in(self, name):
        """The one body recorded whose full name ends in ``name`` ("인수위원회" of the
        대통령직인수위원회): a body's tail is a short name for it; None when none or two fit."""
        fits = self.names_ending_in(name)
        return fits[0] if len(fits) == 1 else None

    def names_ending_in(self, name):
        key = name.replace(" ", "")
        return [full for full in self.found if full.replace(" ", "").endswith(key) and full != name]

    def in_order_of(self, text):
        """Keep the bodies in the order ``text`` first names them."""
        ordered = sorted(self.found.items(), key=lambda kv: first_position(text, kv[1]))
        self.found = dict(ordered)
        self.index()

    def drop(self, name):
        """Leave out a body the article names as something else (the meeting's council)."""
        known = self.lookup(name) if name else None
        if known:
            del self.found[known]
            self.shorts = {k: v for k, v in self.shorts.items() if v != known}
            self.index()

    def drop_council(self, council):
        """Leave out the meeting's council, under its name and under the tail of it the text
        also prints ("Joint Ministerial Council" of "the UK and Overseas Territories Joint
        Ministerial Council", "Council of Ministers" of "SADC Council of Ministers")."""
        self.drop(council)
        for full in [name for name in self.found if council and council.endswith(f" {name}")]:
            self.drop(full)

    def drop_buildings_named_as_places(self, text):
        """Leave out a building ("…센터", "…회관") that ``text`` names only as where something
        was: a place the meeting or a visit was in, not a body that took part."""
        for full in [name for name in self.found if name.endswith(lx.BUILDING_SUFFIXES_KO)]:
            ends = [m.end() for m in re.finditer(re.escape(full), text)]
            if ends and all(WHERE_AFTER_KO.match(text, end) for end in ends):
                del self.found[full]
        self.index()

    def drop_named_only_inside(self, names, text):
        """Leave out the bodies ``text`` names only inside ``names`` (a pledge to build "국회
        세종의사당" is no part the Assembly takes)."""
        # Each name counted once: a body printed more often than inside them takes part.
        joined = "\n".join(names)
        for full, found in list(self.found.items()):
            forms = {full, found.short_name} - {""}
            everywhere = sum(text.count(form) for form in forms)
            if everywhere and everywhere <= sum(joined.count(form) for form in forms):
                del self.found[full]
        self.index()

    def drop_venue(self, venue):
        """A venue that is a building is where the meeting was, not a body that took part."""
        if not venue:
            return
        building = (
            venue.endswith(lx.BUILDING_SUFFIXES_KO)
            if self.korean
            else venue.split()[-1] in lx.BUILDING_WORDS_EN
        )
        if building and self.found.pop(venue, None):
            self.index()


# After a building's name, what makes it the place of something: "…에서", through a room or
# a floor ("정부세종컨벤션센터 대연회장에서", "프레스센터 19층 매화홀에서"), or a visit to it
# ("교통센터를 방문한", "치매안심센터를 시작으로").
WHERE_AFTER_KO = re.compile(
    r"\)?(?:\s?[가-힣0-9]{0,6}(?:실|홀|장|층))*\s?에서|\s?(?:을|를|등을)\s?(?:방문|찾|시작으로)"
)


def names_of(found):
    """Every name ``found`` goes by, casefolded."""
    names = {found.name, found.short_name, found.name_en, found.name_ko} - {""}
    return {name_key(name) for name in names}


def abbreviates(short, full):
    """The press shortens a name by keeping syllables in order, from its first (after 대한,
    한국 or 국립) to its kind's word ("협회" -> "협", "부", "공단" -> "공", "위원회" -> "위",
    "연합회" -> "련")."""
    body = re.sub(r"^(?:대한|한국|국립)", "", full.replace(" ", ""))
    # A syllable opening a word of the full name is spelt as it is inside one in the short
    # name: "연합회" is "련" in 전경련 (the initial sound law), so both are compared as initials.
    short, body = as_initials(short), as_initials(body)
    kind = body[-3:] if body.endswith(KIND_WORDS_OF_THREE) else body[-2:]
    if len(body) <= len(short) or short[0] != body[0] or short[-1] not in kind:
        return False
    rest = iter(body)
    return all(syllable in rest for syllable in short)


# A body's kind in three syllables, shortened to its first ("공정위", "전경련").
KIND_WORDS_OF_THREE = ("위원회", "연합회", "협의회")


def as_initials(word):
    """Each Hangul syllable as it is spelt opening a word: "련" -> "연", "로" -> "노", "녀" -> "여"."""
    return "".join(map(as_initial, word))


def as_initial(syllable):
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return syllable
    onset, vowel = divmod(code, 588)
    # ㄹ and ㄴ before ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ are ㅇ opening a word; ㄹ before the others is ㄴ.
    if onset in (2, 5) and vowel // 28 in (2, 6, 7, 12, 17, 20):
        onset = 11
    elif onset == 5:
        onset = 2
    return chr(0xAC00 + onset * 588 + vowel)


# "부총리 겸 재정경제부 장관": a conjunction before a name is not part of it.
LEADING_CONJUNCTIONS = re.compile(r"^(?:겸|및|또는|and|or|&)\s+")
# "중소벤처기업부(중기부)": the short form printed after the name.
SHORT_IN_BRACKETS = re.compile(r"^(?P<name>.+?)\s?\((?P<short>[^()]{1,12})\)$")


def tidy_name(name, short):
    """``(name, short)`` with what a role or a list glued to the name taken off."""
    name = LEADING_CONJUNCTIONS.sub("", name.strip())
    m = SHORT_IN_BRACKETS.match(name)
    if m and not m["short"].startswith("이하"):
        return m["name"], short or m["short"].strip()
    return name, short


def first_position(text, found):
    positions = [
        m.start()
        for form in {found.name, found.short_name} - {""}
        for m in [re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
        if m
    ]
    return min(positions, default=len(text))


KINDS_EN = (
    (InstitutionKind.MINISTRY, {"Ministry"}),
    (InstitutionKind.LEGISLATURE, {"Assembly"}),
    (InstitutionKind.COMMITTEE, {"Committee", "Commission"}),
    (InstitutionKind.UNIVERSITY, {"University", "College", "Academy", "School"}),
    (InstitutionKind.RESEARCH, {"Institute"}),
    (
        InstitutionKind.ASSOCIATION,
        {"Association", "Federation", "Chamber", "Society", "Union", "Alliance", "Cooperative"},
    ),
    (
        InstitutionKind.AGENCY,
        {
            "Agency", "Administration", "Service", "Office", "Authority", "Fund", "Board",
            "Bureau", "Center", "Centre",
        },
    ),
    (
        InstitutionKind.COMPANY,
        {
            "Electronics", "Motor", "Motors", "Holdings", "Securities", "Industries", "Robotics",
            "Technologies", "Systems", "Solutions", "Networks", "Labs", "Company", "Co", "Inc",
            "Ltd", "Corp", "Corporation", "Group", "Bank",
        },
    ),
)  # fmt: skip


def initials_of(name):
    """ "Korea Hydro & Nuclear Power" -> "KHNP": a body's short form is often its initials."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def kind_of_en(name):
    """The kind of body an English name's words suggest: the first that fits, in this order."""
    words = {strip_possessive(w).rstrip(".") for w in name.split()}
    for kind, keys in KINDS_EN:
        if words & keys:
            return kind
    return InstitutionKind.OTHER


# --- The host and the council --------------------------------------------------------------


def find_host_en(institutions, sentences, meeting, venue):
    for sentence in sentences[:8]:
        m = re.search(r"\b(?:hosted|held|organi[sz]ed|convened|chaired) by (?:the )?", sentence)
        if m:
            name = institution_at(institutions, sentence, m.end(), venue, anchored=True)
            if name:
                return name
    if not meeting:
        return None
    # "ministers met in Brisbane, as the Albanese Government moves ahead": a clause of its own
    # after the meeting is not who convened it.
    # "…, bringing together executives of …", "…, among them …", "firms including …": the
    # guests, not the host.
    main_clause = re.split(
        r",\s+(?:as|while|whereas|amid|after|since|bringing|among)\s|,?\s+(?:including|such as)\s",
        meeting,
        maxsplit=1,
    )[0]
    first = institution_at(institutions, main_clause, 0, venue)
    # "The Joint Ministerial Council met …", "the General Affairs Council in Luxembourg": a
    # council the meeting's sentence names is the meeting's own body, not who hosts it; so is
    # a body's organ ("the Council of Ministers of the Pacific Community met").
    if first and (
        COUNCIL_BODY_EN.search(first) or re.search(ORGAN_OF_EN + re.escape(first), main_clause)
    ):
        return None
    return first


# "Council of Ministers of the …": a body's organ named by its members.
ORGAN_OF_EN = r"\b(?:Council|Committee|Board) of [A-Z][\w-]*(?: [A-Z][\w-]*)* of (?:the )?"


# "Joint Ministerial Council", "Council of the Entente", "SADC Council of Ministers", "Board of
# Trade", and the room a council sits in ("Council Chamber").
COUNCIL_BODY_EN = re.compile(
    r"\b(?:Council|Committee|Forum|Roundtable|Taskforce|Task Force|Group)$"
    r"|\b(?:Council|Committee) (?:of|on)\b|\bBoard of\b|\bCouncil Chamber\b"
)


def institution_at(institutions, sentence, start, venue, anchored=False):
    """The first institution named in ``sentence`` from ``start`` on (not the venue).

    ``anchored``: only one named right at ``start``.
    """
    best = None
    for name, found in institutions.found.items():
        if name == venue:
            continue
        for form in {name, found.short_name} - {""}:
            m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence[start:])
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), name)
    # "where the agency heard from …": the body of that kind the article named first.
    for m in re.finditer(r"(?:(?<=\bthe )|^)([a-z]+)\b", sentence[start:]):
        if best is not None and m.start() >= best[0]:
            break
        noun = m[1].capitalize()
        if noun not in lx.REFERRING_NOUNS_EN:
            continue
        kind = kind_of_en(noun)
        named = next((n for n, f in institutions.found.items() if f.kind == kind), None)
        if named and named != venue:
            best = (m.start(), named)
            break
    if anchored and best and best[0] > 0:
        return None
    return best[1] if best else None


def find_host_ko(institutions, sentences, meeting, venue):
    for sentence in sentences[:8]:
        m = re.search(r"(?:공동\s)?주최|주관", sentence)
        if m:
            name = institution_in(institutions, sentence[: m.start()], venue)
            if name:
                return name
    if meeting:
        # "김상희 더불어민주당 의원은 … 열린 …": a member's party is no host.
        m = MEETING_WORDS_KO_RE.search(meeting)
        text = meeting[: m.start()] if m else meeting
        host = institution_in(institutions, text, venue, affiliations=False)
        if host:
            return host
    # A release tells of its own minister's meeting: "문체부는 황 장관이 … 만났다고 밝혔다". Only
    # the body itself: its spokesman may announce a meeting it does not host.
    for sentence in sentences[:5]:
        m = ANNOUNCED_KO.search(sentence)
        topic = re.search(r"(?<!\S)(\S{1,30}?)(?:은|는)\s", sentence)
        if m and topic and topic.start() < m.start():
            host = institutions.lookup(topic[1])
            if host and host != venue:
                return host
    return None


ANNOUNCED_KO = re.compile(r"밝혔다|전했다|발표했다|설명했다")


def institution_in(institutions, text, venue, affiliations=True):
    """The first institution ``text`` names (not the venue). ``affiliations``: one named as a
    person's, before a title ("더불어민주당 의원"), counts too."""
    for m in re.finditer(r"[가-힣A-Za-z0-9&\-]+", text):
        token = m.group()
        # "더불어민주당 의원", not "창업진흥원(원장 조현우)은": the title right after the name.
        following = re.match(r" ([가-힣]+)", text[m.end() :])
        if not affiliations and following and is_title_ko(strip_particles(following[1])):
            continue
        for stem in candidates_ko(token):
            known = institutions.lookup(stem)
            if known and known != venue:
                return known
    return None
