"""The example notebooks execute cleanly against a real store, so they never rot.

Each notebook runs in a fresh kernel of this interpreter (a kernelspec made
here, so no Jupyter set-up is needed) with ``AIGRAPH_STORE`` pointing at a
temporary store: the sample graph of test_api, the seed article ingested
with the real CLI, and the sample graph on Neo4j when NEO4J_URI is set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from test_api import GROUP, ingest_seed, sample_batch

from aigraph.graph.stores.ladybug_store import LadybugStore

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
KERNEL = "aigraph-test"


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernelspec running this interpreter, found through JUPYTER_PATH."""
    spec_dir = tmp_path / "jupyter" / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "aigraph tests",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return KERNEL


@pytest.fixture(params=["sample", "seed", "neo4j"])
def store_path(request, tmp_path) -> tuple[str, str]:
    """A store (file path or Neo4j URI) and the name of an investor the notebooks' output must show."""
    if request.param == "neo4j":
        from conftest import _neo4j_store, _wipe  # skips without NEO4J_URI

        server = _neo4j_store()
        _wipe(server)
        server.write(sample_batch())
        request.addfinalizer(server.close)
        request.addfinalizer(lambda: _wipe(server))
        return server.location, GROUP.name
    path = tmp_path / "graph.lbug"
    if request.param == "sample":
        with LadybugStore(path) as store:
            store.write(sample_batch())
        return str(path), GROUP.name
    ingest_seed(request.getfixturevalue("seed_path"), path)
    return str(path), "LG"


def test_there_are_notebooks_to_test():
    assert {p.name for p in NOTEBOOKS} >= {"explore.ipynb", "cypher_cookbook.ipynb"}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(notebook):
    nb = nbformat.read(notebook, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"{notebook.name}: strip outputs of cells {dirty} before committing"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_against_the_store(notebook, store_path, kernel, monkeypatch):
    path, investor = store_path
    monkeypatch.setenv("AIGRAPH_STORE", path)
    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(
        nb, kernel_name=kernel, timeout=300, resources={"metadata": {"path": str(notebook.parent)}}
    ).execute()
    text = "\n".join(
        str(out.get("text", "")) + json.dumps(out.get("data", {}), ensure_ascii=False)
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )
    assert path in text, "the notebook must read the store named by AIGRAPH_STORE"
    assert investor in text, f"the output never shows the investor {investor!r}"
