from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark: a synthetic corpus generator, the baseline views and the load-test run."""

    name = "bench"
    verbose_name = "Benchmark"
