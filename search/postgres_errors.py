"""Errors of the PostgreSQL store's database as this package's (:mod:`search.errors`),
so that callers tell a busy index, a missing one and an outage apart whichever store
they use."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import exc as sa_exc

from search.errors import IndexBusy, IndexMissing, StoreUnavailable

_LOCK_NOT_AVAILABLE = "55P03"
_UNDEFINED_TABLE = "42P01"


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """A lock waited for too long is :class:`IndexBusy`, missing tables
    :class:`IndexMissing`, an outage :class:`StoreUnavailable`."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        code = getattr(exc.orig, "sqlstate", None)
        if code == _LOCK_NOT_AVAILABLE:
            raise IndexBusy("another writer holds the search index") from exc
        if code == _UNDEFINED_TABLE:
            raise IndexMissing("the search tables are missing: migrate the database") from exc
        if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)) or exc.connection_invalidated:
            raise StoreUnavailable(f"the search database is unavailable: {exc.__class__.__name__}") from exc
        raise
    except (sa_exc.DisconnectionError, sa_exc.TimeoutError) as exc:
        raise StoreUnavailable(f"the search database is unavailable: {exc.__class__.__name__}") from exc
