"""Writing a rebuilt Whoosh index, on two cores when there are enough documents.

With two cores and at least ``PARALLEL_FROM`` documents, a helper process
(:mod:`search.half_process`) writes a segment of the first half of the documents
while this process writes one of the second half; the two segments then make one
index, the helper's first, so that documents keep the order they came in (ties in
ranking go to the lower document number, as in a one-segment index and in the
PostgreSQL store). If either process fails, the rebuild fails: the caller removes
the half-written generation and the live index stays as it was.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from search.bulk import BulkWriter
from search.documents import EntryDocument
from search.errors import SearchIndexError
from search.half_process import PARALLEL_FROM, Counted, HalfWriter, send_first_half, two_processes
from search.schema import build_codec, build_schema, to_fields

_INDEX = "MAIN"  # Whoosh's default index name, which every generation uses


def write_index(
    folder: Path,
    docs: Iterable[EntryDocument],
    total: int | None,
    counted: Counted,
    *,
    parallel_from: int = PARALLEL_FROM,
) -> int:
    """Write an index of ``docs`` in the empty ``folder``; returns how many documents it
    holds. ``counted(n)`` is called after each document read. Two processes write it
    when ``total`` is at least ``parallel_from`` and two cores are available."""
    if not two_processes(total, parallel_from):
        return write_segment(folder, docs, counted)
    return _write_in_two(folder, iter(docs), total, counted)


def write_segment(folder: Path, docs: Iterable[EntryDocument], counted: Counted | None = None) -> int:
    """Write an index of one segment holding ``docs`` in the empty ``folder``."""
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = BulkWriter(ix, limitmb=256, codec=build_codec(), compound=False)
    count = 0
    try:
        for doc in docs:
            writer.add_document(**to_fields(doc))
            count += 1
            if counted is not None:
                counted(count)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    ix.close()
    return count


def _write_in_two(folder: Path, docs: Iterator[EntryDocument], total: int, counted: Counted) -> int:
    part = folder / "first-half"
    helper = HalfWriter("whoosh", str(part))
    try:
        sent = send_first_half(docs, total // 2, helper, counted)
        helper.send(None)
        own = write_segment(folder, docs, lambda n: counted(sent + n))
        theirs = helper.outcome()
        if theirs != sent:
            raise SearchIndexError(f"the helper process indexed {theirs} documents of {sent}")
        _join(folder, part)
    finally:
        helper.stop()
    return sent + own


def _join(folder: Path, part: Path) -> None:
    """Make the index in ``folder`` hold the segments of the one in ``part`` before its
    own, and remove ``part``."""
    storage, part_storage = FileStorage(str(folder)), FileStorage(str(part))
    own = TOC.read(storage, _INDEX)
    theirs = TOC.read(part_storage, _INDEX)
    segment_file = re.compile(rf"{_INDEX}_[0-9a-z]+\.")
    for name in os.listdir(part):
        if segment_file.match(name):
            if (folder / name).exists():
                raise SearchIndexError(f"two segments named {name}")
            os.rename(part / name, folder / name)
    TOC(own.schema, theirs.segments + own.segments, own.generation + 1).write(storage, _INDEX)
    storage.delete_file(TOC._filename(_INDEX, own.generation))
    shutil.rmtree(part)
