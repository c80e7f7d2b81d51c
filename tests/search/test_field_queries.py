"""Field queries as people type them on a phone: a space after the colon, a first or
last name alone, accents and case ignored, ``#tag``, a stage by any of its words."""

from __future__ import annotations

import pytest

from search.query import Access, parse_query, search
from tests.search.conftest import make_doc

EVERYONE = Access(frozenset({1}))


def ids(index, text: str) -> list[int]:
    return sorted(hit.entry_id for hit in search(index, text, EVERYONE).hits)


@pytest.fixture
def team(index):
    common = {"stage_id": 1, "stage_title": "Diagnostic partagé"}
    index.apply(
        [
            make_doc(1, "Balade urbaine", author_id=1, author_name="Camille Martin", tags=["Mobilité"], **common),
            make_doc(2, "Comptage vélos", author_id=2, author_name="Hélène Lefèvre", tags=["mobilite", "vélo"], **common),
            make_doc(
                3,
                "Atelier des ados",
                author_id=1,
                author_name="Camille Martin",
                tags=["jeunesse"],
                stage_id=2,
                stage_title="Ateliers de co-construction",
            ),
            make_doc(
                4,
                "Réunion publique",
                author_id=3,
                author_name="Martin Dubois",
                tags=["jardin partagé"],
                stage_id=3,
                stage_title="Bilan et restitution",
            ),
            make_doc(5, "Vélo-école au collège", author_id=2, author_name="Hélène Lefèvre", stage_id=2,
                     stage_title="Ateliers de co-construction"),
        ]
    )  # fmt: skip
    return index


def test_a_space_after_or_around_the_colon(team):
    assert ids(team, "escale: diagnostic") == [1, 2]
    assert ids(team, "auteur : Camille") == [1, 3]
    assert ids(team, "auteur: camille atelier") == [3]
    assert ids(team, "-auteur : camille") == [2, 4, 5]


def test_a_colon_after_an_ordinary_word_is_punctuation():
    parsed = parse_query("bilan : les chiffres")
    assert parsed.words == ["bilan", "les", "chiffres"]
    assert parse_query("réunion par : téléphone").authors == []


def test_a_first_name_or_a_last_name_alone_finds_the_author(team):
    assert ids(team, "auteur:Camille") == [1, 3]
    assert ids(team, "auteur:Lefèvre") == [2, 5]
    # "Martin" is a last name and a first name: both authors.
    assert ids(team, "auteur:martin") == [1, 3, 4]


def test_accents_and_case_are_ignored_in_field_values(team):
    assert ids(team, "auteur:HELENE") == [2, 5]
    assert ids(team, "auteur:lefevre") == [2, 5]
    assert ids(team, "escale:DIAGNOSTIC") == [1, 2]


def test_a_whole_name_typed_without_quotes(team):
    assert ids(team, "auteur:Camille Martin") == [1, 3]
    assert ids(team, "auteur:Martin Dubois") == [4]
    # The word after the name is still a word to find.
    assert ids(team, "auteur:Camille Martin balade") == [1]


def test_a_name_with_one_letter_wrong(team):
    assert ids(team, "auteur:Camile") == [1, 3]


def test_a_stage_by_any_of_its_words_or_their_forms(team):
    assert ids(team, "escale:atelier") == [3, 5]
    assert ids(team, "escale:restitution") == [4]
    assert ids(team, "escale:partage") == [1, 2]
    assert ids(team, "escale:diagnostic partagé") == [1, 2]


def test_a_hashtag_is_a_tag_filter(team):
    assert ids(team, "#mobilité") == [1, 2]
    assert ids(team, "#Mobilite") == [1, 2]
    assert ids(team, "#vélo") == [2]
    assert ids(team, "#jardin-partagé") == [4]
    assert ids(team, "-#mobilité") == [3, 4, 5]


def test_a_hashtag_inside_a_sentence(team):
    assert ids(team, "les vélos #mobilité") == [2]
    assert ids(team, "comptage des #vélo au carrefour") == [2]


def test_a_hashtag_no_entry_has_as_a_tag_is_the_word(team):
    # No entry is tagged "collège": the word is looked for instead.
    assert ids(team, "#collège") == [5]


def test_a_tag_of_several_words_typed_without_quotes(team):
    assert ids(team, "tag:jardin partagé") == [4]
    assert ids(team, "tag : jardin partagé réunion") == [4]


def test_a_stage_with_one_letter_wrong(team):
    assert ids(team, "escale:diagnotic") == [1, 2]


def test_names_in_logbooks_the_caller_cannot_read_change_nothing(team):
    team.apply(
        [
            make_doc(20, "Note privée", logbook_id=2, author_id=9, author_name="Camile Secret"),
            make_doc(21, "Autre note", logbook_id=2, author_id=10, author_name="Martin Dupuis-Roy"),
        ]
    )
    # "Camile" exists only in logbook 2: for a member of logbook 1 it is a typo of Camille.
    assert ids(team, "auteur:Camile") == [1, 3]
    # "Martin Dupuis" names nobody this caller may see: "Dupuis" stays a word to find
    # (here a typo of the "Dubois" this caller can read).
    assert search(team, "auteur:Martin Dupuis", EVERYONE).suggestion == "auteur:Martin dubois"
