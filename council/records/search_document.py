"""What the database indexes for each remark, on PostgreSQL.

The search vector holds two kinds of lexemes:

- English stems (``to_tsvector('english', …)``), so that "corporation" finds "corporations";
- the overlapping two-syllable pieces (bigrams) of every run of Hangul, so that a Korean word
  finds its forms with particles attached: "인공지능을" is indexed as 인공 공지 지능 능을, which
  the query for "인공지능" (인공 <-> 공지 <-> 지능) and the query for a two-syllable noun such as
  "정책" match, where a trigram index cannot serve a two-syllable word at all.

A Latin word glued to Korean ("AI를") is split from it first, so that "AI" finds it. The
vector covers the remark's English text and its Korean one: its words as spoken and as
translated.

The vector is a generated column of the remark's table, so its expression is the domain's, and
the search app (``council/search/backends.py``) queries it; the search app's first migration
creates the SQL function the column calls.
"""

from django.db.models import Func, TextField

from council.lib.text import HANGUL_SYLLABLES

# A pure SQL function, IMMUTABLE so that a generated column may call it.
HANGUL_BIGRAMS_FUNCTION = rf"""
CREATE OR REPLACE FUNCTION council_hangul_bigrams(doc text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(substr(m.run[1], i, 2), ' ' ORDER BY m.n, i), '')
  FROM regexp_matches(coalesce(doc, ''), '[{HANGUL_SYLLABLES}]{{2,}}', 'g') WITH ORDINALITY AS m(run, n),
       generate_series(1, char_length(m.run[1]) - 1) AS i
$$;
"""


class RemarkSearchDocument(Func):
    """The search vector of text columns, one after the other (PostgreSQL): a remark's English
    and Korean texts, so that the words of either find it. NULL elsewhere, where the SQLite
    FTS5 table of ``council.search`` does the indexing instead."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        return "NULL", []

    def as_postgresql(self, compiler, connection, **extra_context):
        vectors, params = [], []
        for expression in self.source_expressions:
            column, column_params = compiler.compile(expression)
            # A Latin letter or digit glued to Hangul ("AI를") is parted from it by a space.
            parted = (
                rf"regexp_replace({column}, '([A-Za-z0-9])([{HANGUL_SYLLABLES}])', '\1 \2', 'g')"
            )
            vectors.append(
                f"to_tsvector('english'::regconfig, {parted}) || "
                f"to_tsvector('simple'::regconfig, council_hangul_bigrams({column}))"
            )
            params += column_params * 2
        return f"({' || '.join(vectors)})", params
