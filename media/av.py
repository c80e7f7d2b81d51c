"""Sound and video: what their ffmpeg runs share (progress, errors), and the rules for all.

Probing is in :mod:`media.probing`, the web recording and waveform in :mod:`media.audio`,
the web video and poster in :mod:`media.video`.

Every ffmpeg/ffprobe call forces the demuxer found by :func:`media.sniff.sniff_file`
(``-f``) and allows only the ``file`` protocol (see :mod:`media.ffrun`); outputs drop
all container and stream metadata (``-map_metadata -1``: phone videos carry a GPS
``location`` tag) and only the first picture and first sound stream are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from media import ffrun
from media.errors import MediaError

Progress = Callable[[float], None] | None


def run_with_progress(
    stream: Any, duration: float, timeout: float, on_progress: Progress, span: tuple[float, float]
) -> None:
    """Run an ffmpeg-python graph, mapping its ``-progress`` output onto ``span``."""
    args = stream.global_args("-nostdin", "-hide_banner", "-v", "error", "-progress", "pipe:1", "-nostats")
    args = args.overwrite_output().compile(cmd=ffrun.executable("ffmpeg"))
    low, high = span
    reported = low

    def on_line(line: str) -> None:
        nonlocal reported
        if on_progress is None:
            return
        key, _, value = line.partition("=")
        if key == "out_time_us" and value.lstrip("-").isdigit() and duration > 0:
            fraction = low + (high - low) * min(max(int(value) / 1e6 / duration, 0.0), 1.0)
        elif key == "progress" and value == "end":
            fraction = high
        else:
            return
        if fraction > reported:  # never step backwards
            reported = fraction
            on_progress(fraction)

    ffrun.run(args, timeout=timeout, on_stdout_line=on_line)


@contextmanager
def ffmpeg_errors(what: str) -> Iterator[None]:
    """Turn ffmpeg failures into :class:`MediaError` about ``what`` (``video``, ``recording``)."""
    try:
        yield
    except ffrun.ToolTimedOut as exc:
        raise MediaError(
            "media_too_large", f"Converting this {what} took longer than allowed; it was stopped."
        ) from exc
    except ffrun.ToolFailed as exc:
        raise MediaError(
            "media_corrupt", f"This {what} is damaged or uses a variant that cannot be converted."
        ) from exc
