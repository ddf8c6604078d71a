"""Instructions a request of one page, counted by valgrind's callgrind: the same code gives the
same count within 1% however loaded the machine, where its times swing by a third.

    python bench/instructions.py /meetings/some-meeting/ [/ko/ …]

Each page is requested through Django's test client (the whole middleware stack) in a process
under callgrind: every page given five times to warm up, then the page measured ten times; a
process that makes only the warm-up requests is counted once, and the difference, divided by
ten, is the count a request (start-up and warm-up cancel). Run it with the settings to measure (production ones: ``COUNCIL_ENV``,
``PAGE_CACHE_SECONDS=0``, ``DATABASE_URL``…). ``--profile`` instead prints where the ten
requests' time goes, by cProfile, for one page.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

WARM_UP = 5
REQUESTS = 10


def serve(paths, path, count, profile=False):
    """Request each of ``paths`` WARM_UP times, then ``path`` ``count`` times (profiled, if
    asked)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council.settings")
    django.setup()
    from django.test import Client

    client = Client()
    for warmed in paths:
        for _ in range(WARM_UP):
            response = client.get(warmed)
            if response.status_code != 200:
                sys.exit(f"{warmed}: {response.status_code}")

    def requests():
        for _ in range(count):
            client.get(path)

    if not profile:
        requests()
        return
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(requests)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(60)
    stats.sort_stats("tottime").print_stats(40)


def instructions(paths, path, count):
    """The instructions callgrind counts for a process warmed up on ``paths`` serving ``path``
    ``count`` times."""
    with tempfile.TemporaryDirectory() as directory:
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={directory}/out",
                sys.executable,
                __file__,
                "--serve",
                str(count),
                path,
                *paths,
            ],
            capture_output=True,
            text=True,
        )
    if run.returncode:
        sys.exit(f"{path}: {run.stderr[-3000:]}")
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true")
    arguments = parser.parse_args()
    if arguments.serve is not None:
        serve(arguments.paths[1:], arguments.paths[0], arguments.serve)
        return
    if arguments.profile:
        serve(arguments.paths, arguments.paths[0], REQUESTS, profile=True)
        return
    paths = arguments.paths
    warm = instructions(paths, paths[0], 0)
    for path in paths:
        extra = instructions(paths, path, REQUESTS) - warm
        print(f"{path}\t{extra / REQUESTS / 1e6:.1f} million instructions a request", flush=True)


if __name__ == "__main__":
    main()
