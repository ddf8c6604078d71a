"""What the reader's tests share."""

import datetime

from council.importer.reading import extract

JULY_1 = datetime.date(2026, 7, 1)


def remarks(text, published_on=JULY_1):
    """``(speaker, role, institution, quote)`` of each remark the reader finds in ``text``."""
    return [
        (r["speaker"], r["role"], r["institution"], r["quote"])
        for r in extract(text, published_on).as_dict()["remarks"]
    ]
