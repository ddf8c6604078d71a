"""Institutions: the bodies an article names, kept once each under their full name.

The stages that find bodies (``institution_names``), the attribution (a speaker's
institution) and the host and council below all go through one ``Institutions`` registry, so
that "MSS", "중기부" and "Ministry of SMEs and Startups" are one body.
"""

import re

from . import lexicon as lx
from .english_words import strip_possessive
from .gazetteer import known_body
from .korean_words import candidates_ko
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

    def add(self, name, short="", kind=InstitutionKind.OTHER):
        """Record an institution once, under its full name; returns that name."""
        name = name.strip()
        if not name:
            return None
        known = self.lookup(name)
        if known:
            if short and not self.found[known].short_name:
                self.found[known].short_name = short
                self.shorts[short.casefold()] = known
                self.index()
            return known
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
        if short:
            self.shorts[short.casefold()] = name
        return name

    def lookup(self, name):
        """The full name an institution is recorded under, from any of its names, or None."""
        key = name.strip().casefold()
        key = re.sub(r"^the\s+", "", key)
        return self.by_name.get(key) or self.shorts.get(key)

    def index(self):
        self.by_name = {}
        for full, found in self.found.items():
            for key in names_of(found):
                self.by_name.setdefault(key, full)

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

    def in_order_of(self, text):
        """Keep the bodies in the order ``text`` first names them."""
        ordered = sorted(self.found.items(), key=lambda kv: first_position(text, kv[1]))
        self.found = dict(ordered)
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


def names_of(found):
    """Every name ``found`` goes by, casefolded."""
    names = {found.name, found.short_name, found.name_en, found.name_ko} - {""}
    return {name.casefold() for name in names}


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
    return institution_at(institutions, meeting, 0, venue) if meeting else None


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
    if not meeting:
        return None
    m = MEETING_WORDS_KO_RE.search(meeting)
    return institution_in(institutions, meeting[: m.start()] if m else meeting, venue)


def institution_in(institutions, text, venue):
    for m in re.finditer(r"[가-힣A-Za-z0-9&\-]+", text):
        for stem in candidates_ko(m.group()):
            known = institutions.lookup(stem)
            if known and known != venue:
                return known
    return None


def find_council_en(document, meeting):
    names = [q.text for q in document.quotes() if not q.speech]
    names = [n.strip(" ,.") for n in names]
    councils = [n for n in names if set(n.casefold().split()) & lx.MEETING_WORDS_EN]
    in_meeting = [n for n in councils if n in meeting]
    return (in_meeting or councils or [""])[0]


def find_council_ko(document, meeting):
    names = quoted_names_ko(document.body)
    for name in names:
        if name.endswith(lx.MEETING_WORDS_KO) and name in meeting:
            return name
    for name in names:
        if name.endswith(lx.MEETING_WORDS_KO):
            return name
    return ""


def quoted_names_ko(body):
    """Names in single or double quotes, anywhere in the body, in order."""
    names = []
    for para in body:
        for m in re.finditer(r"[‘']([^‘’'\n]{2,80})[’']|[\"“]([^\"“”\n]{2,80})[\"”]", para):
            names.append((m[1] or m[2]).strip())
    return names
