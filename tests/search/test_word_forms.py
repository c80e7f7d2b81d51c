"""Word forms: conjugated verbs and irregular plurals meet their base, phrases match in
other forms, joined words are words, and the faithful form ranks first."""

from __future__ import annotations

import pytest

from search.analysis import lemmas, stems
from search.derivation import derived_stems
from search.query import Access, search
from search.words import lemma
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Les bénévoles épluchent les carottes", "éplucher"),
        ("Ils jardinent le samedi", "jardiner"),
        ("Nous réparons les vélos", "réparer"),
        ("Les nouveaux arrivants acquièrent vite les gestes", "acquérir"),
        ("On a réparé les vitraux de la chapelle", "vitrail"),
        ("Deux chevaux à la ferme", "cheval"),
    ],
)
def test_conjugated_verbs_and_irregular_plurals_find_their_base(index, written, typed):
    index.apply([make_doc(1, written), make_doc(2, "Autre chose")])
    assert [hit.entry_id for hit in search(index, typed, EVERYONE).hits] == [1]


def test_the_base_form_finds_the_conjugated_one_and_back(index):
    index.apply([make_doc(1, "Repeindre la cour"), make_doc(2, "Les parents repeignent la cour")])
    assert {hit.entry_id for hit in search(index, "repeignent", EVERYONE).hits} >= {2}
    assert {hit.entry_id for hit in search(index, "éplucher", EVERYONE).hits} == set()


def test_words_typed_without_accents_have_their_lemma():
    assert lemma("elevent") == lemma("élèvent")
    assert lemma("reparons") == "reparer"


def test_lemmas_field_and_stems_hold_the_base():
    assert lemmas("Les chevaux galopent") == ["cheval", "galoper"]
    assert "jardin" in stems("ils jardinent")


@pytest.mark.parametrize("typed", ['"pain perdu"', '"pains perdus"', '"Pain Perdu"'])
def test_phrases_match_other_forms_of_their_words(index, typed):
    index.apply(
        [
            make_doc(1, "Atelier pains perdus", body="Avec le pain de la veille."),
            make_doc(2, "Pain perdu au goûter"),
            make_doc(3, "Pain et objets perdus", body="Le pain est perdu pour tout le monde."),
        ]
    )
    found = [hit.entry_id for hit in search(index, typed, EVERYONE).hits]
    assert set(found[:2]) == {1, 2}


def test_the_exact_wording_of_a_phrase_ranks_first(index):
    index.apply([make_doc(1, "Atelier pains perdus"), make_doc(2, "Atelier pain perdu")])
    assert [hit.entry_id for hit in search(index, '"pain perdu"', EVERYONE).hits] == [2, 1]
    assert [hit.entry_id for hit in search(index, '"pains perdus"', EVERYONE).hits] == [1, 2]


