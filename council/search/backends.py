"""Full-text matching of remarks, one implementation per database: the only place that knows.

Both match a remark's English text and its Korean one alike (its words as spoken and as
translated). Both take the terms of ``query.parse`` and give a ``Matched``: a queryset of the
remarks that match, a relevance score to order by (higher is better) or None where there is
nothing to rank, the remarks to show instead if no remark matches (or None), and the plan to
read the matches newest first by, where the database's own would be wrong (or None). Both first
put the terms as the SQL takes them (``words``: a ``Words``, the shape of the SQL and the texts
it is given), so that a statement of one shape is compiled once (``search.CANDIDATES``).

- PostgreSQL: the remark's generated ``search_vector`` (English stems and Hangul bigrams, see
  ``council/records/search_document.py``) with its GIN index, ranked by ``ts_rank_cd``; the
  fallback looks for each word as a substring (partial words), through the trigram indexes.
- SQLite: the FTS5 trigram table (``fts.py``), ranked by ``bm25()``. Words shorter than the
  three characters a trigram needs are matched by a scan, and English words only from the
  start of a word, so that "AI" does not find "said".
"""

import operator
import re
from functools import reduce
from typing import NamedTuple

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Expression,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from council.lib.text import HANGUL_SYLLABLES, is_hangul

from .fts import REMARKS
from .query import hangul_bigrams, phrase_pattern, stem

# Relevance as ts_rank_cd, declared costly so that PostgreSQL works it out only for the rows
# kept after sorting by date (a thousand), not for every match it sorts (a common phrase's
# 5,000 ranks were 14 ms of a 36 ms query). In PL/pgSQL, because a SQL function would be
# inlined and its cost forgotten.
RANK_FUNCTION = """
CREATE OR REPLACE FUNCTION council_rank(vector tsvector, query tsquery) RETURNS real
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
BEGIN
  RETURN ts_rank_cd(vector, query);
END
$$;
"""

# A remark with a Korean word holds Hangul in one of its texts: the predicate of the index of
# such remarks (search migration 0006), written the same in queries so that PostgreSQL can use it.
HANGUL_REMARK = f"[{HANGUL_SYLLABLES}]"


def spoken_by(people):
    """A remark spoken by any of ``people`` (their ids). Each id is written as a bigint, the
    column's own type: the index of each speaker's words (search migration 0007) is btree_gin's,
    whose operators compare no other type, and a plain number is an integer."""
    return reduce(
        operator.or_,
        (Q(speaker_id=Cast(Value(person), BigIntegerField())) for person in people),
    )


class Words(NamedTuple):
    """A search's terms as a backend's SQL takes them: ``shape``, what fixes the SQL (hashable),
    and ``values``, the texts it is given, in the order ``match_words`` takes them; ``ranked``:
    whether the matches have a relevance, ``rank`` the texts it alone takes, after ``values``;
    ``fallback``: the texts of the remarks to show instead if none matches (``substrings``), or
    None."""

    shape: tuple
    values: list
    ranked: bool
    rank: list
    fallback: list | None


def in_either_text(lookup, value):
    """A remark whose English or Korean text matches ``text__<lookup>=value``: the words as
    spoken and as translated both find it."""
    return Q(**{f"text_ko__{lookup}": value}) | Q(**{f"text__{lookup}": value})


class WalkOrIndex(NamedTuple):
    """Two plans for the matches newest first, one chosen in the statement itself by counting
    the matches among the newest remarks (``sample``): walking the remarks newest first and
    testing each (``walk``, a condition), or reading every match from the index and sorting
    (``index``, another). Both read the filtered ``remarks`` in one shape."""

    remarks: QuerySet
    walk: Q
    index: Q
    sample: QuerySet

    # The walk reads about COUNT_LIMIT / share of the remarks, the index plan every match
    # (several times slower a remark, in random order): they cost the same near 1%.
    SAMPLE_REMARKS = 2000
    WALK_FROM_SAMPLED_MATCHES = 20

    def statement(self, shape):
        """The SQL and parameters of ``shape(matches)``, a query of matches ordered newest
        first."""
        sample_sql, sample_params = self.sample.query.sql_with_params()
        # The shape (its columns, order, limit and every filter) compiled once, each plan's
        # condition put in the place held for it: building and compiling the whole statement
        # for each plan was a quarter of a filtered search's Python.
        shaped = shape(self.remarks.filter(HELD)).query.sql_with_params()
        walk_sql, walk_params = in_place_of_held(shaped, condition_sql(self.remarks, self.walk))
        index_sql, index_params = in_place_of_held(shaped, condition_sql(self.remarks, self.index))
        # A condition on the sample alone gates a whole branch: only one of them runs.
        sql = (
            "WITH sample AS MATERIALIZED "
            f"(SELECT count(*) AS n FROM ({sample_sql}) s WHERE s.matching) "
            f"(SELECT * FROM ({walk_sql}) w WHERE (SELECT n FROM sample) >= %s) "
            f"UNION ALL (SELECT * FROM ({index_sql}) i WHERE (SELECT n FROM sample) < %s)"
        )
        threshold = self.WALK_FROM_SAMPLED_MATCHES
        return sql, (*sample_params, *walk_params, threshold, *index_params, threshold)


