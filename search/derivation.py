"""Nouns in *-age* and the verbs they are made from: one word to a reader, two stems.

The Snowball stemmer joins most nouns made from a verb with the verb (*rénover* and
*rénovation*, *accompagner* and *accompagnement*, *signaler* and *signalement*) but
leaves the nouns in *-age* apart: *décrocher* / *décrochage*, *ramasser* / *ramassage*,
*témoigner* / *témoignage*, *sonder* / *sondage*, *arroser* / *arrosage*. So a word of a
query whose lemma is a verb in *-er* also matches the stem of its noun in *-age*, and a
noun in *-age* the stem of its verb, at the stem's tier (:mod:`search.clauses`): "ils
ont décroché" finds *le décrochage*.

Only when the other word is French (the word list knows it): *village* does not become
*viller*, nor *courage* *courer*, nor *ville* *village* (not a verb); and a noun reaches
its verb only through a stem long enough to be the verb's alone (*mariage* would reach
*mari*). A rare verb of another meaning (*brancher* / *branchage*) is the price of a
rule over a list.
"""

from __future__ import annotations

from functools import lru_cache

from search.analysis import fold, lemma, stem
from search.dictionary import is_french_word

# Shorter lemmas are too often other words' beginnings ("user" / "usage", "ranger").
SHORTEST_VERB = 6
SHORTEST_NOUN = 7
# A noun's verb is read by its stem, and a short stem is often a noun's too: "mariage"
# would find "mari" (husband), "message" "messe", "passage" "passe".
SHORTEST_VERB_STEM = 6


@lru_cache(maxsize=4096)
def derived_stems(word: str) -> frozenset[str]:
    """Stems of the *-age* noun of ``word`` (a verb in *-er*) or of the verb of ``word``
    (a noun in *-age*), when that word is French; its own stems left out."""
    found: set[str] = set()
    for base in {fold(lemma(word.lower())), fold(word.lower())}:
        if base.endswith("er") and len(base) >= SHORTEST_VERB:
            other = base[:-2] + "age"
            if is_french_word(other):
                found.add(stem(other))
        elif base.endswith("age") and len(base) >= SHORTEST_NOUN:
            other = base[:-3] + "er"
            if is_french_word(other) and len(stem(other)) >= SHORTEST_VERB_STEM:
                found.add(stem(other))
    own = {stem(fold(word.lower())), stem(fold(lemma(word.lower())))}
    return frozenset(found - own)
