"""``manage.py bench_side_by_side`` (``make bench-peer``, under ``bench.settings``): council
and the Wagtail peer served side by side in one run, page pair by page pair (issue 13).

1. Council's database (``DATABASE_URL``, whose name must hold "bench") gets the corpus of the
   peer's size with the seed meeting, unless it is there; gunicorn serves it with 2 sync workers
   in production settings, page cache off, ``CONN_MAX_AGE=600``, the Redis cache.
2. The peer is served by its own script (``../shared/peers/wagtail-peer.sh serve ../peer``),
   built first if it is not (PostgreSQL database ``wagtail_peer``); stopped at the end if this
   command started it.
3. Every page of both sites must answer 200 with a whole page before anything is measured.
4. Rounds: each page pair in turn, the sites alternating (council first in odd rounds); for each,
   a few warm-up requests, then wrk for a few seconds, reading before and after the processor
   time (utime + stime) of the site's gunicorn workers and of the PostgreSQL backends connected
   to its database (persistent connections: the same backends throughout).
5. The medians of the rounds, the ratios council/peer and the goals, as a markdown table; the
   figures in ``bench/results-side-by-side.json``.
"""

import json
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path
from statistics import median

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench import harness
from bench.side_by_side import PAGES, SITES, markdown_table, rows, site_order

TICKS_PER_S = os.sysconf("SC_CLK_TCK")
# A whole page, not an error page nor an empty shell: both sites' smallest page is ~3 KB.
SMALLEST_PAGE_BYTES = 2000
# What each page must show on both sites besides the layout.
MUST_SHOW = {
    "meeting (the seed)": re.compile(r"Jang Tae-woo"),
    "speaker (Jang Tae-woo)": re.compile(r"Jang Tae-woo"),
    "archive": re.compile(r'href="[^"]*/meetings/[\w-]+/"'),
    "search “AI”": re.compile(r'href="[^"]*/meetings/[\w-]+/'),
}


def backend_pids(database):
    """The PostgreSQL backends serving ``database``'s clients, this command's own left out."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s "
            "AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
            [database],
        )
        return sorted(row[0] for row in cursor.fetchall())


class Council:
    """Council served by gunicorn (``harness.Gunicorn``), its database this command's."""

    name = "council"

    def __init__(self, env, log_path):
        self.server = harness.Gunicorn(env=env, workers=2, log_path=log_path)
        self.database = settings.DATABASES["default"]["NAME"]
        self.log_path = log_path

    def __enter__(self):
        self.server.__enter__()
        self.base_url = self.server.base_url
        return self

    def __exit__(self, *exc):
        self.server.__exit__(*exc)

    def worker_pids(self):
        return self.server.worker_pids()

    def errors_logged(self):
        text = self.log_path.read_text() if self.log_path.exists() else ""
        return text if re.search(r"Traceback|\[ERROR\]", text) else ""


