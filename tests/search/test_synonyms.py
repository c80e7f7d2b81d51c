"""Synonyms and close concepts, applied when a query runs, ranked below the word typed."""

from __future__ import annotations

from search.query import Access, search
from search.synonyms import BUILT_IN, Synonyms, built_in, parse_groups
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


def test_the_built_in_list_says_where_its_groups_come_from():
    text = BUILT_IN.read_text(encoding="utf-8")
    assert text.startswith("# ") and "come from" in text.split("\n\n", 1)[0]
    groups = parse_groups(text)
    assert len(groups) >= 60
    assert all(len(group) >= 2 for group in groups)


def test_groups_are_looked_up_by_any_form_of_a_word():
    synonyms = Synonyms(parse_groups("bicyclette, vélo, deux-roues\n# comment\nsolo\n"))
    assert ["bicyclette"] in synonyms.others("vélos")
    assert ["deux", "roues"] in synonyms.others("velo")
    assert synonyms.others("voiture") == []
    assert len(synonyms.groups) == 1


def test_a_synonym_is_found_and_ranks_below_the_word_typed(index):
    index.apply(
        [
            make_doc(1, "Atelier réparation de bicyclettes", body="Pneus, freins, chaînes."),
            make_doc(2, "Balade", body="Sortie à vélo le long du canal."),
            make_doc(3, "Réunion budget"),
        ]
    )
    results = search(index, "vélo", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(2, "exact"), (1, "approximate")]
    assert "<mark>bicyclettes</mark>" in results.hits[1].title_html


def test_a_synonym_of_several_words_matches_them_next_to_each_other(index):
    index.apply(
        [
            make_doc(1, "Rendez-vous à l’hôtel de ville", body="Signature de la convention."),
            make_doc(2, "Un hôtel près de la ville", body="Hébergement des invités."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "mairie", EVERYONE).hits] == [1]


def test_with_synonyms_every_word_of_a_query_can_be_met(index):
    index.apply(
        [
            make_doc(1, "Les collégiens au self", body="Premier déjeuner végétarien."),
            make_doc(2, "Le self du lycée"),
        ]
    )
    results = search(index, "collège cantine", EVERYONE)
    assert [hit.entry_id for hit in results.hits] == [1]


def test_groups_added_for_one_search(index):
    index.apply([make_doc(1, "Soupe de courge"), make_doc(2, "Soupe de poireaux")])
    assert search(index, "potiron", EVERYONE).hits == []
    results = search(index, "potiron", EVERYONE, synonyms=[("potiron", "courge", "potimarron")])
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "approximate")]
    # The built-in groups are untouched by a search's own.
    assert built_in().others("potiron") == []
