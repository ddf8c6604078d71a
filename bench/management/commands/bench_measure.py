"""``manage.py bench_measure PLAN.json``: the in-process half of ``manage.py bench``.

Run by ``bench`` in a child process with the server's production settings, before the server
starts, so that nothing else competes for the processor. Prints JSON: for each page, its SQL
queries and where its time goes; for each kind of search, the latency of the whole page work
(form, matching, count, facets, highlights, rendering) and its slowest query, explained.
"""

import json
import os
import statistics
import time

from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand
from django.db import connection
from django.template.backends.django import Template as BackendTemplate
from django.test import Client, RequestFactory, override_settings

from bench import harness
from council.search.views import search

# EXPLAIN ANALYZE runs the query again: only for those slow enough to be worth explaining.
EXPLAIN_FROM_MS = 5.0
PLAN_LINES = 60


def percentile(values, share):
    """The nearest-rank percentile: with few samples, p95 is the slowest, never interpolated."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 100))
    return ordered[int(rank) - 1]


def summary(samples):
    return {
        "runs": len(samples),
        "p50_ms": round(percentile(samples, 50), 2),
        "p95_ms": round(percentile(samples, 95), 2),
        "max_ms": round(max(samples), 2),
        "mean_ms": round(statistics.fmean(samples), 2),
    }


class Breakdown:
    """Where one request's time goes: every query with its time to the microsecond (through a
    database execute wrapper; ``CaptureQueriesContext`` keeps milliseconds only), and the
    time spent rendering templates, less the queries run from inside them."""

    def __init__(self):
        self.queries = []
        self.depth = 0
        self.render_ms = 0.0
        self.sql_in_render_ms = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            if self.depth:
                self.sql_in_render_ms += elapsed
            text = connection.ops.last_executed_query(context["cursor"], sql, params)
            self.queries.append({"ms": round(elapsed, 3), "sql": text})

    def __enter__(self):
        self.wrapper = connection.execute_wrapper(self)
        self.wrapper.__enter__()
        original = self.original_render = BackendTemplate.render
        breakdown = self

        def render(template, *args, **kwargs):
            breakdown.depth += 1
            started = time.perf_counter()
            try:
                return original(template, *args, **kwargs)
            finally:
                breakdown.depth -= 1
                if not breakdown.depth:
                    breakdown.render_ms += (time.perf_counter() - started) * 1000

        BackendTemplate.render = render
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.total_ms = (time.perf_counter() - self.started) * 1000
        BackendTemplate.render = self.original_render
        self.wrapper.__exit__(*exc)

    def figures(self):
        sql = sum(q["ms"] for q in self.queries)
        template = self.render_ms - self.sql_in_render_ms
        ordered = sorted(self.queries, key=lambda q: -q["ms"])
        return {
            "queries": len(self.queries),
            "sql_ms": round(sql, 2),
            "template_ms": round(template, 2),
            "other_ms": round(self.total_ms - sql - template, 2),
            "captured_ms": round(self.total_ms, 2),
            "slowest_queries": [{"ms": q["ms"], "sql": clip(q["sql"])} for q in ordered[:3]],
        }


def clip(sql, length=1500):
    return sql if len(sql) <= length else f"{sql[:length]}…"


def explain(sql):
    """``EXPLAIN (ANALYZE, BUFFERS)`` of a captured query, as text lines."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        lines = [row[0] for row in cursor.fetchall()][:PLAN_LINES]
    # An array of a thousand candidate ids says nothing a reader needs.
    return [line if len(line) <= 400 else f"{line[:400]}…" for line in lines]


def broken_down(call, runs=3):
    """The breakdown of the median of a few runs: one run alone may meet a hiccup."""
    measured = []
    for _ in range(runs):
        with Breakdown() as breakdown:
            result = call()
        measured.append((breakdown.total_ms, breakdown, result))
    measured.sort(key=lambda run: run[0])
    _, breakdown, result = measured[len(measured) // 2]
    return breakdown, result


def timed(call, iterations, seconds, minimum=5, warm=2):
    """Milliseconds per call: ``warm`` unmeasured calls, then up to ``iterations`` (at least
    ``minimum``) within about ``seconds``."""
    for _ in range(warm):
        call()
    samples, deadline = [], time.monotonic() + seconds
    while len(samples) < iterations and (len(samples) < minimum or time.monotonic() < deadline):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


class Command(BaseCommand):
    help = "In-process measurements for manage.py bench (run by it; prints JSON)."

    def add_arguments(self, parser):
        parser.add_argument("plan", help="JSON: pages, searches and how long to measure.")

    def handle(self, *args, plan, **options):
        with open(plan) as source:
            plan = self.plan = json.load(source)
        pages = {
            name: self.measure_page(path, plan["page_iterations"], plan["page_seconds"])
            for name, path in plan["pages"].items()
        }
        # The bare baseline in process too: what of a page's time is the stack's.
        pages["bare response"] = self.measure_page(
            "/bench/ok/", plan["page_iterations"], plan["page_seconds"]
        )
        result = {
            "pages": pages,
            "searches": {
                kind: self.measure_search(params, plan["search_iterations"], plan["search_seconds"])
                for kind, params in plan["searches"].items()
            },
        }
        self.stdout.write(json.dumps(result))

    def wait_for_quiet(self):
        """Other work on a shared machine skews the figures: wait for it, and record it."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            backend = cursor.fetchone()[0]
        return harness.wait_for_quiet(
            self.plan["quiet_below"],
            self.plan["quiet_patience"],
            self.stderr.write,
            own_pids=lambda: [os.getpid(), backend, harness.parent_pid(backend)],
        )

    def measure_page(self, path, iterations, seconds):
        client = Client(SERVER_NAME="127.0.0.1")

        def get():
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            return response

        background = self.wait_for_quiet()
        samples = timed(get, iterations, seconds)
        breakdown, response = broken_down(get)
        # What a cached page still costs: the revision query and the cache (local memory).
        with override_settings(PAGE_CACHE_SECONDS=600):
            get()
            with Breakdown() as cached:
                get()
        return {
            "path": path,
            "bytes": len(response.content),
            **breakdown.figures(),
            **summary(samples),
            "cached_queries": len(cached.queries),
            "template_alone": self.measure_template_alone(response, iterations, seconds),
            "background_cpu_before": background,
        }

    def measure_template_alone(self, response, iterations, seconds):
        """The page's own template rendered again with its data already in memory: what the
        page would cost if fetching its data were free."""
        if not hasattr(response, "context_data"):
            return None
        template = response.resolve_template(response.template_name)

        def render():
            return template.render(response.context_data, response.wsgi_request)

        samples = timed(render, iterations, seconds)
        with Breakdown() as again:
            render()
        return {**summary(samples), "queries": len(again.queries)}

    def measure_search(self, params, iterations, seconds):
        factory = RequestFactory(SERVER_NAME="127.0.0.1")

        def page():
            request = factory.get("/search/", params)
            request.user = AnonymousUser()
            response = search(request)
            assert response.status_code == 200, (params, response.status_code)
            return response

        background = self.wait_for_quiet()
        samples = timed(page, iterations, seconds)
        breakdown, _ = broken_down(page)
        measured = {
            "params": params,
            **breakdown.figures(),
            **summary(samples),
            "background_cpu_before": background,
        }
        slowest = max(breakdown.queries, key=lambda q: q["ms"], default=None)
        if slowest and slowest["ms"] >= EXPLAIN_FROM_MS and connection.vendor == "postgresql":
            measured["slowest_plan"] = explain(slowest["sql"])
        return measured
