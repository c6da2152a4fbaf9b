"""English stage 3, recognise: organisation and person mentions in parsed sentences.

Three sources, most specific first: the alias registry's Latin-script names (so
"Samsung Electronics" is the same entry as 삼성전자), spaCy's ORG / PERSON entities
(cleaned of leading titles, articles and possessives), and proper-noun names right
after an organisation classifier ("startup Tenstorrent", "chipmaker Rapidus") that the
statistical tagger missed.  News outlets and wire services (``en_outlets.txt``) are
credits, never entities.  An organisation's type comes from the registry, else from
its last word ("… University", "Ministry of …", "… Capital", "… Alliance").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import EntityType
from ingest.pipeline.english.lexicon import EnglishLexicon
from ingest.pipeline.recognise import Mention
from ingest.pipeline.segment import Sentence

_ENT_LABELS = {"ORG": EntityType.ORGANIZATION, "PERSON": EntityType.PERSON}
_LEADING = {"the", "a", "an", "its", "their", "his", "her", "our", "former", "then"}
_TRAILING = re.compile(r"(?:['’]s?|[,.;:!?\"“”)(\-–—|]|\s)+$")


@dataclass(frozen=True)
class _Candidate:
    start: int  # token index in the doc
    end: int
    type: EntityType
    source: str
    canonical: str = ""


class EnglishRecogniser:
    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon

    def recognise(self, sentences: list[Sentence], parsed) -> list[Mention]:
        """Mentions of every sentence, non-overlapping, in text order."""
        doc = parsed
        candidates: list[_Candidate] = []
        candidates += self._registry(doc)
        candidates += self._statistical(doc)
        candidates += self._classified(doc)
        chosen: list[_Candidate] = []
        taken: set[int] = set()
        for c in candidates:  # registry first, then longer statistical spans
            span = set(range(c.start, c.end))
            if span & taken:
                continue
            chosen.append(c)
            taken |= span
        index = {}
        for s in sentences:
            index.update({i: s.index for i in range(s.start, s.end)})
        mentions = []
        for c in sorted(chosen, key=lambda c: c.start):
            start, end = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])
            text = doc.text[start:end]
            etype = c.type if c.type is not EntityType.ORGANIZATION else self.lex.org_type(text)
            mentions.append(Mention(start, end, text, etype, c.source, index.get(start, 0), canonical=c.canonical))
        return mentions

    def _registry(self, doc) -> list[_Candidate]:
        found = []
        for m in self.lex.registry_pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            entry = self.lex.registry_by_name[m.group(0)]
            found.append(_Candidate(span.start, span.end, entry.type, "registry", entry.name))
        return found

    def _statistical(self, doc) -> list[_Candidate]:
        found = []
        for ent in sorted(doc.ents, key=lambda e: e.start - e.end):
            etype = _ENT_LABELS.get(ent.label_)
            if etype is None:
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in _LEADING or self.lex.is_title_word(doc[start].text)):
                start += 1
            while end > start and _TRAILING.fullmatch(doc[end - 1].text):
                end -= 1
            if start >= end:
                continue
            text = doc[start:end].text
            if self.lex.is_outlet(text) or not any(ch.isupper() for ch in text):
                continue
            found.append(_Candidate(start, end, etype, "ner"))
        return found

    def _classified(self, doc) -> list[_Candidate]:
        """"startup Tenstorrent", "the chipmaker Rapidus Corp.": a classifier noun then a capitalised name."""
        found = []
        for tok in doc:
            if tok.lower_ not in self.lex.classifiers:
                continue
            start = end = tok.i + 1
            while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and not self.lex.is_title_word(doc[end].text):
                end += 1
            if end > start:
                while end < len(doc) and self.lex.is_corporate_suffix(doc[end].text):
                    end += 1
                text = doc[start:end].text
                if not self.lex.is_outlet(text):
                    found.append(_Candidate(start, end, EntityType.ORGANIZATION, "classifier"))
        return found
