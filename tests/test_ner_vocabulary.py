"""The tagger's fast path: features built from cached pieces, and only those the model knows, tag exactly as the
full feature rows do; the model's attribute dictionary is read from the file, closing no descriptor twice."""

import errno
import os

import pycrfsuite
import pytest
from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.gazetteer import Gazetteer
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import GAZETTEER_FILE, CrfTagger, Featuriser, model_attributes
from aigraph.ingest.pipeline.segment import Sentence, Token

LEX = load_lexicon()
MODEL = DEFAULT_DATA_DIR / "ner_crf.model"
# composed sentences: names the model has and has not seen, a title, an unknown coined name, Latin, numbers
TEXTS = (
    "한빛전자는 10일 누리소프트에 300억 원을 투자했다고 밝혔다.",
    "다온랩스 김하나 대표는 서울 강남구 본사에서 기자들과 만나 이렇게 말했다.",
    "미국 코르비드로보틱스(Corvid Robotics)는 토론토에 새 연구소를 열었다.",
    "과학기술정보통신부와 한국전자통신연구원(ETRI)은 양자컴퓨터 공동연구를 위한 협약을 맺었다.",
)

pytestmark = pytest.mark.skipif(not MODEL.exists(), reason="no NER model shipped")


def _sentence(text: str) -> Sentence:
    toks = tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in Kiwi().tokenize(text))
    return Sentence(0, 0, len(text), text, toks)


def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def test_model_attributes_are_the_feature_strings_the_model_weighs() -> None:
    vocabulary = model_attributes(MODEL)
    assert {"t=NNP", "t=NNG", "-1:edge"} <= vocabulary
    assert vocabulary == set(_tagger().info().attributes)  # crfsuite's own dump parser agrees, string for string


def test_a_freshly_trained_model_reads_the_same_as_crfsuites_dump(tmp_path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["w=한빛", "t=NNP"], ["w=는", "t=JX", "우리말"]], ["B-OG", "O"])
    trainer.append([["w=김하나", "t=NNP"], ["w=대표", "t=NNG", "x=1.5"]], ["B-PS", "O"])
    trainer.train(str(tmp_path / "tiny.model"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "tiny.model"))
    assert model_attributes(tmp_path / "tiny.model") == set(tagger.info().attributes)
    assert "우리말" in model_attributes(tmp_path / "tiny.model")


def test_a_file_that_is_not_a_model_is_named_in_the_error(tmp_path) -> None:
    (tmp_path / "broken.model").write_bytes(b"lCRF" + b"\0" * 20)
    with pytest.raises(ValueError, match="broken.model is not a crfsuite model"):
        model_attributes(tmp_path / "broken.model")


def test_loading_the_tagger_closes_no_descriptor_twice(monkeypatch) -> None:
    """A second close of a number another thread has just been given (a fetch's socket) closes that thread's file;
    the weekly job loads the tagger while pages are being fetched."""
    double_closes = []
    real_close = os.close

    def close(fd: int) -> None:
        try:
            real_close(fd)
        except OSError as exc:
            if exc.errno == errno.EBADF:
                double_closes.append(fd)
            raise

    monkeypatch.setattr(os, "close", close)
    tagger = CrfTagger(MODEL, LEX)
    assert tagger.featuriser.vocabulary and not double_closes


def test_only_known_features_tag_with_the_same_labels_and_probabilities() -> None:
    tagger, gazetteer = _tagger(), Gazetteer.load(DEFAULT_DATA_DIR / GAZETTEER_FILE)
    vocabulary = model_attributes(MODEL)
    full, known = Featuriser(LEX, gazetteer), Featuriser(LEX, gazetteer, vocabulary)
    dropped = 0
    for text in TEXTS:
        s = _sentence(text)
        rows, kept = full.sentence_features(s), known.sentence_features(s)
        assert [[f for f in r if f in vocabulary] for r in rows] == [[f for f in r if f in vocabulary] for r in kept]
        dropped += sum(map(len, rows)) - sum(map(len, kept))
        labels = tagger.tag(rows)
        probabilities = [tagger.marginal(label, k) for k, label in enumerate(labels)]
        assert tagger.tag(kept) == labels
        assert [tagger.marginal(label, k) for k, label in enumerate(labels)] == probabilities
    assert dropped > 0  # the fast path did leave strings out


def test_cached_pieces_do_not_leak_between_sentences() -> None:
    """Rows are fresh lists: changing one sentence's rows leaves the next sentence's untouched."""
    feats = Featuriser(LEX)
    s = _sentence(TEXTS[0])
    first = feats.token_features(s.tokens)
    expected = [list(r) for r in first]
    for row in first:
        row.append("x=mutated")
    assert feats.token_features(s.tokens) == expected
