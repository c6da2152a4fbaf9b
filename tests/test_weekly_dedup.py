"""Same-story detection: SimHash over character shingles and the banded index that finds near copies."""

from __future__ import annotations

import random
import subprocess
import sys

from aigraph.ingest.dedup import MAX_DISTANCE, MIN_CONTAINMENT, NearDuplicateIndex, containment, simhash
from aigraph.ingest.synthetic import synthetic_article
from test_weekly_site import ARTICLES

STORY = "\n".join(ARTICLES[0][2] + ARTICLES[3][2])


def distance(a: str, b: str) -> int:
    """Hamming distance of two hex SimHashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def test_simhash_is_stable_across_processes():
    """Python's own hash() is salted per process; a stored SimHash must not be."""
    code = "from aigraph.ingest.dedup import simhash; import sys; print(simhash(sys.argv[1]))"
    other = subprocess.run(
        [sys.executable, "-c", code, STORY],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    ).stdout.strip()
    assert other == simhash(STORY) and len(other) == 16


def test_republished_copies_are_close_and_contained():
    copies = [
        "[종합] " + STORY + "\n<저작권자 © 테스트경제 무단전재 및 재배포 금지>",
        "새 제목\n" + STORY.replace("밝혔다", "밝혔습니다"),
        STORY + "\n김하나 기자 hana@test.co.kr",
    ]
    for copy in copies:
        assert distance(simhash(STORY), simhash(copy)) <= MAX_DISTANCE
        assert containment(STORY, copy) >= MIN_CONTAINMENT
    assert containment(STORY, STORY) == 1.0 and containment(STORY, "") == 0.0


def test_formulaic_different_stories_may_share_a_simhash_band_but_are_not_contained():
    """Template-generated investment news: SimHash alone would link some pairs; containment rejects them all."""
    texts = [synthetic_article(n)[1] for n in range(1000)]
    hashes = [simhash(t) for t in texts]
    index = NearDuplicateIndex()
    sketch_only = 0
    for n, (text, value) in enumerate(zip(texts, hashes)):
        for candidate in index.candidates(value):
            sketch_only += 1
            assert containment(text, texts[int(candidate.article_id)]) < MIN_CONTAINMENT
        index.add(str(n), value)
    assert sketch_only > 0, "the corpus no longer exercises the confirmation step"


def test_the_index_finds_exactly_the_hashes_within_the_threshold():
    rng = random.Random(7)
    index = NearDuplicateIndex()
    stored = {f"a{n}": rng.getrandbits(64) for n in range(2000)}
    for article_id, value in stored.items():
        index.add(article_id, f"{value:016x}")
    for n in range(300):
        target = f"a{rng.randrange(2000)}"
        flips = rng.randint(0, MAX_DISTANCE + 4)
        probe = stored[target]
        for bit in rng.sample(range(64), flips):
            probe ^= 1 << bit
        probe_hex = f"{probe:016x}"
        brute = sorted((distance(probe_hex, f"{v:016x}"), k) for k, v in stored.items())
        expected = [k for d, k in brute if d <= MAX_DISTANCE]
        assert [m.article_id for m in index.candidates(probe_hex)] == expected, flips


def test_the_index_excludes_and_forgets():
    index = NearDuplicateIndex()
    value = simhash(STORY)
    index.add("a", value)
    assert index.candidates(value, exclude={"a"}) == []
    assert [(m.article_id, m.similarity) for m in index.candidates(value)] == [("a", 1.0)]
    index.add("a", simhash("전혀 다른 이야기입니다. 오늘 날씨는 맑고 바람이 분다."))
    assert index.candidates(value) == [], "re-adding an id replaces its old hash"
    index.remove("a")
    assert len(index) == 0 and "a" not in index
