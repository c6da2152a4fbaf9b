"""The tagger's fast path: features built from cached pieces, and only those the model knows, tag exactly as the
full feature rows do."""

import pycrfsuite
import pytest
from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.gazetteer import Gazetteer
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import GAZETTEER_FILE, Featuriser, model_attributes
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
    vocabulary = model_attributes(_tagger())
    assert {"t=NNP", "t=NNG", "-1:edge"} <= vocabulary
    assert not any(a.startswith(" ") or a.endswith("\n") for a in vocabulary)


def test_only_known_features_tag_with_the_same_labels_and_probabilities() -> None:
    tagger, gazetteer = _tagger(), Gazetteer.load(DEFAULT_DATA_DIR / GAZETTEER_FILE)
    vocabulary = model_attributes(tagger)
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
