"""Files that ship with aigraph, found the same way in a checkout and in an installed wheel.

The lexicons, the alias registry, the CRF model, the FX table and the sample
article live in the repository's ``data/`` folder, which is installed as the
package ``aigraph.data`` (``pyproject.toml`` maps it).  Code never computes
repository paths (``Path(__file__).parents[N]``): those break in a wheel,
under pipx or in a container.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DATA_PACKAGE = "aigraph.data"


def data_dir() -> Path:
    """The folder of shipped data files (a real directory: pycrfsuite opens the model by file name)."""
    root = files(DATA_PACKAGE)
    if not isinstance(root, Path):
        raise RuntimeError(
            f"{DATA_PACKAGE} is not on the file system ({root!r}): install aigraph unpacked, e.g. with pip"
        )
    return root


def sample_articles() -> list[Path]:
    """The shipped sample article(s), for a first run: ``aigraph ingest --sample``."""
    return sorted((data_dir() / "samples").glob("*.txt"))
