"""The idempotent write path both backends share: upsert a batch, retract an article.

Everything about *what* is written (merging aliases, merging evidence from
several articles into one relationship, counting what was created or
updated, keeping the aggregates in the same transaction) lives here once,
so LadybugDB and Neo4j hold the same graph for the same input.  A backend
supplies only ``_run``, ``transaction`` and its ``Dialect`` (``graph.stores.base``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aigraph.core.vocabulary import RELATION_PROPERTIES, RelationType
from aigraph.graph import aggregates
from aigraph.graph.fact_rows import FactRef
from aigraph.graph.model import Article, GraphBatch, Mention, Node, Relationship
from aigraph.graph.schema import NODE_PROPERTIES, REL_PROPERTIES
from aigraph.graph.stores.rows import (
    article_parts,
    differs,
    evidence_columns,
    fact_row,
    merge_facts,
    merge_nodes,
    node_row,
    parse_evidence,
)

if TYPE_CHECKING:
    from aigraph.graph.stores.base import GraphStore

BATCH_SIZE = 2000  # rows per statement


@dataclass
class WriteSummary:
    """What a write changed, for the ingest report."""

    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    created_node_ids: list[str] = field(default_factory=list)
    created_relationship_ids: list[str] = field(default_factory=list)
    # what the aggregates recompute (``aggregates.refresh``): only what this write changed
    renamed_entity_ids: list[str] = field(default_factory=list)
    counted_entity_ids: list[str] = field(default_factory=list)
    investment_pairs: list[tuple[str, str]] = field(default_factory=list)
    created_endpoints: list[tuple[str, str]] = field(default_factory=list)
    changed_endpoints: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: WriteSummary) -> None:
        for name, value in vars(other).items():
            current = getattr(self, name)
            setattr(self, name, current + value)


def _chunks(rows: Sequence[Any], size: int = BATCH_SIZE) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class BatchWriter:
    """The write half of a ``GraphStore``: what it writes, on top of the backend's primitives."""

    def __init__(self, store: GraphStore, *, part_facts: int | None = None) -> None:
        self.store = store
        self.part_facts = part_facts or store.dialect.part_facts

    def write(self, batch: GraphBatch) -> WriteSummary:
        """Upsert a batch; writing the same batch twice changes nothing the second time.

        The batch is first rewritten under the analysts' decisions in force
        (``graph.curation.curate_batch``).  Crash safety: the batch, its articles' content hashes and the
        aggregates it changes (``graph.aggregates``) commit in one
        transaction, so an interrupted write leaves nothing behind and its
        articles look unwritten to the next run, which redoes them.  A batch of
        more than ``part_facts`` facts commits in parts of whole articles
        (``rows.article_parts``), each part so.
        """
        from aigraph.graph.curation import curate_batch  # curation builds on this module

        batch = curate_batch(self.store, batch)  # analysts' decisions hold over every later ingest
        summary = WriteSummary()
        for part in article_parts(batch, self.part_facts):
            summary.add(self._write_part(part))
        return summary

    def _write_part(self, batch: GraphBatch) -> WriteSummary:
        from aigraph.graph.curation import mark_duplicates_outdated

        self.write_articles(batch.articles)
        summary = WriteSummary()
        with self.store.transaction():
            self.write_articles(batch.articles)
            summary.add(self.write_nodes(batch.nodes))
            if summary.nodes_created or summary.nodes_updated:  # the review queue's duplicates must be found again
                mark_duplicates_outdated(self.store)
            summary.add(self.write_relationships(batch.relationships))
            self.write_mentions(batch.mentions)
            aggregates.refresh(
                self.store,
                summary.renamed_entity_ids,
                pairs=summary.investment_pairs,
                counted=summary.counted_entity_ids,
                created=summary.created_endpoints,
                changed=summary.changed_endpoints,
            )
            stated: dict[str, set[str]] = defaultdict(set)
            for rel in batch.relationships:
                for evidence in rel.evidence:
                    stated[evidence.article_id].add(FactRef(rel.type.value, rel.id, rel.source_id).encode())
            aggregates.add_article_facts(self.store, stated)
            rows = [{"id": a.id, "content_hash": a.content_hash} for a in batch.articles]
            for chunk in _chunks(rows):
                self.store._run(
                    "UNWIND $rows AS r MATCH (a:Article) WHERE a.id = r.id SET a.content_hash = r.content_hash",
                    {"rows": list(chunk)},
                    write=True,
                )
        return summary

    def article_versions(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``id -> (content_hash, extractor_version)`` for the articles already stored."""
        found = self.fetch_by_id("Article", ids, ["content_hash", "extractor_version"])
        return {i: (r["content_hash"] or "", r["extractor_version"] or "") for i, r in found.items()}

    def fetch_by_id(self, label: str, ids: Sequence[str], props: Iterable[str]) -> dict[str, dict[str, Any]]:
        names = list(props)
        columns = ", ".join(f"n.{p} AS {p}" for p in names)
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(ids)):
            result = self.store._run(
                f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i RETURN n.id AS id, {columns}",
                {"ids": list(chunk)},
                write=False,
            )
            for record in result.records():
                found[record["id"]] = record
        return found

    def write_articles(self, articles: list[Article]) -> None:
        if not articles:
            return
        props = [p for p in NODE_PROPERTIES["Article"] if p != "id"]
        existing = self.fetch_by_id("Article", [a.id for a in articles], ["content_hash", "extractor_version"])
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
        assignments = ", ".join(f"a.{p} = {self.store.dialect.param(f'r.{p}', kinds[p])}" for p in props)
        for chunk in _chunks(rows):
            self.store._run(
                f"UNWIND $rows AS r MERGE (a:Article {{id: r.id}}) SET {assignments}", {"rows": list(chunk)}, write=True
            )

    def write_nodes(self, nodes: list[Node]) -> WriteSummary:
        summary = WriteSummary()
        by_label: dict[str, dict[str, Node]] = defaultdict(dict)
        for node in nodes:
            merged = by_label[node.label].get(node.id)
            by_label[node.label][node.id] = merge_nodes(merged, node) if merged else node
        for label, group in by_label.items():
            has_type = "type" in NODE_PROPERTIES[label]
            fields = ["name", "aliases"] + (["type"] if has_type else [])
            existing = self.fetch_by_id(label, list(group), fields)
            rows_by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for node_id, node in group.items():
                old = existing.get(node_id)
                row = node_row(node, old)
                if old is None:
                    summary.nodes_created += 1
                    summary.created_node_ids.append(node_id)
                elif changed := {f for f in fields if differs(old.get(f), row[f])}:
                    summary.nodes_updated += 1
                    if changed - {"aliases"}:
                        summary.renamed_entity_ids.append(node_id)  # shown by name on its investments' rows
                else:
                    continue
                summary.counted_entity_ids.append(node_id)
                rows_by_type[row.get("type", "")].append(row)
            sets = "n.name = r.name, n.aliases = r.aliases, n.name_key = r.name_key" + (
                ", n.type = r.type" if has_type else ""
            )
            for org_type, rows in rows_by_type.items():
                extra = self.store.dialect.subtype_label_clause("n", org_type) if has_type else ""
                for chunk in _chunks(rows):
                    self.store._run(
                        f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {sets}{extra}",
                        {"rows": list(chunk)},
                        write=True,
                    )
        return summary

    def write_relationships(self, relationships: list[Relationship]) -> WriteSummary:
        summary = WriteSummary()
        groups: dict[tuple[str, str, str], dict[str, Relationship]] = defaultdict(dict)
        for rel in relationships:
            key = (rel.type.value, rel.source_label, rel.target_label)
            merged = groups[key].get(rel.id)
            groups[key][rel.id] = merge_facts(merged, rel) if merged else rel
        typed = list(RELATION_PROPERTIES)
        for (rel_type, source_label, target_label), group in groups.items():
            pattern = f"(a:{source_label})-[x:{rel_type}]->(b:{target_label})"
            existing: dict[str, dict[str, Any]] = {}
            probe = [{"id": r.id, "s": r.source_id, "t": r.target_id} for r in group.values()]
            columns = ", ".join(f"x.{p} AS {p}" for p in ["evidence", *typed])
            for chunk in _chunks(probe):
                result = self.store._run(
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
                row = fact_row(rel, old)
                if old is None:
                    summary.relationships_created += 1
                    summary.created_relationship_ids.append(rel_id)
                    summary.created_endpoints.append((rel.source_id, rel.target_id))
                    new_rows.append(row)
                elif old["evidence"] != row["evidence"] or any(
                    differs(old.get(p), row[p]) for p in typed if row[p] is not None
                ):
                    summary.relationships_updated += 1
                    summary.changed_endpoints.append((rel.source_id, rel.target_id))
                    changed_rows.append(row)
                else:
                    continue
                summary.counted_entity_ids += [rel.source_id, rel.target_id]
                if rel.type == RelationType.INVESTED_IN:
                    summary.investment_pairs.append((rel.source_id, rel.target_id))
            # A backend with a single writer may CREATE facts the probe did not find;
            # others MERGE so a concurrent writer cannot duplicate them.
            create = "CREATE" if self.store.dialect.single_writer else "MERGE"
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
            values = {p: f"r.{p}" for p in fixed} | {p: self.store.dialect.param(f"r.{p}", kinds[p]) for p in stated}
            if verb == "CREATE":  # inline properties: one operator instead of one SET per property
                inline = ", ".join(f"{p}: {v}" for p, v in {"id": "r.id", **values}.items())
                write = f"CREATE (a)-[x:{rel_type} {{{inline}}}]->(b)"
            else:
                sets = ", ".join(f"x.{p} = {v}" for p, v in values.items())
                write = f"MERGE (a)-[x:{rel_type} {{id: r.id}}]->(b) SET {sets}"
            for chunk in _chunks(shaped):
                self.store._run(
                    f"UNWIND $rows AS r MATCH (a:{source_label}) WHERE a.id = r.s "
                    f"MATCH (b:{target_label}) WHERE b.id = r.t {write}",
                    {"rows": list(chunk)},
                    write=True,
                )

    def write_mentions(self, mentions: list[Mention]) -> None:
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for mention in mentions:
            by_label[mention.entity_label].append(mention.model_dump())
        for label, rows in by_label.items():
            for chunk in _chunks(rows):
                self.store._run(
                    f"UNWIND $rows AS r MATCH (e:{label}) WHERE e.id = r.entity_id "
                    "MATCH (a:Article) WHERE a.id = r.article_id "
                    "MERGE (e)-[m:MENTIONED_IN]->(a) SET m.count = r.count, m.first_start = r.first_start, "
                    "m.founded = r.founded, m.founded_evidence = r.founded_evidence",
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
        with self.store.transaction():
            return self._retract_article(article_id)

    def _retract_article(self, article_id: str) -> int:
        # Marked unfinished first: a run killed mid-retraction redoes this article.
        self.store._run("MATCH (a:Article) WHERE a.id = $aid SET a.content_hash = ''", {"aid": article_id}, write=True)
        deleted = 0
        touched: set[str] = set()  # entities that may have lost their last tie
        for rel in RelationType:
            rows = self.store._run(
                f"MATCH (a)-[x:{rel.value}]->(b) WHERE $aid IN x.articles "
                "RETURN x.id AS id, x.evidence AS evidence, a.id AS source, b.id AS target",
                {"aid": article_id},
                write=False,
            ).records()
            drop = []
            keep = []
            for row in rows:
                touched |= {row["source"], row["target"]}  # kept facts may change date and value with their articles
                remaining = [e for e in parse_evidence(row["evidence"]) if e.article_id != article_id]
                if remaining:
                    keep.append({"id": row["id"], **evidence_columns(remaining)})
                else:
                    drop.append(row["id"])
            if drop:
                self.store._run(
                    f"UNWIND $ids AS i MATCH ()-[x:{rel.value}]->() WHERE x.id = i DELETE x", {"ids": drop}, write=True
                )
                deleted += len(drop)
            if keep:
                self.store._run(
                    f"UNWIND $rows AS r MATCH ()-[x:{rel.value}]->() WHERE x.id = r.id SET x.articles = r.articles, "
                    "x.sentences = r.sentences, x.evidence = r.evidence, x.confidence = r.confidence",
                    {"rows": keep},
                    write=True,
                )
        # Only the entities this article mentioned or whose fact it removed can have lost their last
        # tie: the sweep never looks at other nodes (another writer's new entity is not its business).
        touched |= {
            row[0]
            for row in self.store._run(
                "MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id = $aid RETURN e.id", {"aid": article_id}, write=False
            ).rows
        }
        self.store._run(
            "MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE a.id = $aid DELETE m", {"aid": article_id}, write=True
        )
        for label in ("Organization", "Person", "Technology"):
            self.store._run(
                f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i AND NOT EXISTS {{ MATCH (n)--() }} DELETE n",
                {"ids": sorted(touched)},
                write=True,
            )
        aggregates.refresh(self.store, touched, [article_id])
        return deleted
