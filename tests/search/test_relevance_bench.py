"""bench/relevance.py reads judged sets in the shared JSON format and scores them."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from bench.relevance import JudgedQuery, load_judged, main, score
from search.index import SearchIndex

SAMPLE = Path(__file__).with_name("data") / "judged_sample.json"
ROOT = Path(__file__).resolve().parents[2]


def test_a_judged_set_is_loaded_with_every_field(tmp_path):
    judged = load_judged(SAMPLE)
    assert judged.name == "judged_sample"
    documents = {doc.entry_id: doc for doc in judged.documents}
    assert documents[12].captions.startswith("Bacs à compost")
    assert documents[13].kind == "testimony" and documents[13].speaker == "Mme Lopez, gardienne"
    assert documents[13].transcript.startswith("Je vide")
    assert documents[11].stage_title == "Lancement" and documents[11].author_name == "Lina Morel"
    assert documents[14].stage_id is None and documents[14].author_name == ""  # unknown ids
    assert "https://example.org/guide-compost" in documents[14].body
    assert documents[14].occurred_at.tzinfo is not None
    assert judged.queries[0] == JudgedQuery("compost", {11, 12}, {11, 12}, kind="mot seul")
    assert judged.queries[3].relevant == set()


def test_scores_count_recall_rank_top3_and_honest_no_answers(tmp_path):
    judged = load_judged(SAMPLE)
    index = SearchIndex(tmp_path / "index")
    try:
        index.rebuild(judged.documents)
        scores = score(index, judged.queries)
        assert (scores.recall, scores.mrr) == (1.0, 1.0)
        assert (scores.top3_found, scores.top3_wanted) == (3, 3)
        assert (scores.no_answer_right, scores.no_answer_total) == (1, 1)
        missed = score(index, [JudgedQuery("compost", {13}, {13}), JudgedQuery("compost", set())])
        assert (missed.recall, missed.mrr, missed.top3_found) == (0.0, 0.0, 0)
        assert missed.no_answer_right == 0 and len(missed.misses) == 2
    finally:
        index.close()


def test_the_command_prints_both_sets(capsys):
    main([str(SAMPLE)])
    out = capsys.readouterr().out
    assert "tests/search/corpus.py: 322 entries" in out
    assert "judged_sample: 4 entries, 4 queries" in out
    assert "recall@10 1.000" in out and "no-answer queries answered so 1/1" in out


@pytest.mark.parametrize("name", ["dev_fr", "dev2_fr", "dev3_fr", "dev4_fr"])
def test_a_development_set_is_what_its_generator_writes(name, tmp_path, monkeypatch, capsys):
    folder = Path(__file__).resolve().parents[2] / "bench" / "judged" / "dev"
    monkeypatch.syspath_prepend(str(folder))
    generator = runpy.run_path(str(folder / f"make_{name}.py"))
    out = tmp_path / f"{name}.json"
    generator["main"].__globals__["OUT"] = out
    generator["main"]()
    assert out.read_bytes() == (folder / f"{name}.json").read_bytes()


@pytest.mark.parametrize(
    "path", sorted((ROOT / "bench" / "judged").glob("**/*.json")), ids=lambda path: path.name
)
def test_every_judged_set_is_in_the_format(path):
    """Each entry's stage and author resolve (numbers in the format), every judged id exists."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    judged = load_judged(path)
    documents = {doc.entry_id: doc for doc in judged.documents}
    for entry in raw["entries"]:
        doc = documents[int(entry["id"])]
        assert entry.get("author") in (None, "") or doc.author_id is not None, entry["id"]
        assert entry.get("stage") in (None, "") or doc.stage_id is not None, entry["id"]
    for query in judged.queries:
        assert query.relevant <= set(documents) and query.top3 <= query.relevant, query.text


def test_totals_alone_and_per_query_type(capsys):
    judged = load_judged(SAMPLE)
    assert [query.kind for query in judged.queries] == ["mot seul", "multi-mots", "question", "sans réponse"]
    # A blind set is measured without reading its misses; query types are scored apart.
    main(["--totals", "--by-type", str(SAMPLE)])
    out = capsys.readouterr().out
    assert "miss:" not in out
    assert "    mot seul: 1 queries, recall@10 capped 1.000, MRR 1.000" in out
    assert "sans réponse" not in out  # no relevant entry: counted among the no-answer queries
