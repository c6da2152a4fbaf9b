"""End to end: the Extractor through the shared scorer (skips without ../shared)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aigraph.core.vocabulary import RELATION_ENDPOINTS
from aigraph.ingest.contract import Document
from aigraph.ingest.pipeline import EXTRACTOR_VERSION, Extractor

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
SEED = SHARED / "seed" / "000_076521bed56d59cf.txt"
KLUE = SHARED / "eval" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
CORPUS = SHARED / "corpus" / "sci-news-sum-kr-50"

needs_shared = pytest.mark.skipif(not SCORER.exists(), reason=f"shared evaluation data not found at {SHARED}")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _score(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), *args, "--json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


@needs_shared
def test_seed_scores(extractor: Extractor, tmp_path: Path) -> None:
    doc = Document(path=str(SEED), text=SEED.read_text(encoding="utf-8"))
    result = extractor.extract(doc)
    assert result.article.id == "000_076521bed56d59cf" and result.article.path == str(SEED)
    assert result.article.published == "2020-12-08"
    assert result.article.reporter == "이길주" and result.extractor_version == EXTRACTOR_VERSION
    body = doc.text[result.article.body_start : result.article.body_end]
    assert "댓글" not in body and "Copyright" not in body
    pred = tmp_path / "seed.jsonl"
    pred.write_text(result.to_contract_json() + "\n", encoding="utf-8")
    score = _score("relations", "--gold-dir", str(SHARED / "eval" / "gold"), "--pred", str(pred))
    assert score["relations"]["f1"] >= 0.90
    assert score["relations_strict"]["f1"] >= 0.85
    assert score["entities"]["f1"] >= 0.90
    investment = next(r for r in result.relations if r.type.value == "INVESTED_IN" and r.properties.get("amount"))
    assert investment.properties["amount"] == pytest.approx(2e11) and investment.properties["period_years"] == 3


@needs_shared
def test_nothing_comes_from_page_chrome(extractor: Extractor) -> None:
    gold = json.loads((SHARED / "eval" / "gold" / "000_076521bed56d59cf.json").read_text(encoding="utf-8"))
    result = extractor.extract(Document(path=str(SEED), text=SEED.read_text(encoding="utf-8")))
    names = {n for e in result.entities for n in [e.name, *e.aliases]}
    assert not names & set(gold["forbidden_names"])
    for e in result.entities:
        for m in e.mentions:
            assert result.article.body_start <= m.start and m.end <= result.article.body_end


@needs_shared
@pytest.mark.slow
def test_klue_odd_organisation_f1(extractor: Extractor, tmp_path: Path) -> None:
    inp = subprocess.run(
        [sys.executable, str(SCORER), "klue-input", "--tsv", str(KLUE), "--half", "odd"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pred = tmp_path / "klue.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for line in inp.splitlines():
            rec = json.loads(line)
            fh.write(extractor.extract(Document(id=rec["id"], text=rec["text"])).to_contract_json() + "\n")
    score = _score("klue", "--tsv", str(KLUE), "--pred", str(pred))
    assert score["OG"]["f1"] >= 0.60


@needs_shared
def test_corpus_articles_extract_cleanly(extractor: Extractor) -> None:
    files = sorted(CORPUS.glob("*.json"))
    assert len(files) == 50
    for f in files:
        art = json.loads(f.read_text(encoding="utf-8"))
        text = "\n".join(art["sentences"])
        result = extractor.extract(Document(path=str(f), title=art["title"], text=text))
        ids = {e.id: e for e in result.entities}
        for e in result.entities:
            assert all(text[m.start : m.end] for m in e.mentions)
        for r in result.relations:
            source, target = ids[r.source], ids[r.target]
            assert (source.type.label, target.type.label) in RELATION_ENDPOINTS[r.type]
            assert text[r.evidence.start : r.evidence.end] == r.evidence.text
            assert 0 <= r.confidence <= 1


def test_article_id_without_id_or_path(extractor: Extractor) -> None:
    a = extractor.extract(Document(text="삼성전자가 발표했다.")).article.id
    b = extractor.extract(Document(text="삼성전자가 발표했다.")).article.id
    assert a == b and len(a) == 16
