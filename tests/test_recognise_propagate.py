"""recognise stage: a name only the CRF found is spread to the article's other occurrences of it.

The tagger here is a deterministic ``recognise.Tagger`` that tags a name only where it is written before
one given particle, as a CRF does when Kiwi reads the same coined name differently with another particle
("딥비전이" one proper noun, "딥비전은" two common nouns)."""

import re

from kiwipiepy import Kiwi

from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.recognise import Recogniser
from aigraph.ingest.pipeline.segment import Sentence, segment

LEX = load_lexicon()
KIWI = Kiwi()


class NameBeforeParticle:
    """Tags ``name`` as an organisation only where ``particle`` follows it."""

    def __init__(self, name: str, particle: str) -> None:
        self.pattern = re.compile(re.escape(name) + f"(?={particle})")

    def spans(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        return [
            (sentence.start + m.start(), sentence.start + m.end(), "OG") for m in self.pattern.finditer(sentence.text)
        ]

    def known_kind(self, name: str) -> str | None:
        return None


def mentions(text: str, tagger: NameBeforeParticle) -> list[Mention]:
    return Recogniser(LEX, tagger).recognise(segment(clean_page(text, LEX), KIWI))


def test_a_name_the_crf_found_once_is_a_tentative_mention_everywhere_else() -> None:
    text = "딥비전이 새 칩을 내놨다. 딥비전은 올해 매출 100억원을 목표로 한다."
    got = [m for m in mentions(text, NameBeforeParticle("딥비전", "이")) if m.text == "딥비전"]
    assert [text[m.start : m.end] for m in got] == ["딥비전", "딥비전"]
    spread = next(m for m in got if m.start > text.index("."))
    assert (spread.source, spread.tentative) == ("ner", True)


def test_the_spread_name_needs_a_word_start() -> None:
    text = "딥비전이 새 칩을 내놨다. 슈퍼딥비전은 다른 회사다."
    got = [m for m in mentions(text, NameBeforeParticle("딥비전", "이")) if m.text == "딥비전"]
    assert len(got) == 1


def test_a_bare_unit_the_crf_found_is_not_spread() -> None:
    # which body's department it is depends on where it is written
    text = "생명과학부가 세미나를 열었다. 한빛대 김민수 생명과학부 교수가 발표했다."
    got = [m for m in mentions(text, NameBeforeParticle("생명과학부", "가")) if m.text == "생명과학부"]
    assert len(got) == 1


def test_not_spread_within_the_sentence_the_crf_read() -> None:
    text = "딥비전이 만든 칩은 딥비전은 물론 업계 전체의 자랑이다."
    got = [m for m in mentions(text, NameBeforeParticle("딥비전", "이")) if m.text == "딥비전"]
    assert len(got) == 1
