"""Benchmarks: each ``bench_*.py`` module has ``main() -> dict`` and reports ratios, not absolute times."""
