"""The CRF tagger: label decoding, features, and the shipped model."""

import pytest
from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import CrfTagger, Featuriser, spans_from_labels
from aigraph.ingest.pipeline.segment import Sentence, Token

LEX = load_lexicon()
MODEL = DEFAULT_DATA_DIR / "ner_crf.model"


def _sentence(text: str) -> Sentence:
    toks = tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in Kiwi().tokenize(text))
    return Sentence(0, 0, len(text), text, toks)


def test_spans_from_bio_labels() -> None:
    toks = tuple(Token(f, "NNP", i * 2, i * 2 + 1) for i, f in enumerate("abcde"))
    labels = ["B-OG", "I-OG", "O", "I-PS", "B-PS"]
    assert spans_from_labels(toks, labels) == [(0, 3, "OG"), (6, 7, "PS"), (8, 9, "PS")]


def test_features_one_row_per_morpheme() -> None:
    s = _sentence("한빛전자가 발표했다")
    rows = Featuriser(LEX).token_features(s.tokens)
    assert len(rows) == len(s.tokens)
    assert "w=" + s.tokens[0].form in rows[0]
    assert "-1:edge" in rows[0] and "1:edge" in rows[-1]


def test_missing_model_means_no_tagger(tmp_path) -> None:
    assert CrfTagger.load(tmp_path / "absent.model", LEX) is None


@pytest.mark.skipif(not MODEL.exists(), reason="data/ner_crf.model not trained (ingest/pipeline/train_ner.py)")
def test_shipped_model_tags_organisations_and_people() -> None:
    tagger = CrfTagger.load(MODEL, LEX)  # with the name dictionary it was trained with
    assert tagger is not None
    s = _sentence("검찰은 김철수 씨를 불구속 입건했다고 경찰이 밝혔다.")
    found = {(s.text[a:b], tag) for a, b, tag in tagger.spans(s)}
    assert ("검찰", "OG") in found and ("경찰", "OG") in found


def test_features_mark_word_position_shape_and_a_title_two_morphemes_on() -> None:
    s = _sentence("박민수 한빛전자 대표가 말했다")
    rows = Featuriser(LEX).token_features(s.tokens)
    forms = [t.form for t in s.tokens]
    name = rows[forms.index("박민수")]
    assert "shape=H" in name and "wpos=S" in name
    assert "2:title=1" in name  # "대표" two morphemes after the name
    particle = rows[forms.index("가")]
    assert "wpos=E" in particle  # the particle ends the written word "대표가"
    assert "shape=L" in Featuriser(LEX).token_features(_sentence("LG가 샀다").tokens)[0]


def test_written_word_features_see_the_whole_word_without_its_particles() -> None:
    s = _sentence("한빛중공업기술연구소는 윤서하 대표를 선임했다")
    rows = Featuriser(LEX).token_features(s.tokens)
    first, last = 0, max(k for k, t in enumerate(s.tokens) if t.end <= len("한빛중공업기술연구소는"))
    for k in (first, last):  # every morpheme of the written word shares its word's features
        assert "wc=한빛중공업기술연구소" in rows[k]
        assert "wcs3=연구소" in rows[k] and "wc2=한빛" in rows[k]
        assert "wend=JX" in rows[k]  # the word ends in the topic particle
        assert "pw=<s>" in rows[k] and "nw=윤서하" in rows[k]
    name = rows[next(k for k, t in enumerate(s.tokens) if t.form == "윤서하")]
    assert "pw=한빛중공업기술연구소" in name and "nw=대표" in name and "nwend=JKO" in name


def test_a_word_of_punctuation_alone_keeps_its_form() -> None:
    s = _sentence("발표 , 그리고")
    rows = Featuriser(LEX).token_features(s.tokens)
    comma = next(k for k, t in enumerate(s.tokens) if t.form == ",")
    assert "wc=," in rows[comma] and "wend=-" in rows[comma]
