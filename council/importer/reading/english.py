"""English attribution: who says each quote, from "Name, title, said" and its variants.

A subject clause ("Vice Minister Kim Min-ji of the MSS", "KOSME's chairman Oh", "an
official") is read into a name, the role as printed and the institution it names. A bare
surname is the one person of that name met in the article, "he" the last person speaking or
written about, "the minister" the latest person with that title.
"""

import re

from . import lexicon as lx
from .attribution import Attribution
from .english_words import (
    ACCORDING_RE,
    GIVEN_NAME,
    NAME_TOKEN,
    PERSON_WORDS_EN,
    POSSESSIVE,
    VERB_RE,
    is_pure_name,
    strip_possessive,
)
from .institutions import kind_of_en
from .people import Person
from .quotations import closing_attribution
from .roles_en import institution_in_role, tidy_role, title_from_role
from .sentences import sentence_pieces

INTRO_RE = re.compile(
    r"^(?:(?:at|in|on|during|after|before|speaking at|addressing|asked|pressed|questioned|"
    r"responding|referring|reacting|commenting)\b[^,]*,|"
    r"(?:meanwhile|also|later|earlier|however|separately|afterwards|then|and|but|so|still|"
    r"further|finally|moreover|likewise|similarly)\b,?)\s*",
    re.IGNORECASE,
)
# "Name, role," or "Name, role." inside a sentence.
DESCRIBED_NAME = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}), (?P<role>[^,]+?)(?=,|\.?$)"
)


class EnglishAttribution(Attribution):
    def speaker_of(self, index, quote, pending):
        prefix = self.document.prefix(index)
        if prefix:
            who = subject_before(prefix)
            return self.person(who) if who else self.people.last
        if pending is not None:
            return pending
        closing = closing_attribution(self.document, quote)
        if closing:
            return self.person(subject_after(closing))
        return self.people.last

    def colon_introduction(self, para):
        if para < 0:
            return None
        text = self.document.body[para]
        if any(ch in lx.DOUBLE_QUOTES for ch in text) or not text.endswith(":"):
            return None
        if not VERB_RE.search(text):
            return None
        last = sentence_pieces(text, False)[-1].strip()
        return self.person(subject_before(last))

    def note_mentions(self, index):
        for piece in self.document.narrative_pieces(index):
            piece = piece.strip()
            self.note_titled_names(piece)
            self.note_described_names(piece)
            if VERB_RE.search(piece) or re.search(r"\b(?:questioned|answered)\b", piece):
                verb = re.search(VERB_RE.pattern + r"|\bquestioned\b|\banswered\b", piece)
                who = INTRO_RE.sub("", piece[: verb.start()].strip(" ,"))
                person = self.person(who, mention=True)
                if person is not None:
                    self.people.last = person
                continue
            # "Lim Bo-ra, chief executive of Radicle, was sceptical.": the "she" of the next
            # quote is whoever the sentence is about, not the last speaker.
            who = opening_subject(INTRO_RE.sub("", piece))
            person = self.person(who, mention=True) if who else None
            if person is not None and person.name:
                self.people.last = person

    def note_titled_names(self, sentence):
        """ "chaired by First Vice Minister Kwon Hye-rin": a person the article may quote later."""
        words = sentence.split()
        i = 0
        while i < len(words):
            if words[i] not in lx.TITLE_WORDS_EN:
                i += 1
                continue
            end = i
            while end < len(words) and words[end] in lx.TITLE_WORDS_EN:
                end += 1
            run = []
            for word in words[end : end + 3]:
                if not NAME_TOKEN.match(word.rstrip(",.")):
                    break
                run.append(word.rstrip(",."))
                if word[-1] in ",.":
                    break
            name = " ".join(run)
            if is_pure_name(name) and name not in self.people.by_name:
                self.named(name, " ".join(words[i:end]))
            i = end + len(run) or i + 1

    def note_described_names(self, sentence):
        """ "chaired by Kim Min-ji, Director General …", "…, said Yoo Sang-hoon, a senior vice
        president at KEPCO.": a person described where no quote is, whom "Kim said" may mean."""
        for m in DESCRIBED_NAME.finditer(sentence):
            name, role = m["name"], m["role"]
            described = re.sub(r"^(?:a|an|the) ", "", role).split()[0].casefold()
            if (
                GIVEN_NAME.match(name.split()[-1])
                and is_pure_name(name)
                and (described in PERSON_WORDS_EN)
            ):
                self.named(name, role)

    def person(self, who, mention=False):
        """The Person a subject clause names; None when it names nobody."""
        who = clean_subject(who)
        if not who:
            return self.people.last
        lower = who.casefold()
        if re.fullmatch(r"(?:he|she|they)(?: also| further| then| later)?", lower):
            return self.people.last
        named = split_name_role(who)
        if named:
            name, role = named
            if len(name.split()) == 1:
                return self.by_surname(name, role) or (None if mention else self.unnamed(who))
            return self.named(name, role)
        reference = re.fullmatch(r"the ([a-z][a-z .-]*)", lower)
        if reference:
            return self.by_title(reference[1]) or (None if mention else self.unnamed(who))
        words = set(re.findall(r"[a-z]+", lower))
        if re.match(r"(?:a|an|one|another|some|two|three|several)\b", lower) and (
            words & lx.PERSON_NOUNS_EN
        ):
            person = self.unnamed(who)
            self.people.unnamed.append(person)
            return person
        return None

    def named(self, name, role):
        role = tidy_role(role)
        institution_printed = institution_in_role(role, self.institutions)
        institution = None
        if institution_printed:
            institution = self.institutions.resolve(institution_printed) or self.institutions.add(
                institution_printed, kind=kind_of_en(institution_printed)
            )
        title = title_from_role(role, institution_printed)
        person = Person(name=name, role=role, institution=institution, title=title)
        previous = self.people.by_name.get(name)
        if previous and not role:
            return previous
        # "Chairman" noted beside the name, then "KOSME's Chairman" printed whole: the fuller.
        fuller = previous and previous.institution in (None, institution)
        if previous and (not previous.role or fuller and holds_title(role, previous.role.lower())):
            previous.role, previous.institution, previous.title = role, institution, title
            return previous
        if previous:
            return Person(name, role, institution or previous.institution, title)
        self.people.by_name[name] = person
        return person

    def unnamed(self, who):
        role = (
            who[:1].lower() + who[1:] if re.match(r"(?:A|An|One|Another|The|Some)\b", who) else who
        )
        institution = institution_in_role(role, self.institutions, known_only=True)
        return Person(name=None, role=role, institution=self.institutions.resolve(institution))

    def by_surname(self, surname, title):
        """The one person met whose name has ``surname`` as its first or last word.

        With two ("Kim Min-ji", "Kim Tae-hoon"), "Kim said" could be either: nobody is guessed.
        """
        matches = [n for n in self.people.by_name if surname in (n.split()[0], n.split()[-1])]
        return self.people.by_name[matches[0]] if len(matches) == 1 else None

    def by_title(self, noun):
        """ "the minister": the latest person whose role has the word; else an unnamed one."""
        noun = noun.strip()
        for person in reversed([self.people.last, *self.people.by_name.values()]):
            if person and person.name and holds_title(person.role, noun):
                return person
        for person in reversed(self.people.unnamed):
            if noun.split()[-1] in person.role.casefold():
                return person
        return None


