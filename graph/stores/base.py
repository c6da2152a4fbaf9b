"""The store interface and the idempotent write path both backends share.

A backend only supplies how to run a statement (``_run``), how to open and
close, and its ``Dialect``.  Everything about *what* is written — merging
aliases, merging evidence from several articles into one relationship,
counting what was created or updated — lives here once, so LadybugDB and
Neo4j hold the same graph for the same input.
"""

from __future__ import annotations

import json
import threading
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aigraph.core.vocabulary import RELATION_PROPERTIES, RelationType, normalize_name
from aigraph.graph import aggregates
from aigraph.graph.dialect import Dialect
from aigraph.graph.errors import SchemaMismatch, assert_parameters_given, assert_read_only
from aigraph.graph.model import SCHEMA_VERSION, Article, Evidence, GraphBatch, Mention, Node, Relationship
from aigraph.graph.schema import AGGREGATE_PROPERTIES, INTERNAL_LABELS, NODE_PROPERTIES, REL_PROPERTIES

BATCH_SIZE = 2000
_GENERIC_TYPE = "Organization"


@dataclass
class QueryResult:
    """Rows as plain Python values (dates as ``datetime.date``), identical across backends."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dataframe(self):
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)


@dataclass
class WriteSummary:
    """What a write changed, for the ingest report."""

    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    created_node_ids: list[str] = field(default_factory=list)
    created_relationship_ids: list[str] = field(default_factory=list)

    def add(self, other: WriteSummary) -> None:
        for name, value in vars(other).items():
            current = getattr(self, name)
            setattr(self, name, current + value)


def schema_record(label: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A node or relationship as both stores return it: every schema property of its label, tagged ``_label``.

    Neo4j leaves unset properties out and LadybugDB returns every column of
    the tables a pattern could match; this gives both the same shape.
    """
    own = NODE_PROPERTIES.get(label) or REL_PROPERTIES.get(label)
    if own is None:
        return {"_label": label, **properties}
    return {"_label": label, **{p: properties.get(p) for p in own}}


