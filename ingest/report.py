"""What a run changed, for the analysts: printed, and saved as Markdown and JSON.

The runner knows which ids a run created; this module looks them up in the
store so the report names organisations and amounts, not hashes.
"""

from __future__ import annotations

import json
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from aigraph.core.money import money_text
from aigraph.core.vocabulary import RelationType
from aigraph.graph import ledger
from aigraph.graph.stores import GraphStore
from aigraph.ingest.runner import DuplicateLink, IngestReport

PRINT_AT_MOST = 20  # per list on the terminal; the report files have everything


class NewArticle(BaseModel):
    id: str
    title: str = ""
    url: str = ""
    published: Date | None = None
    publisher: str = ""


class NewOrganization(BaseModel):
    id: str
    name: str
    type: str = ""


class NewFact(BaseModel):
    """A new investment or partnership between two named parties."""

    id: str
    source: str
    target: str
    amount: float | None = None
    currency: str | None = None
    date: Date | None = None
    articles: list[str] = Field(default_factory=list)


class RunSummary(BaseModel):
    run_id: str
    started_at: datetime
    finished_at: datetime
    status: str
    dry_run: bool = False
    store: str
    sources: list[str]
    partition: str = ""  # "K/N" when the run took one share of the inputs
    counts: dict[str, int]
    new_articles: list[NewArticle] = Field(default_factory=list)
    new_organizations: list[NewOrganization] = Field(default_factory=list)
    new_investments: list[NewFact] = Field(default_factory=list)
    new_partnerships: list[NewFact] = Field(default_factory=list)
    duplicates: list[DuplicateLink] = Field(default_factory=list)
    failures: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def write(self, directory: Path) -> tuple[Path, Path]:
        """``ingest-<run id>.md`` and ``.json`` in ``directory`` (created if missing)."""
        directory.mkdir(parents=True, exist_ok=True)
        md, js = directory / f"ingest-{self.run_id}.md", directory / f"ingest-{self.run_id}.json"
        md.write_text(self.markdown(), encoding="utf-8")
        js.write_text(self.model_dump_json(indent=2), encoding="utf-8")
        return md, js

    @property
    def truncated(self) -> bool:
        """Whether ``text`` leaves items out (and so points to the report file)."""
        return any(
            len(items) > PRINT_AT_MOST
            for items in (self.new_organizations, self.new_investments, self.new_partnerships)
        )

    def headline(self) -> str:
        c = self.counts
        share = (
            (
                f"partition {self.partition} ({c.get('articles_other_partition', 0)} articles left to the other "
                "partitions); "
            )
            if self.partition
            else ""
        )
        return (
            f"{share}articles: {c.get('articles_new', 0)} new, {c.get('articles_updated', 0)} updated, "
            f"{c.get('articles_unchanged', 0)} unchanged, {c.get('articles_duplicate', 0)} same story, "
            f"{c.get('articles_failed', 0)} failed"
        )

    def text(self) -> str:
        """The summary printed at the end of a run."""
        c = self.counts
        lines = [
            self.headline(),
            f"nodes: {c.get('nodes_created', 0)} created, {c.get('nodes_updated', 0)} updated",
            f"relationships: {c.get('relationships_created', 0)} created, {c.get('relationships_updated', 0)} updated",
        ]
        if self.new_organizations:
            lines.append(
                "new organisations: "
                + ", ".join(o.name for o in self.new_organizations[:PRINT_AT_MOST])
                + _more(self.new_organizations)
            )
        lines += [
            f"new investment: {f.source} -> {f.target} {format_amount(f.amount, f.currency)}".rstrip()
            for f in self.new_investments[:PRINT_AT_MOST]
        ]
        if len(self.new_investments) > PRINT_AT_MOST:
            lines.append(f"new investment: {_more(self.new_investments).strip()}")
        lines += [f"new partnership: {f.source} <-> {f.target}" for f in self.new_partnerships[:PRINT_AT_MOST]]
        if len(self.new_partnerships) > PRINT_AT_MOST:
            lines.append(f"new partnership: {_more(self.new_partnerships).strip()}")
        return "\n".join(lines)

    def markdown(self) -> str:
        out = [f"# Ingest run {self.run_id}", ""]
        out.append(f"- status: **{self.status}**{' (dry run: nothing written)' if self.dry_run else ''}")
        out.append(f"- store: `{self.store}`")
        out.append(
            f"- started {self.started_at.isoformat(timespec='seconds')}, finished {self.finished_at.isoformat(timespec='seconds')}"
        )
        out.append(f"- {self.headline()}")
        out += ["", "## Sources", "", *[f"- {s}" for s in self.sources]]
        out += ["", f"## New articles ({len(self.new_articles)})", ""]
        out += [
            f"- {a.published or ''} {a.title or a.id} {a.publisher and f'({a.publisher})'} {a.url}".replace(
                "  ", " "
            ).strip()
            for a in self.new_articles
        ] or ["none"]
        out += ["", f"## New organisations ({len(self.new_organizations)})", ""]
        out += [f"- {o.name} ({o.type})" for o in self.new_organizations] or ["none"]
        out += ["", f"## New investments ({len(self.new_investments)})", ""]
        if self.new_investments:
            out += ["| investor | recipient | amount | date | articles |", "|---|---|---|---|---|"]
            out += [
                f"| {f.source} | {f.target} | {format_amount(f.amount, f.currency)} | {f.date or ''} | {', '.join(f.articles)} |"
                for f in self.new_investments
            ]
        else:
            out.append("none")
        out += ["", f"## New partnerships ({len(self.new_partnerships)})", ""]
        out += [f"- {f.source} ↔ {f.target} ({', '.join(f.articles)})" for f in self.new_partnerships] or ["none"]
        out += ["", f"## Same story from another outlet ({len(self.duplicates)})", ""]
        out += [f"- {d.article_id} = {d.same_as} (similarity {d.similarity:.2f})" for d in self.duplicates] or ["none"]
        out += ["", f"## Failures ({len(self.failures)})", ""]
        out += [f"- {line}" for line in self.failures] or ["none"]
        return "\n".join(out) + "\n"


