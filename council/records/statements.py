"""Queries of plain values whose SQL the ORM compiles once per process, then runs with other ids.

For a page's few rows, building a queryset, compiling its SQL (its joins, its columns, its
order) and making model instances of the rows cost more than running the query: 2–3 million
instructions a query on the meeting page, whose database work is a tenth of a millisecond.
A ``Statement`` is a query written in the ORM once, as a function of ids; its SQL is compiled
the first time it runs in a process (for each database, and each number of ids in a list), and
each run puts its own ids in the place of the first ones (values that change the SQL itself,
such as a limit, are given by name, and compiled for each value). Its rows are plain values
(``row(*values)``, a named tuple that may borrow a model's methods, as the search page's results do).
Besides ids, a statement takes dates and texts (a search's words, as the SQL takes them), and
its query may be SQL of its own making (``(sql, params)``) around the ORM's.
"""

import datetime
from functools import lru_cache

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections

# Ids no row has (numbers, or slugs and texts: the number as text; dates: in the year 1),
# standing for the real ones while the SQL is compiled: each is found again among the compiled
# statement's parameters, where the real value goes.
STAND_IN = -2_000_000_000
FIRST_DAY = datetime.date(1, 1, 1)


class Statement:
    """``query(*ids, **fixed)``, a ``values_list()`` queryset of ids (an id, a slug, a date, a
    text or a list of ids each) or its SQL and parameters, run as SQL compiled once;
    ``rows(*ids, **fixed)`` gives ``[row(*values)]``."""

    def __init__(self, query, row, *, planned_for_its_values=False):
        self.query, self.row = query, row
        # A query whose best plan hangs on its values (a search's words: one in few remarks
        # reads the index, one in a tenth of them walks the newest): on PostgreSQL its values
        # go into the SQL, quoted, so that a prepared statement's generic plan, made for no
        # word in particular, never serves it (지원 at a million remarks: 10 ms → 140 ms).
        self.planned_for_its_values = planned_for_its_values

    def rows(self, *ids, using=DEFAULT_DB_ALIAS, **fixed):
        shapes = tuple(map(shape, ids))
        if 0 in shapes:
            return []  # no row is among no ids: as the ORM, no query
        compiled = self.compiled(using, shapes, tuple(fixed.items()))
        if compiled is None:
            return []  # a query that matches nothing: as the ORM, no query
        compiler, sql, converters, places = compiled
        flat = [each for argument in ids for each in as_list(argument)]
        params = [
            place.value if isinstance(place, Constant) else written(flat[place[0]], place[1])
            for place in places
        ]
        connection = connections[using]
        if self.planned_for_its_values and connection.vendor == "postgresql":
            sql, params = connection.ops.compose_sql(sql, params), None
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return [self.row(*row) for row in rows]

    # Shared by every statement: a search's statements come in many shapes.
    @lru_cache(maxsize=256)  # noqa: B019 (statements live as long as the process)
    def compiled(self, using, shapes, fixed):
        """The compiler, SQL and converters (dates on SQLite) of the query for ids of
        ``shapes`` (``int``, ``str`` or ``date`` for one, a length for a list) and the
        ``fixed`` values, and each parameter's place: the index of the id it takes and how it
        is written there, or a ``Constant``; None for a query that matches nothing."""
        stand_ins, index, count = [], {}, 0
        for kind in shapes:
            one = kind in (int, str, datetime.date)
            ids = [stand_in(kind, count + n) for n in range(1 if one else kind)]
            for each in ids:
                index.update(ways_written(each, count, connections[using].ops))
                count += 1
            stand_ins.append(ids[0] if one else ids)
        query = self.query(*stand_ins, **dict(fixed))
        compiler, converters = None, []
        try:
            if isinstance(query, tuple):  # SQL of its own, around the ORM's
                sql, params = query
            else:
                compiler = query.query.get_compiler(using)
                sql, params = compiler.as_sql()
                columns = [column for column, *_ in compiler.select[: compiler.col_count]]
                converters = compiler.get_converters(columns)
        except EmptyResultSet:
            return None
        places = [place(index, param) for param in params]
        taken = {each[0] for each in places if not isinstance(each, Constant)}
        if taken != set(range(count)):
            raise ValueError(f"Every id must be a parameter of {sql} as given")
        return compiler, sql, converters, places


def stand_in(kind, number):
    """An id no row has, standing for the real one while the SQL is compiled."""
    if kind is datetime.date:
        return FIRST_DAY + datetime.timedelta(days=number)
    return f"{STAND_IN}.{number}" if kind is str else STAND_IN - number


def ways_written(stand_in, number, ops):
    """``{parameter: (number, how)}``: the ways the ORM may write ``stand_in`` (the
    ``number``th id) as a parameter, each with how to write the real value the same way
    (None: as it is). A text is also written as a pattern that contains it (``contains``),
    and a date as text on SQLite."""
    if isinstance(stand_in, datetime.date):
        return {stand_in: (number, None), stand_in.isoformat(): (number, str)}
    if isinstance(stand_in, str):
        contained = (number, lambda value: f"%{ops.prep_for_like_query(value)}%")
        return {stand_in: (number, None), f"%{stand_in}%": contained}
    return {stand_in: (number, None)}


def written(value, how):
    return value if how is None else how(value)


def place(index, param):
    """Where a compiled statement's parameter comes from: ``(the index of the id it takes,
    how it is written)``, or a ``Constant``."""
    try:
        taken = index[param]
    except (KeyError, TypeError):  # a constant, maybe a list (unhashable)
        taken = None
    return Constant(param) if taken is None else taken


class Constant:
    """A parameter of a statement that is the same in every run (a status, a limit)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def shape(ids):
    return len(ids) if isinstance(ids, list | tuple) else type(ids)


def as_list(ids):
    return ids if isinstance(ids, list | tuple) else (ids,)
