"""Sound: the web recording (AAC in M4A) and the waveform's peaks, from a safely probed file."""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ffmpeg

from media import ffrun
from media.av import Progress, ffmpeg_errors, run_with_progress
from media.errors import MediaError
from media.limits import Limits
from media.probing import Stream, check_duration, demuxer_of, probe
from media.result import DerivativeFile, Result, publishing
from media.sniff import Sniffed

PEAKS_RATE = 8000
PEAKS_POINTS = 1000
AUDIO_BITRATE = "128k"


def process_audio(
    src: str | Path,
    out_dir: str | Path,
    sniffed: Sniffed,
    limits: Limits = Limits(),
    on_progress: Progress = None,
) -> Result:
    """Make ``web`` (AAC-LC in M4A, EBU R128 loudness-normalised, faststart) and ``peaks``.

    ``peaks`` is a JSON waveform in the audiowaveform/peaks.js layout (``data`` holds
    ``length`` min/max pairs of 8-bit values) plus ``duration`` in seconds.
    Facts: ``duration``, ``audio_codec``, ``channels``, ``sample_rate``.
    Raises :class:`MediaError` (``media_too_large`` past ``limits.max_audio_seconds``).
    """
    out_dir = Path(out_dir)
    info = probe(src, sniffed)
    sound = info.audio
    if sound is None:
        raise MediaError("media_corrupt", "This file holds no sound that can be read.")
    duration = check_duration(info.duration, limits.max_audio_seconds, "recording")
    with publishing(out_dir, "web.m4a") as temporary, ffmpeg_errors("recording"):
        run_with_progress(
            audio_web_command(src, temporary, sniffed, sound),
            duration,
            limits.job_timeout_seconds,
            on_progress,
            (0.0, 0.9),
        )
    web_path = out_dir / "web.m4a"
    with ffmpeg_errors("recording"):
        peaks = _peaks(web_path, limits.job_timeout_seconds)
    with publishing(out_dir, "peaks.json") as temporary:
        temporary.write_text(json.dumps(peaks, separators=(",", ":")))
    if on_progress is not None:
        on_progress(1.0)
    facts = {
        "duration": round(duration, 3),
        "audio_codec": sound.codec,
        "channels": sound.channels,
        "sample_rate": sound.sample_rate,
        "has_audio": True,
        "has_video": False,
    }
    derivatives = [
        DerivativeFile("web", web_path, "audio/mp4", "m4a"),
        DerivativeFile("peaks", out_dir / "peaks.json", "application/json", "json"),
    ]
    return Result(facts=facts, derivatives=derivatives)


def audio_web_command(src: str | Path, target: str | Path, sniffed: Sniffed, sound: Stream) -> Any:
    """The ffmpeg-python graph for the ``web`` audio derivative."""
    source = ffmpeg.input(ffrun.file_url(src), **ffrun.input_options(demuxer_of(sniffed)))
    options: dict[str, Any] = {
        "c:a": "aac",
        "b:a": AUDIO_BITRATE,
        "ar": 48000,
        "map_metadata": -1,
        "map_chapters": -1,
        "movflags": "+faststart",
        "f": "mp4",
    }
    if (sound.channels or 1) > 2:
        options["ac"] = 2
    filtered = source[f"{sound.index}"].filter("loudnorm", I=-16, TP=-1.5, LRA=11)
    return ffmpeg.output(filtered, str(target), **options)


def normalised_peaks(samples: Sequence[int], per_point: int) -> list[int]:
    """(min, max) pairs of 8-bit values, one pair per ``per_point`` 16-bit samples, scaled so
    that the loudest peak reaches the full height (±127).

    A quiet voice memo would otherwise draw a flat line: its peaks fill a few of the 256
    levels. Silence stays silence (all zeros).
    """
    loudest = max((abs(value) for value in samples), default=0)
    scale = 127 / loudest if loudest else 0.0
    data: list[int] = []
    for start in range(0, len(samples), max(1, per_point)):
        window = samples[start : start + max(1, per_point)]
        data += [max(-127, round(min(window) * scale)), min(127, round(max(window) * scale))]
    return data


def _peaks(web: Path, timeout: float) -> dict[str, Any]:
    samples = array("h")
    buffer = bytearray()

    def on_chunk(chunk: bytes) -> None:
        buffer.extend(chunk)

    args = [
        ffrun.executable("ffmpeg"),
        "-nostdin",
        "-hide_banner",
        "-v",
        "error",
        *ffrun.input_args(web, "mov"),
    ]
    args += [
        "-map",
        "0:a:0",
        "-ac",
        "1",
        "-ar",
        str(PEAKS_RATE),
        "-f",
        "s16le",
        "-c:a",
        "pcm_s16le",
        "pipe:1",
    ]
    ffrun.run(args, timeout=timeout, on_stdout_chunk=on_chunk)
    samples.frombytes(bytes(buffer[: len(buffer) // 2 * 2]))
    count = len(samples)
    length = max(1, min(PEAKS_POINTS, count))
    per_point = max(1, -(-count // length))
    data = normalised_peaks(samples, per_point)
    return {
        "version": 2,
        "channels": 1,
        "sample_rate": PEAKS_RATE,
        "samples_per_pixel": per_point,
        "bits": 8,
        "length": len(data) // 2,
        "duration": round(count / PEAKS_RATE, 3),
        "data": data,
    }
