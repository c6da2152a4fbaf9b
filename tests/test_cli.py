"""The `aigraph` CLI end to end, as a user runs it: real subprocesses, a real embedded store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD_DIR, SCORER


def aigraph(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aigraph.ingest.cli", *args], input=stdin, capture_output=True, cwd=cwd, timeout=600
    )


def score(pred: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORER), "relations", "--gold-dir", str(GOLD_DIR), "--pred", str(pred), "--json"],
        capture_output=True,
        check=True,
        text=True,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, request):
    from conftest import SEED

    path = tmp_path_factory.mktemp("seed") / "graph.lbug"
    first = aigraph("ingest", str(SEED), "--store", str(path))
    assert first.returncode == 0, first.stderr.decode()
    return path, first


def test_extract_on_the_seed_meets_the_scorer_thresholds(seed_path, shared_dir, tmp_path):
    result = aigraph("extract", str(seed_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["article"]["path"] == str(seed_path)
    assert record["article"]["published"] == "2020-12-08", "the approval time, not the page's UPDATED stamp"
    pred = tmp_path / "seed.jsonl"
    pred.write_text(result.stdout.decode(), encoding="utf-8")
    scores = score(pred)
    assert scores["relations"]["f1"] >= 0.90, scores
    assert scores["relations_strict"]["f1"] >= 0.85, scores


def test_ingesting_the_seed_twice_leaves_counts_unchanged(seed_store):
    path, first = seed_store
    assert b"1 new" in first.stdout
    before = json.loads(aigraph("stats", "--store", str(path), "--format", "json").stdout)
    assert before["nodes"]["Article"] == 1 and before["relationships"]["INVESTED_IN"] >= 1
    # the shipped sample is the same article: recognised as unchanged
    second = aigraph("ingest", str(Path(__file__).resolve().parents[1] / "data" / "samples"), "--store", str(path))
    assert second.returncode == 0, second.stderr.decode()
    assert b"0 new, 0 updated, 1 unchanged" in second.stdout
    after = json.loads(aigraph("stats", "--store", str(path), "--format", "json").stdout)
    # every ingest records its run; the graph itself is unchanged
    assert after["nodes"].pop("IngestRun") == before["nodes"].pop("IngestRun") + 1
    assert after == before


def test_the_lg_investment_is_stored_with_amount_and_period(seed_store):
    path, _ = seed_store
    out = aigraph(
        "query",
        "MATCH (a:Organization)-[x:INVESTED_IN]->(b:Organization) WHERE x.amount >= $min "
        "RETURN a.name AS investor, b.name AS recipient, x.amount AS amount, x.currency AS currency, "
        "x.period_years AS years, x.sentences AS sentences",
        "--param",
        "min=100000000000",
        "--store",
        str(path),
        "--format",
        "json",
    )
    assert out.returncode == 0, out.stderr.decode()
    rows = json.loads(out.stdout)
    assert rows, "no investment of 100 billion won or more"
    lg = [r for r in rows if r["investor"].upper().startswith("LG")]
    assert lg and lg[0]["amount"] == 200_000_000_000 and lg[0]["currency"] == "KRW" and lg[0]["years"] == 3
    assert any("2000" in s for s in lg[0]["sentences"]), "the evidence sentence is kept"


def test_query_refuses_writes_in_one_line(seed_store):
    path, _ = seed_store
    out = aigraph("query", "MATCH (n) DETACH DELETE n", "--store", str(path))
    assert out.returncode == 2
    assert out.stderr.decode().count("\n") == 1 and "refused" in out.stderr.decode()


def test_bad_inputs_are_reported_one_line_each_and_good_ones_still_processed(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text("네이버가 서울대와 인공지능 공동연구 협약을 맺었다.", encoding="utf-8")
    (folder / "korean-legacy.txt").write_bytes("카카오가 판교에 연구소를 설립했다.".encode("cp949"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "lines.jsonl").write_text(
        '{"id": "a1", "text": "삼성전자가 투자한다."}\n{"id": "a2", "title": "no text"}\n', encoding="utf-8"
    )
    out = aigraph("ingest", str(folder), "--store", str(tmp_path / "g.lbug"))
    assert out.returncode == 1, out.stderr.decode()
    errors = out.stderr.decode().splitlines()
    assert len(errors) == 3, errors
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("lines.jsonl:2" in e and "text" in e for e in errors)
    assert b"3 new" in out.stdout


def test_nothing_processable_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = aigraph("extract", str(empty))
    assert out.returncode == 2 and "empty" in out.stderr.decode()


def test_store_in_a_missing_directory_is_one_line_not_a_traceback(tmp_path):
    out = aigraph("stats", "--store", str(tmp_path / "nope" / "graph.lbug"))
    assert out.returncode == 2
    assert out.stderr.decode().count("\n") == 1 and "does not exist" in out.stderr.decode()
    assert b"Traceback" not in out.stderr


def test_refused_neo4j_connection_is_one_line(tmp_path):
    out = aigraph("stats", "--store", "bolt://127.0.0.1:1")
    assert out.returncode == 2
    assert "cannot reach Neo4j" in out.stderr.decode() and b"Traceback" not in out.stderr


def test_stdin_is_read(tmp_path):
    out = aigraph("extract", "-", stdin="LG전자가 미국 스타트업에 1억 달러를 투자했다.".encode("utf-8"))
    assert out.returncode == 0, out.stderr.decode()
    record = json.loads(out.stdout)
    assert any(e["name"].startswith("LG") for e in record["entities"])


def test_a_reader_closing_the_pipe_ends_extract_quietly(tmp_path):
    """`aigraph extract … | head -1` is how people peek at output: no traceback, SIGPIPE's exit code."""
    articles = tmp_path / "many.jsonl"
    line = {"title": "", "text": "LG전자가 미국 스타트업에 1억 달러를 투자했다. " * 40}
    articles.write_text(
        "".join(json.dumps({**line, "id": f"a{i}"}, ensure_ascii=False) + "\n" for i in range(60)), encoding="utf-8"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "aigraph.ingest.cli", "extract", str(articles), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert json.loads(first)["article"]["id"] == "a0"
    assert proc.wait(timeout=600) == 141, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


def test_entities_duplicates_lists_same_type_pairs_for_review(tmp_path):
    from aigraph.core.vocabulary import EntityType, entity_id
    from aigraph.graph.model import GraphBatch, Node
    from aigraph.graph.stores.ladybug_store import LadybugStore

    def org(name, kind=EntityType.COMPANY):
        return Node(id=entity_id(kind, name), type=kind, name=name)

    path = tmp_path / "g.lbug"
    with LadybugStore(path) as store:
        store.write(
            GraphBatch(
                nodes=[
                    org("한빛소프트"),
                    org("한빛소프트웨어"),
                    org("푸른바이오"),
                    Node(id=entity_id(EntityType.PERSON, "한빛소프트"), type=EntityType.PERSON, name="한빛소프트"),
                ]
            )
        )
    out = aigraph("entities", "--duplicates", "--format", "json", "--store", str(path))
    assert out.returncode == 0, out.stderr.decode()
    pairs = json.loads(out.stdout)
    assert [(p["name"], p["likely_same_as"], p["type"]) for p in pairs] == [("한빛소프트", "한빛소프트웨어", "Company")]
    listed = json.loads(aigraph("entities", "--format", "json", "--store", str(path)).stdout)
    assert {(e["name"], e["type"]) for e in listed} == {
        ("한빛소프트", "Company"),
        ("한빛소프트웨어", "Company"),
        ("푸른바이오", "Company"),
        ("한빛소프트", "Person"),
    }
