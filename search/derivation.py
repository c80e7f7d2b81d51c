"""Nouns made from a verb that the stemmer leaves apart from it: one word to a reader,
two stems.

The Snowball stemmer joins most nouns made from a verb with the verb (*rénover* and
*rénovation*, *accompagner* and *accompagnement*, *signaler* and *signalement*) but
leaves some apart:

* the nouns in *-age*: *décrocher* / *décrochage*, *ramasser* / *ramassage*,
  *témoigner* / *témoignage*, *sonder* / *sondage*, *arroser* / *arrosage*;
* the nouns in *-aison*: *livrer* / *livraison*, *comparer* / *comparaison*,
  *combiner* / *combinaison*, *terminer* / *terminaison*;
* the nouns in *-ation* of a short verb, whose stem keeps the *-at*: *former* /
  *formation*, *fonder* / *fondation*, *filtrer* / *filtration*, *cesser* /
  *cessation* (*rénovation* is already *rénover*'s);
* the nouns of the verbs in *-uire* and *-crire*, which change their root:
  *conduire* / *conduite*, *produire* / *production*, *construire* /
  *construction*, *inscrire* / *inscription* / *les inscrits*, *décrire* /
  *description*.

So a word of a query whose lemma is a verb in *-er* also matches the stems of its
nouns, and such a noun the stem of its verb, at the stem's tier
(:mod:`search.clauses`): "ils ont décroché" finds *le décrochage*, "livrer" *la
livraison*.

Only when the other word is French (the word list knows it): *village* does not become
*viller*, nor *courage* *courer*, nor *ville* *village* (not a verb); and a noun reaches
its verb only through a stem long enough to be the verb's alone (*mariage* would reach
*mari*). A rare verb of another meaning (*brancher* / *branchage*) is the price of a
rule over a list.
"""

from __future__ import annotations

from functools import lru_cache

from search.dictionary import is_french_word
from search.words import fold, lemma, stem

# (ending of a verb, ending of a noun made from it) that the stemmer does not join.
VERB_NOUN_ENDINGS = (
    ("er", "age"),
    ("er", "aison"),
    ("er", "ation"),
    ("uire", "uction"),
    ("uire", "uite"),
    ("crire", "cription"),
    ("crire", "crit"),
)
# Shorter lemmas are too often other words' beginnings ("user" / "usage", "ranger").
SHORTEST_VERB = 6
SHORTEST_NOUN = 7
# A noun's verb is read by its stem, and a short stem is often a noun's too: "mariage"
# would find "mari" (husband), "message" "messe", "passage" "passe".
SHORTEST_VERB_STEM = 6


@lru_cache(maxsize=4096)
def derived_stems(word: str) -> frozenset[str]:
    """Stems of the nouns of ``word`` (a verb, see :data:`VERB_NOUN_ENDINGS`) or of the
    verb of ``word`` (such a noun), when that word is French; its own stems left out."""
    found: set[str] = set()
    for base in {fold(lemma(word.lower())), fold(word.lower())}:
        for verb_ending, noun_ending in VERB_NOUN_ENDINGS:
            if base.endswith(verb_ending) and len(base) >= SHORTEST_VERB:
                other = base[: -len(verb_ending)] + noun_ending
                if is_french_word(other):
                    found.add(stem(other))
            elif base.endswith(noun_ending) and len(base) >= SHORTEST_NOUN:
                other = base[: -len(noun_ending)] + verb_ending
                if is_french_word(other) and len(stem(other)) >= SHORTEST_VERB_STEM:
                    found.add(stem(other))
    own = {stem(fold(word.lower())), stem(fold(lemma(word.lower())))}
    return frozenset(found - own)
