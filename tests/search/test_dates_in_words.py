"""Dates typed as people type them: a month and a year, a day without a year, a month
alone, "1er mai", numeric and ISO dates, seasons. They match the day an entry happened,
and their words are never needed as text on top of it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from search.query import Access, parse_query, search
from tests.search.conftest import answers, make_doc

PARIS = timezone(timedelta(hours=1))
EVERYONE = Access(frozenset({1}))


def ids(index, text: str) -> list[int]:
    """The entries that answer ``text`` (those with only some of its parts follow them)."""
    return answers(search(index, text, EVERYONE))


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 18, tzinfo=PARIS)


@pytest.fixture
def diary(index):
    index.apply(
        [
            make_doc(1, "Réunion publique au centre social", occurred_at=at(2024, 1, 18)),
            make_doc(2, "Atelier vélo", occurred_at=at(2024, 1, 25)),
            make_doc(3, "Réunion du comité", occurred_at=at(2023, 3, 9)),
            make_doc(4, "Réunion du comité", occurred_at=at(2024, 3, 7)),
            make_doc(5, "Défilé", occurred_at=at(2024, 5, 1)),
            make_doc(6, "Conseil de quartier", occurred_at=at(2024, 11, 14)),
            make_doc(7, "Conseil de quartier", occurred_at=at(2023, 11, 14)),
            make_doc(8, "Marché de plein air", occurred_at=at(2024, 7, 10)),
            make_doc(
                9, "Bilan", body="Prévoir une réunion en mars pour le budget.", occurred_at=at(2024, 2, 1)
            ),
            make_doc(10, "Jardin partagé", occurred_at=at(2024, 4, 20)),
            make_doc(11, "Jardin partagé", occurred_at=at(2024, 10, 20)),
        ]
    )
    return index


def test_a_month_and_a_year_match_the_entries_of_that_month(diary):
    assert sorted(ids(diary, "janvier 2024")) == [1, 2]
    assert ids(diary, "réunion en janvier 2024") == [1]
    assert ids(diary, "en mars 2023") == [3]


def test_a_day_and_month_without_a_year_match_any_year(diary):
    assert sorted(ids(diary, "conseil du 14 novembre")) == [6, 7]
    assert sorted(ids(diary, "mardi 14 novembre 2023")) == [7]


def test_a_month_alone_matches_the_month_of_any_year(diary):
    found = ids(diary, "réunion de mars")
    # The entry that says "mars" first, then the meetings held in March.
    assert found[0] == 9
    assert sorted(found) == [3, 4, 9]


def test_a_month_alone_is_not_needed_as_a_word(diary):
    assert ids(diary, "défilé mai") == [5]
    assert ids(diary, "budget mars") == [9]


def test_a_day_written_in_words(diary):
    assert sorted(ids(diary, "conseil du quatorze novembre")) == [6, 7]
    assert ids(diary, "le dix-huit janvier 2024") == [1]
    assert ids(diary, "vingt cinq janvier") == [2]
    # "sept" before a month is the seventh, not September.
    assert [(d.day, d.month) for d in parse_query("fête du sept mars").dates] == [(7, 3)]
    assert sorted(ids(diary, "réunion du trois au dix mars")) == [3, 4]
    # A number in words with no month after it is a word.
    assert parse_query("les quinze jeunes").dates == []
    assert [(d.day, d.month) for d in parse_query("le trente et un décembre").dates] == [(31, 12)]


def test_premier_mai(diary):
    assert ids(diary, "1er mai") == [5]
    assert ids(diary, "le premier mai") == [5]


def test_numeric_and_iso_dates(diary):
    assert ids(diary, "conseil 14/11/2024") == [6]
    assert ids(diary, "2024-11-14") == [6]
    assert ids(diary, "14.11.23") == [7]
    assert sorted(ids(diary, "2024-01")) == [1, 2]


def test_a_season_with_a_year_and_alone(diary):
    assert ids(diary, "jardin printemps 2024") == [10]
    assert ids(diary, "jardin au printemps") == [10]
    assert ids(diary, "marché l'été") == [8]


def test_words_that_look_like_dates_stay_words():
    assert parse_query("sept ados").dates == []
    assert parse_query("ete jardin").dates == []
    assert parse_query("3/4 des élèves").dates == []
    assert parse_query("2024-03..2024-06").day_from == 20240301
    assert parse_query("date:2024-05").day_to == 20240531


def test_the_date_words_are_not_required_as_text(diary):
    # None of these entries says "janvier": the date alone answers.
    results = search(diary, "atelier vélo janvier 2024", EVERYONE)
    assert answers(results) == [2]
    assert results.hits[0].match == "exact"


def test_a_year_alone_matches_its_entries_below_those_that_say_it(diary):
    diary.apply([make_doc(12, "Bilan", body="Objectifs pour 2023 atteints.", occurred_at=at(2024, 12, 20))])
    found = ids(diary, "bilan 2023")
    # The bilan that says "2023" first, though written in 2024; then none of 2023 is a bilan.
    assert found == [12]
    assert ids(diary, "comité 2023") == [3]
    assert ids(diary, "jardin 2024")[:2] in ([10, 11], [11, 10])


def test_a_round_number_or_a_quoted_year_is_not_a_date():
    assert parse_query("2000 habitants").dates == []
    parsed = parse_query('"budget 2024" cantine')
    assert parsed.dates == [] and parsed.phrases == ["budget 2024"]


def test_ranges_in_words(diary):
    assert sorted(ids(diary, "du 1er au 31 janvier 2024")) == [1, 2]
    assert sorted(ids(diary, "réunion entre le 1er et le 10 mars")) == [3, 4]
    assert ids(diary, "comité du 1er au 10 mars 2023") == [3]
    assert sorted(ids(diary, "jardin d'avril à octobre")) == [10, 11]
    assert ids(diary, "jardin de janvier à juin 2024") == [10]
    # Across the new year: November to February.
    assert sorted(ids(diary, "conseil de novembre à février")) == [6, 7]


def test_words_that_look_like_ranges_stay_words():
    assert parse_query("du pain au chocolat").dates == []
    assert parse_query("du 3 au 45 mars").dates == []
