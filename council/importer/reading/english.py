"""English attribution: who says each quote, from "Name, title, said" and its variants.

A subject clause ("Vice Minister Kim Min-ji of the MSS", "KOSME's chairman Oh", "an
official") is read into a name, the role as printed and the institution it names. A bare
surname is the one person of that name met in the article, "he" the last person speaking or
written about, "the minister" the latest person with that title.
"""

import re
from dataclasses import replace

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
from .mentions_en import (
    JOINERS,
    WORDLIKE_SURNAMES,
    english_mention,
    is_title_word,
    names_in,
    short_forms_in,
    title_words,
)
from .people import Person, Reference, ReferenceKind
from .quotations import closing_attribution, masked
from .roles_en import institution_in_role, tidy_role, title_from_role
from .sentences import sentence_pieces

INTRO_RE = re.compile(
    r"^(?:(?:at|in|on|during|after|before|speaking at|addressing|asked|pressed|questioned|"
    r"responding|referring|reacting|commenting|[a-z]+ing\s(?-i:[a-z])[^,]*)\b[^,]*,|"
    r"(?:meanwhile|also|later|earlier|however|separately|afterwards|then|and|but|so|still|"
    r"further|finally|moreover|likewise|similarly)\b,?)\s*",
    re.IGNORECASE,
)


