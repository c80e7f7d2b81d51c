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

from search.parsing import WORD, ParsedQuery
from search.words import STOP_WORDS, fold


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
    # common word when nothing is cached (term_count).
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


def term_count(parsed: ParsedQuery) -> int:
    """What a query costs to run, roughly one posting list or label scan per term:
    distinct words (free and excluded ones, stop words aside unless there is nothing
    else, as they are then looked up), words of phrases, and author, stage and tag
    filters."""
    free: set[str] = set()
    for text in (*parsed.words, *parsed.excluded_words, *parsed.title_words, *parsed.excluded_title_words):
        free.update(WORD.findall(fold(text)))
    meaningful = free - STOP_WORDS
    in_phrases: set[str] = set()
    for text in (*parsed.phrases, *parsed.excluded_phrases, *parsed.compounds, *parsed.excluded_compounds):
        in_phrases.update(WORD.findall(fold(text)))
    filters = (
        len(parsed.authors)
        + len(parsed.stages)
        + len(parsed.excluded_authors)
        + len(parsed.excluded_stages)
        + len(parsed.tags)
        + len(parsed.excluded_tags)
        + len(parsed.dates)
        + len(parsed.hashtags)
        + len(parsed.excluded_hashtags)
    )
    return len(meaningful or free) + len(in_phrases) + filters


def check_terms(parsed: ParsedQuery, limits: QueryLimits = DEFAULT_LIMITS) -> None:
    """Raise :class:`QueryTooLong` when the query has more than ``limits.max_terms`` terms."""
    count = term_count(parsed)
    if count > limits.max_terms:
        raise QueryTooLong(
            f"The search has too many words: {count}, at most {limits.max_terms}.",
            limit=limits.max_terms,
            found=count,
        )