def clean_subject(who):
    who = (who or "").strip(" ,:;")
    previous = None
    while previous != who:
        previous = who
        who = INTRO_RE.sub("", who).strip(" ,")
    # Relative clauses and asides describe the speaker without being their role.
    who = re.split(r",? (?:who|which|whose) ", who)[0]
    who = re.split(r",? (?:was|is|were|had|has|put it)\b", who)[0]
    return who.strip(" ,")


def subject_before(prefix):
    """The subject of "Name, title, said," or "According to Name," (empty for "and added,")."""
    prefix = prefix.strip().lstrip(",;").strip()
    m = ACCORDING_RE.search(prefix)
    if m:
        return prefix[m.end() :].strip(" ,:")
    m = VERB_RE.search(prefix)
    if m:
        return prefix[: m.start()].strip(" ,")
    return prefix.rstrip(":").strip()


def subject_after(clause):
    """The subject of "said Kim Min-ji, a fellow at KDI" or "Kim Min-ji said at the meeting"."""
    clause = clause.strip().lstrip(",").strip().rstrip(".")
    m = VERB_RE.match(clause) or ACCORDING_RE.match(clause)
    if m:
        return clause[m.end() :].strip(" ,")
    m = VERB_RE.search(clause)
    return clause[: m.start()].strip(" ,") if m else ""


