"""Remarks as a CSV table, a row each, as spreadsheets open them."""

import csv

from django.http import HttpResponse

from council.records.models import Language

from .records import TEXT_DATA, link, text_data

# Each text in English, then in Korean (``_ko``), as the records hold them.
COLUMNS = [
    "meeting",
    "meeting_ko",
    "meeting_url",
    "date",
    "position",
    "speaker",
    "speaker_ko",
    "role",
    "role_ko",
    "agenda_item",
    "agenda_item_ko",
    "spoken_language",
    # Each language's text, how it was made, by whom and when (see ``text_columns``).
    *(f"{field}_{language}" for language in Language for field in TEXT_DATA),
    "url",
]


def text_columns(remark):
    """The remark's words in each language with how they were made, empty where it has none."""
    cells = []
    for language in Language:
        data = text_data(remark.text_in(language)) or {}
        cells += [data.get(field) or "" for field in TEXT_DATA]
    return cells


# OWASP's rule for CSV injection: a cell starting with one of these is read by spreadsheet
# programs as a formula (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``), or hides one behind a tab or
# a carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """``value`` as a spreadsheet shows it and never runs it: a text that would start a formula
    gets a leading apostrophe, which spreadsheets read as "this is text"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def remarks_csv(request, remarks, filename):
    """``remarks``, with their speaker, meeting and agenda item at hand. UTF-8 with a byte-order
    mark, without which Excel reads Korean as mojibake."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for remark in remarks:
        speaker, meeting, item = remark.speaker, remark.meeting, remark.agenda_item
        row = [
            meeting.title,
            meeting.title_ko,
            link(request, meeting),
            meeting.date.isoformat(),
            remark.position,
            speaker.name if speaker else "",
            speaker.name_ko if speaker else "",
            remark.role,
            remark.role_ko,
            item.title if item else "",
            item.title_ko if item else "",
            remark.spoken_language,
            *text_columns(remark),
            link(request, remark),
        ]
        writer.writerow([spreadsheet_cell(value) for value in row])
    return response
