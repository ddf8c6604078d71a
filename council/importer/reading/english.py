"""English attribution: who says each quote, resolved against everyone the article names.

The people are met first (``mentions_en``, over the body, the headline and the captions). Each
quote's subject is then read from the words around it (``subjects_en``: "Name, title, said",
"“…,” said Mr Teo", "“…” (President Jung)", a paragraph ending "said:") and resolved through
``People``: a full name; a surname, bare or with a courtesy or a title ("Kim", "Dr Scanlon",
"Minister Harris"); a title alone ("the minister": the minister the text is about, else the one
minister met); a pronoun (the person last written about); several people ("A and B said"). When
nobody or two people fit, the remark is left unnamed for review with the role as printed. A
narrative sentence about someone else makes them the person a following quote falls to.
"""

import re
from dataclasses import dataclass, replace

from . import lexicon as lx
from .attribution import Attribution
from .english_words import ACCORDING_RE, VERB_RE, is_pure_name, strip_possessive
from .institutions import kind_of_en
from .mentions_en import (
    JOINERS,
    NAME_PARTICLES,
    english_mention,
    is_name_word,
    is_title_word,
    names_in,
    short_forms_in,
    title_words,
)
from .people import Person, Reference, ReferenceKind, holds_title
from .quotations import (
    SIGNED_AFTER,
    Text,
    closing_attribution,
    masked,
    name_label,
    named_label,
    transcript_label,
)
from .roles_en import institution_in_role, owned_by_the_body, tidy_role, title_from_role
from .sentences import sentence_pieces
from .subjects_en import (
    INTRO_RE,
    clean_subject,
    described_post,
    label_parts,
    main_clause_subject,
    opening_description,
    opening_reference,
    opening_subject,
    reported_subject,
    split_name_role,
    subject_after,
    subject_before,
)


