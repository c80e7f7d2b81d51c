"""Matching and ranking: posting lists as numpy arrays, BM25 over what the caller may see.

Every statistic a score is made of (the number of documents, how many hold a
term, the average length of a field) is counted over the caller's *scope*,
the documents they may see, never over the whole index: otherwise a score,
or the order of hits, would tell how often a word occurs in entries the
caller cannot read.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from search.analysis import word_pairs
from search.index import IndexView
from search.schema import TEXT_FIELD_BOOSTS

STEMMED_FIELDS = tuple(name for name in TEXT_FIELD_BOOSTS if name != "exact")
PHRASE_BOOST = 2.0

# BM25 parameters (the usual ones, as in Whoosh's BM25F).
K1 = 1.2
B = 0.75

Term = tuple[str, str, float]  # (field, text, boost)


@dataclass
class Clause:
    """One required word: the terms that can satisfy it, each with its weight.

    ``folded`` are unstemmed words (looked up in ``exact``), ``stems`` are
    stems (looked up in every stemmed field); a prefix or a correction makes
    several of each.
    """

    folded: list[str]
    stems: list[str]
    prefix: str | None = None
    typed: str = ""

    def terms(self) -> list[Term]:
        terms = [(name, text, TEXT_FIELD_BOOSTS[name]) for text in self.stems for name in STEMMED_FIELDS]
        terms.extend(("exact", word, TEXT_FIELD_BOOSTS["exact"]) for word in self.folded)
        return terms


class Matcher:
    """Reads postings of one view into numpy arrays and scores them with BM25.

    ``scope`` is the boolean mask of the documents the caller may see (in the
    logbooks searched); it is read, never written.
    """

    def __init__(self, view: IndexView, scope: np.ndarray, averages: dict[str, float] | None = None) -> None:
        self.view = view
        self.scope = scope
        self.doc_count = max(1, int(np.count_nonzero(scope)))
        self._cache: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        self._frequencies: dict[tuple[str, str], int] = {}
        # Average field lengths over the scope: shared by the searches of one scope.
        self._averages: dict[str, float] = {} if averages is None else averages

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Global document numbers and term frequencies of a term (every document)."""
        key = (fieldname, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        id_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        for table, offset in self.view.leaves:
            found = table.postings(fieldname, text)
            if found is not None:
                id_parts.append(found[0] + offset if offset else found[0])
                weight_parts.append(found[1])
        if id_parts:
            result = (np.concatenate(id_parts), np.concatenate(weight_parts))
        else:
            result = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        self._cache[key] = result
        return result

    def visible_frequency(self, fieldname: str, text: str) -> int:
        """How many documents in scope hold the term."""
        key = (fieldname, text)
        count = self._frequencies.get(key)
        if count is None:
            ids = self.postings(fieldname, text)[0]
            count = int(np.count_nonzero(self.scope[ids])) if len(ids) else 0
            self._frequencies[key] = count
        return count

    def mask(self, terms: Iterable[Term]) -> np.ndarray:
        """Documents holding any of ``terms`` (every document: combine with a mask in scope)."""
        found = np.zeros(self.view.size, dtype=bool)
        for fieldname, text, _boost in terms:
            found[self.postings(fieldname, text)[0]] = True
        return found

    def average_length(self, fieldname: str) -> float:
        """Average length of ``fieldname`` over the documents in scope."""
        average = self._averages.get(fieldname)
        if average is None:
            lengths = self.view.lengths(fieldname)[self.scope]
            average = float(lengths.mean()) if len(lengths) else 0.0
            average = self._averages.setdefault(fieldname, average or 1.0)
        return average

    def add_scores(self, scores: np.ndarray, terms: Iterable[Term]) -> None:
        """Add the BM25 score of each term (times its boost) to ``scores``."""
        for fieldname, text, boost in terms:
            frequency = self.visible_frequency(fieldname, text)
            if not frequency:
                continue
            ids, weights = self.postings(fieldname, text)
            idf = math.log(self.doc_count / (frequency + 1)) + 1
            lengths = self.view.lengths(fieldname)[ids]
            norm = K1 * ((1 - B) + B * lengths / self.average_length(fieldname))
            scores[ids] += (boost * idf) * (weights * (K1 + 1)) / (weights + norm)


def phrase_terms(words: list[str]) -> list[Term]:
    if len(words) == 1:
        return [("exact", words[0], PHRASE_BOOST)]
    return [("pairs", pair, PHRASE_BOOST) for pair in word_pairs(words)]


def phrase_mask(matcher: Matcher, words: list[str]) -> np.ndarray:
    found = np.ones(matcher.view.size, dtype=bool)
    for term in phrase_terms(words):
        found &= matcher.mask([term])
    return found


def top(values: np.ndarray, candidates: np.ndarray, limit: int, largest: bool) -> np.ndarray:
    """The ``limit`` candidates with the largest (or smallest) values, in order."""
    if not len(candidates):
        return candidates
    keys = values[candidates]
    if not largest:
        keys = -keys
    if len(candidates) > limit:
        part = np.argpartition(-keys, limit - 1)[:limit]
        candidates, keys = candidates[part], keys[part]
    # Ties go to the lower document number, so pages are stable.
    order = np.lexsort((candidates, -keys))
    return candidates[order]
