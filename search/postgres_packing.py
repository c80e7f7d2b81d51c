"""Postings of the PostgreSQL store packed per term, as segments hold them.

One row per posting (``search_postings``) puts the postings of a common word on
thousands of heap pages: reading it cold took seconds at 100,000 entries. So a
rebuild writes the postings packed instead (``search_packed_postings``): for each
term, one row per *part* (up to :data:`PART_SIZE` documents written together, so
that a rebuild holds one part in memory at a time) with the entry ids and the
weights as arrays of numbers. Reading a term is then one index look-up returning
a row per part, and :func:`unpack` turns them into arrays with nothing to decode.

Writes after the rebuild (:meth:`PostgresSearchIndex.apply`) keep writing one row
per posting: they are few. An entry written again, or deleted, keeps its old
postings inside the packed arrays, so the two sources are told apart by the
generation of each document (see :func:`read_postings`):

* a packed posting counts when its entry is still indexed with a generation at
  or before ``search_state.packed_generation`` (written by that rebuild);
* a per-entry posting counts when its entry was written after it.

The per-entry rows grow back with updates; ``carnet reindex`` packs them again
(a rebuild clears them), and :func:`unpacked_share` tells how many there are.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sqlalchemy import Connection, Table, func, select, tuple_

from search.postgres_tables import search_documents, search_packed_postings, search_postings, search_state
from search.postings import AnalysedDocument

# Documents per part: their postings are held in memory (about 16 bytes each, some
# 330 per document) until the part is written.
PART_SIZE = 20_000
_INT32_MAX = 2**31 - 1

Postings = tuple[np.ndarray, np.ndarray]  # entry ids (int64), weights (float32)


def pack(entry_ids: np.ndarray, weights: np.ndarray) -> tuple[bytes, bytes]:
    """``entry_ids`` and ``weights`` as the bytes of a packed row."""
    width = "<i4" if not len(entry_ids) or int(entry_ids.max()) <= _INT32_MAX else "<i8"
    return entry_ids.astype(width).tobytes(), weights.astype("<f4").tobytes()


def unpack(entry_ids: bytes, weights: bytes) -> Postings:
    """The arrays of a packed row (see :func:`pack`)."""
    count = len(weights) // 4
    width = "<i4" if len(entry_ids) == 4 * count else "<i8"
    return (
        np.frombuffer(entry_ids, dtype=width).astype(np.int64),
        np.frombuffer(weights, dtype="<f4"),
    )


class PartPacker:
    """Gathers the postings of the documents of one part; :meth:`rows` packs them."""

    def __init__(self, part: int) -> None:
        self.part = part
        self.documents = 0
        self._terms: dict[tuple[str, str], int] = {}
        self._numbers: list[np.ndarray] = []
        self._ids: list[np.ndarray] = []
        self._weights: list[np.ndarray] = []

    def add(self, docs: list[AnalysedDocument]) -> None:
        """Add the postings of ``docs`` (in document order)."""
        terms = self._terms
        numbers: list[int] = []
        ids: list[int] = []
        weights: list[float] = []
        for doc in docs:
            for field, term, weight in doc.postings:
                key = (field, term)
                number = terms.get(key)
                if number is None:
                    number = terms[key] = len(terms)
                numbers.append(number)
                weights.append(weight)
            ids.extend([doc.entry_id] * len(doc.postings))
        self._numbers.append(np.asarray(numbers, dtype=np.int32))
        self._ids.append(np.asarray(ids, dtype=np.int64))
        self._weights.append(np.asarray(weights, dtype=np.float32))
        self.documents += len(docs)

    def rows(self) -> Iterable[tuple[str, str, int, bytes, bytes]]:
        """``(field, term, part, entry_ids, weights)`` of every term of the part."""
        if not self._terms:
            return
        numbers = np.concatenate(self._numbers)
        # Stable: each term's postings stay in document order.
        order = np.argsort(numbers, kind="stable")
        ids = np.concatenate(self._ids)[order]
        weights = np.concatenate(self._weights)[order]
        bounds = np.searchsorted(numbers[order], np.arange(len(self._terms) + 1)).tolist()
        for (field, term), number in self._terms.items():
            start, end = bounds[number], bounds[number + 1]
            yield (field, term, self.part, *pack(ids[start:end], weights[start:end]))


def read_postings(
    connection: Connection, terms: list[tuple[str, str]]
) -> tuple[int | None, dict[tuple[str, str], list[Postings]], dict[tuple[str, str], Postings]]:
    """The packed generation, then the packed postings (one pair of arrays per part) and
    the per-entry postings of ``terms``, read in one snapshot so that they agree."""
    connection = connection.execution_options(isolation_level="REPEATABLE READ")
    with connection.begin():
        packed_generation = connection.scalar(select(search_state.c.packed_generation))
        table = search_packed_postings.c
        found = connection.execute(
            select(table.field, table.term, table.entry_ids, table.weights).where(
                tuple_(table.field, table.term).in_(terms)
            )
        ).all()
        rows = search_postings.c
        # One row per term, its postings as two arrays: far fewer Python objects than
        # one row per posting.
        fresh = connection.execute(
            select(rows.field, rows.term, func.array_agg(rows.entry_id), func.array_agg(rows.weight))
            .where(tuple_(rows.field, rows.term).in_(terms))
            .group_by(rows.field, rows.term)
        ).all()
    packed: dict[tuple[str, str], list[Postings]] = {}
    for field, term, entry_ids, weights in found:
        packed.setdefault((field, term), []).append(unpack(entry_ids, weights))
    return (
        packed_generation,
        packed,
        {
            (field, term): (np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32))
            for field, term, ids, weights in fresh
        },
    )


def unpacked_share(connection: Connection) -> float:
    """The share of indexed documents whose postings are not packed (written since the
    last rebuild): above a fifth, ``carnet reindex`` makes first searches faster."""
    packed_generation = connection.scalar(select(search_state.c.packed_generation))
    total = connection.scalar(select(func.count()).select_from(search_documents)) or 0
    if not total:
        return 0.0
    written = select(func.count()).select_from(search_documents)
    if packed_generation is not None:
        written = written.where(search_documents.c.generation > packed_generation)
    return (connection.scalar(written) or 0) / total


def copy_rows(connection: Connection, table: Table, rows: Iterable[tuple]) -> None:
    """Insert ``rows`` (tuples in the table's column order) with COPY, the fast way in."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    names = ", ".join(f'"{column.name}"' for column in table.columns)
    with (
        connection.connection.driver_connection.cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
    ):
        copy.write_row(first)
        for row in rows:
            copy.write_row(row)