class EnglishAttribution(Attribution):
    def __init__(self, document, institutions, people):
        super().__init__(document, institutions, people)
        self.short_forms = short_forms_in(masked([*document.header, *document.body], False))
        # The body paragraph being read: a reference means only people named by then.
        self.paragraph = None
        self._usage = None
        # Where ``people.last`` was set: the stream index of the quote or the narrative, and
        # for narrative, which of its sentences (see ``carried_over``).
        self.last_at = None
        self.last_piece = 0
        # Where the reader is: the stream index, and for narrative the sentence (for a quote,
        # None: the narrative before it has been read).
        self.reading_at = None
        # The group last speaking ("the ministers said"), whom a later "they" means.
        self.last_group = None
        self._pieces = (None, [])
        # The pronoun each named person has been called by ("she"), once met; and the one
        # their courtesy title tells, read once per person.
        self.pronouns = {}
        self.courtesies = {}

    def find(self, reference):
        """The one person ``reference`` means among those named by the paragraph being read."""
        return self.people.find(replace(reference, paragraph=self.paragraph))

    def speaker_of(self, index, quote, pending):
        speaker = self.speaker_named(index, quote, pending)
        around = f"{self.document.prefix(index)} {self.document.suffix(quote)}"
        if speaker is not None and speaker.name and ANONYMITY_RE.search(around):
            # "…,” he said on condition of anonymity": whoever "he" is, the article keeps
            # him unnamed; the unnamed source met last, else nobody, never a named person.
            speaker = self.people.unnamed[-1] if self.people.unnamed else Person(name=None)
        # The reader makes this speaker the last person spoken of.
        self.last_at, self.last_piece = index, 0
        if speaker is not None and speaker.name is None and plural(speaker.role):
            self.last_group = speaker
        return speaker

    def speaker_named(self, index, quote, pending):
        self.paragraph = quote.para
        self.reading_at = (index, None)
        prefix = self.document.prefix(index)
        if quote.unmarked and prefix == "A:":
            return self.interviewee()
        named = named_label(prefix) if quote.unmarked else None
        if named:
            return self.named(*named)
        label = transcript_label(prefix) if quote.unmarked else ""
        if label:
            return self.transcript_speaker(label)
        name = name_label(prefix) if quote.unmarked else ""
        if name:
            # "SM Jane Doe: …": the person of that name the article met.
            return self.person(name, mention=True) or Person(name=None)
        label = label_parts(prefix, self.short_forms) if prefix.endswith(":") else None
        if label:
            # "[Soundbite] Kim Min-ji(ministry spokesperson) : “…”": a transcript's label.
            return self.named(*label)
        if prefix:
            who = subject_before(prefix)
            return self.person(who) if who else self.people.last
        if pending is not None:
            return pending
        closing = closing_attribution(self.document, quote)
        if closing:
            return self.person(subject_after(closing))
        signature = self.signature(quote) or self.signature_below(quote)
        if signature is not None:
            return signature
        # "“…” (Cho Sung-wook, Chairman of the Fair Trade Commission)": a digest's attribution.
        bracket = re.match(r"\s*\(([^()]{2,160})\)", self.document.text_after(quote))
        speaker = self.person(bracket[1]) if bracket else None
        if speaker is None and (named := self.named_after(quote)) is not None:
            return named.person
        return speaker or self.carried_over(index)

    def named_after(self, quote):
        """``Named(person)`` where the quote's own sentence goes on to name someone (the
        person, or None when nobody met fits), else None.

        "“…,” Doe averred.": a name and a verb of saying the lexicon lacks close the quote; and
        "“….” Roe averred." names someone, whoever it is: never the person last met instead.
        """
        after = self.document.suffix(quote).rstrip(".")
        m = NAME_THEN_VERB.fullmatch(after)
        if m and quote.raw.rstrip().endswith(","):
            return Named(self.person(m["who"], mention=True))
        last = self.people.last
        if not after or last is None or not last.name:
            return None
        return Named(None) if self.names_another(after, last, self.others_words(last)) else None

    def transcript_speaker(self, label):
        """Whose a transcript's line under ``label`` in capitals is: "PREMIER MARSHALL" the
        person of that surname met, "PRIME MINISTER" the one person of that title; else nobody,
        the label as the role ("JOURNALIST")."""
        words = label.title()
        found = self.person(words, mention=True) or self.person(f"the {words}", mention=True)
        return found if found is not None and found.name else Person(name=None, role=label)

    def interviewee(self):
        """Whom an interview's answers ("A: …") are from: the person the article says it
        interviews ("Interview with Premier Jennifer Smith"), or nobody."""
        for para in self.document.body:
            m = INTERVIEW_RE.search(para)
            if m:
                return self.person(m["who"])
        return Person(name=None)

    def carried_over(self, index):
        """The person last spoken or written about, for a quote whose own sentence names nobody
        ("“We will act,” Kim said.\n\n“And this year.”"), only where nothing printed since
        could introduce someone else: no other person's name, no line ending in a colon (a
        label, "The members are:"), no heading or signature (a line without a full stop). Else
        None: a quote in a format the reader does not know is left unnamed for review, never
        given to whoever was named last."""
        last = self.people.last
        if last is None or self.last_at is None or index - self.last_at > MAX_CARRIED:
            return None
        others = self.others_words(last)
        stream = self.document.stream
        for at in range(self.last_at, index):
            item = stream[at]
            if not isinstance(item, Text):
                continue
            # The narrative's sentences; those next to a quote are its attribution ("…,” Moon's
            # chief of staff Noh said."), and of the one that made them the subject, the rest.
            pieces = self.document.narrative_pieces(at)
            # "Mayor Jane Doe issued this statement:" introduces Jane Doe herself.
            ending = item.text
            if at == self.last_at:
                pieces = pieces[self.last_piece + 1 :]
                ending = " ".join(pieces)
            if ending.rstrip().endswith(":") or self.introduces_another(
                item, " ".join(pieces), last, others
            ):
                return None
        return last

    def others_words(self, last):
        """The words of the names of everyone met but ``last``."""
        return {
            word
            for person in self.people.by_name.values()
            if person.name != last.name
            for word in (*person.surnames, *person.name.split())
        } - set(last.surnames)

    def names_another(self, text, last, others):
        """Whether ``text`` names someone met other than ``last``, in full or by a surname."""
        if any(found.name != last.name for found in names_in(text, self.short_forms)):
            return True
        return any(strip_possessive(w.strip(PUNCTUATION)) in others for w in text.split())

    def named_another_since_last(self):
        """Whether the narrative since the person last spoken or written about was set, up
        to the reading position, names someone else: "Tom Reid was not convinced. “…,” he
        said" after Ann Cole spoke is not surely Ann Cole's "he"."""
        last = self.people.last
        if last is None or not last.name or self.last_at is None or self.reading_at is None:
            return False
        index, piece = self.reading_at
        if index - self.last_at > MAX_CARRIED:
            return False
        stream, texts = self.document.stream, []
        for at in range(self.last_at, index + 1):
            if not isinstance(stream[at], Text):
                continue
            if at in (self.last_at, index):
                # Numbered as ``note_mentions`` numbers them.
                start = self.last_piece + 1 if at == self.last_at else 0
                end = piece if at == index else None
                texts.extend(self.narrative_pieces(at)[start:end])
            else:
                texts.append(stream[at].text)
        return self.names_another(" ".join(texts), last, self.others_words(last))

    def narrative_pieces(self, index):
        """The document's ``narrative_pieces``, cut once per item: a pronoun in each sentence
        of a long paragraph would cut it again at each."""
        if self._pieces[0] != index:
            self._pieces = (index, self.document.narrative_pieces(index))
        return self._pieces[1]

    def introduces_another(self, item, text, last, others):
        """Whether narrative ``item`` (its sentences ``text``) could introduce another speaker
        than ``last``: a name, a heading, a label or a signature."""
        words = text.split()
        if not words:
            return False
        paragraph = self.document.body[item.para].strip()
        if not any(ch in lx.DOUBLE_QUOTES for ch in paragraph) and not re.search(
            r"[.!?…][\"”’')\]]*$", paragraph
        ):
            # "Quotes", "Mr Gan, Minister for Health", "— Jane Doe, Premier": a heading, a
            # label or a signature, not a sentence.
            return True
        return any(
            self.names_another(sentence, last, others) and not self.only_about(sentence, last)
            for sentence in sentence_pieces(text, False)
        )

    def only_about(self, sentence, last):
        """Whether ``sentence`` tells of ``last`` alone, anyone else it names an object: "He
        had met the Prime Minister and the Secretary." opens with the pronoun ``last`` is
        called by and neither reports anyone's words nor hands over to anyone ("He
        introduced Ann Cole." may)."""
        m = re.match(r"(He|She)\s", sentence.strip())
        return bool(
            m
            and self.of_the_pronoun(last, m[1].casefold()) is last
            and not VERB_RE.search(sentence)
            and not HANDING_OVER.search(sentence)
        )

    def signature(self, quote):
        """ "“…”Jane Doe, Premier of Alberta": a release signs a quote with the name and the
        title after it, and no verb; the person so named, or None."""
        after = self.document.text_after(quote)
        m = SIGNATURE_RE.fullmatch(after)
        if not m or VERB_RE.search(m["who"]):
            return None
        head = m["who"].split(",")[0].strip()
        if not is_pure_name(head) or not names_in(m["who"], self.short_forms):
            # "“…” — Mayor Heisler": a dash signs it, whoever the words name; not resolved,
            # it is left for review, never given to the person last met.
            signed = SIGNED_AFTER.fullmatch(after)
            return self.person(m["who"]) or Person(name=None, role=m["who"]) if signed else None
        return self.person(m["who"])

    def signature_below(self, quote):
        """ "“…”" ending its paragraph, signed on the next line "— The Rt. Hon. Jane Doe,
        Premier of Alberta": the person so named, or None. Only after a dash: a line of a name
        and a title alone may be the label of the quote after it."""
        body = self.document.body
        below = quote.end_para + 1
        if self.document.text_after(quote).strip() or below >= len(body):
            return None
        line = body[below].strip()
        if line[:1] not in "—–-":
            return None
        label = label_parts(line, self.short_forms)
        if not label:
            return None
        self.paragraph = below
        return self.named(*label)

    def colon_introduction(self, para):
        if para < 0:
            return None
        self.paragraph = para
        text = self.document.body[para]
        if any(ch in lx.DOUBLE_QUOTES for ch in text) or not text.endswith(":"):
            return None
        if not VERB_RE.search(text):
            # "Mr Gan Kim Yong, Minister for Health:" over the quote: a label names its speaker.
            label = label_parts(text, self.short_forms)
            return self.named(*label) if label else None
        last = sentence_pieces(text, False)[-1].strip()
        return self.person(subject_before(last))

    def note_mentions(self, index):
        self.paragraph = self.document.stream[index].para
        for k, piece in enumerate(self.narrative_pieces(index)):
            piece = piece.strip()
            self.reading_at = (index, k)
            source = self.reported_source(piece)
            if source is not None:
                # "…had an exciting atmosphere, according to Cllr Scott.": the next "she said"
                # is the source's.
                self.people.last = source
                self.last_at, self.last_piece = index, k
                continue
            if VERB_RE.search(piece) or re.search(r"\b(?:questioned|answered)\b", piece):
                verb = active_verb(piece)
                if verb is None:
                    # "All officers have been told to attend": told, not telling; no speaker.
                    continue
                who = INTRO_RE.sub("", piece[: verb.start()].strip(" ,"))
                person = self.person(who, mention=True)
                reporter = who.rsplit(",", 1)[-1].strip()
                if person is None and reporter != who and len(reporter.split()) <= REPORTER_WORDS:
                    # "A breakfast is set for Tuesday, Park said, noting …": the clause reported
                    # before its speaker; the words after its comma are who said it.
                    person = self.person(reporter, mention=True)
                last_word = who.split()[-1] if who.split() else ""
                if person is None and (
                    is_title_word(last_word) or last_word.casefold() in lx.PERSON_NOUNS_EN
                ):
                    # "Officials said …", "The Prime Minister said …" whom the article does not
                    # name: the next quote without attribution is theirs, not the last speaker's
                    # ("…is within reach, France's finance minister said": the minister).
                    person = self.unnamed(reported_subject(who) or who)
                person = person or self.shared_surname(clean_subject(who))
                if person is not None:
                    self.people.last = person
                    self.last_at, self.last_piece = index, k
                    continue
                # "Mr Teo restated that … by urging firms …": a verb of saying deep in the
                # sentence says nothing of its subject; the words it opens with may.
            # "Lim Bo-ra, chief executive of Radicle, was sceptical.": the "she" of the next
            # quote is whoever the sentence is about, not the last speaker.
            opening = INTRO_RE.sub("", piece)
            named = opening_subject(opening) or self.opening_name(opening)
            titled = "" if named else opening_reference(opening) or opening_description(opening)
            # "The minister was …" whom the article does not name is a new subject all the
            # same: the next quote without attribution is not the previous speaker's.
            person = self.person(named, mention=True) if named else None
            person = self.person(titled) if titled else person
            if person is None and not named and not titled:
                # "Lee said his company would invest." after two Lees: whoever it is, the
                # next "he" is not surely the last speaker.
                person = self.shared_surname(opening.split(" ", 1)[0])
            if person is not None:
                self.people.last = person
                self.last_at, self.last_piece = index, k

    def shared_surname(self, word):
        """An unnamed person for a bare surname that two people named by now share ("Lee"),
        the surname as the role; None for any other words."""
        if not is_name_word(word) or len(self.namesakes(word)) < 2:
            return None
        return Person(name=None, role=word)

    def reported_source(self, piece):
        """The person a narrative sentence cites with "according to" ("…, according to Cllr
        Scott."), or None."""
        m = ACCORDING_RE.search(piece)
        if not m:
            return None
        source = piece[m.end() :].split(",")[0].strip(" .;:")
        # "according to a joint statement from the Department …": a document, no person.
        if not source or DOCUMENTS_RE.search(source):
            return None
        return self.person(source, mention=True)

    def opening_name(self, sentence):
        """The name of a person met that a sentence opens with ("Local business owner Jane Doe
        was …", "Doe also urged …"), or ""."""
        found = names_in(sentence, self.short_forms)
        if found:
            start = sentence.find(found[0].name)
            # A subject goes on with a verb: "Daily News 04 / 04 / 2019" is a page's heading.
            follows = sentence[start + len(found[0].name) :]
            before = sentence[:start].strip().removesuffix(found[0].honorific).strip()
            # "The opposition spokesman, Tom Reid, disagreed.": a name set off by commas after
            # the description the sentence opens with is its subject.
            appositive = before.endswith(",") and re.match(r",\s+[a-z]", follows)
            if not appositive and not re.match(r"(?:,[^,]*,)?\s+[a-z]", follows):
                return ""
            # "SEOUL– President Yoon …": a dateline is no part of the subject.
            before = before.rpartition("–")[2].rpartition("—")[2].strip()
            if before and not appositive and not found[0].role.startswith(before):
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
        known = surname and self.find(Reference(ReferenceKind.SURNAME, name=surname))
        return surname if known else ""

    def person(self, who, mention=False):
        """The Person a subject clause names; None when it names nobody."""
        reported = reported_subject((who or "").strip(" ,:;"))
        if reported:
            # "Chief Minister Banerjee has called a meeting, a senior official said": the
            # clause reported is read before its verb ("has") can cut the subject short.
            return self.person(reported, mention)
        who = clean_subject(who)
        if not who:
            return self.people.last
        lower = who.casefold()
        if re.fullmatch(r"(?:he|she|they)(?: also| further| then| later)?", lower):
            return self.pronoun(who.split()[0])
        words = who.split()
        if (
            len(words) > 1
            and words[-1] in ("he", "she", "they")
            and lower.endswith("ing", 0, len(words[0]))
        ):
            # "Thanking them he said": an opening participle without its comma is no subject.
            return self.pronoun(words[-1])
        clause = SUBORDINATE_PRONOUN.search(who)
        if clause:
            # "President Juncker met Merkel and Macron, where he said:": "he" is the main
            # clause's subject, not a name inside it, and the clause is no role.
            main = main_clause_subject(who[: clause.start()])
            found = self.person(main, mention) if main else None
            return found if found is not None else self.pronoun(clause["pronoun"])
        body = self.document_of_body(who) or self.body_speaking(who)
        if body:
            # "“…,” Cheong Wa Dae said", "the ministry said": a body speaks, not a person.
            return body
        reported = reported_subject(who)
        if reported:
            # "…will take place Wednesday, a ministry official said": the speaker is the one
            # after the clause reported, not a person named inside it.
            return self.person(reported, mention)
        if self.is_group(who):
            # "A and B said": the remark is both people's; naming one would be wrong. A body
            # their post names is theirs ("the Authority's directors, A and B").
            return self.unnamed(who)
        if described_post(who):
            # "A Downing Street spokesperson said:": the capitalised words are the post's
            # body, not a name, though the sentence's capital "A" makes them look like one.
            person = self.unnamed(who)
            self.people.unnamed.append(person)
            return person
        named = self.name_and_role(who)
        if named:
            name, role = named
            if len(name.split()) == 1:
                found = self.resolve(self.short_reference(name, role))
                if found or mention:
                    return found
                if who == name and not self.namesakes(name):
                    # "Lee said" with no Lee named by then: a surname is no role to print.
                    return Person(name=None)
                if role and not self.namesakes(name):
                    # "President Juncker", never named in full: the title alone is the role.
                    return self.unnamed(role)
                return self.unnamed(who)
            if name.split()[0].casefold() in NAME_PARTICLES:
                # "von der Leyen said", "De Vries said": a surname with its particles.
                found = self.resolve(self.short_reference(name, role))
                if found or mention:
                    return found
                return Person(name=None) if who == name else self.unnamed(who)
            return self.named(name, role)
        titled = self.titled_name_word(who)
        if titled is not None:
            return titled
        reference = re.fullmatch(r"the ([^\W\d_][\w .'’-]*)", lower)
        if reference:
            found = self.resolve(Reference(ReferenceKind.TITLE, title_words=title_words(who)[1:]))
            if found is None and not mention:
                found = self.sole_unnamed(lower.split()[-1])
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
        if not mention and is_title_word(who.split()[-1]):
            # "Ms Cole's spokesman", "Sinn Féin's finance spokesperson": unnamed, as printed.
            return self.unnamed(who)
        return None

    def sole_unnamed(self, noun):
        """ "a senior official said" … "the bureaucrat said": a describing noun that is no post
        (not "the minister"), after the only unnamed person the article has met, who spoke
        last, is that person again, with the first description as the role; None else."""
        last = self.people.last
        if (
            noun not in lx.PERSON_NOUNS_EN
            or noun in POSTS
            or last is None
            or last.name is not None
            or not self.people.unnamed
            or len({p.role for p in self.people.unnamed}) != 1
            or last.role != self.people.unnamed[-1].role
        ):
            return None
        return last

    def titled_name_word(self, who):
        """ "said Superintendent of Public Instruction Jillian" (an article cut off mid-name),
        "Secretary of State for Health Reid": a title phrase, then one word of a name. The one
        person met whose name has that word and whose title fits; None else."""
        words = who.split()
        if len(words) < 2 or not is_name_word(words[-1]):
            return None
        title = words[:-1]
        if not any(is_title_word(w) for w in title) or not all(
            is_title_word(w) or w in JOINERS or w[:1].isupper() for w in title
        ):
            return None
        if not self.namesakes(words[-1]):
            return None
        found = self.find(self.short_reference(words[-1], " ".join(title)))
        # The role as printed here, the fuller title.
        return self.named(found.name, " ".join(title)) if found and found.name else found

    def document_of_body(self, who):
        """ "a press release from NITI Aayog", "the ministry's statement": a body's document
        speaks for the body; unnamed, the document as printed as the role, the body as the
        institution. None for anything else."""
        m = DOCUMENT_OF_RE.fullmatch(who)
        if m:
            body = m[1]
        else:
            m = DOCUMENTS_RE.search(who)
            if not m or m.end() != len(who) or not re.search(r"['’]s$", who[: m.start()].rstrip()):
                return None
            body = who[: m.start()].rstrip()[:-2]
        body = re.sub(r"^the\s+", "", body.strip(), flags=re.IGNORECASE)
        if not body or "," in body:
            return None
        institution = None
        known = self.institutions.resolve(body)
        body_words = body.split()
        # "a report by Jane Doe": a person's document is the person's (read as before).
        if (
            not known
            and body_words[-1].capitalize() not in lx.INSTITUTION_WORDS_EN
            and (names_in(body, self.short_forms) or is_pure_name(body))
        ):
            return None
        if all(w[:1].isupper() or w in JOINERS for w in body_words):
            institution = self.institutions.resolve(body) or self.institutions.add(
                body, kind=kind_of_en(body)
            )
        role = who[:1].lower() + who[1:] if re.match(r"(?:A|An|The)\b", who) else who
        return Person(name=None, role=role, institution=institution)

    def body_speaking(self, who):
        """The unnamed speaker, the body as role and institution, when ``who`` is a body: an
        office, ministry, agency or company ("the presidential office", "the ministry"), a name
        known as a body and never printed as a person's (with a title or a courtesy), or a name
        the article gives an office ("Cheong Wa Dae's office") and never a title. None else."""
        the = re.match(r"the\s+", who, re.IGNORECASE)
        bare = who[the.end() :] if the else who
        words = bare.split()
        if not words or words[-1] != strip_possessive(words[-1]) or "," in bare:
            return None
        if any(is_title_word(w) or w in lx.HONORIFICS_EN for w in words):
            return None
        # "Jane Doe of Acme Corp.": a person of the body.
        if any(found.name != bare for found in names_in(bare, self.short_forms)):
            return None
        named = split_name_role(bare)
        if named and named[0] != bare:
            return None
        institution_word = words[-1].capitalize() in lx.INSTITUTION_WORDS_EN
        if all(w[:1].isupper() or w in JOINERS for w in words):
            # A proper name: "Cheong Wa Dae", "the Finance Ministry", "Acme".
            known = self.institutions.resolve(bare)
            if not (institution_word or known or self.used_as_body(bare)):
                return None
            if not institution_word and self.printed_as_person(bare):
                return None
            # "Ford said" after "Henry Ford" is named: the person, though Ford Motor is a body.
            if (
                not institution_word
                and len(words) == 1
                and any(not is_body_name(p.name) for p in self.namesakes(bare))
            ):
                return None
        elif the and institution_word and all(w[:1].islower() for w in words):
            # "the ministry", "the presidential office".
            known = self.institutions.resolve(bare) if len(words) > 1 else None
        else:
            return None
        role = who[:1].lower() + who[1:] if who[:4] == "The " else who
        return Person(name=None, role=role, institution=known)

    def used_as_body(self, name):
        """Whether the article prints "<name>'s office" or ``name`` before an institution word
        ("Acme Corp.")."""
        return name.split()[-1] in self.usage()[0]

    def printed_as_person(self, name):
        """Whether the article prints ``name`` after a title or a courtesy ("President Lee")."""
        return name.split()[0] in self.usage()[1]

    def usage(self):
        """The words the article prints before "'s office" or an institution word, and those it
        prints after a title or a courtesy: read once, in one pass over the body."""
        if self._usage is None:
            bodies, persons = set(), set()
            for line in self.document.body:
                words = line.split()
                for before, word in zip(words, words[1:], strict=False):
                    if word.rstrip(",.;:") == "office" or word in lx.INSTITUTION_WORDS_EN:
                        bodies.add(strip_possessive(before))
                    if is_title_word(before) or before.strip(",") in lx.HONORIFICS_EN:
                        persons.add(word.strip(",.;:'’"))
            self._usage = (bodies, persons)
        return self._usage

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
        after = part[len(name) :].split() if part.startswith(name) else ()
        if after and is_title_word(after[0]):
            # "Viet Nam Deputy Prime Minister and Foreign Minister Pham Binh Minh": the words
            # right before a title are its place, not a person; one person holds both posts.
            return False
        return " " in name or self.find(self.short_reference(name, role)) is not None

    def name_and_role(self, who):
        """``(name, role as printed)`` of a subject that names someone, or None.

        A full name the mention reader finds ("Small Business Minister Mark Prisk") comes
        first; the subject's own shapes ("Another founder, Shin Ha-rim of …", "Minister Oh")
        after."""
        found = names_in(who, self.short_forms)
        if not found:
            return split_name_role(who)
        # The subject is the name the clause opens with, or the one right before the verb:
        # "The plan Ann Cole backed will fail, Tom Reid" is Tom Reid's.
        first, last = found[0], found[-1]
        opening = who[: who.find(first.name)].strip().removesuffix(first.honorific).strip()
        if (
            opening
            and not first.role.startswith(opening)
            and who.rstrip(" ,").endswith((last.name, last.role or last.name))
        ):
            return last.name, last.role
        return first.name, first.role

    def namesakes(self, surname):
        """The people named so far whose name has ``surname``: two or more leave "Kim said"
        for review with the surname as its role."""
        reference = Reference(ReferenceKind.SURNAME, name=surname, paragraph=self.paragraph)
        return [p for p in self.people.met_by(reference) if surname in p.surnames]

    def pronoun(self, word):
        """ "he" is the last person; "He" may also be Vice Premier He: with two, nobody.
        "they" are several people: never the one person last named."""
        last = self.people.last
        if word.casefold() == "they" and last is not None and (last.name or not plural(last.role)):
            # "they" are several people: the group last spoken of, never one person.
            return self.last_group or Person(name=None, role=word.casefold())
        namesake = self.find(Reference(ReferenceKind.SURNAME, name=word))
        if namesake is None or word != word.capitalize() or last and last.name == namesake.name:
            # Someone else named since the person last spoken of: "he" may be either.
            if self.named_another_since_last():
                return Person(name=None)
            return self.of_the_pronoun(last, word.casefold())
        return namesake if last is None else None

    def of_the_pronoun(self, person, pronoun):
        """``person``, unless the article calls them by the other pronoun ("She said: …" then
        "He replied: …", or "Ms Doe") or a courtesy of the other kind: then nobody."""
        if person is None or not person.name or pronoun not in ("he", "she"):
            return person
        if person.name not in self.courtesies:
            self.courtesies[person.name] = self.courtesy_pronoun(person)
        known = self.pronouns.get(person.name) or self.courtesies[person.name]
        if known and known != pronoun:
            return Person(name=None)
        self.pronouns[person.name] = pronoun
        return person

    def courtesy_pronoun(self, person):
        """ "he" where the article calls ``person`` "Mr Doe", "she" for "Ms"/"Mrs"/"Miss Doe";
        "" when it does neither, or both (two people of the surname)."""
        surname = re.escape(person.name.split()[-1])
        found = {
            COURTESY_PRONOUNS[m[1]]
            for para in self.document.body
            for m in re.finditer(rf"\b({'|'.join(COURTESY_PRONOUNS)})\.? {surname}\b", para)
        }
        return found.pop() if len(found) == 1 else ""

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
        found = self.find(reference)
        if found is None or found.name is None:
            return found
        return self.named(found.name, found.role)

    def named(self, name, role):
        role, owner = owned_by_the_body(role.strip(" ,"), self.institutions)
        role = tidy_role(role)
        institution_printed = owner or institution_in_role(role, self.institutions)
        if institution_printed and self.namesakes(institution_printed):
            # "Moon’s chief of staff": a person named in the article owns the post, no body.
            institution_printed = None
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
        if not person.role or fuller and holds_title(title_words(role), title_words(person.role)):
            person.role, person.institution, person.title = role, institution, title
            person.title_words = title_words(role)
            return person
        if not role or role in lx.COURTESY_TITLES_EN:
            # "said Senator Sherry Rehman" after "Climate Change Minister Senator Sherry Rehman".
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


