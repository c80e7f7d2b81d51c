"""The PostgreSQL store's packed postings: written by a rebuild, merged with the
per-entry rows of later writes without counting anything twice, and their migration."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest
from sqlalchemy import func, inspect, select, text

from search import postgres_packing, postgres_rebuild
from search.documents import EntryDocument
from search.postgres_packing import GAPS, PLAIN, pack, unpack, unpacked_share
from search.postgres_store import STORE_SCHEMA, PostgresSearchIndex
from search.postgres_tables import (
    search_documents,
    search_packed_postings,
    search_postings,
    search_state,
    search_words,
)
from search.postings import analyse
from search.query import Access, search
from search.schema import SCHEMA_VERSION
from tests.search.conftest import empty_store, make_doc, reopened
from tests.search.corpus import anchor_entries, generate_entries

EVERYONE = Access(frozenset({1}))


@pytest.fixture
def empty(request, tmp_path) -> PostgresSearchIndex:
    return empty_store("postgres", request, tmp_path)


def _count(index: PostgresSearchIndex, table) -> int:
    with index.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table))


def _postings(index: PostgresSearchIndex, field: str, term: str) -> list[tuple[int, float]]:
    """``(entry id, weight)`` of a term as a fresh view reads it, sorted."""
    view = reopened(index).view()
    docnums, weights = view.postings(field, term)
    return sorted(zip(view.entry_id[docnums].tolist(), weights.tolist(), strict=True))


def test_packed_arrays_read_back_whatever_the_width_of_the_ids():
    weights = np.array([1.0, 3.0], dtype=np.float32)
    for ids in ([3, 70_000], [5, 2**40], [70_000, 3], [2**40, 5]):
        packed = pack(np.array(ids, dtype=np.int64), weights)
        assert [part.tolist() for part in unpack(*packed)] == [ids, [1.0, 3.0]]


def test_growing_ids_and_whole_weights_take_a_few_bytes_a_posting():
    ids = np.arange(10, 20_010, 2, dtype=np.int64)
    counts = np.ones(len(ids), dtype=np.float32)
    entry_ids, weights, encoding = pack(ids, counts)
    assert encoding == GAPS and len(entry_ids) == 9 + len(ids) - 1 and len(weights) == 1 + len(ids)
    assert len(pack(ids, counts * 300)[1]) == 1 + 2 * len(ids)
    read_ids, read_weights = unpack(entry_ids, weights, encoding)
    assert read_ids.dtype == np.int64 and read_weights.dtype == np.float32
    assert np.array_equal(read_ids, ids) and np.array_equal(read_weights, counts)


@pytest.mark.parametrize(
    ("ids", "weights", "encoding", "id_bytes", "weight_bytes"),
    [
        ([7], [2.0], GAPS, 9, 1 + 1),
        ([1, 2, 300], [1.0, 255.0, 3.0], GAPS, 9 + 2 * 2, 1 + 3),
        ([1, 70_000, 2**32], [256.0, 1.0, 2.0], GAPS, 9 + 2 * 4, 1 + 3 * 2),
        ([1, 2], [0.5, 1.0], GAPS, 9 + 1, 1 + 2 * 4),
        ([1, 2], [70_000.0, 1.0], GAPS, 9 + 1, 1 + 2 * 4),
        # Gaps too wide for four bytes, ids that do not grow, none: plain arrays.
        ([1, 2**40], [1.0, 1.0], PLAIN, 2 * 8, 2 * 4),
        ([9, 4, 12], [1.0, 2.0, 1.0], PLAIN, 3 * 4, 3 * 4),
        ([3, 3], [1.0, 1.0], PLAIN, 2 * 4, 2 * 4),
        ([], [], PLAIN, 0, 0),
    ],
)
def test_each_row_is_packed_the_smallest_way_it_can_be_read_back(
    ids, weights, encoding, id_bytes, weight_bytes
):
    packed = pack(np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32))
    assert packed[2] == encoding and (len(packed[0]), len(packed[1])) == (id_bytes, weight_bytes)
    assert [part.tolist() for part in unpack(*packed)] == [ids, weights]


def test_an_unknown_encoding_is_an_error_not_a_misreading():
    with pytest.raises(ValueError, match="encoding"):
        unpack(b"", b"", 7)


def test_a_rebuild_packs_every_posting_and_clears_the_rows_of_earlier_writes(empty):
    empty.rebuild([make_doc(n, f"Jardin partagé {n}") for n in range(1, 6)])
    assert _count(empty, search_postings) == 0 and _count(empty, search_packed_postings) > 0
    empty.apply([make_doc(6, "Jardin ouvrier"), make_doc(2, "Verger")])
    assert _count(empty, search_postings) > 0
    with empty.engine.connect() as connection:
        assert unpacked_share(connection) == pytest.approx(2 / 6)
    empty.rebuild([make_doc(n, f"Jardin partagé {n}") for n in range(1, 4)])
    assert _count(empty, search_postings) == 0
    with empty.engine.connect() as connection:
        assert unpacked_share(connection) == 0.0
        packed_generation, generation = connection.execute(
            select(search_state.c.packed_generation, search_state.c.generation)
        ).one()
    assert packed_generation == generation
    assert search(empty, "jardin", EVERYONE).total == 3


def test_written_again_or_deleted_entries_count_once_with_their_new_words(empty):
    docs = [make_doc(n, f"Compost du quartier {n}", body="compost compost") for n in range(1, 8)]
    empty.rebuild(docs)
    before = _postings(empty, "exact", "compost")
    assert [entry_id for entry_id, _weight in before] == list(range(1, 8))
    empty.apply([make_doc(3, "Poulailler collectif"), make_doc(4, "Compost, encore du compost")], deletes=[5])
    # Entry 3 no longer matches its old words, 5 matches nothing, 4 counts once.
    assert search(empty, "poulailler", EVERYONE).total == 1
    assert {hit.entry_id for hit in search(empty, "compost", EVERYONE).hits} == {1, 2, 4, 6, 7}
    assert search(empty, "quartier", EVERYONE).total == 4
    after = _postings(empty, "exact", "compost")
    assert [entry_id for entry_id, _weight in after] == [1, 2, 4, 6, 7]
    # The same postings as an index built from scratch with the same entries.
    rebuilt = reopened(empty)
    current = [doc for doc in docs if doc.entry_id not in (3, 4, 5)]
    rebuilt.rebuild(
        [*current, make_doc(3, "Poulailler collectif"), make_doc(4, "Compost, encore du compost")]
    )
    assert _postings(rebuilt, "exact", "compost") == after
    assert _postings(rebuilt, "exact", "quartier") == [(1, 1.0), (2, 1.0), (6, 1.0), (7, 1.0)]


def test_an_entry_written_twice_after_the_rebuild_counts_once(empty):
    empty.rebuild([make_doc(1, "Ruche"), make_doc(2, "Ruche")])
    writer = reopened(empty)
    writer.apply([make_doc(1, "Ruche et miel")])
    writer.apply([make_doc(1, "Ruche, miel, cire")])
    assert _postings(empty, "exact", "ruche") == [(1, 1.0), (2, 1.0)]
    assert search(empty, "miel", EVERYONE).total == 1


def test_a_rebuild_stores_the_terms_weights_and_lengths_of_the_analysis_of_a_write(empty, monkeypatch):
    # A rebuild counts terms as numbers, a write as text: both must store the same index.
    monkeypatch.setattr(postgres_rebuild, "_BATCH", 7)
    days = [
        make_doc(501, "Hier soir, réunion", body="Rendez-vous le 14/11 et mardi prochain ; réunion réunion"),
        make_doc(502, "Atelier", body="Avant-hier, l'atelier du 3 juin ; aujourd'hui, porte-à-porte"),
        make_doc(503, "", tags=["jardin-partagé", "Été"], speaker="Mme Lefèvre"),
    ]
    docs = [*days, *anchor_entries(), *generate_entries(150, seed=3, start_id=1000)]
    small = PostgresSearchIndex(empty.engine, part_size=40)
    small.rebuild(docs)
    expected: dict[tuple[str, str], dict[int, float]] = {}
    words: set[str] = set()
    with small.engine.connect() as connection:
        stored = dict(
            connection.execute(select(search_documents.c.entry_id, search_documents.c.lengths)).all()
        )
        found: dict[tuple[str, str], dict[int, float]] = {}
        for field, term, entry_ids, weights, encoding in connection.execute(
            select(
                search_packed_postings.c.field,
                search_packed_postings.c.term,
                search_packed_postings.c.entry_ids,
                search_packed_postings.c.weights,
                search_packed_postings.c.encoding,
            )
        ):
            ids, values = unpack(entry_ids, weights, encoding)
            postings = found.setdefault((field, term), {})
            assert not postings.keys() & set(ids.tolist())
            postings.update(zip(ids.tolist(), values.tolist(), strict=True))
        indexed_words = set(connection.scalars(select(search_words.c.word)))
    for doc in docs:
        analysed = analyse(doc)
        assert json.loads(stored[doc.entry_id]) == analysed.lengths
        words |= analysed.words
        for field, term, weight in analysed.postings:
            expected.setdefault((field, term), {})[doc.entry_id] = weight
    assert found == expected
    assert indexed_words == words
    assert ("days", "1114") in found and ("pairs", "~reunion reunion") in found


def _encodings(index: PostgresSearchIndex) -> dict[int, int]:
    with index.engine.connect() as connection:
        return dict(
            connection.execute(
                select(search_packed_postings.c.encoding, func.count()).group_by(
                    search_packed_postings.c.encoding
                )
            ).all()
        )


def test_a_rebuild_packs_its_rows_small_and_says_so_to_earlier_versions(empty):
    """Entries come to a rebuild in the order of their ids: every row is GAPS-encoded,
    under a schema an earlier version does not take for its own."""
    empty.rebuild([make_doc(n, f"Atelier réparation {n}", body="vélo " * (n % 300)) for n in range(1, 400)])
    assert set(_encodings(empty)) == {GAPS}
    with empty.engine.connect() as connection:
        assert connection.scalar(select(search_state.c.schema)) == STORE_SCHEMA != SCHEMA_VERSION
    assert _postings(empty, "exact", "velo")[:3] == [(1, 1.0), (2, 2.0), (3, 3.0)]
    assert _postings(empty, "exact", "velo")[-1] == (399, 99.0)
    assert search(reopened(empty), "réparation", EVERYONE).total == 399


def test_an_index_packed_by_an_earlier_version_is_read_and_written_as_before(empty, monkeypatch):
    """Plain rows under the bare analysis schema, as the previous version wrote them:
    read, written to and repacked; `carnet check` suggests a rebuild."""
    monkeypatch.setattr(postgres_packing, "REPACK_MINIMUM", 2)
    monkeypatch.setattr(postgres_packing, "REPACK_SHARE", 0.1)
    docs = [make_doc(n, f"Repair café {n}") for n in range(1, 11)]
    empty.rebuild(docs)
    packed = search_packed_postings.c
    with empty.engine.begin() as connection:
        rows = connection.execute(select(packed.field, packed.term, packed.entry_ids, packed.weights)).all()
        for field, term, entry_ids, weights in rows:
            ids, values = unpack(entry_ids, weights, GAPS)
            connection.execute(
                search_packed_postings.update()
                .where(packed.field == field, packed.term == term)
                .values(
                    entry_ids=ids.astype(">i4").tobytes(),
                    weights=values.astype(">f4").tobytes(),
                    encoding=PLAIN,
                )
            )
        connection.execute(search_state.update().values(schema=SCHEMA_VERSION))
    index = reopened(empty)
    assert index.packed_by_earlier_version()
    assert search(index, "café", EVERYONE).total == 10
    index.apply([make_doc(3, "Repair vélo")], deletes=[4])
    index.apply([make_doc(11, "Repair café 11")])
    # The rows of those writes, packed by PostgreSQL: plain as well.
    assert set(_encodings(index)) == {PLAIN} and _count(index, search_postings) == 0
    assert [entry_id for entry_id, _weight in _postings(index, "exact", "cafe")] == [
        1,
        2,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
    ]
    index.rebuild([*docs, make_doc(11, "Repair café 11")])
    assert set(_encodings(index)) == {GAPS} and not index.packed_by_earlier_version()


def test_a_term_spread_over_several_parts(empty, monkeypatch):
    monkeypatch.setattr(postgres_rebuild, "_BATCH", 3)
    small = PostgresSearchIndex(empty.engine, part_size=5)
    small.rebuild([make_doc(n, f"Atelier vélo {n}") for n in range(1, 21)])
    with small.engine.connect() as connection:
        parts = connection.scalars(
            select(search_packed_postings.c.part).where(
                search_packed_postings.c.field == "exact", search_packed_postings.c.term == "atelier"
            )
        ).all()
    assert sorted(parts) == [0, 1, 2, 3]
    assert [entry_id for entry_id, _weight in _postings(small, "exact", "atelier")] == list(range(1, 21))
    small.apply([make_doc(7, "Vélo-école")], deletes=[12])
    assert search(small, "atelier", EVERYONE).total == 18
    assert search(small, "12", EVERYONE).total == 0


def test_a_write_packs_the_rows_written_since_once_they_are_many(empty, monkeypatch):
    monkeypatch.setattr(postgres_packing, "REPACK_MINIMUM", 3)
    monkeypatch.setattr(postgres_packing, "REPACK_SHARE", 0.3)
    empty.rebuild([make_doc(n, f"Conserverie {n}", body="bocaux") for n in range(1, 9)])
    follower = reopened(empty)
    assert follower.view().size == 8
    empty.apply([make_doc(2, "Conserverie, confitures")], deletes=[3])
    empty.apply([make_doc(9, "Confitures")])
    assert _count(empty, search_postings) > 0
    # The third document written since the rebuild (3 of 8): packed into a second part.
    empty.apply([make_doc(4, "Confitures de prunes")])
    assert _count(empty, search_postings) == 0
    with empty.engine.connect() as connection:
        assert unpacked_share(connection) == 0.0
        parts = connection.execute(
            select(
                search_packed_postings.c.part,
                search_packed_postings.c.entry_ids,
                search_packed_postings.c.weights,
                search_packed_postings.c.encoding,
            ).where(search_packed_postings.c.field == "exact", search_packed_postings.c.term == "confitures")
        ).all()
    # Packed by PostgreSQL itself, in document order, as plain arrays.
    assert [
        (part, encoding, unpack(ids, weights, encoding)[0].tolist()) for part, ids, weights, encoding in parts
    ] == [(1, PLAIN, [2, 9, 4])]
    expected = [(n, 1.0) for n in (1, 5, 6, 7, 8)]
    assert _postings(empty, "exact", "bocaux") == expected
    assert [entry_id for entry_id, _weight in _postings(empty, "exact", "conserverie")] == [1, 2, 5, 6, 7, 8]
    # Written again after the packing: counted from its row only.
    empty.apply([make_doc(9, "Prunes")])
    assert [entry_id for entry_id, _weight in _postings(empty, "exact", "confitures")] == [2, 4]
    assert search(follower, "confitures", EVERYONE).total == 2
    assert search(follower, "prunes", EVERYONE).total == 2
    rebuilt = reopened(empty)
    rebuilt.rebuild(
        [make_doc(n, f"Conserverie {n}", body="bocaux") for n in (1, 5, 6, 7, 8)]
        + [make_doc(2, "Conserverie, confitures"), make_doc(4, "Confitures de prunes"), make_doc(9, "Prunes")]
    )
    for term in ("confitures", "prunes", "conserverie"):
        assert _postings(rebuilt, "exact", term) == _postings(follower, "exact", term)


def test_an_index_from_before_packing_is_read_from_its_rows(empty):
    """An index built before migration 0013 has every posting in search_postings."""
    empty.rebuild([])
    empty.apply([make_doc(1, "Grainothèque"), make_doc(2, "Grainothèque du village")])
    with empty.engine.begin() as connection:
        connection.execute(search_state.update().values(packed_generation=None))
    assert search(reopened(empty), "grainothèque", EVERYONE).total == 2


def test_the_migration_adds_the_packed_table(app, backend):
    from flask_migrate import downgrade, upgrade

    from logbook.db import MIGRATIONS_DIR, db

    def tables() -> set[str]:
        return set(inspect(db.engine).get_table_names())

    try:
        downgrade(directory=MIGRATIONS_DIR, revision="0012")
        assert "search_packed_postings" not in tables()
        assert "packed_generation" not in {c["name"] for c in inspect(db.engine).get_columns("search_state")}
    finally:
        upgrade(directory=MIGRATIONS_DIR)
    assert "search_packed_postings" in tables()
    assert "packed_generation" in {c["name"] for c in inspect(db.engine).get_columns("search_state")}
    if backend.startswith("postgres"):
        with db.engine.connect() as connection:
            storage = connection.execute(
                text(
                    "SELECT attname, attstorage FROM pg_attribute"
                    " WHERE attrelid = 'search_packed_postings'::regclass AND attname IN ('entry_ids', 'weights')"
                )
            ).all()
        assert dict(storage) == {"entry_ids": "e", "weights": "e"}


def test_backups_leave_the_packed_postings_out(app):
    from logbook.db import db

    table = db.metadata.tables["search_packed_postings"]
    assert table.info.get("derived") is True


def test_entry_ids_far_apart_are_found_too(empty):
    """Ids too sparse for a table per id, and too large for 32 bits."""
    far = [1, 5_000_000, 2**40]
    day = datetime(2024, 5, 1, 12, tzinfo=UTC)

    def doc(entry_id: int, title: str) -> EntryDocument:
        # make_doc dates an entry by its id: not these ones.
        return EntryDocument(entry_id=entry_id, title=title, logbook_id=1, kind="note", occurred_at=day)

    empty.rebuild([doc(entry_id, "Semis de printemps") for entry_id in far])
    empty.apply([doc(2**40, "Semis d'automne")], deletes=[1])
    assert [entry_id for entry_id, _weight in _postings(empty, "exact", "semis")] == far[1:]
    assert [entry_id for entry_id, _weight in _postings(empty, "exact", "printemps")] == [5_000_000]


def test_postings_of_entries_the_view_does_not_hold_are_left_out(empty):
    """A view reads the postings as they are when it is asked: those of entries written
    since it was read (a larger id than any it holds) must not count, in a packed part
    nor in the rows of later writes, nor take another entry's place."""
    empty.rebuild([make_doc(n, "Compost collectif") for n in (2, 4)])
    view = reopened(empty).view()
    empty.apply([make_doc(9, "Compost du quartier"), make_doc(3, "Compost de l'école")])
    # The packed part of the rebuild, then the rows of the write: entries 3 and 9 are in
    # the second, past the end of the view's table for 9.
    docnums, weights = view.postings("exact", "compost")
    assert view.entry_id[docnums].tolist() == [2, 4] and weights.tolist() == [1.0, 1.0]
    fresh = reopened(empty).view()
    docnums, _weights = fresh.postings("exact", "compost")
    assert sorted(fresh.entry_id[docnums].tolist()) == [2, 3, 4, 9]


