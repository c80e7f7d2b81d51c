"""The query language: each operator, and broken queries that still work."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from search.query import Access, parse_query, search
from tests.search.conftest import make_doc

UTC2 = timezone(timedelta(hours=2))
EVERYONE = Access(frozenset({1}))


@pytest.fixture
def index(index):
    index.apply(
        [
            make_doc(
                1,
                "Atelier cuisine à la cantine",
                body="Le camion frigorifique est arrivé.",
                tags=["atelier", "cantine"],
                kind="photo",
                author_id=7,
                author_name="Camille Rousseau",
                stage_id=3,
                stage_title="Expérimentation",
                occurred_at=datetime(2024, 3, 10, 9, tzinfo=UTC2),
            ),
            make_doc(
                2,
                "Réunion sur la cantine",
                body="Le camion est frigorifique depuis mardi.",
                tags=["cantine"],
                kind="note",
                author_id=8,
                author_name="Julien Marchand",
                stage_id=1,
                stage_title="Diagnostic",
                occurred_at=datetime(2024, 6, 30, 23, tzinfo=UTC2),
            ),
            make_doc(
                3,
                "Dessin de la cantine rêvée",
                kind="drawing",
                tags=["enfants"],
                author_id=7,
                author_name="Camille Rousseau",
                occurred_at=datetime(2024, 7, 1, 0, 30, tzinfo=UTC2),
            ),
            make_doc(
                4,
                "Témoignage d’un producteur",
                kind="testimony",
                speaker="Paul Lemoine",
                transcript="La coopérative livre les écoles.",
                occurred_at=datetime(2025, 1, 5, 9, tzinfo=UTC2),
            ),
            make_doc(
                5,
                "Lien vers la coopération européenne",
                kind="link",
                body="Cooperation across borders",
                occurred_at=datetime(2023, 12, 31, 9, tzinfo=UTC2),
            ),
        ]
    )
    return index


def ids(index, text, **kwargs):
    return sorted(hit.entry_id for hit in search(index, text, EVERYONE, **kwargs).hits)


def answers(index, text):
    """The hits that answer the query, not those that follow it as close."""
    return sorted(hit.entry_id for hit in search(index, text, EVERYONE).hits if hit.match != "approximate")


def test_entries_with_every_word_answer_and_those_with_some_follow(index):
    results = search(index, "cantine atelier", EVERYONE)
    assert (results.hits[0].entry_id, results.hits[0].match) == (1, "exact")
    assert {hit.entry_id for hit in results.hits[1:]} == {2, 3}
    assert {hit.match for hit in results.hits[1:]} == {"approximate"}
    assert results.exact_total == 1
    # Facets count the answers only.
    assert results.facets["kind"] == {"photo": 1}


def test_sorted_by_date_only_the_entries_with_every_word_come(index):
    for sort in ("newest", "oldest"):
        results = search(index, "cantine atelier", EVERYONE, sort=sort)
        assert [(hit.entry_id, hit.match) for hit in results.hits] == [(1, "exact")]
    # With no entry holding every word, the closest come, by date.
    results = search(index, "cantine coopérative", EVERYONE, sort="newest")
    assert [hit.entry_id for hit in results.hits] == [4, 3, 2, 1, 5]
    assert results.exact_total == 0


def test_exact_phrase_keeps_word_order(index):
    assert answers(index, '"camion frigorifique"') == [1]
    # The words apart ("le camion est frigorifique") follow the phrase, as close.
    assert ids(index, '"camion frigorifique"') == [1, 2]
    assert answers(index, "camion frigorifique") == [1, 2]


def test_typographic_quotes_make_a_phrase_too(index):
    assert answers(index, "« camion frigorifique »") == [1]


def test_minus_excludes_a_word(index):
    assert ids(index, "cantine -réunion") == [1, 3]
    assert ids(index, 'cantine -"camion frigorifique"') == [2, 3]


def test_tag_operator(index):
    assert ids(index, "tag:atelier") == [1]
    assert ids(index, "tag:cantine -tag:atelier") == [2]


def test_kind_and_type_accept_french_kind_names(index):
    assert ids(index, "kind:photo") == [1]
    assert ids(index, "type:dessin") == [3]
    assert ids(index, "type:témoignage") == [4]
    assert ids(index, "type:temoignages") == [4]
    assert ids(index, "type:lien") == [5]
    assert ids(index, "type:vidéo") == []
    assert ids(index, "cantine -type:note") == [1, 3]


def test_author_operator_matches_part_of_the_name(index):
    assert ids(index, "author:camille") == [1, 3]
    assert ids(index, "auteur:marchand cantine") == [2]


def test_stage_operator_matches_the_stage_title_without_accents(index):
    assert ids(index, "stage:experimentation") == [1]
    assert ids(index, "escale:diagnostic") == [2]


def test_month_range_is_inclusive_in_the_entry_time_zone(index):
    # Entry 2 happened on 30 June at 23:00 local time (21:00 UTC): June.
    # Entry 3 happened on 1 July at 00:30 local time (30 June in UTC): July.
    assert ids(index, "2024-03..2024-06") == [1, 2]
    assert ids(index, "2024-07..") == [3, 4]
    assert ids(index, "..2024-02") == [5]


def test_after_and_before(index):
    assert ids(index, "after:2024-07-01") == [3, 4]
    assert ids(index, "before:2024-03") == [5]
    assert ids(index, "after:2024-03-01 before:2024-07") == [1, 2]
    assert ids(index, "date:2024-03") == [1]


def test_date_arguments_combine_with_text(index):
    assert ids(index, "cantine", date_from=date(2024, 6, 1), date_to=date(2024, 6, 30)) == [2]


def test_prefix_star(index):
    assert ids(index, "coop*") == [4, 5]
    assert ids(index, "frigo*") == [1, 2]


def test_typo_still_finds_and_suggests(index):
    results = search(index, "cantinne", EVERYONE)
    assert sorted(hit.entry_id for hit in results.hits) == [1, 2, 3]
    assert results.suggestion == "cantine"


def test_no_suggestion_when_the_words_exist(index):
    assert search(index, "cantine", EVERYONE).suggestion is None


def test_argument_filters(index):
    assert ids(index, "cantine", kinds=["photo", "drawing"]) == [1, 3]
    assert ids(index, "cantine", tags=["atelier"]) == [1]
    assert ids(index, "", stage_ids=[1]) == [2]
    assert ids(index, "", authors=[7]) == [1, 3]
    assert ids(index, "", authors=["Julien Marchand"]) == [2]


@pytest.mark.parametrize(
    "text",
    ['"unclosed phrase', "tag:", "kind:", "((cantine", "cantine AND OR", "-", "*", "::", "2024-13..2024-99",
     "after:demain", "author:", "\x00", "a" * 500, "cant*ine", "é*"],
)  # fmt: skip
def test_syntax_errors_never_raise(index, text):
    search(index, text, EVERYONE)


def test_unclosed_quote_is_a_phrase_to_the_end(index):
    assert answers(index, '"camion frigorifique') == [1]


def test_unknown_field_becomes_words(index):
    assert answers(index, "cuisine:atelier") == [1]


def test_parse_query_reads_each_operator():
    parsed = parse_query(
        'cantine "camion frigo" -pain tag:bio type:dessin author:marie stage:bilan 2024-03..2024-06'
    )
    assert parsed.words == ["cantine"]
    assert parsed.phrases == ["camion frigo"]
    assert parsed.excluded_words == ["pain"]
    assert parsed.tags == {"bio"}
    assert parsed.kinds == {"drawing"}
    assert parsed.authors == ["marie"]
    assert parsed.stages == ["bilan"]
    assert (parsed.day_from, parsed.day_to) == (20240301, 20240631)


def test_sort_by_date(index):
    newest = [hit.entry_id for hit in search(index, "cantine", EVERYONE, sort="newest").hits]
    oldest = [hit.entry_id for hit in search(index, "cantine", EVERYONE, sort="oldest").hits]
    assert newest == [3, 2, 1]
    assert oldest == [1, 2, 3]


def test_empty_query_lists_newest_first(index):
    assert [hit.entry_id for hit in search(index, "", EVERYONE).hits] == [4, 3, 2, 1, 5]


def test_pages(index):
    first = search(index, "", EVERYONE, page=1, per_page=2)
    second = search(index, "", EVERYONE, page=2, per_page=2)
    third = search(index, "", EVERYONE, page=3, per_page=2)
    assert first.total == second.total == 5
    assert [h.entry_id for h in first.hits + second.hits + third.hits] == [4, 3, 2, 1, 5]


def test_highlights_are_escaped_and_only_marks_are_html(index):
    index.apply(
        [make_doc(9, "<script>alert(1)</script> cantine & co", body='Un <b>gras</b> "cantine" <img src=x>')]
    )
    hit = next(h for h in search(index, "cantine", EVERYONE).hits if h.entry_id == 9)
    assert hit.title_html == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>cantine</mark> &amp; co"
    assert "<b>" not in hit.snippet_html and "<img" not in hit.snippet_html
    assert "<mark>cantine</mark>" in hit.snippet_html


def test_snippet_is_taken_around_the_match(index):
    long_body = "Introduction sans intérêt. " * 30 + "Ici la légumerie démarre enfin. " + "Suite. " * 30
    index.apply([make_doc(10, "Long compte rendu", body=long_body)])
    hit = search(index, "legumerie", EVERYONE).hits[0]
    assert "<mark>légumerie</mark>" in hit.snippet_html
    assert hit.snippet_html.startswith("…") and hit.snippet_html.endswith("…")
    assert len(hit.snippet_html) < 300


def test_empty_filter_lists_mean_no_filter(index):
    assert ids(index, "cantine", kinds=[], tags=[], stage_ids=[], authors=[]) == [1, 2, 3]


def test_query_of_stop_words_only_looks_them_up_as_typed(index):
    index.apply([make_doc(20, "Pas de pain aujourd’hui")])
    assert ids(index, "pas") == [20]
