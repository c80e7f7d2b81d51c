"""Typo correction asks a dictionary first: a real word is never "corrected"."""

from __future__ import annotations

import pytest

from search.dictionary import is_word
from search.query import Access, search
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


@pytest.mark.parametrize(
    "word",
    [
        "tarte",
        "Tarte",
        "écoles",
        "ecoles",
        "aujourd'hui",
        "aujourd’hui",
        "porte-à-porte",
        "garden",
        "mangeaient",
    ],
)
def test_french_and_english_words_are_known(word):
    assert is_word(word)


@pytest.mark.parametrize("word", ["tantte", "cantinne", "potimaron", "zorglub", "", "  "])
def test_typos_and_made_up_words_are_not(word):
    assert not is_word(word)


@pytest.fixture
def index(index):
    index.apply(
        [
            make_doc(1, "Visite chez ma tante", body="Elle garde les pommes du verger."),
            make_doc(2, "Pêche au gardon", body="Un gardon et deux perches."),
        ]
    )
    return index


def test_a_real_word_missing_from_the_entries_is_not_corrected(index):
    results = search(index, "tarte", EVERYONE)
    assert results.suggestion is None
    assert results.hits == []


def test_an_english_word_is_not_corrected_either(index):
    results = search(index, "garden", EVERYONE)
    assert results.suggestion is None
    assert results.hits == []


def test_a_sentence_keeps_its_real_words(index):
    results = search(index, "tarte aux pommes", EVERYONE)
    assert results.suggestion is None
    assert [hit.entry_id for hit in results.hits] == [1]
    assert results.hits[0].match == "approximate"


def test_a_real_typo_is_still_corrected(index):
    results = search(index, "tantte", EVERYONE)
    assert results.suggestion == "tante"
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "corrected")]


def test_corrections_come_only_from_entries_the_caller_may_see(index):
    index.apply([make_doc(3, "Les tantes du village", logbook_id=2)])
    assert search(index, "tantes", Access(frozenset({2}))).hits[0].entry_id == 3
    results = search(index, "tanttes", Access(frozenset({2})))
    assert results.suggestion == "tantes"
    assert search(index, "tanttes", Access(frozenset({3}))).suggestion is None
