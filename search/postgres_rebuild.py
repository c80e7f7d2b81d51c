"""Writing a rebuilt PostgreSQL index's rows, on two cores when there are enough documents.

A rebuild analyses each document (terms counted as numbers, :class:`NumberedAnalysis`),
writes its row of ``search_documents`` and gathers its postings into parts of
``part_size`` documents, each packed into rows of ``search_packed_postings``
(:mod:`search.postgres_packing`); the words of the ``exact`` field go last into
``search_words``. The analysis is Python work that holds one core, while the server
takes the rows on its own.

With two cores and at least ``parallel_from`` documents, a helper process
(:mod:`search.half_process`) analyses the first half and writes its rows, pickled,
to a file, while this process analyses the second half and copies its rows; the
helper's rows are then copied too, in the same transaction, which the caller holds
(a failure in either process leaves the old index). The helper's documents keep
their positions (the first ones), and its parts come first: parts are read in the
order of their numbers, so postings stay in document order.
"""

from __future__ import annotations

import json
import pickle
import tempfile
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from sqlalchemy import Connection, Table

from search.documents import EntryDocument
from search.errors import SearchIndexError
from search.half_process import Counted, HalfWriter, send_first_half, two_processes
from search.postgres_packing import PartPacker, copy_rows
from search.postgres_tables import search_documents, search_packed_postings, search_words
from search.postings import POSTING_FIELDS, AnalysedDocument, NumberedAnalysis, NumberedDocument

# Documents analysed, then written, at a time.
_BATCH = 500
# Rows pickled at a time in the helper's file.
_ROWS_PER_PICKLE = 10_000
_TABLES = {table.name: table for table in (search_documents, search_packed_postings)}

Sink = Callable[[Table, Iterable[tuple]], None]


def write_rebuilt_rows(
    connection: Connection,
    docs: Iterable[EntryDocument],
    total: int | None,
    generation: int,
    counted: Counted,
    *,
    part_size: int,
    parallel_from: int,
) -> int:
    """Copy the rows of ``docs`` at ``generation`` into the emptied tables through
    ``connection``; returns how many documents were written."""

    def copy(table: Table, rows: Iterable[tuple]) -> None:
        copy_rows(connection, table, rows)

    if not two_processes(total, parallel_from):
        count, words = write_rows(docs, generation, copy, part_size=part_size, counted=counted)
    else:
        count, words = _write_in_two(connection, iter(docs), total, generation, counted, part_size)
    copy_rows(connection, search_words, [(word,) for word in sorted(words)])
    return count


def document_rows(
    docs: list[AnalysedDocument] | list[NumberedDocument], generation: int, first: int
) -> list[tuple]:
    """The rows of ``search_documents`` for ``docs``, at positions from ``first``."""
    return [
        (
            doc.entry_id,
            generation,
            first + position,
            *doc.row[1:10],
            json.dumps(doc.row[10], ensure_ascii=False),
            doc.row[11],
            json.dumps(doc.lengths),
            json.dumps(doc.stored, ensure_ascii=False),
        )
        for position, doc in enumerate(docs)
    ]


def write_rows(
    docs: Iterable[EntryDocument],
    generation: int,
    sink: Sink,
    *,
    part_size: int,
    first: int = 0,
    first_part: int = 0,
    counted: Counted | None = None,
) -> tuple[int, set[str]]:
    """Give ``sink`` the rows of ``docs``: their documents from position ``first``,
    their postings in parts numbered from ``first_part``. Returns the number of
    documents and the words of their ``exact`` field."""
    analysis = NumberedAnalysis()
    exact = POSTING_FIELDS.index("exact")
    words: set[int] = set()
    count = 0
    part = PartPacker(first_part, generation, analysis)

    def write(batch: list[NumberedDocument]) -> None:
        nonlocal count, part
        words.update(*(item.counts[exact] for item in batch))
        sink(search_documents, document_rows(batch, generation, first + count))
        part.add(batch)
        count += len(batch)
        if part.documents >= part_size:
            sink(search_packed_postings, part.rows())
            part = PartPacker(part.part + 1, generation, analysis)

    batch: list[NumberedDocument] = []
    for doc in docs:
        batch.append(analysis.analyse(doc))
        if counted is not None:
            counted(count + len(batch))
        if len(batch) == _BATCH:
            write(batch)
            batch = []
    if batch:
        write(batch)
    sink(search_packed_postings, part.rows())
    return count, set(analysis.spell(exact, list(words)))


def _write_in_two(
    connection: Connection,
    docs: Iterable[EntryDocument],
    total: int,
    generation: int,
    counted: Counted,
    part_size: int,
) -> tuple[int, set[str]]:
    with tempfile.TemporaryDirectory(prefix="carnet-rebuild-") as folder:
        rows_file = Path(folder) / "first-half.rows"
        helper = HalfWriter("postgres", str(rows_file), str(generation), str(part_size))
        try:
            sent = send_first_half(docs, total // 2, helper, counted)
            helper.send(None)
            # The helper's parts are numbered below ceil(sent / part_size).
            own, words = write_rows(
                docs,
                generation,
                lambda table, rows: copy_rows(connection, table, rows),
                part_size=part_size,
                first=sent,
                first_part=-(-sent // part_size),
                counted=lambda n: counted(sent + n),
            )
            theirs = helper.outcome()
            if theirs != sent:
                raise SearchIndexError(f"the helper process indexed {theirs} documents of {sent}")
        finally:
            helper.stop()
        words |= _copy_from_file(connection, rows_file)
    return sent + own, words


def write_rows_to_file(path: Path, docs: Iterable[EntryDocument], generation: int, part_size: int) -> int:
    """In the helper: write the rows of ``docs`` to ``path``, pickled, then their words;
    returns the number of documents."""
    with open(path, "wb") as out:

        def keep(table: Table, rows: Iterable[tuple]) -> None:
            rows = iter(rows)
            while chunk := list(islice(rows, _ROWS_PER_PICKLE)):
                pickle.dump((table.name, chunk), out, protocol=pickle.HIGHEST_PROTOCOL)

        count, words = write_rows(docs, generation, keep, part_size=part_size)
        pickle.dump(("words", sorted(words)), out, protocol=pickle.HIGHEST_PROTOCOL)
    return count


def _copy_from_file(connection: Connection, path: Path) -> set[str]:
    """Copy the rows the helper wrote to ``path``; returns its words."""
    words: set[str] = set()
    with open(path, "rb") as rows_file:
        while True:
            try:
                name, rows = pickle.load(rows_file)
            except EOFError:
                return words
            if name == "words":
                words.update(rows)
            else:
                copy_rows(connection, _TABLES[name], rows)