INTERVIEW_RE = re.compile(r"\b[Ii]nterview with (?P<who>[^.,:;]{3,80})")
NARRATIVE_VERB_RE = re.compile(VERB_RE.pattern + r"|\bquestioned\b|\banswered\b")
PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$")


def active_verb(piece):
    """The first verb of saying in ``piece`` that is not in the passive ("have been told",
    "were asked": the subject is spoken to, not speaking), or None."""
    for verb in NARRATIVE_VERB_RE.finditer(piece):
        if not PASSIVE_BEFORE.search(piece, max(0, verb.start() - 8), verb.start()):
            return verb
    return None


def plural(role):
    """ "the ministers", "officials": a role of several people."""
    last = role.split()[-1].casefold() if role.split() else ""
    return last in PLURAL_PERSON_NOUNS or last in ("they", "ministers", "leaders", "members")


def is_body_name(name):
    """ "Acme Corp": a name read as a person's that ends in an institution word."""
    last = name.split()[-1]
    return last in lx.INSTITUTION_WORDS_EN or f"{last}." in lx.INSTITUTION_WORDS_EN


# The rest of a paragraph after a closing mark that signs the quote: a name and a title, no
# sentence of its own ("Jane Doe, Premier of Alberta", "— Jane Doe, chair").
SIGNATURE_RE = re.compile(r"\s*[—–-]?\s*(?P<who>[A-Z][^.!?“”\"()]{3,160}?)\s*")

