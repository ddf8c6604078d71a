"""The text of a document a council presented (a PDF, a Word document, a Hangul document),
page by page, for search. Django-free: it runs in a child process of its own.

- PDF: pypdf, page by page.
- DOCX: python-docx; a Word file has no pages until it is laid out, so its pages are cut where
  the file marks a page break (one typed, or one Word noted when it last laid it out).
- HWPX: Hancom's OWPML, a ZIP of XML, read here with the standard library's ``zipfile`` and
  ``defusedxml``: the sections listed in ``Contents/content.hpf``, cut into pages where a
  paragraph starts a new page. No well-kept reader exists: pyhwp reads only the binary HWP 5
  format and was last released in 2020, and the HWPX libraries on PyPI are young editing
  toolkits, many majors in a year, where reading the text takes forty lines.

A hostile file must not hold a worker: reading stops after ``Limits.pages`` pages and
``Limits.characters`` characters (what was read is kept, marked partial); a ZIP whose parts
unpack to more than ``Limits.unpacked_bytes`` is refused before it is unpacked (pypdf bounds
what a PDF's streams unpack to itself); and ``extract_bounded`` reads in a child process,
ended after ``Limits.seconds`` and refused more memory than ``Limits.memory_bytes``.
"""

import io
import json
import posixpath
import re
import resource
import subprocess
import sys
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

PDF, DOCX, HWPX = "pdf", "docx", "hwpx"
# The extension a stored file of each kind is given.
EXTENSIONS = {PDF: ".pdf", DOCX: ".docx", HWPX: ".hwpx"}

HWPX_MIMETYPE = b"application/hwp+zip"
OWPML_PARAGRAPH = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
OPF = "{http://www.idpf.org/2007/opf/}"
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Limits:
    pages: int = 2000
    characters: int = 2_000_000
    unpacked_bytes: int = 200_000_000
    seconds: float = 60
    memory_bytes: int = 2_000_000_000


@dataclass
class Text:
    """A document's text: ``pages[0]`` is page 1. ``page_count`` is how many pages the file
    has (for a PDF; the pages found otherwise), ``partial`` whether reading stopped at a
    limit before the end."""

    kind: str
    pages: list[str] = field(default_factory=list)
    page_count: int = 0
    partial: bool = False


class Unreadable(Exception):
    """The file is not a document of a known kind, or cannot be read to its text."""


class TooSlow(Unreadable):
    """Reading the file took longer than the limit."""


def sniff(data):
    """The kind of the document ``data`` (bytes): ``PDF``, ``DOCX``, ``HWPX`` or None, from
    its content, never from its name."""
    # A PDF reader looks for the header in the first 1,024 bytes, and so do we.
    if b"%PDF-" in data[:1024]:
        return PDF
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as mimetype:
                    if mimetype.read(64).strip() == HWPX_MIMETYPE:
                        return HWPX
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return DOCX
    return None


class Pages:
    """Pages gathered up to the limits."""

    def __init__(self, limits):
        self.limits, self.pages, self.characters, self.full = limits, [], 0, False

    def add(self, text):
        """Adds a page; False once the limits are reached (the last page cut to fit)."""
        if self.full or len(self.pages) >= self.limits.pages:
            self.full = True
            return False
        room = self.limits.characters - self.characters
        text = normalized(text)
        if len(text) > room:
            text, self.full = text[:room], True
        self.pages.append(text)
        self.characters += len(text)
        return not self.full


def normalized(text):
    """Runs of spaces as one, at most one blank line, no NUL (which PostgreSQL refuses)."""
    text = text.replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n\s*", "\n\n", text).strip()


def extract(data, limits=Limits()):
    """The ``Text`` of the document ``data`` (bytes); raises ``Unreadable``."""
    kind = sniff(data)
    if kind is None:
        raise Unreadable("not a PDF, DOCX or HWPX file")
    try:
        return READERS[kind](data, limits)
    except Unreadable:
        raise
    except Exception as exc:  # whatever a damaged file makes a parser raise
        raise Unreadable(f"{type(exc).__name__}: {exc}") from exc


def read_pdf(data, limits):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise Unreadable("protected by a password")
    pages = Pages(limits)
    count = len(reader.pages)
    for page in reader.pages:
        if not pages.add(page.extract_text() or ""):
            break
    return Text(PDF, pages.pages, count, partial=len(pages.pages) < count or pages.full)


def check_unpacked_size(data, limits):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > limits.unpacked_bytes:
            raise Unreadable("unpacks to more than the limit")


