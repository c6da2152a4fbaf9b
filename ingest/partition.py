"""``--partition K/N``: a deterministic share of the inputs, so N hosts can back-fill one store together.

An article belongs to partition ``hash(article id) mod N``: the id is known
before extraction and is the same on every host and every re-run, so the N
shares never overlap, together cover everything, and a re-run of share K
finds the same articles again.
"""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel, ConfigDict, model_validator

_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class Partition(BaseModel):
    """Share ``index`` (1-based) of ``count``."""

    model_config = ConfigDict(frozen=True)

    index: int
    count: int

    @model_validator(mode="after")
    def _in_range(self) -> Partition:
        if not 1 <= self.index <= self.count:
            raise ValueError(f"--partition {self.index}/{self.count}: K must be between 1 and N")
        return self

    @classmethod
    def parse(cls, text: str) -> Partition:
        match = _SPEC.match(text)
        if not match:
            raise ValueError(f"--partition expects K/N (for example 2/4), got {text!r}")
        return cls(index=int(match[1]), count=int(match[2]))

    def owns(self, article_id: str) -> bool:
        digest = hashlib.sha256(article_id.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
