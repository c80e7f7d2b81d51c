"""The :class:`~search.view.IndexView` of the index held in PostgreSQL.

The columns of every document are read once per index generation (the
``search_state`` row bumped by each write) and kept by the process; a search
then reads only the postings of its terms (several terms in one round trip: their
packed parts and the rows written since the last packing, see
:mod:`search.postgres_packing`),
the words near a typo, and the stored text of the page it shows.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from sqlalchemy import ARRAY, BigInteger, Connection, any_, bindparam, func, select
from whoosh.support.levenshtein import levenshtein

from search.postgres_packing import Part, read_postings
from search.postgres_tables import search_documents, search_words
from search.postings import LENGTH_FIELDS
from search.view import ARRAYS, Columns, IndexView, Row

# Postings kept per view (entry ids and weights, about 12 bytes each).
POSTINGS_CACHE_SIZE = 4_000_000
# Terms asked in one statement.
_BATCH = 200
_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
# Entry ids are looked up in a dense table (one int32 per id up to the greatest) unless
# it would be much larger than the documents.
_DENSE_SLACK = 1_000_000
# Tables of entry ids kept per view: one per range of generations of the parts read.
_RANGES_KEPT = 16

T = TypeVar("T")

# The stored text of a page of hits. One text whatever the number of ids (``= ANY`` of
# an array, not ``IN`` of as many parameters): the driver prepares it once per
# connection, and planning it took longer than running it.
_STORED = select(search_documents.c.entry_id, search_documents.c.stored).where(
    search_documents.c.entry_id == any_(bindparam("ids", type_=ARRAY(BigInteger)))
)


@dataclass
class ViewColumns:
    """The per-document data of a view, in document order."""

    rows: list[Row]
    arrays: dict[str, np.ndarray]  # ARRAYS, plus tag_doc, tag_code and generation
    lengths: np.ndarray  # one row per document, one column per LENGTH_FIELDS
    stage_titles: dict[int, str]
    author_names: dict[int, str]

    @classmethod
    def from_rows(cls, rows: list[Row], lengths: np.ndarray, generations: np.ndarray) -> ViewColumns:
        columns = Columns(rows)
        arrays = {
            name: getattr(columns, name).astype(np.float64 if name == "timestamp" else np.int64)
            for name in ARRAYS
        }
        arrays["tag_doc"], arrays["tag_code"] = columns.tag_doc, columns.tag_code
        # The generation each document was written at: which of its postings count.
        arrays["generation"] = generations.astype(np.int64)
        return cls(rows, arrays, lengths, columns.stage_titles, columns.author_names)

    @classmethod
    def from_documents(cls, found: Sequence[Sequence]) -> ViewColumns:
        """The columns of rows of ``search_documents``: the values of a :class:`Row` (tags
        as JSON), the field lengths (JSON) and the generation."""
        rows: list[Row] = []
        lengths = np.zeros((len(found), len(LENGTH_FIELDS)), dtype=np.float32)
        generations = np.zeros(len(found), dtype=np.int64)
        for docnum, values in enumerate(found):
            rows.append(Row(*values[:10], tuple(json.loads(values[10])), values[11]))
            lengths[docnum] = json.loads(values[12])
            generations[docnum] = values[13]
        return cls.from_rows(rows, lengths, generations)

    def merged(self, keep: np.ndarray, fresh: ViewColumns) -> ViewColumns:
        """The documents of ``self`` that ``keep`` says, then those of ``fresh``: an
        entry written again moves to the end, as Whoosh numbers documents."""
        kept = int(np.count_nonzero(keep))
        arrays = {
            name: np.concatenate([self.arrays[name][keep], fresh.arrays[name]])
            for name in (*ARRAYS, "generation")
        }
        renumbered = np.cumsum(keep) - 1
        tag_kept = keep[self.arrays["tag_doc"]]
        arrays["tag_doc"] = np.concatenate(
            [renumbered[self.arrays["tag_doc"][tag_kept]], fresh.arrays["tag_doc"] + kept]
        )
        arrays["tag_code"] = np.concatenate([self.arrays["tag_code"][tag_kept], fresh.arrays["tag_code"]])
        rows = [row for row, wanted in zip(self.rows, keep.tolist(), strict=True) if wanted] + fresh.rows
        return ViewColumns(
            rows,
            arrays,
            np.concatenate([self.lengths[keep], fresh.lengths]),
            {**self.stage_titles, **fresh.stage_titles},
            {**self.author_names, **fresh.author_names},
        )


class PostgresIndexView(IndexView):
    """Columns of the documents of one generation, in document order."""

    def __init__(
        self,
        generation: int,
        columns: ViewColumns,
        run: Callable[[Callable[[Connection], T]], T],
    ) -> None:
        super().__init__()
        self.generation = generation
        self.columns = columns
        self._rows = columns.rows
        # ``run(work)`` calls ``work(connection)`` with a connection of the store, turning
        # database errors into this package's (see PostgresSearchIndex).
        self._run = run
        self.size = len(columns.rows)
        self.alive = np.ones(self.size, dtype=bool)
        for name in ARRAYS:
            setattr(self, name, columns.arrays[name])
        self.tag_doc = columns.arrays["tag_doc"]
        self.tag_code = columns.arrays["tag_code"]
        self.generations = columns.arrays["generation"]
        self._labels = {"stage": columns.stage_titles, "author": columns.author_names}
        self._lengths = {name: columns.lengths[:, i].copy() for i, name in enumerate(LENGTH_FIELDS)}
        self._order = np.argsort(self.entry_id, kind="stable")
        self._sorted_ids = self.entry_id[self._order]
        # Per (written_after, written_until) of the parts read: see _current.
        self._ranges: dict[tuple[int, int | None], np.ndarray] = {}
        self._postings: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._postings_size = 0
        self._lock = threading.Lock()

    def row(self, docnum: int) -> Row | None:
        return self._rows[docnum]

    def lengths(self, fieldname: str) -> np.ndarray:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            lengths = self._lengths[fieldname] = np.zeros(self.size, dtype=np.float32)
        return lengths

    def labels(self, name: str) -> dict[int, str]:
        return self._labels[name]

    def docnums(self, entry_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers of ``entry_ids``, and which of them this view holds (an entry
        written since the view was read is not in it)."""
        if not self.size:
            return np.zeros(0, dtype=np.int64), np.zeros(len(entry_ids), dtype=bool)
        at = np.searchsorted(self._sorted_ids, entry_ids)
        at = np.minimum(at, self.size - 1)
        known = self._sorted_ids[at] == entry_ids
        return self._order[at[known]], known

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        key = (fieldname, text)
        with self._lock:
            cached = self._postings.get(key)
            if cached is not None:
                self._postings.move_to_end(key)
                return cached
        self.prefetch([key])
        with self._lock:
            return self._postings.get(key, _EMPTY)

    def prefetch(self, terms: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            wanted = list(dict.fromkeys(key for key in terms if key not in self._postings))
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            parts = self._run(lambda connection, batch=batch: read_postings(connection, batch))
            arrays = {key: self._merged(parts.get(key, [])) for key in batch}
            with self._lock:
                for key in batch:
                    self._keep(key, arrays[key])

    def _merged(self, parts: list[Part]) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and weights of a term: in each part, the postings of the
        documents whose generation is still within the part's (an entry written again
        keeps its old postings in the parts packed before: they must not count)."""
        docnums, weights = [], []
        for after, until, (ids, values) in parts:
            found, current = self._current(ids, after, until)
            docnums.append(found)
            weights.append(values if current is None else values[current])
        if not docnums:
            return _EMPTY
        if len(docnums) == 1:
            return docnums[0], weights[0]
        return np.concatenate(docnums), np.concatenate(weights)

    def _current(
        self, entry_ids: np.ndarray, after: int, until: int | None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Document numbers of those of ``entry_ids`` whose generation is in (``after``,
        ``until``], and which ones they are (None: all of them, as in a part no later
        write touched). A common term has tens of thousands of postings: they are looked
        up in a table with one ``int32`` per entry id (-1 for an entry not in the range)
        made once per range, where the ids allow it."""
        table = self._ranges.get((after, until))
        if table is None:
            in_range = self.generations > after
            if until is not None:
                in_range &= self.generations <= until
            greatest = int(self.entry_id.max()) if self.size else -1
            if greatest > 8 * self.size + _DENSE_SLACK or (self.size and int(self.entry_id.min()) < 0):
                found, known = self.docnums(entry_ids)
                current = in_range[found]
                known[known] = current
                return found[current], known
            # One more -1 at the end, for the ids the table does not reach.
            table = np.full(greatest + 2, -1, dtype=np.int32)
            table[self.entry_id[in_range]] = np.flatnonzero(in_range).astype(np.int32)
            if len(self._ranges) >= _RANGES_KEPT:
                self._ranges.clear()
            self._ranges[(after, until)] = table
        # Read as unsigned, a negative id is past the end too: every id the table does not
        # hold lands on its last -1, with no pass over the ids to find them first.
        found = np.take(table, entry_ids.view(np.uint64), mode="clip")
        if not len(found) or found.min() >= 0:
            return found.astype(np.int64), None
        current = found >= 0
        return found[current].astype(np.int64), current

    def _keep(self, key: tuple[str, str], value: tuple[np.ndarray, np.ndarray]) -> None:
        if key in self._postings:
            return
        self._postings[key] = value
        self._postings_size += len(value[0])
        while self._postings_size > POSTINGS_CACHE_SIZE and len(self._postings) > 1:
            _key, (ids, _weights) = self._postings.popitem(last=False)
            self._postings_size -= len(ids)

    def drop_caches(self) -> None:
        with self._lock:
            self._postings.clear()
            self._postings_size = 0

    def words_within(self, word: str, maxdist: int) -> set[str]:
        if not word:
            return set()
        # Same first letter and a length within reach, then the edit distance itself.
        statement = select(search_words.c.word).where(
            search_words.c.word.like(_escape_like(word[0]) + "%", escape="\\"),
            func.length(search_words.c.word).between(len(word) - maxdist, len(word) + maxdist),
        )
        candidates = self._run(lambda connection: connection.scalars(statement).all())
        return {other for other in candidates if levenshtein(word, other, limit=maxdist) <= maxdist}

    def words_with_prefix(self, prefix: str) -> Iterator[str]:
        # Byte order, as Whoosh's term dictionary lists them.
        statement = (
            select(search_words.c.word)
            .where(search_words.c.word.like(_escape_like(prefix) + "%", escape="\\"))
            .order_by(search_words.c.word.collate("C"))
        )
        offset, page = 0, 64
        while True:
            limited = statement.offset(offset).limit(page)
            chunk = self._run(lambda connection, limited=limited: connection.scalars(limited).all())
            yield from chunk
            if len(chunk) < page:
                return
            offset += page
            page = min(page * 4, 4096)

    def stored_fields(self, docnums: list[int]) -> list[dict]:
        if not docnums:
            return []
        ids = [self._rows[docnum].entry_id for docnum in docnums]
        found = dict(self._run(lambda connection: connection.execute(_STORED, {"ids": ids}).all()))
        # An entry deleted since the view was read shows what the view knows: no text.
        return [json.loads(found[entry_id]) if entry_id in found else {} for entry_id in ids]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
