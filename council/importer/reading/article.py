"""The reader's top: an article's text through every stage, to one Extraction."""

from .budget import SECONDS, Budget, OutOfTime
from .cleanup import (
    MAX_CHARS,
    captions_of,
    dateline_city,
    dateline_of,
    is_translation,
    paragraphs_of,
    prepare,
)
from .council import find_council
from .dates import meeting_date, print_edition_date
from .english import EnglishAttribution
from .host_ko import association_meeting_ko, host_of_meeting_ko, seat_of_government
from .institution_names import find_institutions_en, find_institutions_ko
from .institutions import (
    Institutions,
    find_host_en,
    find_host_ko,
)
from .korean import KoreanAttribution
from .lexicon import DOUBLE_QUOTES
from .mentions_en import meet_everyone_en
from .people import People
from .places import city_of_host_ko, find_place_en, find_place_ko
from .policies import find_policy_items_en, find_policy_items_ko
from .quotations import (
    QUOTED,
    WORDS_OF_A_CLAUSE,
    Document,
    Quote,
    mark_speech,
    mend_marks,
    scan,
    single_quotes_as_double,
)
from .result import Extraction, ExtractionError, Flag, FlagKind, InstitutionKind, Unproposed
from .sentences import language_of, meeting_sentence
from .source import byline_city, dateline_place_ko, place_dateline_city, source_of
from .titles_en import fits_title


def extract(text, published_on=None, *, max_chars=MAX_CHARS, seconds=SECONDS):
    """Everything the article says about its meeting.

    Raises ExtractionError only for a text that is empty, not an article, or longer than
    ``max_chars``; a passage that cannot be read is flagged instead. Past ``seconds``, the
    reader stops and returns what it has, flagged.
    """
    budget = Budget(seconds)
    text = prepare(text, max_chars)
    # The British style: no double marks, single ones for speech.
    british = language_of(text) == "en" and not any(ch in DOUBLE_QUOTES for ch in text)
    if british:
        text = british_marks_paired(text)
    # A paper's page names the edition it was printed in: "2004-10-28 22면".
    published_on = published_on or print_edition_date(text)
    article = paragraphs_of(text)
    header, body = article.header, article.paragraphs
    if not body:
        raise ExtractionError("empty")
    language = language_of("\n".join(body))
    korean = language == "ko"
    printed = body
    if not korean:
        body = british_marks_read(body, british)
    body, mending_flags = mend_marks(body, article.numbers, korean)
    stream, quotation_flags = scan(body, article.numbers, korean)
    keep_printed_marks(stream, body, printed)
    document = Document(header, body, stream, korean, article.numbers)
    institutions = Institutions(korean)
    if korean:
        reader = KoreanAttribution(document, institutions, People(), page_lines=text.split("\n"))
    else:
        reader = EnglishAttribution(document, institutions, People(title_fits=fits_title))
    found = Extraction(
        language=language,
        date=None,
        venue="",
        city="",
        host=None,
        council="",
        title="",
        summary="",
        is_translation=is_translation(text),
        remarks=reader.remarks,
        flags=[*article.flags, *mending_flags, *quotation_flags],
    )
    try:
        read_meeting(document, reader, found, text, published_on, budget)
    except OutOfTime:
        found.flags.append(Flag(FlagKind.TIME_BUDGET))
    else:
        if not found.remarks:
            found.flags.append(Flag(FlagKind.NO_QUOTES))
    found.institutions = list(institutions.found.values())
    source = source_of(text, header, body, found.host, korean, institutions.lookup)
    found.title, found.publisher = source.title, source.publisher
    found.summary = summary_of(document)
    found.flags = in_reading_order([*found.flags, *reader.flags])
    found.unproposed.update(filter(None, map(unproposed, document.quotes())))
    return found


def british_marks_paired(text):
    """A text quoting in single marks with those that quote a clause made double, before the
    clean-up's line rules read it (a "said:" block, a caption, a quote over paragraphs are known
    by their marks); apostrophes, and a word quoted ("four ‘missions’"), left as printed."""
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    paired = single_quotes_as_double([lines[k] for k in filled], WORDS_OF_A_CLAUSE)
    for k, line in zip(filled, paired, strict=True):
        lines[k] = line
    return "\n".join(lines)


