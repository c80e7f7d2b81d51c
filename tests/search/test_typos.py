"""Misspelt words typed on a phone still find their entries: one typo among correct
words, two typos, a missing accent, a doubled or missing letter, swapped letters, a
wrong first letter; corrections keep the synonyms of the word meant."""

from __future__ import annotations

import pytest

from search.limits import QueryLimits
from search.query import Access, search
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


def ids(index, text: str, **options) -> list[int]:
    return [hit.entry_id for hit in search(index, text, EVERYONE, **options).hits]


@pytest.fixture
def logbook(index):
    index.apply(
        [
            make_doc(1, "Concertation sur la piste cyclable", body="Les riverains de l'avenue Jaurès."),
            make_doc(2, "Questionnaire aux collégiens", body="Trois cents réponses sur la cantine."),
            make_doc(3, "Permanence au centre social", body="Accueil des familles le mercredi."),
            make_doc(4, "Boulangerie du marché", body="Le pain du quartier."),
            make_doc(5, "Réunion de chantier", body="Réhabilitation des logements de la résidence."),
            make_doc(6, "Atelier vélo", body="Réparation de bicyclettes avec les jeunes."),
            make_doc(7, "Le boulanger livre", body="Tournée du matin."),
        ]
    )
    return index


def test_one_typo_among_correct_words(logbook):
    results = search(logbook, "concertaion piste cyclable", EVERYONE)
    assert results.hits[0].entry_id == 1
    assert results.hits[0].match == "corrected"
    assert results.exact_total == 1
    # The entries with only some of the words follow, approximate ("cyclable" is "vélo").
    assert all(hit.match == "approximate" for hit in results.hits[1:])
    assert results.suggestion == "concertation piste cyclable"


def test_two_typos_in_one_query(logbook):
    assert ids(logbook, "questionaire colegiens") == [2]
    assert ids(logbook, "rehabilitaton logemments") == [5]


def test_two_typos_are_corrected_even_past_the_time_budget(logbook):
    hurried = QueryLimits(optional_work_seconds=0)
    assert ids(logbook, "questionaire colegiens", limits=hurried) == [2]


def test_a_missing_accent_or_case(logbook):
    assert ids(logbook, "reunion chantier") == [5]
    assert ids(logbook, "REHABILITATION") == [5]
    # The bike workshop "avec les jeunes" follows (a topic of "collège").
    assert ids(logbook, "college questionnaire")[0] == 2


def test_a_doubled_or_missing_letter(logbook):
    assert ids(logbook, "permannence") == [3]
    assert ids(logbook, "permanece") == [3]
    assert ids(logbook, "rivverains") == [1]


def test_swapped_letters_and_a_wrong_first_letter(logbook):
    assert ids(logbook, "questoinnaire") == [2]
    assert ids(logbook, "cncertation") == [1]
    assert ids(logbook, "oncertation") == [1]
    assert ids(logbook, "xoncertation") == [1]


def test_a_correction_keeps_the_synonyms_of_the_word_meant(logbook):
    # "boulanjer" is "boulanger": its entry, then the one saying "boulangerie", below it.
    results = search(logbook, "boulanjer", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(7, "corrected"), (4, "approximate")]
    # "bycyclette" is "bicyclettes" first, then what its synonyms find (a "cyclable" track).
    results = search(logbook, "bycyclette", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(6, "corrected"), (1, "approximate")]


def test_a_correction_is_matched_in_every_form_the_word_meant_has(index):
    index.apply(
        [
            make_doc(1, "Permanence", body="Le psychologue scolaire reçoit le mardi."),
            make_doc(2, "Rendez-vous", body="Elle voit la psy du collège depuis janvier."),
            make_doc(3, "Cellule de veille", body="Le décrochage au lycée pro."),
            make_doc(4, "Rentrée", body="Trois jeunes ont décroché en septembre."),
            make_doc(5, "Autre chose", body="La psychologie du sport."),
        ]
    )
    # "psycologue" is "psychologue", which entries also write "psy" (its short form).
    results = search(index, "psycologue", EVERYONE)
    assert sorted((hit.entry_id, hit.match) for hit in results.hits) == [(1, "corrected"), (2, "corrected")]
    # "décrochaje" is "décrochage", whose verb is "décrocher".
    results = search(index, "décrochaje", EVERYONE)
    assert sorted((hit.entry_id, hit.match) for hit in results.hits) == [(3, "corrected"), (4, "corrected")]


def test_a_typo_is_corrected_to_the_closest_words_only(index):
    index.apply(
        [
            make_doc(1, "La cantine", body="Deux services le midi."),
            make_doc(2, "On continue", body="La suite lundi."),
            make_doc(3, "Continue", body="Encore."),
        ]
    )
    # "continue" is two letters away, and more frequent: "cantine" alone is meant.
    results = search(index, "cantinne", EVERYONE)
    assert results.suggestion == "cantine"
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "corrected")]
    assert results.query_used == "cantine"


def test_a_word_typed_as_it_sounds_is_corrected(index):
    index.apply(
        [
            make_doc(1, "La pharmacie du centre", body="Elle livre les médicaments le jeudi."),
            make_doc(2, "Questionnaire", body="Trois cents réponses."),
            make_doc(3, "Navette", body="L'autobus passe à 9 h."),
            make_doc(4, "Expo", body="Les photographies des résidents."),
            make_doc(5, "Farine", body="Le boulanger en manque."),
        ]
    )
    # Two edits or more from the word meant, or at its first letter: the same sounds
    # written another way.
    for typed, meant, entry in [
        ("farmacie", "pharmacie", 1),
        ("kestionnaire", "questionnaire", 2),
        ("otobus", "autobus", 3),
        ("fotografies", "photographies", 4),
    ]:
        results = search(index, typed, EVERYONE)
        assert results.suggestion == meant, typed
        assert [(hit.entry_id, hit.match) for hit in results.hits] == [(entry, "corrected")], typed
