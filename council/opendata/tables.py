"""Remarks as a CSV table, a row each, as spreadsheets open them."""

import csv

from django.http import HttpResponse

from .records import link

COLUMNS = [
    "meeting",
    "meeting_url",
    "date",
    "position",
    "speaker",
    "speaker_ko",
    "role",
    "language",
    "is_translation",
    "agenda_item",
    "text",
    "url",
]


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
        speaker, meeting = remark.speaker, remark.meeting
        row = [
            meeting.title,
            link(request, meeting),
            meeting.date.isoformat(),
            remark.position,
            speaker.name if speaker else "",
            speaker.name_ko if speaker else "",
            remark.role,
            remark.language,
            remark.is_translation,
            remark.agenda_item.title if remark.agenda_item else "",
            remark.text,
            link(request, remark),
        ]
        writer.writerow([spreadsheet_cell(value) for value in row])
    return response
