"""The reader's top: an article's text through every stage, to one Extraction."""

from .cleanup import captions_of, dateline_city, dateline_of, is_translation, paragraphs_of, prepare
from .council import find_council
from .dates import meeting_date
from .english import EnglishAttribution
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
from .places import find_place_en, find_place_ko
from .policies import find_policy_items_en, find_policy_items_ko
from .quotations import Document, mark_speech, scan, single_quotes_as_double
from .result import Extraction, ExtractionError, Flag, FlagKind
from .sentences import language_of, meeting_sentence
from .source import byline_city, dateline_place_ko, source_of


def extract(text, published_on=None):
    """Everything the article says about its meeting. Raises ExtractionError on bad input."""
    text = prepare(text)
    article = paragraphs_of(text)
    header, body = article.header, article.paragraphs
    if not body:
        raise ExtractionError("empty")
    language = language_of("\n".join(body))
    korean = language == "ko"
    if not korean and not any(ch in DOUBLE_QUOTES for para in body for ch in para):
        body = single_quotes_as_double(body)
    stream, quotation_flags = scan(body, article.numbers, korean)
    document = Document(header, body, stream, korean, article.numbers)
    mark_speech(document)

    institutions = Institutions(korean)
    people = People()
    if korean:
        find_institutions_ko(document, institutions, people)
    else:
        find_institutions_en(document, institutions)
        # Captions are dropped before reading, yet name people the body refers to.
        meet_everyone_en([*document.body, *header, *captions_of(text)], institutions, people)
    meeting = meeting_sentence(document.sentences, korean)
    dateline = dateline_of(text)
    date = meeting_date(
        document.sentences, meeting, published_on, korean, dateline.group() if dateline else ""
    )
    warnings = []
    if date is None:
        warnings.append("no_date" if published_on else "no_publication_date")
    if korean:
        venue, city = find_place_ko(
            document.sentences, meeting, institutions, dateline_place_ko(text), captions_of(text)
        )
    else:
        venue, city = find_place_en(document.sentences, dateline_city(text) or byline_city(text))
    if korean:
        reader = KoreanAttribution(document, institutions, people, page_lines=text.split("\n"))
    else:
        reader = EnglishAttribution(document, institutions, people)
    remarks, attribution_flags = reader.attribute()
    institutions.drop_venue(venue)
    council = find_council(document, meeting, institutions)
    # The council is the meeting's own body: neither its host nor one taking part.
    institutions.drop(council)
    if korean:
        host = find_host_ko(institutions, document.sentences, meeting, venue)
        policy_items = find_policy_items_ko(document, institutions, host)
    else:
        host = find_host_en(institutions, document.sentences, meeting, venue)
        policy_items = find_policy_items_en(document, institutions, host)
    source = source_of(text, header, body, host, korean, institutions.lookup)
    return Extraction(
        language=language,
        date=date,
        venue=venue,
        city=city,
        host=host,
        council=council,
        title=source.title,
        publisher=source.publisher,
        summary=summary_of(document),
        is_translation=is_translation(text),
        institutions=list(institutions.found.values()),
        policy_items=policy_items,
        remarks=remarks,
        warnings=warnings,
        flags=in_reading_order(
            [*article.flags, *quotation_flags, *attribution_flags]
            + ([] if remarks else [Flag(FlagKind.NO_QUOTES)])
        ),
    )


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