class Peer:
    """The Wagtail peer, served (and built, the first time) by its script in ``directory``;
    stopped at the end only if this command started it."""

    name = "wagtail"

    def __init__(self, script, directory, database_url, port, step):
        self.script, self.directory, self.step = script, directory, step
        # Nothing of council's environment: its settings, database or path.
        own = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PYTHONPATH", "CACHE_URL"}
        self.env = {key: value for key, value in os.environ.items() if key not in own}
        self.env.update(PEER_DB=database_url, PORT=str(port))
        self.base_url = f"http://127.0.0.1:{port}"
        self.pid_file = directory / "gunicorn.pid"
        self.log_path = directory / "gunicorn.log"
        self.started = False

    def __enter__(self):
        if not self.script.exists():
            raise CommandError(f"The peer's script is not at {self.script}: pass --peer-script.")
        running = self.master_pid() is not None
        if not running:
            if not (self.directory / "built.txt").exists():
                self.step(f"building the peer in {self.directory} (a few minutes)")
            self.step(f"{self.script} serve {self.directory}")
            subprocess.run(
                [str(self.script), "serve", str(self.directory)],
                env=self.env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            self.started = True
        else:
            self.step(f"the peer already runs (gunicorn {self.master_pid()}): used as it is")
        built = (self.directory / "built.txt").read_text()
        if "db=postgresql" not in built:
            self.__exit__()
            raise CommandError(f"The peer in {self.directory} runs on SQLite: build it anew.")
        self.database = json.loads((self.directory / "site" / "db.json").read_text())["NAME"]
        self.log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        return self

    def __exit__(self, *exc):
        if self.started:
            subprocess.run(
                [str(self.script), "stop", str(self.directory)],
                check=False,
                stdout=subprocess.DEVNULL,
            )

    def master_pid(self):
        try:
            pid = int(self.pid_file.read_text())
        except (OSError, ValueError):
            return None
        return pid if Path(f"/proc/{pid}").exists() else None

    def worker_pids(self):
        return harness.children_of(self.master_pid())

    def errors_logged(self):
        """What the peer's gunicorn logged as errors since this command began."""
        with open(self.log_path, errors="replace") as log:
            log.seek(self.log_offset)
            text = log.read()
        return text if re.search(r"Traceback|\[ERROR\]", text) else ""


class Command(BaseCommand):
    help = (
        "Council and the Wagtail peer side by side (issue 13): throughput with wrk and "
        "processor time a request (gunicorn workers plus their PostgreSQL backends), page "
        "pair by page pair, in alternating rounds; prints a markdown table."
    )

    def add_arguments(self, parser):
        beside = settings.BASE_DIR.parent
        parser.add_argument("--remarks", type=int, default=2000, help="The peer's size.")
        parser.add_argument("--meetings", type=int, default=100)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--fresh", action="store_true", help="Drop council's database first.")
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument("--duration", type=int, default=10, help="Seconds of wrk a run.")
        parser.add_argument("--connections", type=int, default=8, help="wrk connections.")
        parser.add_argument("--threads", type=int, default=1, help="wrk threads.")
        parser.add_argument(
            "--warmup-requests", type=int, default=10, help="Requests before each run."
        )
        parser.add_argument(
            "--cache-url",
            default="redis://127.0.0.1:6379/13",
            help="Council's cache (emptied at the start; make bench's is database 14).",
        )
        parser.add_argument(
            "--peer-script", type=Path, default=beside / "shared" / "peers" / "wagtail-peer.sh"
        )
        parser.add_argument("--peer-dir", type=Path, default=beside / "peer")
        parser.add_argument(
            "--peer-db",
            default="postgres://postgres@127.0.0.1:5432/wagtail_peer",
            help="The peer's database, when its script builds it (PEER_DB).",
        )
        parser.add_argument("--peer-port", type=int, default=18800)
        parser.add_argument(
            "--output", default=str(settings.BASE_DIR / "bench" / "results-side-by-side.json")
        )

    def handle(self, *args, **options):
        self.options = options
        name = harness.bench_database(options["cache_url"])
        started = time.monotonic()
        load_average_start = os.getloadavg()
        results = harness.run_record(
            name,
            options,
            ("rounds", "duration", "connections", "threads", "warmup_requests"),
            self.step,
        )
        results["load_average_start"] = load_average_start
        peer = Peer(
            options["peer_script"].resolve(),
            options["peer_dir"].resolve(),
            options["peer_db"],
            options["peer_port"],
            self.step,
        )
        with tempfile.TemporaryDirectory(prefix="council-side-by-side-") as scratch:
            scratch = Path(scratch)
            env = harness.production_env(scratch, options["cache_url"])
            self.step("collectstatic (production settings)")
            harness.collect_static(env)
            self.step("gunicorn: council, 2 sync workers, production settings, no page cache")
            with peer, Council(env, scratch / "council.log") as council:
                sites = {"council": council, "wagtail": peer}
                results["pages"] = self.check_pages(sites)
                results["runs"] = self.measure(sites)
                for site in sites.values():
                    if errors := site.errors_logged():
                        raise CommandError(
                            f"{site.name}'s gunicorn logged errors:\n{errors[-4000:]}"
                        )
        results["load_average_end"] = os.getloadavg()
        results["seconds"] = round(time.monotonic() - started, 1)
        table = markdown_table(rows(results["runs"]))
        results["table"] = table
        Path(options["output"]).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        self.step(f"wrote {options['output']}")
        self.report(results, table)

    def step(self, text):
        self.stderr.write(f"== {text}")

    def check_pages(self, sites):
        """Every page of both sites answers 200 with a whole page; their sizes."""
        sizes = {}
        for page in PAGES:
            for site in SITES:
                url = sites[site].base_url + page.path(site)
                status, _, body = harness.fetch(url)
                text = body.decode("utf-8", "replace")
                wanted = MUST_SHOW.get(page.name)
                if (
                    status != 200
                    or len(body) < SMALLEST_PAGE_BYTES
                    or "</html>" not in text
                    or (wanted and not wanted.search(text))
                ):
                    raise CommandError(
                        f"{url} answered {status} with {len(body)} bytes: not the page to measure"
                    )
                sizes.setdefault(page.name, {})[site] = len(body)
        return sizes

    def measure(self, sites):
        runs = []
        for round_number in range(1, self.options["rounds"] + 1):
            self.step(f"round {round_number}, load average {os.getloadavg()[0]:.1f}")
            for page in PAGES:
                for site in site_order(round_number):
                    run = self.run(sites[site], page.path(site))
                    runs.append({"round": round_number, "page": page.name, "site": site, **run})
                    self.step(
                        f"  {page.name:<24} {site:<8} {run['requests_per_s']:7.1f} req/s "
                        f"{run['workers_ms']:6.1f} + {run['database_ms']:5.1f} ms a request, "
                        f"others took {run['background_cpu_during']:.0%} of the processors"
                    )
        return runs

    def run(self, site, path):
        """One wrk run of ``path``, with the processor time of the site's workers and its
        database's backends meanwhile, in ms a request."""
        options = self.options
        url = site.base_url + path
        for _ in range(options["warmup_requests"]):
            if harness.fetch(url)[0] != 200:
                raise CommandError(f"{url} stopped answering 200")
        workers = site.worker_pids()
        backends = backend_pids(site.database)
        workers_before = harness.process_cpu(workers)
        database_before = harness.process_cpu(backends)
        result = harness.run_wrk(
            url,
            duration=options["duration"],
            threads=options["threads"],
            connections=options["connections"],
            own_pids=lambda: [*workers, *backends],
        )
        # The few requests wrk left in flight are still being served: let them end.
        time.sleep(0.3)
        backends_after = backend_pids(site.database)
        workers_ms = (harness.process_cpu(workers) - workers_before) / TICKS_PER_S * 1000
        # A backend born meanwhile counts whole; one that ended would be lost: said below.
        database_ms = (harness.process_cpu(backends_after) - database_before) / TICKS_PER_S * 1000
        if result["non_2xx_3xx"] or result["socket_errors"]:
            raise CommandError(f"{url}: errors under load: {result}")
        requests = result["requests"]
        return {
            "requests_per_s": result["requests_per_s"],
            "requests": requests,
            "p50_ms": result["p50_ms"],
            "p99_ms": result["p99_ms"],
            "workers_ms": workers_ms / requests,
            "database_ms": database_ms / requests,
            "backends": len(backends_after),
            "backends_lost": len(set(backends) - set(backends_after)),
            "background_cpu_during": result["background_cpu_during"],
        }

    def report(self, results, table):
        write = self.stdout.write
        corpus, machine, options = results["corpus"], results["machine"], self.options
        runs = results["runs"]
        start, end = results["load_average_start"][0], results["load_average_end"][0]
        write(
            f"\n{results['date']}, {results['source']['commit']}"
            f"{' (uncommitted changes)' if results['source']['dirty'] else ''}: council "
            f"{corpus['published_remarks']:,} published remarks in "
            f"{corpus['published_meetings']:,} meetings; {machine['cpus']} CPUs, PostgreSQL "
            f"{machine['postgresql']}; gunicorn 2 sync workers each; wrk -t{options['threads']} "
            f"-c{options['connections']} -d{options['duration']}s; median of "
            f"{options['rounds']} rounds, sites alternating.\n"
            f"Load average {start:.1f} at the start, {end:.1f} at the end; other work took a "
            f"median {median(run['background_cpu_during'] for run in runs):.0%} of the "
            f"processors during the runs (at most "
            f"{max(run['background_cpu_during'] for run in runs):.0%}).\n"
        )
        write(table)
        write("\npage bytes (Wagtail / council):")
        for page, sizes in results["pages"].items():
            write(f"  {page:<24} {sizes['wagtail']:>7,} / {sizes['council']:>7,}")
        lost = sum(run["backends_lost"] for run in runs)
        if lost:
            write(f"warning: {lost} database backends ended during runs: their time is not counted")
        write(f"\n{results['seconds']:.0f} s in all")
