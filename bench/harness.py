"""What ``manage.py bench`` and ``bench_side_by_side`` need around Django: wrk, gunicorn, the
machine, the database and its corpus.

Only ever 127.0.0.1: the server binds there and wrk loads nothing else.
"""

import datetime
import json
import os
import platform
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from importlib.metadata import version
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils.module_loading import import_string

from bench import corpus
from council.records.models import Meeting, Person, Remark
from council.settings import cache_from_url

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def milliseconds(text):
    """wrk's "13.88ms", "850.00us", "1.20s" in milliseconds."""
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse_wrk(output):
    """Requests per second, latency percentiles and errors from ``wrk --latency``."""
    result = {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
    }
    for share in ("50", "75", "90", "99"):
        found = re.search(rf"^\s+{share}%\s+([\d.]+\w+)", output, re.M)
        result[f"p{share}_ms"] = round(milliseconds(found.group(1)), 2) if found else None
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["non_2xx_3xx"] = int(errors.group(1)) if errors else 0
    socket_errors = re.search(r"Socket errors: (.*)", output)
    result["socket_errors"] = socket_errors.group(1).strip() if socket_errors else ""
    return result


def run_wrk(url, *, duration, threads, connections, headers=(), own_pids=None):
    """One bounded wrk run against ``url`` (127.0.0.1 only). With ``own_pids`` (the server
    and its database backends), also the share of the processors that other work took
    meanwhile (``background_cpu``): figures from a busy shared machine can be told apart."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"wrk loads 127.0.0.1 only, not {url}")
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["--timeout", "30s"]
    for header in headers:
        command += ["-H", header]
    pids = own_pids() if own_pids else []
    total_before, idle_before = cpu_times()
    own_before = process_cpu(pids)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    finished = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=duration + 60, check=True
    )
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total_after, idle_after = cpu_times()
    result = parse_wrk(finished.stdout)
    if own_pids:
        # wrk's own processor time: the only child reaped meanwhile.
        wrk_seconds = (children_after.ru_utime - children_before.ru_utime) + (
            children_after.ru_stime - children_before.ru_stime
        )
        wrk_ticks = wrk_seconds * os.sysconf("SC_CLK_TCK")
        total = total_after - total_before
        busy = total - (idle_after - idle_before)
        others = busy - (process_cpu(pids) - own_before) - wrk_ticks
        result["background_cpu_during"] = round(max(0.0, others) / total, 3) if total else 0.0
    return result


def cpu_times():
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]  # idle and iowait
    return sum(values[:8]), idle


def process_cpu(pids):
    """Clock ticks of processor time the processes have used, with that of their children
    that have ended: PostgreSQL's parallel workers are children of its postmaster."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks


def parent_pid(pid):
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[1])