def test_a_part_whose_entries_were_written_again_counts_only_the_current_ones(empty):
    empty.rebuild([make_doc(n, "Atelier vélo") for n in range(1, 5)])
    empty.apply([make_doc(2, "Atelier couture")], deletes=[3])
    view = reopened(empty).view()
    docnums, _weights = view.postings("exact", "velo")
    assert sorted(view.entry_id[docnums].tolist()) == [1, 4]
    docnums, _weights = view.postings("exact", "couture")
    assert view.entry_id[docnums].tolist() == [2]


def test_the_encoding_migration_and_its_undoing(app, backend):
    """Undone, the migration drops the column and an index the previous version could
    not read (GAPS rows); an index of plain rows stays."""
    from flask_migrate import downgrade, upgrade

    from logbook.db import MIGRATIONS_DIR, db

    def encoding_column() -> bool:
        return "encoding" in {c["name"] for c in inspect(db.engine).get_columns("search_packed_postings")}

    def indexes() -> int:
        with db.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(search_state))

    def index_with(encoding: int) -> None:
        ids, weights, _encoding = pack(np.array([4, 2]), np.array([1.0, 1.0]))
        with db.engine.begin() as connection:
            connection.execute(search_state.delete())
            connection.execute(search_packed_postings.delete())
            connection.execute(search_state.insert().values(id=1, generation=5, schema=SCHEMA_VERSION))
            connection.execute(
                search_packed_postings.insert().values(
                    field="exact", term="verger", part=0, written_after=0, written_until=5,
                    entry_ids=ids, weights=weights, encoding=encoding,
                )
            )  # fmt: skip

    assert encoding_column()
    try:
        index_with(PLAIN)
        downgrade(directory=MIGRATIONS_DIR, revision="0013")
        assert not encoding_column() and indexes() == 1
        upgrade(directory=MIGRATIONS_DIR)
        assert encoding_column() and indexes() == 1
        index_with(GAPS)
        downgrade(directory=MIGRATIONS_DIR, revision="0013")
        assert indexes() == 0
    finally:
        upgrade(directory=MIGRATIONS_DIR)
    assert encoding_column()