def test_an_exact_word_in_a_body_beats_a_stem_match_in_a_title(index):
    # "port" and "porte" share the Snowball stem "port"; only entry 2 says "porte".
    index.apply(
        [
            make_doc(1, "Le port de commerce", body="Les bateaux arrivent le matin."),
            make_doc(2, "Visite du centre", body="Il faut réparer la porte du local."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "porte", EVERYONE).hits] == [2, 1]


def test_another_form_of_the_word_beats_a_stem_match_in_a_title(index):
    index.apply(
        [
            make_doc(1, "Le port de commerce", body="Les bateaux arrivent le matin."),
            make_doc(2, "Visite du centre", body="Toutes les portes du local ferment mal."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "porte", EVERYONE).hits] == [2, 1]


def test_among_equal_matches_the_exact_form_ranks_first(index):
    index.apply(
        [
            make_doc(1, "Réunion", body="Les bénévoles ont apporté des chaises."),
            make_doc(2, "Réunion", body="Le bénévole a apporté des chaises."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "bénévole", EVERYONE).hits] == [2, 1]
    assert [hit.entry_id for hit in search(index, "benevoles", EVERYONE).hits] == [1, 2]


def test_an_elided_article_is_dropped(index):
    index.apply([make_doc(1, "Visite de l’atelier vélo"), make_doc(2, "Visite du jardin")])
    assert [hit.entry_id for hit in search(index, "l'atelier", EVERYONE).hits] == [1]
    assert [hit.entry_id for hit in search(index, "d’atelier", EVERYONE).hits] == [1]


def test_hyphenated_words_are_one_word(index):
    index.apply(
        [
            make_doc(1, "Collecte en porte-à-porte dans le quartier"),
            make_doc(2, "On a fait du porte à porte rue Pasteur"),
            make_doc(3, "La porte reste ouverte à tous, entrez par la porte"),
        ]
    )
    results = search(index, "porte-à-porte", EVERYONE)
    assert sorted(hit.entry_id for hit in results.hits) == [1, 2]
    assert results.suggestion is None


def test_a_word_with_an_apostrophe_is_neither_split_nor_corrected(index):
    index.apply([make_doc(1, "Hui clos au conseil"), make_doc(2, "Aujourd’hui, atelier soupe")])
    assert [hit.entry_id for hit in search(index, "aujourd'hui", EVERYONE).hits] == [2]
    index.apply([], deletes=[2])
    results = search(index, "aujourd'hui", EVERYONE)
    assert results.suggestion is None
    assert [hit.entry_id for hit in results.hits] == []


def test_highlights_mark_other_forms_of_the_word(index):
    index.apply([make_doc(1, "Ils jardinent le samedi")])
    assert "<mark>jardinent</mark>" in search(index, "jardiner", EVERYONE).hits[0].title_html


def test_a_verb_and_its_noun_in_age_are_one_word(index):
    index.apply(
        [
            make_doc(1, "Cellule de veille", body="Groupe de prévention du décrochage scolaire."),
            make_doc(2, "Bilan", body="Les témoignages des parents recueillis en mai."),
            make_doc(3, "Conseil", body="On sait que les exclus finissent par décrocher."),
            make_doc(4, "Le village", body="Fête en juin."),
            make_doc(5, "Voisins", body="La ville voisine et le mari de la maire."),
        ]
    )
    results = search(index, "ils ont décroché", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(3, "exact"), (1, "exact")]
    results = search(index, "décrochage", EVERYONE)
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "exact"), (3, "exact")]
    assert [hit.entry_id for hit in search(index, "ils ont témoigné", EVERYONE).hits] == [2]
    # A noun in -age that is no verb's, or whose verb's stem is another word's, stays itself.
    assert [hit.entry_id for hit in search(index, "village", EVERYONE).hits] == [4]
    assert search(index, "mariage", EVERYONE).total == 0


def test_a_verb_and_its_nouns_in_aison_and_ation_are_one_word(index):
    index.apply(
        [
            make_doc(1, "Matériel", body="Comparaison des devis des trois traiteurs."),
            make_doc(2, "Cuisine", body="Plantation des haies le long de la cour."),
            make_doc(3, "Vergers", body="On a comparé les variétés avant de planter."),
            make_doc(4, "Gare", body="La station de vélos près de la gare."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "comparer", EVERYONE).hits] == [3, 1]
    assert {hit.entry_id for hit in search(index, "planter", EVERYONE).hits} == {2, 3}
    assert [hit.entry_id for hit in search(index, "comparaison", EVERYONE).hits] == [1, 3]
    assert [hit.entry_id for hit in search(index, "station", EVERYONE).hits] == [4]


def test_derived_stems_need_a_french_word_on_the_other_side():
    assert derived_stems("décroché") == {"decrochag"}
    assert derived_stems("ramassage") == {"ramass"}
    assert derived_stems("livrer") == {"livraison"}
    assert derived_stems("former") >= {"format"}
    assert derived_stems("comparaison") == {"compar"}
    assert derived_stems("formation") == set()  # "former"'s stem is "forme"'s
    assert derived_stems("station") == set()  # no "ster"
    assert derived_stems("conduire") == {"conduit", "conduct"}
    assert derived_stems("inscription") == {"inscrir"}
    assert derived_stems("cuite") == set()  # "cuire"'s stem is "cuir"'s (leather)


def test_verbs_in_uire_and_crire_and_their_nouns_are_one_word(index):
    index.apply(
        [
            make_doc(1, "Auto-école", body="Deux heures de conduite par semaine."),
            make_doc(2, "Atelier", body="Les inscrits du jeudi et leurs inscriptions."),
            make_doc(3, "Chantier", body="La construction du préau a commencé."),
        ]
    )
    assert [hit.entry_id for hit in search(index, "conduire", EVERYONE).hits] == [1]
    assert [hit.entry_id for hit in search(index, "s'inscrire", EVERYONE).hits] == [2]
    assert [hit.entry_id for hit in search(index, "ils construisent", EVERYONE).hits] == [3]
    assert derived_stems("village") == set()  # no "viller"
    assert derived_stems("ville") == set()  # not a verb
    assert derived_stems("message") == set()  # "messer"'s stem is "messe"'s


def test_a_quoted_phrase_is_followed_by_its_words_apart(index):
    index.apply(
        [
            make_doc(1, "Le café des aidants", body="Un jeudi par mois, à la brasserie."),
            make_doc(2, "Nouveau", body="Un café pour les aidantes, au centre social."),
            make_doc(3, "Pause", body="Café et croissants pour l'équipe."),
            make_doc(4, "Porte ouverte", body="On a fait du porte-à-porte rue Jaurès."),
            make_doc(5, "Atelier", body="Réparer la porte du local."),
        ]
    )
    results = search(index, '"café des aidants"', EVERYONE)
    # The phrase, then its words apart (in other forms too), labelled close; one word is not enough.
    assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "exact"), (2, "approximate")]
    assert results.exact_total == 1
    # A hyphenated word is one word: not met by its parts apart.
    assert [hit.entry_id for hit in search(index, "porte-à-porte", EVERYONE).hits] == [4]
    # Excluding a phrase excludes the phrase only.
    assert {hit.entry_id for hit in search(index, 'café -"café des aidants"', EVERYONE).hits} == {2, 3}
