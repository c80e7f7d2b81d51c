"""The French analyzer: what people type must meet what was written."""

from __future__ import annotations

import pytest

from search.analysis import folded_words, stems
from search.query import Access, search
from tests.search.conftest import make_doc


def same_terms(a: str, b: str) -> bool:
    return stems(a) == stems(b) and stems(a) != []


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ecole", "écoles"),
        ("ecoles", "École"),
        ("cooperation", "coopération"),
        ("cantines", "cantine"),
        ("producteur", "producteurs"),
        ("legumerie", "légumeries"),
        ("temoignage", "témoignages"),
        ("menu", "menus"),
        ("vegetarien", "végétariennes"),
        ("gouter", "goûté"),
        ("mange", "mangeaient"),
        ("visiter", "visité"),
        ("oeuf", "œufs"),
    ],
)
def test_ecole_finds_ecoles_and_other_folded_stemmed_forms(typed, written):
    assert same_terms(typed, written)


def test_elision_with_straight_and_typographic_apostrophe_leaves_the_noun():
    assert stems("l'école") == ["ecol"]
    assert stems("l’école") == ["ecol"]
    assert stems("d’abord qu’il") == ["abord"]


def test_hyphenated_words_are_split_into_their_parts():
    assert stems("anti-gaspillage") == stems("anti gaspillage")
    assert folded_words("Saint-Étienne") == ["saint", "etienne"]


def test_ete_the_summer_survives_stop_words_while_other_stop_words_go():
    assert stems("été") == ["ete"]
    assert stems("Cet été, les enfants") == ["ete", "enfant"]
    assert stems("le la les de des du et à") == []


def test_exact_field_keeps_every_word_unstemmed():
    assert folded_words("Le Chef de Cuisine") == ["le", "chef", "de", "cuisine"]


def test_english_plurals_meet_their_singular():
    assert stems("the school canteens") == stems("school canteen")
    assert same_terms("vegetables", "vegetable")


def test_english_entry_is_found_by_english_words(index):
    index.apply(
        [make_doc(1, "Summary", body="Local farmers now supply the school canteens."), make_doc(2, "Cantine")]
    )
    assert [h.entry_id for h in search(index, "farmers canteen", Access(frozenset({1}))).hits] == [1]


def test_summer_entry_is_found_by_ete(index):
    index.apply([make_doc(1, "Bilan de l’été au jardin"), make_doc(2, "Il a été décidé de reporter")])
    results = search(index, "été", Access(frozenset({1})))
    assert {hit.entry_id for hit in results.hits} >= {1}
    assert results.hits[0].entry_id == 1


def test_apostrophe_typed_either_way_finds_the_entry(index):
    index.apply([make_doc(1, "Visite de l’école maternelle")])
    for typed in ("l'ecole", "l’école", "ecole"):
        assert [hit.entry_id for hit in search(index, typed, Access(frozenset({1}))).hits] == [1]


def test_conjugated_verb_finds_the_infinitive(index):
    index.apply([make_doc(1, "Les enfants ont cuisiné des légumes"), make_doc(2, "Réunion budget")])
    assert [h.entry_id for h in search(index, "cuisiner", Access(frozenset({1}))).hits] == [1]