class EnglishAttribution(Attribution):
    def __init__(self, document, institutions, people):
        super().__init__(document, institutions, people)
        self.short_forms = short_forms_in(masked([*document.header, *document.body], False))

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
        # "“…” (Cho Sung-wook, Chairman of the Fair Trade Commission)": a digest's attribution.
        bracket = re.match(r"\s*\(([^()]{2,160})\)", self.document.text_after(quote))
        speaker = self.person(bracket[1]) if bracket else None
        return speaker or self.people.last

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
            if VERB_RE.search(piece) or re.search(r"\b(?:questioned|answered)\b", piece):
                verb = re.search(VERB_RE.pattern + r"|\bquestioned\b|\banswered\b", piece)
                who = INTRO_RE.sub("", piece[: verb.start()].strip(" ,"))
                person = self.person(who, mention=True)
                if person is not None:
                    self.people.last = person
                continue
            # "Lim Bo-ra, chief executive of Radicle, was sceptical.": the "she" of the next
            # quote is whoever the sentence is about, not the last speaker.
            opening = INTRO_RE.sub("", piece)
            named = opening_subject(opening) or self.opening_name(opening)
            titled = "" if named else opening_reference(opening) or opening_description(opening)
            # "The minister was …" whom the article does not name is a new subject all the
            # same: the next quote without attribution is not the previous speaker's.
            person = self.person(named, mention=True) if named else None
            person = self.person(titled) if titled else person
            if person is not None:
                self.people.last = person

    def opening_name(self, sentence):
        """The name of a person met that a sentence opens with ("Local business owner Jane Doe
        was …", "Doe also urged …"), or ""."""
        found = names_in(sentence, self.short_forms)
        if found:
            start = sentence.find(found[0].name)
            before = sentence[:start].strip().removesuffix(found[0].honorific).strip()
            if before and not found[0].role.startswith(before):
                return ""
            # "Ann Cole and Trade Minister Tom Reid met …": the subject is both of them.
            if len(found) > 1:
                second = sentence.find(found[1].name)
                between = sentence[start + len(found[0].name) : second].split()
                if between[:1] == ["and"] and all(
                    w[:1].isupper() or is_title_word(w) or w in JOINERS for w in between[1:]
                ):
                    return sentence[: second + len(found[1].name)]
            return found[0].name
        m = re.match(r"([A-Z][\w’'-]+) (?=[a-z])", sentence)
        surname = m and m[1] not in lx.CAPITALISED_STOPWORDS_EN and m[1]
        known = surname and self.people.find(Reference(ReferenceKind.SURNAME, name=surname))
        return surname if known else ""

    def person(self, who, mention=False):
        """The Person a subject clause names; None when it names nobody."""
        who = clean_subject(who)
        if not who:
            return self.people.last
        lower = who.casefold()
        if re.fullmatch(r"(?:he|she|they)(?: also| further| then| later)?", lower):
            return self.pronoun(who.split()[0])
        if self.is_group(who):
            # "A and B said": the remark is both people's; naming one would be wrong.
            return Person(name=None, role=who)
        named = self.name_and_role(who)
        if named:
            name, role = named
            if len(name.split()) == 1:
                found = self.resolve(self.short_reference(name, role))
                return found or (None if mention else self.unnamed(who))
            return self.named(name, role)
        reference = re.fullmatch(r"the ([^\W\d_][\w .-]*)", lower)
        if reference:
            found = self.resolve(Reference(ReferenceKind.TITLE, title_words=title_words(who)[1:]))
            return found or (None if mention else self.unnamed(who))
        words = set(re.findall(r"[a-z]+", lower))
        if re.match(r"(?:a|an|one|another|some|two|three|several)\b", lower) and (
            words & lx.PERSON_NOUNS_EN
        ):
            person = self.unnamed(who)
            self.people.unnamed.append(person)
            return person
        if ", " in who:
            # "After the talks, held over two days, ended, he noted": the subject is the last
            # clause when what comes before names nobody.
            return self.person(who.rsplit(", ", 1)[1], mention)
        return None

    def is_group(self, who):
        """ "Ann Cole and Tom Reid", "Cole and Reid", "Minister Cole and officials", "both
        ministers": a subject of several people."""
        if re.match(r"(?:both|the two|the three|all)\b", who, re.IGNORECASE):
            return True
        parts = re.split(r",? and ", who)
        return len(parts) > 1 and all(self.names_people(part) for part in parts)

    def names_people(self, part):
        """Whether one part of a joint subject is a person or a group ("officials")."""
        part = part.strip()
        if part.casefold().split()[-1:] and part.casefold().split()[-1] in PLURAL_PERSON_NOUNS:
            return True
        named = self.name_and_role(part)
        if not named:
            return False
        name, role = named
        return " " in name or self.people.find(self.short_reference(name, role)) is not None

    def name_and_role(self, who):
        """``(name, role as printed)`` of a subject that names someone, or None.

        A full name the mention reader finds ("Small Business Minister Mark Prisk") comes
        first; the subject's own shapes ("Another founder, Shin Ha-rim of …", "Minister Oh")
        after."""
        found = names_in(who, self.short_forms)
        if found:
            return found[0].name, found[0].role
        return split_name_role(who)

    def pronoun(self, word):
        """ "he" is the last person; "He" may also be Vice Premier He: with two, nobody."""
        last = self.people.last
        namesake = self.people.find(Reference(ReferenceKind.SURNAME, name=word))
        if namesake is None or word != word.capitalize() or last and last.name == namesake.name:
            return last
        return namesake if last is None else None

    def short_reference(self, surname, around):
        """ "Kim", "Mr Teo", "Minister Harris": the surname, with the title when one is printed."""
        words = [
            w
            for w in around.split()
            if w not in lx.HONORIFICS_EN and (w[:1].isupper() or is_title_word(w))
        ]
        if not words:
            return Reference(ReferenceKind.SURNAME, name=surname)
        return Reference(
            ReferenceKind.TITLED_SURNAME, name=surname, title_words=title_words(" ".join(words))
        )

    def resolve(self, reference):
        """The one person ``reference`` means, with the institution their role names."""
        found = self.people.find(reference)
        if found is None or found.name is None:
            return found
        return self.named(found.name, found.role)

    def named(self, name, role):
        role = tidy_role(role)
        institution_printed = institution_in_role(role, self.institutions)
        institution = None
        if institution_printed:
            institution = self.institutions.resolve(institution_printed) or self.institutions.add(
                institution_printed, kind=kind_of_en(institution_printed)
            )
        title = title_from_role(role, institution_printed)
        person = self.people.meet(english_mention(name, role, institution, title))
        if person.role == role:
            return person
        # "Chairman" noted beside the name, then "KOSME's Chairman" printed whole: the fuller.
        fuller = person.institution in (None, institution)
        if not person.role or fuller and holds_title(role, person.role.lower()):
            person.role, person.institution, person.title = role, institution, title
            person.title_words = title_words(role)
            return person
        if not role:
            return person
        # Printed here with another role: the remark keeps the role as printed here.
        return replace(
            person, role=role, institution=institution or person.institution, title=title
        )

    def unnamed(self, who):
        role = (
            who[:1].lower() + who[1:] if re.match(r"(?:A|An|One|Another|The|Some)\b", who) else who
        )
        institution = institution_in_role(role, self.institutions, known_only=True)
        return Person(name=None, role=role, institution=self.institutions.resolve(institution))


