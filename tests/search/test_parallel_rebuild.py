"""A rebuild written by two processes answers as one written by one, and fails whole."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from search.errors import SearchIndexError
from search.index import SearchIndex
from search.parallel_build import available_cores
from search.query import search
from tests.search.corpus import fixture_logbook
from tests.search.test_rebuild import EVERYONE, QUERIES, _answers

pytestmark = pytest.mark.skipif(available_cores() < 2, reason="a rebuild uses one process on one core")


@pytest.fixture(scope="module")
def docs():
    return fixture_logbook()


def _generations(index: SearchIndex) -> list[str]:
    return sorted(path.name for path in index.directory.iterdir() if path.name.startswith("gen-"))


def _segments(index: SearchIndex) -> int:
    generation = index.directory / os.readlink(index.directory / "current")
    return len(list(generation.glob("*.trm")))


def test_two_processes_write_the_index_one_process_writes(docs, tmp_path):
    one = SearchIndex(tmp_path / "one")
    two = SearchIndex(tmp_path / "two", parallel_from=10)
    seen: list[tuple[int, int | None]] = []
    assert one.rebuild(docs, total=len(docs)) == len(docs)
    assert two.rebuild(
        iter(docs), total=len(docs), progress=lambda done, total: seen.append((done, total))
    ) == len(docs)

    assert (_segments(one), _segments(two)) == (1, 2)
    assert not any(Path(two.directory).rglob("first-half"))
    assert one.doc_count() == two.doc_count() == len(docs)
    assert one.stamps() == two.stamps()
    # Same hits, scores, highlights, facets and suggestions: ties go to the same entries.
    for query in QUERIES:
        assert _answers(one, query) == _answers(two, query), query
    assert seen[-1] == (len(docs), len(docs))

    # The index stays an index: an update lands in it, and a rebuild replaces it.
    changed = replace(docs[0], title=f"{docs[0].title} zorglub")
    two.apply([changed], [])
    found = search(two, "zorglub", EVERYONE)  # the one answer, then entries related to it
    assert (found.exact_total, found.hits[0].entry_id) == (1, changed.entry_id)
    assert two.rebuild(docs[:30], total=30) == 30
    assert two.doc_count() == 30
    one.close()
    two.close()


def test_fewer_documents_than_counted(docs, tmp_path):
    """Entries deleted while a rebuild reads them: the count was too high."""
    index = SearchIndex(tmp_path / "ix", parallel_from=10)
    assert index.rebuild(docs[:40], total=200) == 40
    assert index.doc_count() == 40
    assert _answers(index, "cantine")[0] == _answers(_single(docs[:40], tmp_path), "cantine")[0]
    index.close()


def _single(docs, tmp_path) -> SearchIndex:
    index = SearchIndex(tmp_path / "single")
    index.rebuild(docs, total=len(docs))
    return index


class _Dies:
    """Unpickled by the helper process, it ends that process at once."""

    def __reduce__(self):
        return (os._exit, (3,))


def _live_answers(index: SearchIndex) -> tuple:
    return index.doc_count(), _answers(index, "cantine")


@pytest.mark.parametrize("trouble", ["helper fails", "helper dies", "caller fails"])
def test_a_rebuild_that_fails_in_either_process_leaves_the_live_index(docs, tmp_path, trouble):
    index = SearchIndex(tmp_path / "ix", parallel_from=10)
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
    index.close()
