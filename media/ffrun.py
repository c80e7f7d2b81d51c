"""Running ffmpeg and ffprobe safely: argument lists, forced demuxers, timeouts.

Every input handed to ffmpeg or ffprobe goes through :func:`input_options`: the
demuxer is forced with ``-f`` from :data:`DEMUXERS` (formats that cannot pull in
other files or URLs: no HLS, concat, playlists or image sequences) and only the
``file`` protocol is allowed. Processes run without a shell, without stdin
interaction and are killed when their wall-clock budget runs out, or when the process
that started them dies (a killed worker leaves no ffmpeg running: the kernel's parent
death signal, set by util-linux's ``setpriv`` where it exists).
"""

from __future__ import annotations

import collections
import contextlib
import json
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# Demuxers an untrusted input may be opened with. "mov" is the demuxer registered as
# "mov,mp4,m4a,3gp,3g2,mj2"; "matroska" also reads WebM.
DEMUXERS = frozenset({"mov", "matroska", "ogg", "mp3", "wav", "flac", "aac", "amr"})


class ToolFailed(Exception):
    """ffmpeg or ffprobe exited with an error; ``stderr`` holds its last lines."""

    def __init__(self, returncode: int, stderr: str) -> None:
        super().__init__(f"exit status {returncode}: {stderr}")
        self.returncode = returncode
        self.stderr = stderr


class ToolTimedOut(Exception):
    """The process ran past its wall-clock budget and was killed."""


def executable(name: str) -> str:
    """The absolute path of ``ffmpeg`` or ``ffprobe``."""
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed")
    return found


def _die_with_parent() -> list[str]:
    """A prefix that makes the kernel kill the tool if the thread that started it dies
    (SIGKILL of a worker included), or nothing where ``setpriv`` is missing."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def file_url(path: str | Path) -> str:
    """An explicit ``file:`` URL, so a name holding ``:`` is never read as a protocol."""
    return "file:" + str(Path(path).resolve())


def input_options(demuxer: str) -> dict[str, str]:
    """Options placed before ``-i`` for an untrusted input (ffmpeg-python keyword form)."""
    if demuxer not in DEMUXERS:
        raise ValueError(f"demuxer {demuxer!r} is not allowed")
    return {"f": demuxer, "protocol_whitelist": "file"}


def input_args(path: str | Path, demuxer: str) -> list[str]:
    """Command-line arguments that open one untrusted input."""
    options = input_options(demuxer)
    return ["-protocol_whitelist", options["protocol_whitelist"], "-f", options["f"], "-i", file_url(path)]


def run(
    args: list[str],
    *,
    timeout: float,
    stdin_chunks: Iterable[bytes] | None = None,
    on_stdout_line: Callable[[str], None] | None = None,
    on_stdout_chunk: Callable[[bytes], None] | None = None,
) -> bytes:
    """Run ``args`` (no shell) and return its stdout unless a callback consumed it.

    Raises :class:`ToolTimedOut` after ``timeout`` seconds (the process is killed) and
    :class:`ToolFailed` when it exits with a non-zero status.
    """
    process = subprocess.Popen(
        [*_die_with_parent(), *args],
        stdin=subprocess.PIPE if stdin_chunks is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    stderr_tail: collections.deque[bytes] = collections.deque(maxlen=40)
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        process.kill()

    def drain_stderr() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            stderr_tail.append(line)

    def feed_stdin() -> None:
        assert process.stdin is not None and stdin_chunks is not None
        try:
            for chunk in stdin_chunks:
                process.stdin.write(chunk)
        except (BrokenPipeError, OSError):
            pass  # ffmpeg stopped reading: its exit status tells why.
        finally:
            with contextlib.suppress(OSError):
                process.stdin.close()

    timer = threading.Timer(timeout, kill)
    timer.daemon = True
    helpers = [threading.Thread(target=drain_stderr, daemon=True)]
    if stdin_chunks is not None:
        helpers.append(threading.Thread(target=feed_stdin, daemon=True))
    timer.start()
    for helper in helpers:
        helper.start()
    output = bytearray()
    try:
        assert process.stdout is not None
        if on_stdout_line is not None:
            for raw in process.stdout:
                on_stdout_line(raw.decode("utf-8", "replace").strip())
        elif on_stdout_chunk is not None:
            while chunk := process.stdout.read(1 << 16):
                on_stdout_chunk(chunk)
        else:
            output += process.stdout.read()
        process.wait()
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        for helper in helpers:
            helper.join(timeout=5)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
    if timed_out.is_set():
        raise ToolTimedOut(f"{Path(args[0]).name} ran longer than {timeout:g} s")
    if process.returncode != 0:
        raise ToolFailed(process.returncode, b"".join(stderr_tail).decode("utf-8", "replace"))
    return bytes(output)


def ffprobe_json(path: str | Path, demuxer: str, *, timeout: float, entries: list[str]) -> dict[str, Any]:
    """``ffprobe`` of one untrusted input as parsed JSON (``entries`` like ``-show_format``)."""
    args = [executable("ffprobe"), "-v", "error", *input_args(path, demuxer)]
    args += ["-print_format", "json", *entries]
    return json.loads(run(args, timeout=timeout) or b"{}")
