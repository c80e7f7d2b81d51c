"""Expressions in which a word means something else (``other_senses_fr.txt``).

Someone searching *peser* (weighing the canteen's leftovers) does not want "il faut
peser le pour et le contre", nor *composter* "composter votre billet", nor *bruit* "le
bruit court que…". The list beside this module holds such expressions, the word that
loses its usual meaning marked with ``*`` (``*peser le pour et le contre``), and
``(a|b)`` for the small words that vary (``*composter (votre|son) billet``).

An entry whose every occurrence of a query's word is inside one of its expressions
does not say that word: it is matched no better than by a word of the query's topics,
labelled approximate (:mod:`search.clauses`). An entry that also says the word
elsewhere, or any word of its family (*pesée*), keeps its match. Expressions are
matched by the stems of their words side by side (the ``pairs`` field), so every form
of them counts (*pesé le pour et le contre*).
"""

from __future__ import annotations

import itertools
import re
import threading
from pathlib import Path

from search.analysis import folded_words, stem_pairs
from search.words import stem

BUILT_IN = Path(__file__).with_name("other_senses_fr.txt")
_CHOICES = re.compile(r"\(([^()]*\|[^()]*)\)")
# Variants one line may expand to, at most (each is a few posting lists to read).
MAX_VARIANTS = 16


def parse_expressions(text: str) -> dict[str, list[list[str]]]:
    """The expressions of a list, by the stem of their marked word: for each, the stem
    pair terms (``~pes le``, ``~le pour``…) that an entry holds where it says them."""
    found: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line.count("*") != 1:
            continue
        for variant in _variants(line):
            before, _, after = variant.partition("*")
            rest = folded_words(after)
            words = folded_words(before) + rest
            if not rest or len(words) < 2:
                continue
            pairs = stem_pairs(words)
            key = stem(rest[0])
            if pairs not in found.setdefault(key, []):
                found[key].append(pairs)
    return found


def _variants(line: str) -> list[str]:
    """A line with its ``(a|b)`` choices spelt out, each choice one variant."""
    parts = _CHOICES.split(line)
    # parts alternate: text, choices, text, choices, ..., text
    options = [[part] if index % 2 == 0 else part.split("|") for index, part in enumerate(parts)]
    combined = itertools.islice(itertools.product(*options), MAX_VARIANTS)
    return [re.sub(r"\s+", " ", "".join(choice)).strip() for choice in combined]


class OtherSenses:
    """The built-in list, read once."""

    _lock = threading.Lock()
    _loaded: dict[str, list[list[str]]] | None = None

    @classmethod
    def of_stems(cls, stems: list[str] | set[str]) -> list[list[str]]:
        """The expressions (their stem pair terms) whose marked word has one of ``stems``."""
        if cls._loaded is None:
            with cls._lock:
                if cls._loaded is None:
                    cls._loaded = parse_expressions(BUILT_IN.read_text(encoding="utf-8"))
        return [pairs for key in sorted(stems) for pairs in cls._loaded.get(key, ())]
