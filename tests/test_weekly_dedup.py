"""Same-story detection: SimHash over character shingles and the banded index that finds near copies."""
from __future__ import annotations

import itertools
import random
import subprocess
import sys

from ingest.dedup import MAX_DISTANCE, NearDuplicateIndex, distance, simhash, similarity
from ingest.synthetic import synthetic_article
from test_weekly_site import ARTICLES

STORY = "\n".join(ARTICLES[0][2] + ARTICLES[3][2])


def test_simhash_is_stable_across_processes():
    """Python's own hash() is salted per process; a stored SimHash must not be."""
    code = "from ingest.dedup import simhash; import sys; print(simhash(sys.argv[1]))"
    other = subprocess.run([sys.executable, "-c", code, STORY], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""}).stdout.strip()
    assert other == simhash(STORY) and len(other) == 16


def test_republished_copies_are_close_and_other_stories_are_far():
    copies = [
        "[종합] " + STORY + "\n<저작권자 © 테스트경제 무단전재 및 재배포 금지>",
        "새 제목\n" + STORY.replace("밝혔다", "밝혔습니다"),
        STORY + "\n김하나 기자 hana@test.co.kr",
    ]
    assert all(distance(simhash(STORY), simhash(c)) <= MAX_DISTANCE for c in copies)
    others = [synthetic_article(n)[1] for n in range(150)] + ["\n".join(a[2]) for a in ARTICLES]
    hashes = [simhash(t) for t in others]
    assert min(distance(a, b) for a, b in itertools.combinations(hashes, 2)) > MAX_DISTANCE
    assert similarity(simhash(STORY), simhash(STORY)) == 1.0


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
        brute = min(((distance(probe_hex, f"{v:016x}"), k) for k, v in stored.items()))
        match = index.nearest(probe_hex)
        if brute[0] <= MAX_DISTANCE:
            assert match is not None and match.article_id == brute[1], (flips, brute, match)
        else:
            assert match is None


def test_the_index_excludes_and_forgets():
    index = NearDuplicateIndex()
    value = simhash(STORY)
    index.add("a", value)
    assert index.nearest(value, exclude={"a"}) is None
    assert index.nearest(value).article_id == "a"
    index.add("a", simhash("전혀 다른 이야기입니다. 오늘 날씨는 맑고 바람이 분다."))
    assert index.nearest(value) is None, "re-adding an id replaces its old hash"
    index.remove("a")
    assert len(index) == 0 and "a" not in index
