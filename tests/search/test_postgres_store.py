"""What only the PostgreSQL store has: an index that exists once built, writers queued
on one row, answers from the data of the database of the moment, outages told apart."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, text, update

from search.errors import IndexBusy, IndexCorrupt, IndexMissing, StoreUnavailable
from search.postgres_store import PostgresSearchIndex
from search.postgres_tables import search_state
from search.query import Access, search
from tests.conftest import _free_port
from tests.search.conftest import empty_store, make_doc, reopened

EVERYONE = Access(frozenset({1}))


@pytest.fixture
def empty(request, tmp_path) -> PostgresSearchIndex:
    return empty_store("postgres", request, tmp_path)


def test_no_index_until_the_first_build(empty):
    with pytest.raises(IndexMissing):
        empty.open()
    assert not empty.is_healthy()
    with pytest.raises(IndexMissing):
        empty.apply([make_doc(1, "Perdue")])
    assert empty.ensure() is True
    assert empty.ensure() is False
    assert empty.is_healthy() and empty.doc_count() == 0


def test_an_index_of_another_schema_is_corrupt(empty):
    empty.ensure()
    with empty.engine.begin() as connection:
        connection.execute(update(search_state).values(schema="0"))
    with pytest.raises(IndexCorrupt):
        empty.view()
    assert not empty.is_healthy()
    assert empty.ensure() is True and empty.is_healthy()


def test_a_writer_waits_for_another_then_gives_up(empty):
    empty.ensure()
    impatient = reopened(empty, writer_timeout=0.2)
    with empty.engine.connect() as holder, holder.begin():
        # Another writer's transaction holds the generation row.
        holder.execute(update(search_state).values(generation=search_state.c.generation + 1))
        with pytest.raises(IndexBusy):
            impatient.apply([make_doc(2, "Bloquée")])
    impatient.apply([make_doc(2, "Débloquée")])
    assert empty.entry_ids() == {2}


def test_writes_joined_to_a_caller_transaction_count_only_once_committed(empty):
    empty.ensure()
    with empty.engine.connect() as connection:
        transaction = connection.begin()
        empty.apply([make_doc(1, "Verger partagé")], connection=connection)
        assert search(reopened(empty), "verger", EVERYONE).total == 0
        transaction.rollback()
    assert search(empty, "verger", EVERYONE).total == 0
    with empty.engine.connect() as connection, connection.begin():
        empty.apply([make_doc(1, "Verger partagé")], connection=connection)
    assert search(empty, "verger", EVERYONE).total == 1


def test_concurrent_writers_lose_nothing(empty):
    empty.ensure()
    errors: list[BaseException] = []

    def write(first: int) -> None:
        mine = reopened(empty)
        try:
            for n in range(first, first + 20):
                mine.apply([make_doc(n, f"Compost numéro {n}")])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(first,)) for first in (1, 101, 201)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert search(empty, "compost", EVERYONE).total == 60


def test_a_search_during_a_database_outage_says_so(empty):
    empty.ensure()
    down = PostgresSearchIndex(create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/test"))
    with pytest.raises(StoreUnavailable):
        search(down, "compost", EVERYONE)
    with pytest.raises(StoreUnavailable):
        down.apply([make_doc(1, "Compost")])
    assert not down.is_healthy()


def test_deleted_words_are_no_correction_nor_expansion_for_anyone(empty):
    empty.ensure()
    empty.apply([make_doc(1, "Poulailler collectif"), make_doc(2, "Potager")])
    assert search(empty, "poulaillier", EVERYONE).suggestion == "poulailler"
    empty.apply([], deletes=[1])
    results = search(empty, "poulaillier", EVERYONE)
    assert results.suggestion is None and results.total == 0
    assert search(empty, "pou*", EVERYONE).total == 0


def test_the_columns_are_read_again_only_when_the_index_changed(empty):
    empty.ensure()
    empty.apply([make_doc(1, "Ruche")])
    first = empty.view()
    assert empty.view() is first
    reopened(empty).apply([make_doc(2, "Rucher")])
    assert empty.view() is not first and empty.entry_ids() == {1, 2}
    with empty.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM search_words")).scalar() >= 2


def test_columns_read_again_in_part_equal_columns_read_whole(empty):
    empty.ensure()
    empty.apply([make_doc(n, f"Entrée {n}", tags=[f"t{n % 3}"], stage_id=n % 2) for n in range(1, 8)])
    follower = reopened(empty)
    follower.view()
    writer = reopened(empty)
    writer.apply([make_doc(3, "Entrée revue", tags=["revue"]), make_doc(9, "Nouvelle", tags=["t1"])])
    writer.apply([], deletes=[5, 404])
    writer.apply([make_doc(1, "Première, encore", tags=["t0", "revue"])])
    merged, whole = follower.view(), reopened(empty).view()
    assert merged is not whole and merged.generation == whole.generation
    assert [row.entry_id for row in merged._rows] == [2, 4, 6, 7, 3, 9, 1]
    assert merged._rows == whole._rows
    for name in ("entry_id", "logbook", "state", "kind", "stage", "author", "day", "timestamp"):
        assert getattr(merged, name).tolist() == getattr(whole, name).tolist(), name
    assert sorted(zip(merged.tag_doc.tolist(), merged.tag_code.tolist(), strict=True)) == sorted(
        zip(whole.tag_doc.tolist(), whole.tag_code.tolist(), strict=True)
    )
    assert merged.lengths("title").tolist() == whole.lengths("title").tolist()
    assert search(follower, "revue", EVERYONE).total == 2


def test_an_index_removed_and_made_again_is_read_whole(empty):
    empty.ensure()
    empty.apply([make_doc(1, "Avant")])
    follower = reopened(empty)
    assert follower.entry_ids() == {1}
    with empty.engine.begin() as connection:
        connection.execute(text("TRUNCATE search_state, search_documents, search_postings, search_words"))
    empty.ensure()
    empty.apply([make_doc(2, "Après")])
    assert follower.entry_ids() == {2}
