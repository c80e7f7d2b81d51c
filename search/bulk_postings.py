"""Postings of a rebuild, gathered by term: flat arrays per field, sorted once with numpy,
spilled to disk past a memory limit and merged back by chunks of consecutive terms
(see :mod:`search.bulk`)."""

from __future__ import annotations

import pickle
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from typing import NamedTuple

import numpy as np

from search.term_numbers import TermIds

# Rough memory of one new term and of one more posting in TermPostings (the term's
# number and frequency, its document number once sorted, the sort's own arrays).
_TERM_SIZE = 200
_POSTING_SIZE = 24
# Postings written at once (see TermPostings.fields): the Python lists made of them
# take about 100 bytes a posting.
_WRITE_CHUNK = 1 << 16


class _FieldTerms:
    """One field's postings as documents give them: per document its number and
    how many terms it has, then per posting the term's number and its frequency."""

    __slots__ = ("docnums", "freqs", "ids", "sizes", "terms")

    def __init__(self) -> None:
        self.ids = TermIds()
        self.terms = array("I")
        self.freqs = array("I")
        self.docnums = array("I")
        self.sizes = array("I")

    def sorted(self, spell: Callable[[list], list]) -> SortedPostings:
        """The postings sorted by term, ``spell`` giving the terms of the keys."""
        keys = spell(list(self.ids))
        docnums = np.repeat(_uint32(self.docnums), _uint32(self.sizes))
        return SortedPostings.of(keys, _uint32(self.terms), docnums, _uint32(self.freqs))


def _uint32(values: array) -> np.ndarray:
    return np.frombuffer(values, dtype=np.uint32) if len(values) else np.zeros(0, dtype=np.uint32)


class SortedPostings(NamedTuple):
    """A field's postings sorted by term, each term's in document order: ``terms`` in
    order, ``counts[i]`` postings for ``terms[i]``, then the postings' document numbers
    and frequencies one after the other."""

    terms: list[str]
    counts: np.ndarray
    docnums: np.ndarray
    freqs: np.ndarray

    @classmethod
    def of(cls, keys: list[str], ids: np.ndarray, docnums: np.ndarray, freqs: np.ndarray) -> SortedPostings:
        """Postings of the terms ``keys[ids[i]]``, given in document order."""
        by_text = sorted(range(len(keys)), key=keys.__getitem__)
        rank = np.empty(len(keys), dtype=np.uint32)
        rank[by_text] = np.arange(len(keys), dtype=np.uint32)
        ranks = rank[ids]
        # A stable sort keeps each term's documents in order; numpy sorts 16-bit keys
        # by radix, in one pass.
        order = np.argsort(ranks.astype(np.uint16) if len(keys) <= 1 << 16 else ranks, kind="stable")
        counts = np.bincount(ranks, minlength=len(keys))
        return cls([keys[i] for i in by_text], counts, docnums[order], freqs[order])

    def chunks(self, size: int) -> Iterator[SortedPostings]:
        """The postings of consecutive terms, about ``size`` postings at a time."""
        for first, last, start, end in _term_ranges(self.counts, size):
            yield SortedPostings(
                self.terms[first:last],
                self.counts[first:last],
                self.docnums[start:end],
                self.freqs[start:end],
            )


def _term_ranges(counts: np.ndarray, size: int) -> Iterator[tuple[int, int, int, int]]:
    """``(first, last, start, end)``: terms ``first`` to ``last`` (excluded), whose
    postings are ``start`` to ``end``, about ``size`` postings (or one term) at a time."""
    ends = np.cumsum(counts)
    first = 0
    while first < len(ends):
        start = int(ends[first - 1]) if first else 0
        last = max(first + 1, int(np.searchsorted(ends, start + size, side="right")))
        yield first, last, start, int(ends[last - 1])
        first = last


