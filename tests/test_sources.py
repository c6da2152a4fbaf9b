"""Reading inputs: each bad file, line or stream is one failure naming it and why; good ones are still read."""

from __future__ import annotations

import io
import sys
import tracemalloc

import pytest

from aigraph.ingest.sources import MAX_ARTICLE_BYTES, Document, PageDocument, SourceFailure, decode_text, iter_documents

KOREAN = "카카오가 판교에 인공지능 연구소를 설립했다. 연구소는 내년부터 초거대 언어모델을 개발한다."


def read(*inputs: str) -> list[Document | SourceFailure]:
    return list(iter_documents(inputs))


def only_failure(items) -> SourceFailure:
    assert len(items) == 1 and isinstance(items[0], SourceFailure), items
    return items[0]


def test_an_empty_file_is_one_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n\n")
    failure = only_failure(read(str(tmp_path / "empty.txt")))
    assert failure.source.endswith("empty.txt") and failure.reason == "empty"


def test_a_binary_file_is_one_failure(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "binary" in only_failure(read(str(tmp_path / "photo.txt"))).reason


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-8", "utf-16"])
def test_korean_legacy_encodings_are_decoded(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(KOREAN.encode(encoding))
    if encoding == "utf-16":  # NUL bytes: reported as binary rather than guessed at
        assert "binary" in only_failure(read(str(path))).reason
        return
    [doc] = read(str(path))
    assert doc.text == KOREAN and doc.encoding == ("utf-8" if encoding == "utf-8" else "cp949")


def test_a_declared_charset_wins_and_cp949_only_syllables_decode():
    text, encoding = decode_text("똠방각하 뷁".encode("cp949"))  # not in EUC-KR's 2,350 syllables
    assert (text, encoding) == ("똠방각하 뷁", "cp949")
    assert decode_text("café".encode("latin-1"), "latin-1") == ("café", "latin-1")


def test_a_50_mb_file_is_too_large_and_never_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        for _ in range(50):
            handle.write(("가" * 349_525 + "\n").encode("utf-8"))
    tracemalloc.start()
    failure = only_failure(read(str(big)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "too large" in failure.reason and "AIGRAPH_MAX_ARTICLE_BYTES" in failure.reason
    assert peak < 5_000_000, f"peak {peak / 1e6:.1f} MB: the file was read"


def test_a_50_mb_json_line_is_skipped_without_holding_it(tmp_path):
    path = tmp_path / "wire.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "a1", "text": "' + "가".encode() * 17_500_000 + b'"}\n')
        handle.write(f'{{"id": "a2", "text": "{KOREAN}"}}\n'.encode())
    tracemalloc.start()
    items = read(str(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (
        isinstance(items[0], SourceFailure)
        and items[0].source.endswith("wire.jsonl:1")
        and "too large" in items[0].reason
    )
    assert isinstance(items[1], Document) and items[1].id == "a2"
    assert peak < 3 * MAX_ARTICLE_BYTES, f"peak {peak / 1e6:.1f} MB"


def test_a_json_line_without_text_names_the_line(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text(
        f'{{"id": "a1", "text": "{KOREAN}"}}\n{{"id": "a2", "title": "제목만"}}\n[1, 2]\n{{broken\n', encoding="utf-8"
    )
    items = read(str(path))
    assert isinstance(items[0], Document) and items[0].text == KOREAN
    assert [(f.source.rsplit("/", 1)[1], f.reason) for f in items[1:]] == [
        ("lines.jsonl:2", "no 'text' field (or it is empty)"),
        ("lines.jsonl:3", "expected a JSON object, got list"),
        ("lines.jsonl:4", "not valid JSON (Expecting property name enclosed in double quotes)"),
    ]


def test_a_folder_with_good_and_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text(KOREAN, encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes(KOREAN.encode("euc-kr"))
    (tmp_path / "page.html").write_text(
        f"<html><head><title>기사</title></head><body><article><p>{KOREAN}</p><p>{KOREAN}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(KOREAN, encoding="utf-8")
    items = read(str(tmp_path))
    docs = [i for i in items if isinstance(i, Document)]
    failures = {f.source.rsplit("/", 1)[1]: f.reason for f in items if isinstance(f, SourceFailure)}
    assert sorted(d.path.rsplit("/", 1)[1] for d in docs) == ["good.txt", "legacy.txt", "page.html"]
    assert all(KOREAN in d.text for d in docs)
    assert isinstance(next(d for d in docs if d.path.endswith("page.html")), PageDocument)
    assert set(failures) == {"empty.md", "image.txt", "notes.pdf", "bad.json"}
    assert failures["empty.md"] == "empty" and "binary" in failures["image.txt"]
    assert "unsupported file type '.pdf'" in failures["notes.pdf"] and "not valid JSON" in failures["bad.json"]
    assert all(str(f).count("\n") == 0 for f in items if isinstance(f, SourceFailure))
    named = read(str(tmp_path / "notes.pdf"))
    assert [(type(f), f.reason) for f in named] == [(SourceFailure, failures["notes.pdf"])], (
        "named or found, the same refusal"
    )


def test_a_missing_path_is_one_failure(tmp_path):
    assert only_failure(read(str(tmp_path / "nope"))).reason == "no such file or directory"


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text_in_cp949(monkeypatch):
    _stdin(monkeypatch, KOREAN.encode("cp949"))
    [doc] = read("-")
    assert doc.text == KOREAN and doc.source == "<stdin>" and doc.path == "-"


def test_stdin_json_lines_are_streamed_one_failure_per_bad_line(monkeypatch):
    _stdin(
        monkeypatch, f'{{"id": "s1", "text": "{KOREAN}"}}\n{{"id": "s2"}}\n\n{{"id": "s3", "text": "둘째"}}\n'.encode()
    )
    items = read("-")
    assert [i.id if isinstance(i, Document) else str(i) for i in items] == [
        "s1",
        "<stdin>:2: no 'text' field (or it is empty)",
        "s3",
    ]


def test_stdin_empty_and_too_large(monkeypatch):
    _stdin(monkeypatch, b"")
    assert only_failure(read("-")).reason == "empty"
    _stdin(monkeypatch, "가".encode() * (MAX_ARTICLE_BYTES // 3 + 10))
    assert "too large" in only_failure(read("-")).reason
