"""Full-text matching of remarks, one implementation per database: the only place that knows.

Both take the terms of ``query.parse`` and give ``(matches, rank, fallback)``: a queryset of
the remarks that match, a relevance score to order by (higher is better) or None where there
is nothing to rank, and the remarks to show instead if no remark matches (or None).

- PostgreSQL: the generated ``search_vector`` (English stems and Hangul bigrams, see
  ``documents.py``) with its GIN index, ranked by ``ts_rank_cd``; the fallback looks for each
  word as a substring (partial words), through the trigram index.
- SQLite: the FTS5 trigram table (``fts.py``), ranked by ``bm25()``. Words shorter than the
  three characters a trigram needs are matched by a scan, and English words only from the
  start of a word, so that "AI" does not find "said".
"""

import json
import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, FloatField, Q
from django.db.models.expressions import RawSQL

from .fts import TABLE
from .query import hangul_bigrams, is_hangul, phrase_pattern, stem


class PostgresSearch:
    def term_query(self, term):
        """A tsquery for one term; None for a term of stop words only."""
        english = [w for w in term.significant_words if not is_hangul(w)]
        korean = [w for w in term.significant_words if is_hangul(w)]
        parts = []
        if english:
            kind = "phrase" if len(english) > 1 else "plain"
            parts.append(SearchQuery(" ".join(english), search_type=kind, config="english"))
        for word in korean:
            # Hangul only, so safe to quote as lexemes.
            raw = " <-> ".join(f"'{b}'" for b in hangul_bigrams(word)) or f"'{word}':*"
            parts.append(SearchQuery(raw, search_type="raw", config="simple"))
        return combine(parts)

    def match(self, remarks, terms):
        query = combine(
            ~part if term.excluded else part
            for term in terms
            if (part := self.term_query(term)) is not None
        )
        if query is None:
            return remarks.none(), None, self.substrings(remarks, terms)
        rank = SearchRank(F("search_vector"), query, cover_density=True)
        return remarks.filter(search_vector=query), rank, self.substrings(remarks, terms)

    def substrings(self, remarks, terms):
        """Partial words: each term anywhere in the text (served by the trigram index)."""
        for term in terms:
            condition = Q(text__icontains=" ".join(term.significant_words))
            remarks = remarks.exclude(condition) if term.excluded else remarks.filter(condition)
        return remarks


def combine(queries):
    combined = None
    for query in queries:
        combined = query if combined is None else combined & query
    return combined


class SqliteSearch:
    def fts_phrase(self, word):
        """An FTS5 phrase for a word, or None under the three characters a trigram needs."""
        text = word if is_hangul(word) else stem(word)
        return f'"{text}"' if len(text) >= 3 else None

    def term_condition(self, term):
        condition = Q()
        for word in term.significant_words:
            phrase = self.fts_phrase(word)
            if phrase:
                condition &= Q(
                    pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [phrase])
                )
            if is_hangul(word):
                if not phrase:
                    condition &= Q(text__contains=word)
            else:
                # Python's re, which Django gives SQLite: from the start of a word.
                condition &= Q(text__iregex=rf"(^|[^0-9A-Za-z]){re.escape(stem(word))}")
        if len(term.significant_words) > 1:
            condition &= Q(text__iregex=phrase_pattern(term.significant_words))
        return condition

    def match(self, remarks, terms):
        for term in terms:
            condition = self.term_condition(term)
            remarks = remarks.exclude(condition) if term.excluded else remarks.filter(condition)
        phrases = [
            phrase
            for term in terms
            if not term.excluded
            for word in term.significant_words
            if (phrase := self.fts_phrase(word))
        ]
        if not phrases:
            return remarks, None, None
        rank = RawSQL(
            f"(SELECT -bm25({TABLE}) FROM {TABLE} WHERE {TABLE} MATCH %s "
            f"AND {TABLE}.rowid = records_remark.id)",
            [" OR ".join(phrases)],
            output_field=FloatField(),
        )
        return remarks, rank, None


def id_set(ids):
    """A subquery of the given ids, passed as one parameter rather than one per id (a
    thousand placeholders cost more to build and parse than the query takes)."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [list(ids)])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(ids))])


def backend():
    """The search for the database in use."""
    return PostgresSearch() if connection.vendor == "postgresql" else SqliteSearch()
