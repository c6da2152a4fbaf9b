"""The stored schema, declared once; each store derives its DDL from it.

LadybugDB needs every table and property declared up front; Neo4j needs only
constraints and indexes.  Declaring the schema here keeps both backends in
step and lets queries rely on the same property names everywhere.
"""

from __future__ import annotations

from aigraph.core.vocabulary import NODE_LABELS, RELATION_ENDPOINTS, RELATION_PROPERTIES, RelationType
from aigraph.graph.model import SCHEMA_VERSION

STRING, DOUBLE, INT64, DATE, TIMESTAMP, STRING_LIST = "STRING", "DOUBLE", "INT64", "DATE", "TIMESTAMP", "STRING[]"
BOOLEAN = "BOOLEAN"

_ENTITY_PROPERTIES = {"id": STRING, "name": STRING, "aliases": STRING_LIST, "name_key": STRING}

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    "Organization": {**_ENTITY_PROPERTIES, "type": STRING},
    "Person": dict(_ENTITY_PROPERTIES),
    "Technology": dict(_ENTITY_PROPERTIES),
    "Article": {
        "id": STRING,
        "title": STRING,
        "url": STRING,
        "path": STRING,
        "published": DATE,
        "reporter": STRING,
        "publisher": STRING,
        "language": STRING,
        "content_hash": STRING,
        "extractor_version": STRING,
        "ingested_at": TIMESTAMP,
        "text": STRING,
        "simhash": STRING,
    },
    "IngestRun": {
        "id": STRING,
        "started_at": TIMESTAMP,
        "finished_at": TIMESTAMP,
        "status": STRING,
        "sources": STRING_LIST,
        "counts": STRING,
        "errors": STRING_LIST,
        "extractor_version": STRING,
    },
    "Meta": {"id": STRING, "value": STRING},
    # A writer's lease (graph/lease.py); times are epoch milliseconds.
    "Lease": {
        "id": STRING,
        "holder": STRING,
        "host": STRING,
        "pid": INT64,
        "started_at": INT64,
        "expires_at": INT64,
        "touched_at": INT64,
    },
    # An analyst's decision (graph/curation.py): ``payload`` is JSON, ``at`` an ISO-8601 UTC time.
    "Decision": {
        "id": STRING,
        "kind": STRING,
        "subject": STRING,
        "by": STRING,
        "at": STRING,
        "reason": STRING,
        "payload": STRING,
        "undone_by": STRING,
    },
    # A fact as extracted, kept aside where a decision changed it: a rejected fact whole (its typed
    # relationship is gone), an edited fact's extracted properties (JSON).  Its evidence is never deleted.
    "ExtractedFact": {
        "id": STRING,
        "type": STRING,
        "status": STRING,
        "source_id": STRING,
        "source_label": STRING,
        "target_id": STRING,
        "target_label": STRING,
        "properties": STRING,
        "evidence": STRING,
        "articles": STRING_LIST,
    },
    # What the review queue reads that an ingest computed (the likely duplicate entities, as JSON).
    "ReviewList": {"id": STRING, "value": STRING},
}
# Aggregates kept beside the facts (graph/aggregates.py), rewritten in the transaction that changes the facts.
AGGREGATE_PROPERTIES: dict[str, dict[str, str]] = {
    # per organisation: totals, degrees and differing reports, with the name and aliases for the search box
    "OrgStats": {
        "id": STRING,
        "name": STRING,
        "type": STRING,
        "aliases": STRING_LIST,
        "facts": INT64,
        "neighbours": INT64,
        "invested_krw": DOUBLE,
        "invested_usd": DOUBLE,
        "invested_deals": INT64,
        "received_krw": DOUBLE,
        "received_usd": DOUBLE,
        "received_deals": INT64,
        "conflicts": INT64,
    },
    # per investor, effective year, stated currency and rate-year
    "InvestorYear": {
        "id": STRING,
        "investor_id": STRING,
        "year": INT64,
        "currency": STRING,
        "fx_year": INT64,
        "amount": DOUBLE,
        "value_krw": DOUBLE,
        "value_usd": DOUBLE,
        "deals": INT64,
    },
    # per investor -> recipient pair (the Sankey's flows); ``band_*`` as InvestmentRow's
    "PairSum": {
        "id": STRING,
        "investor_id": STRING,
        "investor": STRING,
        "investor_type": STRING,
        "recipient_id": STRING,
        "recipient": STRING,
        "recipient_type": STRING,
        "value_krw": DOUBLE,
        "value_usd": DOUBLE,
        "deals": INT64,
        "sentence": STRING,
        # the pair's reports (``graph.conflicts.pair_reports``, JSON) when it has several facts
        "reports": STRING,
        "band_krw": INT64,
        "band_usd": INT64,
    },
    # the whole graph per effective year, stated currency and rate-year (derived from InvestorYear)
    "MoneySum": {
        "id": STRING,
        "year": INT64,
        "currency": STRING,
        "fx_year": INT64,
        "amount": DOUBLE,
        "value_krw": DOUBLE,
        "value_usd": DOUBLE,
        "deals": INT64,
    },
    # per investment fact: its row of the flows table, values and differing reports computed; ``band_*`` is
    # floor(16 log2(value)), so the largest investments are found without sorting them all
    "InvestmentRow": {
        "id": STRING,
        "investor_id": STRING,
        "investor": STRING,
        "investor_type": STRING,
        "recipient_id": STRING,
        "recipient": STRING,
        "recipient_type": STRING,
        "amount": DOUBLE,
        "currency": STRING,
        "value_krw": DOUBLE,
        "value_usd": DOUBLE,
        "fx_year": INT64,
        "period_years": DOUBLE,
        "effective": DATE,
        "confidence": DOUBLE,
        "sentence": STRING,
        "article_id": STRING,
        "article_title": STRING,
        "url": STRING,
        "reports_differ": BOOLEAN,
        "band_krw": INT64,
        "band_usd": INT64,
    },
    # per article: how many facts it states, and which ("TYPE|fact id": the way from an article to its facts)
    "ArticleStats": {"id": STRING, "facts": INT64, "fact_refs": STRING_LIST},
    # per fact, by its id: what a list of many articles' facts shows (graph/fact_rows.py); ``sentences``
    # holds each of ``articles``' first evidence sentence
    "FactRow": {
        "id": STRING,
        "type": STRING,
        "source_id": STRING,
        "target_id": STRING,
        "amount": DOUBLE,
        "currency": STRING,
        "date": DATE,
        "articles": STRING_LIST,
        "sentences": STRING_LIST,
    },
    # per ranked label (InvestmentRow, PairSum), display currency and band: how many rows are in the band, so a
    # page finds the bands that hold its largest rows by reading these few rows, not counting every row
    "BandCount": {"id": STRING, "label": STRING, "currency": STRING, "band": INT64, "rows": INT64},
    # per entity with at least profile_cuts.FIRST facts one way: how many each way and the stated date of
    # the FACTS-th and FIRST-th newest (graph/profile_cuts.py), so a profile reads its newest facts without
    # ranking them
    "ProfileCut": {
        "id": STRING,
        "out_facts": INT64,
        "out_since": DATE,
        "out_first": DATE,
        "in_facts": INT64,
        "in_since": DATE,
        "in_first": DATE,
    },
    # an organisation as the end of the stored links below (graph/org_links.py): not the Organization node, so
    # no pattern over an organisation's relationships meets them
    "OrgNode": {"id": STRING},
}
NODE_PROPERTIES.update(AGGREGATE_PROPERTIES)
# Links between ``OrgNode``s kept beside the facts (graph/org_links.py), rewritten in the transaction that
# changes the facts: per (source, target, fact type) the number of facts and the least first sentence
# (``ORG_LINK``: the network's edges), per unordered pair the number of facts either way (``ORG_PAIR``: an ego
# view's hops).  Relationship properties; their endpoints are ``OrgNode``s.
AGGREGATE_LINKS: dict[str, dict[str, str]] = {
    "ORG_LINK": {"type": STRING, "facts": INT64, "sentence": STRING},
    "ORG_PAIR": {"facts": INT64},
}
# The columns of each per-entity aggregate that hold an entity id: a write refreshes the rows they find,
# so Neo4j indexes them (LadybugDB joins the looked-up ids by hash).
AGGREGATE_ENTITY_COLUMNS: dict[str, tuple[str, ...]] = {
    "OrgStats": ("id",),
    "InvestorYear": ("investor_id",),
    "PairSum": ("investor_id", "recipient_id"),
    "InvestmentRow": ("investor_id", "recipient_id"),
}
# The columns the pages rank or filter by (graph.reads): Neo4j indexes them, so ``ORDER BY ... LIMIT`` and a
# range read an index instead of every row of the label (LadybugDB indexes only primary keys).
RANKED_COLUMNS: dict[str, tuple[str, ...]] = {
    "OrgStats": ("facts", "neighbours", "invested_krw", "invested_usd", "received_krw", "received_usd"),
    "PairSum": ("band_krw", "band_usd"),
    "InvestmentRow": ("band_krw", "band_usd"),
    "Article": ("published", "ingested_at"),
    "IngestRun": ("started_at",),
}
# Bookkeeping, not part of the graph analysts see or count.
INTERNAL_LABELS = frozenset({"Meta", "Lease", "Decision", "ExtractedFact", "ReviewList", *AGGREGATE_PROPERTIES})
assert set(NODE_LABELS) <= set(NODE_PROPERTIES)

