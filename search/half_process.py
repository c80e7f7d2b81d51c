"""The helper process that writes the first half of a large rebuild, on another core.

Analysing an entry's text is Python work that holds one core, and a rebuild of a
large logbook spends nearly all its time there. So a rebuild of enough entries, on
a machine where it may use two cores, sends the first half of them to a helper
process and analyses the second half itself, at the same time:

* the Whoosh store (:mod:`search.parallel_build`): the helper writes a segment of
  its half, which the rebuild then puts before its own;
* the PostgreSQL store (:mod:`search.postgres_rebuild`): the helper writes the rows
  of its half to a file, which the rebuild copies into its transaction.

The helper is a new Python process (``python -m search.half_process``), not a fork:
forking a process that runs threads (a web server, the job worker) may copy a lock
another thread holds, and ``multiprocessing``'s spawn would run the caller's main
script again. The documents of its half are pickled to its standard input in chunks
by a feeder thread, which never blocks the rebuild. A helper that fails or dies
makes the rebuild fail (:class:`search.errors.SearchIndexError`); a rebuild that
fails stops its helper.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from search.documents import EntryDocument
from search.errors import SearchIndexError

# Below this many documents one process writes the index: starting the helper and
# reading the lemmatiser's tables again costs it about two seconds.
PARALLEL_FROM = 20_000
_CHUNK = 500  # documents sent to the helper at a time

Counted = Callable[[int], None]


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def two_processes(total: int | None, parallel_from: int) -> bool:
    """Whether a rebuild of ``total`` documents is worth a helper process: enough of
    them (starting it costs about two seconds), and a second core to run it on."""
    return total is not None and total >= max(2, parallel_from) and available_cores() >= 2


def received() -> Iterator[EntryDocument]:
    """In the helper: the documents read from standard input, until ``None``."""
    source = sys.stdin.buffer
    while (batch := pickle.load(source)) is not None:
        yield from batch


def send_first_half(docs: Iterator[EntryDocument], half: int, helper: HalfWriter, counted: Counted) -> int:
    """Send the first ``half`` of ``docs`` to ``helper`` (``counted`` after each one read);
    returns how many were sent (fewer when ``docs`` ends first)."""
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


class HalfWriter:
    """The helper process writing the first half, fed through its standard input.

    ``arguments`` say what it writes (see :func:`main`). A thread pickles the chunks
    to its input, so that :meth:`send` never waits for the helper to read them."""

    def __init__(self, *arguments: str) -> None:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop())
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, *sys.path])}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "search.half_process", *arguments],
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
        answer = self._process.stdout.read().split()
        code = self._process.wait()
        if code == 0 and answer:
            with contextlib.suppress(ValueError):
                return int(answer[-1])  # after anything a library may have printed
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
        self._chunks.put(None)  # wakes the feeder if it waits for a chunk that will not come
        self._feeder.join(timeout=5)
        for stream in (self._process.stdin, self._process.stdout, self._errors):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


def main(arguments: list[str]) -> None:
    """The helper's work, as :class:`HalfWriter`'s arguments name it; prints the number
    of documents written."""
    kind, *rest = arguments
    if kind == "whoosh":
        from search.parallel_build import write_segment

        (folder,) = rest
        Path(folder).mkdir()
        count = write_segment(Path(folder), received())
    elif kind == "postgres":
        from search.postgres_rebuild import write_rows_to_file

        out, generation, part_size = rest
        count = write_rows_to_file(Path(out), received(), int(generation), int(part_size))
    else:
        raise SystemExit(f"unknown store {kind!r}")
    print(count, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
