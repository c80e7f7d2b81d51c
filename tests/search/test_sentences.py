"""Queries typed as sentences and questions, and dates written in words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from search.query import Access, parse_query, search
from tests.search.conftest import answers, make_doc

PARIS = timezone(timedelta(hours=2))
EVERYONE = Access(frozenset({1}))


def ids(index, text: str) -> list[int]:
    """The entries that answer ``text`` (those with only some of its parts follow them)."""
    return answers(search(index, text, EVERYONE))


def test_question_words_and_verbs_of_asking_are_dropped():
    parsed = parse_query("Qui a parlé du composteur pendant la réunion ?")
    assert "Qui" not in parsed.words and "parlé" not in parsed.words
    assert {"composteur", "réunion"} <= set(parsed.words)
    assert parsed.question


def test_a_statement_keeps_its_verbs():
    assert "parlé" in parse_query("on a parlé du composteur").words


def test_a_question_of_nothing_but_question_words_keeps_them():
    assert parse_query("qui ?").words == ["qui"]


def test_a_question_finds_the_entry_with_its_words(index):
    index.apply(
        [
            make_doc(1, "Le composteur du square", body="Présenté à la réunion de lundi."),
            make_doc(2, "Qui a parlé ?", body="Un article sur la parole."),
            make_doc(3, "Comment faire ?", body="Une note sans rapport."),
        ]
    )
    assert ids(index, "qui a parlé du composteur à la réunion ?") == [1]
    assert ids(index, "comment faire un composteur") == [1]


@pytest.fixture
def meetings(index):
    common = " ".join(["réunion"] * 6)
    index.apply(
        [
            make_doc(1, "Bilan", body="Le composteur et les lombrics vont bien."),
            *(make_doc(n, f"Réunion {n}", body=f"{common} de l'équipe.") for n in range(2, 8)),
            make_doc(8, "Lombrics", body="Commande de lombrics."),
        ]
    )
    return index


def test_entries_matching_more_words_rank_before_entries_matching_one_common_word(meetings):
    # No entry has all three words: the one with two of them comes first.
    results = search(meetings, "réunion composteur lombrics", EVERYONE)
    assert results.hits[0].entry_id == 1
    assert {hit.match for hit in results.hits} == {"approximate"}
    assert results.exact_total == 0


def test_coordination_then_bm25_in_a_sentence(meetings):
    hits = search(meetings, "qui a parlé des lombrics et du composteur à la réunion ?", EVERYONE).hits
    assert hits[0].entry_id == 1


def test_words_typed_side_by_side_rank_the_entries_that_have_them_side_by_side_first(index):
    index.apply(
        [
            make_doc(1, "Concertation", body="Ligne 12 : concertation."),
            make_doc(
                2,
                "Concertation",
                body="Ce matin, la concertation en ligne a ouvert pour trois semaines aux habitants du quartier.",
            ),
            make_doc(3, "Piste", body="Piste de danse, parking cyclable."),
            make_doc(
                4,
                "Piste",
                body="Les travaux de la piste cyclable de l'avenue ont commencé lundi avec les services de la ville.",
            ),
        ]
    )
    # Both entries hold every word; the one where they follow each other comes first,
    # whatever the order the entries were written in.
    assert [hit.entry_id for hit in search(index, "concertation en ligne", EVERYONE).hits] == [2, 1]
    assert [hit.entry_id for hit in search(index, "piste cyclable", EVERYONE).hits] == [4, 3]
    # In a stemmed form too ("pistes cyclables").
    assert [hit.entry_id for hit in search(index, "pistes cyclables", EVERYONE).hits] == [4, 3]


@pytest.fixture
def dated(index):
    index.apply(
        [
            make_doc(1, "Réunion des parents", occurred_at=datetime(2024, 9, 12, 18, tzinfo=PARIS)),
            make_doc(2, "Réunion des parents", occurred_at=datetime(2024, 9, 13, 18, tzinfo=PARIS)),
            make_doc(
                3,
                "Compte rendu",
                body="Retour sur la réunion du 12 septembre.",
                occurred_at=datetime(2024, 10, 1, 9, tzinfo=PARIS),
            ),
            make_doc(4, "Réunion de rentrée", occurred_at=datetime(2023, 9, 4, 18, tzinfo=PARIS)),
            make_doc(5, "Réunion de printemps", occurred_at=datetime(2024, 3, 3, 18, tzinfo=PARIS)),
            # 2 March where it happened, 3 March in UTC+3 or later.
            make_doc(6, "Fête", occurred_at=datetime(2024, 3, 2, 23, 30, tzinfo=PARIS)),
        ]
    )
    return index


def test_a_day_and_month_in_words_match_the_entry_date_or_its_words(dated):
    assert sorted(ids(dated, "réunion du 12 septembre")) == [1, 3]


def test_a_month_and_year_in_words(dated):
    assert ids(dated, "réunion septembre 2023") == [4]
    assert sorted(ids(dated, "réunion sept. 2024")) == [1, 2]


def test_le_3_mars(dated):
    assert ids(dated, "le 3 mars") == [5]
    assert ids(dated, "2 mars") == [6]


def test_a_numeric_date(dated):
    assert ids(dated, "réunion 13/09/2024") == [2]


def test_a_month_alone_finds_its_word_first_then_the_entries_of_that_month(dated):
    found = ids(dated, "septembre")
    assert found[0] == 3
    assert sorted(found[1:]) == [1, 2, 4]


def test_an_impossible_date_is_words(dated):
    assert parse_query("45 mars").dates == []
    assert parse_query("45 mars").words == ["45", "mars"]


def test_grammatical_joins_in_questions_are_not_phrases_to_find(index):
    index.apply([make_doc(1, "Le composteur du square"), make_doc(2, "Une autre note")])
    assert ids(index, "est-ce qu'il y a un composteur ?") == [1]
    assert ids(index, "y a-t-il un composteur") == [1]
    assert parse_query("quand est-ce que le vélo-cargo arrive").compounds == ["vélo-cargo"]


def test_a_fraction_is_not_a_date():
    assert parse_query("3/4 des élèves").dates == []
    assert parse_query("03/04 réunion").dates[0].month == 4
