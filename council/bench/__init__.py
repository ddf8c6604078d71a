"""The benchmark: a synthetic corpus (``generate_corpus``), baseline views, and ``make bench``."""
