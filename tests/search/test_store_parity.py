"""Both stores give the same answers: every judged set scores alike on Whoosh and on
PostgreSQL (bench/relevance.py, run on each)."""

from __future__ import annotations

import pytest

from bench.relevance import JUDGED_DIR, builtin_set, evaluate, load_judged

SETS = ["builtin", *sorted(path.name for path in JUDGED_DIR.glob("*.json"))]


def _measures(scores) -> dict[str, float]:
    return {
        "recall": scores.recall,
        "recall_capped": scores.recall_capped,
        "mrr": scores.mrr,
        "top3": scores.top3_found / scores.top3_wanted if scores.top3_wanted else 1.0,
        "no_answer": scores.no_answer_right / scores.no_answer_total if scores.no_answer_total else 1.0,
    }


@pytest.mark.parametrize("name", SETS)
def test_judged_sets_score_alike_on_both_stores(name, tmp_path):
    judged = builtin_set() if name == "builtin" else load_judged(JUDGED_DIR / name)
    whoosh = _measures(evaluate(judged, tmp_path, "whoosh"))
    postgres = _measures(evaluate(judged, tmp_path, "postgres"))
    print(f"{judged.name}: whoosh {whoosh}\n{judged.name}: postgres {postgres}")
    for measure, value in whoosh.items():
        assert abs(value - postgres[measure]) <= 0.02, (measure, value, postgres[measure])
