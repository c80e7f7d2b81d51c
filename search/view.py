"""What ranking, filters, facets and corrections read: one snapshot of the index as
per-document numpy columns, whichever store holds it.

:class:`IndexView` is the contract both stores honour (the Whoosh index on one
disk, :mod:`search.whoosh_view`; PostgreSQL for servers that share it,
:mod:`search.postgres_view`): the same arrays, indexed by document number, and
the same few questions about terms, so every search answers alike on both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import NamedTuple, Protocol

import numpy as np

from search.documents import KINDS
from search.words import fold


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


STATES = {"published": 0, "pending": 1, "trashed": 2}
KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}
EMPTY_ROW = Row(0, 0, "", "", None, "", None, "", 0, 0.0, (), "")
ARRAYS = ("entry_id", "logbook", "state", "kind", "stage", "author", "day", "timestamp")


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


class Columns:
    """Per-document columns of a list of rows (``None`` for a document that is gone)."""

    def __init__(self, rows: list[Row | None]) -> None:
        count = len(rows)
        self.present = np.array([row is not None for row in rows], dtype=bool)
        real = [row if row is not None else EMPTY_ROW for row in rows]
        self.entry_id = np.fromiter((row.entry_id for row in real), dtype=np.int64, count=count)
        self.logbook = np.fromiter((row.logbook_id for row in real), dtype=np.int64, count=count)
        self.state = np.fromiter((STATES.get(row.state, -1) for row in real), dtype=np.int8, count=count)
        self.kind = np.fromiter((KIND_CODES.get(row.kind, -1) for row in real), dtype=np.int8, count=count)
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
        self.stage_titles: dict[int, str] = {}
        self.author_names: dict[int, str] = {}
        for row in rows:
            if row is not None:
                if row.stage_id is not None:
                    self.stage_titles[row.stage_id] = row.stage_title
                if row.author_id is not None:
                    self.author_names[row.author_id] = row.author_name


class IndexView:
    """A snapshot of per-document data, arrays indexed by document number.

    Subclasses set ``size``, ``alive`` (documents not deleted), the arrays named in
    ``ARRAYS`` and ``tag_doc``/``tag_code`` (one pair per tag of a document), and
    answer the abstract methods below from their store.
    """

    size: int
    alive: np.ndarray
    entry_id: np.ndarray
    logbook: np.ndarray
    state: np.ndarray
    kind: np.ndarray
    stage: np.ndarray
    author: np.ndarray
    day: np.ndarray
    timestamp: np.ndarray
    tag_doc: np.ndarray
    tag_code: np.ndarray

    def __init__(self) -> None:
        self._visible_cache: dict[tuple, np.ndarray] = {}
        self._scope_statistics: dict[tuple, dict] = {}
        # Indexed words close to a word searched for, by edit distance, whoever
        # may read them (search.corrections filters them per caller).
        self.corrections: dict[str, list[tuple[float, str]]] = {}
        # Words of stage titles and author names, for stage: and author: filters.
        self.label_words: dict[tuple[str, bool], dict[int, frozenset[str]]] = {}

    # -- what each store answers ----------------------------------------------------

    def row(self, docnum: int) -> Row | None:
        """The row of a document number."""
        raise NotImplementedError

    def lengths(self, fieldname: str) -> np.ndarray:
        """Field lengths of every document, for BM25 length normalisation."""
        raise NotImplementedError

    def labels(self, name: str) -> dict[int, str]:
        """``{id: title}`` of stages (``"stage"``) or ``{id: name}`` of authors (``"author"``)."""
        raise NotImplementedError

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and term frequencies of a term (every document, deleted
        ones aside); empty arrays for a term nobody holds.

        :raises IndexCorrupt: the postings cannot be read.
        """
        raise NotImplementedError

    def prefetch(self, terms: Iterable[tuple[str, str]]) -> None:
        """Read the postings of these ``(field, text)`` terms ahead, where reading many at
        once is cheaper than one by one (a round trip each to a database)."""

    def words_within(self, word: str, maxdist: int) -> set[str]:
        """Indexed words (of the ``exact`` field) sharing ``word``'s first letter, within
        ``maxdist`` Levenshtein edits of it, whoever may read them."""
        raise NotImplementedError

    def words_with_prefix(self, prefix: str) -> Iterator[str]:
        """Indexed words (of the ``exact`` field) starting with ``prefix``, in byte order."""
        raise NotImplementedError

    def stored_fields(self, docnums: list[int]) -> list[dict]:
        """The stored text (``title``, ``body``, ``transcript``, ``captions``,
        ``thumbnail_key``) of each of ``docnums``, for highlights and snippets.

        :raises IndexCorrupt: the stored fields cannot be read.
        """
        raise NotImplementedError

    # -- computed alike for both stores ---------------------------------------------

    def visible(self, readable: frozenset[int], pending: frozenset[int]) -> np.ndarray:
        """Boolean mask of the documents a caller may see: published entries of
        ``readable`` logbooks, pending ones of ``pending`` logbooks, never
        trashed or deleted ones. Do not modify the returned array."""
        key = (readable, pending)
        cached = self._visible_cache.get(key)
        if cached is not None:
            return cached
        in_readable = np.isin(self.logbook, np.fromiter(readable, dtype=np.int64, count=len(readable)))
        allowed = self.state == STATES["published"]
        if pending:
            in_pending = np.isin(self.logbook, np.fromiter(pending, dtype=np.int64, count=len(pending)))
            allowed |= (self.state == STATES["pending"]) & in_pending
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


def stamps_of(view: IndexView) -> dict[int, str]:
    """``{entry_id: stamp}`` of every live document of ``view``."""
    stamps = {}
    for docnum in np.flatnonzero(view.alive).tolist():
        row = view.row(docnum)
        stamps[row.entry_id] = row.stamp
    return stamps


class SearchStore(Protocol):
    """Where an index lives: :class:`search.index.SearchIndex` (Whoosh, on one disk) or
    :class:`search.postgres_store.PostgresSearchIndex` (tables of a PostgreSQL database)."""

    def view(self) -> IndexView: ...
