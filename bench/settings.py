"""The site's settings (production ones under ``COUNCIL_ENV=production``), with the benchmark:
its commands (``bench``, ``bench_measure``, ``generate_corpus``) and its baseline views.

``make bench`` runs under these (``DJANGO_SETTINGS_MODULE=bench.settings``); the site's own
settings load nothing of the benchmark.
"""

from council.settings import *  # noqa: F403
from council.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
