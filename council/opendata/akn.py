"""A meeting as an Akoma Ntoso 3.0 debate (OASIS LegalDocML), the format SayIt imports.

The agenda items are the debate's sections and each remark a speech, its words in each language
a paragraph with its ``xml:lang``; remarks under no agenda item come first, in a section of their
own. Every other text is given in each language the record holds it in, each marked with its
``xml:lang``: a paragraph a language, or in a heading (which holds one line) a ``span`` each. Every speaker is a ``TLCPerson`` of the references, an unnamed one by the role the source
printed. What a meeting decided is a section's ``resolutions`` and the documents presented its
``papers`` (the meeting's own, under no agenda item, close the debate). The standard has no place
for a commitment or a policy's status: the meeting's JSON carries them.
"""

from xml.etree import ElementTree as ET

from django.utils.translation import gettext as _

from council.lib.text import clean_text
from council.records.models import Provenance

from .records import SUFFIXES, given

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# ISO 639-2, as FRBRlanguage wants it.
LANGUAGES = {"en": "eng", "ko": "kor"}
# ISO 639-2 for an expression in several languages.
SEVERAL_LANGUAGES = "mul"


def akoma_ntoso(request, meeting):
    """The debate as UTF-8 XML bytes, with its declaration."""
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(tag("akomaNtoso"))
    debate = sub(root, "debate", name=meeting.council.slug)
    speakers = Speakers(request)
    remarks = list(meeting.remarks.all())
    for remark in remarks:
        speakers.note(remark)

    meta = sub(debate, "meta")
    identification(meta, request, meeting, remarks)
    references = sub(meta, "references", source="#archive")
    sub(
        references,
        "TLCOrganization",
        eId="archive",
        href=request.build_absolute_uri("/"),
        showAs=_("Council archive"),
    )
    if meeting.council.host:
        host = meeting.council.host
        sub(
            references,
            "TLCOrganization",
            eId=f"org-{host.slug}",
            href=request.build_absolute_uri(host.get_absolute_url()),
            showAs=host.name or host.name_ko,
        )
    for eid, href, show_as in speakers.references():
        sub(references, "TLCPerson", eId=eid, href=href, showAs=show_as)
    made = {quote.provenance for remark in remarks for quote in remark.texts()}
    for provenance in Provenance:
        if provenance in made:
            sub(
                references,
                "TLCConcept",
                eId=provenance_eid(provenance),
                href=f"/ontology/concept/provenance/{provenance}",
                showAs=str(provenance.label),
            )

    preface = sub(debate, "preface")
    for language, title in given(meeting, "title"):
        sub(sub(preface, "p"), "docTitle", text=title, **{XML_LANG: language})
    sub(sub(preface, "p"), "docDate", text=meeting.date.isoformat(), date=meeting.date.isoformat())
    places = {
        language: ", ".join(
            filter(None, [getattr(meeting, f"venue{suffix}"), getattr(meeting, f"city{suffix}")])
        )
        for language, suffix in SUFFIXES.items()
    }
    paragraphs(preface, places.items())

    body = sub(debate, "debateBody")
    sections = [(None, [r for r in remarks if r.agenda_item_id is None])] + [
        (item, [r for r in remarks if r.agenda_item_id == item.pk])
        for item in meeting.agenda_items.all()
    ]
    decisions = list(meeting.decisions.all())
    documents = list(meeting.documents.all())
    for number, (item, spoken) in enumerate(sections):
        if item is None and not spoken:
            continue
        section = sub(
            body, "debateSection", eId=f"dbsect_{number}", name="agenda-item" if item else "remarks"
        )
        if item:
            in_languages(section, "heading", given(item, "title"))
            paragraphs(section, given(item, "summary"))
        else:
            sub(section, "heading", text=_("Remarks"))
        if item:
            outcomes(request, section, f"dbsect_{number}", item.pk, decisions, documents)
        for remark in spoken:
            speech = sub(
                section, "speech", eId=f"speech_{remark.position}", by=f"#{speakers.eid(remark)}"
            )
            in_languages(speech, "from", speakers.labels(remark))
            # The words as spoken first, each language's text marked with its language and
            # how it was made.
            for quote in remark.texts():
                attributes = {
                    XML_LANG: quote.language,
                    "refersTo": f"#{provenance_eid(quote.provenance)}",
                }
                sub(speech, "p", text=quote.text, **attributes)
    outcomes(request, body, "meeting", None, decisions, documents)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def provenance_eid(provenance):
    """The concept of how a text was made (a ``Provenance``)."""
    return f"provenance-{provenance}"


