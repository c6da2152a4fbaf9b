"""Moving decisions between stores: JSON Lines export and idempotent import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from aigraph.graph.curation.apply import apply_all
from aigraph.graph.curation.decide import _revert, writing_turn
from aigraph.graph.curation.model import _LOCAL_PAYLOAD, Decision
from aigraph.graph.curation.stored import _save, decisions

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore


def export_decisions(store: GraphStore, path: str | Path) -> int:
    """Every decision as JSON Lines, oldest first; returns how many."""
    found = decisions(store)
    with open(path, "w", encoding="utf-8") as out:
        for d in found:
            out.write(json.dumps(d.exported(), ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return len(found)


def import_decisions(store: GraphStore, path: str | Path) -> tuple[int, int, list[str]]:
    """Add the decisions of a JSON Lines file that this store lacks, then apply all; idempotent.

    Returns (added, already present, one line per bad record).
    """
    known = {d.id: d for d in decisions(store)}
    applied_here = {i for i, d in known.items() if d.active}
    added = present = 0
    problems: list[str] = []
    incoming: list[Decision] = []
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                incoming.append(Decision.model_validate_json(line))
            except ValidationError as exc:
                problems.append(f"{path}:{number}: not a decision: {exc.errors()[0]['msg']}")
    with writing_turn(store):
        for d in sorted(incoming, key=lambda d: (d.at, d.id)):
            if d.id in known:
                present += 1
                continue
            d.payload = {k: v for k, v in d.payload.items() if k not in _LOCAL_PAYLOAD}
            d.undone_by = ""
            _save(store, d)
            known[d.id] = d
            added += 1
        undone = []
        for d in list(known.values()):  # an undo marks what it undid, whichever file it came from
            if d.kind == "undo" and d.subject in known and not known[d.subject].undone_by:
                known[d.subject].undone_by = d.id
                _save(store, known[d.subject])
                undone.append(known[d.subject])
        for d in undone:
            if d.id in applied_here:  # applied in this store, undone elsewhere
                _revert(store, d)
        apply_all(store)
    return added, present, problems
