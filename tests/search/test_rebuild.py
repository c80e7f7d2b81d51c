"""A rebuild writes, faster, the index that incremental updates would have written."""

from __future__ import annotations

import hashlib

import pytest
from whoosh import index as whoosh_index

from search.analysis import CachedAnalyzer, _chain
from search.bulk import BulkWriter
from search.index import SearchIndex
from search.query import Access, search
from search.schema import build_codec, build_schema, to_fields
from tests.search.corpus import JUDGED_QUERIES, fixture_logbook

EVERYONE = Access(frozenset({1}), frozenset({1}))
QUERIES = [query for query, _relevant in JUDGED_QUERIES] + [
    '"camion frigorifique"',
    "coop*",
    "kind:photo carottes",
    "tag:gaspillage",
    "livraison 2024-03..2024-06",
    "gaspillage -pain",
    "carrotes",
]


def _answers(index: SearchIndex, query: str) -> tuple:
    result = search(index, query, EVERYONE, per_page=50)
    return (
        result.total,
        [(hit.entry_id, round(hit.score, 4), hit.title_html, hit.snippet_html) for hit in result.hits],
        result.facets,
        result.suggestion,
    )


@pytest.fixture(scope="module")
def docs():
    return fixture_logbook()


def test_rebuild_gives_the_same_documents_and_answers_as_incremental_updates(docs, tmp_path):
    rebuilt = SearchIndex(tmp_path / "rebuilt")
    assert rebuilt.rebuild(docs, total=len(docs)) == len(docs)
    updated = SearchIndex(tmp_path / "updated")
    updated.ensure()
    for start in range(0, len(docs), 40):  # several commits, as the worker makes them
        updated.apply(docs[start : start + 40])

    assert rebuilt.doc_count() == updated.doc_count() == len(docs)
    assert rebuilt.stamps() == updated.stamps()
    for query in QUERIES:
        assert _answers(rebuilt, query) == _answers(updated, query), query
    rebuilt.close()
    updated.close()


def _segment_files(path, *, bulk: bool, docs, limitmb: int) -> dict[str, str]:
    """Build an index of ``docs`` in ``path`` with Whoosh's own writer and the filter
    chains, or with BulkWriter and the cached analyzers; the digests of its segment files."""
    path.mkdir()
    schema = build_schema()
    if not bulk:
        for _name, field in schema.items():
            if isinstance(getattr(field, "analyzer", None), CachedAnalyzer):
                field.analyzer = _chain(field.analyzer.kind)
    ix = whoosh_index.create_in(str(path), schema)
    options = {"limitmb": limitmb, "codec": build_codec(), "compound": False}
    writer = BulkWriter(ix, **options) if bulk else ix.writer(**options)
    for doc in docs:
        writer.add_document(**to_fields(doc))
    writer.commit()
    ix.close()
    digests = {}
    for file in path.iterdir():
        if file.name.startswith("MAIN_") and file.name != "MAIN_WRITELOCK":
            kind = file.name.split(".", 1)[1]  # the segment's name is random
            digests[kind] = hashlib.sha256(file.read_bytes()).hexdigest()
    return digests


@pytest.mark.parametrize("limitmb", [1, 64], ids=["spilled-to-disk", "in-memory"])
def test_bulk_writer_writes_the_segment_files_whoosh_writes(docs, tmp_path, limitmb, monkeypatch):
    docs = docs[:150]
    if limitmb == 1:
        # Runs merged and postings written a few terms at a time, common terms alone.
        monkeypatch.setattr("search.bulk_postings._WRITE_CHUNK", 7)
    whoosh = _segment_files(tmp_path / "whoosh", bulk=False, docs=docs, limitmb=limitmb)
    bulk = _segment_files(tmp_path / "bulk", bulk=True, docs=docs, limitmb=limitmb)
    # The postings sidecar too: both writers give it the same postings.
    assert {"trm", "pst", "psc", "_stored.col", "row.col"} <= set(whoosh)
    assert bulk == whoosh
