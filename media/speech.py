"""Speech to text, offline: a faster-whisper (CTranslate2) model on the CPU.

No Flask and no database here: a model directory in, segments with their times out.
Nothing is ever downloaded: the model is a local directory, and the Hugging Face hub
is told to stay offline while the library loads it (without ``tokenizer.json`` the
library would otherwise reach for the hub).

Decoding is greedy and deterministic: ``temperature=0`` (faster-whisper's default
fallback ladder re-decodes hard audio at rising temperatures, ten times slower and
different on each run) and ``condition_on_previous_text=False`` (a mistake in one
window is not carried into the next).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from media import ffrun

SAMPLE_RATE = 16_000
# Audio read per step. Inside a window the library moves through 30 s spans by itself,
# resuming after the last complete sentence; between windows we do the same, so a longer
# window means fewer cut sentences to decode twice, and a shorter one less work lost to
# a kill.
WINDOW_SECONDS = 60.0
# Files a faster-whisper model directory must hold to load without any network.
MODEL_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")


class SpeechModelError(Exception):
    """The model cannot be used: missing, incomplete, altered or unreadable. The message
    says which file and what to do."""


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "text": self.text}


@dataclass(frozen=True)
class Window:
    """What one window of audio gave: its segments (times from the start of the file) and
    where the next window should start (before a sentence cut by the window's end)."""

    segments: list[Segment]
    next_offset: float


@contextlib.contextmanager
def _hub_offline() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class SpeechModel:
    """A loaded model. ``transcribe_window`` is safe to call from several threads: calls
    are serialised, because one model at one thread is what the machine budget allows."""

    def __init__(self, directory: str | Path, threads: int = 1) -> None:
        directory = Path(directory)
        missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
        if missing:
            raise SpeechModelError(
                f"The transcription model in {directory} is incomplete: {', '.join(missing)} missing."
            )
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise SpeechModelError(
                "faster-whisper is not installed: pip install 'carnet[transcribe]'."
            ) from None
        try:
            with _hub_offline():
                self._model = WhisperModel(
                    str(directory),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=max(threads, 1),
                    num_workers=1,
                    local_files_only=True,
                )
        except Exception as exc:
            raise SpeechModelError(
                f"The transcription model in {directory} could not be loaded ({exc.__class__.__name__}: {exc})."
            ) from None
        self.directory = directory
        self._lock = threading.Lock()

    @property
    def languages(self) -> list[str]:
        return list(self._model.supported_languages)

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def transcribe(self, samples: np.ndarray, language: str, *, vad: bool = True) -> list[Segment]:
        """Segments of 16 kHz mono float32 ``samples`` (times from their start)."""
        if samples.size == 0:
            return []
        with self._lock:
            segments, _info = self._model.transcribe(
                samples,
                language=language,
                task="transcribe",
                beam_size=1,
                temperature=0.0,
                condition_on_previous_text=False,
                vad_filter=vad,
                without_timestamps=False,
            )
            found = [Segment(s.start, s.end, s.text.strip()) for s in segments]
        return [segment for segment in found if segment.text]

    def transcribe_window(
        self,
        path: str | Path,
        offset: float,
        duration: float,
        language: str,
        *,
        seconds: float = WINDOW_SECONDS,
        demuxer: str = "mov",
    ) -> Window:
        """Transcribe ``[offset, offset + seconds)`` of the audio file at ``path``.

        When the window ends inside a sentence, that last sentence is left out and the
        next window starts where it began, so no word is cut in two. Raises
        ``ffrun.ToolFailed`` when ffmpeg cannot read the file."""
        samples = read_window(path, offset, seconds, demuxer=demuxer)
        found = self.transcribe(samples, language)
        window_end = offset + seconds
        next_offset = min(window_end, duration)
        if window_end < duration and len(found) > 1 and found[-1].end > seconds - 1.0:
            restart = offset + found[-1].start
            if restart > offset + seconds / 3:
                found, next_offset = found[:-1], restart
        shifted = [Segment(offset + s.start, offset + s.end, s.text) for s in found]
        return Window(shifted, next_offset)


def read_window(path: str | Path, offset: float, seconds: float, *, demuxer: str = "mov") -> np.ndarray:
    """``seconds`` of audio from ``offset``, as 16 kHz mono float32 samples (ffmpeg)."""
    args = [
        ffrun.executable("ffmpeg"),
        "-nostdin",
        "-hide_banner",
        "-v",
        "error",
        "-ss",
        f"{max(offset, 0.0):.3f}",
        "-t",
        f"{seconds:.3f}",
        *ffrun.input_args(path, demuxer),
        "-map",
        "0:a:0",
        "-ac",
        "1",
        "-ar",
        str(SAMPLE_RATE),
        "-f",
        "f32le",
        "-c:a",
        "pcm_f32le",
        "pipe:1",
    ]
    raw = ffrun.run(args, timeout=max(60.0, seconds * 4))
    return np.frombuffer(raw[: len(raw) // 4 * 4], dtype=np.float32).copy()


def self_test(model: SpeechModel, language: str = "fr") -> list[Segment]:
    """Run the model on one second of a quiet tone: proves the weights decode (the text
    itself means nothing; usually empty)."""
    t = np.arange(SAMPLE_RATE, dtype=np.float32) / SAMPLE_RATE
    tone = (0.05 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    return model.transcribe(tone, language, vad=False)
