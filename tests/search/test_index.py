"""The index on both stores (Whoosh on disk, PostgreSQL tables): updates, deletes, atomic
rebuilds, concurrent writers; corruption of the files on disk."""

from __future__ import annotations

import os

import pytest

from search.documents import document_stamp
from search.index import IndexMissing, SearchIndex
from search.query import Access, search
from tests.search.conftest import make_doc, reopened, whoosh_only

EVERYONE = Access(frozenset({1}))


def titles(index, text):
    return [hit.title_html for hit in search(index, text, EVERYONE).hits]


def test_upsert_then_delete_changes_results(index):
    index.apply([make_doc(1, "Livraison de carottes"), make_doc(2, "Livraison de poireaux")])
    assert search(index, "livraison", EVERYONE).total == 2
    index.apply([make_doc(1, "Livraison de betteraves")], deletes=[2])
    assert search(index, "livraison", EVERYONE).total == 1
    assert search(index, "carottes", EVERYONE).total == 0
    assert search(index, "betteraves", EVERYONE).total == 1
    assert index.entry_ids() == {1}
    assert index.doc_count() == 1


def test_change_is_visible_to_another_process_view_of_the_same_index(index):
    other = reopened(index)
    assert search(other, "potager", EVERYONE).total == 0
    index.apply([make_doc(1, "Le potager de l’école")])
    assert search(other, "potager", EVERYONE).total == 1


def test_deleting_an_unknown_entry_is_harmless(index):
    index.apply([], deletes=[404])
    assert index.doc_count() == 0


def test_stamps_reveal_drift(index):
    first, second = make_doc(1, "Compost"), make_doc(2, "Serre")
    index.apply([first, second])
    assert index.stamps() == {1: document_stamp(first), 2: document_stamp(second)}
    edited = make_doc(2, "Serre municipale")
    drifted = {entry_id for entry_id, stamp in index.stamps().items() if stamp != document_stamp(edited)}
    assert 2 in drifted


def test_open_without_index_says_so(tmp_path):
    with pytest.raises(IndexMissing):
        SearchIndex(tmp_path / "nothing").open()
    assert not SearchIndex(tmp_path / "nothing").is_healthy()


def test_ensure_creates_once(tmp_path):
    search_index = SearchIndex(tmp_path / "search")
    assert search_index.ensure() is True
    assert search_index.ensure() is False
    assert search_index.is_healthy()


def test_rebuild_replaces_contents_atomically(index):
    index.apply([make_doc(1, "Ancien contenu")])
    count = index.rebuild([make_doc(2, "Nouveau contenu"), make_doc(3, "Autre contenu")], total=2)
    assert count == 2
    assert index.entry_ids() == {2, 3}
    assert search(index, "ancien", EVERYONE).total == 0


@whoosh_only
def test_rebuild_keeps_at_most_two_generations_on_disk(index):
    index.apply([make_doc(1, "Ancien contenu")])
    index.rebuild([make_doc(2, "Nouveau contenu")])
    index.rebuild([make_doc(3, "Autre contenu")])
    generations = [p.name for p in index.directory.iterdir() if p.name.startswith("gen-")]
    assert len(generations) <= 2


