"""The days an entry's text speaks of: "hier soir", "mardi prochain", "le 14/11".
A date typed in a query finds the entries written another day about that day,
after the entries of the day itself, on both stores."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import search.parallel_build as build_module
from search.dates import extract_dates
from search.documents import document_stamp
from search.index import SearchIndex
from search.mentioned_days import FIELD, day_terms, mentioned_days, query_terms
from search.query import Access, search
from search.schema import encode_row
from tests.search.conftest import answers, make_doc

PARIS = timezone(timedelta(hours=2))
EVERYONE = Access(frozenset({1}))
THURSDAY = date(2024, 6, 13)


def days(text: str, anchor: date = THURSDAY) -> list[date]:
    return sorted(mentioned_days([text], anchor))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hier soir, réunion avec les parents", [date(2024, 6, 12)]),
        ("Yesterday we met the cooks", [date(2024, 6, 12)]),
        ("avant-hier au marché", [date(2024, 6, 11)]),
        ("vu avant hier", [date(2024, 6, 11)]),
        ("RDV demain 9h", [date(2024, 6, 14)]),
        ("après demain on livre", [date(2024, 6, 15)]),
        ("apres-demain", [date(2024, 6, 15)]),
        ("il y a trois jours", [date(2024, 6, 10)]),
        ("il y a 2 jours", [date(2024, 6, 11)]),
        ("dans dix jours", [date(2024, 6, 23)]),
        ("2 days ago", [date(2024, 6, 11)]),
    ],
)
def test_relative_words_are_read_from_the_day_the_entry_happened(text, expected):
    assert days(text) == expected


def test_a_named_weekday_with_last_or_next_is_the_one_before_or_after():
    # 13 June 2024 is a Thursday.
    assert days("lundi dernier") == [date(2024, 6, 10)]
    assert days("jeudi dernier") == [date(2024, 6, 6)]
    assert days("vendredi passé") == [date(2024, 6, 7)]
    assert days("mardi prochain") == [date(2024, 6, 18)]
    assert days("jeudi prochain") == [date(2024, 6, 20)]
    assert days("last Friday, next Monday") == [date(2024, 6, 7), date(2024, 6, 17)]


def test_words_that_name_no_single_day_are_left_out():
    # A weekday alone is the past or the coming one; a week or a month is not a day.
    for text in (
        "jeudi, atelier cuisine",
        "la semaine dernière",
        "en mars",
        "le lendemain",
        "hiers",
        "dans une semaine",
    ):
        assert days(text) == [], text
    # Further away than a month, people give the date.
    assert days("il y a 45 jours") == []
    # The day itself is the entry's own.
    assert days("aujourd'hui, le 13 juin") == []


def test_a_written_date_without_a_year_is_the_nearest_one():
    assert days("atelier le 14/11") == [date(2024, 11, 14)]
    assert days("retour sur le 3 janvier", date(2024, 12, 20)) == [date(2025, 1, 3)]
    assert days("retour sur le 20 décembre", date(2025, 1, 5)) == [date(2024, 12, 20)]
    assert days("bilan du 12 mars 2022") == [date(2022, 3, 12)]
    assert days("fête le 1er mai, bilan le premier juin") == [date(2024, 5, 1), date(2024, 6, 1)]
    assert days("relevé du 14.11.2024, facture du 02/12") == [date(2024, 11, 14), date(2024, 12, 2)]
    # A fraction is no date; a day in words is left to its words.
    assert days("3/4 des élèves, le quinze juin") == []
    # An impossible day is no day.
    assert days("le 30 février") == []
    assert days("le 29 février", date(2025, 1, 10)) == [date(2024, 2, 29)]


def test_a_day_is_two_terms_and_a_query_looks_up_the_one_it_can():
    assert day_terms([date(2024, 6, 12)]) == ["0612", "20240612"]
    (day,) = extract_dates("réunion du 12 juin")[1]
    assert query_terms(day) == ["0612"]
    (day,) = extract_dates("le 12 juin 2024")[1]
    assert query_terms(day) == ["20240612"]
    (span,) = extract_dates("du 30 décembre au 2 janvier")[1]
    assert query_terms(span) == ["1230", "1231", "0101", "0102"]
    (month,) = extract_dates("en mars 2024")[1]
    assert query_terms(month) == []


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=PARIS)


@pytest.fixture
def diary(index):
    index.apply(
        [
            make_doc(
                1, "Réunion avec les parents", body="Salle pleine.", occurred_at=at(date(2024, 6, 12), 19)
            ),
            make_doc(
                2,
                "Retour",
                body="Hier soir, réunion avec les parents : salle pleine.",
                occurred_at=at(THURSDAY),
            ),
            make_doc(3, "Réunion d'équipe", body="Rien de neuf.", occurred_at=at(date(2024, 6, 3))),
            make_doc(
                4,
                "Atelier cuisine",
                body="Prochain atelier le 14/11 au centre social.",
                occurred_at=at(date(2024, 10, 2)),
            ),
            make_doc(5, "Atelier cuisine", body="Trente inscrits.", occurred_at=at(date(2024, 11, 14))),
            make_doc(6, "Réunion", body="Hier, réunion du bureau.", occurred_at=at(date(2023, 6, 13))),
        ]
    )
    return index


def test_an_entry_speaking_of_the_day_follows_the_entries_of_that_day(diary):
    found = answers(search(diary, "réunion du 12 juin", EVERYONE))
    assert found[0] == 1
    assert set(found[:3]) == {1, 2, 6}
    assert 3 not in found[:3]


def test_the_year_typed_picks_its_day(diary):
    assert answers(search(diary, "réunion du 12 juin 2024", EVERYONE))[:2] == [1, 2]
    found = answers(search(diary, "réunion du 12 juin 2023", EVERYONE))
    assert found[0] == 6 and 2 not in found[:1]


def test_a_date_in_numbers_in_the_text_answers_it_in_words(diary):
    found = answers(search(diary, "atelier du 14 novembre", EVERYONE))
    assert found[:2] == [5, 4]


def test_a_range_covers_the_days_spoken_of(diary):
    found = answers(search(diary, "réunion du 10 au 12 juin 2024", EVERYONE))
    assert set(found[:2]) == {1, 2}


def test_a_rebuilt_index_keeps_the_days_spoken_of(index):
    # A rebuild writes postings its own way (packed on PostgreSQL, bulk on Whoosh).
    index.rebuild(
        [
            make_doc(1, "Réunion", body="Salle pleine.", occurred_at=at(date(2024, 6, 12), 19)),
            make_doc(2, "Retour", body="Hier soir, réunion : salle pleine.", occurred_at=at(THURSDAY)),
            make_doc(3, "Réunion", body="Rien de neuf.", occurred_at=at(date(2024, 6, 3))),
        ]
    )
    assert answers(search(index, "réunion du 12 juin", EVERYONE)) == [1, 2]


def test_an_index_from_before_gets_the_field_on_its_next_write(tmp_path, monkeypatch):
    """An index built by an earlier version has no ``days`` field and stamps made
    without the days: it is searched as before, a write adds the field, and only
    the entries whose text names a day drift (``carnet check`` counts them)."""
    docs = [
        make_doc(1, "Réunion", body="Hier soir, réunion des parents.", occurred_at=at(THURSDAY)),
        make_doc(2, "Atelier", body="Trente inscrits.", occurred_at=at(THURSDAY)),
    ]
    built_schema, built_fields = build_module.build_schema, build_module.to_fields

    def older_schema():
        schema = built_schema()
        schema.remove(FIELD)
        return schema

    def older_fields(doc):
        fields = built_fields(doc)
        del fields[FIELD]
        fields["row"] = encode_row(doc, document_stamp(doc, days=[]))
        return fields

    with monkeypatch.context() as patched:
        # A rebuild writes its segments in search.parallel_build.
        patched.setattr(build_module, "build_schema", older_schema)
        patched.setattr(build_module, "to_fields", older_fields)
        older = SearchIndex(tmp_path / "search")
        older.rebuild(docs)
    stamps = older.stamps()
    assert [doc.entry_id for doc in docs if stamps[doc.entry_id] != document_stamp(doc)] == [1]
    assert answers(search(older, "réunion du 13 juin", EVERYONE)) == [1]
    assert answers(search(older, "réunion du 12 juin", EVERYONE)) == []
    older.apply([make_doc(3, "Réunion", body="Avant-hier, réunion.", occurred_at=at(date(2024, 6, 14)))])
    assert answers(search(older, "réunion du 12 juin", EVERYONE)) == [3]
    older.rebuild(docs)
    assert answers(search(older, "réunion du 12 juin", EVERYONE)) == [1]
    older.close()