_PY_TO_DB = {float: DOUBLE, str: STRING, bool: BOOLEAN}

FACT_PROPERTIES: dict[str, str] = {
    "id": STRING,
    "articles": STRING_LIST,
    "sentences": STRING_LIST,
    "evidence": STRING,
    "confidence": DOUBLE,
    "extractor_version": STRING,
    **{name: _PY_TO_DB.get(kind, DATE) for name, kind in RELATION_PROPERTIES.items()},
}

MENTION_PROPERTIES = {"count": INT64, "first_start": INT64, "founded": STRING, "founded_evidence": STRING}
# columns added after a table first shipped, which a store written by an earlier aigraph gains when it is opened
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {"MENTIONED_IN": ("founded", "founded_evidence")}
SAME_STORY_PROPERTIES = {"similarity": DOUBLE}

REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    **{rel.value: pairs for rel, pairs in RELATION_ENDPOINTS.items()},
    "MENTIONED_IN": (("Organization", "Article"), ("Person", "Article"), ("Technology", "Article")),
    "SAME_STORY": (("Article", "Article"),),
}

REL_PROPERTIES: dict[str, dict[str, str]] = {
    **{rel.value: FACT_PROPERTIES for rel in RelationType},
    "MENTIONED_IN": MENTION_PROPERTIES,
    "SAME_STORY": SAME_STORY_PROPERTIES,
}

__all__ = [
    "SCHEMA_VERSION",
    "ADDED_COLUMNS",
    "NODE_PROPERTIES",
    "AGGREGATE_ENTITY_COLUMNS",
    "AGGREGATE_PROPERTIES",
    "AGGREGATE_LINKS",
    "RANKED_COLUMNS",
    "INTERNAL_LABELS",
    "REL_ENDPOINTS",
    "REL_PROPERTIES",
    "FACT_PROPERTIES",
    "STRING",
    "DOUBLE",
    "INT64",
    "DATE",
    "TIMESTAMP",
    "STRING_LIST",
]
