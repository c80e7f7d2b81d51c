"""A segment's postings as flat arrays beside Whoosh's files, read as slices of a
memory map with nothing to decode.

Decoding Whoosh's posting blocks (a pickle per block of 256 postings) is what a
search spends its time on when a word was not read before: about 4 ms per 30,000
postings. So every segment Carnet writes gets one more file,
``<segment id>.psc``, holding the same postings as numbers:

* an 8-byte magic,
* every posting of the segment as a record (document number ``<u4``, weight
  ``<f4``), term after term in the order they were written, each term's in
  document order,
* for each term, where its postings start in Whoosh's ``.pst`` file (``<i8``,
  increasing, since terms are written one after the other): the key a term is
  found by, read from the term info Whoosh's term table already gives;
* for each term, its first record (``<i8``), then the number of records,
* the hash of every term (CRC-32 of the field name, a NUL byte and the term's
  bytes, ``<u4``), sorted, padded to 8 bytes,
* a footer: the number of records and of terms, the CRC-32 of the three term
  tables (``<i8`` each), the magic again.

A term's postings are then a binary search among the offsets and a slice,
checked against what its term info says (document count, first and last
document, greatest weight). Most words a search asks of a small segment are not
in it, and a look-up in Whoosh's term table costs about 20 µs: the sorted hashes
answer those in about 4 µs (a hash found still goes to the term table, which has
the last word). The term tables are checked whole by their CRC when the file is
opened (1.5 ms for 100,000 entries).

The file is named like the segment's own files, so Whoosh deletes it with the
segment (``whoosh.index.clean_files`` removes every ``<segment id>.*`` of a
segment no longer in the table of contents). A segment without one (an index
written before, or by another codec) is read by decoding, as before.
"""

from __future__ import annotations

import mmap
import os
import zlib
from array import array
from functools import lru_cache

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3Segment
from whoosh.filedb.filestore import FileStorage

SIDECAR_EXT = ".psc"
MAGIC = b"CRNPSC01"
RECORD = np.dtype([("id", "<u4"), ("weight", "<f4")])
_FOOTER = 8 + 8 + 8 + len(MAGIC)
# Postings buffered by SidecarFieldWriter.add before they are written.
_FLUSH = 1 << 16


@lru_cache(maxsize=256)
def _field_seed(fieldname: str) -> int:
    return zlib.crc32(fieldname.encode("utf-8") + b"\0")


def term_hash(fieldname: str, btext: bytes) -> int:
    """The hash of a term in the sidecar."""
    return zlib.crc32(btext, _field_seed(fieldname))


class SidecarCorrupt(ValueError):
    """The sidecar file is unreadable, or disagrees with the segment's term table."""


class SidecarCodec(W3Codec):
    """Whoosh's codec, writing a postings sidecar with each segment.

    The table of contents pickles each segment with its codec: segments are made
    with a plain ``W3Codec`` of the same settings, so an index written with this
    codec is still read by Whoosh alone (the sidecar is read by
    :class:`PostingSidecar`, not by Whoosh).
    """

    def __init__(self, blocklimit: int = 128, compression: int = 3, inlinelimit: int = 1) -> None:
        if inlinelimit > 1:
            # Inlined postings are not written to the .pst file: no offset to find them by.
            raise ValueError("inlined postings are not supported")
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def field_writer(self, storage, segment) -> SidecarFieldWriter:
        return SidecarFieldWriter(self, storage, segment)

    def new_segment(self, storage, indexname: str) -> W3Segment:
        return W3Segment(W3Codec(self._blocklimit, self._compression, self._inlinelimit), indexname)


