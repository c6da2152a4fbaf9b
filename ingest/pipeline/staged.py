"""What every language's pipeline shares: the named stages in order, run over one ``DocState``,
and the clean stage itself (page chrome and metadata hardly depend on the language: only an English line may open
with a dateline of the city and a dash alone)."""

from __future__ import annotations

from collections.abc import Callable

from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.doc import DocState
from aigraph.ingest.pipeline.lexicon import Lexicon


class StagedPipeline:
    """A language's pipeline: it supplies ``_segment``, ``_recognise``, ``_resolve`` and ``relater``."""

    lexicon: Lexicon  # the shared lexicon: page chrome, dates, bylines
    relater: object

    @property
    def stages(self) -> tuple[tuple[str, Callable[[DocState], object]], ...]:
        """The named stages, in order; each reads and fills the one ``DocState``."""
        return (
            ("clean", self._clean),
            ("segment", self._segment),
            ("recognise", self._recognise),
            ("resolve", self._resolve),
            ("relate", self.relater.relate),  # type: ignore[attr-defined]
        )

    def run(self, state: DocState) -> None:
        for _, stage in self.stages:
            stage(state)

    def _clean(self, state: DocState) -> None:
        state.page = clean_page(state.text, self.lexicon, state.language)
        state.published = state.published or state.page.published

    def _segment(self, state: DocState) -> None:
        raise NotImplementedError

    def _recognise(self, state: DocState) -> None:
        raise NotImplementedError

    def _resolve(self, state: DocState) -> None:
        raise NotImplementedError