def _chunks(rows: Sequence[Any], size: int = BATCH_SIZE) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class GraphStore(ABC):
    """One small interface, two real implementations (LadybugDB, Neo4j)."""

    dialect: Dialect
    location: str
    _transactions = 0  # how deep inside ``transaction()`` this store is
    _transaction_thread: int | None = None  # the thread whose statements run inside it

    # -- backend primitives -------------------------------------------------
    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool) -> QueryResult:
        """Run one statement: inside ``transaction()`` in that transaction, else in its own (a write or a read one)."""

    @abstractmethod
    def _begin(self) -> None: ...

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything run inside commits together or not at all (nested uses join the outer transaction).

        Only the opening thread's statements join it: a lease renewed from another thread
        (``graph.lease``) must commit on its own, and must not share the transaction's connection.

        The write path uses it so facts and the aggregates derived from them
        (``graph.aggregates``) can never disagree, even when a run is killed.
        """
        if self._transactions:
            if self._transaction_thread != threading.get_ident():
                raise RuntimeError("another thread holds this store's transaction")
            self._transactions += 1
            try:
                yield
            finally:
                self._transactions -= 1
            return
        self._begin()
        self._transactions, self._transaction_thread = 1, threading.get_ident()
        try:
            yield
        except BaseException:
            self._transactions, self._transaction_thread = 0, None
            self._rollback()
            raise
        self._transactions, self._transaction_thread = 0, None
        self._commit()

    # -- lifecycle ----------------------------------------------------------
    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ensure_schema(self) -> None:
        """Create tables/constraints idempotently and check the schema version."""
        for statement in self.dialect.schema_statements():
            self._run(statement, write=True)
        found = self._run("MATCH (m:Meta) WHERE m.id = 'schema_version' RETURN m.value", write=False).rows
        if not found:
            self._run("MERGE (m:Meta {id: 'schema_version'}) SET m.value = $v", {"v": str(SCHEMA_VERSION)}, write=True)
        elif found[0][0] != str(SCHEMA_VERSION):
            raise SchemaMismatch(
                f"{self.location} holds graph schema version {found[0][0]}, this aigraph writes version "
                f"{SCHEMA_VERSION}; ingest into a new store or re-ingest your sources",
                reason="schema_mismatch",
                path=self.location,
                found=found[0][0],
                expected=str(SCHEMA_VERSION),
            )
        if not aggregates.is_current(self):  # written before these aggregates existed: rebuild them once
            for statement in [*self.dialect.drop_tables(list(AGGREGATE_PROPERTIES)), *self.dialect.schema_statements()]:
                self._run(statement, write=True)
            aggregates.refresh(self)

    # -- reads ----------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a read-only query; write clauses and missing parameters are refused before reaching the store."""
        assert_read_only(cypher)
        assert_parameters_given(cypher, params or {})
        return self._run(cypher, params or {}, write=False)

    def execute_write(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a statement that may write: the explicit, separate door for changes."""
        return self._run(cypher, params or {}, write=True)

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts by node label (organisations also by type) and by relationship type."""
        nodes: dict[str, int] = {}
        for label in NODE_PROPERTIES:
            if label in INTERNAL_LABELS:
                continue
            nodes[label] = self._run(f"MATCH (n:{label}) RETURN count(n)", write=False).rows[0][0]
        types = self._run("MATCH (n:Organization) RETURN n.type, count(n) ORDER BY n.type", write=False).rows
        relationships = {
            rel: self._run(f"MATCH ()-[r:{rel}]->() RETURN count(r)", write=False).rows[0][0] for rel in REL_PROPERTIES
        }
        return {"nodes": nodes, "organization_types": {t: c for t, c in types}, "relationships": relationships}

    # -- the idempotent write path ----------------------------------------------
    def write(self, batch: GraphBatch) -> WriteSummary:
        """Upsert a batch; writing the same batch twice changes nothing the second time.

        The batch is first rewritten under the analysts' decisions in force
        (``graph.curation.curate_batch``).  Crash safety: the batch, its articles' content hashes and the
        aggregates it changes (``graph.aggregates``) commit in one
        transaction, so an interrupted write leaves nothing behind and its
        articles look unwritten to the next run, which redoes them.
        """
        from aigraph.graph.curation import curate_batch  # curation builds on this module

        batch = curate_batch(self, batch)  # analysts' decisions hold over every later ingest
        self._write_articles(batch.articles)
        summary = WriteSummary()
        with self.transaction():
            self._write_articles(batch.articles)
            summary.add(self._write_nodes(batch.nodes))
            summary.add(self._write_relationships(batch.relationships))
            self._write_mentions(batch.mentions)
            aggregates.refresh(
                self, {n.id for n in batch.nodes} | {e for r in batch.relationships for e in (r.source_id, r.target_id)}
            )
            stated: dict[str, set[str]] = defaultdict(set)
            for rel in batch.relationships:
                for evidence in rel.evidence:
                    stated[evidence.article_id].add(f"{rel.type.value}|{rel.id}")
            aggregates.add_article_facts(self, stated)
            rows = [{"id": a.id, "content_hash": a.content_hash} for a in batch.articles]
            for chunk in _chunks(rows):
                self._run(
                    "UNWIND $rows AS r MATCH (a:Article) WHERE a.id = r.id SET a.content_hash = r.content_hash",
                    {"rows": list(chunk)},
                    write=True,
                )
        return summary

    def article_versions(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``id -> (content_hash, extractor_version)`` for the articles already stored."""
        found = self._fetch_by_id("Article", ids, ["content_hash", "extractor_version"])
        return {i: (r["content_hash"] or "", r["extractor_version"] or "") for i, r in found.items()}

    def _fetch_by_id(self, label: str, ids: Sequence[str], props: Iterable[str]) -> dict[str, dict[str, Any]]:
        names = list(props)
        columns = ", ".join(f"n.{p} AS {p}" for p in names)
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(ids)):
            result = self._run(
                f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i RETURN n.id AS id, {columns}",
                {"ids": list(chunk)},
                write=False,
            )
            for record in result.records():
                found[record["id"]] = record
        return found

    def _write_articles(self, articles: list[Article]) -> None:
        if not articles:
            return
        props = [p for p in NODE_PROPERTIES["Article"] if p != "id"]
        existing = self._fetch_by_id("Article", [a.id for a in articles], ["content_hash", "extractor_version"])
        rows = []
        for article in articles:
            row = article.model_dump()
            old = existing.get(article.id)
            if old is not None and (old["content_hash"], old["extractor_version"]) == (
                article.content_hash,
                article.extractor_version,
            ):
                continue
            rows.append({**{p: row.get(p) for p in ["id", *props]}, "content_hash": ""})
        kinds = NODE_PROPERTIES["Article"]
        assignments = ", ".join(f"a.{p} = {self.dialect.param(f'r.{p}', kinds[p])}" for p in props)
        for chunk in _chunks(rows):
            self._run(
                f"UNWIND $rows AS r MERGE (a:Article {{id: r.id}}) SET {assignments}", {"rows": list(chunk)}, write=True
            )

    def _write_nodes(self, nodes: list[Node]) -> WriteSummary:
        summary = WriteSummary()
        by_label: dict[str, dict[str, Node]] = defaultdict(dict)
        for node in nodes:
            merged = by_label[node.label].get(node.id)
            by_label[node.label][node.id] = _merge_nodes(merged, node) if merged else node
        for label, group in by_label.items():
            has_type = "type" in NODE_PROPERTIES[label]
            fields = ["name", "aliases"] + (["type"] if has_type else [])
            existing = self._fetch_by_id(label, list(group), fields)
            rows_by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for node_id, node in group.items():
                old = existing.get(node_id)
                row = _node_row(node, old)
                if old is None:
                    summary.nodes_created += 1
                    summary.created_node_ids.append(node_id)
                elif any(_differs(old.get(f), row[f]) for f in fields):
                    summary.nodes_updated += 1
                else:
                    continue
                rows_by_type[row.get("type", "")].append(row)
            sets = "n.name = r.name, n.aliases = r.aliases, n.name_key = r.name_key" + (
                ", n.type = r.type" if has_type else ""
            )
            for org_type, rows in rows_by_type.items():
                extra = self.dialect.subtype_label_clause("n", org_type) if has_type else ""
                for chunk in _chunks(rows):
                    self._run(
                        f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {sets}{extra}",
                        {"rows": list(chunk)},
                        write=True,
                    )
        return summary

    def _write_relationships(self, relationships: list[Relationship]) -> WriteSummary:
        summary = WriteSummary()
        groups: dict[tuple[str, str, str], dict[str, Relationship]] = defaultdict(dict)
        for rel in relationships:
            key = (rel.type.value, rel.source_label, rel.target_label)
            merged = groups[key].get(rel.id)
            groups[key][rel.id] = _merge_facts(merged, rel) if merged else rel
        typed = list(RELATION_PROPERTIES)
        for (rel_type, source_label, target_label), group in groups.items():
            pattern = f"(a:{source_label})-[x:{rel_type}]->(b:{target_label})"
            existing: dict[str, dict[str, Any]] = {}
            probe = [{"id": r.id, "s": r.source_id, "t": r.target_id} for r in group.values()]
            columns = ", ".join(f"x.{p} AS {p}" for p in ["evidence", *typed])
            for chunk in _chunks(probe):
                result = self._run(
                    f"UNWIND $rows AS r MATCH (a:{source_label}) WHERE a.id = r.s "
                    f"MATCH {pattern} WHERE b.id = r.t AND x.id = r.id RETURN x.id AS id, {columns}",
                    {"rows": list(chunk)},
                    write=False,
                )
                existing.update({rec["id"]: rec for rec in result.records()})
            new_rows: list[dict[str, Any]] = []
            changed_rows: list[dict[str, Any]] = []
            for rel_id, rel in group.items():
                old = existing.get(rel_id)
                row = _fact_row(rel, old)
                if old is None:
                    summary.relationships_created += 1
                    summary.created_relationship_ids.append(rel_id)
                    new_rows.append(row)
                elif old["evidence"] != row["evidence"] or any(
                    _differs(old.get(p), row[p]) for p in typed if row[p] is not None
                ):
                    summary.relationships_updated += 1
                    changed_rows.append(row)
            # A backend with a single writer may CREATE facts the probe did not find;
            # others MERGE so a concurrent writer cannot duplicate them.
            create = "CREATE" if self.dialect.single_writer else "MERGE"
            self._write_fact_rows(rel_type, source_label, target_label, new_rows, create)
            self._write_fact_rows(rel_type, source_label, target_label, changed_rows, "MERGE")
        return summary

    def _write_fact_rows(
        self, rel_type: str, source_label: str, target_label: str, rows: list[dict[str, Any]], verb: str
    ) -> None:
        """Write fact rows, grouped by which typed properties they carry.

        Only the properties a row states are set, so a second article that
        omits the amount keeps the first article's amount; grouping keeps
        each statement's parameter shape uniform.
        """
        kinds = REL_PROPERTIES[rel_type]
        by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            stated = tuple(p for p in RELATION_PROPERTIES if row[p] is not None)
            by_shape[stated].append({k: v for k, v in row.items() if k not in RELATION_PROPERTIES or v is not None})
        fixed = ["articles", "sentences", "evidence", "confidence", "extractor_version"]
        for stated, shaped in by_shape.items():
            values = {p: f"r.{p}" for p in fixed} | {p: self.dialect.param(f"r.{p}", kinds[p]) for p in stated}
            if verb == "CREATE":  # inline properties: one operator instead of one SET per property
                inline = ", ".join(f"{p}: {v}" for p, v in {"id": "r.id", **values}.items())
                write = f"CREATE (a)-[x:{rel_type} {{{inline}}}]->(b)"
            else:
                sets = ", ".join(f"x.{p} = {v}" for p, v in values.items())
                write = f"MERGE (a)-[x:{rel_type} {{id: r.id}}]->(b) SET {sets}"
            for chunk in _chunks(shaped):
                self._run(
                    f"UNWIND $rows AS r MATCH (a:{source_label}) WHERE a.id = r.s "
                    f"MATCH (b:{target_label}) WHERE b.id = r.t {write}",
                    {"rows": list(chunk)},
                    write=True,
                )

    def _write_mentions(self, mentions: list[Mention]) -> None:
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for mention in mentions:
            by_label[mention.entity_label].append(mention.model_dump())
        for label, rows in by_label.items():
            for chunk in _chunks(rows):
                self._run(
                    f"UNWIND $rows AS r MATCH (e:{label}) WHERE e.id = r.entity_id "
                    "MATCH (a:Article) WHERE a.id = r.article_id "
                    "MERGE (e)-[m:MENTIONED_IN]->(a) SET m.count = r.count, m.first_start = r.first_start",
                    {"rows": list(chunk)},
                    write=True,
                )

    # -- retraction (re-processing an article) ---------------------------------------
    def retract_article(self, article_id: str) -> int:
        """Remove one article's evidence; facts that only it supported disappear.

        Facts other articles also support keep those articles' evidence and
        properties.  Entities left with no fact and no mention are removed.
        The aggregates of every entity the article's facts touch are
        recomputed in the same transaction.  Returns the number of facts deleted.
        """
        with self.transaction():
            return self._retract_article(article_id)

    def _retract_article(self, article_id: str) -> int:
        # Marked unfinished first: a run killed mid-retraction redoes this article.
        self._run("MATCH (a:Article) WHERE a.id = $aid SET a.content_hash = ''", {"aid": article_id}, write=True)
        deleted = 0
        touched: set[str] = set()  # entities that may have lost their last tie
        for rel in RelationType:
            rows = self._run(
                f"MATCH (a)-[x:{rel.value}]->(b) WHERE $aid IN x.articles "
                "RETURN x.id AS id, x.evidence AS evidence, a.id AS source, b.id AS target",
                {"aid": article_id},
                write=False,
            ).records()
            drop = []
            keep = []
            for row in rows:
                touched |= {row["source"], row["target"]}  # kept facts may change date and value with their articles
                remaining = [e for e in _parse_evidence(row["evidence"]) if e.article_id != article_id]
                if remaining:
                    keep.append({"id": row["id"], **_evidence_columns(remaining)})
                else:
                    drop.append(row["id"])
            if drop:
                self._run(
                    f"UNWIND $ids AS i MATCH ()-[x:{rel.value}]->() WHERE x.id = i DELETE x", {"ids": drop}, write=True
                )
                deleted += len(drop)
            if keep:
                self._run(
                    f"UNWIND $rows AS r MATCH ()-[x:{rel.value}]->() WHERE x.id = r.id SET x.articles = r.articles, "
                    "x.sentences = r.sentences, x.evidence = r.evidence, x.confidence = r.confidence",
                    {"rows": keep},
                    write=True,
                )
        # Only the entities this article mentioned or whose fact it removed can have lost their last
        # tie: the sweep never looks at other nodes (another writer's new entity is not its business).
        touched |= {
            row[0]
            for row in self._run(
                "MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id = $aid RETURN e.id", {"aid": article_id}, write=False
            ).rows
        }
        self._run("MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE a.id = $aid DELETE m", {"aid": article_id}, write=True)
        for label in ("Organization", "Person", "Technology"):
            self._run(
                f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i AND NOT EXISTS {{ MATCH (n)--() }} DELETE n",
                {"ids": sorted(touched)},
                write=True,
            )
        aggregates.refresh(self, touched, [article_id])
        return deleted


# -- pure merge helpers (no I/O) -------------------------------------------------------


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, list) or isinstance(new, list):
        return sorted(old or []) != sorted(new or [])
    if isinstance(old, float) or isinstance(new, float):
        return old is None or new is None or abs(float(old) - float(new)) > 1e-9 * max(1.0, abs(float(new)))
    return old != new


def _more_specific(old_type: str | None, new_type: str) -> str:
    """A specific organisation type beats the generic one; otherwise the first type stays."""
    if not old_type or old_type == _GENERIC_TYPE:
        return new_type
    return old_type


def _merge_nodes(first: Node, second: Node) -> Node:
    aliases = set(first.aliases) | set(second.aliases)
    if second.name != first.name:
        aliases.add(second.name)
    merged_type = _more_specific(first.type.value, second.type.value)
    return first.model_copy(update={"aliases": sorted(aliases - {first.name}), "type": type(first.type)(merged_type)})


def _node_row(node: Node, old: dict[str, Any] | None) -> dict[str, Any]:
    name = old["name"] if old else node.name
    aliases = set(node.aliases) | set(old["aliases"] or []) if old else set(node.aliases)
    if node.name != name:
        aliases.add(node.name)
    row: dict[str, Any] = {
        "id": node.id,
        "name": name,
        "aliases": sorted(aliases - {name}),
        "name_key": normalize_name(name),
    }
    if node.type.is_organization:
        row["type"] = _more_specific(old.get("type") if old else None, node.type.value)
    return row


def _merge_facts(first: Relationship, second: Relationship) -> Relationship:
    evidence = sorted(set(first.evidence) | set(second.evidence), key=_evidence_order)
    properties = {**second.properties, **first.properties}
    return first.model_copy(update={"evidence": evidence, "properties": properties})


def _evidence_order(e: Evidence) -> tuple[str, int, int]:
    return (e.article_id, e.start, e.end)


def _parse_evidence(raw: str | None) -> list[Evidence]:
    return [Evidence(**item) for item in json.loads(raw)] if raw else []


def _evidence_columns(evidence: list[Evidence]) -> dict[str, Any]:
    ordered = sorted(set(evidence), key=_evidence_order)
    return {
        "articles": sorted({e.article_id for e in ordered}),
        "sentences": [e.text for e in ordered],
        "evidence": json.dumps([e.model_dump() for e in ordered], ensure_ascii=False, sort_keys=True),
        "confidence": max(e.confidence for e in ordered),
    }


def _fact_row(rel: Relationship, old: dict[str, Any] | None) -> dict[str, Any]:
    """The relationship as stored: this batch's articles replace their own earlier evidence."""
    restated = {e.article_id for e in rel.evidence}
    kept = [e for e in _parse_evidence(old["evidence"]) if e.article_id not in restated] if old else []
    row: dict[str, Any] = {
        "id": rel.id,
        "s": rel.source_id,
        "t": rel.target_id,
        "extractor_version": max(e.extractor_version for e in rel.evidence),
        **_evidence_columns(kept + list(rel.evidence)),
    }
    for prop in RELATION_PROPERTIES:
        row[prop] = rel.properties.get(prop)
    return row
