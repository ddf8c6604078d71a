"""Lookups that leave out the numbers no row of an integer column can hold.

Django does so for ``exact`` and the comparisons of an integer field (``IntegerFieldOverflow``),
but not for ``in``, nor for a foreign key's ``exact`` and ``in``; and SQLite refuses to compare
such a number at all. A tampered id (``9`` × 20) in the admin's selected rows, its list filters
or a form's record choices was a server error; now it matches nothing, as any unknown id does.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignKey, ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def in_range(lookup, connection, value):
    """Whether ``value`` (prepared for ``lookup``'s column) is a number the column can hold."""
    if not isinstance(value, int):
        return True
    field = lookup.lhs.output_field
    column = field.target_field if isinstance(field, ForeignKey) else field
    if not isinstance(column, IntegerField):
        return True
    low, high = connection.ops.integer_field_range(column.get_internal_type())
    return (low is None or value >= low) and (high is None or value <= high)


class InRange:
    """``in``: the numbers out of the column's range left out."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            self.rhs = [value for value in self.rhs if in_range(self, connection, value)]
        return super().process_rhs(compiler, connection)


class ExactInRange:
    """``exact``: a number out of the column's range matches nothing."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and not in_range(self, connection, self.rhs):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class IntegerIn(InRange, In):
    pass


class RelatedInInRange(InRange, RelatedIn):
    pass


class RelatedExactInRange(ExactInRange, RelatedExact):
    pass


def register():
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(RelatedInInRange)
    ForeignObject.register_lookup(RelatedExactInRange)
