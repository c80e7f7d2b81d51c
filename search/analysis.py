"""French text analysis for the index and the query parser: Whoosh's analyzers made of
the words of :mod:`search.words` (folded, stemmed, lemmatised, paired), cached per text."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)

from search.words import STOP_WORDS, WORD_PATTERN, WORDS, WordForms, content_lemma, fold, stem, word_forms


class FoldFilter(Filter):
    """Folds each token with :func:`fold` (accents and ligatures)."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if not text.isascii():
                token.text = fold(text)
            yield token


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