def _merged(parts: list[SortedPostings], size: int) -> Iterator[SortedPostings]:
    """The postings of ``parts`` (runs of one field, in document order) merged, about
    ``size`` postings at a time: beside the runs, only a chunk is sorted at once."""
    terms = sorted(set().union(*(part.terms for part in parts)))
    numbers = {term: number for number, term in enumerate(terms)}
    totals = np.zeros(len(terms), dtype=np.int64)
    ranks, starts = [], []
    for part in parts:
        # Each part's terms are sorted: so are their numbers.
        part_ranks = np.fromiter(map(numbers.__getitem__, part.terms), np.int64, len(part.terms))
        totals[part_ranks] += part.counts
        ranks.append(part_ranks)
        starts.append(np.concatenate(([0], np.cumsum(part.counts))))
    del numbers
    for first, last, _start, _end in _term_ranges(totals, size):
        keys, docnums, freqs = [], [], []
        for part, part_ranks, part_starts in zip(parts, ranks, starts, strict=True):
            low, high = np.searchsorted(part_ranks, (first, last))
            keys.append(np.repeat(part_ranks[low:high], part.counts[low:high]))
            docnums.append(part.docnums[part_starts[low] : part_starts[high]])
            freqs.append(part.freqs[part_starts[low] : part_starts[high]])
        # A stable sort by term keeps the parts' order: documents stay in order.
        order = np.argsort(np.concatenate(keys), kind="stable")
        yield SortedPostings(
            terms[first:last],
            totals[first:last],
            np.concatenate(docnums)[order],
            np.concatenate(freqs)[order],
        )


class TermPostings:
    """Postings of the indexed fields by field: for each document the numbers of its
    terms and their frequencies, appended in a few C-level calls. Past ``limit`` bytes
    (estimated) they are sorted by term into a run on disk; :meth:`fields` sorts them,
    merging the runs back, field by field."""

    def __init__(self, tempstore, limit: int, spell: Callable[[str, list], list]) -> None:
        self._tempstore = tempstore
        self._spell = spell
        self._limit = limit
        self._fields: dict[str, _FieldTerms] = {}
        self._size = 0
        self._runs: list[str] = []

    def add(self, fieldname: str, counts: Counter, docnum: int) -> None:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = _FieldTerms()
        known = len(terms.ids)
        terms.terms.extend(map(terms.ids.__getitem__, counts))
        terms.freqs.extend(counts.values())
        terms.docnums.append(docnum)
        terms.sizes.append(len(counts))
        self._size += _TERM_SIZE * (len(terms.ids) - known) + _POSTING_SIZE * len(counts)
        if self._size > self._limit:
            self._spill()

    def _sorted(self, fieldname: str) -> SortedPostings:
        return self._fields.pop(fieldname).sorted(lambda keys: self._spell(fieldname, keys))

    def _spill(self) -> None:
        name = f"terms-{len(self._runs)}.run"
        handle = self._tempstore.create_file(name).raw_file()
        for fieldname in sorted(self._fields):
            part = self._sorted(fieldname)
            pickle.dump(
                (fieldname, part.terms, part.counts, part.docnums, part.freqs),
                handle,
                pickle.HIGHEST_PROTOCOL,
            )
        handle.close()
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def fields(self) -> Iterator[tuple[str, Iterator[SortedPostings]]]:
        """Each field's postings, in the order of field names, by chunks of consecutive
        terms (read a field's chunks before asking for the next field)."""
        if not self._runs:
            for fieldname in sorted(self._fields):
                yield fieldname, self._sorted(fieldname).chunks(_WRITE_CHUNK)
            return
        if self._fields:
            self._spill()
        runs = [_read_pickles(self._tempstore.open_file(name).raw_file()) for name in self._runs]
        # Each run holds its fields in name order: take them field by field.
        heads = [next(run, None) for run in runs]
        while any(head is not None for head in heads):
            fieldname = min(head[0] for head in heads if head is not None)
            parts = []
            for number, head in enumerate(heads):
                if head is not None and head[0] == fieldname:
                    parts.append(SortedPostings(*head[1:]))
                    heads[number] = next(runs[number], None)
            yield (
                fieldname,
                parts[0].chunks(_WRITE_CHUNK) if len(parts) == 1 else _merged(parts, _WRITE_CHUNK),
            )


def _read_pickles(handle) -> Iterator:
    try:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return
    finally:
        handle.close()
