"""The on-disk entry index: opening, health, incremental updates, rebuilds.

Layout of ``directory``::

    current -> gen-<n>      symlink to the live generation, swapped atomically
    gen-<n>/                a complete Whoosh index
    rebuild.lock            held while a rebuild runs

A rebuild writes a new generation next to the live one and then replaces the
``current`` link in one ``rename``; readers see the old or the new index,
never half of one, and a crash mid-rebuild leaves the old index in place.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.searching import Searcher

from search.analysis import fold
from search.documents import EntryDocument
from search.schema import SCHEMA_VERSION, build_schema, to_fields

CURRENT = "current"
SCHEMA_MARK = "carnet-schema.json"


class SearchIndexError(Exception):
    """Base class of the errors this package raises about the index."""


class IndexMissing(SearchIndexError):
    """There is no index in the directory yet (call ``ensure()`` or ``rebuild()``)."""


class IndexCorrupt(SearchIndexError):
    """The index cannot be read, or was built with another schema; rebuild it."""


class IndexBusy(SearchIndexError):
    """Another writer held the index longer than the writer timeout; retry later."""


class Row(NamedTuple):
    """What the index keeps per document for filtering, facets and sorting."""

    entry_id: int
    logbook_id: int
    state: str
    kind: str
    stage_id: int | None
    stage_title: str
    author_id: int | None
    author_name: str
    day: int  # YYYYMMDD in the entry's own time zone
    timestamp: float
    tags: tuple[str, ...]
    stamp: str


_EMPTY_ROW = Row(0, 0, "", "", None, "", None, "", 0, 0.0, (), "")


class _SegmentTable:
    """Rows of one immutable segment, read once from its column."""

    def __init__(self, reader) -> None:
        rows = []
        for raw in reader.column_reader("row"):
            values = json.loads(raw) if raw else None
            if values is None:
                rows.append(None)
                continue
            values[10] = tuple(values[10])
            rows.append(Row(*values))
        self.rows = rows
        groups: dict[tuple[int, str], list[int]] = {}
        for docnum, row in enumerate(rows):
            if row is not None:
                groups.setdefault((row.logbook_id, row.state), []).append(docnum)
        self.groups = groups


class IndexView:
    """A snapshot of per-document rows aligned with a searcher's document numbers.

    Built once per searcher generation; unchanged segments are not read again.
    """

    def __init__(self, searcher: Searcher, tables: dict[str, _SegmentTable]) -> None:
        self.searcher = searcher
        self.rows: list[Row | None] = []
        self.deleted: set[int] = set()
        groups: dict[tuple[int, str], list[range | list[int]]] = {}
        for subsearcher, offset in _leaves(searcher):
            reader = subsearcher.reader()
            key = _segment_key(reader)
            table = tables.get(key)
            if table is None:
                table = tables[key] = _SegmentTable(reader)
            self.rows.extend(table.rows)
            if reader.has_deletions():
                self.deleted.update(offset + docnum for docnum in reader.deleted_docs())
            for group, docnums in table.groups.items():
                groups.setdefault(group, []).append([offset + d for d in docnums] if offset else docnums)
        self.groups = groups
        self._live: list[int] | None = None
        self._visible_cache: dict[tuple, frozenset[int]] = {}
        self._columns: dict[str, list] | None = None
        self._labels: dict[str, dict[int, str]] | None = None

    def columns(self) -> dict[str, list]:
        """Per-document lists indexed by document number: ``kind``, ``stage``,
        ``author``, ``year``, ``day``, ``timestamp``, ``tags``, ``folded_tags``."""
        if self._columns is None:
            rows = [row if row is not None else _EMPTY_ROW for row in self.rows]
            tags = [row.tags for row in rows]
            folded: dict[tuple[str, ...], tuple[str, ...]] = {}
            self._columns = {
                "kind": [row.kind for row in rows],
                "stage": [row.stage_id for row in rows],
                "author": [row.author_id for row in rows],
                "day": [row.day for row in rows],
                "year": [row.day // 10000 or None for row in rows],
                "timestamp": [row.timestamp for row in rows],
                "tags": tags,
                "folded_tags": [
                    folded.setdefault(t, tuple(fold(tag) for tag in t)) if t not in folded else folded[t]
                    for t in tags
                ],
            }
        return self._columns

    def labels(self, name: str) -> dict[int, str]:
        """``{id: title}`` of stages (``"stage"``) or ``{id: name}`` of authors (``"author"``)."""
        if self._labels is None:
            stages: dict[int, str] = {}
            authors: dict[int, str] = {}
            for row in self.rows:
                if row is None:
                    continue
                if row.stage_id is not None:
                    stages[row.stage_id] = row.stage_title
                if row.author_id is not None:
                    authors[row.author_id] = row.author_name
            self._labels = {"stage": stages, "author": authors}
        return self._labels[name]

    def live_docnums(self) -> list[int]:
        """Document numbers of every document not deleted."""
        if self._live is None:
            deleted = self.deleted
            self._live = [d for d, row in enumerate(self.rows) if row is not None and d not in deleted]
        return self._live

    def visible(self, readable: frozenset[int], pending: frozenset[int]) -> frozenset[int]:
        """Document numbers a caller may see: published entries of readable
        logbooks, pending ones of logbooks in ``pending``, never trashed ones.
        Deleted documents may be included; matchers never return them."""
        key = (readable, pending)
        cached = self._visible_cache.get(key)
        if cached is not None:
            return cached
        docnums: set[int] = set()
        for (logbook_id, state), parts in self.groups.items():
            if logbook_id not in readable:
                continue
            if state == "published" or (state == "pending" and logbook_id in pending):
                for part in parts:
                    docnums.update(part)
        result = frozenset(docnums)
        if len(self._visible_cache) > 64:
            self._visible_cache.clear()
        self._visible_cache[key] = result
        return result


def _leaves(searcher: Searcher):
    if searcher.is_atomic():
        return [(searcher, 0)]
    return searcher.leaf_searchers()


def _segment_key(reader) -> str:
    segment = reader.segment()
    return segment.segment_id() if segment is not None else f"reader-{id(reader)}"


ProgressCallback = Callable[[int, "int | None"], None]


class SearchIndex:
    """The entry index stored in ``directory``.

    One process may search while others write; writes are serialised by the
    Whoosh write lock, waited for at most ``writer_timeout`` seconds.
    """

    def __init__(self, directory: str | os.PathLike[str], *, writer_timeout: float = 10.0) -> None:
        self.directory = Path(directory)
        self.writer_timeout = writer_timeout
        self._lock = threading.RLock()
        self._ix = None
        self._generation: str | None = None
        self._searcher: Searcher | None = None
        self._view: IndexView | None = None
        self._tables: dict[str, _SegmentTable] = {}

    # -- opening --------------------------------------------------------------

    def _current_generation(self) -> str | None:
        try:
            return os.readlink(self.directory / CURRENT)
        except (FileNotFoundError, OSError):
            return None

    def open(self) -> SearchIndex:
        """Open the live generation.

        :raises IndexMissing: no index was ever created here.
        :raises IndexCorrupt: the index is unreadable or has another schema.
        """
        with self._lock:
            generation = self._current_generation()
            if generation is None:
                raise IndexMissing(str(self.directory))
            path = self.directory / generation
            try:
                mark = json.loads((path / SCHEMA_MARK).read_text())
            except (OSError, ValueError) as exc:
                raise IndexCorrupt(f"{path}: no readable schema mark") from exc
            if mark.get("schema") != SCHEMA_VERSION:
                raise IndexCorrupt(f"{path}: built with schema {mark.get('schema')!r}")
            try:
                ix = whoosh_index.open_dir(str(path))
            except Exception as exc:
                raise IndexCorrupt(f"{path}: {exc}") from exc
            self._close_searcher()
            self._ix = ix
            self._generation = generation
            self._tables = {}
            return self

    def ensure(self) -> bool:
        """Open the index, creating an empty one if there is none or it is unusable.

        Returns True when a new empty index was created: the caller should
        then rebuild it from the database.
        """
        try:
            self.open()
        except (IndexMissing, IndexCorrupt):
            self.rebuild([])
            return True
        if self.is_healthy():
            return False
        self.rebuild([])
        return True

    def is_healthy(self) -> bool:
        """True when the live index opens and each of its segments reads back."""
        try:
            self.open()
            with self._ix.searcher() as searcher:
                for subsearcher, _offset in _leaves(searcher):
                    reader = subsearcher.reader()
                    count = reader.doc_count_all()
                    if count:
                        last = count - 1
                        reader.stored_fields(last)
                        column = reader.column_reader("row")
                        json.loads(column[last] or b"null")
                        column[0]
                    list(reader.lexicon("kind"))
                    for _ in zip(range(64), reader.lexicon("exact"), strict=False):
                        pass
                searcher.doc_count()
        except Exception:
            return False
        return True

    def _ensure_open(self) -> None:
        if self._ix is None or self._current_generation() != self._generation:
            self.open()

    # -- reading ----------------------------------------------------------------

    def view(self) -> IndexView:
        """An up-to-date :class:`IndexView` (cheap when nothing changed)."""
        with self._lock:
            self._ensure_open()
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            else:
                fresh = self._searcher.refresh()
                if fresh is not self._searcher:
                    self._searcher = fresh
                    self._view = None
            if self._view is None or self._view.searcher is not self._searcher:
                self._view = IndexView(self._searcher, self._tables)
                live = {_segment_key(s.reader()) for s, _ in _leaves(self._searcher)}
                for key in list(self._tables):
                    if key not in live:
                        del self._tables[key]
            return self._view

    def doc_count(self) -> int:
        """Number of entries in the index (all states)."""
        return self.view().searcher.doc_count()

    def entry_ids(self) -> set[int]:
        """Ids of every entry in the index."""
        view = self.view()
        deleted = view.deleted
        return {row.entry_id for d, row in enumerate(view.rows) if row is not None and d not in deleted}

    def stamps(self) -> dict[int, str]:
        """``{entry_id: stamp}`` for every indexed entry.

        Compare with :func:`search.documents.document_stamp` of the documents
        built from the database to find entries to re-index or delete.
        """
        view = self.view()
        deleted = view.deleted
        return {
            row.entry_id: row.stamp for d, row in enumerate(view.rows) if row is not None and d not in deleted
        }

    # -- writing ----------------------------------------------------------------

    def apply(self, upserts: Iterable[EntryDocument] = (), deletes: Iterable[int] = ()) -> None:
        """Add or replace ``upserts`` and remove ``deletes`` in one commit.

        :raises IndexBusy: the write lock was not obtained within ``writer_timeout``.
        :raises IndexMissing, IndexCorrupt: see :meth:`open`.
        """
        upserts = list(upserts)
        deletes = [int(entry_id) for entry_id in deletes]
        if not upserts and not deletes:
            return
        for _attempt in range(3):
            with self._lock:
                self._ensure_open()
                ix, generation = self._ix, self._generation
            try:
                writer = ix.writer(timeout=self.writer_timeout)
            except LockError as exc:
                raise IndexBusy(str(self.directory)) from exc
            if self._current_generation() != generation:
                # A rebuild swapped generations while we waited for the lock.
                writer.cancel()
                continue
            try:
                for entry_id in deletes:
                    writer.delete_by_term("entry_id", str(entry_id))
                for doc in upserts:
                    writer.update_document(**to_fields(doc))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            return
        raise IndexBusy(f"{self.directory}: generation kept changing")

    def rebuild(
        self,
        docs: Iterable[EntryDocument],
        total: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> int:
        """Build a fresh index from ``docs`` and swap it in atomically.

        ``progress(done, total)`` is called every few hundred documents.
        While the rebuild runs, the live index refuses writers (they get
        :class:`IndexBusy` and should retry), so no update is lost in the
        swap. Returns the number of documents indexed.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._rebuild_lock(), self._live_write_lock():
            generation = f"gen-{time.time_ns()}"
            path = self.directory / generation
            path.mkdir()
            try:
                ix = whoosh_index.create_in(str(path), build_schema())
                writer = ix.writer(limitmb=256)
                count = 0
                try:
                    for doc in docs:
                        writer.add_document(**to_fields(doc))
                        count += 1
                        if progress is not None and count % 500 == 0:
                            progress(count, total)
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
                ix.close()
                (path / SCHEMA_MARK).write_text(json.dumps({"schema": SCHEMA_VERSION, "count": count}))
                self._fsync_dir(path)
            except BaseException:
                shutil.rmtree(path, ignore_errors=True)
                raise
            previous = self._current_generation()
            link = self.directory / f"{CURRENT}.{os.getpid()}.tmp"
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            os.symlink(generation, link)
            os.replace(link, self.directory / CURRENT)
            self._fsync_dir(self.directory)
            self._remove_generations(keep={generation, previous})
        if progress is not None:
            progress(count, total)
        self.open()
        return count

    @contextlib.contextmanager
    def _rebuild_lock(self) -> Iterator[None]:
        with open(self.directory / "rebuild.lock", "a+") as handle:
            deadline = time.monotonic() + self.writer_timeout
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError as exc:
                    if time.monotonic() > deadline:
                        raise IndexBusy(f"{self.directory}: a rebuild is running") from exc
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def _live_write_lock(self) -> Iterator[None]:
        try:
            self.open()
        except (IndexMissing, IndexCorrupt):
            yield
            return
        lock = self._ix.lock("WRITELOCK")
        deadline = time.monotonic() + self.writer_timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise IndexBusy(f"{self.directory}: a writer holds the index")
            time.sleep(0.05)
        try:
            yield
        finally:
            lock.release()

    def _remove_generations(self, keep: set[str | None]) -> None:
        for child in self.directory.iterdir():
            if child.name.startswith("gen-") and child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)

    @staticmethod
    def _fsync_dir(path: Path) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):
                self._searcher.close()
        self._searcher = None
        self._view = None

    def close(self) -> None:
        """Release open files."""
        with self._lock:
            self._close_searcher()
            self._ix = None
            self._generation = None
