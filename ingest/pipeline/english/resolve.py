"""English stage 5, resolve: mentions -> one entity per real-world entity within an article.

Registry names share their canonical entry (the Korean canonical name, so an English
and a Korean article meet on one node). Organisation names compare without corporate
suffixes ("Kyocera Corp." = "Kyocera", the longer form is kept for display). A later
short form that starts a longer name of the article joins it ("Mistral" -> "Mistral AI"),
and a one-word person reference joins the one full name it is a part of ("Huang" ->
"Jensen Huang", "Bae" -> "Bae Sang-geun"); one that joins nothing is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from aigraph.core.vocabulary import EntityType
from aigraph.ingest.pipeline.english.lexicon import EnglishLexicon, is_honorific
from aigraph.ingest.pipeline.mention import Mention
from aigraph.ingest.pipeline.resolve import Entity, name_key


class EnglishResolver:
    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon
        self._registry = {e.name: e for e in lexicon.base.registry}

    def resolve(self, mentions: list[Mention]) -> tuple[list[Entity], dict[int, Entity]]:
        """Entities in order of first mention, and mention start -> entity."""
        entities: dict[str, Entity] = {}
        of_mention: dict[int, Entity] = {}
        persons = [m for m in mentions if m.type is EntityType.PERSON and len(m.text.split()) > 1]
        orgs = [m for m in mentions if m.type.is_organization]
        # "Kairo Systems, which rebranded as Kairo AI … Kairo AI co-founder P": another name, once given, is that node's
        other_names = {m.text: m.refers_to for m in orgs if m.refers_to and not m.canonical}
        for m in sorted(mentions, key=lambda m: (-len(m.text.split()), m.start)):
            if m.canonical and (flagship := self._flagship(m, orgs)):
                m = replace(m, canonical=flagship)
            if m.type.is_organization and not m.refers_to and m.text in other_names:
                m = replace(m, refers_to=other_names[m.text])
            key = self._key(m, persons, orgs)
            if key is None:
                continue
            ent = entities.get(key)
            if ent is None:
                ent = entities[key] = self._new(key, m)
            ent.head = m.head
            ent.mentions.append(m)
            ent.aliases.add(m.text)
            if m.type is not ent.type and ent.registry is None and _more_specific(m.type, ent.type):
                ent.type = m.type
            if (
                ent.registry is None
                and m.type.is_organization
                and len(m.text) > len(ent.name)
                and self.lex.identity(m.text) == self.lex.identity(ent.name)
            ):
                ent.name = m.text  # keep the full legal form for display
            of_mention[m.start] = ent
        ordered = sorted(entities.values(), key=lambda e: e.first)
        return ordered, of_mention

    def _key(self, m: Mention, persons: list[Mention], orgs: list[Mention]) -> str | None:
        if m.refers_to and not m.canonical:  # "KDB" glossing "Korea Development Bank (KDB)": that name's node
            return self._key(replace(m, text=m.refers_to, refers_to=""), persons, orgs)
        if m.canonical:
            return name_key(m.canonical, self._registry[m.canonical].type)
        if m.type is EntityType.PERSON:
            words = m.text.split()
            addressed = len(words) == 2 and is_honorific(words[0])  # "Mr. Park": the article's one Park, if named
            if len(words) > 1 and not addressed:
                return name_key(m.text, m.type)
            word = words[-1]
            full = {p.text for p in persons if word in p.text.replace("-", " ").split() or word == p.text.split()[-1]}
            full.discard(m.text)
            if len(full) == 1:
                return name_key(full.pop(), m.type)
            if addressed:
                return name_key(m.text, m.type)
            same_org = [o for o in orgs if o.text == m.text]
            return name_key(same_org[0].text, EntityType.ORGANIZATION) if same_org else None
        if len(m.text.split()) == 1:  # "Choi" tagged as an organisation but naming a person of the article
            full = {p.text for p in persons if m.text in p.text.replace("-", " ").split()}
            if len(full) == 1:
                return name_key(full.pop(), EntityType.PERSON)
        registry_longer = {
            o.canonical for o in orgs if o.canonical and len(o.text) > len(m.text) and o.text.startswith(m.text + " ")
        }
        if len(m.text.split()) == 1 and len(registry_longer) == 1:  # "Mistral" after "Mistral AI"
            canonical = registry_longer.pop()
            return name_key(canonical, self._registry[canonical].type)
        ident = self.lex.identity(m.text)
        longer = {
            self.lex.identity(o.text)
            for o in orgs
            if o.canonical == ""
            and len(o.text) > len(m.text)
            and o.text.startswith(m.text + " ")
            and not self.lex.is_corporate_suffix(o.text[len(m.text) + 1 :].split()[0])
            and not self.lex.is_place(o.text[len(m.text) + 1 :])  # "Kong Studios Korea" is its local company
            and not self._arm_beside(m, o, orgs)
        }
        # "Daeil" after "Daeil Corp." is that company, not "Daeil Bank" named later
        legal_form = any(o.text != m.text and self.lex.identity(o.text) == ident for o in orgs if not o.canonical)
        if len(longer) == 1 and not legal_form:
            ident = longer.pop()
        return f"Organization:{ident}"

    def _arm_beside(self, short: Mention, longer: Mention, orgs: list[Mention]) -> bool:
        """ "Tarrow Ventures, the venture arm of Tarrow": within one sentence a name is not cut short, so the
        shorter name of another kind (a company beside its fund or lab) is the owner the arm is named after, in
        every sentence it is written; so is a shorter name written before the longer one ("Target signed …
        Target Ventures invested …"), which shortens nothing yet."""
        if self.lex.org_type(longer.text) is self.lex.org_type(short.text):
            return False
        shorts = [s for s in orgs if s.text == short.text]
        longers = [o for o in orgs if o.text == longer.text]
        return min(s.start for s in shorts) < min(o.start for o in longers) or any(
            s.sentence == o.sentence for s in shorts for o in longers
        )

    def _flagship(self, m: Mention, orgs: list[Mention]) -> str | None:
        """A group's bare name ("LG", "Samsung") in an article that names exactly one of its
        affiliates in full ("LG Electronics") is that affiliate: the article's short form; where several are
        named, the one named before it, if one alone was ("Samsung Electronics said … Samsung also said its
        research arm, Samsung Advanced Institute of Technology, …")."""
        entry = self._registry[m.canonical]
        if entry.type is not EntityType.BUSINESS_GROUP or len(m.text.split()) != 1:
            return None
        named = [
            o
            for o in orgs
            if o.canonical
            and o.canonical != entry.name
            and self._registry[o.canonical].parent == entry.name
            and o.text.startswith(m.text + " ")
        ]
        affiliates = {o.canonical for o in named}
        before = {o.canonical for o in named if o.start < m.start}
        return affiliates.pop() if len(affiliates) == 1 else before.pop() if len(before) == 1 else None

    def _new(self, key: str, m: Mention) -> Entity:
        if m.canonical:
            entry = self._registry[m.canonical]
            ent = Entity(key, entry.name, entry.type, registry=entry)
            ent.aliases.update(entry.aliases)
            return ent
        etype = m.type
        if etype is EntityType.PERSON and key.startswith("Organization:"):
            etype = EntityType.COMPANY
        text = m.refers_to or m.text  # "Dario" of "Dario and Daniela Amodei": Dario Amodei
        name = text if etype is not EntityType.PERSON or len(text.split()) > 1 else key.split(":", 1)[1]
        return Entity(key, name, etype)


def _more_specific(new: EntityType, old: EntityType) -> bool:
    return (
        old in (EntityType.ORGANIZATION, EntityType.COMPANY)
        and new.is_organization
        and new is not EntityType.ORGANIZATION
    )
