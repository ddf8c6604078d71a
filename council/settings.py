"""Settings for council, read from the environment.

Every value has a safe development default, except in production (``COUNCIL_ENV=production``),
where a missing secret key or host list stops the start instead of running insecurely.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name, default=None):
    """A string from ``NAME``, or from the file named by ``NAME_FILE`` (for secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={path!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    truth = {"1": True, "true": True, "yes": True, "on": True}
    falsity = {"0": False, "false": False, "no": False, "off": False}
    try:
        return {**truth, **falsity}[value.strip().lower()]
    except KeyError:
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a boolean (use true or false)"
        ) from None


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number") from None


def env_list(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(name, choices, default):
    value = os.environ.get(name) or default
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r} must be one of {', '.join(choices)}")
    return value


def cache_from_url(url):
    """A ``CACHES`` entry for ``redis://…`` or ``locmem://``; anything else is refused."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "council.redis_cache.RedisCache", "LOCATION": url}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    raise ImproperlyConfigured(
        f"CACHE_URL={url!r}: only redis://, rediss://, unix:// and locmem://"
    )


ENVIRONMENT = env_choice("COUNCIL_ENV", ("development", "production"), "development")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = False if PRODUCTION else env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured(
            "SECRET_KEY (or SECRET_KEY_FILE) must be set when COUNCIL_ENV=production."
        )
    SECRET_KEY = "development-only-key-never-use-in-production-0123456789abcdef"
elif PRODUCTION and (len(SECRET_KEY) < 50 or SECRET_KEY.startswith("development-only")):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production: use 50 random characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must name the site's hosts when COUNCIL_ENV=production."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "taggit",
    "reversion",
    "council.records",
    "council.archive",
    "council.search",
    "council.opendata",
    "council.bench",
    "council.importer",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "council.archive.middleware.UnreadableQueryMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "council.urls"
WSGI_APPLICATION = "council.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two editors saving at once: each save's transaction takes SQLite's write lock as it
    # begins, so the second waits for the first and then finds its new version (a form error
    # saying what changed). A deferred transaction would read first and then fail to write
    # with "database is locked", a server error.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The site's queries are short: starting parallel workers costs more than it saves (a
    # two-syllable Korean search took 40 ms with them, 15 without; docs/benchmarks.md). And
    # the archive's working set is in memory, or on SSD at worst: at PostgreSQL's default
    # random_page_cost (4, for spinning disks) it hashed all 5,000 people to join a meeting's
    # 20 remarks to their speakers (2.3 ms, against 0.4 ms through the index at 2). Lower
    # still (1.1) and a speaker's Korean phrase search gives up the speaker index (27 ms to
    # 200 ms at a million remarks).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c max_parallel_workers_per_gather=0 -c random_page_cost=2"
    )

CACHE_URL = env_str("CACHE_URL", "")
CACHES = {"default": cache_from_url(CACHE_URL) if CACHE_URL else cache_from_url("locmem://")}
# Every worker sees a Redis cache, so the records' revision stamp can be read there; a local
# memory cache is each process's own, so there the stamp is read from the database.
REVISION_IN_CACHE = CACHES["default"]["BACKEND"].endswith("RedisCache")
# Public pages are cached until the records change (see council/archive/caching.py); 0 turns
# the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ko", _("Korean"))]
LOCALE_PATHS = [BASE_DIR / "council" / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Seoul")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# In development static files come straight from the app folders: no collectstatic step.
WHITENOISE_USE_FINDERS = not PRODUCTION

# Photos larger than this are refused at upload: they would only be scaled down, and a huge
# image is the classic decompression bomb.
PHOTO_MAX_PIXELS = env_int("PHOTO_MAX_PIXELS", 40_000_000)
# And files of more bytes than this: a press photo from a camera is 5 to 15 MB.
PHOTO_MAX_BYTES = env_int("PHOTO_MAX_BYTES", 20_000_000)
# Uploaded files are sent by council.archive.media once it has checked that the visitor may
# see their record (a draft's photos are not public). ``django`` sends them itself; behind
# nginx, ``x-accel-redirect`` hands the sending to nginx at MEDIA_INTERNAL_URL (an ``internal``
# location aliased to MEDIA_ROOT); behind Apache's mod_xsendfile or lighttpd, ``x-sendfile``.
MEDIA_SENDFILE = env_choice(
    "MEDIA_SENDFILE", ("django", "x-accel-redirect", "x-sendfile"), "django"
)
MEDIA_INTERNAL_URL = env_str("MEDIA_INTERNAL_URL", "/internal-media/")
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_TAGS_FROM_STRING = "council.records.topics.parse_topics"

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