def british_marks_read(body, british):
    """English paragraphs with single quotation marks made double where they quote: all of
    them in an article printed without double marks (``british``); else those without double
    marks that quote a clause in single ones ('We will act now …,' she said), a name or a title
    in single marks left as printed."""
    single = single_quotes_as_double(body)
    if british:
        return single
    return [
        made
        if not any(ch in DOUBLE_QUOTES for ch in para)
        and any(len(quoted.split()) >= WORDS_OF_A_CLAUSE for quoted in QUOTED.findall(made))
        else para
        for para, made in zip(body, single, strict=True)
    ]


def keep_printed_marks(stream, body, printed):
    """Speech printed without marks keeps the single marks it quotes a word in ("four
    ‘missions’"), made double only to be read: each part is its paragraph's end, taken from
    the paragraph as printed where only marks were changed (as long, mark for mark)."""
    for quote in stream:
        if isinstance(quote, Quote) and quote.unmarked:
            for i, part in enumerate(quote.parts):
                read, as_printed = body[quote.para + i], printed[quote.para + i]
                if read != as_printed and len(read) == len(as_printed) >= len(part):
                    quote.parts[i] = list(as_printed[len(as_printed) - len(part) :])


def unproposed(quote):
    """Why ``quote`` became no remark, or None for a remark."""
    if quote.unclosed:
        return Unproposed.UNCLOSED
    if quote.speech:
        return None
    if quote.names:
        return Unproposed.NAME
    if len(quote.raw.split()) < WORDS_OF_A_CLAUSE:
        return Unproposed.PARTIAL
    return Unproposed.NOT_SPEECH


def read_meeting(document, reader, found, text, published_on, budget):
    """The stages after clean-up and quotations, in order, each filling ``found``."""
    korean, sentences = document.korean, document.sentences
    institutions, people = reader.institutions, reader.people
    mark_speech(document)
    budget.check()
    if korean:
        find_institutions_ko(document, institutions, people)
    else:
        find_institutions_en(document, institutions)
        # Captions are dropped before reading, yet name people the body refers to.
        page = [*document.header, *captions_of(text)]
        meet_everyone_en(document.body, page, institutions, people)
    budget.check()
    meeting = meeting_sentence(sentences, korean)
    dateline = dateline_of(text)
    found.date = meeting_date(
        sentences, meeting, published_on, korean, dateline.group() if dateline else ""
    )
    if found.date is None:
        found.warnings.append("no_date" if published_on else "no_publication_date")
    if korean:
        found.venue, found.city = find_place_ko(
            sentences, meeting, institutions, dateline_place_ko(text), captions_of(text)
        )
    else:
        found.venue, found.city = find_place_en(
            sentences, dateline_city(text) or byline_city(text) or place_dateline_city(text)
        )
    budget.check()
    reader.attribute(budget)
    institutions.drop_venue(found.venue)
    if korean:
        institutions.drop_buildings_named_as_places("\n".join(document.body))
    budget.check()
    # An association meeting as itself is the council, its host and a body taking part.
    association = korean and association_meeting_ko(meeting, sentences)
    found.council = association or find_council(document, meeting, institutions)
    # Any other council is the meeting's own body: neither its host nor one taking part.
    if association:
        institutions.add(association, kind=InstitutionKind.ASSOCIATION)
    else:
        institutions.drop_council(found.council)
    if korean and found.council:
        reader.council_of_speakers(found.council)
    if korean:
        # Who holds the meeting ("군은 … 간담회를 가졌다") before the first body its sentence
        # names ("춘양면 소재지").
        found.host = (
            association
            or host_of_meeting_ko(reader, meeting, sentences)
            or find_host_ko(institutions, sentences, meeting, found.venue)
            or seat_of_government(institutions, meeting)
        )
        found.city = found.city or city_of_host_ko(found.host, sentences)
        found.policy_items = find_policy_items_ko(document, institutions, found.host)
        named = [item.name for item in found.policy_items]
        institutions.drop_named_only_inside(named, "\n".join(document.body))
    else:
        found.host = find_host_en(institutions, sentences, meeting, found.venue)
        found.policy_items = find_policy_items_en(document, institutions, found.host)


def summary_of(document):
    """The first paragraph of narrative: no speech in it (captions are gone already)."""
    speech = {k for q in document.quotes() if q.speech for k in range(q.para, q.end_para + 1)}
    for k, para in enumerate(document.body):
        if k not in speech and len(para) > (30 if document.korean else 80):
            return para
    return document.body[0]


def in_reading_order(flags):
    """Flags by paragraph; those about the whole article last."""
    return sorted(flags, key=lambda flag: (flag.paragraph is None, flag.paragraph or 0))
