"""French text analysis for the index and the query parser.

Order matters: words are lowercased and their accents folded *before* stop
words are removed and stems computed, so that people typing on a phone without
accents (``ecole``, ``cooperation``) find the accented words. Folding first
would make the stop word *été* (a form of *être*) swallow the noun *été*
(summer), so the folded stop list keeps ``ete``.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    ShingleFilter,
    StemFilter,
    StopFilter,
)
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
        "for", "with", "this", "that", "it", "its", "by", "from", "at", "into",
    ]
)  # fmt: skip


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its accents (``Écoles`` → ``ecoles``, ``Œuf`` → ``oeuf``)."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class FoldFilter(Filter):
    """Folds each token with :func:`fold` (accents and ligatures)."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if not text.isascii():
                token.text = fold(text)
            yield token


def _french_stop_words() -> frozenset[str]:
    folded = {fold(word) for word in stopwords_for_language("fr") | _EXTRA_FRENCH_STOP}
    return frozenset((folded | _ENGLISH_STOP) - _KEEP)


STOP_WORDS = _french_stop_words()

_stemmer = FrenchStemmer()


def stem(word: str) -> str:
    """The French Snowball stem of an already folded word.

    Snowball keeps the plural "s" after "u" (``menus`` stays ``menus``);
    dropping it makes ``menu`` and ``menus`` meet.
    """
    stemmed = _stemmer.stem(word)
    if len(stemmed) > 3 and stemmed.endswith("us"):
        return stemmed[:-1]
    return stemmed


def _base() -> Analyzer:
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | FoldFilter()


def french_analyzer() -> Analyzer:
    """Tokenize, lowercase, fold accents, drop stop words, stem (French Snowball)."""
    return (
        _base()
        | StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=False)
        | StemFilter(stemfn=stem, cachesize=200_000)
    )


def exact_analyzer() -> Analyzer:
    """Tokenize, lowercase and fold accents only: keeps phrases and names as typed."""
    return _base()


def pairs_analyzer() -> Analyzer:
    """Adjacent pairs of unstemmed words ("camion frigorifique"), for phrases."""
    return _base() | ShingleFilter(size=2, sep=" ")


def word_pairs(words: list[str]) -> list[str]:
    """The terms :func:`pairs_analyzer` makes from already folded ``words``."""
    return [f"{first} {second}" for first, second in pairwise(words)]


_french = french_analyzer()
_exact = exact_analyzer()


def stems(text: str) -> list[str]:
    """The indexed terms of ``text`` in the stemmed fields, in order."""
    return [token.text for token in _french(text)]


def folded_words(text: str) -> list[str]:
    """The indexed terms of ``text`` in the unstemmed field, in order."""
    return [token.text for token in _exact(text)]
