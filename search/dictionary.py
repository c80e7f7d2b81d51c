"""Is this a real French or English word? Typo correction asks before "correcting".

A word missing from the caller's entries is not necessarily a typo: *piscine*
or *aujourd'hui* may simply be absent, and replacing them with a rare indexed
word that looks alike (*pisciculture*…) turns a query into nonsense. So a
word is corrected only when no dictionary knows it.

Two maintained sources, both installed by ``scripts/bootstrap``:

- the Debian word lists ``wfrench`` (``/usr/share/dict/french``, 346,000
  forms, conjugations included) and ``wamerican``
  (``/usr/share/dict/american-english``), read once per process; words are
  folded (``ecole`` is ``école`` typed on a phone);
- the dictionaries ``simplemma`` ships for its lemmatiser (French and
  English), for the forms it knows with their accents.

The folded words are kept as a sorted array of 64-bit hashes (about 4 MB)
rather than a set of strings (about 40 MB per process); the hash is Python's
own, so it is only ever compared within the process that computed it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path

import numpy as np
import simplemma

from search.analysis import fold

# Where Debian installs its word lists; the first that exist are read.
WORD_LISTS = (
    Path("/usr/share/dict/french"),
    Path("/usr/share/dict/american-english"),
    Path("/usr/share/dict/british-english"),
)

_lock = threading.Lock()
_hashes: np.ndarray | None = None


_COMBINING = re.compile("[\u0300-\u036f]")
_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("’", "'"))


def _hash(word: str) -> int:
    return hash(word)


def _load(paths: tuple[Path, ...]) -> np.ndarray:
    parts: list[np.ndarray] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # a missing list: the other source still answers
        # Folded as search.analysis.fold does, for the whole list at once (fast).
        text = text.lower()
        for ligature, letters in _LIGATURES:
            text = text.replace(ligature, letters)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        words = text.split()
        parts.append(np.fromiter(map(hash, words), dtype=np.int64, count=len(words)))
    return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


def _word_hashes() -> np.ndarray:
    global _hashes
    if _hashes is None:
        with _lock:
            if _hashes is None:
                _hashes = _load(WORD_LISTS)
    return _hashes


def is_word(word: str) -> bool:
    """Whether ``word`` (as typed, any case, with or without accents; an elided or
    hyphenated word like ``aujourd'hui`` or ``porte-à-porte`` whole) is a French or
    English word."""
    word = word.strip().lower().replace("’", "'")
    if not word:
        return False
    hashes = _word_hashes()
    value = _hash(fold(word))
    position = int(np.searchsorted(hashes, value))
    if position < len(hashes) and hashes[position] == value:
        return True
    try:
        return bool(simplemma.is_known(word, lang="fr") or simplemma.is_known(word, lang="en"))
    except Exception:  # the lemmatiser's data must never break a search
        return False
