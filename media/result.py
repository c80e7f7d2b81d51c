"""What processing returns: facts about the original and the files made from it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class DerivativeFile:
    """One file made for readers, named by its spec (``thumb``, ``web``, ``poster-jpeg``...)."""

    spec: str
    path: Path
    mime: str
    extension: str
    width: int | None = None
    height: int | None = None


@dataclass
class Result:
    """Facts (JSON-serialisable) about the original plus its derivatives."""

    facts: dict[str, Any] = field(default_factory=dict)
    derivatives: list[DerivativeFile] = field(default_factory=list)

    def get(self, spec: str) -> DerivativeFile:
        """The derivative with this spec; ``KeyError`` if it was not made."""
        for derivative in self.derivatives:
            if derivative.spec == spec:
                return derivative
        raise KeyError(spec)

    @property
    def specs(self) -> list[str]:
        return [d.spec for d in self.derivatives]


@contextmanager
def publishing(out_dir: Path, name: str) -> Iterator[Path]:
    """Yield a temporary path next to ``out_dir / name``; move it into place on success.

    Readers never see a half-written derivative and a second run simply replaces the
    first one's files, which keeps processing idempotent.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / name
    temporary = out_dir / f".{name}.part"
    try:
        yield temporary
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)
