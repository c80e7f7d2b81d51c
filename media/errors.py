"""The one error type the media package raises across its boundary."""

from __future__ import annotations

CODES = frozenset({"unsupported_media", "media_corrupt", "media_too_large", "empty_file"})


class MediaError(Exception):
    """A file the media package refuses, with a stable ``code`` and a sentence for people.

    ``code`` is one of ``unsupported_media``, ``media_corrupt``, ``media_too_large`` and
    ``empty_file``; ``message`` says what was received and what is accepted.
    """

    def __init__(self, code: str, message: str) -> None:
        if code not in CODES:
            raise ValueError(f"unknown media error code: {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"MediaError({self.code!r}, {self.message!r})"
