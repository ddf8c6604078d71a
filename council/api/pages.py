"""Pages of records after a cursor: keyset pagination.

A page is the rows that come after the last one of the page before in a unique order, found
through the order's index whatever the depth (OFFSET would read and drop every row before). The
cursor names that last row by its values in the order, signed, so that a client cannot forge
one, and with the order it belongs to, so that one order's cursor is refused by another.
"""

from bisect import bisect_right
from typing import NamedTuple

from django import forms
from django.core import signing
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

SALT = "council.api.cursor"
DEFAULT_LIMIT = 20
# Past this, a page would cost more than a client gains over asking for the next.
MAX_LIMIT = 100


class BadCursor(Exception):
    pass


# Without a time stamp (unlike signing.dumps): a page's next address is the same every time.
SIGNER = signing.Signer(salt=SALT)


def cursor_after(order_name, values):
    """An opaque cursor to the rows after the one with ``values`` in the order ``order_name``."""
    return SIGNER.sign_object([order_name, list(values)], compress=True)


def values_after(cursor, order_name):
    """The values a cursor of ``order_name`` holds; ``BadCursor`` for any other text."""
    try:
        named, values = SIGNER.unsign_object(cursor)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise BadCursor from exc
    if named != order_name or not isinstance(values, list):
        raise BadCursor
    return values


class Keyset(NamedTuple):
    """A unique order of a model's rows in the database: its fields, "-" before a descending
    one, as ``order_by`` takes them, a related row's by its path (``remark__meeting__date``)."""

    name: str
    fields: tuple[str, ...]

    def page(self, queryset, after, size):
        """``size`` + 1 rows after the cursor ``after`` (None: from the first), in order: the
        one past the page tells whether there is a next page."""
        ordered = queryset.order_by(*self.fields)
        if after is not None:
            ordered = ordered.filter(self.after(queryset.model, values_after(after, self.name)))
        return list(ordered[: size + 1])

    def after(self, model, values):
        """Rows after ``values``: later in the first field, or equal in it and later in the
        next, and so on. The first field's bound is given alone too, so that the database
        starts its walk of the index there."""
        if len(values) != len(self.fields):
            raise BadCursor
        names = [field.lstrip("-") for field in self.fields]
        try:
            values = [
                field_at(model, name).to_python(value)
                for name, value in zip(names, values, strict=True)
            ]
        except Exception as exc:  # a field's own validation error, whatever its type
            raise BadCursor from exc
        later = Q()
        for i, (field, value) in enumerate(zip(self.fields, values, strict=True)):
            step = "lt" if field.startswith("-") else "gt"
            equal = dict(zip(names[:i], values[:i], strict=True))
            later |= Q(**equal, **{f"{names[i]}__{step}": value})
        first = "lte" if self.fields[0].startswith("-") else "gte"
        return Q(**{f"{names[0]}__{first}": values[0]}) & later

    def cursor(self, record):
        values = [value_at(record, field.lstrip("-")) for field in self.fields]
        return cursor_after(self.name, [value_for_json(value) for value in values])


def field_at(model, path):
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return model._meta.get_field(name)


def value_at(record, path):
    for name in path.split("__"):
        record = getattr(record, name)
    return record


def value_for_json(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


class SortedKeys(NamedTuple):
    """A unique order of values held in memory (a search's candidates): ``key(item)`` gives a
    tuple of numbers, ascending."""

    name: str
    key: object

    def page(self, items, after, size):
        ordered = sorted(items, key=self.key)
        start = 0
        if after is not None:
            values = values_after(after, self.name)
            if not all(isinstance(value, int | float) for value in values):
                raise BadCursor
            start = bisect_right([self.key(item) for item in ordered], tuple(values))
        return ordered[start : start + size + 1]

    def cursor(self, item):
        return cursor_after(self.name, self.key(item))


class PageForm(forms.Form):
    """Where a page starts (``cursor``) and how many records it holds (``limit``)."""

    cursor = forms.CharField(required=False, max_length=2000)
    limit = forms.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT)

    @property
    def size(self):
        return self.cleaned_data["limit"] or DEFAULT_LIMIT

    def page(self, order, items):
        """The page of ``items`` after the cursor in ``order``, one past its end included;
        None, with the error on the form, for a cursor that is not this order's."""
        try:
            return order.page(items, self.cleaned_data["cursor"] or None, self.size)
        except BadCursor:
            self.add_error("cursor", _("This cursor is not one the API gave for this list."))
            return None
