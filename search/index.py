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

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.searching import Searcher

from search.documents import EntryDocument
from search.errors import IndexBusy, IndexCorrupt, IndexMissing, SearchIndexError
from search.half_process import PARALLEL_FROM
from search.mentioned_days import FIELD as DAYS_FIELD
from search.parallel_build import write_index
from search.posting_sidecar import SIDECAR_EXT, PostingSidecar
from search.schema import SCHEMA_VERSION, build_codec, days_field, to_fields
from search.view import stamps_of
from search.whoosh_view import SegmentTable, WhooshIndexView, leaves, segment_key

__all__ = ["IndexBusy", "IndexCorrupt", "IndexMissing", "SearchIndex", "SearchIndexError"]

CURRENT = "current"
SCHEMA_MARK = "carnet-schema.json"


ProgressCallback = Callable[[int, "int | None"], None]


class SearchIndex:
    """The entry index stored in ``directory``.

    One process may search while others write; writes are serialised by the
    Whoosh write lock, waited for at most ``writer_timeout`` seconds.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        writer_timeout: float = 10.0,
        parallel_from: int = PARALLEL_FROM,
    ) -> None:
        self.directory = Path(directory)
        self.writer_timeout = writer_timeout
        # A rebuild of at least this many documents is written by two processes.
        self.parallel_from = parallel_from
        self._lock = threading.RLock()
        self._ix = None
        self._generation: str | None = None
        self._searcher: Searcher | None = None
        self._view: WhooshIndexView | None = None
        self._tables: dict[str, SegmentTable] = {}

    # -- opening --------------------------------------------------------------

    def _current_generation(self) -> str | None:
        try:
            return os.readlink(self.directory / CURRENT)
        except (FileNotFoundError, OSError):
            return None

    def _open_generation(self) -> tuple[str, whoosh_index.Index]:
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
            return generation, whoosh_index.open_dir(str(path))
        except Exception as exc:
            raise IndexCorrupt(f"{path}: {exc}") from exc

    def open(self) -> SearchIndex:
        """Open the live generation.

        :raises IndexMissing: no index was ever created here.
        :raises IndexCorrupt: the index is unreadable or has another schema.
        """
        with self._lock:
            generation, ix = self._open_generation()
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
        """True when the live index opens and each of its segments reads back.

        Checks with its own readers: searches in progress and their caches
        are left alone.
        """
        try:
            _generation, ix = self._open_generation()
            with ix.searcher() as searcher:
                for subsearcher, _offset in leaves(searcher):
                    reader = subsearcher.reader()
                    count = reader.doc_count_all()
                    if count:
                        last = count - 1
                        reader.stored_fields(last)
                        column = reader.column_reader("row")
                        json.loads(column[last] or b"null")
                        column[0]
                    list(reader.lexicon("kind"))
                    first_word = None
                    for _, word in zip(range(64), reader.lexicon("exact"), strict=False):
                        first_word = first_word or word
                    ids = [] if first_word is None else list(reader.postings("exact", first_word).all_ids())
                    # A damaged sidecar is not used by searches (they decode instead)
                    # but is reported, for a rebuild.
                    sidecar = PostingSidecar.open(reader.storage(), reader.segment())
                    if sidecar is not None:
                        sidecar.check()
                        if first_word is not None:
                            found = sidecar.postings(reader.term_info("exact", first_word))[0]
                            deleted = set(reader.segment().deleted_docs())
                            if [docnum for docnum in found.tolist() if docnum not in deleted] != ids:
                                return False
                searcher.doc_count()
        except Exception:
            return False
        return True

    def _ensure_open(self) -> None:
        if self._ix is None or self._current_generation() != self._generation:
            self.open()

    # -- reading ----------------------------------------------------------------

    def view(self) -> WhooshIndexView:
        """An up-to-date :class:`~search.view.IndexView` (cheap when nothing changed).

        :raises IndexMissing: no index here.
        :raises IndexCorrupt: the index, or one of its segments, cannot be read.
        """
        with self._lock:
            self._ensure_open()
            try:
                return self._fresh_view()
            except SearchIndexError:
                raise
            except Exception as exc:
                # Whoosh reports damaged files with assorted exceptions
                # (struct, pickle, EOF, OSError…); callers get one.
                self._close_searcher()
                raise IndexCorrupt(f"{self.directory}: {exc!r}") from exc

    def _fresh_view(self) -> WhooshIndexView:
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            # A new searcher rather than Searcher.refresh(): refresh reuses
            # segment readers and misses deletions made in old segments.
            # Unchanged segments are not read again (see SegmentTable).
            # The old searcher is left to the garbage collector, since
            # searches in other threads may still hold it.
            self._searcher = self._ix.searcher()
            self._view = None
        if self._view is None or self._view.searcher is not self._searcher:
            self._view = WhooshIndexView(self._searcher, self._tables)
            live = {segment_key(s.reader()) for s, _ in leaves(self._searcher)}
            for key in list(self._tables):
                if key not in live:
                    del self._tables[key]
        return self._view

    def doc_count(self) -> int:
        """Number of entries in the index (all states)."""
        return self.view().searcher.doc_count()

    def documents_without_sidecar(self) -> int:
        """Documents (all states) in segments written before postings sidecars: their
        first searches decode Whoosh's blocks, until a rebuild gives them sidecars."""
        _generation, ix = self._open_generation()
        with ix.searcher() as searcher:
            return sum(
                sub.reader().doc_count_all()
                for sub, _offset in leaves(searcher)
                if not sub.reader().storage().file_exists(sub.reader().segment().make_filename(SIDECAR_EXT))
            )

    def entry_ids(self) -> set[int]:
        """Ids of every entry in the index."""
        view = self.view()
        return set(view.entry_id[view.alive].tolist())

    def stamps(self) -> dict[int, str]:
        """``{entry_id: stamp}`` for every indexed entry.

        Compare with :func:`search.documents.document_stamp` of the documents
        built from the database to find entries to re-index or delete.
        """
        return stamps_of(self.view())

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
                # compound=False: Whoosh copies a compound segment's parts
                # into memory each time a reader opens it (BytesIO over the
                # mmap), which costs tens of milliseconds and a copy of the
                # postings per open searcher on a large index.
                writer = ix.writer(timeout=self.writer_timeout, codec=build_codec(), compound=False)
            except LockError as exc:
                raise IndexBusy(str(self.directory)) from exc
            except Exception as exc:
                raise IndexCorrupt(f"{self.directory}: {exc!r}") from exc
            if self._current_generation() != generation:
                # A rebuild swapped generations while we waited for the lock.
                writer.cancel()
                continue
            try:
                if DAYS_FIELD not in writer.schema:
                    # An index built before days were read from entries' texts: the
                    # field joins it here, and `carnet reindex` fills it for the rest.
                    writer.add_field(DAYS_FIELD, days_field())
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
        With ``total`` known and large enough, two processes write it
        (:mod:`search.parallel_build`). While the rebuild runs, the live index refuses writers (they get
        :class:`IndexBusy` and should retry), so no update is lost in the
        swap. Returns the number of documents indexed.
        """
        self.directory.mkdir(parents=True, exist_ok=True)

        def counted(count: int) -> None:
            if progress is not None and count % 500 == 0:
                progress(count, total)

        with self._rebuild_lock(), self._live_write_lock():
            generation = f"gen-{time.time_ns()}"
            path = self.directory / generation
            path.mkdir()
            try:
                count = write_index(path, docs, total, counted, parallel_from=self.parallel_from)
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

    def drop_caches(self) -> None:
        """Forget the posting lists read (for benchmarks measuring cold searches)."""
        with self._lock:
            for table in self._tables.values():
                table.drop_caches()

    def close(self) -> None:
        """Release open files."""
        with self._lock:
            self._close_searcher()
            self._ix = None
            self._generation = None
