"""Matching and ranking: posting lists as numpy arrays, BM25 over what the caller may see.

Entries are ranked by coordination (how many of the query's clauses they
satisfy), then, among entries meeting as many, by how rare the clauses they meet
are, then by how faithfully (the tiers of :mod:`search.clauses`: exact,
lemma, stem, synonym, correction), then by BM25.

Every statistic a score is made of (the number of documents, how many hold a
term, the average length of a field) is counted over the caller's *scope*,
the documents they may see, never over the whole index: otherwise a score,
or the order of hits, would tell how often a word occurs in entries the
caller cannot read.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from search.clauses import Alternative, Clause, Term
from search.view import IndexView

# BM25 parameters (the usual ones, as in Whoosh's BM25F).
K1 = 1.2
B = 0.75

# Ranking keys: coordination first, then the rarity of the clauses met, then the sum
# of tiers, then BM25. BM25 sums stay far below TIER_SCALE (a few hundred per clause,
# 20 clauses at most), tier sums (4 per clause at most) below RARITY_SCALE /
# TIER_SCALE, and rarity sums (about 12 per clause at most) below
# COORDINATION_SCALE / RARITY_SCALE.
TIER_SCALE = 1e5
RARITY_SCALE = 1e9
COORDINATION_SCALE = 1e12


def rarity(matching: int, searched: int) -> float:
    """How rare a part of a query is among the entries searched (an IDF): among entries
    holding as many of its parts, one holding "sécher" or "12 juin" ranks before one
    holding only "cours" or "réunion"."""
    return math.log(max(1, searched) / (matching + 1)) + 1


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
        # Masks of the alternatives of the query being run (by identity: they live as long).
        self._alternatives: dict[int, tuple[Alternative, np.ndarray]] = {}
        # Average field lengths over the scope: shared by the searches of one scope.
        self._averages: dict[str, float] = {} if averages is None else averages

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Global document numbers and term frequencies of a term (every document)."""
        key = (fieldname, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._cache[key] = self.view.postings(fieldname, text)
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

    def alternative_mask(self, alternative: Alternative) -> np.ndarray:
        """Documents an alternative matches (every document: combine with a mask in scope)."""
        cached = self._alternatives.get(id(alternative))
        if cached is not None and cached[0] is alternative:
            return cached[1]
        if alternative.date is not None:
            found = alternative.date.matches(self.view.day)
        elif alternative.parts:
            found = np.ones(self.view.size, dtype=bool)
            for part in alternative.parts:
                found &= self.clause_mask(part)
        elif alternative.every:
            found = np.ones(self.view.size, dtype=bool)
            for term in alternative.terms:
                found &= self.mask([term])
        else:
            found = self.mask(alternative.terms)
        self._alternatives[id(alternative)] = (alternative, found)
        return found

    def clause_mask(self, clause: Clause) -> np.ndarray:
        """Documents satisfying ``clause`` by any of its alternatives."""
        found = np.zeros(self.view.size, dtype=bool)
        for alternative in clause.alternatives:
            found |= self.alternative_mask(alternative)
        return found

    def clause_tiers(self, clause: Clause, candidates: np.ndarray, below: float | None = None) -> np.ndarray:
        """The best tier by which each of ``candidates`` satisfies ``clause`` (0: not at
        all), among the alternatives of a tier under ``below`` if given."""
        # The alternatives of one tier are joined first: a clause may have dozens
        # (synonyms, topics, forms), and picking the candidates out of a mask costs
        # more than joining two masks.
        by_tier: dict[float, np.ndarray] = {}
        for alternative in clause.alternatives:
            if below is not None and alternative.tier >= below:
                continue
            mask = self.alternative_mask(alternative)
            joined = by_tier.get(alternative.tier)
            by_tier[alternative.tier] = mask if joined is None else joined | mask
        tiers = np.zeros(len(candidates), dtype=np.float64)
        for tier in sorted(by_tier):
            tiers[by_tier[tier][candidates]] = tier
        return tiers

    def frequencies(self, term: Term, documents: np.ndarray) -> np.ndarray:
        """How many times each of ``documents`` (increasing numbers) holds ``term``."""
        ids, weights = self.postings(term[0], term[1])
        found = np.zeros(len(documents), dtype=np.float64)
        _common, at_ids, at_documents = np.intersect1d(
            ids, documents, assume_unique=True, return_indices=True
        )
        found[at_documents] = weights[at_ids]
        return found

    def in_other_senses(self, clause: Clause, candidates: np.ndarray) -> np.ndarray:
        """Which of ``candidates`` (increasing numbers) say the clause's word only inside
        expressions where it means something else (:mod:`search.other_senses`): as many
        of those expressions as occurrences of the word and of its family."""
        held_ids: list[np.ndarray] = []
        held_times: list[np.ndarray] = []
        for pairs in clause.other_senses:
            # The documents holding every pair of the expression (few: pairs are rare),
            # there as many times as its least frequent pair.
            ids, times = self.postings(pairs[0][0], pairs[0][1])
            times = times.astype(np.float64)
            for fieldname, text, _boost in pairs[1:]:
                if not len(ids):
                    break
                other_ids, other_times = self.postings(fieldname, text)
                ids, at, at_other = np.intersect1d(ids, other_ids, assume_unique=True, return_indices=True)
                times = np.minimum(times[at], other_times[at_other])
            held_ids.append(ids)
            held_times.append(times)
        ids = np.concatenate(held_ids) if held_ids else np.zeros(0, dtype=np.int64)
        other = np.zeros(len(candidates), dtype=bool)
        if not len(ids):
            return other
        documents, where = np.unique(ids, return_inverse=True)
        inside = np.bincount(where, weights=np.concatenate(held_times))
        documents, at, at_candidates = np.intersect1d(
            documents, candidates, assume_unique=True, return_indices=True
        )
        said = np.zeros(len(documents), dtype=np.float64)
        for term in clause.occurrences:
            said += self.frequencies(term, documents)
        other[at_candidates] = said <= inside[at]
        return other

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
            if not boost:
                # A term that only matches (the days an entry speaks of): no score, no length.
                continue
            frequency = self.visible_frequency(fieldname, text)
            if not frequency:
                continue
            ids, weights = self.postings(fieldname, text)
            idf = math.log(self.doc_count / (frequency + 1)) + 1
            lengths = self.view.lengths(fieldname)[ids]
            norm = K1 * ((1 - B) + B * lengths / self.average_length(fieldname))
            scores[ids] += (boost * idf) * (weights * (K1 + 1)) / (weights + norm)


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
