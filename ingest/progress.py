"""Progress for people and for cron: a rich progress bar on a terminal, log lines otherwise.

Log lines go to stdout (one per source and per article, naming both); the
failure lines the CLI prints at the end go to stderr, one per failure, so a
cron mail or a log grep finds them either way.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime
from typing import TextIO

from aigraph.ingest.runner import ArticleEvent


class LineProgress:
    """Timestamped plain lines: what cron mails and log files want."""

    def __init__(self, stream: TextIO | None = None, label: str = "") -> None:
        self.stream = stream or sys.stdout
        self.prefix = f"[{label}] " if label else ""

    def _line(self, text: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        print(f"{stamp} {self.prefix}{text}", file=self.stream, flush=True)

    def source(self, label: str) -> None:
        self._line(f"reading {label}")

    def article(self, event: ArticleEvent) -> None:
        detail = f" ({event.detail})" if event.detail and event.status != "failed" else ""
        self._line(f"{event.status:<9} {event.article_id} from {event.source}{detail}")

    def close(self) -> None:
        """Nothing to tear down for plain lines."""


class RichProgress:
    """A live bar on stderr with running counts; articles are not known in advance, so it counts up."""

    def __init__(self, label: str = "") -> None:
        from rich.console import Console
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._counts: Counter[str] = Counter()
        self._prefix = f"{label}  " if label else ""
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("starting", total=None)
        self._progress.start()

    def source(self, label: str) -> None:
        self._progress.update(self._task, description=f"{self._prefix}{label}  {self._tally()}")

    def article(self, event: ArticleEvent) -> None:
        self._counts[event.status] += 1
        description = f"{self._prefix}{event.source[:60]}  {self._tally()}"
        self._progress.update(self._task, advance=1, description=description)

    def _tally(self) -> str:
        return " ".join(f"{k} {v}" for k, v in sorted(self._counts.items()))

    def close(self) -> None:
        self._progress.stop()


def make_progress(interactive: bool | None = None, label: str = "") -> LineProgress | RichProgress:
    """A bar when stderr is a terminal, plain lines otherwise; ``label`` (e.g. the partition) leads each."""
    if sys.stderr.isatty() if interactive is None else interactive:
        return RichProgress(label)
    return LineProgress(label=label)
