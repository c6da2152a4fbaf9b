"""The built wheel works anywhere: installed into a throwaway venv, run from a temporary directory.

The sources are copied out first (building writes ``build/`` and egg-info into
the tree it builds), the wheel is built without network (setuptools comes with
the test extras), and installed with its dependencies into a fresh venv, so a
dependency missing from ``pyproject.toml`` or a data file read from a
repository path fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, SEED

pytestmark = pytest.mark.slow
# Read from pyproject.toml, so these tests hold before and after the packages move under one namespace.
SETUPTOOLS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
CLI_MODULE = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"][
    "aigraph"
].split(":")[0]
_NOT_SHIPPED = shutil.ignore_patterns(
    ".venv",
    ".git",
    "build",
    "*.egg-info",
    "reports",
    "*.lbug*",
    "__pycache__",
    ".pytest_cache",
    "tests",
    "bench",
    "notebooks",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "src"
    shutil.copytree(REPO, source, ignore=_NOT_SHIPPED)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(root / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Deprecat" not in built.stdout + built.stderr, "setuptools deprecation warnings (project.license?)"
    [found] = (root / "dist").glob("aigraph-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The bin folder of a fresh venv holding the wheel and its dependencies (from pip's cache or the index)."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True)
    done = subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return env_dir / "bin"


def _source_dir(package: str) -> Path:
    """Where ``package`` lives in the repository, by setuptools' ``package-dir`` rules."""
    mapping = SETUPTOOLS.get("package-dir", {})
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        if ".".join(parts[:cut]) in mapping:
            return REPO / mapping[".".join(parts[:cut])] / Path(*parts[cut:])
    return REPO / Path(*parts)


def test_every_module_and_data_file_is_shipped(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set()
    for package in SETUPTOOLS["packages"]:
        folder = _source_dir(package)
        expected |= {
            f"{package.replace('.', '/')}/{p.name}"
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith("graph.lbug")
        }
    assert expected <= names, sorted(expected - names)
    packaged = {
        str(p.parent.relative_to(REPO))
        for p in REPO.rglob("__init__.py")
        if ".venv" not in p.parts and p.parts[len(REPO.parts)] not in ("tests", "bench", "build")
    }
    assert packaged <= {str(_source_dir(p).relative_to(REPO)) for p in SETUPTOOLS["packages"]}, (
        "a package missing from pyproject"
    )
    top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top_level == {"aigraph"}, "one import namespace: no generic top-level names"


def test_the_installed_command_extracts_and_ingests_from_any_directory(installed, tmp_path):
    work, data_home = tmp_path / "work", tmp_path / "xdg-data"
    work.mkdir()
    shutil.copy(SEED, work / "article.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("AIGRAPH_STORE", "NEO4J_URI", "PYTHONPATH")}
    env |= {"XDG_DATA_HOME": str(data_home), "HOME": str(tmp_path)}

    def aigraph(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(installed / "aigraph"), *args], cwd=work, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
        return done

    where = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            f"import importlib.util; print(importlib.util.find_spec({CLI_MODULE!r}).origin)",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.startswith(str(installed.parent)), "the code comes from the venv, not the checkout"

    for args in (["article.txt"], ["--sample"]):
        [record] = [json.loads(line) for line in aigraph("extract", *args).stdout.splitlines()]
        amounts = {r["properties"].get("amount") for r in record["relations"] if r["type"] == "INVESTED_IN"}
        assert 2e11 in amounts, record["relations"]

    aigraph("ingest", "article.txt", "--store", "g.lbug")
    stats = json.loads(aigraph("stats", "--store", "g.lbug", "--format", "json").stdout)
    assert stats["relationships"]["INVESTED_IN"] >= 1 and (work / "g.lbug").exists()
    aigraph("ingest", "--sample")
    assert (data_home / "aigraph" / "graph.lbug").exists(), "the default store is in the user data directory"
    assert not list(installed.parent.rglob("*.lbug")), "nothing is written into the venv"
