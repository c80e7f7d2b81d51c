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

from search.words import fold

# Where Debian installs its word lists, by language; those that exist are read.
FRENCH_LISTS = (Path("/usr/share/dict/french"),)
ENGLISH_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
WORD_LISTS = FRENCH_LISTS + ENGLISH_LISTS

_lock = threading.Lock()
_hashes: dict[str, np.ndarray] = {}


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
        # Folded as search.words.fold does, for the whole list at once (fast).
        text = text.lower()
        for ligature, letters in _LIGATURES:
            text = text.replace(ligature, letters)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        words = text.split()
        parts.append(np.fromiter(map(hash, words), dtype=np.int64, count=len(words)))
    return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


def _word_hashes(language: str) -> np.ndarray:
    hashes = _hashes.get(language)
    if hashes is None:
        with _lock:
            hashes = _hashes.get(language)
            if hashes is None:
                hashes = _hashes[language] = _load(FRENCH_LISTS if language == "fr" else ENGLISH_LISTS)
    return hashes


def is_word(word: str) -> bool:
    """Whether ``word`` (as typed, any case, with or without accents; an elided or
    hyphenated word like ``aujourd'hui`` or ``porte-à-porte`` whole) is a French or
    English word."""
    return _known(word, "fr") or _known(word, "en")


def is_french_word(word: str) -> bool:
    """Whether ``word`` (as :func:`is_word` takes it) is a French word."""
    return _known(word, "fr")


def _known(word: str, language: str) -> bool:
    word = word.strip().lower().replace("’", "'")
    if not word:
        return False
    hashes = _word_hashes(language)
    value = _hash(fold(word))
    position = int(np.searchsorted(hashes, value))
    if position < len(hashes) and hashes[position] == value:
        return True
    try:
        return bool(simplemma.is_known(word, lang=language))
    except Exception:  # the lemmatiser's data must never break a search
        return False
