"""``aigraph curate …``: analysts' decisions from the command line, on either store.

Every command names the store with ``--store`` (as ``ingest`` does) and goes
through the Python API (``Graph``'s curation methods), so the CLI, notebooks
and the dashboard make the same decisions.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from aigraph.graph.api import Graph, open_graph
from aigraph.graph.curation import DecisionKind, resume
from aigraph.graph.errors import StoreUnavailable
from aigraph.graph.spec import StoreSpec
from aigraph.ingest.exits import EXIT_OK


def _values(pairs: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` words as properties; numbers and booleans are read as JSON, the rest as text."""
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"expected KEY=VALUE, got {pair!r}")
        try:
            values[key] = json.loads(raw)
        except json.JSONDecodeError:
            values[key] = raw
    return values


def _open(args: argparse.Namespace, *, write: bool) -> Graph:
    spec = StoreSpec.resolve(args.store, database=args.database)
    if not spec.exists():  # a mistyped --store must not create an empty graph
        raise StoreUnavailable(f"no graph at {spec}: run `aigraph ingest` first or pass --store")
    graph = open_graph(spec, read_only=not write)
    if write:  # a decision whose apply was cut short (a crash) is completed first
        resume(graph.store)
    return graph


def _decide(args: argparse.Namespace) -> int:
    by = {"by": args.by} if args.by else {}
    with _open(args, write=True) as g:
        kind: DecisionKind = args.curate_command
        reason = getattr(args, "reason", "") or ""
        if kind == "reject":
            decision = g.reject(args.fact, reason, **by)
        elif kind == "confirm":
            decision = g.confirm(args.fact, reason, **by)
        elif kind == "set":
            decision = g.set_fact(args.fact, reason, **by, **_values(args.values))
        elif kind == "add":
            decision = g.add_fact(args.type, args.source, args.target, args.note, **by, **_values(args.values))
        elif kind == "merge":
            decision = g.merge(args.entity, args.into, reason, **by)
        elif kind == "split":
            decision = g.split(args.entity, args.name, reason, **by)
        elif kind == "rename":
            decision = g.rename(args.entity, args.name, reason, **by)
        elif kind == "retype":
            decision = g.retype(args.entity, args.type, reason, **by)
        else:
            decision = g.undo(args.decision, reason, **by)
    print(f"{decision.id} {decision.kind} {decision.subject} by {decision.by}")
    return EXIT_OK


def _table(args: argparse.Namespace, read: Callable[[Graph], Any], columns: list[str] | None = None) -> int:
    from aigraph.ingest.cli import _print_rows

    with _open(args, write=False) as g:
        frame = read(g)
    shown = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    rows = frame[shown].astype(object).where(frame[shown].notna(), None).values.tolist() if len(frame) else []
    _print_rows(shown, rows, args.format)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    return _table(args, lambda g: g.decisions(), ["id", "kind", "subject", "by", "at", "reason", "undone_by"])


def _history(args: argparse.Namespace) -> int:
    return _table(args, lambda g: g.history(args.subject), ["id", "kind", "subject", "by", "at", "reason", "undone_by"])


def _queue(args: argparse.Namespace) -> int:
    return _table(args, lambda g: g.review_queue(), ["why", "kind", "id", "other_id", "what", "sentences"])


def _rejected(args: argparse.Namespace) -> int:
    return _table(
        args,
        lambda g: g.rejected_facts(),
        ["id", "type", "source", "target", "amount", "currency", "new_reports", "reason", "by", "at", "sentences"],
    )


def _export(args: argparse.Namespace) -> int:
    with _open(args, write=False) as g:
        count = g.export_decisions(args.file)
    print(f"exported {count} decisions to {args.file}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    import sys

    with _open(args, write=True) as g:
        added, present, problems = g.import_decisions(args.file)
    for line in problems:
        print(f"aigraph: skipped {line}", file=sys.stderr)
    print(f"imported {added} decisions ({present} already present)")
    return 1 if problems else EXIT_OK


def add_parser(sub: Any, store_arguments: Callable[[argparse.ArgumentParser], None]) -> None:
    """The ``curate`` command and its subcommands, each with ``--store``/``--database``."""
    curate = sub.add_parser(
        "curate",
        help="analysts' decisions: reject, confirm, edit, add, merge, split, rename, undo …",
        description="Decisions are stored in the graph, recorded with who, when and why, and "
        "kept by every later ingest.",
    )
    commands = curate.add_subparsers(dest="curate_command", required=True)

    def command(
        name: str,
        help_text: str,
        handler: Callable[[argparse.Namespace], int],
        *,
        decides: bool = True,
        reason: bool = True,
    ) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=help_text)
        store_arguments(p)
        if decides:
            p.add_argument("--by", help="who decides (default: the OS user)")
            if reason:
                p.add_argument("--reason", default="", help="why (shown in the history)")
        p.set_defaults(func=handler)
        return p

    p = command("reject", "take a fact out of the graph (kept with its evidence)", _decide, reason=False)
    p.add_argument("fact", metavar="FACT_ID")
    p.add_argument("--reason", required=True, help="why the fact is wrong")
    command("confirm", "mark a fact as checked", _decide).add_argument("fact", metavar="FACT_ID")
    p = command("set", "overwrite a fact's properties (the extracted values are kept)", _decide)
    p.add_argument("fact", metavar="FACT_ID")
    p.add_argument(
        "values",
        nargs="+",
        metavar="KEY=VALUE",
        help="amount, currency, period_years, date, start_date, end_date, title …",
    )
    p = command("add", "add a fact by hand; the note is its evidence", _decide, reason=False)
    p.add_argument("type", help="INVESTED_IN, PARTNERS_WITH, …")
    p.add_argument("source", help="entity id, name or alias")
    p.add_argument("target", help="entity id, name or alias")
    p.add_argument("values", nargs="*", metavar="KEY=VALUE")
    p.add_argument("--note", required=True, help="where you read it (kept as the fact's evidence)")
    p = command("merge", "merge ENTITY into another (its names become aliases, its facts move)", _decide)
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("--into", required=True, metavar="ENTITY")
    p = command("split", "undo the merge of NAME into ENTITY, or move the alias NAME out", _decide)
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("name", metavar="NAME")
    p = command("rename", "give an entity a new name (the old one stays an alias)", _decide)
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("name", metavar="NAME")
    p = command("retype", "change an organisation's type", _decide)
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("type", metavar="TYPE")
    command("undo", "undo a decision (the undo is recorded too)", _decide).add_argument(
        "decision", metavar="DECISION_ID"
    )
    for name, help_text, handler in (
        ("list", "the decisions, newest first", _list),
        ("queue", "what to review, most pressing first", _queue),
        ("rejected", "rejected facts with their evidence and new reports", _rejected),
    ):
        command(name, help_text, handler, decides=False).add_argument(
            "--format", choices=["table", "json", "csv"], default="table"
        )
    p = command("history", "decisions about one fact or entity, newest first", _history, decides=False)
    p.add_argument("subject", metavar="FACT_ID|ENTITY")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    command("export", "write every decision to a JSON Lines file", _export, decides=False).add_argument(
        "file", metavar="FILE"
    )
    command(
        "import", "add a JSON Lines file's decisions (idempotent) and apply them", _import, decides=False
    ).add_argument("file", metavar="FILE")
