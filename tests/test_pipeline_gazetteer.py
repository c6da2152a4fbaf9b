"""The CRF's name dictionary: longest runs over morphemes, fold hiding while training, the shipped file."""

from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.gazetteer import Gazetteer, known_org_names
from aigraph.ingest.pipeline.lexicon import DEFAULT_DATA_DIR, load_lexicon
from aigraph.ingest.pipeline.ner import GAZETTEER_FILE, CrfTagger, Featuriser
from aigraph.ingest.pipeline.segment import Sentence, Token

KIWI = Kiwi()


def _sentence(text: str, offset: int = 0) -> Sentence:
    """A sentence whose offsets start at ``offset`` of a document, as in the pipeline."""
    toks = tuple(Token(t.form, t.tag, offset + t.start, offset + t.start + t.len) for t in KIWI.tokenize(text))
    return Sentence(0, offset, offset + len(text), text, toks)


def _marked(gaz: Gazetteer, s: Sentence, fold: int | None = None) -> dict[str, str]:
    """Each dictionary run as text -> kind."""
    out, start = {}, None
    positions = gaz.positions(s.text, s.start, s.tokens, fold)
    for k, (tok, pos) in enumerate(zip(s.tokens, positions)):
        if pos.startswith("B-"):
            start = tok.start
        if pos != "O" and (k + 1 == len(positions) or not positions[k + 1].startswith("I-")):
            out[s.text[start - s.start : tok.end - s.start]] = pos[2:]
    return out


def test_longest_run_of_morphemes_wins_and_spaces_do_not_matter() -> None:
    gaz = Gazetteer({"한빛": "OG", "한빛중공업": "OG", "윤서하": "PS", "마르티나": "LC"})
    s = _sentence("한빛 중공업은 윤서하 대표를 선임했다.", offset=40)
    assert _marked(gaz, s) == {"한빛 중공업": "OG", "윤서하": "PS"}


def test_unknown_text_is_outside_every_name() -> None:
    gaz = Gazetteer({"한빛중공업": "OG"})
    s = _sentence("오늘은 비가 많이 왔다.")
    assert set(gaz.positions(s.text, s.start, s.tokens)) == {"O"}


def test_training_fold_hides_names_only_its_own_sentences_gave() -> None:
    gaz = Gazetteer(
        {"한빛중공업": "OG", "윤서하": "PS"},
        {"한빛중공업": frozenset({2}), "윤서하": frozenset({2, 3})},
    )
    s = _sentence("한빛중공업은 윤서하 대표를 선임했다.")
    assert _marked(gaz, s, fold=2) == {"윤서하": "PS"}  # seen in fold 3 as well
    assert _marked(gaz, s, fold=1) == {"한빛중공업": "OG", "윤서하": "PS"}
    assert _marked(gaz, s) == {"한빛중공업": "OG", "윤서하": "PS"}  # at run time every name counts


def test_written_file_loads_back_without_comments(tmp_path) -> None:
    path = tmp_path / "names.tsv"
    Gazetteer({"한빛 중공업": "OG", "윤서하": "PS"}).write(path, header="test names\nsecond line")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# test names\n# second line\n")
    loaded = Gazetteer.load(path)
    assert loaded is not None and loaded.kinds == {"한빛중공업": "OG", "윤서하": "PS"}
    assert Gazetteer.load(tmp_path / "absent.tsv") is None


def test_features_carry_the_dictionary_position() -> None:
    lex = load_lexicon()
    s = _sentence("한빛중공업은 발표했다.")
    rows = Featuriser(lex, Gazetteer({"한빛중공업": "OG"})).sentence_features(s)
    first = next(k for k, t in enumerate(s.tokens) if t.start == 0)
    assert "gz=B-OG" in rows[first]
    assert all("gz=O" in row for row in Featuriser(lex).sentence_features(s))


def test_shipped_dictionary_sits_beside_the_model() -> None:
    model = DEFAULT_DATA_DIR / "ner_crf.model"
    tagger = CrfTagger.load(model, load_lexicon())
    assert tagger is not None and (DEFAULT_DATA_DIR / GAZETTEER_FILE).exists()
    assert tagger.featuriser.gazetteer is not None
    assert tagger.known_kind("과학기술정보통신부") == "OG"  # registry names are in it


def test_known_organisation_lexicon_gives_names_and_their_short_forms(tmp_path) -> None:
    path = tmp_path / "known.tsv"
    path.write_text("# comment\n한빛전력공사\tpublic\t한빛전|HBP\n\n누리방송\tmedia\n", encoding="utf-8")
    assert known_org_names(path) == ["한빛전력공사", "한빛전", "HBP", "누리방송"]


def test_shipped_dictionary_knows_short_forms_of_public_bodies_and_media() -> None:
    names = known_org_names(DEFAULT_DATA_DIR / "lexicons" / "known_orgs.tsv")
    assert {"한전", "금감원", "연합뉴스", "토트넘"} <= set(names)
    shipped = Gazetteer.load(DEFAULT_DATA_DIR / GAZETTEER_FILE)
    assert shipped is not None
    assert {shipped.kinds.get(n) for n in ("한전", "금감원", "연합뉴스")} == {"OG"}
