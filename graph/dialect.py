"""Where LadybugDB's and Neo4j's Cypher differ, and nowhere else.

Everything the two stores and the read queries share is written once in
plain openCypher; this module holds the few places the dialects part:
schema DDL, the function that names a node's label or a relationship's
type, and Neo4j's extra subtype labels on organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aigraph.core.vocabulary import ORGANIZATION_SUBTYPES
from aigraph.graph.errors import QueryError
from aigraph.graph.schema import (
    ADDED_COLUMNS,
    AGGREGATE_ENTITY_COLUMNS,
    AGGREGATE_LINKS,
    NODE_PROPERTIES,
    RANKED_COLUMNS,
    REL_ENDPOINTS,
    REL_PROPERTIES,
)

# A function a query written for the other store uses (the "Differs" table of docs/notebooks.md), and what to
# write here instead: the most common slip when a notebook moves between the embedded store and Neo4j.
_INSTEAD_OF = {
    "ladybug": {"type": "label(r)", "labels": "label(n)", "shortestpath": "(a)-[:T* SHORTEST 1..6]-(b)"},
    "neo4j": {"label": "labels(n)[0] (a node), type(r) (a relationship)", "date_part": "x.date.year"},
}
_MISSING_FUNCTION = re.compile(r"function (\w+) does not exist|Unknown function '(\w+)'", re.I)


@dataclass(frozen=True)
class Dialect:
    name: str
    # LadybugDB lets one process open a database for writing; Neo4j may have
    # several writers, so new facts must be MERGEd there, not CREATEd.
    single_writer: bool
    # Facts per write transaction (a larger batch commits in parts of whole articles).  Neo4j checks
    # each MERGE against the transaction's own uncommitted changes, so a part's cost grows with its
    # square: 20k facts took 67 s in 10k parts and under 4 s in 2k parts.
    part_facts: int = 10_000
    # LadybugDB narrows a fact scan by one column compared with a literal before it reads the returned columns,
    # not by a ``coalesce`` of two: a read bounded on a fact's stated date is split per column there
    # (``queries.stated_since``).  Neo4j walks the adjacency once per read either way: one read is cheaper.
    split_date_bounds: bool = False
    # A ranked read (``reads._top_rows``): LadybugDB reads every returned column of every row it sorts, so it
    # ranks the keys alone and reads the kept rows' columns in a second, literal-bounded read; Neo4j keeps only
    # the top rows while it sorts, so one read ranks the rows with their columns (the second read cost a scan).
    ranks_keys_first: bool = False

    def label_of(self, var: str) -> str:
        """Cypher expression for the (primary) label of node ``var``."""
        return f"label({var})" if self.name == "ladybug" else f"labels({var})[0]"

    def type_of(self, var: str) -> str:
        """Cypher expression for the type of relationship ``var``."""
        return f"label({var})" if self.name == "ladybug" else f"type({var})"

    def first_item(self, expr: str) -> str:
        """The first element of list ``expr`` (LadybugDB indexes lists from 1, Neo4j from 0)."""
        return f"{expr}[1]" if self.name == "ladybug" else f"{expr}[0]"

    def shortest_path(self, path_var: str, a: str, b: str, rel_types: str, max_hops: int) -> str:
        """A ``MATCH`` clause binding ``path_var`` to one shortest undirected path between bound ``a`` and ``b``.

        ``rel_types`` is a ``|``-joined list of relationship types.  LadybugDB
        spells this as a recursive pattern with ``SHORTEST``; Neo4j wraps the
        pattern in ``shortestPath()``.
        """
        if self.name == "ladybug":
            return f"MATCH {path_var} = ({a})-[:{rel_types}* SHORTEST 1..{max_hops}]-({b})"
        return f"MATCH {path_var} = shortestPath(({a})-[:{rel_types}*1..{max_hops}]-({b}))"

    def param(self, expr: str, kind: str) -> str:
        """A parameter value as the column's type.

        LadybugDB infers a parameter's type from its values, so a batch where a
        date column is all null arrives as STRING; an explicit CAST fixes it.
        Neo4j is schemaless and needs none.
        """
        if self.name == "ladybug" and kind != "STRING":
            return f"CAST({expr} AS {kind})"
        return expr

    def subtype_label_clause(self, var: str, subtype: str) -> str:
        """Neo4j also carries the organisation subtype as a label (``:Organization:Company``)."""
        if self.name == "ladybug":
            return ""
        if subtype not in ORGANIZATION_SUBTYPES:
            subtype = ""
        others = ":".join(t for t in ORGANIZATION_SUBTYPES if t != subtype)
        clause = f" REMOVE {var}:{others}"
        return clause + (f" SET {var}:{subtype}" if subtype else "")

    def drop_tables(self, labels: list[str]) -> list[str]:
        """Statements that remove tables whose columns changed (LadybugDB; a relationship table before the node
        tables it joins); Neo4j has no tables to drop."""
        return [f"DROP TABLE IF EXISTS {label}" for label in labels] if self.name == "ladybug" else []

    def columns_query(self, table: str) -> str | None:
        """The statement listing a table's columns (LadybugDB); None where every property may be read (Neo4j)."""
        return f"CALL table_info('{table}') RETURN name" if self.name == "ladybug" else None

    def rejected(self, detail: str) -> QueryError:
        """The error for a query the store rejected with ``detail``, saying what to write instead where the
        query used a function only the other store has."""
        found = _MISSING_FUNCTION.search(detail)
        function = next((name for name in found.groups() if name), "") if found else ""
        instead = _INSTEAD_OF[self.name].get(function.lower())
        if instead is None:
            return QueryError(detail, reason="database", detail=detail)
        return QueryError(
            f"{detail} (this store is {self.name}: write {instead} instead of {function}())",
            reason="dialect_function",
            detail=detail,
            store=self.name,
            function=function,
            instead=instead,
        )

    def schema_statements(self) -> list[str]:
        if self.name == "ladybug":
            return _ladybug_ddl()
        return _neo4j_ddl()