def outcomes(request, parent, eid, agenda_item_id, decisions, documents):
    """The ``resolutions`` (decisions) and ``papers`` (documents) of an agenda item, or of the
    meeting for ``agenda_item_id`` None."""
    decided = [d for d in decisions if d.agenda_item_id == agenda_item_id]
    if decided:
        resolutions = sub(parent, "resolutions", eId=f"{eid}__resolutions")
        sub(resolutions, "heading", text=_("Decisions"))
        for decision in decided:
            paragraphs(resolutions, given(decision, "text"))
    presented = [d for d in documents if d.agenda_item_id == agenda_item_id]
    if presented:
        papers = sub(parent, "papers", eId=f"{eid}__papers")
        sub(papers, "heading", text=_("Documents"))
        for document in presented:
            href = request.build_absolute_uri(document.file.url)
            sub(sub(papers, "p"), "a", text=str(document), href=href)


def identification(meta, request, meeting, remarks):
    """The FRBR identity of the work (the meeting), its expression (the languages its remarks
    are in, "mul" for several) and this file.

    AKN's own place for a translation, ``FRBRtranslation``, says that a whole expression is a
    translation of another; here one file holds the words as spoken beside their translations,
    so each paragraph says its language and how it was made instead."""
    date = meeting.date.isoformat()
    work = f"/akn/kr/debate/{date}/{meeting.slug}"
    languages = [
        LANGUAGES[language]
        for language in LANGUAGES
        if any(remark.text_in(language) for remark in remarks)
    ] or [LANGUAGES["en"]]
    expression = f"{work}/{languages[0] if len(languages) == 1 else SEVERAL_LANGUAGES}@"
    ident = sub(meta, "identification", source="#archive")
    for level, this, uri in (
        ("FRBRWork", f"{work}/!main", work),
        ("FRBRExpression", f"{expression}/!main", expression),
        ("FRBRManifestation", f"{expression}/!main.xml", f"{expression}.akn"),
    ):
        frbr = sub(ident, level)
        sub(frbr, "FRBRthis", value=this)
        sub(frbr, "FRBRuri", value=uri)
        sub(frbr, "FRBRdate", date=date, name="meeting")
        sub(frbr, "FRBRauthor", href="#archive")
        if level == "FRBRWork":
            sub(frbr, "FRBRcountry", value="kr")
        if level == "FRBRExpression":
            for language in languages:
                sub(frbr, "FRBRlanguage", language=language)


class Speakers:
    """The people who speak in the debate, and the unnamed speakers by their printed role."""

    def __init__(self, request):
        self.request = request
        self.found = {}

    def key(self, remark):
        return ("person", remark.speaker.slug) if remark.speaker else ("role", remark.role)

    def note(self, remark):
        key = self.key(remark)
        if key not in self.found:
            kind, value = key
            eid = value if kind == "person" else f"unnamed-{len(self.found) + 1}"
            self.found[key] = (eid, remark)

    def eid(self, remark):
        return self.found[self.key(remark)][0]

    def labels(self, remark):
        """What the source printed, in each language given: the name and the role held that
        day."""
        speaker = remark.speaker
        for language, suffix in SUFFIXES.items():
            name = getattr(speaker, f"name{suffix}") if speaker else ""
            label = ", ".join(filter(None, [name, getattr(remark, f"role{suffix}")]))
            if label:
                yield language, label

    def references(self):
        for eid, remark in self.found.values():
            if remark.speaker:
                href = self.request.build_absolute_uri(remark.speaker.get_absolute_url())
                yield eid, href, str(remark.speaker)
            else:
                yield eid, f"/ontology/person/{eid}", remark.role or remark.role_ko


def paragraphs(parent, texts):
    """A ``p`` for each ``(language, text)`` given, marked with its language."""
    for language, text in texts:
        if text:
            sub(parent, "p", text=text, **{XML_LANG: language})


def in_languages(parent, element, texts):
    """One ``element`` (a heading, a speaker's ``from``) in each language given: marked with
    its language where there is one, a ``span`` a language, " / " between, where there are
    two."""
    texts = list(texts)
    if len(texts) == 1:
        [(language, text)] = texts
        return sub(parent, element, text=text, **{XML_LANG: language})
    child = sub(parent, element)
    for number, (language, text) in enumerate(texts):
        span = sub(child, "span", text=text, **{XML_LANG: language})
        if number < len(texts) - 1:
            span.tail = " / "
    return child


def tag(element):
    return f"{{{NAMESPACE}}}{element}"


def sub(parent, element, text=None, **attributes):
    """A child element. ElementTree escapes markup but writes control characters as they are,
    and one makes the file ill-formed: every text and attribute is cleaned here, whatever the
    records hold (they are cleaned as they are saved; a row written by ``update()`` is not)."""
    child = ET.SubElement(
        parent, tag(element), {name: clean_text(value) for name, value in attributes.items()}
    )
    child.text = clean_text(text)
    return child