# The place of a plan's condition in the statement both plans share (``WalkOrIndex.rows``).
HELD_SQL = "council_search_plan_condition"
HELD = RawSQL(HELD_SQL, (), output_field=BooleanField())
PLACEHOLDER = re.compile("%%|%s")


def condition_sql(remarks, condition):
    """The SQL and parameters of ``condition`` (a ``Q`` on a remark's own columns) as a filter
    of ``remarks`` would write it."""
    query = remarks.query.chain()
    return query.get_compiler(connection=connection).compile(query.build_where(condition))


def in_place_of_held(statement, condition):
    """``statement`` (SQL and parameters, with ``HELD`` among its filters) with ``condition``
    (SQL and parameters) in its place."""
    sql, params = statement
    before, after = sql.split(HELD_SQL)
    # The parameters before it: one a %s, where %% is a literal percent sign.
    taken = PLACEHOLDER.findall(before).count("%s")
    condition_sql, condition_params = condition
    return (
        f"{before}({condition_sql}){after}",
        (*params[:taken], *condition_params, *params[taken:]),
    )


def among_newest(remarks, count):
    """A condition on a remark's own columns: among the newest ``count`` of ``remarks`` (in
    ``NEWEST_FIRST`` order; none if there are fewer). Compared as a row, the position negated
    since it runs the other way: PostgreSQL starts an index of dates and meetings from it."""
    sql, params = (
        remarks.newest_first()
        .values_list("meeting_date", "meeting_id", "position")[count - 1 : count]
        .query.sql_with_params()
    )
    quote = connection.ops.quote_name
    table = quote(remarks.model._meta.db_table)
    date, meeting, position = (quote(name) for name in ("meeting_date", "meeting_id", "position"))
    return RawSQL(
        f"({table}.{date}, {table}.{meeting}, -{table}.{position}) >= "
        f"(SELECT b.{date}, b.{meeting}, -b.{position} FROM ({sql}) b)",
        params,
        output_field=BooleanField(),
    )


class Matched(NamedTuple):
    """What a backend's ``match`` gives (see above)."""

    remarks: QuerySet
    rank: Expression | None = None
    fallback: QuerySet | None = None
    # None: the database's own plan serves.
    plan: WalkOrIndex | None = None


