"""A rebuild written by two processes answers as one written by one, and fails whole,
on both stores."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from bench.stores import STORES
from search import half_process
from search.errors import SearchIndexError
from search.index import SearchIndex
from search.query import search
from tests.search.conftest import empty_store
from tests.search.corpus import fixture_logbook
from tests.search.test_rebuild import EVERYONE, QUERIES, _answers


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    """Two cores, whatever this machine has: two processes on one core write the same
    index, only not faster (what one core does is tested below)."""
    monkeypatch.setattr(half_process, "available_cores", lambda: 2)


@pytest.fixture(scope="module")
def docs():
    return fixture_logbook()


def _generations(index) -> list[str]:
    if not isinstance(index, SearchIndex):
        return []
    return sorted(path.name for path in index.directory.iterdir() if path.name.startswith("gen-"))


def _segments(index: SearchIndex) -> int:
    generation = index.directory / os.readlink(index.directory / "current")
    return len(list(generation.glob("*.trm")))


def _store(store: str, request, tmp_path, *, parallel_from: int):
    """An empty store whose rebuilds use two processes from ``parallel_from`` documents
    (PostgreSQL: in parts of 60 documents, so that each process writes several)."""
    index = empty_store(store, request, tmp_path)
    index.parallel_from = parallel_from
    if not isinstance(index, SearchIndex):
        index.part_size = 60
    return index


@pytest.mark.parametrize("store", STORES)
def test_two_processes_write_the_index_one_process_writes(store, request, docs, tmp_path):
    one = _store(store, request, tmp_path / "one", parallel_from=10_000)
    assert one.rebuild(docs, total=len(docs)) == len(docs)
    expected = {query: _answers(one, query) for query in QUERIES}
    stamps = one.stamps()
    if isinstance(one, SearchIndex):
        assert _segments(one) == 1
    one.close()

    two = _store(store, request, tmp_path / "two", parallel_from=10)
    seen: list[tuple[int, int | None]] = []
    count = two.rebuild(iter(docs), total=len(docs), progress=lambda done, total: seen.append((done, total)))
    assert count == two.doc_count() == len(docs)
    assert seen[-1] == (len(docs), len(docs))
    if isinstance(two, SearchIndex):
        assert _segments(two) == 2
        assert not any(Path(two.directory).rglob("first-half"))
    assert two.stamps() == stamps
    # Same hits, scores, highlights, facets and suggestions: ties go to the same entries.
    for query in QUERIES:
        assert _answers(two, query) == expected[query], query

    # The index stays an index: an update lands in it, and a rebuild replaces it.
    changed = replace(docs[0], title=f"{docs[0].title} zorglub")
    two.apply([changed], [])
    found = search(two, "zorglub", EVERYONE)  # the one answer, then entries related to it
    assert (found.exact_total, found.hits[0].entry_id) == (1, changed.entry_id)
    assert two.rebuild(docs[:30], total=30) == 30
    assert two.doc_count() == 30
    two.close()


@pytest.mark.parametrize("store", STORES)
def test_fewer_documents_than_counted(store, request, docs, tmp_path):
    """Entries deleted while a rebuild reads them: the count was too high."""
    one = _store(store, request, tmp_path / "one", parallel_from=10_000)
    one.rebuild(docs[:40], total=40)
    expected = _answers(one, "cantine")
    one.close()
    index = _store(store, request, tmp_path / "two", parallel_from=10)
    assert index.rebuild(docs[:40], total=200) == 40
    assert index.doc_count() == 40
    assert _answers(index, "cantine") == expected
    index.close()


class _Dies:
    """Unpickled by the helper process, it ends that process at once."""

    def __reduce__(self):
        return (os._exit, (3,))


def _live_answers(index) -> tuple:
    return index.doc_count(), _answers(index, "cantine")


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("trouble", ["helper fails", "helper dies", "caller fails"])
def test_a_rebuild_that_fails_in_either_process_leaves_the_live_index(
    store, request, docs, tmp_path, trouble
):
    index = _store(store, request, tmp_path, parallel_from=10)
    index.rebuild(docs[:20], total=20)
    before, generations = _live_answers(index), _generations(index)

    def documents():
        if trouble == "helper dies":
            yield _Dies()
        for number, doc in enumerate(docs):
            if trouble == "helper fails" and number == 3:
                doc = replace(doc, title=12)  # not text: the analysis fails on it
            if trouble == "caller fails" and number == len(docs) - 3:
                raise OSError("the database went away")
            yield doc

    expected = {
        "helper fails": (SearchIndexError, r"exit code 1\): AttributeError"),
        "helper dies": (SearchIndexError, "exit code 3"),
        "caller fails": (OSError, "database went away"),
    }[trouble]
    with pytest.raises(expected[0], match=expected[1]):
        index.rebuild(documents(), total=len(docs))

    assert _generations(index) == generations  # the half-written one is gone
    assert _live_answers(index) == before
    # Nothing is left running: neither the helper nor the thread that fed it.
    assert not [thread for thread in threading.enumerate() if thread.name == "carnet-index-feeder"]
    index.close()


def test_on_one_core_one_process_writes_a_large_rebuild(docs, tmp_path, monkeypatch):
    monkeypatch.setattr(half_process, "available_cores", lambda: 1)
    started = []
    monkeypatch.setattr(half_process.HalfWriter, "__init__", lambda *_args: started.append(True))
    index = SearchIndex(tmp_path / "ix", parallel_from=10)
    assert index.rebuild(docs, total=len(docs)) == len(docs)
    assert (_segments(index), started) == (1, [])
    index.close()
