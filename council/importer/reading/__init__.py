"""Read a press release or news article, in English or Korean, and find the meeting it reports.

Pure Python rules: no Django, no network, no model. ``extract(text, published_on)`` returns an
:class:`Extraction` (the meeting's date, venue, city and host; the institutions and policy items
named; every quoted passage in order with its speaker's name, role and institution) or raises
:class:`ExtractionError` with a code saying why the text cannot be read.

The stages, in the order ``extract`` (in ``article``) applies them, each in its own module:

1. ``cleanup``: the text is checked (empty, too long, binary) and split into paragraphs; what a
   web page adds around a pasted article is dropped (its captions and dateline kept apart).
2. ``quotations``: quotation marks are paired into quotes, and each quote is read as speech or
   as a name in quotes (a council, a plan, a bill). ``sentences`` cuts the narrative.
3. ``institution_names`` and ``institutions``: the bodies the narrative names, kept once each;
   then ``mentions_en`` meets every person the article names (body, headline, captions) in the
   shared store of ``people``, before any quote is attributed (``english`` reads each subject
   with ``subjects_en`` and resolves it to one of them, or to nobody when none or two fit;
   ``titles_en`` says whom a title alone such as "the Russian leader" can mean).
4. ``dates`` and ``places``: the meeting's date, venue and city (from the meeting sentence, the
   venue's name, a caption, the dateline or the byline).
5. ``attribution``, with ``english`` and ``korean``: each speech quotation's speaker. For
   Korean, ``mentions_ko`` first collects every titled mention of a person on the whole page
   (body, headline, captions), to which each short reference is resolved, or to nobody.
6. ``council``: the standing body the text names as the meeting's, then no longer an
   institution; ``institutions`` again for the host; ``policies``, with ``policy_names``, for
   the plans, bills and programmes named with or without quotes, and the status the text gives.
7. ``source``: the publisher (dateline, byline, copyright line, a release's sender) and the
   headline.

Imports go one way: ``result``, ``lexicon``, ``gazetteer`` and ``people`` at the bottom; the
word helpers (``english_words``, ``korean_words``, ``sentences``) above them; the stages above
those; the per-language attribution above the stages; ``article`` at the top.
"""

from .article import extract
from .cleanup import MAX_CHARS, is_machine_translation
from .result import (
    Extraction,
    ExtractionError,
    Flag,
    FlagKind,
    FoundInstitution,
    FoundPolicyItem,
    FoundRemark,
    InstitutionKind,
    PolicyKind,
    PolicyStatus,
    RemarkNote,
)

__all__ = [
    "MAX_CHARS",
    "is_machine_translation",
    "Extraction",
    "ExtractionError",
    "Flag",
    "FlagKind",
    "FoundInstitution",
    "FoundPolicyItem",
    "FoundRemark",
    "InstitutionKind",
    "PolicyKind",
    "PolicyStatus",
    "RemarkNote",
    "extract",
]
