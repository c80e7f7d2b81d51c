"""Operators that do what they say: exclusions, French and English field names, and
syntax we do not support read as plain words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from search.query import Access, parse_query, search
from tests.search.conftest import make_doc

UTC1 = timezone(timedelta(hours=1))
EVERYONE = Access(frozenset({1}))


@pytest.fixture
def index(index):
    index.apply(
        [
            make_doc(
                1,
                "Soupe de potiron au centre social",
                body="La porte de la cuisine ferme mal.",
                kind="photo",
                tags=["soupe"],
                author_id=1,
                author_name="Aïcha Benkirane",
                stage_id=1,
                stage_title="Lancement du jardin",
            ),
            make_doc(
                2,
                "Visite du port de pêche",
                body="Les pêcheurs vendent au port ; une soupe de poisson pour finir.",
                author_id=2,
                author_name="Marc Oudin",
                stage_id=2,
                stage_title="Récoltes",
            ),
            make_doc(
                3,
                "Notes de la réunion du jardin",
                body="Compte rendu : arrosage, potiron, paillage.",
                tags=["jardin"],
                author_id=2,
                author_name="Marc Oudin",
                stage_id=1,
                stage_title="Lancement du jardin",
            ),
            make_doc(
                4,
                "Dessin du potager",
                body="Les enfants ont dessiné les potirons du jardin.",
                kind="drawing",
                author_id=1,
                author_name="Aïcha Benkirane",
                stage_id=2,
                stage_title="Récoltes",
                occurred_at=datetime(2024, 9, 3, 10, tzinfo=UTC1),
            ),
        ]
    )
    return index


def ids(index, text: str) -> list[int]:
    return sorted(hit.entry_id for hit in search(index, text, EVERYONE).hits)


def test_not_in_capitals_excludes_the_next_word(index):
    assert ids(index, "potiron NOT soupe") == [3, 4]
    assert ids(index, "potiron not soupe") == [3, 4]


def test_not_excludes_a_phrase_or_a_filter(index):
    assert ids(index, 'potiron NOT "soupe de potiron"') == [3, 4]
    assert ids(index, "potiron NOT tag:jardin") == [1, 4]


def test_exclusion_keeps_words_that_only_share_a_stem(index):
    # "port" and "porte" have one Snowball stem; excluding the harbour keeps the door.
    assert ids(index, "soupe -port") == [1]
    assert ids(index, "soupe NOT port") == [1]
    assert 1 in ids(index, "-port")


def test_exclusion_takes_other_forms_of_the_word(index):
    assert ids(index, "jardin -potirons") == []
    assert ids(index, "potiron -dessinés") == [1, 3]


def test_the_word_not_does_not_find_notes(index):
    assert 3 not in ids(index, "not")
    assert 3 in ids(index, "notes")


@pytest.mark.parametrize("field", ["titre", "title", "Titre", "intitulé"])
def test_title_field_in_french_and_english(index, field):
    # "soupe" is in the title of 1 and only in the body of 2.
    assert ids(index, f"{field}:soupe") == [1]


def test_title_exclusion(index):
    assert ids(index, "soupe -titre:soupe") == [2]


@pytest.mark.parametrize("field", ["auteur", "author", "autrice"])
def test_author_field_names(index, field):
    assert ids(index, f"{field}:oudin") == [2, 3]


def test_excluded_author_and_stage(index):
    assert ids(index, "potiron -auteur:aicha") == [3]
    assert ids(index, "potiron -escale:recoltes") == [1, 3]


@pytest.mark.parametrize(
    ("field", "value"), [("escale", "récoltes"), ("stage", "recolte"), ("étape", "Récoltes")]
)
def test_stage_field_names(index, field, value):
    assert ids(index, f"{field}:{value}") == [2, 4]


@pytest.mark.parametrize("query", ["type:dessin", "kind:drawing", "type:dessins", "TYPE:Dessin"])
def test_kind_field_names(index, query):
    assert ids(index, query) == [4]


@pytest.mark.parametrize("query", ["tag:jardin", "tags:Jardin", "étiquette:jardin"])
def test_tag_field_names(index, query):
    assert ids(index, query) == [3]


@pytest.mark.parametrize(
    "query",
    [
        "potiron~2",
        "potiron~",
        "potiron^3",
        "potiron^0.5",
        "(potiron)",
        "(potiron",
        'potiron"',
        "potiron OR",
        "AND potiron",
        "potiron~1^2",
        "[potiron]",
    ],
)
def test_unknown_syntax_is_read_as_the_word(index, query):
    assert ids(index, query) == ids(index, "potiron") == [1, 3, 4]


def test_lucene_suffixes_do_not_add_numbers():
    assert parse_query("cantine~2 cantine^3").words == ["cantine", "cantine"]


@pytest.mark.parametrize(
    "query", ['"', "((", "-", "NOT", "titre:", "-titre:", 'titre:"', "~2", "^", "NOT NOT", "-(", "auteur:-"]
)
def test_stray_syntax_never_raises(index, query):
    search(index, query, EVERYONE)
