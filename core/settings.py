"""Every setting aigraph reads from the environment, declared and validated in one place.

A setting given on the command line wins over these (the CLI passes it down);
what is read here is only the fallback.  ``settings()`` reads the environment
each time it is called, so a test or a long-lived process sees a changed
variable without a restart.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Names are the environment variables, case-insensitive (``AIGRAPH_STORE`` → ``aigraph_store``)."""

    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    aigraph_store: str = ""  # store path or Neo4j URI when --store is not given
    neo4j_uri: str = ""  # used when neither --store nor AIGRAPH_STORE is set
    neo4j_user: str = "neo4j"
    neo4j_password: str = ""
    neo4j_database: str | None = None  # else the server's default database
    aigraph_lease_seconds: float = Field(default=60.0, gt=0)  # a Neo4j writer's lease, renewed every quarter
    aigraph_max_article_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    aigraph_spacy_model: str = ""  # an English spaCy pipeline to load instead of the default
    aigraph_shared: Path | None = None  # the shared evaluation data (default: ../shared beside the checkout)
    aigraph_allow_curation: bool = False  # set by `aigraph dashboard --allow-curation`: the Review page may write

    @field_validator("aigraph_allow_curation", mode="before")
    @classmethod
    def _unset_is_false(cls, value: object) -> object:
        """An empty variable (how the CLI says "not allowed") means False, not a parse error."""
        return value or False


def settings() -> Settings:
    """The current settings from the environment; an invalid value raises with the variable's name."""
    return Settings()
