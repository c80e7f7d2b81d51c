"""Real recorded French speech with known text: the Canadian French prompts of Asterisk
(Debian's asterisk-core-sounds-fr-wav, CC-BY-SA), joined into clips of a given length,
and the word error rate of a transcript against their text."""

from __future__ import annotations

import gzip
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SOUNDS = Path("/usr/share/asterisk/sounds/fr_CA_f_June")
TEXTS = Path("/usr/share/doc/asterisk-core-sounds-fr/core-sounds-fr.txt.gz")
# Prompts read cleanly whose written text has no spelling slip or digits.
SHORT_CLIP = ("conf-onlyperson", "vm-mailboxfull", "conf-getpin")
# Over 30 s, so in two windows at least.
LONG_CLIP = (
    *SHORT_CLIP,
    "conf-placeintoconf",
    "privacy-unident",
    "pbx-invalid",
    "vm-intro",
    "conf-muted",
    "conf-unmuted",
)


@dataclass(frozen=True)
class Clip:
    path: Path
    text: str
    # (start, end, text) of each prompt in the clip, in seconds.
    parts: list[tuple[float, float, str]]

    @property
    def duration(self) -> float:
        return self.parts[-1][1]


def prompt_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    with gzip.open(TEXTS, "rt", encoding="utf-8") as stream:
        for line in stream:
            name, colon, text = line.partition(":")
            if colon and not line.startswith(";"):
                texts[name.strip()] = text.strip()
    return texts


def _duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def usable_prompts() -> list[str]:
    """Prompts with plain sentences: no digits, no sound effects, no spelling slips."""
    texts = prompt_texts()
    names = []
    for name, text in sorted(texts.items()):
        if not (SOUNDS / f"{name}.wav").is_file() or len(text.split()) < 4:
            continue
        if re.search(r"[\d\[\]()#*:]|  ", text) or any(
            slip in text for slip in ("verou", "étez", "présentemnet")
        ):
            continue
        names.append(name)
    return names


def build_clip(names: list[str] | tuple[str, ...], target: Path, gap: float = 0.4) -> Clip:
    """Join the prompts with ``gap`` seconds of silence into a 16 kHz mono WAV."""
    texts = prompt_texts()
    parts, at = [], 0.0
    inputs: list[str] = []
    for name in names:
        source = SOUNDS / f"{name}.wav"
        length = _duration(source)
        parts.append((at, at + length, texts[name]))
        at += length + gap
        inputs += ["-i", str(source)]
    filters = "".join(f"[{i}:a]aresample=16000,apad=pad_dur={gap}[a{i}];" for i in range(len(names)))
    filters += "".join(f"[a{i}]" for i in range(len(names))) + f"concat=n={len(names)}:v=0:a=1[out]"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            *inputs,
            "-filter_complex",
            filters,
            "-map",
            "[out]",
            "-ac",
            "1",
            "-ar",
            "16000",
            str(target),
        ],
        check=True,
    )
    return Clip(target, " ".join(text for _s, _e, text in parts), parts)


def clip_of_length(seconds: float, target: Path) -> Clip:
    """Prompts in a fixed order until ``seconds`` of speech are reached."""
    chosen, total = [], 0.0
    for name in usable_prompts():
        if total >= seconds:
            break
        length = _duration(SOUNDS / f"{name}.wav")
        if total + length > seconds + 4:
            continue
        chosen.append(name)
        total += length + 0.4
    return build_clip(chosen, target)


def encode(source: Path, target: Path, *args: str) -> Path:
    subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(source), *args, str(target)], check=True
    )
    return target


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.lower()).replace("’", "'")
    return re.findall(r"[\w]+", text.replace("'", " "))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / words of the reference, on lower-cased
    words without punctuation (Levenshtein distance over words)."""
    ref, hyp = words(reference), words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, start=1):
        current = [i]
        for j, heard in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != heard)))
        previous = current
    return previous[-1] / max(len(ref), 1)