# A source the article keeps unnamed: "he said on condition of anonymity", "who asked not to be
# named", "speaking anonymously".
ANONYMITY_RE = re.compile(
    r"\b(?:on (?:the )?condition of anonymity|anonymously|(?:asked|requested|declined|refused"
    r"|asking|requesting|declining|refusing) (?:not )?to be (?:named|identified)|"
    r"(?:asked|requested) for anonymity|"
    r"(?:asked|requested) that (?:his|her|their) name be withheld)\b",
    re.IGNORECASE,
)

# A body's documents, which speak for it: "a press release from NITI Aayog".
DOCUMENTS = (
    r"(?:press release|news release|media release|release|statement|press statement|report|"
    r"announcement|notice|communiqu[ée]|readout|briefing note|letter|post)"
)
DOCUMENTS_RE = re.compile(r"\b" + DOCUMENTS + r"\b", re.IGNORECASE)
DOCUMENT_OF_RE = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?"
    + DOCUMENTS
    + r"\s+(?:from|by|of|issued by|released by)\s+([^,]+)",
    re.IGNORECASE,
)

# A pronoun subject after a subordinating word ends a subject clause: "…, where he".
SUBORDINATE_PRONOUN = re.compile(
    r",\s+(?:where|when|as|after|before|while|whereupon)\s+(?P<pronoun>he|she|they)$"
)

