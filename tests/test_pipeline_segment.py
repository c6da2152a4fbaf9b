"""segment stage: sentences and morphemes with offsets into the original text."""

from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.segment import segment

LEX = load_lexicon()
KIWI = Kiwi()


def test_sentences_and_tokens_point_into_the_text() -> None:
    text = "  한빛전자가 연구소를 세웠다. 연구소는 내년에 문을 연다.\n\n두 번째 문단이다."
    sentences = segment(clean_page(text, LEX), KIWI)
    assert [s.text for s in sentences] == [
        "한빛전자가 연구소를 세웠다.",
        "연구소는 내년에 문을 연다.",
        "두 번째 문단이다.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert all(s.start <= t.start < t.end <= s.end for t in s.tokens)
    assert [s.index for s in sentences] == [0, 1, 2]


def test_chrome_is_not_tokenised() -> None:
    text = "연구소를 세웠다. [사진=가나다통신]"
    sentences = segment(clean_page(text, LEX), KIWI)
    forms = {t.form for s in sentences for t in s.tokens}
    assert "가나다통신" not in forms and "사진" not in forms


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(t.form, t.tag) for s in segment(clean_page(text, LEX), KIWI) for t in s.tokens]


def test_a_particle_kiwi_reads_into_an_unknown_name_is_split_off() -> None:
    tokens = _tokens("반도체 설계 기업 파두가 상장했다.")
    assert ("파두", "NNP") in tokens and ("가", "JKS") in tokens
    assert ("에인절스", "NNP") in _tokens("구단 에인절스와 계약했다.")
    for s in segment(clean_page("반도체 설계 기업 파두가 상장했다.", LEX), KIWI):
        assert all(s.text[t.start - s.start : t.end - s.start] == t.form for t in s.tokens if t.form == "파두")


def test_names_ending_like_a_particle_after_a_consonant_stay_whole() -> None:
    assert ("김지은", "NNP") in _tokens("김지은 대표가 말했다.")
