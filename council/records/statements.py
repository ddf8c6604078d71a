"""Queries of plain values whose SQL the ORM compiles once per process, then runs with other ids.

For a page's few rows, building a queryset, compiling its SQL (its joins, its columns, its
order) and making model instances of the rows cost more than running the query: 2–3 million
instructions a query on the meeting page, whose database work is a tenth of a millisecond.
A ``Statement`` is a query written in the ORM once, as a function of ids; its SQL is compiled
the first time it runs in a process (for each database, and each number of ids in a list), and
each run puts its own ids in the place of the first ones (values that change the SQL itself,
such as a limit, are given by name, and compiled for each value). Its rows are plain values
(``row(*values)``, a named tuple that may borrow a model's methods, as the search page's results do).
"""

from functools import lru_cache

from django.db import DEFAULT_DB_ALIAS, connections

# Ids no row has (numbers, or slugs: the number as text), standing for the real ones while the
# SQL is compiled: each is found again among the compiled statement's parameters, where the
# real id goes.
STAND_IN = -2_000_000_000


class Statement:
    """``query(*ids, **fixed)``, a ``values_list()`` queryset of ids (an id, a slug or a list
    of ids each), run as SQL compiled once; ``rows(*ids, **fixed)`` gives
    ``[row(*values)]``."""

    def __init__(self, query, row):
        self.query, self.row = query, row

    def rows(self, *ids, using=DEFAULT_DB_ALIAS, **fixed):
        shapes = tuple(map(shape, ids))
        if 0 in shapes:
            return []  # no row is among no ids: as the ORM, no query
        compiler, sql, converters, places = self.compiled(using, shapes, tuple(fixed.items()))
        flat = [each for argument in ids for each in as_list(argument)]
        params = [flat[place] if isinstance(place, int) else place.value for place in places]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return [self.row(*row) for row in rows]

    @lru_cache(maxsize=64)  # noqa: B019 (statements live as long as the process)
    def compiled(self, using, shapes, fixed):
        """The compiler, SQL and converters (dates on SQLite) of the query for ids of
        ``shapes`` (``int`` or ``str`` for an id, a length for a list) and the ``fixed``
        values, and each parameter's place: the index of the id it takes, or a ``Constant``."""
        stand_ins, index = [], {}
        for kind in shapes:
            ids = [stand_in(kind, len(index) + n) for n in range(1 if kind in (int, str) else kind)]
            for each in ids:
                index[each] = len(index)
            stand_ins.append(ids if kind not in (int, str) else ids[0])
        compiler = self.query(*stand_ins, **dict(fixed)).query.get_compiler(using)
        sql, params = compiler.as_sql()
        places = [place(index, param) for param in params]
        if {taken for taken in places if isinstance(taken, int)} != set(range(len(index))):
            raise ValueError(f"Every id must be a parameter of {sql} as given")
        columns = [column for column, *_ in compiler.select[: compiler.col_count]]
        return compiler, sql, compiler.get_converters(columns), places


def stand_in(kind, number):
    """An id no row has, standing for the real one while the SQL is compiled."""
    return f"{STAND_IN}.{number}" if kind is str else STAND_IN - number


def place(index, param):
    """The index of the id a compiled statement's parameter takes, or a ``Constant``."""
    try:
        return index[param]
    except (KeyError, TypeError):  # a constant, maybe a list (unhashable)
        return Constant(param)


class Constant:
    """A parameter of a statement that is the same in every run (a status, a limit)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def shape(ids):
    return len(ids) if isinstance(ids, list | tuple) else type(ids)


def as_list(ids):
    return ids if isinstance(ids, list | tuple) else (ids,)