def holds_title(role, noun):
    """ "the vice minister" is the "Second Vice Minister …"; "the minister" is no vice minister."""
    words = role.casefold().replace(",", " ").split()
    wanted = noun.split()
    for i in range(len(words) - len(wanted) + 1):
        if words[i : i + len(wanted)] == wanted and (i == 0 or words[i - 1] not in lx.DEPUTIES_EN):
            return True
    return False


def opening_subject(sentence):
    """ "Lim Bo-ra, chief executive of Radicle, was sceptical": the name and role it opens with."""
    m = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*){1,3})(?:, ([^,]+),)? [a-z]", sentence)
    if not m or not is_pure_name(m[1]):
        return ""
    # A person's name ("Bo-ra"), or a name described as a person ("Daeho Steel" is neither).
    described = re.sub(r"^(?:a|an|the) ", "", m[2] or "").split()[:1]
    if not GIVEN_NAME.match(m[1].split()[-1]) and not (
        described and described[0].casefold() in PERSON_WORDS_EN
    ):
        return ""
    return f"{m[1]}, {m[2]}" if m[2] else m[1]


# A comma not followed by the rest of a list and its "and" ("Trade, Industry and Energy"); a
# list in a name has a few items, and an unbounded one is rescanned from every comma.
NAME_LIST_COMMA = re.compile(r",(?!\s(?:[A-Z][\w&-]*,\s){0,8}[A-Z][\w&-]*,?\s(?:and|&)\s[A-Z])")


def split_at_comma(text):
    """``text`` cut at its first comma, except one inside a list that is part of a name:
    "Minister of Trade, Industry and Energy Yoon Chae-rin"."""
    comma = NAME_LIST_COMMA.search(text)
    return (text[: comma.start()], text[comma.end() :]) if comma else (text, "")


# A subject may follow a description or two ("Another founder, Shin Ha-rim …"; "…, 500,000
# won per shop, Vice Minister Han Ji-woo"); thousands of commas are no subject, and each
# description read is one level of recursion.
MAX_DESCRIPTIONS = 8


def split_name_role(who, descriptions=0):
    """``(name, role as printed without the name)`` for a subject naming a person, or None.

    Handles "Name, role", "Title Name of Institution", "Institution's Title Name" and
    "Title Name"; a single remaining word ("Kim", "Minister Oh") is a surname.
    """
    head, rest = split_at_comma(who)
    head = head.strip()
    if is_pure_name(head):
        return head, split_at_comma(rest)[0].strip()
    words = head.split()
    runs, run = [], []
    for i, word in enumerate(words):
        nameish = (
            NAME_TOKEN.match(word)
            and word not in lx.TITLE_WORDS_EN
            and word not in lx.CAPITALISED_STOPWORDS_EN
            and word not in lx.INSTITUTION_WORDS_EN
            and word not in ("Korea", "Korean", "National")
        )
        if nameish:
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs and rest.strip() and descriptions < MAX_DESCRIPTIONS:
        # "Another founder, Shin Ha-rim of logistics startup Boxwave": the name comes second.
        named = split_name_role(rest.strip(), descriptions + 1)
        if named and " " in named[0]:
            # "Prices will rise, Finance Minister Name said": what comes first is no description.
            if not words or words[-1].casefold() not in PERSON_WORDS_EN:
                return named
            described = re.sub(r"^(?:a|an|another|one|the)\s+", "", head, flags=re.IGNORECASE)
            return named[0], f"{described} {named[1]}".strip()
    for run in runs:
        before = words[run[0] - 1] if run[0] > 0 else ""
        after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
        if before.casefold() in ("of", "at", "for", "from", "the", "in", "and") or (
            before and POSSESSIVE.search(before) is None and before[:1].islower()
        ):
            # "Deputy Minister for Industrial Policy Chung Hae-won": the run ends with a name.
            if len(run) < 3 or not GIVEN_NAME.match(words[run[-1]]):
                continue
            run = run[-2:]
            before = words[run[0] - 1]
        if after and (
            POSSESSIVE.search(after)
            or after in lx.INSTITUTION_WORDS_EN
            or strip_possessive(after) in lx.INSTITUTION_WORDS_EN
        ):
            continue
        if len(run) > 4:
            continue
        # A lone word is a surname only where a title or nothing else surrounds it.
        if len(run) == 1 and len(words) > 2 and before not in lx.TITLE_WORDS_EN:
            continue
        name = " ".join(words[i] for i in run)
        role_words = words[: run[0]] + words[run[-1] + 1 :]
        role = " ".join(role_words)
        if rest.strip():
            role = f"{role}, {rest.strip()}" if role else rest.strip()
        return name, role
    return None