PLURAL_PERSON_NOUNS = frozenset(n for n in lx.PERSON_NOUNS_EN if n.endswith("s"))


def clean_subject(who):
    who = (who or "").strip(" ,:;")
    previous = None
    while previous != who:
        previous = who
        who = INTRO_RE.sub("", who).strip(" ,")
    # Relative clauses and asides describe the speaker without being their role.
    who = re.split(r",? (?:who|which|whose) ", who)[0]
    who = re.split(r",? (?:was|is|were|had|has|put it)\b", who)[0]
    # "Representative Greer also said": the adverb is no part of the subject.
    who = re.sub(r"(?: (?:also|further|then|later|again|too|once more))+$", "", who)
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


# "Minister Reid described …", "Dr Scanlon became …": a titled surname as a sentence's subject.
OPENING_REFERENCE = re.compile(r"(?P<who>(?:(?:[A-Z][\w.’'-]*) )+?[A-Z][\w’'-]+) (?=[a-z])")


def opening_reference(sentence):
    """The short reference a sentence opens with, or ""; only titles may come before the
    surname, so "Daeho Steel" is none."""
    words = sentence.split()
    if words[:1] in (["The"], ["the"]):
        # "The minister was …", "The opposition spokesman rejected …": a title alone.
        for i, word in enumerate(words[1:4], start=1):
            if is_title_word(word) and words[i + 1 : i + 2] and words[i + 1][:1].islower():
                return " ".join(words[: i + 1])
        return ""
    m = OPENING_REFERENCE.match(sentence)
    if not m:
        return ""
    *before, _surname = m["who"].split()
    return m["who"] if all(is_title_word(w) or w in lx.HONORIFICS_EN for w in before) else ""


def opening_description(sentence):
    """ "A Cheong Wa Dae official declined …": an unnamed person a sentence opens with, whom
    "the official" may mean later; or ""."""
    words = sentence.split()
    if not words or words[0].casefold() not in ("a", "an", "one", "another"):
        return ""
    for i, word in enumerate(words[1:6], start=1):
        if word in lx.PERSON_NOUNS_EN:
            following = words[i + 1 : i + 2]
            return " ".join(words[: i + 1]) if following and following[0].islower() else ""
    return ""


def split_at_comma(text):
    """``text`` cut at its first comma, except one inside a list that is part of a name:
    "Minister of Trade, Industry and Energy Yoon Chae-rin"."""
    comma = re.search(r",(?!\s(?:[A-Z][\w&-]*,\s)*[A-Z][\w&-]*,?\s(?:and|&)\s[A-Z])", text)
    return (text[: comma.start()], text[comma.end() :]) if comma else (text, "")


def split_name_role(who):
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
            and not is_title_word(word)
            and word not in lx.HONORIFICS_EN
            and word not in lx.CAPITALISED_STOPWORDS_EN
            and word not in lx.INSTITUTION_WORDS_EN
            and word not in ("Korea", "Korean", "National")
        )
        # "Vice Premier He": after a title, a word that reads as a pronoun is a surname.
        nameish = nameish or (word in WORDLIKE_SURNAMES and i > 0 and is_title_word(words[i - 1]))
        if nameish:
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs and rest.strip():
        # "Another founder, Shin Ha-rim of logistics startup Boxwave": the name comes second.
        named = split_name_role(rest.strip())
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
        if len(run) == 1 and len(words) > 2 and not is_title_word(before):
            continue
        name = " ".join(words[i] for i in run)
        role_words = words[: run[0]] + words[run[-1] + 1 :]
        role = " ".join(role_words)
        if rest.strip():
            role = f"{role}, {rest.strip()}" if role else rest.strip()
        return name, role
    return None
