"""The entry index held in PostgreSQL, for servers that share one database.

A team server runs several web and worker machines: an index on one machine's
disk cannot serve the others, and concurrent writers on a shared disk break
Whoosh. This store keeps the same analysed data in the database's own tables
(:mod:`search.postgres_tables`), written from the same analysis
(:mod:`search.postings`), and offers the same interface as
:class:`search.index.SearchIndex`; its :class:`~search.postgres_view.PostgresIndexView`
feeds the same ranking, filters, facets and corrections.

Every write bumps the generation of the one ``search_state`` row first: writers
queue on that row (no deadlock between them, none lost during a rebuild, which
holds it to the end), and readers know from one cheap read whether the columns
they keep are still current. A rebuild writes the postings packed per term
(:mod:`search.postgres_packing`), later writes one row per posting; it replaces
every row in one transaction:
searches see the old index or the new one, never half of one, and a failure
leaves the old one.

The tables come with the application's migrations; an index *exists* once its
``search_state`` row does (the first rebuild writes it).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import numpy as np
from sqlalchemy import Connection, Engine, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from search.documents import EntryDocument
from search.errors import IndexCorrupt, IndexMissing
from search.half_process import PARALLEL_FROM
from search.postgres_errors import translated_errors
from search.postgres_packing import PART_SIZE, copy_rows, documents_before_packing, repack_if_due
from search.postgres_rebuild import document_rows, write_rebuilt_rows
from search.postgres_tables import (
    search_documents,
    search_packed_postings,
    search_postings,
    search_state,
    search_words,
)
from search.postgres_view import PostgresIndexView, ViewColumns
from search.postings import AnalysedDocument, analyse
from search.schema import SCHEMA_VERSION
from search.view import stamps_of

T = TypeVar("T")
ProgressCallback = Callable[[int, "int | None"], None]
_STATE_ID = 1
# A rebuild reports its progress every so many documents.
_PROGRESS_EVERY = 500
# The schema a rebuild writes: the analysis's (search.schema), and packed rows that may
# be GAPS-encoded (search.postgres_packing). A process of an earlier version cannot read
# those: it finds another schema and answers from the database, flagged degraded, until
# it is upgraded, instead of misreading them. An index written under the bare analysis
# schema (by an earlier version: its rows are all PLAIN) reads as well.
STORE_SCHEMA = f"{SCHEMA_VERSION}+gaps"
_READABLE_SCHEMAS = frozenset({SCHEMA_VERSION, STORE_SCHEMA})


class PostgresSearchIndex:
    """The entry index in the database of ``engine``.

    Writes wait at most ``writer_timeout`` seconds for another writer (or a rebuild).
    """

    def __init__(
        self,
        engine: Engine,
        *,
        writer_timeout: float = 10.0,
        part_size: int = PART_SIZE,
        parallel_from: int = PARALLEL_FROM,
    ) -> None:
        self.engine = engine
        self.writer_timeout = writer_timeout
        # Documents per part of the packed postings a rebuild writes.
        self.part_size = part_size
        # A rebuild of at least this many documents is analysed by two processes.
        self.parallel_from = parallel_from
        self._lock = threading.Lock()
        self._view: PostgresIndexView | None = None
        # Reads of one statement each (the generation, a batch of postings, a page's
        # text) need no transaction: in autocommit a read is one round trip instead of
        # three (BEGIN, the statement, ROLLBACK), about a millisecond per search.
        self._reads = engine.execution_options(isolation_level="AUTOCOMMIT")

    def _run(self, work: Callable[[Connection], T]) -> T:
        """``work(connection)`` on a connection in autocommit: for reads only."""
        with translated_errors(), self._reads.connect() as connection:
            return work(connection)

    # -- opening --------------------------------------------------------------

    def _state(self, connection: Connection) -> tuple[int, str] | None:
        found = connection.execute(
            select(search_state.c.generation, search_state.c.schema).where(search_state.c.id == _STATE_ID)
        ).first()
        return None if found is None else (found[0], found[1])

    def _check(self, state: tuple[int, str] | None) -> int:
        if state is None:
            raise IndexMissing("no search index in the database yet")
        generation, schema = state
        if schema not in _READABLE_SCHEMAS:
            raise IndexCorrupt(f"the search index was built with schema {schema!r}")
        return generation

    def open(self) -> PostgresSearchIndex:
        """Check that the index exists and has this schema.

        :raises IndexMissing: never built in this database.
        :raises IndexCorrupt: built with another schema.
        :raises StoreUnavailable: the database cannot be reached.
        """
        self._check(self._run(self._state))
        return self

    def ensure(self) -> bool:
        """Like :meth:`search.index.SearchIndex.ensure`: True when an empty index was made."""
        try:
            self.open()
        except (IndexMissing, IndexCorrupt):
            self.rebuild([])
            return True
        return False

    def is_healthy(self) -> bool:
        """True when the index exists with this schema and its tables read back."""
        try:
            self.open()
            self._run(
                lambda connection: (
                    connection.execute(select(search_documents.c.entry_id).limit(1)).all(),
                    connection.execute(select(search_postings.c.term).limit(1)).all(),
                    connection.execute(select(search_packed_postings.c.term).limit(1)).all(),
                    connection.execute(select(search_words.c.word).limit(1)).all(),
                )
            )
        except Exception:
            return False
        return True

    def packed_by_earlier_version(self) -> bool:
        """True when the index was last rebuilt by an earlier version: its packed postings
        are plain arrays, which a rebuild makes less than half the size."""
        state = self._run(self._state)
        return state is not None and state[1] == SCHEMA_VERSION

    def documents_unpacked(self) -> int:
        """Documents of an index built before packed postings (0 once a rebuild packed
        them): their first searches on common words are slow."""
        return self._run(documents_before_packing)

    # -- reading ----------------------------------------------------------------

    def view(self) -> PostgresIndexView:
        """An up-to-date view: one read of the generation, and the columns read again
        when it moved.

        :raises IndexMissing, IndexCorrupt, StoreUnavailable: see :meth:`open`.
        """
        generation = self._check(self._run(self._state))
        view = self._view
        if view is not None and view.generation == generation:
            return view
        with self._lock:
            if self._view is None or self._view.generation != generation:
                self._view = self._load(self._view)
            return self._view

    def _load(self, previous: PostgresIndexView | None) -> PostgresIndexView:
        """The view of the current generation: from ``previous``, only the documents
        written since it are read (and which entries are still there); without it, or
        after a rebuild, every document."""
        columns = search_documents.c
        statement = select(
            columns.entry_id,
            columns.logbook_id,
            columns.state,
            columns.kind,
            columns.stage_id,
            columns.stage_title,
            columns.author_id,
            columns.author_name,
            columns.day,
            columns.timestamp,
            columns.tags,
            columns.stamp,
            columns.lengths,
            columns.generation,
        ).order_by(columns.generation, columns.position)
        keep = None
        with translated_errors(), self.engine.connect() as connection:
            # One snapshot for the generation and the rows it names.
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                generation = self._check(self._state(connection))
                incremental = previous is not None and previous.generation < generation
                if incremental:
                    statement = statement.where(columns.generation > previous.generation)
                found = connection.execute(statement).all()
                if incremental:
                    written = np.fromiter((values[0] for values in found), dtype=np.int64, count=len(found))
                    keep = ~np.isin(previous.entry_id, written)
                    # Fewer documents than kept and written: some were deleted, so read which
                    # entries are still there (100,000 ids: a tenth of a second).
                    total = connection.scalar(select(func.count()).select_from(search_documents))
                    if total != int(np.count_nonzero(keep)) + len(found):
                        present = connection.scalars(select(columns.entry_id)).all()
                        keep &= np.isin(previous.entry_id, np.asarray(present, dtype=np.int64))
        fresh = ViewColumns.from_documents(found)
        if keep is None:
            return PostgresIndexView(generation, fresh, self._run)
        return PostgresIndexView(generation, previous.columns.merged(keep, fresh), self._run)

    def doc_count(self) -> int:
        """Number of entries in the index (all states)."""
        return self.view().size

    def entry_ids(self) -> set[int]:
        """Ids of every entry in the index."""
        return set(self.view().entry_id.tolist())

    def stamps(self) -> dict[int, str]:
        """``{entry_id: stamp}`` for every indexed entry (see :meth:`SearchIndex.stamps`)."""
        return stamps_of(self.view())

    # -- writing ----------------------------------------------------------------

    def apply(
        self,
        upserts: Iterable[EntryDocument] = (),
        deletes: Iterable[int] = (),
        *,
        connection: Connection | None = None,
        wait: float | None = None,
    ) -> None:
        """Add or replace ``upserts`` and remove ``deletes`` in one transaction (packing
        the postings of the documents written since the last packing, once they are many:
        see :mod:`search.postgres_packing`).

        With ``connection``, the writes join its transaction (committed with the
        caller's own changes); otherwise they are committed here.

        :raises IndexBusy: another writer held the index longer than ``wait`` seconds
            (``writer_timeout`` by default).
        :raises IndexMissing, IndexCorrupt, StoreUnavailable: see :meth:`open`.
        """
        analysed = [analyse(doc) for doc in upserts]
        deletes = [int(entry_id) for entry_id in deletes]
        if not analysed and not deletes:
            return
        with translated_errors(), self._transaction(connection) as bound:
            # The caller's own statements, later in its transaction, keep their lock timeout.
            previous = bound.execute(text("SELECT current_setting('lock_timeout')")).scalar_one()
            self._lock_timeout(bound, None if wait is None else f"{max(1, int(wait * 1000))}ms")
            generation = self._bump(bound)
            gone = sorted({doc.entry_id for doc in analysed} | set(deletes))
            bound.execute(delete(search_postings).where(search_postings.c.entry_id.in_(gone)))
            bound.execute(delete(search_documents).where(search_documents.c.entry_id.in_(gone)))
            self._write(bound, analysed, generation, 0)
            copy_rows(
                bound,
                search_postings,
                [
                    (field, term, doc.entry_id, weight)
                    for doc in analysed
                    for field, term, weight in doc.postings
                ],
            )
            words = sorted(set().union(*(doc.words for doc in analysed)))
            if words:
                bound.execute(
                    pg_insert(search_words).on_conflict_do_nothing(), [{"word": word} for word in words]
                )
            repack_if_due(bound, generation)
            self._lock_timeout(bound, previous)

    def rebuild(
        self,
        docs: Iterable[EntryDocument],
        total: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> int:
        """Replace the whole index with ``docs`` in one transaction (see the module's
        notes); ``progress(done, total)`` is called every few hundred documents.
        Returns the number of documents indexed. With ``total`` known and large
        enough, two processes analyse the documents (:mod:`search.postgres_rebuild`)."""

        def counted(count: int) -> None:
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(count, total)

        with translated_errors(), self.engine.connect() as connection, connection.begin():
            self._lock_timeout(connection)
            # A rebuild may take longer than one statement is allowed.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            generation = connection.execute(_upsert_state().returning(search_state.c.generation)).scalar_one()
            # Every posting is packed: the per-entry rows of earlier writes go too.
            connection.execute(update(search_state).values(packed_generation=generation))
            for table in (search_postings, search_packed_postings, search_documents, search_words):
                connection.execute(delete(table))
            count = write_rebuilt_rows(
                connection,
                docs,
                total,
                generation,
                counted,
                part_size=self.part_size,
                parallel_from=self.parallel_from,
            )
        if progress is not None:
            progress(count, total)
        self._view = None
        return count

    @contextlib.contextmanager
    def _transaction(self, connection: Connection | None) -> Iterator[Connection]:
        if connection is not None:
            yield connection
            return
        with self.engine.connect() as own, own.begin():
            yield own

    def _lock_timeout(self, connection: Connection, value: str | None = None) -> None:
        """Wait ``writer_timeout`` for locks until the transaction ends (or ``value``)."""
        if value is None:
            value = f"{max(1, int(self.writer_timeout * 1000))}ms"
        connection.execute(text("SELECT set_config('lock_timeout', :value, true)"), {"value": value})

    def _bump(self, connection: Connection) -> int:
        generation = connection.execute(
            update(search_state)
            .where(search_state.c.id == _STATE_ID)
            .values(generation=search_state.c.generation + 1)
            .returning(search_state.c.generation, search_state.c.schema)
        ).first()
        return self._check(None if generation is None else (generation[0], generation[1]))

    def _write(
        self, connection: Connection, docs: list[AnalysedDocument], generation: int, first: int
    ) -> None:
        if docs:
            copy_rows(connection, search_documents, document_rows(docs, generation, first))

    # -- caches -----------------------------------------------------------------

    def drop_caches(self) -> None:
        """Forget postings read so far (for benchmarks measuring cold searches)."""
        if self._view is not None:
            self._view.drop_caches()

    def close(self) -> None:
        """Forget the columns kept in memory; the engine stays the caller's."""
        with self._lock:
            self._view = None


def _upsert_state():
    # A new index starts from the clock (milliseconds), so that an index removed and made
    # again never repeats a generation a process may still hold the columns of.
    statement = pg_insert(search_state).values(
        id=_STATE_ID, generation=int(time.time() * 1000), schema=STORE_SCHEMA
    )
    return statement.on_conflict_do_update(
        index_elements=[search_state.c.id],
        set_={"generation": search_state.c.generation + 1, "schema": statement.excluded.schema},
    )