class SidecarFieldWriter(W3FieldWriter):
    """``W3FieldWriter`` that also writes the segment's postings sidecar.

    Whoosh's writers give it postings one by one (``start_term``, ``add``); a
    rebuild gives whole terms at once (:meth:`add_terms`, from
    :func:`search.segment_files.write_postings`).
    """

    def __init__(self, codec, storage, segment) -> None:
        super().__init__(codec, storage, segment)
        self._sidecar = self._create_file(SIDECAR_EXT)
        self._sidecar.write(MAGIC)
        self._records = 0  # written to the file
        self._offsets = array("q")
        self._starts = array("q")
        self._hashes = array("I")
        self._ids = array("I")  # buffered
        self._weights = array("f")

    def start_term(self, btext: bytes) -> None:
        super().start_term(btext)
        self._offsets.append(self._postwriter._startoffset)
        self._starts.append(self._records + len(self._ids))
        self._hashes.append(term_hash(self._fieldname, btext))

    def add(self, docnum: int, weight: float, vbytes: bytes, length: int) -> None:
        super().add(docnum, weight, vbytes, length)
        self._ids.append(docnum)
        self._weights.append(weight)

    def finish_term(self) -> None:
        super().finish_term()
        if len(self._ids) >= _FLUSH:
            self._flush()

    def _flush(self) -> None:
        if self._ids:
            self._write_records(np.frombuffer(self._ids, np.uint32), np.frombuffer(self._weights, np.float32))
            self._ids, self._weights = array("I"), array("f")

    def _write_records(self, ids: np.ndarray, weights: np.ndarray) -> None:
        records = np.empty(len(ids), dtype=RECORD)
        records["id"] = ids
        records["weight"] = weights
        self._sidecar.write(records.tobytes())
        self._records += len(records)

    def add_terms(
        self,
        terms: list[bytes],
        offsets: np.ndarray,
        counts: np.ndarray,
        docnums: np.ndarray,
        weights: np.ndarray,
    ) -> None:
        """Consecutive terms of the current field written to the .pst file by
        another road: where each one's postings start there, how many it has,
        then all their document numbers and weights one term after the other."""
        self._flush()
        seed = _field_seed(self._fieldname)
        self._hashes.extend([zlib.crc32(btext, seed) for btext in terms])
        starts = self._records + np.cumsum(counts, dtype=np.int64) - counts
        self._offsets.frombytes(np.asarray(offsets, dtype=np.int64).tobytes())
        self._starts.frombytes(starts.astype(np.int64).tobytes())
        self._write_records(docnums, weights)

    def close(self) -> None:
        self._flush()
        offsets = np.frombuffer(self._offsets, dtype=np.int64)
        if len(offsets) > 1 and not np.all(offsets[1:] > offsets[:-1]):
            raise ValueError("terms were not written in the order of their postings")
        starts = np.append(np.frombuffer(self._starts, dtype=np.int64), self._records)
        hashes = np.sort(np.frombuffer(self._hashes, dtype=np.uint32)).astype("<u4")
        tables = b"".join(
            (
                offsets.astype("<i8").tobytes(),
                starts.astype("<i8").tobytes(),
                hashes.tobytes(),
                bytes(_padding(len(hashes))),
            )
        )
        footer = np.array([self._records, len(offsets), zlib.crc32(tables)], dtype="<i8")
        self._sidecar.write(tables + footer.tobytes() + MAGIC)
        self._sidecar.close()
        super().close()


