"""Access is part of the query: totals, pages and facets count visible entries only."""

from __future__ import annotations

import pytest

from search.query import Access, access_query, search
from tests.search.conftest import make_doc, whoosh_only


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


@whoosh_only
def test_access_query_describes_the_same_rule(index):
    access = Access(frozenset({1, 2}), pending_logbooks=frozenset({1}))
    view = index.view()
    with_whoosh = {view.row(d).entry_id for d in view.searcher.docs_for_query(access_query(access))}
    with_search = {hit.entry_id for hit in search(index, "", access, per_page=100).hits}
    assert with_whoosh == with_search


# -- what an answer tells about entries the caller cannot read -------------------------------

SECRET = "xylophonesecretb"


@pytest.fixture
def secrets(index):
    """A word found only where logbook 1's reader may not look: in logbook 2, in a pending
    guest post of logbook 1, in a trashed entry of logbook 1. Logbook 1 has close words."""
    index.apply(
        [
            make_doc(20, f"Concert {SECRET}", logbook_id=2),
            make_doc(21, "Atelier xylophonesecreta", logbook_id=3),
            make_doc(22, "Invité xylophonependingb", logbook_id=1, state="pending"),
            make_doc(23, "Jeté xylophonetrashedb", logbook_id=1, state="trashed"),
            make_doc(24, "Musique xylophone", logbook_id=1),
        ]
    )
    return index


@pytest.mark.parametrize(
    "typed", ["xylophonesecreb", "xylophonependingc", "xylophonetrashec", SECRET, "xylophonetrashedb"]
)
def test_no_suggestion_names_a_word_the_caller_cannot_read(secrets, typed):
    results = search(secrets, typed, Access(frozenset({1})))
    assert results.total == 0 and results.hits == []
    assert results.suggestion is None
    assert results.query_used == typed  # the word as typed, not the hidden ones close to it


def test_a_word_that_exists_elsewhere_answers_like_a_word_that_exists_nowhere(secrets):
    member = Access(frozenset({1}))
    hidden = search(secrets, SECRET, member)
    nowhere = search(secrets, "xylophonesecretz", member)
    assert (hidden.total, hidden.suggestion, hidden.facets) == (
        nowhere.total,
        nowhere.suggestion,
        nowhere.facets,
    )


def test_suggestions_come_from_the_logbooks_searched(secrets):
    moderator = Access(frozenset({1, 2}), pending_logbooks=frozenset({1}))
    assert search(secrets, "xylophonesecreb", moderator).suggestion == SECRET
    assert search(secrets, "xylophonependingc", moderator).suggestion == "xylophonependingb"
    assert search(secrets, "xylophonesecreb", moderator, logbook_ids=[1]).suggestion is None
    assert search(secrets, "xylophonetrashec", moderator).suggestion is None
    assert search(secrets, "xylophonesecreb", Access(frozenset({3}))).suggestion == "xylophonesecreta"


def test_a_correction_prefers_the_word_most_seen_by_the_caller(index):
    # "potiron" is the most frequent close word overall, but only in logbook 2.
    index.apply(
        [make_doc(30 + n, "Soupe de potiron", logbook_id=2) for n in range(5)]
        + [make_doc(40, "Soupe de potirin", logbook_id=1), make_doc(41, "Les potirons", logbook_id=1)]
    )
    results = search(index, "potiran", Access(frozenset({1})))
    assert results.suggestion == "potirin"
    assert search(index, "potiran", Access(frozenset({2}))).suggestion == "potiron"


def test_scores_and_order_do_not_depend_on_entries_the_caller_cannot_read(index):
    visible = [
        make_doc(50, "Betterave et carotte", logbook_id=1),
        make_doc(51, "Betterave rouge", body="betterave " * 3 + "carotte", logbook_id=1),
        make_doc(52, "Carotte seule", body="carotte " * 4, logbook_id=1),
    ]
    index.apply(visible)
    member = Access(frozenset({1}))
    before = [(hit.entry_id, hit.score) for hit in search(index, "betterave carotte", member).hits]
    # Many hidden entries full of one of the words would change its weight if they counted.
    hidden = [make_doc(60 + n, "Betterave", body="betterave " * 8, logbook_id=2) for n in range(30)]
    hidden += [make_doc(100 + n, "Carotte", logbook_id=1, state="trashed") for n in range(30)]
    hidden += [make_doc(140 + n, "Carotte", logbook_id=1, state="pending") for n in range(30)]
    index.apply(hidden)
    after = [(hit.entry_id, hit.score) for hit in search(index, "betterave carotte", member).hits]
    assert after == before


def test_a_prefix_stands_for_the_words_the_caller_may_see(index):
    from search.limits import QueryLimits

    index.apply(
        [make_doc(70 + n, f"Mot coopa{letter}", logbook_id=2) for n, letter in enumerate("abcdef")]
        + [make_doc(80, "La coopzz du village", logbook_id=1)]
    )
    few = QueryLimits(max_prefix_expansions=3)
    assert [hit.entry_id for hit in search(index, "coop*", Access(frozenset({1})), limits=few).hits] == [80]
