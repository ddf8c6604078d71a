"""The licence the records are published under as data: the ministry's to decide (the
``DATA_LICENCE`` and ``DATA_LICENCE_URL`` settings). Until it is set, every place that would
name it says it is yet to be set, and none is made up."""

from django.conf import settings


def data_licence():
    """``{"name", "url"}`` of the licence (``url`` may be empty); None while none is set."""
    if not settings.DATA_LICENCE:
        return None
    return {"name": settings.DATA_LICENCE, "url": settings.DATA_LICENCE_URL}