def children_of(pid):
    """The processes whose parent is ``pid`` (a gunicorn master's: its workers)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                # The command name is in brackets and may hold spaces: split after it.
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            pids.append(int(entry))
    return sorted(pids)


def background_cpu(own_pids=(), seconds=0.5):
    """The share of all processors that other work than ours (``own_pids``: the server and
    its database backends, still finishing requests wrk left) keeps busy over ``seconds``."""
    total_before, idle_before = cpu_times()
    own_before = process_cpu(own_pids)
    time.sleep(seconds)
    total_after, idle_after = cpu_times()
    own = process_cpu(own_pids) - own_before
    total = total_after - total_before
    busy = total - (idle_after - idle_before) - own
    return round(max(0, busy) / total, 3) if total else 0.0


def wait_for_quiet(limit, patience, report, own_pids=lambda: ()):
    """Wait up to ``patience`` seconds for other work on the machine to fall to ``limit``
    of the processors; the last share measured."""
    deadline = time.monotonic() + patience
    busy = background_cpu(own_pids())
    while busy > limit and time.monotonic() < deadline:
        report(f"   other work keeps {busy:.0%} of the processors busy: waiting")
        time.sleep(5)
        busy = background_cpu(own_pids())
    return busy


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, headers=None):
    """``(status, headers, body)`` of one GET."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class Gunicorn:
    """gunicorn serving the site on 127.0.0.1, started and stopped by us (by its process id)."""

    def __init__(self, *, env, workers, log_path, port=None):
        self.env, self.workers, self.log_path = env, workers, log_path
        self.port = port or free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        # The gunicorn beside this Python: the project's virtualenv.
        beside = Path(sys.executable).parent / "gunicorn"
        command = [
            str(beside) if beside.exists() else shutil.which("gunicorn"),
            "council.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            # Its own control socket would be shared with every other gunicorn of this user.
            "--no-control-socket",
            "--error-logfile",
            str(self.log_path),
        ]
        self.process = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=self.env, stdin=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start: see {self.log_path}")
            try:
                if fetch(f"{self.base_url}/bench/ok/")[0] == 200 and len(self.worker_pids()) >= 1:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within 60 s: see {self.log_path}")

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def own_pids(self):
        """The server's processes and the database backends connected to our database."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
            backends = [row[0] for row in cursor.fetchall()]
            cursor.execute("SELECT pg_backend_pid()")
            # The postmaster too, for the parallel workers it starts for our queries.
            postmaster = parent_pid(cursor.fetchone()[0])
        return [self.process.pid, *self.worker_pids(), *backends, postmaster]

    def worker_pids(self):
        """The workers: processes whose parent is our gunicorn master."""
        return children_of(self.process.pid)

    def worker_memory(self):
        """Peak (VmHWM) and current (VmRSS) resident memory of each worker, in MB."""
        workers = []
        for pid in self.worker_pids():
            status = {}
            with open(f"/proc/{pid}/status") as lines:
                for line in lines:
                    name, _, value = line.partition(":")
                    if name in ("VmHWM", "VmRSS"):
                        status[name] = int(value.split()[0]) / 1024
            workers.append(
                {
                    "pid": pid,
                    "peak_mb": round(status["VmHWM"], 1),
                    "rss_mb": round(status["VmRSS"], 1),
                }
            )
        return workers


def machine():
    """What the figures were measured on."""
    model = ""
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        total_kb = int(meminfo.readline().split()[1])
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(total_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "os": platform.freedesktop_os_release().get("PRETTY_NAME", "")
        if hasattr(platform, "freedesktop_os_release")
        else "",
        "postgresql": server_version,
        "python": platform.python_version(),
        "django": version("django"),
        "gunicorn": version("gunicorn"),
        "psycopg": version("psycopg"),
        "wrk": wrk[0] if wrk else "",
    }


def source_version():
    """The commit measured, and whether the working tree differed from it."""

    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=settings.BASE_DIR, capture_output=True, text=True
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or os.environ.get("COUNCIL_BENCH_COMMIT", "")
    return {"commit": commit, "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def maintenance_connection():
    """An autocommit connection to the server's ``postgres`` database, to create ours."""
    db = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        autocommit=True,
    )


def ensure_database(name, fresh=False):
    """Create the benchmark database (UTF-8 Hangul-aware locale, see RECIPES) if missing;
    with ``fresh``, drop it first. True when it was created."""
    with maintenance_connection() as maintenance:
        exists = maintenance.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and fresh:
            maintenance.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            maintenance.execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
            return True
    return False


def corpus_marker():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"
        )
        return cursor.fetchone()[0]


def set_corpus_marker(marker):
    """Name the corpus the database holds (a comment on it), or forget it (None)."""
    quoted = connection.ops.quote_name(connection.settings_dict["NAME"])
    with connection.cursor() as cursor:
        if marker is None:
            cursor.execute(f"COMMENT ON DATABASE {quoted} IS NULL")
        else:
            # A utility statement takes no parameters sent apart (server-side binding): the
            # marker is quoted into it.
            sql = connection.ops.compose_sql(f"COMMENT ON DATABASE {quoted} IS %s", [marker])
            cursor.execute(sql)