LADYBUG = Dialect("ladybug", single_writer=True, split_date_bounds=True, ranks_keys_first=True)
NEO4J = Dialect("neo4j", single_writer=False, part_facts=2_000)


def _ladybug_ddl() -> list[str]:
    statements = []
    for label, props in NODE_PROPERTIES.items():
        cols = "".join(f", {name} {kind}" for name, kind in props.items() if name != "id")
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY{cols})")
    for rel, pairs in REL_ENDPOINTS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        cols = ", ".join(f"{name} {kind}" for name, kind in REL_PROPERTIES[rel].items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({ends}, {cols})")
    for rel, props in AGGREGATE_LINKS.items():  # between aggregate nodes (graph/org_links.py)
        cols = ", ".join(f"{name} {kind}" for name, kind in props.items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel}(FROM OrgNode TO OrgNode, {cols})")
    for table, columns in ADDED_COLUMNS.items():  # a table an earlier aigraph created without them
        kinds = {**NODE_PROPERTIES, **REL_PROPERTIES}[table]
        statements += [f"ALTER TABLE {table} ADD IF NOT EXISTS {column} {kinds[column]}" for column in columns]
    return statements


def _neo4j_ddl() -> list[str]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_PROPERTIES
    ]
    for label in ("Organization", "Person", "Technology"):
        statements.append(f"CREATE INDEX {label.lower()}_name_key IF NOT EXISTS FOR (n:{label}) ON (n.name_key)")
    statements.append("CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.content_hash)")
    for label, columns in AGGREGATE_ENTITY_COLUMNS.items():
        for column in columns:
            if column != "id":
                name = f"{label.lower()}_{column}"
                statements.append(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{column})")
    for label, columns in RANKED_COLUMNS.items():
        for column in columns:
            statements.append(f"CREATE INDEX {label.lower()}_{column} IF NOT EXISTS FOR (n:{label}) ON (n.{column})")
    for rel, props in REL_PROPERTIES.items():
        if "id" in props:
            statements.append(f"CREATE INDEX {rel.lower()}_id IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.id)")
    return statements
