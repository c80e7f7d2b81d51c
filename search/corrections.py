"""Words a query stands for beyond what was typed: typo corrections and ``prefix*`` expansions.

Both are drawn from the words of the documents the caller may see. The index
vocabulary is shared by every logbook, so a word is first found in it (the
Whoosh term dictionary answers prefix and edit-distance questions quickly),
then kept only if a document in the caller's scope holds it: a suggestion,
a correction or an expansion never names a word of an entry the caller
cannot read, and whether a word exists elsewhere changes nothing in the
answer. Checking a candidate reads its posting list, which the segment
caches; the candidates of a typo are few (same first letter, edit distance
1 or 2) and are cached per index generation.
"""

from __future__ import annotations

import contextlib
from itertools import groupby

from whoosh.support.levenshtein import distance

from search.index import IndexView, _leaves
from search.ranking import Matcher

# Cached candidate lists per index generation, before the table is emptied.
_CANDIDATE_CACHE_SIZE = 10_000


def _candidates(view: IndexView, word: str) -> list[tuple[int, str]]:
    """(edit distance, word) of every indexed word close to ``word``, closest first,
    whoever may read it: filter with :func:`close_words` before showing any."""
    cached = view.corrections.get(word)
    if cached is not None:
        return cached
    maxdist = 1 if len(word) <= 5 else 2
    found: set[str] = set()
    for subsearcher, _offset in _leaves(view.searcher):
        with contextlib.suppress(Exception):
            found.update(subsearcher.reader().terms_within("exact", word, maxdist, prefix=1))
    found.discard(word)
    result = sorted((distance(word, other), other) for other in found)
    if len(view.corrections) > _CANDIDATE_CACHE_SIZE:
        view.corrections.clear()
    view.corrections[word] = result
    return result


def close_words(view: IndexView, matcher: Matcher, word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` words held by documents in the matcher's scope, within a small edit
    distance of ``word`` (1, or 2 past five letters; same first letter): closest first,
    then the most frequent in scope."""
    chosen: list[str] = []
    for _distance, group in groupby(_candidates(view, word), key=lambda item: item[0]):
        visible = []
        for _d, other in group:
            frequency = matcher.visible_frequency("exact", other)
            if frequency:
                visible.append((-frequency, other))
        chosen.extend(other for _f, other in sorted(visible))
        if len(chosen) >= limit:
            break
    return chosen[:limit]


def expand_prefix(view: IndexView, matcher: Matcher, prefix: str, *, limit: int, scan: int) -> list[str]:
    """Up to ``limit`` words starting with ``prefix`` held by documents in scope, in
    alphabetical order, looking at no more than ``scan`` indexed words."""
    words: list[str] = []
    seen: set[str] = set()
    reader = view.searcher.reader()
    for looked, btext in enumerate(reader.expand_prefix("exact", prefix)):
        if looked >= scan or len(words) >= limit:
            break
        word = btext.decode("utf-8") if isinstance(btext, bytes) else btext
        if word in seen:
            continue
        seen.add(word)
        if matcher.visible_frequency("exact", word):
            words.append(word)
    return words
