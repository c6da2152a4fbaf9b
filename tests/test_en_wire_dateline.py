"""A wire story opens "Tokyo, April 10 (Jiji Press)--Velmora Corp. will …": the dateline's closing parenthesis and
dash are glued to the story's first word, which the tokeniser read as one token, so "Press)--Velmora Corp."
became an organisation's name and took the story's facts."""

import pytest
from en_facts import en_facts, extractor

from aigraph.ingest.contract import Document


@pytest.mark.parametrize("dash", ["--", "—", "–"])
def test_the_dateline_is_no_part_of_a_name(dash: str) -> None:
    text = (
        f"Tokyo, April 10 (Jiji Press){dash}Velmora Corp. will invest 2.9 billion dollars in Japan over the next "
        "two years, Vice Chair and President Jane Morrow said Tuesday."
    )
    names = {e.name for e in extractor().extract(Document(id="t", text=text)).entities}
    assert not any(")" in n or "Press" in n for n in names), names
    assert not any(")" in k[1] or ")" in k[2] for k in en_facts(text)), en_facts(text)
