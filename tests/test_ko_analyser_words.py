"""Words Kiwi misreads are added to its dictionary (``data/lexicons/analyser_words.tsv``): "소버린" read as a verb made
"KT와 B가 … 소버린 AI 플랫폼 공동 개발을 위한 업무협약을 체결했다" a relative clause that cut both parties off the
agreement; "미스트랄" read as a copula cut the company's name."""

from ko_facts import extractor, facts

from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.segment import korean_analyser


def test_the_words_are_read_as_nouns() -> None:
    kiwi = korean_analyser(load_lexicon().analyser_words)
    assert [(t.form, t.tag) for t in kiwi.tokenize("소버린 AI")][0] == ("소버린", "NNG")
    assert [(t.form, t.tag) for t in kiwi.tokenize("미스트랄은")][0] == ("미스트랄", "NNP")


def test_the_extractor_reads_with_them() -> None:
    assert ("소버린", "NNG") in [(t.form, t.tag) for t in extractor().kiwi.tokenize("소버린 클라우드")]


def test_a_long_purpose_keeps_the_partnership() -> None:
    got = facts("가람텔레콤과 누리칩스가 국내 기업 전용 소버린 AI 플랫폼 공동 개발을 위한 업무협약을 체결했다.")
    assert ("PARTNERS_WITH", "가람텔레콤", "누리칩스") in got or ("PARTNERS_WITH", "누리칩스", "가람텔레콤") in got, got
