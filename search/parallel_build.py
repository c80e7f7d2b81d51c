"""Writing a rebuilt index's segments, on two cores when there are enough documents.

Analysing an entry's text is Python work that holds one core; a rebuild of a large
logbook spends nearly all its time there. With two cores and at least
``PARALLEL_FROM`` documents, a helper process writes a segment of the first half of
the documents while this process writes one of the second half; the two segments
then make one index, the helper's first, so that documents keep the order they came
in (ties in ranking go to the lower document number, as in a one-segment index and
in the PostgreSQL store).

The helper is a new Python process (``python -m search.parallel_build``), not a fork:
forking a process that runs threads (a web server, the job worker) may copy a lock
another thread holds. The documents of its half are pickled to its standard input
in chunks by a feeder thread, which never blocks this process, so both halves are
written at the same time. A helper that fails or dies
makes the rebuild fail: the caller removes the half-written generation and the live
index stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from search.bulk import BulkWriter
from search.documents import EntryDocument
from search.errors import SearchIndexError
from search.schema import build_codec, build_schema, to_fields

# Below this many documents one process writes the index: starting the helper and
# reading the lemmatiser's tables again costs it about two seconds.
PARALLEL_FROM = 20_000
_CHUNK = 500  # documents sent to the helper at a time
_INDEX = "MAIN"  # Whoosh's default index name, which every generation uses

Counted = Callable[[int], None]


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
    if total is None or total < max(2, parallel_from) or available_cores() < 2:
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
    helper = _Helper(part)
    try:
        sent = _send_first_half(docs, total // 2, helper, counted)
        helper.send(None)
        own = write_segment(folder, docs, lambda n: counted(sent + n))
        theirs = helper.outcome()
        if theirs != sent:
            raise SearchIndexError(f"the helper process indexed {theirs} documents of {sent}")
        _join(folder, part)
    finally:
        helper.stop()
    return sent + own


def _send_first_half(docs: Iterator[EntryDocument], half: int, helper: _Helper, counted: Counted) -> int:
    sent = 0
    batch: list[EntryDocument] = []
    for doc in docs:
        batch.append(doc)
        sent += 1
        counted(sent)
        if len(batch) == _CHUNK or sent == half:
            helper.send(batch)
            batch = []
        if sent == half:
            break
    if batch:  # fewer documents came than were counted
        helper.send(batch)
    return sent


class _Helper:
    """The process writing a segment of the first half, fed through its standard input.

    A thread pickles the chunks to its input, so that :meth:`send` never waits for
    the helper to read them. It runs ``python -m search.parallel_build``: with
    ``multiprocessing``'s spawn the helper would run the caller's main script again,
    and forking copies the locks other threads hold."""

    def __init__(self, part: Path) -> None:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop())
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, *sys.path])}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "search.parallel_build", str(part)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env=env,
        )
        self._chunks: queue.SimpleQueue[list[EntryDocument] | None] = queue.SimpleQueue()
        self._feeder = threading.Thread(target=self._feed, name="carnet-index-feeder", daemon=True)
        self._feeder.start()

    def send(self, chunk: list[EntryDocument] | None) -> None:
        """Queue ``chunk`` for the helper (``None``: there are no more)."""
        self._chunks.put(chunk)

    def _feed(self) -> None:
        stdin = self._process.stdin
        try:
            while True:
                chunk = self._chunks.get()
                pickle.dump(chunk, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                if chunk is None:
                    break
            stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the helper stopped: outcome() says how

    def outcome(self) -> int:
        """The number of documents the helper wrote, once it has written them."""
        answer = self._process.stdout.read()
        code = self._process.wait()
        if code == 0:
            with contextlib.suppress(ValueError):
                return int(answer)
        self._errors.seek(0)
        lines = self._errors.read().decode(errors="replace").strip().splitlines()
        raise SearchIndexError(
            f"the helper process writing half the index failed (exit code {code})"
            + (f": {lines[-1]}" if lines else "")
        )

    def stop(self) -> None:
        """Stop the helper if it still runs, and release what talks to it."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._feeder.join(timeout=5)
        for stream in (self._process.stdin, self._process.stdout, self._errors):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


def _write_first_half(part: Path) -> None:
    """The helper process: write a segment of the documents read from standard input
    until ``None``, then print how many."""
    part.mkdir()
    source = sys.stdin.buffer

    def received() -> Iterator[EntryDocument]:
        while (batch := pickle.load(source)) is not None:
            yield from batch

    print(write_segment(part, received()), flush=True)


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


if __name__ == "__main__":
    _write_first_half(Path(sys.argv[1]))
