"""The errors this package raises about the entry index, whichever store holds it."""

from __future__ import annotations


class SearchIndexError(Exception):
    """Base class of the errors this package raises about the index."""


class IndexMissing(SearchIndexError):
    """There is no index yet (call ``ensure()`` or ``rebuild()``)."""


class IndexCorrupt(SearchIndexError):
    """The index cannot be read, or was built with another schema; rebuild it."""


class IndexBusy(SearchIndexError):
    """Another writer held the index longer than the writer timeout; retry later."""


class StoreUnavailable(SearchIndexError):
    """The database holding the index cannot be reached now; nothing is wrong with the
    index itself, so it must not be rebuilt: answer that the database is unavailable."""
