"""English subjects: the words of a sentence that say who speaks or who it is about.

Pure functions over text: "Name, title, said" and "said Name, title" cut to their subject;
a subject split into the name and the role as printed ("Title Name of Institution",
"Institution's Title Name", "Name, role"); the person, titled surname, title or unnamed person
a narrative sentence opens with. ``english`` resolves what they return to people.
"""

import re

from . import lexicon as lx
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
from .mentions_en import (
    NAME_PARTICLES,
    WORDLIKE_SURNAMES,
    core,
    is_postnominal,
    is_title_word,
    names_in,
)

# The "-ing" clause runs to its comma in one scan: as "[a-z]+ing … [^,]*\b[^,]*," it split
# the clause both ways at every position, quadratic on a clause without a comma.
INTRO_RE = re.compile(
    r"^(?:(?:at|in|on|during|after|before|speaking at|addressing|asked|pressed|questioned|"
    r"responding|referring|reacting|commenting)\b[^,]*,|[a-z]+ing\s(?-i:[a-z])[^,]*,|"
    # "Concluding, Minister Lee said": an opening participle alone is no part of the subject.
    r"(?:concluding|closing|continuing|summing up|wrapping up|speaking|adding|noting|"
    r"explaining|elaborating|reflecting|ending|opening|welcoming|replying|answering),|"
    # A sentence's adverb before its subject: "Instead, the Premier stated that …".
    r"(?:meanwhile|also|later|earlier|however|separately|afterwards|then|and|but|so|still|"
    r"further|finally|moreover|likewise|similarly|instead|nevertheless|nonetheless|"
    r"additionally|besides|subsequently|accordingly|thus|therefore)\b,?)\s*",
    re.IGNORECASE,
)


# A phrase of time or place opening a sentence without a comma: a preposition, a determiner and
# a few words in lower case, then the subject with its capital.
OPENING_PHRASE = re.compile(
    r"(?i:at|in|on|during|after|before|throughout)\s+(?:the|a|an|his|her|their|its|this|that)"
    r"(?:\s+[a-z]+){1,3}\s+(?=[A-Z])"
)

# A subject ending "(HE) the Governor", "the Prime Minister": a courtesy, "the", a title; the
# courtesy is how the person is addressed, no part of the title.
TITLE_AT_END = re.compile(
    r"(?:^|\s)(?:(?P<courtesy>HE|H\.E\.|His Excellency|Her Excellency|The Hon\.?|Hon\.?)\s+)?"
    r"(?P<title>the\s+(?:[A-Z][\w-]*\s+){0,3}(?i:"
    + "|".join(sorted(w for w in lx.TITLE_WORDS_EN | lx.OFFICES_EN if w.isalpha()))
    + r"))$"
)

# INTRO_RE where the last opening clause ended.
INTRO_AT = re.compile(INTRO_RE.pattern.removeprefix("^"), re.IGNORECASE)
ADVERBS_AFTER = (" also", " further", " then", " later", " again", " too", " once more")


LEADING_DATE = re.compile(r"^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+(?=[A-Z])")


def clean_subject(who):
    who = (who or "").strip(" ,:;")
    # Opening clauses one after another ("Meanwhile, at the forum, …") are skipped in place:
    # cut off one at a time, each cut copied the rest of the text.
    start = 0
    while intro := INTRO_AT.match(who, start):
        start = intro.end()
        while start < len(who) and who[start] in " ,":
            start += 1
    who = who[start:].strip(" ,")
    # "2018-06-04 A Downing Street spokesperson said:": a page's date glued before the subject.
    who = LEADING_DATE.sub("", who)
    # "During the meeting Cho also suggested": an opening phrase of time or place without its
    # comma ends where the capitalised subject begins.
    phrase = OPENING_PHRASE.match(who)
    if phrase:
        who = who[phrase.end() :]
    # "In his opening Address (full copy) HE the Governor": a phrase before the subject
    # without its comma; the subject is the title the words end with.
    titled = TITLE_AT_END.search(who)
    if (
        titled
        and "," not in who
        and (re.search(r"[a-z(]", who[: titled.start()]) or titled["courtesy"])
    ):
        who = titled["title"]
    # Relative clauses and asides describe the speaker without being their role.
    who = re.split(r",? (?:who|which|whose) ", who)[0]
    who = re.split(r",? (?:was|is|were|had|has|put it)\b", who)[0]
    # "Representative Greer also said": the adverbs are no part of the subject. Counted from
    # the end: a pattern "( adverb)+$" rescans a run of them from each one.
    end = len(who)
    while adverb := next((a for a in ADVERBS_AFTER if who.endswith(a, 0, end)), None):
        end -= len(adverb)
    return who[:end].strip(" ,")


