"""The cached analyzers the index is built with give, word for word, the terms of the
filter chains that define the analysis."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import CachedAnalyzer, exact_chain, french_chain, lemma_chain, pairs_chain
from search.term_numbers import TermNumbers
from search.words import word_forms
from tests.search.corpus import anchor_entries, generate_entries

CHAINS = {"french": french_chain(), "lemmas": lemma_chain(), "exact": exact_chain(), "pairs": pairs_chain()}

# Words that test the edges of the analysis: accents typed or not, ligatures, stop words
# that are also nouns, English, digits, capitals, apostrophes and hyphens inside words.
EDGE_WORDS = [
    "été", "ete", "Été", "ÉTÉ", "étés", "œuf", "Œufs", "oeufs", "cœur", "æther", "straße", "ﬁn",
    "l’école", "l'école", "d’abord", "qu’il", "anti-gaspillage", "Saint-Étienne", "Jules-Ferry",
    "les", "des", "du", "à", "où", "ça", "cela", "the", "of", "and", "school", "canteens",
    "mangent", "coopèrent", "cooperent", "travaux", "chevaux", "galopent", "jardinent", "menus",
    "menu", "écoles", "ecoles", "2024", "2024-03", "12h30", "N°3", "İstanbul", "ǅemal", "x²",
    "légumerie", "potimarron", "faits", "maison", "camion", "frigorifique", "a", "y",
]  # fmt: skip


def _corpus_words() -> list[str]:
    words: set[str] = set()
    docs = anchor_entries() + list(generate_entries(60, seed=3, start_id=1000))
    for doc in docs:
        for text in (doc.title, doc.body, doc.transcript, doc.captions, doc.speaker):
            words.update(re.findall(r"\w+", text))
    return sorted(words)


WORDS = _corpus_words() + EDGE_WORDS
SEPARATORS = [" ", " ", " ", "\n", "’", "'", "-", ", ", ". ", " : ", " (", ") ", "\t", "…"]


def test_the_word_list_is_varied():
    assert len(WORDS) > 300
    assert any(not word.isascii() for word in WORDS)


def _reference(kind: str, text: str) -> list[str]:
    return [token.text for token in CHAINS[kind](text)]


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=0, max_size=40).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(text=texts)
def test_cached_analysis_gives_the_terms_of_the_filter_chains(text):
    for kind in CHAINS:
        assert CachedAnalyzer(kind).terms(text) == _reference(kind, text), kind


def test_every_word_alone_and_together_matches_with_a_cold_and_a_warm_cache():
    text = " ".join(WORDS)
    word_forms.cache_clear()
    cold = {kind: CachedAnalyzer(kind).terms(text) for kind in CHAINS}
    warm = {kind: CachedAnalyzer(kind).terms(text) for kind in CHAINS}
    assert word_forms.cache_info().hits > 0
    for kind in CHAINS:
        assert cold[kind] == warm[kind] == _reference(kind, text), kind
        for word in WORDS:
            assert CachedAnalyzer(kind).terms(word) == _reference(kind, word), (kind, word)


def test_whoosh_indexing_calls_yield_the_same_tokens():
    text = "Les enfants mangent des œufs à l’école Jules-Ferry, cet été."
    for kind, chain in CHAINS.items():
        cached = [token.text for token in CachedAnalyzer(kind)(text, mode="index", boosts=True)]
        assert cached == [token.text for token in chain(text, mode="index", boosts=True)]


def test_calls_asking_for_positions_or_offsets_are_answered_by_the_chain():
    text = "Les enfants mangent des œufs"
    for kind, chain in CHAINS.items():
        cached = [
            (t.text, t.pos, t.startchar) for t in CachedAnalyzer(kind)(text, positions=True, chars=True)
        ]
        assert cached == [(t.text, t.pos, t.startchar) for t in chain(text, positions=True, chars=True)]


def _spelt(numbers: TermNumbers, kind: str, text: str) -> Counter:
    counts = numbers.counts(kind, numbers.words(text))
    return Counter({numbers.text(kind, number): count for number, count in counts.items()})


@settings(max_examples=200, derandomize=True, deadline=None)
@given(text=texts)
def test_term_numbers_count_the_terms_of_the_filter_chains(text):
    numbers = TermNumbers()  # numbers shared by every kind, as in a rebuild
    for kind in CHAINS:
        assert _spelt(numbers, kind, text) == Counter(_reference(kind, text)), kind


def test_term_numbers_spell_every_word_and_pair_back():
    numbers = TermNumbers()
    text = " ".join(WORDS)
    for kind in CHAINS:
        assert _spelt(numbers, kind, text) == Counter(_reference(kind, text)), kind
        for word in WORDS:
            assert _spelt(numbers, kind, word) == Counter(_reference(kind, word)), (kind, word)
