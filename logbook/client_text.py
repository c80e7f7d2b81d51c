"""Text a client sent, made safe to repeat: in a message, a stored row, a log line, a page.

A client chooses its file names and field values. Repeated as they came, a name like
``../../tmp/x\u202egpj.sh`` shows a path the server never used and, through its
right-to-left override, reads as ``x hs.jpg``; a 10 MB value repeated in an error
fills a terminal or a log. Everything a client named or typed goes through here
before it is shown or kept as a name.
"""

from __future__ import annotations

import posixpath
import unicodedata

MAX_FILE_NAME = 120
MAX_SHOWN = 80
ELLIPSIS = "…"

# Control, format (bidi overrides and isolates, zero-width characters, BOM), surrogate,
# private-use and unassigned characters, and the line and paragraph separators.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def safe_file_name(name: str | None, *, limit: int = MAX_FILE_NAME) -> str:
    """The name a client gave a file, fit to show and store: its base name only, without
    control, bidi or other invisible characters, spaces collapsed, at most ``limit``
    characters (the extension is kept when the middle is cut). ``""`` when nothing is left."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)
    text = posixpath.basename(text.replace("\\", "/"))
    text = " ".join(text.split())
    if text in {".", ".."}:
        return ""
    return _shortened(text, limit)


def shown(value: object, *, limit: int = MAX_SHOWN) -> str:
    """A value a client sent, quoted for an error message: invisible characters escaped
    (``repr``), at most ``limit`` characters of it."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > limit:
        text = text[:limit] + ELLIPSIS
    return repr(text)


def clipped(text: str, *, limit: int = 300) -> str:
    """A message that may hold client text, cut to at most ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    stem, dot, extension = text.rpartition(".")
    if dot and stem and 0 < len(extension) <= 10 and " " not in extension:
        keep = max(limit - len(extension) - 2, 1)
        return f"{stem[:keep]}{ELLIPSIS}.{extension}"
    return text[: max(limit - 1, 1)] + ELLIPSIS
