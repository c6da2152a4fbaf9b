"""``aigraph curate …`` end to end on a real LadybugDB file (and the same commands against Neo4j when
NEO4J_URI is set): decisions by fact id and by entity name, the list, history, rejected facts, the
queue, export/import between stores, and one-line errors."""

from __future__ import annotations

import json

from aigraph.ingest.cli import main
from test_curation import AGAIN, BY_OTHER_NAME, FIRST, OTHER
from test_curation_crash import spec  # noqa: F401  (fixture: a store location on each backend)


def write_articles(folder, *docs) -> list[str]:
    paths = []
    for doc in docs:
        path = folder / f"{doc.id}.json"
        path.write_text(
            json.dumps({"id": doc.id, "title": doc.title, "text": doc.text}, ensure_ascii=False), encoding="utf-8"
        )
        paths.append(str(path))
    return paths


def aigraph(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_curate_commands(spec, tmp_path, capsys):  # noqa: F811
    articles = write_articles(tmp_path, FIRST, OTHER, BY_OTHER_NAME)
    assert aigraph(capsys, "ingest", *articles, "--store", spec)[0] == 0
    code, out, _ = aigraph(
        capsys,
        "query",
        "MATCH (a)-[r:INVESTED_IN]->(b) WHERE b.name = '누리대학교' RETURN r.id",
        "--store",
        spec,
        "--format",
        "json",
    )
    fact = json.loads(out)[0]["r.id"]

    code, out, err = aigraph(
        capsys, "curate", "reject", fact, "--reason", "[bold]withdrawn[/bold] <b>", "--by", "kim", "--store", spec
    )
    assert code == 0 and out.startswith("dec:") and " reject " in out, err
    assert (
        aigraph(
            capsys, "curate", "merge", "한빛일렉트로닉스", "--into", "한빛전자", "--reason", "same", "--store", spec
        )[0]
        == 0
    )
    code, out, _ = aigraph(capsys, "curate", "list", "--store", spec, "--format", "json")
    listed = json.loads(out)
    assert [(d["kind"], d["by"]) for d in listed][1] == ("reject", "kim") and listed[0]["kind"] == "merge"
    code, out, _ = aigraph(capsys, "curate", "list", "--store", spec)
    assert "[bold]withdrawn[/bold] <b>" in out, "reasons print as written, not as terminal markup"
    code, out, _ = aigraph(capsys, "curate", "history", "한빛전자", "--store", spec, "--format", "csv")
    assert out.splitlines()[0].startswith("id,kind") and len(out.splitlines()) == 3, (
        out
    )  # the merge and its fact's reject

    more = write_articles(tmp_path, AGAIN)
    assert aigraph(capsys, "ingest", *more, "--store", spec)[0] == 0
    code, out, _ = aigraph(capsys, "curate", "rejected", "--store", spec, "--format", "json")
    [held] = json.loads(out)
    assert held["id"] == fact and held["new_reports"] == 1 and len(held["sentences"]) == 2
    code, out, _ = aigraph(capsys, "curate", "queue", "--store", spec, "--format", "json")
    assert json.loads(out)[0]["why"] == "rejected, 1 new reports"

    exported = tmp_path / "decisions.jsonl"
    assert aigraph(capsys, "curate", "export", str(exported), "--store", spec)[1].startswith("exported 2 decisions")
    fresh = str(tmp_path / "fresh.lbug")
    assert aigraph(capsys, "ingest", *articles, *more, "--store", fresh)[0] == 0
    assert (
        aigraph(capsys, "curate", "import", str(exported), "--store", fresh)[1].strip()
        == "imported 2 decisions (0 already present)"
    )
    assert (
        aigraph(capsys, "curate", "import", str(exported), "--store", fresh)[1].strip()
        == "imported 0 decisions (2 already present)"
    )
    same = "MATCH (a)-[r:INVESTED_IN]->(b) RETURN r.id, a.name, b.name ORDER BY r.id"
    assert aigraph(capsys, "query", same, "--store", fresh)[1] == aigraph(capsys, "query", same, "--store", spec)[1]

    code, out, err = aigraph(capsys, "curate", "undo", listed[1]["id"], "--store", spec)
    assert code == 0
    assert aigraph(capsys, "curate", "rejected", "--store", spec, "--format", "json")[1].strip() == "[]"

    for args, message in (
        (("reject", "rel:missing", "--reason", "x"), "no fact has id 'rel:missing'"),
        (("merge", "없는회사", "--into", "한빛전자"), "no organisation, person or technology is called"),
        (("set", fact, "amount"), "expected KEY=VALUE"),
        (("undo", listed[1]["id"]), "already undone"),
    ):
        code, out, err = aigraph(capsys, "curate", *args, "--store", spec)
        assert code == 2 and err.count("\n") == 1 and message in err, err
    code, out, err = aigraph(capsys, "curate", "confirm", fact, "--store", str(tmp_path / "typo.lbug"))
    assert code == 2 and "no graph at" in err and not (tmp_path / "typo.lbug").exists()
