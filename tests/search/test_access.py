"""Access is part of the query: totals, pages and facets count visible entries only."""

from __future__ import annotations

import pytest

from search.query import Access, access_query, search
from tests.search.conftest import make_doc


@pytest.fixture
def index(index):
    docs = []
    # Logbook 1: 4 published, 2 pending (guest posts), 1 trashed.
    for n in range(1, 5):
        docs.append(make_doc(n, f"Cantine publiée {n}", logbook_id=1, tags=["cantine"], kind="photo"))
    docs.append(make_doc(5, "Cantine en attente", logbook_id=1, state="pending", tags=["invité"]))
    docs.append(make_doc(6, "Cantine invitée", logbook_id=1, state="pending", tags=["invité"]))
    docs.append(make_doc(7, "Cantine à la corbeille", logbook_id=1, state="trashed", tags=["corbeille"]))
    # Logbook 2: 3 published, 1 pending, 1 trashed.
    for n in range(8, 11):
        docs.append(make_doc(n, f"Cantine voisine {n}", logbook_id=2, tags=["voisins"], kind="audio"))
    docs.append(make_doc(11, "Cantine voisine en attente", logbook_id=2, state="pending"))
    docs.append(make_doc(12, "Cantine voisine supprimée", logbook_id=2, state="trashed"))
    index.apply(docs)
    return index


def entry_ids(results):
    return sorted(hit.entry_id for hit in results.hits)


def test_member_of_one_logbook_sees_only_its_published_entries(index):
    results = search(index, "cantine", Access(frozenset({1})))
    assert entry_ids(results) == [1, 2, 3, 4]
    assert results.total == 4
    assert results.facets["tag"] == {"cantine": 4}
    assert results.facets["kind"] == {"photo": 4}


def test_moderator_sees_pending_entries_of_their_logbook_only(index):
    results = search(index, "cantine", Access(frozenset({1, 2}), pending_logbooks=frozenset({1})))
    assert entry_ids(results) == [1, 2, 3, 4, 5, 6, 8, 9, 10]
    assert results.total == 9
    assert results.facets["tag"] == {"cantine": 4, "voisins": 3, "invité": 2}
    assert results.facets["kind"] == {"photo": 4, "audio": 3, "note": 2}


def test_pending_rights_without_read_rights_show_nothing(index):
    results = search(index, "cantine", Access(frozenset(), pending_logbooks=frozenset({1})))
    assert results.total == 0 and results.hits == [] and results.facets["kind"] == {}


def test_trashed_entries_are_never_returned(index):
    everything = Access(frozenset({1, 2}), pending_logbooks=frozenset({1, 2}))
    results = search(index, "corbeille OR supprimée", everything)
    assert all(hit.entry_id not in (7, 12) for hit in results.hits)
    assert search(index, "tag:corbeille", everything).total == 0
    assert search(index, "", everything).total == 10


def test_no_logbooks_no_results(index):
    results = search(index, "", Access(frozenset()))
    assert results.total == 0 and results.hits == []


def test_pages_and_totals_count_visible_entries_only(index):
    access = Access(frozenset({2}))
    first = search(index, "cantine", access, per_page=2)
    second = search(index, "cantine", access, page=2, per_page=2)
    assert first.total == second.total == 3
    assert len(first.hits) == 2 and len(second.hits) == 1
    assert {h.logbook_id for h in first.hits + second.hits} == {2}


def test_logbook_argument_narrows_but_never_widens(index):
    member = Access(frozenset({1}))
    assert search(index, "cantine", member, logbook_ids=[2]).total == 0
    both = Access(frozenset({1, 2}))
    assert search(index, "cantine", both, logbook_ids=[2]).total == 3


def test_facets_count_all_matches_not_only_the_page(index):
    results = search(index, "cantine", Access(frozenset({1, 2})), per_page=1)
    assert len(results.hits) == 1
    assert results.total == 7
    assert sum(results.facets["kind"].values()) == 7
    assert results.facets["year"] == {"2024": 7}


def test_access_query_describes_the_same_rule(index):
    access = Access(frozenset({1, 2}), pending_logbooks=frozenset({1}))
    view = index.view()
    with_whoosh = {view.row(d).entry_id for d in view.searcher.docs_for_query(access_query(access))}
    with_search = {hit.entry_id for hit in search(index, "", access, per_page=100).hits}
    assert with_whoosh == with_search
