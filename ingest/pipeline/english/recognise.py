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

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.english.lexicon import EnglishLexicon
from aigraph.ingest.pipeline.recognise import Mention
from aigraph.ingest.pipeline.segment import Sentence

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
    head: str = ""  # registry canonical name a compound is built on ("Samsung" in "Samsung AI Center")


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
        candidates = self._extend_registry(doc, candidates)
        for c in candidates:  # registry first, then longer statistical spans
            span = set(range(c.start, c.end))
            if span & taken:
                continue
            chosen.append(c)
            taken |= span
        chosen += self._repeated(doc, chosen, taken)
        index = {}
        for s in sentences:
            index.update({i: s.index for i in range(s.start, s.end)})
        mentions = []
        for c in sorted(chosen, key=lambda c: c.start):
            start, end = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])
            text = doc.text[start:end]
            etype = c.type if c.type is not EntityType.ORGANIZATION else self.lex.org_type(text)
            mentions.append(Mention(start, end, text, etype, c.source, index.get(start, 0), canonical=c.canonical, head=c.head))
        return mentions

    def _extend_registry(self, doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """An organisation name that starts with a registry name and goes on is its own name
        ("Samsung Catalyst Fund", "Naver Cloud"): it takes precedence over the registry prefix."""
        registry = [c for c in candidates if c.source == "registry"]
        compounds = [c for c in candidates if c.source == "compound"]
        candidates = [c for c in candidates if c.source != "compound"]
        longer = [
            c for c in candidates
            if c.source != "registry" and c.type is not EntityType.PERSON
            and any(r.start == c.start and r.end < c.end and not self._titles_only(doc, r.end, c.end) for r in registry)
        ]
        return compounds + longer + [c for c in candidates if c not in longer]

    @staticmethod
    def _repeated(doc, chosen: list[_Candidate], taken: set[int]) -> list[_Candidate]:
        """A name recognised once is a name wherever else the article writes it ("Tenstorrent CEO …")."""
        found = []
        names = {doc[c.start : c.end].text: c for c in chosen if c.type is not EntityType.PERSON and c.source != "registry"}
        for name, first in names.items():
            for m in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&])", doc.text):
                span = doc.char_span(m.start(), m.end())
                if span is None or set(range(span.start, span.end)) & taken:
                    continue
                found.append(_Candidate(span.start, span.end, first.type, "repeat"))
                taken |= set(range(span.start, span.end))
        return found

    def _titles_only(self, doc, start: int, end: int) -> bool:
        return all(self.lex.is_title_word(t.text) or t.is_punct for t in doc[start:end])

    def _registry(self, doc) -> list[_Candidate]:
        """Registry names; with a corporate suffix ("SK hynix Inc.") still the entry; followed by more
        capitalised name words ("Naver Cloud") a sub-organisation named after it."""
        found = []
        for m in self.lex.registry_pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            entry = self.lex.registry_by_name[m.group(0)]
            end = span.end
            while end < len(doc) and self.lex.is_corporate_suffix(doc[end].text) and doc[end].text[0].isupper():
                end += 1
            more = end
            while more < len(doc):
                tok = doc[more]
                if tok.text in "-–" and not doc[more - 1].whitespace_ and more + 1 < len(doc) and doc[more + 1].text[:1].isupper():
                    more += 2  # "Samsung AI Center-Cambridge"
                    continue
                if tok.tag_ not in ("NNP", "NNPS", "NN", "NNS") or not tok.text[0].isupper() or (
                    self.lex.is_title_word(tok.text) or self.lex.is_outlet(tok.text) or tok.ent_type_ in ("GPE", "DATE")
                ):
                    break
                more += 1
            while more > end and not self.lex.is_name(doc[more - 1].text) and self.lex.org_type(doc[more - 1].text) is EntityType.COMPANY:
                more -= 1  # "Naver AI" is not a name; "Samsung Catalyst Fund" is
            if more > end:
                found.append(_Candidate(span.start, more, EntityType.ORGANIZATION, "compound", head=entry.name))
            found.append(_Candidate(span.start, end, entry.type, "registry", entry.name))
        return found

    def _statistical(self, doc) -> list[_Candidate]:
        found = []
        for ent in sorted(doc.ents, key=lambda e: e.start - e.end):
            etype = _ENT_LABELS.get(ent.label_)
            if etype is None:
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in _LEADING or self.lex.is_title_head(doc[start].text)):
                start += 1
            while end > start and (_TRAILING.fullmatch(doc[end - 1].text) or doc[end - 1].tag_ in ("IN", "CC", "DT")):
                end -= 1
            if start >= end:
                continue
            if etype is EntityType.ORGANIZATION:  # "Global" in "Global Telco AI Alliance" is often left out
                while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, end) and not self.lex.is_title_head(doc[start - 1].text):
                    start -= 1
            text = doc[start:end].text
            if not self.lex.is_name(text) or not any(ch.isupper() for ch in text) or any(t.text in (",", "’s", "'s") for t in doc[start:end]):
                continue
            last = doc[end - 1].text
            if etype is EntityType.PERSON and (
                self.lex.org_type(text) is not EntityType.COMPANY or self.lex.is_corporate_suffix(last) or (last.isupper() and len(last) > 1)
            ):
                etype = EntityType.ORGANIZATION  # "Habana Labs", "Acme Capital" tagged as people
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
                if self.lex.is_name(text):
                    found.append(_Candidate(start, end, EntityType.ORGANIZATION, "classifier"))
        return found