# "…will take place Wednesday, a ministry official said": speech reported first, its speaker
# after the last comma. The words before that comma are a clause of their own (words in lower
# case besides the joiners), not a name with its title ("Kim Min-ji, a fellow at KDI").
UNNAMED_SPEAKER_RE = re.compile(
    r"(?:(?:a|an|one|another|the)\s+|"
    # "France's finance minister", "Acme Corp's chief executive": a possessor, then the post.
    r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s+)"
    r"(?:[\w’'.&-]+\s+){0,4}?(?P<noun>[a-z]+)"
)
CLAUSE_WORDS = 3
SMALL_WORDS = frozenset({"of", "for", "and", "the", "to", "a", "an", "in", "at", "on"})


def described_post(who):
    """Whether ``who`` is an unnamed person described by a post alone, opening a sentence: "A
    Downing Street spokesperson", "An Environment Canterbury official"."""
    if not who[:1].isupper():
        return False
    m = UNNAMED_SPEAKER_RE.fullmatch(who[:1].lower() + who[1:])
    return (
        bool(m)
        and who.split()[0] in ("A", "An", "One", "Another")
        and m["noun"] in lx.PERSON_NOUNS_EN
    )


def reported_subject(who):
    """The unnamed speaker ("a ministry official") after the last comma of "<what was said>,
    <speaker> said", or "" when the words before the comma are no clause of their own."""
    head, comma, tail = who.rpartition(", ")
    tail = tail.strip()
    if not comma or len(tail) > 80:
        return ""
    m = UNNAMED_SPEAKER_RE.fullmatch(tail)
    if not m or m["noun"] not in lx.PERSON_NOUNS_EN:
        return ""
    lower = [w for w in head.split() if w[:1].islower() and w not in SMALL_WORDS]
    return tail if len(lower) >= CLAUSE_WORDS else ""


def subject_before(prefix):
    """The subject of "Name, title, said," or "According to Name," (empty for "and added,")."""
    prefix = prefix.strip().lstrip(",;").strip()
    m = ACCORDING_RE.search(prefix)
    if m:
        # "According to the statement that closed the talks,": the source, not the clause
        # that describes it.
        source = prefix[m.end() :].strip(" ,:")
        return re.split(r"\s+(?:that|which|who)\s", source, maxsplit=1)[0]
    m = VERB_RE.search(prefix)
    if m:
        head = prefix[: m.start()].strip(" ,")
        if m.group().endswith("ing") and prefix[: m.start()].rstrip().endswith(","):
            # "Deputy Prime Minister Choo held a meeting in Seoul, stating, “…”": the one who
            # states is the main clause's subject, not the clause.
            return main_clause_subject(head) or head
        return head
    subject = subject_before_colon(prefix)
    if subject:
        return subject
    return prefix.rstrip(":").strip()


def main_clause_subject(clause):
    """The words a clause opens with as its subject: capitalised words and the small words
    joining them ("Deputy Prime Minister Choo", "He"), or a determiner and a person noun ("The
    minister"); "" when it opens otherwise."""
    words = INTRO_RE.sub("", clause).split()[:LONGEST_OPENING]
    taken = []
    for word in words:
        if word[:1].isupper() or (taken and word in ("of", "for", "and", "the")):
            taken.append(word)
            continue
        break
    while taken and taken[-1] in ("of", "for", "and", "the"):
        taken.pop()
    if [w.casefold() for w in taken] in (["the"], ["a"], ["an"]):
        for k, word in enumerate(words[1:4], start=1):
            if word.casefold() in PERSON_WORDS_EN:
                return " ".join(words[: k + 1])
        return ""
    if taken and taken[-1].endswith(","):
        return ""
    return " ".join(taken)


LONGEST_OPENING = 12

OBJECT_PRONOUNS = frozenset({"them", "us", "him", "her", "reporters", "journalists"})


def subject_before_colon(prefix):
    """ "… Sir Keir confirmed:", "The minister reassured them:": before a colon, a subject (a
    capitalised word, a pronoun or a person noun) and a verb in the past tense that the list of
    verbs of saying lacks. The subject's words, or ""."""
    if not prefix.endswith(":"):
        return ""
    rest, _, verb = prefix[:-1].rstrip().rpartition(" ")
    if verb in OBJECT_PRONOUNS:
        rest, _, verb = rest.rpartition(" ")
    if not re.fullmatch(r"[a-z]+ed", verb):
        return ""
    before = rest.rpartition(" ")[2].strip(",")
    if not (before[:1].isupper() or before in ("he", "she", "they") or before in PERSON_WORDS_EN):
        return ""
    return rest.strip(" ,")


