"""The curation methods of ``Graph`` (``open_graph(..., read_only=False)`` to decide; reading needs no write access).

Entities may be named by id, name or alias, as everywhere in the API; facts
by their id (``Graph.investments()["id"]``, the profile page).  Each method
records who decided (``by``, default the OS user), when and why, and
returns the stored ``Decision``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from aigraph.graph import curation
from aigraph.graph.curation import Decision
from aigraph.graph.errors import ReadOnlyViolation

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

DECISION_COLUMNS = ["id", "kind", "subject", "by", "at", "reason", "undone_by", "payload"]


class Curating:
    """Mixed into ``graph.api.Graph``."""

    store: GraphStore
    _writable: bool

    def resolve(self, name_or_alias: str) -> str | None: ...  # provided by Graph

    def _writer(self) -> GraphStore:
        if not self._writable:
            raise ReadOnlyViolation("this graph was opened read-only: use open_graph(..., read_only=False) to curate")
        return self.store

    def _entity_id(self, name_or_id: str) -> str:
        found = self.resolve(name_or_id)
        if found is None:
            raise curation.CurationError(f"no organisation, person or technology is called {name_or_id!r}")
        return found

    # -- decisions about facts ----------------------------------------------------------------
    def reject(self, fact_id: str, reason: str, *, by: str | None = None) -> Decision:
        """Take a fact out of the graph (kept with its evidence; later reports of it are counted, not added)."""
        return curation.reject(self._writer(), fact_id, reason, by)

    def confirm(self, fact_id: str, reason: str = "", *, by: str | None = None) -> Decision:
        return curation.confirm(self._writer(), fact_id, reason, by)

    def set_fact(self, fact_id: str, reason: str = "", *, by: str | None = None, **values: Any) -> Decision:
        """Overwrite properties (``amount``, ``currency``, ``period_years``, dates, ``title`` …); the extracted ones are kept."""
        return curation.set_properties(self._writer(), fact_id, values, reason, by)

    def add_fact(
        self, rel_type: str, source: str, target: str, note: str, *, by: str | None = None, **properties: Any
    ) -> Decision:
        """A fact the extractor missed; ``note`` (where the analyst read it) is its evidence."""
        return curation.add_fact(
            self._writer(), rel_type, self._entity_id(source), self._entity_id(target), note, properties, by
        )

    # -- decisions about entities ---------------------------------------------------------------
    def merge(self, entity: str, into: str, reason: str = "", *, by: str | None = None) -> Decision:
        """``entity`` becomes ``into``: its names become aliases, its facts and mentions move."""
        return curation.merge(self._writer(), self._entity_id(entity), self._entity_id(into), reason, by)

    def split(self, entity: str, name: str, reason: str = "", *, by: str | None = None) -> Decision:
        """Undo the merge of ``name`` into ``entity``, or move the alias ``name`` out into its own entity."""
        return curation.split(self._writer(), self._entity_id(entity), name, reason, by)

    def rename(self, entity: str, name: str, reason: str = "", *, by: str | None = None) -> Decision:
        return curation.rename(self._writer(), self._entity_id(entity), name, reason, by)

    def retype(self, entity: str, org_type: str, reason: str = "", *, by: str | None = None) -> Decision:
        return curation.retype(self._writer(), self._entity_id(entity), org_type, reason, by)

    def undo(self, decision_id: str, reason: str = "", *, by: str | None = None) -> Decision:
        return curation.undo(self._writer(), decision_id, reason, by)

    # -- reading ---------------------------------------------------------------------------------
    def decisions(self) -> pd.DataFrame:
        """Every decision, newest first."""
        rows = [d.model_dump() for d in reversed(curation.decisions(self.store))]
        return pd.DataFrame(rows, columns=DECISION_COLUMNS)

    def history(self, fact_or_entity: str) -> pd.DataFrame:
        """Decisions about one fact (by id) or entity (id, name or alias), newest first."""
        subject = (
            fact_or_entity if fact_or_entity.startswith("rel:") else (self.resolve(fact_or_entity) or fact_or_entity)
        )
        rows = [d.model_dump() for d in curation.history(self.store, subject)]
        return pd.DataFrame(rows, columns=DECISION_COLUMNS)

    def rejected_facts(self) -> pd.DataFrame:
        """Rejected facts with their evidence sentences, the reason, and ``new_reports`` since the rejection."""
        return pd.DataFrame(curation.rejected_facts(self.store))

    def edited_facts(self) -> dict[str, dict[str, Any]]:
        """The extracted properties of every edited fact, by fact id (the graph holds the edited ones)."""
        return curation.edited_facts(self.store)

    def review_queue(self) -> pd.DataFrame:
        """What most needs a human, most pressing first (``graph.curation.review_queue``)."""
        return pd.DataFrame(
            curation.review_queue(self.store, curation.stored_duplicates(self.store), self._conflicting_reports),
            columns=["priority", "kind", "why", "id", "other_id", "what", "names", "sentences"],
        )

    def _conflicting_reports(self) -> list[dict[str, Any]]:
        table = self.investments(conflicts=True)  # type: ignore[attr-defined]
        differ = table[table["reports_differ"]]
        return [
            {
                "id": r["id"],
                "what": f"{r['investor']} -INVESTED_IN-> {r['recipient']}: {r['amount']} {r['currency'] or ''}",
                "sentences": list(r["evidence"]),
            }
            for r in differ.to_dict("records")
        ]

    def export_decisions(self, path: str | Path) -> int:
        return curation.export_decisions(self.store, path)

    def import_decisions(self, path: str | Path) -> tuple[int, int, list[str]]:
        return curation.import_decisions(self._writer(), path)