def prepare_corpus(name, *, remarks, meetings, seed, fresh, step):
    """The benchmark's database ``name`` (``DATABASE_URL``'s) created if missing and migrated,
    and the corpus generated with the seed meeting unless the same one is there; its size."""
    meetings = meetings or max(1, remarks // 20)
    if ensure_database(name, fresh=fresh):
        step(f"created database {name}")
    connection.close()
    step("migrate")
    call_command("migrate", verbosity=0)
    marker = (
        f"council bench corpus v{corpus.VERSION}: remarks={remarks} meetings={meetings} seed={seed}"
    )
    made = {"remarks": remarks, "meetings": meetings, "seed": seed}
    if corpus_marker() == marker:
        step(f"corpus already there ({marker})")
        made["generated_seconds"] = None
    else:
        step(f"generate_corpus ({marker})")
        # A load cut short must not pass for the corpus the marker names.
        set_corpus_marker(None)
        started = time.monotonic()
        call_command(
            "generate_corpus",
            remarks=remarks,
            meetings=meetings,
            seed=seed,
            seed_meeting=True,
            flush=True,
        )
        made["generated_seconds"] = round(time.monotonic() - started, 1)
        set_corpus_marker(marker)
        with connection.cursor() as cursor:
            # Written pages out of the way, so no checkpoint lands in the middle of a run.
            cursor.execute("CHECKPOINT")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        made["database_size"] = cursor.fetchone()[0]
    made["published_meetings"] = Meeting.objects.published().count()
    made["published_remarks"] = Remark.objects.published().count()
    made["korean_remarks"] = Remark.objects.exclude(text_ko="").count()
    made["people"] = Person.objects.count()
    return made


def production_env(scratch, cache_url):
    """The environment of the served site and the child commands: production settings, static
    files collected into ``scratch``, page cache off (a load pass may set its own)."""
    # DJANGO_SETTINGS_MODULE stays the command's own (bench.settings): the site's production
    # settings with the baseline views.
    return {
        **os.environ,
        "COUNCIL_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CONN_MAX_AGE": "600",
        "STATIC_ROOT": str(scratch / "static"),
        # Off for the in-process measurements (they count the queries of the page's work).
        "PAGE_CACHE_SECONDS": "0",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "CACHE_URL": cache_url,
    }


def collect_static(env):
    """The static files the served site's WhiteNoise reads (``STATIC_ROOT`` of ``env``)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )


def run_json_command(args, env, timeout):
    """A management command in a child process (production settings), returning its JSON."""
    finished = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if finished.returncode:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{finished.stderr[-4000:]}")
    return json.loads(finished.stdout)


def bench_database(cache_url):
    """The name of the database measured, which must be PostgreSQL and a benchmark's own (it
    is emptied), with the served site's cache emptied; a ``CommandError`` otherwise."""
    name = settings.DATABASES["default"]["NAME"]
    if connection.vendor != "postgresql" or "bench" not in name:
        raise CommandError(
            "The benchmark runs on a PostgreSQL database of its own, whose name holds "
            "'bench' (it is emptied): DATABASE_URL=postgres://…/council_bench"
        )
    try:
        empty_cache(cache_url)
    except RuntimeError as exc:
        raise CommandError(str(exc)) from exc
    return name


def run_record(name, options, setting_names, step):
    """What every benchmark run records first: when it began, its settings, the corpus in the
    database ``name`` (generated if it is not there), the machine and the source."""
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "settings": {key: options[key] for key in setting_names},
        "corpus": prepare_corpus(
            name,
            remarks=options["remarks"],
            meetings=options["meetings"],
            seed=options["seed"],
            fresh=options["fresh"],
            step=step,
        ),
        "machine": machine(),
        "source": source_version(),
    }


def empty_cache(url):
    """Empty the served site's cache (``CACHE_URL``), so that a pass starts cold; a Redis that
    does not answer stops the run here rather than in the middle of a load."""
    config = cache_from_url(url)
    cache = import_string(config["BACKEND"])(config.get("LOCATION", ""), {})
    try:
        cache.clear()
    except Exception as exc:
        raise RuntimeError(
            f"The cache at {url} does not answer ({exc}): start Redis, or pass "
            "--cache-url locmem:// to measure without a shared cache."
        ) from exc