def read_docx(data, limits):
    import docx
    from docx.table import Table

    check_unpacked_size(data, limits)
    document = docx.Document(io.BytesIO(data))
    pages, lines = Pages(limits), []

    def page_break(paragraph):
        element = paragraph._element
        return bool(
            element.findall(f".//{WORD}lastRenderedPageBreak")
            or element.findall(f".//{WORD}br[@{WORD}type='page']")
        )

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(cell.text for row in block.rows for cell in row.cells)
            continue
        if page_break(block) and lines:
            if not pages.add("\n".join(lines)):
                break
            lines = []
        lines.append(block.text)
    if lines and not pages.full:
        pages.add("\n".join(lines))
    return Text(DOCX, pages.pages, len(pages.pages), partial=pages.full)


def read_hwpx(data, limits):
    from defusedxml import ElementTree

    check_unpacked_size(data, limits)
    pages, lines = Pages(limits), []

    def turn_page():
        """The lines so far as a page; False once the limits are reached."""
        if not lines:
            return True
        full = not pages.add("\n".join(lines))
        lines.clear()
        return not full

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in hwpx_sections(archive, ElementTree):
            root = ElementTree.fromstring(archive.read(name))
            # A section starts a page, and so does a paragraph marked to.
            if not turn_page():
                break
            for paragraph in root.iter(f"{OWPML_PARAGRAPH}p"):
                if paragraph.get("pageBreak") == "1" and not turn_page():
                    break
                lines.append(paragraph_text(paragraph))
            if pages.full:
                break
    turn_page()
    return Text(HWPX, pages.pages, len(pages.pages), partial=pages.full)


def paragraph_text(paragraph):
    """The text of a paragraph's own runs (a table's cells hold paragraphs of their own, read
    in their turn); a ``t`` may hold tabs and line breaks, with text after them."""
    return "".join(
        "".join(text.itertext())
        for run in paragraph.findall(f"{OWPML_PARAGRAPH}run")
        for text in run.findall(f"{OWPML_PARAGRAPH}t")
    )


def hwpx_sections(archive, element_tree):
    """The section parts in reading order: the spine of ``Contents/content.hpf``, or, without
    one, ``Contents/section0.xml``, ``section1.xml``… by number."""
    names = set(archive.namelist())
    if "Contents/content.hpf" in names:
        package = element_tree.fromstring(archive.read("Contents/content.hpf"))
        items = {
            item.get("id"): posixpath.normpath(posixpath.join("Contents", item.get("href", "")))
            for item in package.iter(f"{OPF}item")
        }
        spine = [items.get(ref.get("idref")) for ref in package.iter(f"{OPF}itemref")]
        sections = [name for name in spine if name in names and "section" in name]
        if sections:
            return sections
    numbered = (re.fullmatch(r"Contents/section(\d+)\.xml", name) for name in names)
    return [m.group(0) for m in sorted(filter(None, numbered), key=lambda m: int(m.group(1)))]


READERS = {PDF: read_pdf, DOCX: read_docx, HWPX: read_hwpx}


def extract_bounded(data, limits=Limits()):
    """``extract(data, limits)`` in a child process that is ended after ``limits.seconds``
    (``TooSlow``) and refused more memory than ``limits.memory_bytes``: a file built to make a
    parser loop or swell ends there, not in a worker of the site. The child is this module run
    by the same Python (it needs nothing of Django), the file on its standard input and the
    text as JSON on its output."""
    try:
        child = subprocess.run(
            [sys.executable, "-m", __name__, json.dumps(asdict(limits))],
            input=data,
            capture_output=True,
            timeout=limits.seconds,
            cwd=PROJECT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise TooSlow(f"took more than {limits.seconds:g} seconds") from exc
    try:
        answer = json.loads(child.stdout)
    except ValueError as exc:  # the child died: out of memory, or killed
        raise Unreadable(f"reading ended with exit code {child.returncode}") from exc
    if "unreadable" in answer:
        raise Unreadable(answer["unreadable"])
    return Text(**answer)


# The folder the ``council`` package is in, from which the child finds this module.
PROJECT = Path(__file__).resolve().parent.parent.parent


def main():
    """The child of ``extract_bounded``."""
    limits = Limits(**json.loads(sys.argv[1]))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    try:
        answer = asdict(extract(sys.stdin.buffer.read(), limits))
    except Unreadable as exc:
        answer = {"unreadable": str(exc)}
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
