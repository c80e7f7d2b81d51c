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

import bisect
import contextlib
import fcntl
import json
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.index import LockError
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from search.analysis import fold
from search.bulk import BulkWriter
from search.documents import KINDS, EntryDocument
from search.schema import SCHEMA_VERSION, build_codec, build_schema, to_fields

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


_STATES = {"published": 0, "pending": 1, "trashed": 2}
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


class TagCodes:
    """Process-wide numbering of tags, so facet counting works on integers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.codes: dict[str, int] = {}
        self.names: list[str] = []
        self.folded: list[str] = []

    def code(self, tag: str) -> int:
        code = self.codes.get(tag)
        if code is None:
            with self._lock:
                code = self.codes.get(tag)
                if code is None:
                    code = len(self.names)
                    self.names.append(tag)
                    self.folded.append(fold(tag))
                    self.codes[tag] = code
        return code

    def matching(self, folded_tags: Iterable[str]) -> np.ndarray:
        wanted = set(folded_tags)
        return np.array([code for code, name in enumerate(self.folded) if name in wanted], dtype=np.int64)


TAGS = TagCodes()


class _SegmentTable:
    """Per-document rows and numeric columns of one immutable segment."""

    def __init__(self, reader) -> None:
        rows: list[Row | None] = []
        for raw in reader.column_reader("row"):
            values = json.loads(raw) if raw else None
            if values is None:
                rows.append(None)
                continue
            values[10] = tuple(values[10])
            rows.append(Row(*values))
        self.rows = rows
        self.reader = reader
        count = len(rows)
        self.present = np.array([row is not None for row in rows], dtype=bool)
        real = [row if row is not None else _EMPTY_ROW for row in rows]
        self.entry_id = np.fromiter((row.entry_id for row in real), dtype=np.int64, count=count)
        self.logbook = np.fromiter((row.logbook_id for row in real), dtype=np.int64, count=count)
        self.state = np.fromiter((_STATES.get(row.state, -1) for row in real), dtype=np.int8, count=count)
        self.kind = np.fromiter((_KIND_CODES.get(row.kind, -1) for row in real), dtype=np.int8, count=count)
        self.stage = np.fromiter(
            (-1 if row.stage_id is None else row.stage_id for row in real), dtype=np.int64, count=count
        )
        self.author = np.fromiter(
            (-1 if row.author_id is None else row.author_id for row in real), dtype=np.int64, count=count
        )
        self.day = np.fromiter((row.day for row in real), dtype=np.int32, count=count)
        self.timestamp = np.fromiter((row.timestamp for row in real), dtype=np.float64, count=count)
        tag_doc: list[int] = []
        tag_code: list[int] = []
        for docnum, row in enumerate(real):
            for tag in row.tags:
                tag_doc.append(docnum)
                tag_code.append(TAGS.code(tag))
        self.tag_doc = np.array(tag_doc, dtype=np.int64)
        self.tag_code = np.array(tag_code, dtype=np.int64)
        self._lengths: dict[str, np.ndarray] = {}
        self.stage_titles: dict[int, str] = {}
        self.author_names: dict[int, str] = {}
        for row in rows:
            if row is not None:
                if row.stage_id is not None:
                    self.stage_titles[row.stage_id] = row.stage_title
                if row.author_id is not None:
                    self.author_names[row.author_id] = row.author_name
        self._postings: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._postings_size = 0
        self._postings_lock = threading.Lock()

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Document numbers (in this segment) and frequencies of a term, or None.

        Decoding Whoosh posting blocks is the slowest part of a search, and
        segments never change, so decoded lists are kept (least recently
        used first out, up to ``POSTINGS_CACHE_SIZE`` postings per segment).
        """
        key = (fieldname, text)
        with self._postings_lock:
            cached = self._postings.get(key)
            if cached is not None:
                self._postings.move_to_end(key)
                return cached
        try:
            result = self._decode(fieldname, text)
        except Exception as exc:
            raise IndexCorrupt(f"postings of {fieldname}:{text!r}: {exc!r}") from exc
        if result is None:
            return None
        with self._postings_lock:
            if key not in self._postings:
                self._postings[key] = result
                self._postings_size += len(result[0])
            while self._postings_size > POSTINGS_CACHE_SIZE and len(self._postings) > 1:
                _key, (ids, _weights) = self._postings.popitem(last=False)
                self._postings_size -= len(ids)
        return result

    def _decode(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        reader = self.reader
        if (fieldname, text) not in reader:
            return None
        fieldobj = reader.schema[fieldname]
        matcher = reader._terms.matcher(fieldname, fieldobj.to_bytes(text), fieldobj.format)
        id_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
            # Each block holds a pickled (delta-encoded ids, weights, values)
            # tuple: decode it with numpy rather than with Whoosh's
            # one-number-at-a-time Python generator.
            while matcher.is_active():
                if matcher._data is None:
                    matcher._read_data()
                deltas, weights = matcher._data[0], matcher._data[1]
                ids = np.cumsum(np.array(deltas, dtype=np.int64))
                id_parts.append(ids)
                if weights is None or isinstance(weights, float):
                    weight_parts.append(
                        np.full(len(ids), 1.0 if weights is None else weights, dtype=np.float32)
                    )
                else:
                    weight_parts.append(np.asarray(weights, dtype=np.float32))
                matcher._next_block()
        else:
            ids, weights = [], []
            while matcher.is_active():
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
            id_parts.append(np.asarray(ids, dtype=np.int64))
            weight_parts.append(np.asarray(weights, dtype=np.float32))
        return np.concatenate(id_parts), np.concatenate(weight_parts)

    def drop_caches(self) -> None:
        with self._postings_lock:
            self._postings.clear()
            self._postings_size = 0

    def lengths(self, fieldname: str) -> np.ndarray:
        """Approximate length (in terms) of ``fieldname`` for every document."""
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            perdoc = self.reader._perdoc
            name = _lenfield(fieldname)
            if perdoc.has_column(name):
                codes = np.fromiter(perdoc.column_reader(name, LENGTHS_COLUMN), dtype=np.uint8)
            else:
                codes = np.zeros(len(self.rows), dtype=np.uint8)
            lengths = _BYTE_TO_LENGTH[codes]
            self._lengths[fieldname] = lengths
        return lengths


_EMPTY_ROW = Row(0, 0, "", "", None, "", None, "", 0, 0.0, (), "")
# Decoded postings kept per segment (about 12 bytes each).
POSTINGS_CACHE_SIZE = 4_000_000
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
_ARRAYS = ("entry_id", "logbook", "state", "kind", "stage", "author", "day", "timestamp")


class IndexView:
    """A snapshot of per-document data aligned with a searcher's document numbers.

    Built once per searcher generation; unchanged segments are not read again.
    Arrays are indexed by global document number.
    """

    def __init__(self, searcher: Searcher, tables: dict[str, _SegmentTable]) -> None:
        self.searcher = searcher
        # (segment table, first global document number) in document order.
        self.leaves: list[tuple[_SegmentTable, int]] = []
        deleted: list[int] = []
        for subsearcher, offset in _leaves(searcher):
            reader = subsearcher.reader()
            key = _segment_key(reader)
            table = tables.get(key)
            if table is None:
                table = tables[key] = _SegmentTable(reader)
            self.leaves.append((table, offset))
            if reader.has_deletions():
                deleted.extend(offset + docnum for docnum in reader.segment().deleted_docs())
        self.size = sum(len(table.rows) for table, _offset in self.leaves)
        self._starts = [offset for _table, offset in self.leaves]
        parts = [table for table, _offset in self.leaves]

        def concat(name: str, dtype) -> np.ndarray:
            if not parts:
                return np.zeros(0, dtype=dtype)
            return np.concatenate([getattr(table, name) for table in parts])

        self.alive = concat("present", bool)
        if deleted:
            self.alive[np.array(deleted, dtype=np.int64)] = False
        for name in _ARRAYS:
            setattr(self, name, concat(name, np.float64 if name == "timestamp" else np.int64))
        self.tag_doc = (
            np.concatenate([table.tag_doc + offset for table, offset in self.leaves])
            if parts
            else np.zeros(0, dtype=np.int64)
        )
        self.tag_code = concat("tag_code", np.int64)
        self._lengths: dict[str, np.ndarray] = {}
        self._visible_cache: dict[tuple, np.ndarray] = {}
        self._scope_statistics: dict[tuple, dict] = {}
        self._labels: dict[str, dict[int, str]] | None = None
        # Indexed words close to a word searched for, by edit distance, whoever
        # may read them (search.corrections filters them per caller).
        self.corrections: dict[str, list[tuple[int, str]]] = {}
        # Words of stage titles and author names, for stage: and author: filters.
        self.label_words: dict[tuple[str, bool], dict[int, frozenset[str]]] = {}

    def row(self, docnum: int) -> Row | None:
        """The row of a global document number."""
        table, offset = self.leaves[bisect.bisect_right(self._starts, docnum) - 1]
        return table.rows[docnum - offset]

    def lengths(self, fieldname: str) -> np.ndarray:
        """Field lengths of every document, for BM25 length normalisation."""
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            if self.leaves:
                lengths = np.concatenate([table.lengths(fieldname) for table, _ in self.leaves])
            else:
                lengths = np.zeros(0, dtype=np.float32)
            self._lengths[fieldname] = lengths
        return lengths

    def visible(self, readable: frozenset[int], pending: frozenset[int]) -> np.ndarray:
        """Boolean mask of the documents a caller may see: published entries of
        ``readable`` logbooks, pending ones of ``pending`` logbooks, never
        trashed or deleted ones. Do not modify the returned array."""
        key = (readable, pending)
        cached = self._visible_cache.get(key)
        if cached is not None:
            return cached
        in_readable = np.isin(self.logbook, np.fromiter(readable, dtype=np.int64, count=len(readable)))
        allowed = self.state == _STATES["published"]
        if pending:
            in_pending = np.isin(self.logbook, np.fromiter(pending, dtype=np.int64, count=len(pending)))
            allowed |= (self.state == _STATES["pending"]) & in_pending
        mask = in_readable & allowed & self.alive
        mask.setflags(write=False)
        if len(self._visible_cache) > 64:
            self._visible_cache.clear()
            self._scope_statistics.clear()
        self._visible_cache[key] = mask
        return mask

    def scope_statistics(
        self, readable: frozenset[int], pending: frozenset[int], hidden: frozenset[int] = frozenset()
    ) -> dict:
        """A dictionary kept with the :meth:`visible` mask of the same arguments (less the
        ``hidden`` entries), for statistics computed over it once per index generation
        (average field lengths)."""
        return self._scope_statistics.setdefault((readable, pending, hidden), {})

    def labels(self, name: str) -> dict[int, str]:
        """``{id: title}`` of stages (``"stage"``) or ``{id: name}`` of authors (``"author"``)."""
        if self._labels is None:
            stages: dict[int, str] = {}
            authors: dict[int, str] = {}
            for table, _offset in self.leaves:
                stages.update(table.stage_titles)
                authors.update(table.author_names)
            self._labels = {"stage": stages, "author": authors}
        return self._labels[name]


def _leaves(searcher: Searcher) -> list[tuple[Searcher, int]]:
    """(segment searcher, first document number) pairs; none for an empty index."""
    if searcher.is_atomic():
        return [(searcher, 0)] if isinstance(searcher.reader(), SegmentReader) else []
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
                    first_word = None
                    for _, word in zip(range(64), reader.lexicon("exact"), strict=False):
                        first_word = first_word or word
                    if first_word is not None:
                        list(reader.postings("exact", first_word).all_ids())
                searcher.doc_count()
        except Exception:
            return False
        return True

    def _ensure_open(self) -> None:
        if self._ix is None or self._current_generation() != self._generation:
            self.open()

    # -- reading ----------------------------------------------------------------

    def view(self) -> IndexView:
        """An up-to-date :class:`IndexView` (cheap when nothing changed).

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

    def _fresh_view(self) -> IndexView:
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            # A new searcher rather than Searcher.refresh(): refresh reuses
            # segment readers and misses deletions made in old segments.
            # Unchanged segments are not read again (see _SegmentTable).
            # The old searcher is left to the garbage collector, since
            # searches in other threads may still hold it.
            self._searcher = self._ix.searcher()
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
        return set(view.entry_id[view.alive].tolist())

    def stamps(self) -> dict[int, str]:
        """``{entry_id: stamp}`` for every indexed entry.

        Compare with :func:`search.documents.document_stamp` of the documents
        built from the database to find entries to re-index or delete.
        """
        view = self.view()
        stamps = {}
        for docnum in np.flatnonzero(view.alive).tolist():
            row = view.row(docnum)
            stamps[row.entry_id] = row.stamp
        return stamps

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
                writer = BulkWriter(ix, limitmb=256, codec=build_codec(), compound=False)
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

    def drop_caches(self) -> None:
        """Forget decoded posting lists (for benchmarks measuring cold searches)."""
        with self._lock:
            for table in self._tables.values():
                table.drop_caches()

    def close(self) -> None:
        """Release open files."""
        with self._lock:
            self._close_searcher()
            self._ix = None
            self._generation = None
