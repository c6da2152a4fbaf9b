"""Analysts' decisions about the graph, stored in it and applied at the storage level.

Why at the storage level: every query, page and notebook reads the typed
relationships, so a rejected fact's relationship is taken out (kept whole,
evidence included, as an ``ExtractedFact`` node), a merged entity's node is
folded into the survivor, and an edited property is overwritten on the
relationship (its extracted value kept on the ``ExtractedFact``).  Plain
Cypher then returns the curated graph with no query knowing about decisions.

Why durable: decisions are ``Decision`` nodes, written before they are
applied, and applying is idempotent (``apply_all`` re-applies every decision
in force and changes nothing the second time).  The write path asks
``curate_batch`` to rewrite each batch under the decisions (rejected facts
held aside with their new evidence counted, merged names redirected to the
survivor, edited values kept), so no later ingest brings an error back, and an
ingest killed anywhere is made whole by the next run's ``apply_all``.

After a decision changes facts or entities, ``apply._applied`` is called with
their ids: the one place that hears about every change a decision makes.

The package is split by purpose: ``model`` (the decision record and the state the
decisions in force add up to), ``stored`` (decisions, held facts, facts and entities as
the store keeps them), ``batch`` (an ingest batch under the decisions), ``apply``
(applying and undoing decisions in the store), ``decide`` (making decisions),
``review`` (history, rejected facts, the review queue) and ``transfer`` (export and
import).  Everything callers use is imported here.
"""

from aigraph.graph.curation.apply import apply_all, reconcile_fact
from aigraph.graph.curation.batch import curate_batch
from aigraph.graph.curation.decide import (
    TURN_WAIT_SECONDS,
    add_fact,
    confirm,
    merge,
    record,
    reject,
    rename,
    resume,
    retype,
    set_properties,
    split,
    undo,
    writing_turn,
)
from aigraph.graph.curation.model import (
    EDITABLE,
    ENTITY_LABELS,
    FACT_KINDS,
    NOTE_ARTICLE_PREFIX,
    NOTE_EXTRACTOR,
    CurationError,
    CurationState,
    Decision,
    DecisionKind,
    HeldFact,
    default_user,
    state_of,
)
from aigraph.graph.curation.review import (
    LARGE_AMOUNT_USD,
    LOW_CONFIDENCE,
    all_entities,
    duplicates_outdated,
    edited_facts,
    history,
    mark_duplicates_outdated,
    rejected_facts,
    review_queue,
    save_duplicates,
    stored_duplicates,
)
from aigraph.graph.curation.stored import (
    current_state,
    decision_marker,
    decisions,
    entity_record,
    fact_type,
    held_facts,
    typed_properties,
)
from aigraph.graph.curation.transfer import export_decisions, import_decisions

__all__ = [
    "CurationError",
    "CurationState",
    "Decision",
    "DecisionKind",
    "EDITABLE",
    "ENTITY_LABELS",
    "FACT_KINDS",
    "HeldFact",
    "LARGE_AMOUNT_USD",
    "LOW_CONFIDENCE",
    "NOTE_ARTICLE_PREFIX",
    "NOTE_EXTRACTOR",
    "TURN_WAIT_SECONDS",
    "add_fact",
    "all_entities",
    "apply_all",
    "confirm",
    "curate_batch",
    "current_state",
    "decision_marker",
    "decisions",
    "default_user",
    "duplicates_outdated",
    "edited_facts",
    "entity_record",
    "export_decisions",
    "fact_type",
    "held_facts",
    "history",
    "import_decisions",
    "mark_duplicates_outdated",
    "merge",
    "reconcile_fact",
    "record",
    "reject",
    "rejected_facts",
    "rename",
    "resume",
    "retype",
    "review_queue",
    "save_duplicates",
    "set_properties",
    "split",
    "state_of",
    "stored_duplicates",
    "typed_properties",
    "undo",
    "writing_turn",
]
