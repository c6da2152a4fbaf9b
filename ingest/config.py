"""The weekly job's sources file (TOML), validated into typed models.

Arrays of tables (``[[feeds]]``, ``[[pages]]``, ``[[folders]]``) let every
source carry its own options; unknown keys are errors, so a typo such as
``ulr = ...`` fails loudly instead of silently dropping a source.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

DEFAULT_USER_AGENT = "aigraph-ingest/0.1 (+https://github.com/aigraph/aigraph; weekly news ingest)"


class ConfigError(ValueError):
    """The sources file cannot be used; the message names the file and the problem."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError(f"expected an http(s) URL, got {value!r}")
    return value


HttpUrlText = Annotated[str, AfterValidator(_http_url)]


class FeedSource(_Strict):
    """An RSS or Atom feed; each entry's link is fetched as an article page."""

    url: HttpUrlText
    name: str = ""
    language: str = "ko"
    max_items: int = Field(default=200, ge=1)

    @property
    def label(self) -> str:
        return f"feed {self.name} ({self.url})" if self.name else f"feed {self.url}"


class PageSource(_Strict):
    """One article URL, fetched on every run (unchanged pages are skipped after fetching)."""

    url: HttpUrlText
    name: str = ""
    language: str = "ko"

    @property
    def label(self) -> str:
        return f"page {self.name} ({self.url})" if self.name else f"page {self.url}"


class FolderSource(_Strict):
    """A local folder (read recursively) or a single file, or ``-`` for stdin."""

    path: str
    name: str = ""
    language: str | None = None

    @property
    def label(self) -> str:
        return f"folder {self.name or self.path}"


class HttpSettings(_Strict):
    """How politely and how patiently pages and feeds are fetched."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = Field(default=20.0, gt=0, description="seconds per request (connect, read)")
    retries: int = Field(default=2, ge=0, description="extra attempts after a timeout, connection error, 429 or 5xx")
    backoff: float = Field(default=1.0, ge=0, description="first retry delay in seconds, doubled each attempt")
    per_host_interval: float = Field(default=1.0, ge=0, description="minimum seconds between requests to one host")
    max_bytes: int = Field(default=5 * 1024 * 1024, gt=0, description="larger responses are refused")
    concurrency: int = Field(default=4, ge=1, description="pages fetched at once (across hosts)")
    max_redirects: int = Field(default=5, ge=0)
    allow_private_hosts: tuple[str, ...] = Field(
        default=(),
        description="hosts (names or IP literals) that links found in feeds and pages may reach even "
        "though they resolve to private addresses: an intranet feed's article server",
    )


class SourcesConfig(_Strict):
    feeds: list[FeedSource] = Field(default_factory=list)
    pages: list[PageSource] = Field(default_factory=list)
    folders: list[FolderSource] = Field(default_factory=list)
    http: HttpSettings = Field(default_factory=HttpSettings)

    @property
    def labels(self) -> list[str]:
        sources: list[FeedSource | PageSource | FolderSource] = [*self.feeds, *self.pages, *self.folders]
        return [s.label for s in sources]

    @classmethod
    def from_paths(cls, paths: list[str]) -> SourcesConfig:
        """``aigraph ingest PATH...``: files, folders and stdin as folder sources."""
        return cls(folders=[FolderSource(path=p) for p in paths])


def load_config(path: str | Path) -> SourcesConfig:
    """Read and validate a sources file; relative folder paths are relative to the file."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read sources file {file}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file} is not valid TOML: {exc}") from exc
    try:
        config = SourcesConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigError(f"{file}: {problems}") from exc
    if not config.labels:
        raise ConfigError(f"{file} lists no sources: add [[feeds]], [[pages]] or [[folders]] tables")
    base = file.resolve().parent
    folders = [
        f
        if f.path == "-" or Path(f.path).expanduser().is_absolute()
        else f.model_copy(update={"path": str(base / f.path)})
        for f in config.folders
    ]
    return config.model_copy(update={"folders": folders})


_SINCE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``7d``, ``12h``, ``2w``, ``30m`` or an ISO date/time, as an aware UTC datetime."""
    now = now or datetime.now(UTC)
    match = _SINCE.match(text)
    if match:
        return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"--since expects e.g. 7d, 12h, 2w or an ISO date like 2024-01-31, got {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
