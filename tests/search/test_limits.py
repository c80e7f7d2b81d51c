"""One query's work is bounded: too long a query is refused, and its optional work
(typo corrections, prefix expansions) is counted."""

from __future__ import annotations

import pytest

from search.limits import QueryLimits, QueryTooLong
from search.query import Access, search
from tests.search.conftest import make_doc

MEMBER = Access(frozenset({1}))


@pytest.fixture
def index(index):
    index.apply(
        [
            make_doc(1, "Cantine de l'école", body="Les carottes du maraîcher."),
            make_doc(2, "Marché des producteurs", body="Potimarron et betterave."),
            make_doc(3, "Coopérative laitière", body="Coopération avec la cuisine centrale."),
        ]
    )
    return index


def test_a_query_longer_than_the_character_limit_is_refused(index):
    with pytest.raises(QueryTooLong) as refused:
        search(index, "cantine " * 200, MEMBER)
    assert refused.value.limit == 1000 and refused.value.found == 1600


def test_a_query_with_too_many_distinct_words_is_refused(index):
    words = " ".join(f"mot{n}" for n in range(21))
    with pytest.raises(QueryTooLong) as refused:
        search(index, words, MEMBER)
    assert refused.value.limit == 20 and refused.value.found == 21


@pytest.mark.parametrize(
    "text",
    [
        " ".join(f"tag:t{n}" for n in range(21)),
        " ".join(f"author:a{n}" for n in range(21)),
        " ".join(f"-exclu{n}" for n in range(21)),
        '"' + " ".join(f"phrase{n}" for n in range(21)) + '"',
        " ".join(f"pre{n}*" for n in range(21)),
    ],
)
def test_filters_exclusions_phrases_and_prefixes_count_as_words(index, text):
    with pytest.raises(QueryTooLong):
        search(index, text, MEMBER)


def test_a_repeated_word_counts_once(index):
    assert search(index, "cantine " * 100, MEMBER).total == 1


def test_corrections_per_query_are_bounded(index):
    one = QueryLimits(max_corrected_words=1)
    results = search(index, "cantinne carrottes", MEMBER, limits=one)
    assert results.suggestion == "cantine carrottes"
    assert search(index, "cantinne carrottes", MEMBER).suggestion == "cantine carottes"


def test_a_lone_typo_is_corrected_even_past_the_time_budget(index):
    hurried = QueryLimits(optional_work_seconds=0)
    assert search(index, "potimaron", MEMBER, limits=hurried).suggestion == "potimarron"


def test_very_long_words_are_not_corrected(index):
    assert search(index, "cantinne" + "e" * 30, MEMBER).suggestion is None


def test_prefix_expansions_per_query_are_bounded(index):
    assert search(index, "coop*", MEMBER).total == 1
    nothing_left = QueryLimits(max_query_expansions=0)
    assert search(index, "coop*", MEMBER, limits=nothing_left).total == 0


def test_stop_words_count_only_when_they_are_all_there_is(index):
    from search.words import STOP_WORDS

    sentence = (
        "le témoignage de la directrice sur la cantine qui a changé les menus de l'école "
        "depuis la rentrée et ce que les enfants en pensent au bout de trois mois"
    )
    search(index, sentence, MEMBER)
    with pytest.raises(QueryTooLong):
        search(index, " ".join(sorted(STOP_WORDS)[:21]), MEMBER)
