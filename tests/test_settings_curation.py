"""``AIGRAPH_ALLOW_CURATION`` is read with the other settings: the CLI's "1"/"0", and an empty or unset
variable means the dashboard may not write; a nonsense value is refused with the variable's name."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from aigraph.core.settings import settings


@pytest.mark.parametrize(("value", "allowed"), [("1", True), ("0", False), ("", False), (None, False)])
def test_allow_curation(monkeypatch, value, allowed):
    if value is None:
        monkeypatch.delenv("AIGRAPH_ALLOW_CURATION", raising=False)
    else:
        monkeypatch.setenv("AIGRAPH_ALLOW_CURATION", value)
    assert settings().aigraph_allow_curation is allowed


def test_a_nonsense_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("AIGRAPH_ALLOW_CURATION", "maybe")
    with pytest.raises(ValidationError, match="aigraph_allow_curation"):
        settings()
