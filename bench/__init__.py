"""The benchmark, outside the site: a synthetic corpus (``generate_corpus``), baseline views,
and ``make bench``, under their own settings (``bench.settings``). Results are kept beside it."""
