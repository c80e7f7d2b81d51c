"""French words as search sees them: a word's folded spelling (accents and ligatures
off, so ``ecole`` typed on a phone is ``école``), the stop words, its Snowball stem and its
lemma (``mangent`` → ``manger``), and :func:`word_forms`, all of them at once.

Order matters: words are lowercased and their accents folded *before* stop
words are removed and stems computed, so that people typing on a phone without
accents (``ecole``, ``cooperation``) find the accented words. Folding first
would make the stop word *été* (a form of *être*) swallow the noun *été*
(summer), so the folded stop list keeps ``ete``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import simplemma
from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.french import FrenchStemmer

# A word is a run of letters or digits. The apostrophe (straight ' or
# typographic ’) and the hyphen split words: "l’école" gives "l" + "école",
# "anti-gaspillage" gives "anti" + "gaspillage".
WORD_PATTERN = r"\w+"

# Stop words kept searchable even though the French list holds them: after
# folding they are also nouns people look for (été = summer, étés = summers).
_KEEP = frozenset({"ete", "etes"})

# Common French words the Snowball list lacks.
_EXTRA_FRENCH_STOP = frozenset(["les", "cet", "cette", "ils", "elles", "dont", "où", "ça", "cela"])

# A few English words that never carry meaning on their own; words shared with
# French ("an" = year, "son" = sound) are left out on purpose.
_ENGLISH_STOP = frozenset(
    [
        "the", "of", "and", "to", "is", "are", "was", "were", "be", "been",
        "for", "with", "this", "that", "it", "its", "by", "from", "at", "into", "not",
    ]
)  # fmt: skip


_LIGATURE_PAIRS = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"))
_LIGATURES = str.maketrans(dict(_LIGATURE_PAIRS))


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its accents (``Écoles`` → ``ecoles``, ``Œuf`` → ``oeuf``)."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_COMBINING = re.compile("[\u0300-\u036f]")


def fold_lines(text: str) -> list[str]:
    """:func:`fold` of each line of ``text``, done on the whole text at once (fast for
    the long word lists read once per process)."""
    text = text.lower()
    for ligature, letters in _LIGATURE_PAIRS:
        text = text.replace(ligature, letters)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).split("\n")


def _french_stop_words() -> frozenset[str]:
    folded = {fold(word) for word in stopwords_for_language("fr") | _EXTRA_FRENCH_STOP}
    return frozenset((folded | _ENGLISH_STOP) - _KEEP)


STOP_WORDS = _french_stop_words()

_stemmer = FrenchStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The French Snowball stem of an already folded word.

    Snowball keeps the plural "s" after "u" (``menus`` stays ``menus``);
    dropping it makes ``menu`` and ``menus`` meet.
    """
    stemmed = _stemmer.stem(word)
    if len(stemmed) > 3 and stemmed.endswith("us"):
        return stemmed[:-1]
    return stemmed


# Lemmas that stand for nearly every sentence (forms of être, avoir, faire, and of the
# verbs that go with another: devoir, pouvoir, vouloir, aller, falloir): a word meeting
# another through them would meet everything ("devoirs", homework, would meet every
# "doit"), so they are not indexed.
_STOP_LEMMAS = frozenset(
    {"etre", "avoir", "faire", "devoir", "pouvoir", "vouloir", "aller", "falloir"}
    | {"le", "un", "de", "il", "elle", "se", "ce", "son"}
)


class _FoldedLemmas:
    """Lemmas of the accented forms the lemmatiser knows, by their folded spelling:
    ``ecoles`` typed on a phone is ``écoles``, lemma ``ecole``. Kept as sorted
    64-bit hashes of the folded forms (Python's own hash, compared only in this
    process) beside the index of each lemma: a few MB rather than a dict of strings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hashes: np.ndarray | None = None
        self._lemma_ids: np.ndarray | None = None
        self._lemmas: list[str] = []

    def _load(self) -> None:
        # The lemmatiser's own (cached) French table: read once, shared with it.
        from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

        table = DEFAULT_DICTIONARY_FACTORY.get_dictionary("fr")
        raw = getattr(table, "_dict", None)  # bytes → bytes: decoding it whole is much faster
        if raw is None:
            raw = {form.encode(): base.encode() for form, base in table.items()}
        # Forms written in ASCII are answered by the lemmatiser as typed.
        pairs = [(form, base) for form, base in raw.items() if not form.isascii()]
        forms = fold_lines(b"\n".join(form for form, _base in pairs).decode("utf-8", "replace"))
        bases = fold_lines(b"\n".join(base for _form, base in pairs).decode("utf-8", "replace"))
        numbers: dict[str, int] = {}
        ids = [numbers.setdefault(base, len(numbers)) for base in bases]
        hashes = np.fromiter(map(hash, forms), dtype=np.int64, count=len(forms))
        order = np.argsort(hashes, kind="stable")
        self._hashes = hashes[order]
        self._lemma_ids = np.array(ids, dtype=np.int32)[order]
        self._lemmas = list(numbers)

    def get(self, folded: str) -> str | None:
        if self._hashes is None:
            with self._lock:
                if self._hashes is None:
                    try:
                        self._load()
                    except Exception:  # without the table, unaccented words keep their spelling
                        self._hashes = np.zeros(0, dtype=np.int64)
                        self._lemma_ids = np.zeros(0, dtype=np.int32)
        value = hash(folded)
        position = int(np.searchsorted(self._hashes, value))
        if position < len(self._hashes) and self._hashes[position] == value:
            return self._lemmas[int(self._lemma_ids[position])]
        return None


_folded_lemmas = _FoldedLemmas()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The folded French lemma of a lowercase word as written (accents help:
    ``mangent`` → ``manger``, ``coopèrent`` → ``cooperer``, ``travaux`` → ``travail``;
    ``ecoles`` typed without its accent is ``écoles``, lemma ``ecole``), or the folded
    word itself when the lemmatiser does not know it."""
    try:
        found = simplemma.lemmatize(word, lang="fr")
    except Exception:  # the lemmatiser must never break indexing or a search
        found = word
    if (found or word) == word and word.isascii() and word.isalpha():
        return _folded_lemmas.get(word) or word
    return fold(found or word)


def content_lemma(word: str) -> str | None:
    """:func:`lemma`, or None when the lemma carries no meaning of its own."""
    found = lemma(word)
    return None if found in _STOP_LEMMAS or found in STOP_WORDS else found


class WordForms(NamedTuple):
    """Everything the analyzers make of one word, whatever its neighbours."""

    folded: str  # the "exact" term
    stems: tuple[str, ...]  # the stemmed fields' terms (none for a stop word)
    lemmas: tuple[str, ...]  # the "lemmas" term, if the word has a meaningful lemma
    folded_stem: str  # stem of the folded word, for stem pairs


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> WordForms:
    """:class:`WordForms` of one token as the tokenizer cut it (any case).

    Mirrors the filter chains step by step: the lemma comes from the lowercase word
    as written (accents help the lemmatiser), stop words are told after folding."""
    lowered = word.lower()
    base = content_lemma(lowered)
    folded = fold(lowered) if not lowered.isascii() else lowered
    folded_stem = stem(folded)
    if folded in STOP_WORDS:
        stemmed: tuple[str, ...] = ()
    elif base is not None and (other := stem(base)) != folded_stem:
        stemmed = (folded_stem, other)
    else:
        stemmed = (folded_stem,)
    return WordForms(folded, stemmed, () if base is None else (base,), folded_stem)


WORDS = re.compile(WORD_PATTERN)