# A phrase after the speaker of "said <speaker>": a preposition or conjunction, then words in
# lower case ("before leaving", "in a statement", "at the meeting", "after talks").
ADVERBIAL_AFTER_SPEAKER = re.compile(
    r"\s(?:before|after|during|while|when|as|in|at|on|to|from|outside|upon|ahead of|following"
    r"|with|via|through|by|and)\s+(?=[a-z\d])"
)


def subject_after(clause):
    """The subject of "said Kim Min-ji, a fellow at KDI" or "Kim Min-ji said at the meeting"."""
    clause = clause.strip().lstrip(",").strip().rstrip(".")
    m = VERB_RE.match(clause) or ACCORDING_RE.match(clause)
    if m:
        who = clause[m.end() :].strip(" ,")
        # "said Hwang before leaving for the venue", "said the minister in a statement": the
        # speaker's name or title ends where a phrase of time, place or manner begins.
        head = who.partition(",")[0]
        after = ADVERBIAL_AFTER_SPEAKER.search(head)
        return head[: after.start()] if after else who
    m = VERB_RE.search(clause)
    return clause[: m.start()].strip(" ,") if m else ""


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
            and not is_title_word(word)
            and word not in lx.HONORIFICS_EN
            and word not in lx.CAPITALISED_STOPWORDS_EN
            and word not in lx.INSTITUTION_WORDS_EN
            and word not in ("Korea", "Korean", "National")
        )
        # "Vice Premier He": after a title, a word that reads as a pronoun is a surname.
        nameish = nameish or (word in WORDLIKE_SURNAMES and i > 0 and is_title_word(words[i - 1]))
        # "Ursula von der Leyen": a lower-case particle inside a name is part of it.
        nameish = nameish or (
            word.casefold() in NAME_PARTICLES
            and any(NAME_TOKEN.match(w) for w in words[i + 1 : i + 3])
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
        if len(run) == 1 and len(words) > 2 and not is_title_word(before):
            continue
        name = " ".join(words[i] for i in run)
        role_words = words[: run[0]] + words[run[-1] + 1 :]
        role = " ".join(role_words)
        if rest.strip():
            role = f"{role}, {rest.strip()}" if role else rest.strip()
        return name, role
    return None


# A label or a signature: a line that is only the speaker's name and role, over the quote it
# labels ("Mr Gan Kim Yong, Minister for Health:") or under the quote it signs ("— The Rt. Hon.
# Jane Doe, Premier of Alberta"). A broadcast transcript tags it ("[Soundbite] Kim Min-ji
# (ministry spokesperson) :") and may glue the bracket to the name.
LABEL_TAG = re.compile(r"\[[^\[\]]{1,40}\]\s*")
GLUED_BRACKET = re.compile(r"(?<=[^\W\d_])\((?=[^\W\d_])")
NAME_THEN_BRACKET = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
LONGEST_LABEL = 30
# The forms of address a signature prints before a name: "The Rt. Hon.", "The Honourable".
ADDRESS_WORDS = frozenset({"The", "Rt", "Right", "Hon", "Honourable", "Honorable"})


def label_parts(line, short_forms=frozenset()):
    """``(name, role as printed)`` when ``line`` is only a name and its role ("Jane Doe,
    Premier of Alberta", "Mr S. Iswaran, Minister for Trade:", "Kim Min-ji(spokesperson)"),
    or None: a line with a verb, a sentence, or words besides the name and the role is none."""
    line = line.strip()
    line = line[:-1].rstrip() if line.endswith(":") else line
    tag = LABEL_TAG.match(line)
    line = line[tag.end() :] if tag else line
    line = GLUED_BRACKET.sub(" (", line.lstrip("—–- "))
    if (
        not line
        or len(line.split()) > LONGEST_LABEL
        or VERB_RE.search(line)
        or any(ch in lx.DOUBLE_QUOTES for ch in line)
    ):
        return None
    bracket = NAME_THEN_BRACKET.fullmatch(line)
    if bracket and is_pure_name(bracket[1]):
        return bracket[1], bracket[2].strip()
    found = names_in(line, short_forms)
    if not found:
        return None
    first = found[0]
    start = line.find(first.name)
    before = line[:start].strip()
    addressed = all(core(w) in lx.HONORIFICS_EN or core(w) in ADDRESS_WORDS for w in before.split())
    if start < 0 or not (addressed or first.role.startswith(before)):
        return None
    after = line[start + len(first.name) :].strip()
    while after.split()[:1] and is_postnominal(after.split()[0]):
        after = after.split(maxsplit=1)[1] if " " in after else ""
    if after and not after.startswith((",", "(")) and not first.role.startswith(after):
        return None
    return first.name, first.role
