from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from search.documents import EntryDocument
from search.index import SearchIndex
from tests.search.corpus import fixture_logbook

PARIS = timezone(timedelta(hours=1))


def make_doc(entry_id: int, title: str, **fields) -> EntryDocument:
    """A small entry with sensible defaults for tests."""
    fields.setdefault("logbook_id", 1)
    fields.setdefault("kind", "note")
    fields.setdefault("occurred_at", datetime(2024, 5, 1, 12, tzinfo=PARIS) + timedelta(days=entry_id))
    return EntryDocument(entry_id=entry_id, title=title, **fields)


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    """An empty, ready index."""
    search_index = SearchIndex(tmp_path / "search")
    search_index.ensure()
    yield search_index
    search_index.close()


@pytest.fixture(scope="session")
def judged_index(tmp_path_factory) -> SearchIndex:
    """The 322-entry food-policy logbook the relevance tests judge against."""
    search_index = SearchIndex(tmp_path_factory.mktemp("judged") / "search")
    search_index.rebuild(fixture_logbook())
    yield search_index
    search_index.close()
