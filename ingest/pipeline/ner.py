"""Statistical organisation/person tagger (placeholder until the CRF is trained)."""
from __future__ import annotations

from pathlib import Path

from ingest.pipeline.lexicon import Lexicon


class CrfTagger:
    @classmethod
    def load(cls, path: Path, lexicon: Lexicon) -> "CrfTagger | None":
        return None
