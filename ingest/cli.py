"""The ``aigraph`` command line.

Every error a user can act on arrives here as an exception and leaves as one
line on stderr with an exit code: 0 all good, 1 some inputs failed, 2 nothing
could run.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from aigraph.core.resources import sample_articles
from aigraph.graph import ledger
from aigraph.graph.errors import GraphError
from aigraph.graph.spec import StoreSpec
from aigraph.graph.stores import open_store
from aigraph.ingest.exits import EXIT_NOTHING, EXIT_OK, EXIT_PARTIAL, EXIT_PIPE_CLOSED, exit_code


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


# -- commands --------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from aigraph.ingest.pipeline import Extractor
    from aigraph.ingest.runner import extract_or_reason
    from aigraph.ingest.sources import SourceFailure, iter_documents

    paths = _input_paths(args)
    if not paths:
        raise ValueError("give one or more paths (or --sample)")
    extractor = Extractor()
    processed = failed = 0
    out = sys.stdout
    for item in iter_documents(paths):
        if isinstance(item, SourceFailure):
            print(f"aigraph: skipped {item}", file=sys.stderr)
            failed += 1
            continue
        result = extract_or_reason(item, extractor)
        if isinstance(result, str):  # report the article, keep going
            print(f"aigraph: skipped {item.source or item.path}: {result}", file=sys.stderr)
            failed += 1
            continue
        for note in result.notes:
            print(f"aigraph: {item.source or item.path or item.id}: {note}", file=sys.stderr)
        out.write(result.to_contract_json() + "\n")
        out.flush()
        processed += 1
    return exit_code(processed, failed)


def cmd_ingest(args: argparse.Namespace) -> int:
    """One ingest run from ``--config`` (the weekly job) or from paths; see docs/weekly-job.md."""
    from aigraph.ingest.config import SourcesConfig, load_config, parse_since
    from aigraph.ingest.lock import LockBusy
    from aigraph.ingest.partition import Partition
    from aigraph.ingest.progress import make_progress
    from aigraph.ingest.weekly import RunOptions, run

    paths = _input_paths(args)
    if bool(args.config) == bool(paths):
        raise ValueError(
            "give either --config SOURCES.toml or one or more paths (or --sample), not both and not neither"
        )
    config = load_config(args.config) if args.config else SourcesConfig.from_paths(paths)
    report_dir = args.report_dir or ("reports" if args.config else None)
    options = RunOptions(
        store=args.store,
        database=args.database,
        partition=Partition.parse(args.partition) if args.partition else None,
        since=parse_since(args.since) if args.since else None,
        dry_run=args.dry_run,
        reprocess=args.reprocess,
        workers=args.workers or os.cpu_count() or 1,
        wait=args.wait,
        report_dir=Path(report_dir) if report_dir else None,
    )
    progress = make_progress(label=f"partition {options.partition}" if options.partition else "")
    try:
        outcome = run(
            config,
            options,
            on_article=progress.article,
            on_source=progress.source,
            on_wait=lambda message: print(f"aigraph: {message}", file=sys.stderr, flush=True),
        )
    except LockBusy as exc:
        print(f"aigraph: error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        progress.close()
    summary = outcome.summary
    for line in summary.failures:
        print(f"aigraph: failed {line}", file=sys.stderr)
    for line in summary.warnings:
        print(f"aigraph: warning {line}", file=sys.stderr)
    print(("dry run, nothing written\n" if args.dry_run else "") + summary.text())
    for path in outcome.report_files:
        print(f"report: {path}")
    return outcome.exit_code


def _input_paths(args: argparse.Namespace) -> list[str]:
    """The paths given, plus the article shipped with aigraph when ``--sample`` asks for it."""
    return [*args.paths, *(str(p) for p in sample_articles())] if args.sample else list(args.paths)


def _parse_param(text: str) -> tuple[str, Any]:
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise ValueError(f"--param expects key=value, got {text!r}")
    try:
        return key, json.loads(raw)
    except json.JSONDecodeError:
        return key, raw


def _print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=_json_default, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    json.dumps(v, ensure_ascii=False, default=_json_default) if isinstance(v, (list, dict)) else v
                    for v in row
                ]
            )
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(*columns)
        for row in rows:  # Text, not str: names and reasons from the web are not rich markup
            table.add_row(
                *[
                    Text(
                        json.dumps(v, ensure_ascii=False, default=_json_default)
                        if isinstance(v, (list, dict))
                        else ("" if v is None else str(v))
                    )
                    for v in row
                ]
            )
        Console(width=200).print(table)


def cmd_query(args: argparse.Namespace) -> int:
    params = dict(_parse_param(p) for p in args.param)
    with open_store(args.store, read_only=True, database=args.database) as store:
        result = store.query(args.cypher, params)
    _print_rows(result.columns, result.rows, args.format)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True, database=args.database) as store:
        stats = store.stats()
    if args.format == "json":
        print(json.dumps(stats, indent=2))
        return EXIT_OK
    rows = [["node", k, v] for k, v in stats["nodes"].items()]
    rows += [["organization type", k, v] for k, v in stats["organization_types"].items()]
    rows += [["relationship", k, v] for k, v in stats["relationships"].items()]
    _print_rows(["kind", "name", "count"], rows, "table")
    return EXIT_OK


def cmd_entities(args: argparse.Namespace) -> int:
    """List stored entities, or with --duplicates the pairs that probably denote one entity."""
    with open_store(args.store, read_only=True, database=args.database) as store:
        rows = [(name, etype, aliases) for _label, name, etype, aliases in ledger.entity_names(store)]
    if not args.duplicates:
        _print_rows(["name", "type", "aliases"], sorted(rows, key=lambda r: (r[1], r[0])), args.format)
        return EXIT_OK
    from aigraph.ingest.duplicates import duplicate_candidates
    from aigraph.ingest.pipeline.lexicon import load_lexicon

    found = duplicate_candidates([(name, etype, aliases or []) for name, etype, aliases in rows], load_lexicon())
    _print_rows(["name", "likely_same_as", "type", "reason"], found, args.format)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from aigraph.ingest.evaluate import SharedDataMissing, default_shared, run_eval

    try:
        report = run_eval(Path(args.shared) if args.shared else default_shared())
    except SharedDataMissing as exc:
        print(f"aigraph: error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    if args.format == "json":
        print(report.model_dump_json(indent=2))
    else:
        print(report.table())
    return EXIT_OK if all(m.passed is not False for m in report.metrics) else EXIT_PARTIAL


def cmd_dashboard(args: argparse.Namespace) -> int:
    """Serve the Streamlit app; it is started as its own process and reads only through graph/.

    The store is resolved (a relative path made absolute) before the child starts in
    another directory; SIGINT and SIGTERM to ``aigraph dashboard`` stop the child too, so
    its port is free when this returns.
    """
    import importlib.util
    import signal
    import subprocess

    spec = importlib.util.find_spec("aigraph.dashboard")
    if spec is None or not spec.submodule_search_locations:
        raise GraphError("the dashboard package is not installed (run `make install`)")
    app_dir = Path(list(spec.submodule_search_locations)[0])
    env = {**os.environ, "AIGRAPH_STORE": StoreSpec.resolve(args.store).target}
    if args.database:
        env["NEO4J_DATABASE"] = args.database
    env["AIGRAPH_ALLOW_CURATION"] = "1" if args.allow_curation else "0"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_dir / "app.py"),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--server.headless",
        "true",
    ]
    child = subprocess.Popen(command, env=env, cwd=app_dir.parent)
    stopped: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        stopped.append(signum)
        child.terminate()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return EXIT_OK if stopped else code


# -- parser ---------------------------------------------------------------------------------


def _store_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        help="a LadybugDB file path or a bolt:// / neo4j:// URI "
        "(default: $AIGRAPH_STORE, $NEO4J_URI, graph.lbug in the user data directory)",
    )
    p.add_argument("--database", help="the Neo4j database (default: $NEO4J_DATABASE, else the server's default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aigraph", description="AI-industry investment tracker: news in, typed graph out."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    sample_help = "also read the sample article shipped with aigraph (a first run needs no files)"

    p = sub.add_parser("extract", help="extract entities and relations; print JSON Lines (no store)")
    p.add_argument("paths", nargs="*", help="files (.txt .md .html .json .jsonl), directories, or - for stdin")
    p.add_argument("--sample", action="store_true", help=sample_help)
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "ingest",
        help="extract and write into the store (the weekly job: --config)",
        description="Exit codes: 0 all good, 1 some sources or articles failed, 2 nothing could run "
        "(bad config, store unreachable, another run holds the lock). See docs/weekly-job.md.",
    )
    p.add_argument("paths", nargs="*", help="files, directories, or - for stdin (or use --config)")
    p.add_argument("--sample", action="store_true", help=sample_help)
    p.add_argument("--config", metavar="SOURCES.toml", help="feeds, pages and folders to ingest (TOML)")
    _store_arguments(p)
    p.add_argument(
        "--since", metavar="AGE", help="only feed entries / folder files newer than this: 7d, 12h, 2w or a date"
    )
    p.add_argument("--dry-run", action="store_true", help="fetch and classify (new/unchanged/...), write nothing")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1; 0 = one per core)")
    p.add_argument(
        "--reprocess", action="store_true", help="re-extract stored articles whose extractor version changed"
    )
    p.add_argument(
        "--report-dir",
        metavar="DIR",
        help="write the run report (Markdown + JSON) here (default with --config: reports/)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another ingest holds the store (its file lock, or on Neo4j the lease in the database, "
        "from any host), wait this long before giving up (default 0)",
    )
    p.add_argument(
        "--partition",
        metavar="K/N",
        help="ingest only share K of N of the inputs (by article id), so N hosts can back-fill together",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("query", help="run a read-only Cypher query")
    p.add_argument("cypher")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="query parameter (value parsed as JSON when it can be)",
    )
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _store_arguments(p)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("stats", help="counts by label and relationship type")
    p.add_argument("--format", choices=["table", "json"], default="table")
    _store_arguments(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("entities", help="list stored entities; --duplicates lists likely duplicates for review")
    p.add_argument("--duplicates", action="store_true", help="pairs of entities that probably are one (same type)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _store_arguments(p)
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("eval", help="measure the extractor with the shared scorer (seed, KLUE-NER, news corpus)")
    p.add_argument(
        "--shared", help="the shared evaluation folder (default: $AIGRAPH_SHARED or ../shared beside the repository)"
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("dashboard", help="serve the analysts' dashboard (Streamlit)")
    _store_arguments(p)
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="127.0.0.1")
    p.add_argument(
        "--allow-curation",
        action="store_true",
        help="let the Review page record decisions (reject, confirm, merge …); without it the dashboard only reads",
    )
    p.set_defaults(func=cmd_dashboard)

    from aigraph.ingest.curate_cli import add_parser as add_curate_parser

    add_curate_parser(sub, _store_arguments)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="aigraph: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.func(args)
    except GraphError as exc:
        print(f"aigraph: error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except ValueError as exc:
        print(f"aigraph: error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        print("aigraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader left (`aigraph extract … | head`): end quietly, as a Unix filter
        # killed by SIGPIPE does, and keep Python from failing again on flushing stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED


if __name__ == "__main__":
    sys.exit(main())
