"""French text analysis for the index and the query parser.

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
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy as np
import simplemma
from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
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


class LemmaFilter(Filter):
    """Folds each token and remembers its lemma (``token.lemma``), computed from the
    word as written, before folding: the lemmatiser knows ``coopèrent``, not ``cooperent``."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            token.lemma = content_lemma(text)
            token.text = fold(text) if not text.isascii() else text
            yield token


class StemAndLemmaFilter(Filter):
    """Emits the stem of each word, and the stem of its lemma when that differs, so
    that a conjugated verb or an irregular plural (``mangent``, ``travaux``) meets its
    base (``manger``, ``travail``) in the stemmed fields too."""

    def __call__(self, tokens):
        for token in tokens:
            stemmed = stem(token.text)
            base = getattr(token, "lemma", None)
            token.text = stemmed
            yield token
            if base is not None:
                other = stem(base)
                if other != stemmed:
                    token.text = other
                    yield token


class LemmaOnlyFilter(Filter):
    """Replaces each token by its lemma; words without a meaningful lemma are dropped."""

    def __call__(self, tokens):
        for token in tokens:
            base = getattr(token, "lemma", None)
            if base is not None:
                token.text = base
                yield token


class PairsFilter(Filter):
    """Adjacent pairs of folded words (``camion frigorifique``) and, marked with a
    leading ``~``, of their stems (``~fait maison`` for *faits maison*), for phrases."""

    def __call__(self, tokens):
        previous: tuple[str, str] | None = None
        for token in tokens:
            current = (token.text, stem(token.text))
            if previous is not None:
                token.text = f"{previous[0]} {current[0]}"
                yield token
                token.text = f"~{previous[1]} {current[1]}"
                yield token
            previous = current


def _base() -> Analyzer:
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | FoldFilter()


# The filter chains below say what each analyzer means, token by token. The index uses
# :class:`CachedAnalyzer`, which gives the same terms from a per-word cache (most words
# of a logbook repeat); the chains still answer calls that ask for token positions or
# character offsets.


def french_chain() -> Analyzer:
    """Tokenize, lowercase, fold accents, drop stop words, stem (French Snowball);
    the stem of each word's lemma is indexed beside its own stem."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | LemmaFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=False)
        | StemAndLemmaFilter()
    )


def lemma_chain() -> Analyzer:
    """Tokenize, lowercase, lemmatise, fold: the ``lemmas`` field."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | LemmaFilter() | LemmaOnlyFilter()


def exact_chain() -> Analyzer:
    """Tokenize, lowercase and fold accents only: keeps phrases and names as typed."""
    return _base()


def pairs_chain() -> Analyzer:
    """Adjacent pairs of unstemmed words and of their stems, for phrases."""
    return _base() | PairsFilter()


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
# Keyword arguments Whoosh passes when it indexes a field: they ask nothing the cached
# terms lack (every token has boost 1.0 and is never a kept stop word).
_INDEXING_ARGUMENTS = frozenset({"mode", "boosts", "removestops"})


class CachedAnalyzer(Analyzer):
    """One of the analyzers (``french``, ``lemmas``, ``exact``, ``pairs``), with the
    analysis of each word cached (:func:`word_forms`). Gives the terms of the filter
    chain of the same name, in the same order.

    Holds only its kind's name: Whoosh pickles the schema into the index, and the
    cache must stay in this process."""

    def __init__(self, kind: str) -> None:
        if kind not in _CHAINS:
            raise ValueError(f"unknown analyzer {kind!r}")
        self.kind = kind

    def __repr__(self) -> str:
        return f"CachedAnalyzer({self.kind!r})"

    def terms(self, text: str) -> list[str]:
        """The terms of ``text``, in order."""
        return self.terms_of(self.forms(text))

    @staticmethod
    def forms(text: str) -> list[WordForms]:
        """The :class:`WordForms` of each word of ``text`` (the same for every kind)."""
        return [word_forms(word) for word in WORDS.findall(text)]

    def terms_of(self, forms: list[WordForms]) -> list[str]:
        """The terms of a text whose words have these ``forms``, in order."""
        kind = self.kind
        if kind == "french":
            return [term for form in forms for term in form.stems]
        if kind == "exact":
            return [form.folded for form in forms]
        if kind == "lemmas":
            return [term for form in forms for term in form.lemmas]
        terms = []
        for first, second in pairwise(forms):
            terms.append(f"{first.folded} {second.folded}")
            terms.append(f"~{first.folded_stem} {second.folded_stem}")
        return terms

    def __call__(self, value, **kwargs):
        if not kwargs.keys() <= _INDEXING_ARGUMENTS or kwargs.get("removestops") is False:
            yield from _chain(self.kind)(value, **kwargs)
            return
        token = Token(removestops=True, mode=kwargs.get("mode", ""))
        token.boost = 1.0
        for term in self.terms(value):
            token.text = term
            token.stopped = False
            yield token


_CHAINS = {"french": french_chain, "lemmas": lemma_chain, "exact": exact_chain, "pairs": pairs_chain}


@cache
def _chain(kind: str) -> Analyzer:
    return _CHAINS[kind]()


def french_analyzer() -> Analyzer:
    """The stemmed fields' analyzer (see :func:`french_chain`)."""
    return CachedAnalyzer("french")


def lemma_analyzer() -> Analyzer:
    """The ``lemmas`` field's analyzer (see :func:`lemma_chain`)."""
    return CachedAnalyzer("lemmas")


def exact_analyzer() -> Analyzer:
    """The ``exact`` field's analyzer (see :func:`exact_chain`)."""
    return CachedAnalyzer("exact")


def pairs_analyzer() -> Analyzer:
    """Adjacent pairs of unstemmed words ("camion frigorifique") and of their stems
    ("~fait maison"), for phrases (see :func:`pairs_chain`)."""
    return CachedAnalyzer("pairs")


def word_pairs(words: list[str]) -> list[str]:
    """The exact pair terms :func:`pairs_analyzer` makes from already folded ``words``."""
    return [f"{first} {second}" for first, second in pairwise(words)]


def stem_pairs(words: list[str]) -> list[str]:
    """The stem pair terms :func:`pairs_analyzer` makes from already folded ``words``."""
    stems = [stem(word) for word in words]
    return [f"~{first} {second}" for first, second in pairwise(stems)]


_french = CachedAnalyzer("french")
_exact = CachedAnalyzer("exact")
_lemmas = CachedAnalyzer("lemmas")


def stems(text: str) -> list[str]:
    """The indexed terms of ``text`` in the stemmed fields, in order."""
    return _french.terms(text)


def folded_words(text: str) -> list[str]:
    """The indexed terms of ``text`` in the unstemmed field, in order."""
    return _exact.terms(text)


def lemmas(text: str) -> list[str]:
    """The indexed terms of ``text`` in the ``lemmas`` field, in order."""
    return _lemmas.terms(text)
