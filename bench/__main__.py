"""``make bench``: run every ``bench/bench_*.py`` (or the ones named) and save their results.

Each benchmark reports ratios against a baseline measured in the same run, so
numbers compare across machines; results go to ``bench/results/NAME.json``.
"""
from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            result = module.main()
        except Exception as exc:  # one benchmark failing must not hide the others
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
            failed += 1
            continue
        result["wall_seconds"] = round(time.perf_counter() - started, 2)
        (out_dir / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