class PostgresSearch:
    """Matches ordered newest first are found by one of two plans, which PostgreSQL chooses
    from its estimate of how many remarks match: walking the remarks newest first and
    checking each until enough match (best when many do), or taking every match
    from the GIN index and sorting them (best when few do). It has no statistics for a
    phrase (two English words in quotes, or a Korean word of three syllables or more, whose
    bigrams must follow each other): it multiplies the frequencies of the words, which are
    far from independent, and guesses a few dozen where tens of thousands may match; it then
    reads and sorts all of them (a third of a second for 중소기업 at a million remarks).
    For a phrase, the plan is chosen here instead, in the same statement, by counting the
    matches among the newest remarks, which the walk would read first (``WalkOrIndex``).

    A search by speaker needs neither: the index of each speaker's words gives their matches
    alone, which are never more than their remarks, and PostgreSQL's own plan reads it."""

    # A tsquery's kind of text: how it is parsed, and the configuration.
    KINDS = {
        "plain": ("plain", "english"),
        "phrase": ("phrase", "english"),
        "raw": ("raw", "simple"),
    }

    def term_parts(self, term):
        """The tsqueries of one term, as ``(kind, text)``: none for a term of stop words only."""
        english = [w for w in term.significant_words if not is_hangul(w)]
        korean = [w for w in term.significant_words if is_hangul(w)]
        parts = []
        if english:
            parts.append(("phrase" if len(english) > 1 else "plain", " ".join(english)))
        for word in korean:
            # Hangul only, so safe to quote as lexemes.
            raw = " <-> ".join(f"'{b}'" for b in hangul_bigrams(word)) or f"'{word}':*"
            parts.append(("raw", raw))
        return parts

    def search_query(self, kind, text):
        search_type, config = self.KINDS[kind]
        return SearchQuery(text, search_type=search_type, config=config)

    def term_query(self, term):
        """A tsquery for one term; None for a term of stop words only."""
        return combine(self.search_query(*part) for part in self.term_parts(term))

    def words(self, terms):
        """Each term's tsqueries; the fallback's values, each term's words as one text."""
        shape, values = [], []
        for term in terms:
            parts = self.term_parts(term)
            shape.append((term.excluded, tuple(kind for kind, _ in parts)))
            values += [text for _, text in parts]
        fallback = [" ".join(term.significant_words) for term in terms]
        included = [term for term in terms if not term.excluded]
        korean = any(is_hangul(w) for t in included for w in t.significant_words)
        phrase = any(len(self.phrase_words(term)) > 1 for term in included)
        ranked = any(kinds for _, kinds in shape)
        return Words((tuple(shape), korean, phrase), values, ranked, [], fallback)

    def match(self, remarks, terms, narrowed=False, by_speaker=False):
        words = self.words(terms)
        matched = self.match_words(remarks, words.shape, iter(words.values), narrowed, by_speaker)
        return matched._replace(
            fallback=self.substrings(remarks, words.shape, iter(words.fallback))
        )

    def match_words(self, remarks, shape, values, narrowed=False, by_speaker=False, rank=True):
        """``match`` for terms put as ``words`` puts them: their shape, and an iterator of
        their values, of which it takes its own; without the fallback. (Its relevance takes no
        value of its own: ``rank`` does not matter.)"""
        terms, korean, phrase = shape
        query = combine(
            ~part if excluded else part
            for excluded, kinds in terms
            if (part := combine(self.search_query(kind, next(values)) for kind in kinds))
            is not None
        )
        if query is None:
            return Matched(remarks.none())
        walked = Q()
        if korean and not narrowed:
            # Implied by the match: the walk newest first then reads only the remarks in
            # Korean (and the few others quoting Korean), through their own index. A filter
            # (a speaker) has its own index to walk, which PostgreSQL would instead intersect
            # with this one.
            walked = in_either_text("regex", HANGUL_REMARK)
        rank = Func(F("search_vector"), query, function="council_rank", output_field=FloatField())
        matches = remarks.filter(walked, search_vector=query)
        if by_speaker or not (phrase or narrowed):
            # By speaker (``spoken_by``), the index of the speakers' words reads only their
            # matches: 중소기업 by the most prolific speaker at a million remarks, 422 of their
            # 14,500 remarks, in 4 ms, where walking all their remarks took 55 and intersecting
            # the index of the word with theirs 21.
            return Matched(matches, rank)
        # The same test as @@, but as a function the planner cannot estimate or serve from
        # the index: it walks the remarks newest first. Narrowed by another filter (a council,
        # an institution), the planner also misjudges: it intersects the index of every remark
        # of a common word with the filter's, where walking the filtered remarks finds the
        # newest thousand sooner.
        matching = Func(
            F("search_vector"), query, function="ts_match_vq", output_field=BooleanField()
        )
        # The first remarks in date order (the filters in force). Sampled among all of them,
        # not only those the walk reads: the remarks with Hangul are a fifth of the rows, mixed
        # with the others, so their walk still reads most of the table's pages over the same
        # span of dates, and the share among all remarks is what weighs it against reading
        # every match. (Sampled among the Korean ones, a word in 2% of them was walked: 22,000
        # pages and 135 ms, where its 3,800 matches take 25.)
        sample = remarks.newest_first()[: WalkOrIndex.SAMPLE_REMARKS]
        if walked:
            # The same count, read through the index of the remarks with Hangul, which alone
            # can match: a fifth of the sample's rows (중소기업: 393 of 2,000).
            sample = remarks.order_by().filter(
                walked, among_newest(remarks, WalkOrIndex.SAMPLE_REMARKS)
            )
        sample = sample.annotate(matching=matching).values("matching")
        # The index plan without the test for Hangul: it only helps a walk, and reading every
        # match from the index it costs a regular expression a match (전문인력: 18 → 12 ms).
        plan = WalkOrIndex(
            remarks, walk=walked & Q(matching), index=Q(search_vector=query), sample=sample
        )
        return Matched(matches, rank, plan=plan)

    def phrase_words(self, term):
        """The lexemes of a term that must follow each other."""
        english = [w for w in term.significant_words if not is_hangul(w)]
        korean = [b for w in term.significant_words if is_hangul(w) for b in hangul_bigrams(w)]
        return max(english, korean, key=len)

    def substrings(self, remarks, shape, texts):
        """The fallback: partial words, each term (of ``shape``, as ``words`` puts them; its
        words as one text, from the iterator ``texts``) anywhere in either text (served by the
        trigram indexes)."""
        for excluded, _ in shape[0]:
            condition = in_either_text("icontains", next(texts))
            remarks = remarks.exclude(condition) if excluded else remarks.filter(condition)
        return remarks


