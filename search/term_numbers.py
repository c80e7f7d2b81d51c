"""The terms of the analyzers as numbers, for a rebuild that counts millions of them
(:class:`TermNumbers`)."""

from __future__ import annotations

from collections import Counter
from itertools import chain, pairwise

from search.words import WORDS, word_forms


class TermIds(dict):
    """A number for each term, in the order they first come (``ids[term]``)."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


class _Numbers(dict):
    """A number for each string, in the order they first come."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def __missing__(self, text: str) -> int:
        number = len(self.texts)
        if number >= _PAIR:
            raise OverflowError("too many distinct terms to number pairs of them")
        self[text] = number
        self.texts.append(text)
        return number


class _ByWord(dict):
    """``make(word_forms(word))`` for each word asked, computed once."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, word: str):
        found = self[word] = self._make(word_forms(word))
        return found


# Texts up to this many characters have their terms remembered (see TermNumbers.text_counts).
_SHORT_TEXT = 100
_KNOWN_TEXTS = 100_000

# Pair terms as numbers: ``first * _PAIR + second`` for a pair of folded words,
# plus ``_STEM_PAIRS`` for a pair of their stems.
_PAIR = 1 << 30
_STEM_PAIRS = _PAIR * _PAIR


class TermNumbers:
    """The terms :class:`CachedAnalyzer` gives, counted as numbers: for an indexer that
    counts millions of them. Each word's terms are numbered once, and a text's terms
    are then counted in a few C-level passes, with no string made per word or pair
    (:meth:`text` spells a number back). One instance numbers the terms of every kind,
    for as long as it lives (a rebuild)."""

    def __init__(self) -> None:
        numbers = self._numbers = _Numbers()
        self._exact = _ByWord(lambda forms: numbers[forms.folded])
        self._stems = _ByWord(lambda forms: tuple(map(numbers.__getitem__, forms.stems)))
        self._lemmas = _ByWord(lambda forms: tuple(map(numbers.__getitem__, forms.lemmas)))
        self._folded_stem = _ByWord(lambda forms: numbers[forms.folded_stem])
        self._known_texts: dict[tuple[str, str], tuple[Counter[int], int]] = {}

    @staticmethod
    def words(text: str) -> list[str]:
        """The words of ``text`` as the tokenizer cuts them."""
        return WORDS.findall(text)

    def counts(self, kind: str, words: list[str]) -> Counter[int]:
        """The number of each term the ``kind`` analyzer gives for ``words``, and how
        many times it gives it."""
        if kind == "french":
            return Counter(chain.from_iterable(map(self._stems.__getitem__, words)))
        if kind == "exact":
            return Counter(map(self._exact.__getitem__, words))
        if kind == "lemmas":
            return Counter(chain.from_iterable(map(self._lemmas.__getitem__, words)))
        if kind != "pairs":
            raise ValueError(f"unknown analyzer {kind!r}")
        exact = list(map(self._exact.__getitem__, words))
        stems = list(map(self._folded_stem.__getitem__, words))
        counts = Counter([first * _PAIR + second for first, second in pairwise(exact)])
        counts.update([_STEM_PAIRS + first * _PAIR + second for first, second in pairwise(stems)])
        return counts

    def text_counts(self, kind: str, value, words_of: dict[str, list[str]]) -> tuple[Counter[int], int]:
        """:meth:`counts` of the words of ``value``, and their total. ``words_of`` keeps
        the words of the texts cut so far: several fields index the same text (an
        entry's whole text, exact, by lemma and by pairs). Short texts are remembered
        for as long as this instance lives: stage titles, names and tags repeat from
        one entry to the next."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        short = len(value) <= _SHORT_TEXT
        if short:
            found = self._known_texts.get((kind, value))
            if found is not None:
                return found
        words = words_of.get(value)
        if words is None:
            words = words_of[value] = self.words(value)
        counts = self.counts(kind, words)
        found = counts, counts.total()
        if short:
            if len(self._known_texts) > _KNOWN_TEXTS:
                self._known_texts.clear()
            self._known_texts[kind, value] = found
        return found

    def text(self, kind: str, number: int) -> str:
        """The term numbered ``number`` by :meth:`counts` for ``kind``."""
        texts = self._numbers.texts
        if kind != "pairs":
            return texts[number]
        if number >= _STEM_PAIRS:
            first, second = divmod(number - _STEM_PAIRS, _PAIR)
            return f"~{texts[first]} {texts[second]}"
        first, second = divmod(number, _PAIR)
        return f"{texts[first]} {texts[second]}"