# A quote falls to the person last spoken of only this many items of the stream after them:
# further on, what lies between is no evidence, and reading it would cost time.
MAX_CARRIED = 24
# "Park", "the ministry's spokesman Kim Ji-ho": who said a clause reported before them.
REPORTER_WORDS = 6
PUNCTUATION = "\"“”'‘’()[],.;:!?—–-"

# Nouns for a post, which another person may hold: "the minister" is not "an official".
POSTS = frozenset(t.casefold().rstrip(".") for t in lx.TITLE_WORDS_EN)

PLURAL_PERSON_NOUNS = frozenset(n for n in lx.PERSON_NOUNS_EN if n.endswith("s"))


@dataclass(frozen=True)
class Named:
    """Whom the words after a quote name: a person, or None when they name someone not met."""

    person: Person | None


# "Doe averred", "Mayor Jane Doe enthused": a name, then one or two words in lower case.
NAME_THEN_VERB = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+[a-z]+(?:\s+[a-z]+)?"
)

# Courtesy titles that tell which pronoun the article uses for a person.
COURTESY_PRONOUNS = {
    "Mr": "he",
    "Sir": "he",
    "Ms": "she",
    "Mrs": "she",
    "Miss": "she",
    "Dame": "she",
}


# Verbs by which a sentence about one person brings in another to speak next.
HANDING_OVER = re.compile(
    r"\b(?:introduc|hand(?:s|ed|ing)? (?:over|the floor)|invit|call(?:s|ed|ing)? on|turn(?:s|ed|ing)? to|"
    r"ask|welcom|present|gave the floor)",
    re.IGNORECASE,
)
