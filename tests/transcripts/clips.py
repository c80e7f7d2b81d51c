"""Real recorded French speech with known text: the Canadian French prompts of Asterisk
(Debian's asterisk-core-sounds-fr-g722 and -wav, CC-BY-SA), joined into clips of a given
length, and the word error rate of a transcript against their text.

The same recordings come as 16 kHz wideband G.722 and as 8 kHz telephone WAV. A phone's
voice memo is recorded at 44.1 or 48 kHz, so the wideband files are the closer stand-in
and are used when installed; ``CARNET_SPEECH_BAND=narrow`` uses the telephone ones (the
bench reports both)."""

from __future__ import annotations

import gzip
import os
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


def recording(name: str) -> list[str]:
    """The ffmpeg input options of a prompt's recording: wideband when installed."""
    wideband = SOUNDS / f"{name}.g722"
    if wideband.is_file() and os.environ.get("CARNET_SPEECH_BAND", "wide") != "narrow":
        # Raw G.722 has no header: its format is named.
        return ["-f", "g722", "-i", str(wideband)]
    return ["-i", str(SOUNDS / f"{name}.wav")]


def _duration(name: str) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", *recording(name), "-show_entries", "format=duration", "-of", "csv=p=0"],
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
        if (
            re.search(r"[\d\[\]()#*:]|  ", text)
            or any(slip in text for slip in ("verou", "étez", "présentemnet"))
            # "Veuillez composez": the text has the verb in -ez where the speaker says -er.
            or re.search(r"\bveuillez \w+ez\b", text, re.IGNORECASE)
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
        length = _duration(name)
        parts.append((at, at + length, texts[name]))
        at += length + gap
        inputs += recording(name)
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
        length = _duration(name)
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


_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def french_number(n: int) -> str:
    """An integer below a billion as French words (1990 spelling aside: hyphens are
    spaces for the word error rate anyway)."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the teens follow
            head, rest = ("soixante", 10 + unit) if tens == 7 else ("quatre-vingt", 10 + unit)
            joiner = " et " if tens == 7 and unit == 1 else "-"
            return head + joiner + _UNITS[rest]
        head = "quatre-vingt" if tens == 8 else _TENS[tens]
        if unit == 0:
            return "quatre-vingts" if tens == 8 else head
        return head + (" et un" if unit == 1 and tens != 8 else "-" + _UNITS[unit])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else _UNITS[hundreds] + " cent" + ("s" if rest == 0 else "")
        return head if rest == 0 else f"{head} {french_number(rest)}"
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else french_number(thousands).removesuffix("s") + " mille"
        return head if rest == 0 else f"{head} {french_number(rest)}"
    if n < 1_000_000_000:
        millions, rest = divmod(n, 1_000_000)
        head = f"{french_number(millions)} million" + ("s" if millions > 1 else "")
        return head if rest == 0 else f"{head} {french_number(rest)}"
    return str(n)


def _spell_numbers(text: str) -> str:
    text = re.sub(r"(\d)[ \u00a0\u202f](?=\d{3}\b)", r"\1", text)  # 1 000 000
    text = re.sub(r"\b1(er|re)\b", lambda m: "premier" if m.group(1) == "er" else "première", text)
    text = re.sub(r"(\d+),(\d+)", r"\1 virgule \2", text)
    text = re.sub(r"\s*%", " pour cent", text)
    return re.sub(r"\d+", lambda m: f" {french_number(int(m.group()))} ", text)


def words(text: str) -> list[str]:
    """The words of ``text`` as the word error rate compares them, so that only what was
    heard differently counts: case, punctuation, elisions (``l'heure`` is ``l heure``),
    hyphens, the ``œ`` ligature and numbers written in digits or words (``21 %`` is
    ``vingt et un pour cent``) make no difference. Spelling does: ``suivie`` for
    ``suivi`` is an error, as a reader would see one."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    text = _spell_numbers(text)
    return re.findall(r"[^\W_]+", text)


def _alignment(ref: list[str], hyp: list[str]) -> list[tuple[str, str]]:
    """Word pairs of the cheapest alignment (Levenshtein over words); ``""`` on one side
    is a word left out or added."""
    cost = [list(range(len(hyp) + 1))]
    for i, word in enumerate(ref, start=1):
        row = [i]
        for j, heard in enumerate(hyp, start=1):
            row.append(min(cost[i - 1][j] + 1, row[j - 1] + 1, cost[i - 1][j - 1] + (word != heard)))
        cost.append(row)
    pairs, i, j = [], len(ref), len(hyp)
    while i or j:
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            pairs.append((ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            pairs.append((ref[i - 1], ""))
            i -= 1
        else:
            pairs.append(("", hyp[j - 1]))
            j -= 1
    return pairs[::-1]


def word_errors(reference: str, hypothesis: str) -> list[tuple[str, str]]:
    """(said, heard) for each word substituted, left out (heard ``""``) or added (said
    ``""``), in order."""
    return [pair for pair in _alignment(words(reference), words(hypothesis)) if pair[0] != pair[1]]


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / words of the reference, on the words
    that :func:`words` compares."""
    return len(word_errors(reference, hypothesis)) / max(len(words(reference)), 1)