def test_rebuild_reports_progress(index):
    seen = []
    index.rebuild(
        (make_doc(n, f"Entrée {n}") for n in range(1, 1201)),
        total=1200,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (1200, 1200)
    assert seen[0] == (500, 1200)


def test_crash_during_rebuild_leaves_old_index_usable(index):
    index.apply([make_doc(1, "Toujours là")])

    def exploding():
        yield make_doc(2, "Jamais vu")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        index.rebuild(exploding())
    assert index.is_healthy()
    assert search(index, "toujours", EVERYONE).total == 1
    assert search(index, "jamais", EVERYONE).total == 0
    if isinstance(index, SearchIndex):
        assert len([p for p in index.directory.iterdir() if p.name.startswith("gen-")]) == 1


def test_readers_opened_before_a_rebuild_move_to_the_new_index(index):
    index.apply([make_doc(1, "Avant")])
    other = reopened(index)
    assert search(other, "avant", EVERYONE).total == 1
    index.rebuild([make_doc(2, "Après")])
    assert search(other, "apres", EVERYONE).total == 1
    assert search(other, "avant", EVERYONE).total == 0


def _live_generation(index) -> str:
    return index.directory / os.readlink(index.directory / "current")


@whoosh_only
@pytest.mark.parametrize("suffix", [".pst", ".trm", ".col"])
def test_corrupt_segment_is_detected_and_rebuilt(index, suffix):
    index.apply([make_doc(n, f"Entrée {n}") for n in range(1, 20)])
    index.close()
    for path in _live_generation(index).iterdir():
        if path.name.startswith("MAIN_") and path.suffix == suffix:
            path.write_bytes(b"\x00garbage" * 10)
    assert not index.is_healthy()
    index.rebuild([make_doc(1, "Reconstruite")])
    assert index.is_healthy()
    assert search(index, "reconstruite", EVERYONE).total == 1


@whoosh_only
def test_corrupt_table_of_contents_is_detected(index):
    index.apply([make_doc(1, "Entrée")])
    index.close()
    for path in _live_generation(index).iterdir():
        if path.suffix == ".toc":
            path.write_bytes(b"not a toc")
    assert not index.is_healthy()
    assert index.ensure() is True
    assert index.is_healthy() and index.doc_count() == 0


@whoosh_only
def test_missing_generation_directory_is_unhealthy(index):
    target = _live_generation(index)
    for path in target.iterdir():
        path.unlink()
    target.rmdir()
    assert not index.is_healthy()


@whoosh_only
def test_writer_waits_for_the_lock_then_gives_up(index):
    from search.index import IndexBusy

    index.apply([make_doc(1, "Verrou")])
    impatient = SearchIndex(index.directory, writer_timeout=0.2).open()
    lock = impatient._ix.lock("WRITELOCK")
    assert lock.acquire(blocking=False)
    try:
        with pytest.raises(IndexBusy):
            impatient.apply([make_doc(2, "Bloquée")])
    finally:
        lock.release()
    impatient.apply([make_doc(2, "Débloquée")])
    assert index.entry_ids() == {1, 2}


def test_writers_are_refused_during_a_rebuild_so_no_change_is_lost(index):
    from search.index import IndexBusy

    index.apply([make_doc(1, "Avant reconstruction")])
    other = reopened(index, writer_timeout=0.1)
    refused = []

    def documents():
        yield make_doc(1, "Avant reconstruction")
        try:
            other.apply([make_doc(2, "Écrite pendant la reconstruction")])
        except IndexBusy:
            refused.append(True)
        yield make_doc(3, "Fin")

    index.rebuild(documents())
    assert refused == [True]
    other.apply([make_doc(2, "Écrite après la reconstruction")])
    assert index.entry_ids() == {1, 2, 3}


@whoosh_only
def test_search_on_a_damaged_index_raises_index_corrupt(index):
    from search.index import IndexCorrupt

    index.apply([make_doc(n, f"Entrée {n}") for n in range(1, 5)])
    index.close()
    for path in _live_generation(index).iterdir():
        if path.name.endswith(".row.col"):
            path.write_bytes(b"\x00garbage")
    with pytest.raises(IndexCorrupt):
        search(index, "entrée", EVERYONE)


@whoosh_only
def test_search_on_damaged_postings_raises_index_corrupt(index):
    from search.index import IndexCorrupt

    index.apply([make_doc(n, f"Entrée numéro {n}") for n in range(1, 300)])
    index.close()
    # Whoosh's postings and their sidecar (which searches read first) both damaged.
    for path in _live_generation(index).iterdir():
        if path.suffix in (".pst", ".psc"):
            path.write_bytes(b"\x00garbage" * (path.stat().st_size // 8))
    with pytest.raises(IndexCorrupt):
        search(index, "numéro", EVERYONE)
