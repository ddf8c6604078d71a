"""Configuration from the environment: safe in development, strict in production."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from council.settings import cache_from_url

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "k" * 20 + uuid.uuid4().hex + "x" * 10


def run_python(*args, **env):
    """Python in a fresh process at the project's root, with the environment given."""
    environment = {
        key: value
        for key, value in os.environ.items()
        # The conftest's async escape hatch is for Playwright tests, never for a deployment.
        if key
        not in {
            "SECRET_KEY",
            "SECRET_KEY_FILE",
            "DEBUG",
            "ALLOWED_HOSTS",
            "COUNCIL_ENV",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manage(*args, **env):
    return run_python("manage.py", *args, **env)


@pytest.fixture
def production(tmp_path):
    """The environment of a production deployment."""
    key_file = tmp_path / "secret"
    key_file.write_text(STRONG_KEY)
    return {
        "COUNCIL_ENV": "production",
        "SECRET_KEY_FILE": str(key_file),
        "ALLOWED_HOSTS": "council.example",
    }


# What gunicorn loads (the settings, the apps, the WSGI handler), then every URL the site
# answers: the modules then imported and the routes.
SITE_AS_SERVED = """
import json, sys
from django.urls import get_resolver
from council.wsgi import application

def routes(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        yield route
        if hasattr(pattern, "url_patterns"):
            yield from routes(pattern, route)

served = list(routes(get_resolver()))
print(json.dumps({"modules": sorted(sys.modules), "routes": served}))
"""


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", COUNCIL_ENV="production", ALLOWED_HOSTS="council.example")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key_and_short_keys():
    result = manage(
        "check", COUNCIL_ENV="production", ALLOWED_HOSTS="council.example", SECRET_KEY="short"
    )
    assert result.returncode != 0
    assert "too weak" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", COUNCIL_ENV="production", SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_settings_pass_the_deployment_check(production):
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production)
    assert result.returncode == 0, result.stderr


def test_production_loads_no_benchmark_code_and_serves_no_bench_address(production):
    result = run_python("-c", SITE_AS_SERVED, **production)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "council.archive.urls" in loaded["modules"] and "robots.txt" in loaded["routes"]
    # The harness is the package bench; it was council.bench before.
    harness = [m for m in loaded["modules"] if any(p.startswith("bench") for p in m.split("."))]
    assert harness == []
    assert [route for route in loaded["routes"] if "bench" in route.split("/")] == []


def test_a_malformed_boolean_fails_loudly():
    result = manage("check", DEBUG="perhaps")
    assert result.returncode != 0
    assert "DEBUG='perhaps' is not a boolean" in result.stderr


def test_development_starts_with_no_configuration_at_all():
    result = manage("check")
    assert result.returncode == 0, result.stderr


def test_an_unknown_cache_url_is_refused():
    with pytest.raises(ImproperlyConfigured):
        cache_from_url("memcached://127.0.0.1:11211")


def test_the_redis_cache_works_for_real(settings):
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    settings.CACHES = {"default": cache_from_url(url)}
    cache = caches["default"]
    key = f"council-test-{uuid.uuid4().hex}"
    try:
        cache.set(key, "평의회", 30)
    except Exception as exc:  # a missing server or package shows here, at the first call
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis is not answering at {url}: {exc}")
    assert cache.get(key) == "평의회"
    cache.delete(key)


def test_mail_goes_through_the_smtp_server_that_email_host_names(smtp_server):
    result = manage(
        "sendtestemail",
        "reader@example.org",
        EMAIL_HOST=smtp_server.host,
        EMAIL_PORT=str(smtp_server.port),
        DEFAULT_FROM_EMAIL="council@council.example",
    )
    assert result.returncode == 0, result.stderr
    [message] = smtp_server.messages
    assert (message["From"], message["To"]) == ("council@council.example", "reader@example.org")


def test_without_email_host_mail_is_printed_to_the_console():
    result = manage("sendtestemail", "reader@example.org", EMAIL_HOST="")
    assert result.returncode == 0, result.stderr
    assert "To: reader@example.org" in result.stdout


def test_production_mail_needs_its_sender_address(production):
    result = manage("check", EMAIL_HOST="smtp.council.example", **production)
    assert result.returncode != 0
    assert "DEFAULT_FROM_EMAIL" in result.stderr


PREPARED_TWICE_OVER = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    for number in range(6):
        cursor.execute("SELECT %s + 1", [number])
    cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement = 'SELECT $1 + 1'")
    print(cursor.fetchone()[0])
"""


@pytest.mark.django_db
@pytest.mark.parametrize(("setting", "prepared"), [("true", "1"), ("false", "0")])
def test_with_prepared_statements_a_query_run_again_is_prepared_by_postgresql(setting, prepared):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME']}"
    )
    result = run_python("-c", PREPARED_TWICE_OVER, DATABASE_URL=url, PREPARED_STATEMENTS=setting)
    assert (result.returncode, result.stdout.strip()) == (0, prepared), result.stderr