class PostingSidecar:
    """The postings sidecar of one segment, mapped in memory (read, never written)."""

    def __init__(self, buffer) -> None:
        size = len(buffer)
        if size < len(MAGIC) + _FOOTER or bytes(buffer[: len(MAGIC)]) != MAGIC:
            raise SidecarCorrupt("no sidecar header")
        if bytes(buffer[size - len(MAGIC) :]) != MAGIC:
            raise SidecarCorrupt("no sidecar footer")
        records, terms, checksum = (int(n) for n in np.frombuffer(buffer, "<i8", 3, size - _FOOTER))
        tables = 8 * (2 * terms + 1) + 4 * terms + _padding(terms)
        if records < 0 or terms < 0 or size != len(MAGIC) + RECORD.itemsize * records + tables + _FOOTER:
            raise SidecarCorrupt(f"sidecar of {size} bytes for {records} postings and {terms} terms")
        position = len(MAGIC)
        self._records = np.frombuffer(buffer, RECORD, records, position)
        position += RECORD.itemsize * records
        # The term tables are checked whole, once per segment: a damaged one could
        # hide a word. Postings are checked term by term against Whoosh's term
        # infos as they are read.
        if zlib.crc32(memoryview(buffer)[position : position + tables]) != checksum:
            raise SidecarCorrupt("sidecar term tables damaged")
        self._offsets = np.frombuffer(buffer, "<i8", terms, position)
        position += 8 * terms
        self._starts = np.frombuffer(buffer, "<i8", terms + 1, position)
        position += 8 * (terms + 1)
        self._hashes = np.frombuffer(buffer, "<u4", terms, position)
        if self._starts[0] != 0 or self._starts[terms] != records:
            raise SidecarCorrupt("sidecar term table does not cover its postings")

    @classmethod
    def open(cls, storage, segment) -> PostingSidecar | None:
        """The sidecar of ``segment`` in ``storage``, or None if it has none.

        :raises SidecarCorrupt: the file is there but unreadable.
        """
        name = segment.make_filename(SIDECAR_EXT)
        try:
            if not storage.file_exists(name):
                return None
            if isinstance(storage, FileStorage):
                with open(os.path.join(storage.folder, name), "rb") as handle:
                    # The map outlives the file handle; searches read it without a
                    # copy, and pages of unused terms are never read.
                    buffer = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            else:
                # RAM and compound storage: the file is in memory already.
                handle = storage.open_file(name)
                try:
                    buffer = handle.read()
                finally:
                    handle.close()
        except (OSError, ValueError) as exc:
            raise SidecarCorrupt(f"{name}: {exc!r}") from exc
        return cls(buffer)

    def may_hold(self, fieldname: str, btext: bytes) -> bool:
        """False when the segment surely has no such term (True: it may)."""
        hashes = self._hashes
        # As a uint32: with a Python int numpy would convert the whole array first.
        wanted = np.uint32(term_hash(fieldname, btext))
        number = int(np.searchsorted(hashes, wanted))
        return number < len(hashes) and hashes[number] == wanted

    def postings(self, terminfo) -> tuple[np.ndarray, np.ndarray]:
        """The document numbers (int64) and weights (float32) of the term whose
        ``W3TermInfo`` is ``terminfo``, as decoding its blocks would give them.

        :raises SidecarCorrupt: the sidecar does not agree with ``terminfo``.
        """
        if terminfo.is_inlined():
            raise SidecarCorrupt("inlined postings have no sidecar")
        offset = np.int64(terminfo.extent()[0])
        offsets = self._offsets
        number = int(np.searchsorted(offsets, offset))
        if number >= len(offsets) or offsets[number] != offset:
            raise SidecarCorrupt(f"no term at offset {offset}")
        start, end = (int(n) for n in self._starts[number : number + 2])
        if end - start != terminfo.doc_frequency() or end <= start:
            raise SidecarCorrupt(
                f"term at offset {offset}: {end - start} postings, not {terminfo.doc_frequency()}"
            )
        records = self._records[start:end]
        ids = records["id"].astype(np.int64)
        weights = np.ascontiguousarray(records["weight"], dtype=np.float32)
        # What the term table knows of the postings, checked for nearly nothing:
        # a damaged sidecar is caught rather than answered from.
        if (
            ids[0] != terminfo.min_id()
            or ids[-1] != terminfo.max_id()
            or weights.max() != terminfo.max_weight()
        ):
            raise SidecarCorrupt(f"term at offset {offset}: postings disagree with its term info")
        return ids, weights

    def check(self) -> None:
        """Look over the whole term tables (for health checks, not for searches).

        :raises SidecarCorrupt: offsets, starts or hashes out of order.
        """
        if len(self._offsets) > 1 and not np.all(self._offsets[1:] > self._offsets[:-1]):
            raise SidecarCorrupt("sidecar offsets out of order")
        if not np.all(self._starts[1:] >= self._starts[:-1]):
            raise SidecarCorrupt("sidecar starts out of order")
        if len(self._hashes) > 1 and not np.all(self._hashes[1:] >= self._hashes[:-1]):
            raise SidecarCorrupt("sidecar term hashes out of order")


def _padding(terms: int) -> int:
    """Bytes after ``terms`` hashes, for the footer to start on 8 bytes."""
    return (-4 * terms) % 8