def _more(items: list[Any]) -> str:
    return f" … and {len(items) - PRINT_AT_MOST} more (see the report file)" if len(items) > PRINT_AT_MOST else ""


def format_amount(amount: float | None, currency: str | None) -> str:
    """An amount in the report's words (Korean 억/조), or nothing for a fact without one."""
    return "" if amount is None else money_text(amount, currency, "ko")


def summarize(
    report: IngestReport,
    store: GraphStore,
    *,
    run_id: str,
    started_at: datetime,
    finished_at: datetime,
    status: str,
    sources: list[str],
    dry_run: bool = False,
) -> RunSummary:
    """The run's summary, with names and amounts looked up for the ids the run created."""
    node_ids = [i for i in report.created_node_ids if i not in report.restated_ids]
    fact_ids = [i for i in report.created_relationship_ids if i not in report.restated_ids]
    return RunSummary(
        run_id=run_id,
        started_at=started_at,
        finished_at=finished_at,
        status=status,
        dry_run=dry_run,
        store=store.location,
        sources=sources,
        partition=report.partition,
        counts=report.counts(),
        new_articles=[NewArticle(**r) for r in ledger.articles_by_id(store, report.new_article_ids)],
        new_organizations=[NewOrganization(**r) for r in ledger.organizations_by_id(store, node_ids)],
        new_investments=[NewFact(**r) for r in ledger.facts_by_id(store, RelationType.INVESTED_IN, fact_ids)],
        new_partnerships=[NewFact(**r) for r in ledger.facts_by_id(store, RelationType.PARTNERS_WITH, fact_ids)],
        duplicates=report.duplicates,
        failures=report.failures,
        warnings=report.warnings,
    )


def counts_json(report: IngestReport) -> str:
    return json.dumps(report.counts(), sort_keys=True)
