"""Speech to text, offline: a faster-whisper (CTranslate2) model on the CPU.

No Flask and no database here: a model directory in, segments with their times out.
Nothing is ever downloaded: the model is a local directory, and the Hugging Face hub
is told to stay offline while the library loads it (without ``tokenizer.json`` the
library would otherwise reach for the hub).

Decoding is deterministic: ``temperature=0`` (faster-whisper's default fallback ladder
re-decodes hard audio at rising temperatures, ten times slower and different on each
run) and ``condition_on_previous_text=False`` (a mistake in one window is not carried
into the next; with it, beam search once repeated a sentence). Beam search of 5
(``DEFAULT_BEAM``) by default: on real French speech it makes about a quarter fewer
errors than greedy decoding (``beam=1``) for 20–30 % more CPU (``bench/transcribe.py``).

How audio reaches the model. A window of audio is read at a time (one ffmpeg run; the
job saves its progress after each), and the library moves through it as through a whole
file: its VAD keeps the speech, and it decodes 30 s passes, each resuming at the last
sentence the one before finished. A window ends in a pause, never inside a word, so the
next one starts cleanly; the model is never given a sliver of audio of its own (each
pass costs a full 30 s encoding, however little it holds).
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from media import ffrun

SAMPLE_RATE = 16_000
# Audio read per step (one ffmpeg run, one save of the job's progress): a shorter window
# loses less work to a kill, a longer one wastes less. Each window's last 30 s pass
# holds only what is left of it, yet costs a full encoding: with 60 s windows that was
# 5-14 % more CPU than the bare call on 180 s of speech, with 120 s 2-12 % (180 s and
# 11 min, several runs; bench/transcribe.py). 240 s windows cost 2-5 % but took the
# process to 590 MB. A kill loses at most one window: 10-20 s of one core. A window
# ends in the quietest moment of its last CUT_SEARCH_SECONDS; the next one starts there.
WINDOW_SECONDS = 120.0
CUT_SEARCH_SECONDS = 6.0
# A quiet moment is the quietest run of this length (energy of 10 ms frames).
QUIET_SECONDS = 0.3
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
    where the next window starts (the quiet moment where this one ended)."""

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


# Beam search width: 1 is greedy decoding (cheaper, more errors).
DEFAULT_BEAM = 5


class SpeechModel:
    """A loaded model. ``transcribe_window`` is safe to call from several threads: calls
    are serialised, because one model at one thread is what the machine budget allows."""

    def __init__(self, directory: str | Path, threads: int = 1, beam: int = DEFAULT_BEAM) -> None:
        directory = Path(directory)
        self.beam = max(beam, 1)
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
                beam_size=self.beam,
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
        """Transcribe the window of the audio file at ``path`` that starts at ``offset``.

        The window ends in the quietest moment of ``[seconds - CUT_SEARCH_SECONDS,
        seconds]``, where the next one starts, so no word is cut in two; when less than a
        quarter window would be left after it, it goes on to the end of the file. Raises
        ``ffrun.ToolFailed`` when ffmpeg cannot read the file."""
        reach = seconds * 1.25
        samples = read_window(path, offset, reach, demuxer=demuxer)
        short = samples.size < round((reach - 0.1) * SAMPLE_RATE)
        if short or offset + reach >= duration:
            next_offset = max(duration, offset + samples.size / SAMPLE_RATE)
        else:
            cut = quietest_moment(samples, max(seconds - CUT_SEARCH_SECONDS, 0.0), seconds)
            samples, next_offset = samples[: round(cut * SAMPLE_RATE)], offset + cut
        found = self.transcribe(samples, language)
        shifted = [Segment(offset + s.start, offset + s.end, s.text) for s in found]
        return Window(shifted, next_offset)


def quietest_moment(samples: np.ndarray, earliest: float, latest: float) -> float:
    """The middle of the quietest QUIET_SECONDS of ``samples`` whose middle lies in
    ``[earliest, latest]`` (seconds from their start); ``latest`` when none fits."""
    frame = SAMPLE_RATE // 100
    count = samples.size // frame
    run = max(1, round(QUIET_SECONDS * 100))
    if count < run:
        return latest
    energy = np.square(samples[: count * frame].reshape(count, frame), dtype=np.float64).mean(axis=1)
    # quiet[i]: energy of frames i .. i + run - 1, whose middle is at (i + run / 2) / 100 s.
    quiet = np.convolve(energy, np.ones(run), mode="valid")
    first = max(math.ceil(earliest * 100 - run / 2), 0)
    last = min(math.floor(latest * 100 - run / 2), quiet.size - 1)
    if last < first:
        return latest
    # The latest of equally quiet moments: windows as long as they may be.
    return (last - int(np.argmin(quiet[first : last + 1][::-1])) + run / 2) / 100


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
