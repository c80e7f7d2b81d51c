"""The :class:`~search.view.IndexView` of a Whoosh index: columns read per segment.

Segments never change, so each one's rows, columns, postings sidecar and decoded
posting lists are kept while it lives; a new searcher generation reads only new
segments.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from search.errors import IndexCorrupt
from search.posting_sidecar import PostingSidecar, SidecarCorrupt
from search.view import ARRAYS, Columns, IndexView, Row

log = logging.getLogger(__name__)

# Postings read (from the sidecar, or decoded) kept per segment (about 12 bytes each).
POSTINGS_CACHE_SIZE = 4_000_000
BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


class SegmentTable(Columns):
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
        super().__init__(rows)
        self.rows = rows
        self.reader = reader
        self._lengths: dict[str, np.ndarray] = {}
        self._postings: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._postings_size = 0
        self._postings_lock = threading.Lock()
        self._sidecar = _open_sidecar(reader)

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Document numbers (in this segment) and frequencies of a term, or None.

        Read from the segment's postings sidecar when it has one (a slice of a
        memory map), else by decoding Whoosh's posting blocks, the slowest part of
        a search. Segments never change, so the lists read are kept (least
        recently used first out, up to ``POSTINGS_CACHE_SIZE`` postings per
        segment): a word searched again is not even converted again.

        :raises IndexCorrupt: the term table or the postings cannot be read.
        """
        key = (fieldname, text)
        with self._postings_lock:
            cached = self._postings.get(key)
            if cached is not None:
                self._postings.move_to_end(key)
                return cached
        try:
            result = self._read(fieldname, text)
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

    def _read(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        sidecar = self._sidecar
        if sidecar is None:
            return self._decode(fieldname, text)
        reader = self.reader
        if fieldname not in reader.schema:
            return None
        btext = reader.schema[fieldname].to_bytes(text)
        # Most words asked of a small segment are not in it: the sidecar's term
        # hashes tell so without a look-up in Whoosh's term table.
        if not sidecar.may_hold(fieldname, btext):
            return None
        try:
            terminfo = reader._terms.term_info(fieldname, btext)
        except (KeyError, TermNotFound):
            return None
        try:
            return sidecar.postings(terminfo)
        except SidecarCorrupt as exc:
            # Whoosh's own postings may still be sound: answer from them, as for
            # a segment without a sidecar (the health check reports it).
            log.warning("postings sidecar of segment %s unusable: %s", segment_key(reader), exc)
            self._sidecar = None
            return self._decode(fieldname, text)

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
            lengths = BYTE_TO_LENGTH[codes]
            self._lengths[fieldname] = lengths
        return lengths


class WhooshIndexView(IndexView):
    """A snapshot of per-document data aligned with a searcher's document numbers.

    Built once per searcher generation; unchanged segments are not read again.
    Arrays are indexed by global document number.
    """

    def __init__(self, searcher: Searcher, tables: dict[str, SegmentTable]) -> None:
        super().__init__()
        self.searcher = searcher
        # (segment table, first global document number) in document order.
        self.leaves: list[tuple[SegmentTable, int]] = []
        deleted: list[int] = []
        for subsearcher, offset in leaves(searcher):
            reader = subsearcher.reader()
            key = segment_key(reader)
            table = tables.get(key)
            if table is None:
                table = tables[key] = SegmentTable(reader)
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
        for name in ARRAYS:
            setattr(self, name, concat(name, np.float64 if name == "timestamp" else np.int64))
        self.tag_doc = (
            np.concatenate([table.tag_doc + offset for table, offset in self.leaves])
            if parts
            else np.zeros(0, dtype=np.int64)
        )
        self.tag_code = concat("tag_code", np.int64)
        self._lengths: dict[str, np.ndarray] = {}
        self._labels: dict[str, dict[int, str]] | None = None

    def row(self, docnum: int) -> Row | None:
        table, offset = self.leaves[bisect.bisect_right(self._starts, docnum) - 1]
        return table.rows[docnum - offset]

    def lengths(self, fieldname: str) -> np.ndarray:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            if self.leaves:
                lengths = np.concatenate([table.lengths(fieldname) for table, _ in self.leaves])
            else:
                lengths = np.zeros(0, dtype=np.float32)
            self._lengths[fieldname] = lengths
        return lengths

    def labels(self, name: str) -> dict[int, str]:
        if self._labels is None:
            stages: dict[int, str] = {}
            authors: dict[int, str] = {}
            for table, _offset in self.leaves:
                stages.update(table.stage_titles)
                authors.update(table.author_names)
            self._labels = {"stage": stages, "author": authors}
        return self._labels[name]

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        id_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        for table, offset in self.leaves:
            found = table.postings(fieldname, text)
            if found is not None:
                id_parts.append(found[0] + offset if offset else found[0])
                weight_parts.append(found[1])
        if id_parts:
            return np.concatenate(id_parts), np.concatenate(weight_parts)
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)

    def words_within(self, word: str, maxdist: int) -> set[str]:
        # The term dictionary answers this with a Levenshtein automaton.
        found: set[str] = set()
        for subsearcher, _offset in leaves(self.searcher):
            with contextlib.suppress(Exception):
                found.update(subsearcher.reader().terms_within("exact", word, maxdist, prefix=1))
        return found

    def words_with_prefix(self, prefix: str) -> Iterator[str]:
        return _unique_words(self.searcher.reader().expand_prefix("exact", prefix))

    def stored_fields(self, docnums: list[int]) -> list[dict]:
        try:
            return [self.searcher.stored_fields(docnum) for docnum in docnums]
        except Exception as exc:
            raise IndexCorrupt(f"stored fields of documents {docnums}: {exc!r}") from exc


def _open_sidecar(reader) -> PostingSidecar | None:
    """The postings sidecar of ``reader``'s segment, or None (none, or unreadable)."""
    segment = reader.segment()
    if segment is None:
        return None
    try:
        return PostingSidecar.open(reader.storage(), segment)
    except SidecarCorrupt as exc:
        log.warning("postings sidecar of segment %s unusable: %s", segment.segment_id(), exc)
        return None


def _unique_words(terms: Iterable[bytes | str]) -> Iterator[str]:
    seen: set[str] = set()
    for term in terms:
        word = term.decode("utf-8") if isinstance(term, bytes) else term
        if word not in seen:
            seen.add(word)
            yield word


def leaves(searcher: Searcher) -> list[tuple[Searcher, int]]:
    """(segment searcher, first document number) pairs; none for an empty index."""
    if searcher.is_atomic():
        return [(searcher, 0)] if isinstance(searcher.reader(), SegmentReader) else []
    return searcher.leaf_searchers()


def segment_key(reader) -> str:
    segment = reader.segment()
    return segment.segment_id() if segment is not None else f"reader-{id(reader)}"