def combine(queries):
    combined = None
    for query in queries:
        combined = query if combined is None else combined & query
    return combined


class SqliteSearch:
    def __init__(self, index=REMARKS):
        # The FTS5 index of the table searched: remarks, or the pages of documents.
        self.index = index

    def fts_phrase(self, word):
        """An FTS5 phrase for a word, or None under the three characters a trigram needs."""
        text = word if is_hangul(word) else stem(word)
        return f'"{text}"' if len(text) >= 3 else None

    def in_text(self, lookup, value):
        """A row any of whose indexed texts matches ``<column>__<lookup>=value`` (a remark's
        English and Korean text alike)."""
        condition = Q()
        for column in self.index.columns:
            condition |= Q(**{f"{column}__{lookup}": value})
        return condition

    def term_parts(self, term):
        """What a term's matches all hold, as ``(how, text)``: an FTS5 phrase (``match``), or
        a text either column ``contains`` or matches (``iregex``)."""
        parts = []
        for word in term.significant_words:
            phrase = self.fts_phrase(word)
            if phrase:
                parts.append(("match", phrase))
            if is_hangul(word):
                if not phrase:
                    parts.append(("contains", word))
            else:
                # Python's re, which Django gives SQLite: from the start of a word.
                parts.append(("iregex", rf"(^|[^0-9A-Za-z]){re.escape(stem(word))}"))
        if len(term.significant_words) > 1:
            parts.append(("iregex", phrase_pattern(term.significant_words)))
        return parts

    def condition(self, how, text):
        if how == "match":
            table = self.index.table
            return Q(pk__in=RawSQL(f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [text]))
        return self.in_text(how, text)

    def words(self, terms):
        """Each term's parts; the rank's value, the phrases that rank the matches (if any)."""
        shape, values = [], []
        for term in terms:
            parts = self.term_parts(term)
            shape.append((term.excluded, tuple(how for how, _ in parts)))
            values += [text for _, text in parts]
        phrases = [
            phrase
            for term in terms
            if not term.excluded
            for word in term.significant_words
            if (phrase := self.fts_phrase(word))
        ]
        rank = [" OR ".join(phrases)] if phrases else []
        return Words((tuple(shape), bool(phrases)), values, bool(phrases), rank, fallback=None)

    def match(self, remarks, terms, narrowed=False, by_speaker=False):
        words = self.words(terms)
        values = iter([*words.values, *words.rank])
        return self.match_words(remarks, words.shape, values, narrowed, by_speaker)

    def match_words(self, remarks, shape, values, narrowed=False, by_speaker=False, rank=True):
        """``match`` for terms put as ``words`` puts them: their shape, and an iterator of
        their values, of which it takes its own (the rank's too, unless not ``rank``)."""
        terms, ranked = shape
        for excluded, parts in terms:
            condition = Q()
            for how in parts:
                condition &= self.condition(how, next(values))
            remarks = remarks.exclude(condition) if excluded else remarks.filter(condition)
        if not (ranked and rank):
            return Matched(remarks)
        table, source = self.index.table, self.index.source
        rank = RawSQL(
            f"(SELECT -bm25({table}) FROM {table} WHERE {table} MATCH %s "
            f"AND {table}.rowid = {source}.id)",
            [next(values)],
            output_field=FloatField(),
        )
        return Matched(remarks, rank)


def backend():
    """The search for the database in use."""
    return PostgresSearch() if connection.vendor == "postgresql" else SqliteSearch()
