"""Every segment carries its postings as flat arrays (search.posting_sidecar): searches
read the same postings from them as from Whoosh's blocks, and a damaged one is never
answered from."""

from __future__ import annotations

import os
from dataclasses import replace

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import RamStorage

from search.index import SearchIndex
from search.posting_sidecar import RECORD, SIDECAR_EXT, SidecarCodec
from search.query import Access, search
from search.schema import build_codec, build_schema, to_fields
from search.whoosh_view import SegmentTable
from tests.search.corpus import fixture_logbook

EVERYONE = Access(frozenset({1}), frozenset({1}))
QUERIES = ["cantine", "livraison carottes", '"camion frigorifique"', "coop*", "tag:gaspillage", "carrotes"]


@pytest.fixture(scope="module")
def docs():
    return fixture_logbook()


def _decoded(reader, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
    """The postings of a term as Whoosh's own matcher reads them, one by one."""
    matcher = reader._terms.matcher(fieldname, btext, reader.schema[fieldname].format)
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _assert_sidecars_match(tables: list[SegmentTable]) -> int:
    """Check the sidecar postings of every term of every segment; how many postings."""
    postings = 0
    for table in tables:
        assert table._sidecar is not None
        reader = table.reader
        for fieldname, btext in reader.all_terms():
            assert table._sidecar.may_hold(fieldname, btext)
            ids, weights = table._sidecar.postings(reader._terms.term_info(fieldname, btext))
            assert ids.dtype == np.int64 and weights.dtype == np.float32
            assert (ids.tolist(), weights.tolist()) == _decoded(reader, fieldname, btext), (fieldname, btext)
            postings += len(ids)
        # Through the search's own door, against today's decoding.
        for btext in list(reader.lexicon("exact"))[:50]:
            text = btext.decode("utf-8")
            found, decoded = table.postings("exact", text), table._decode("exact", text)
            assert found[0].tolist() == decoded[0].tolist() and found[1].tolist() == decoded[1].tolist()
        assert table.postings("exact", "mot-absent-de-tout") is None
    return postings


def _tables(index: SearchIndex) -> list[SegmentTable]:
    return [table for table, _offset in index.view().leaves]


def _sidecar_files(index: SearchIndex) -> set[str]:
    live = index.directory / os.readlink(index.directory / "current")
    return {path.name for path in live.iterdir() if path.name.endswith(SIDECAR_EXT)}


def test_a_rebuild_writes_sidecars_with_the_postings_of_every_term(docs, tmp_path):
    index = SearchIndex(tmp_path / "search")
    index.rebuild(docs)
    assert _assert_sidecars_match(_tables(index)) > 10_000
    index.close()


def test_incremental_updates_and_merges_write_sidecars_too(docs, tmp_path):
    index = SearchIndex(tmp_path / "search")
    index.ensure()
    for start in range(0, len(docs), 40):
        index.apply(docs[start : start + 40])
    tables = _tables(index)
    assert len(tables) > 1
    _assert_sidecars_match(tables)
    # Whoosh merges the small segments at some commit: the merged one has its sidecar.
    index.apply([replace(doc, title=f"{doc.title} révisé") for doc in docs[:3]])
    assert any(len(table.rows) > 40 for table in _tables(index))
    # Changed and deleted entries: their postings stay in their segment until a merge.
    index.apply([replace(doc, title=f"{doc.title} revu") for doc in docs[3:6]], deletes=[docs[40].entry_id])
    tables = _tables(index)
    assert index.view().searcher.reader().has_deletions()
    _assert_sidecars_match(tables)
    assert len(_sidecar_files(index)) == len(tables)

    before = {query: [hit.entry_id for hit in search(index, query, EVERYONE).hits] for query in QUERIES}
    ix = index._ix
    writer = ix.writer(codec=build_codec(), compound=False)
    writer.commit(optimize=True)
    index.open()
    tables = _tables(index)
    assert len(tables) == 1
    _assert_sidecars_match(tables)
    # The merged-away segments took their sidecars with them.
    assert _sidecar_files(index) == {tables[0].reader.segment().make_filename(SIDECAR_EXT)}
    assert {
        query: [hit.entry_id for hit in search(index, query, EVERYONE).hits] for query in QUERIES
    } == before
    index.close()


def test_a_term_whose_hash_is_found_but_is_absent_is_absent(docs, tmp_path, monkeypatch):
    index = SearchIndex(tmp_path / "search")
    index.rebuild(docs[:40])
    (table,) = _tables(index)
    monkeypatch.setattr(table._sidecar, "may_hold", lambda fieldname, btext: True)
    assert table.postings("exact", "mot-absent-de-tout") is None
    assert table.postings("exact", "cantine") is not None
    index.close()


def test_sidecars_are_read_from_ram_storage(docs):
    storage = RamStorage()
    ix = storage.create_index(build_schema())
    writer = ix.writer(codec=build_codec())
    for doc in docs[:60]:
        writer.add_document(**to_fields(doc))
    writer.commit()
    with ix.searcher() as searcher:
        _assert_sidecars_match([SegmentTable(searcher.reader())])


def test_segments_without_a_sidecar_are_decoded(docs, tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = ix.writer(codec=W3Codec(blocklimit=256, compression=0), compound=False)
    for doc in docs[:60]:
        writer.add_document(**to_fields(doc))
    writer.commit()
    assert not [name for name in os.listdir(tmp_path) if name.endswith(SIDECAR_EXT)]
    with ix.searcher() as searcher:
        table = SegmentTable(searcher.reader())
        assert table._sidecar is None
        assert len(table.postings("exact", "cantine")[0]) > 0


def test_an_index_from_before_sidecars_is_read_and_told_to_be_rebuilt(docs, tmp_path):
    index = SearchIndex(tmp_path / "search")
    index.rebuild(docs)
    assert index.documents_without_sidecar() == 0
    found = search(index, "cantine", EVERYONE).total
    # As an index written by an earlier version: the same segments, no sidecars.
    live = index.directory / os.readlink(index.directory / "current")
    for name in _sidecar_files(index):
        (live / name).unlink()
    index.close()
    older = SearchIndex(tmp_path / "search")
    assert older.documents_without_sidecar() == len(docs)
    assert older.is_healthy() and search(older, "cantine", EVERYONE).total == found
    older.rebuild(docs)
    assert older.documents_without_sidecar() == 0
    older.close()


def test_inlined_postings_are_refused():
    with pytest.raises(ValueError):
        SidecarCodec(inlinelimit=2)


def _damage_truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _records(data: bytes) -> int:
    return int.from_bytes(data[-32:-24], "little")


def _terms(data: bytes) -> int:
    return int.from_bytes(data[-24:-16], "little")


def _damage_zeroed_postings(data: bytes) -> bytes:
    # Same size and term table, every posting zero: only the term infos can tell.
    size = RECORD.itemsize * _records(data)
    return data[:8] + bytes(size) + data[8 + size :]


def _damage_zeroed_hashes(data: bytes) -> bytes:
    # Every word would look absent.
    start = 8 + RECORD.itemsize * _records(data) + 8 * (2 * _terms(data) + 1)
    end = start + 4 * _terms(data)
    return data[:start] + bytes(end - start) + data[end:]


def _damage_shifted_postings(data: bytes) -> bytes:
    # Every term's postings one record off.
    size, width = RECORD.itemsize * _records(data), RECORD.itemsize
    return data[:8] + data[8 + width : 8 + size] + bytes(width) + data[8 + size :]


@pytest.mark.parametrize(
    "damage",
    [
        _damage_truncated,
        _damage_zeroed_postings,
        _damage_shifted_postings,
        _damage_zeroed_hashes,
        lambda data: b"\x00garbage" * 10,
    ],
    ids=["truncated", "postings-zeroed", "postings-shifted", "hashes-zeroed", "garbage"],
)
def test_a_damaged_sidecar_is_not_answered_from_and_is_reported(docs, tmp_path, damage):
    index = SearchIndex(tmp_path / "search")
    index.rebuild(docs)
    answers = {query: search(index, query, EVERYONE, per_page=50) for query in QUERIES}
    assert index.is_healthy()
    index.close()
    for name in _sidecar_files(index):
        path = index.directory / "current" / name
        path.write_bytes(damage(path.read_bytes()))

    damaged = SearchIndex(tmp_path / "search").open()
    for query, expected in answers.items():
        result = search(damaged, query, EVERYONE, per_page=50)
        assert [(hit.entry_id, round(hit.score, 6)) for hit in result.hits] == [
            (hit.entry_id, round(hit.score, 6)) for hit in expected.hits
        ], query
        assert result.total == expected.total
    assert all(table._sidecar is None for table in _tables(damaged))
    assert not damaged.is_healthy()
    assert damaged.ensure() is True  # rebuilt, empty, for the caller to fill
    assert damaged.is_healthy()
    damaged.close()
