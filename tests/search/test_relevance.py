"""Judged relevance: queries typed as on a phone over the food-policy logbook."""

from __future__ import annotations

from search.query import Access, search
from tests.search.corpus import JUDGED_QUERIES, fixture_logbook

MEMBER = Access(frozenset({1}))


def test_fixture_logbook_is_big_and_deterministic():
    first, second = fixture_logbook(), fixture_logbook()
    assert len(first) >= 300
    assert first == second
    assert len(JUDGED_QUERIES) >= 30


def test_judged_queries_recall_at_10(judged_index):
    found = expected = 0
    reciprocal_ranks = []
    misses = []
    for text, relevant in JUDGED_QUERIES:
        ranked = [hit.entry_id for hit in search(judged_index, text, MEMBER, per_page=10).hits]
        hits = relevant & set(ranked)
        found += len(hits)
        expected += len(relevant)
        ranks = [ranked.index(entry_id) + 1 for entry_id in hits]
        reciprocal_ranks.append(1 / min(ranks) if ranks else 0.0)
        if hits != relevant:
            misses.append((text, sorted(relevant - hits), ranked))
    recall = found / expected
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    print(f"\njudged queries: {len(JUDGED_QUERIES)}  recall@10: {recall:.3f}  MRR: {mrr:.3f}")
    for miss in misses:
        print("missed:", miss)
    assert recall >= 0.9


def test_directrice_testimony_comes_first(judged_index):
    results = search(judged_index, "le témoignage de la directrice sur la cantine", MEMBER)
    assert results.hits[0].entry_id == 1
    assert "<mark>directrice</mark>" in results.hits[0].title_html


def test_typo_gets_a_suggestion(judged_index):
    results = search(judged_index, "potimaron", MEMBER)
    assert results.suggestion == "potimarron"
    assert results.hits[0].entry_id == 20
