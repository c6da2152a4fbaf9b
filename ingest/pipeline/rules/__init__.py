"""Registry of relation rules: small named rule sets keyed by relation type and language.

A rule is a function registered with ``@relation_rule``; adding a rule for one
family (a new module under ``rules/`` imported by the language's relate stage)
needs no edit anywhere else.  The registry knows nothing of any language: each
language's relate stage asks ``rules_for(language)`` and calls every rule with
its own context object (Korean: ``rules.ko_clause.Clause``).

    @relation_rule(RelationType.INVESTED_IN, language="ko")            # fired by the lexicon's INVESTED_IN triggers
    def invested_into_recipient(c: Clause) -> list[Relation]: ...

    @relation_rule(RelationType.INVESTED_IN, language="ko", trigger=r"투자를?\\s*유치")  # its own trigger
    def funding_round(c: Clause) -> list[Relation]: ...

    @relation_rule(RelationType.WORKS_FOR, language="ko", per_sentence=True)  # once per sentence, no trigger
    def titled_people(c: Clause) -> list[Relation]: ...

``phase`` orders whole-document passes: phase 0 rules (establishments) run over
every sentence before phase 1 rules, which may refer back to what phase 0 found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aigraph.core.vocabulary import RelationType

RuleFn = Callable[[Any], list]


@dataclass(frozen=True)
class RelationRule:
    """One registered rule: what it produces, for which language, and when it fires."""

    name: str
    relation: RelationType
    language: str
    fn: RuleFn
    trigger: re.Pattern[str] | None = None  # None: the language's trigger lexicon for ``relation``
    per_sentence: bool = False  # called once per sentence instead of per trigger match
    phase: int = 1
    confidence: float = 0.8  # base confidence when the rule has its own trigger


_RULES: list[RelationRule] = []


def relation_rule(
    relation: RelationType,
    *,
    language: str,
    trigger: str | None = None,
    per_sentence: bool = False,
    phase: int = 1,
    confidence: float = 0.8,
    name: str | None = None,
) -> Callable[[RuleFn], RuleFn]:
    """Register the decorated function as a rule for ``relation`` in ``language``."""

    def register(fn: RuleFn) -> RuleFn:
        rule_name = name or f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
        if any(r.name == rule_name for r in _RULES):
            raise ValueError(f"relation rule {rule_name!r} is registered twice; give it another name")
        _RULES.append(
            RelationRule(
                rule_name,
                relation,
                language,
                fn,
                re.compile(trigger) if trigger else None,
                per_sentence,
                phase,
                confidence,
            )
        )
        return fn

    return register


def rules_for(language: str, *, phase: int | None = None, relation: RelationType | None = None) -> list[RelationRule]:
    """The registered rules of one language, in registration order."""
    return [
        r
        for r in _RULES
        if r.language == language
        and (phase is None or r.phase == phase)
        and (relation is None or r.relation is relation)
    ]


def registered_languages() -> set[str]:
    return {r.language for r in _RULES}
