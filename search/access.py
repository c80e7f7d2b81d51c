"""Who may see what: the caller's access to entries, as :func:`search.query.search` reads it."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq


@dataclass(frozen=True)
class Access:
    """What the caller may see: published entries of ``readable_logbooks``,
    pending (guest) entries of ``pending_logbooks`` that are also readable,
    except the entries in ``hidden_entries``. Trashed entries are never returned."""

    readable_logbooks: frozenset[int]
    pending_logbooks: frozenset[int] = frozenset()
    hidden_entries: frozenset[int] = frozenset()


def access_query(access: Access) -> wq.Query:
    """The access rule as a Whoosh query (for inspection and for callers that
    use Whoosh directly); :func:`search` applies the same rule as a boolean
    mask over the index view's per-document logbook and state columns."""
    allowed: list[wq.Query] = []
    for logbook_id in sorted(access.readable_logbooks):
        states = [wq.Term("state", "published")]
        if logbook_id in access.pending_logbooks:
            states.append(wq.Term("state", "pending"))
        allowed.append(wq.And([wq.Term("logbook", logbook_id), wq.Or(states)]))
    if not allowed:
        return wq.NullQuery
    if access.hidden_entries:
        hidden = wq.Or([wq.Term("entry_id", str(entry_id)) for entry_id in sorted(access.hidden_entries)])
        return wq.AndNot(wq.Or(allowed), hidden)
    return wq.Or(allowed)
