"""How much work one query may ask for.

A search runs in a request thread of a server that has a few of them: one
query that takes seconds holds a thread and a core for everyone. So a query
is refused when it is too long to be a search (:class:`QueryTooLong`), and
the optional work it triggers (typo correction, prefix expansion) is bounded
by counts and by a time budget. Past the budget, a query is still answered,
only with less of that optional help: remaining unknown words are looked up
as typed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


class QueryTooLong(ValueError):
    """The query has more characters or more terms than :class:`QueryLimits` allows."""

    def __init__(self, message: str, *, limit: int, found: int) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit
        self.found = found


@dataclass(frozen=True)
class QueryLimits:
    """Bounds on one query; the defaults keep the slowest query well under 200 ms
    on a 100,000-entry index (see ``bench/search.py``)."""

    # Characters of the query as typed.
    max_chars: int = 1000
    # Distinct words (free words but stop words, phrase words, exclusions) plus
    # field filters: each costs posting lists to read, about 5 ms for a
    # common word when nothing is cached (search.parsing.term_count).
    max_terms: int = 20
    # Unknown words replaced by close indexed words, per query.
    max_corrected_words: int = 4
    # Longer words are not corrected (no French word is that long; the
    # edit-distance search grows with the word).
    max_correctable_length: int = 24
    # Words a ``prefix*`` may stand for, per prefix and for the whole query.
    max_prefix_expansions: int = 256
    max_query_expansions: int = 512
    # Indexed words looked at for one prefix, visible to the caller or not.
    max_prefix_scan: int = 1024
    # Seconds of optional work (corrections, expansions) per query, counted from
    # when that work starts. The first ``always_corrected`` corrections and the
    # first expansion always run, so one or two typos are always corrected,
    # whatever the machine's load (a phone query often has two).
    optional_work_seconds: float = 0.08
    always_corrected: int = 2


DEFAULT_LIMITS = QueryLimits()


class Budget:
    """A deadline for the optional work of one query."""

    def __init__(self, seconds: float) -> None:
        self._deadline = time.monotonic() + seconds

    def spent(self) -> bool:
        return time.monotonic() > self._deadline


def check_length(text: str, limits: QueryLimits = DEFAULT_LIMITS) -> None:
    """Raise :class:`QueryTooLong` when ``text`` has more than ``limits.max_chars`` characters."""
    if len(text or "") > limits.max_chars:
        raise QueryTooLong(
            f"The search is too long: {len(text)} characters, at most {limits.max_chars}.",
            limit=limits.max_chars,
            found=len(text),
        )
