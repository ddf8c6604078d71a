"""Real documents made in the test: a PDF by pypdf's writer, a DOCX by python-docx, and an
HWPX as Hangul writes one (a ZIP of OWPML XML)."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

OWPML = "http://www.hancom.co.kr/hwpml/2011/paragraph"


def pdf_bytes(pages):
    """A PDF of one page for each text of ``pages`` (Latin-1), in Helvetica."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 12 Tf 72 770 Td ({escaped}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(pages):
    """A Word document of ``pages`` (each a list of paragraphs), a page break between them."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for number, paragraphs in enumerate(pages):
        for index, text in enumerate(paragraphs):
            paragraph = document.add_paragraph()
            if number and not index:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
            paragraph.add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def hwpx_bytes(sections):
    """An HWPX file of ``sections`` (each a list of paragraphs), as Hangul lays one out: the
    ``mimetype`` first and unpacked, a manifest, and a section's XML each."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/hwp+zip")
        items = "".join(
            f'<opf:item id="section{n}" href="Contents/section{n}.xml" '
            'media-type="application/xml"/>'
            for n in range(len(sections))
        )
        spine = "".join(f'<opf:itemref idref="section{n}"/>' for n in range(len(sections)))
        archive.writestr(
            "Contents/content.hpf",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/">'
            f"<opf:manifest>{items}</opf:manifest><opf:spine>{spine}</opf:spine></opf:package>",
            zipfile.ZIP_DEFLATED,
        )
        for n, paragraphs in enumerate(sections):
            body = "".join(
                f'<hp:p id="{i}"><hp:run charPrIDRef="0"><hp:t>{text}</hp:t></hp:run></hp:p>'
                for i, text in enumerate(paragraphs)
            )
            archive.writestr(
                f"Contents/section{n}.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                f'<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
                f'xmlns:hp="{OWPML}">{body}</hs:sec>',
                zipfile.ZIP_DEFLATED,
            )
    return buffer.getvalue()


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)
