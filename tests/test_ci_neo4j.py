"""``.ci/with-neo4j``: the wrapper CI uses to run the suite on a real Neo4j and always stop it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, SHARED

WRAPPER = REPO / ".ci" / "with-neo4j"
REPORT_ENV = 'echo "uri=${NEO4J_URI:-} user=${NEO4J_USER:-}"; exit "${EXIT:-0}"'


def _run(*args: str, env: dict[str, str] | None = None, tmp: Path) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {"TMPDIR": str(tmp)} | (env or {})
    # A session of its own: a test may signal the wrapper's whole process group, as `timeout` does.
    return subprocess.run(
        [str(WRAPPER), *args], env=full_env, capture_output=True, text=True, timeout=300, start_new_session=True
    )


def test_without_shared_neo4j_the_command_runs_and_says_why_neo4j_tests_skip(tmp_path):
    done = _run(
        "bash", "-c", REPORT_ENV, env={"AIGRAPH_NEO4J_SHARED": str(tmp_path / "absent"), "EXIT": "3"}, tmp=tmp_path
    )
    assert done.returncode == 3, done.stderr  # the command's own exit code passes through
    assert "Neo4j tests will skip" in done.stdout and "uri= " in done.stdout


def test_require_names_the_missing_piece_and_exits_2(tmp_path):
    done = _run("--require", "true", env={"AIGRAPH_NEO4J_SHARED": str(tmp_path / "absent")}, tmp=tmp_path)
    assert done.returncode == 2
    assert "no Neo4j server at" in done.stderr


def test_without_java_the_command_runs_without_neo4j(tmp_path):
    if not (SHARED / "neo4j" / "start").exists():
        pytest.skip(f"no Neo4j server in {SHARED / 'neo4j'}")
    bin_dir = tmp_path / "bin"  # a PATH with bash but no java
    bin_dir.mkdir()
    for tool in ("bash", "env", "dirname", "mktemp", "date"):
        os.symlink(shutil.which(tool), bin_dir / tool)
    done = _run("bash", "-c", REPORT_ENV, env={"PATH": str(bin_dir)}, tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no java on PATH" in done.stdout and "uri= " in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("how, exit_code", [("succeeds", 0), ("fails", 1), ("is terminated", 143)])
def test_the_server_runs_for_the_command_and_is_stopped_after_it_whatever_its_end(tmp_path, how, exit_code):
    if not (SHARED / "neo4j" / "start").exists() or not shutil.which("java"):
        pytest.skip("needs ../shared/neo4j and java")
    # "is terminated": SIGTERM to the whole process group mid-command, as `timeout` sends it.
    command = REPORT_ENV if how != "is terminated" else REPORT_ENV.replace("exit", "kill -TERM 0; sleep 30; exit")
    done = _run("bash", "-c", command, env={"EXIT": str(exit_code)}, tmp=tmp_path)
    assert done.returncode == exit_code, done.stderr
    assert "uri=bolt://127.0.0.1:" in done.stdout and "user=neo4j" in done.stdout
    assert not list(tmp_path.glob("aigraph-neo4j.*")), "the server's folder is deleted"
    left = subprocess.run(["pgrep", "-f", f"CommunityEntryPoint --home-dir={tmp_path}"], capture_output=True, text=True)
    assert left.stdout.strip() == "", "no Neo4j process is left running"
