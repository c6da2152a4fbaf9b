"""The CLI's exit codes, decided in one place for ``extract``, ``ingest`` and the weekly job (cron reads them)."""

from __future__ import annotations

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for any filter whose reader closed the pipe


def exit_code(processed: int, failed: int) -> int:
    """0 all good; 1 some inputs failed; 2 nothing could be processed at all."""
    if failed and not processed:
        return EXIT_NOTHING
    return EXIT_PARTIAL if failed else EXIT_OK
