"""``Lexicon.suffix_of``: the longest organisation suffix a word ends with, file order among equals."""

from aigraph.ingest.pipeline.lexicon import load_lexicon


def test_suffix_of_is_the_longest_suffix_the_word_ends_with():
    lexicon = load_lexicon()
    texts = [s.text for s in lexicon.suffixes]
    for word in [*texts, *("한빛" + t for t in texts), "삼성전자", "한빛", "", "Hanbit"]:
        ending = [s for s in lexicon.suffixes if word.endswith(s.text)]
        longest = max((len(s.text) for s in ending), default=None)
        expected = next((s for s in ending if len(s.text) == longest), None)
        assert lexicon.suffix_of(word) == expected, word
    assert lexicon.suffix_of("한빛연구원") is not None and lexicon.suffix_of("한빛연구원").text.endswith("연구원")
