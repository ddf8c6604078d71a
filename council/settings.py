"""Settings for council, read from the environment.

Every value has a safe development default, except in production (``COUNCIL_ENV=production``),
where a missing secret key or host list stops the start instead of running insecurely.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
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
    # The admin and taggit, with the records first on the admin's index (council/records/site.py).
    "council.records.site.CouncilAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "council.records.site.TopicsConfig",
    "council.records.site.SignInAttemptsConfig",
    "reversion",
    # Before the records: its permissions exist when the records' post_migrate makes the staff
    # roles again after a flush (council/records/roles.py), which include them.
    "council.pages",
    "council.records",
    "council.archive",
    "council.search",
    "council.opendata",
    "council.api",
    "council.importer",
    "council.alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "council.archive.middleware.UnreadableQueryMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
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
    if env_bool("PREPARED_STATEMENTS", True):
        # The parameters sent apart from the SQL, so that psycopg prepares a query the
        # connection has run five times: PostgreSQL then neither parses nor plans it again. A
        # cold meeting page's seven queries cost its backend 2.2 ms of processor time, 0.6 with
        # them (planning was most of it; docs/benchmarks.md). PREPARED_STATEMENTS=false behind a
        # pooler in transaction mode, which hands the next query to a connection that has not
        # prepared it (PgBouncer before 1.21, or without max_prepared_statements).
        DATABASES["default"]["OPTIONS"].update(server_side_binding=True, prepare_threshold=5)

# On PostgreSQL every worker listens for the revision stamp's changes instead of asking for it
# on every request (council/records/revision_watch.py). Turn it off behind a pooler that hands
# out connections per transaction (PgBouncer's transaction mode), where nothing can listen.
REVISION_WATCH = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "REVISION_WATCH", True
)

CACHE_URL = env_str("CACHE_URL", "")
CACHES = {"default": cache_from_url(CACHE_URL) if CACHE_URL else cache_from_url("locmem://")}
# Public pages are cached until the records change (see council/archive/caching.py); 0 turns
# the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# The admin's sign-in is throttled by django-axes: after AXES_FAILURE_LIMIT wrong passwords for
# one account name, that name is refused for AXES_COOLOFF_TIME (or until
# `manage.py axes_reset_username NAME`), from wherever the attempts come: counting by address
# would let rotating addresses through, and behind the proxy every visitor has the proxy's.
# Attempts are kept in the database, so every worker and server counts the same ones.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
# django-axes warns when the address is not counted (axes.W006): not counting it is the choice
# made above.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The address recorded beside each attempt: the connection's, not a header anyone can forge.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# No inline script or style (templates/ holds none; scripts and styles are static files), no
# plug-ins, no framing; django-csp sends the header on every response.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The archive uses none of the browser's powerful features: deny them to the page and to
# anything embedded in it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

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
# Documents presented at meetings (PDF, DOCX, HWPX): a deck or a release is a few MB, a scanned
# report some tens. Their text is read at upload in a child process, up to these bounds (a
# file past the pages or characters is kept, its text read in part; past the time it is
# refused), so that a hostile file cannot hold a worker (council/records/document_text.py).
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", 50_000_000)
DOCUMENT_MAX_PAGES = env_int("DOCUMENT_MAX_PAGES", 2000)
DOCUMENT_MAX_CHARACTERS = env_int("DOCUMENT_MAX_CHARACTERS", 2_000_000)
DOCUMENT_READING_SECONDS = env_int("DOCUMENT_READING_SECONDS", 60)
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

# Mail (the alerts' confirmations and digests): through the SMTP server at EMAIL_HOST whenever one
# is named, in development too, so that a developer can try a real one; printed to the console
# otherwise.
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
    EMAIL_PORT = env_int("EMAIL_PORT", 587 if EMAIL_USE_TLS else 25)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A server that stops answering fails that mail after this, not the whole run of send_alerts.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "council@localhost")
if PRODUCTION and EMAIL_HOST and DEFAULT_FROM_EMAIL.endswith("@localhost"):
    raise ImproperlyConfigured("DEFAULT_FROM_EMAIL must be set when mail goes out (EMAIL_HOST).")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The site's address, for the links in mail, which is sent without a request to take it from.
SITE_URL = env_str(
    "SITE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}" if PRODUCTION else "http://127.0.0.1:8000"
).rstrip("/")
if "*" in SITE_URL:
    raise ImproperlyConfigured("SITE_URL must be set when ALLOWED_HOSTS begins with a wildcard.")
# The request header that holds the visitor's address where a proxy in front sets one (nginx's
# X-Real-IP); the connection's address otherwise. Sign-ups to alerts are counted by it.
CLIENT_ADDRESS_HEADER = env_str("CLIENT_ADDRESS_HEADER", "")
# Where ``export_dump`` writes the bulk download, and /data/dump/ serves the latest from. Not
# under MEDIA_ROOT: files there are served only as a record's photo or portrait.
DUMP_ROOT = Path(env_str("DUMP_ROOT", str(BASE_DIR / "dumps")))
# The licence the records are published under as data, shown on /data/, in the bulk
# download's manifest and in the API's description. It is the ministry's to decide: until it
# is set, they say it is yet to be set, and name none.
DATA_LICENCE = env_str("DATA_LICENCE", "")
DATA_LICENCE_URL = env_str("DATA_LICENCE_URL", "")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_TAGS_FROM_STRING = "council.records.topics.parse_topics"
TAGGIT_STRING_FROM_TAGS = "council.records.topics.topics_as_text"

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
