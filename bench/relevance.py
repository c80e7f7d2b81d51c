"""Judged relevance of Carnet's search: recall@10, MRR, top-3 rate and "no answer" answers.

Scores the project's own judged set (``tests/search/corpus.py``:
``fixture_logbook()`` and ``JUDGED_QUERIES``) and every judged set in
``bench/judged/*.json`` (or the files given on the command line), printing
each query that misses.

A JSON judged set looks like::

    {"entries": [{"id": 1, "kind": "note", "title": "…", "body": "…", "tags": ["…"],
                  "occurred_at": "2024-09-12T10:00:00+02:00", "stage": 1, "author": 1,
                  "caption": "…", "transcript": "…", "speaker_name": "…",
                  "speaker_role": "…", "url": "…"}],
     "stages": [{"id": 1, "title": "…", "starts_on": "2024-09-01", "ends_on": "2024-12-31"}],
     "authors": [{"id": 1, "name": "…"}],
     "queries": [{"q": "…", "relevant": [1, 2], "top3": [1]}]}

Only ``id``, ``title`` and ``occurred_at`` are needed in an entry. A query
whose ``relevant`` list is empty has no answer in the logbook: it is answered
correctly when no hit comes back or when no hit claims to be an exact match
(``match`` other than ``"exact"``).

Run: ``.venv/bin/python bench/relevance.py [--store whoosh|postgres|both] [--totals]
[--by-type] [judged.json …]`` (``both`` prints each set on each store: they must agree,
see bench/stores.py). ``--totals`` leaves out the per-query misses, so that a blind set
is measured without anyone reading it; ``--by-type`` adds recall and MRR per query type,
as the bracket that opens each query's ``why`` names it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stores import STORES, open_store
from search.documents import KINDS, EntryDocument
from search.query import Access, search
from search.view import SearchStore

JUDGED_DIR = Path(__file__).resolve().parent / "judged"
LOGBOOK = 1
# Kind names a judged set may use for Carnet's kinds.
_KIND_NAMES = {"dessin": "drawing", "témoignage": "testimony", "temoignage": "testimony", "lien": "link"}


@dataclass
class JudgedQuery:
    text: str
    relevant: set[int]
    top3: set[int] = field(default_factory=set)
    # Its type, as the bracket that opens its "why" says ("synonyme", "question"…).
    kind: str = ""


@dataclass
class JudgedSet:
    name: str
    documents: list[EntryDocument]
    queries: list[JudgedQuery]


def _when(value: str | None) -> datetime:
    if not value:
        return datetime(2000, 1, 1, tzinfo=UTC)
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(item) for item in value)
    return str(value)


def _kind(why) -> str:
    """The query type a judged query's ``why`` opens with, in brackets ("[synonyme] …")."""
    found = re.match(r"\s*\[([^\]]+)\]", str(why or ""))
    return found.group(1).strip().lower() if found else ""


def _numbers(items: list[dict]) -> dict:
    """The number of each stage or author by its id: a set may name them ("claire")
    rather than number them, and then they are numbered in the order listed."""
    return {item["id"]: item["id"] if isinstance(item["id"], int) else n for n, item in enumerate(items, 1)}


def load_judged(path: Path) -> JudgedSet:
    """A judged set from a JSON file of the format above."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    stages = {item["id"]: _text(item.get("title")) for item in data.get("stages", [])}
    authors = {item["id"]: _text(item.get("name")) for item in data.get("authors", [])}
    stage_numbers, author_numbers = _numbers(data.get("stages", [])), _numbers(data.get("authors", []))
    documents = []
    for entry in data["entries"]:
        kind = _KIND_NAMES.get(str(entry.get("kind", "note")).lower(), str(entry.get("kind", "note")).lower())
        speaker = ", ".join(
            part for part in (_text(entry.get("speaker_name")), _text(entry.get("speaker_role"))) if part
        )
        body = _text(entry.get("body"))
        if entry.get("url"):
            body = f"{body}\n{entry['url']}".strip()
        stage = entry.get("stage")
        author = entry.get("author")
        documents.append(
            EntryDocument(
                entry_id=int(entry["id"]),
                logbook_id=LOGBOOK,
                kind=kind if kind in KINDS else "note",
                title=_text(entry.get("title")),
                body=body,
                transcript=_text(entry.get("transcript")),
                captions=_text(entry.get("caption")),
                speaker=speaker,
                tags=[str(tag) for tag in entry.get("tags") or []],
                stage_id=stage_numbers.get(stage),
                stage_title=stages.get(stage, ""),
                author_id=author_numbers.get(author),
                author_name=authors.get(author, ""),
                occurred_at=_when(entry.get("occurred_at")),
            )
        )
    queries = [
        JudgedQuery(
            text=item["q"],
            relevant={int(i) for i in item.get("relevant") or []},
            top3={int(i) for i in item.get("top3") or []},
            kind=_kind(item.get("why")),
        )
        for item in data["queries"]
    ]
    return JudgedSet(Path(path).stem, documents, queries)


def builtin_set() -> JudgedSet:
    """The project's own judged set (learnt by now: read it as a regression check)."""
    from tests.search.corpus import JUDGED_QUERIES, fixture_logbook

    return JudgedSet(
        "tests/search/corpus.py",
        fixture_logbook(),
        [JudgedQuery(text, set(relevant)) for text, relevant in JUDGED_QUERIES],
    )


@dataclass
class Scores:
    recall: float
    recall_capped: float  # each query's share of min(10, its relevant entries) found
    mrr: float
    top3_found: int
    top3_wanted: int
    no_answer_right: int
    no_answer_total: int
    misses: list[str]
    # Per query type: (queries, sum of capped recalls, sum of reciprocal ranks).
    by_kind: dict[str, tuple[int, float, float]] = field(default_factory=dict)

    def lines(
        self, name: str, queries: int, entries: int, *, misses: bool = True, by_kind: bool = False
    ) -> list[str]:
        out = [
            f"{name}: {entries} entries, {queries} queries",
            f"  recall@10 {self.recall:.3f} (capped at 10 per query: {self.recall_capped:.3f})   "
            f"MRR {self.mrr:.3f}   "
            f"top-3 {self.top3_found}/{self.top3_wanted}   "
            f"no-answer queries answered so {self.no_answer_right}/{self.no_answer_total}",
        ]
        if by_kind:
            for kind, (count, recall, reciprocal) in sorted(self.by_kind.items()):
                out.append(
                    f"    {kind or '(no type)'}: {count} queries, recall@10 capped "
                    f"{recall / count:.3f}, MRR {reciprocal / count:.3f}"
                )
        if misses:
            out.extend(f"  miss: {miss}" for miss in self.misses)
        return out


def score(index: SearchStore, queries: Iterable[JudgedQuery]) -> Scores:
    """Search each query as a member of the logbook and score the first ten hits."""
    access = Access(frozenset({LOGBOOK}))
    found = wanted = top3_found = top3_wanted = right = no_answer = 0
    reciprocal: list[float] = []
    capped: list[float] = []
    misses: list[str] = []
    by_kind: dict[str, tuple[int, float, float]] = {}
    for query in queries:
        results = search(index, query.text, access, per_page=10)
        hits = results.hits
        ranked = [hit.entry_id for hit in hits]
        if not query.relevant:
            no_answer += 1
            labels = [getattr(hit, "match", "exact") for hit in hits]
            if all(label != "exact" for label in labels):
                right += 1
            else:
                misses.append(f"{query.text!r}: has no answer, but {ranked[:3]} came back as exact")
            continue
        got = query.relevant & set(ranked)
        found += len(got)
        wanted += len(query.relevant)
        # A query with 40 relevant entries cannot show them all in ten hits: this measure
        # asks for ten of them, the plain one for all.
        capped.append(len(got) / min(10, len(query.relevant)))
        ranks = [ranked.index(entry_id) + 1 for entry_id in got]
        reciprocal.append(1 / min(ranks) if ranks else 0.0)
        count, recall, rank = by_kind.get(query.kind, (0, 0.0, 0.0))
        by_kind[query.kind] = (count + 1, recall + capped[-1], rank + reciprocal[-1])
        in_top3 = query.top3 & set(ranked[:3])
        top3_found += len(in_top3)
        top3_wanted += len(query.top3)
        first = min(ranks) if ranks else None
        if got != query.relevant or in_top3 != query.top3 or first != 1:
            missing = sorted(query.relevant - got)
            late = sorted(query.top3 - in_top3)
            wrong = [entry_id for entry_id in ranked if entry_id not in query.relevant]
            misses.append(
                f"{query.text!r}: recall {capped[-1]:.2f} of {len(query.relevant)}, first relevant at {first}, "
                f"not in top 10 {missing}, not in top 3 {late}, not relevant in top 10 {wrong}; "
                f"{results.total} hits, ranked {ranked}"
            )
    return Scores(
        recall=found / wanted if wanted else 1.0,
        recall_capped=sum(capped) / len(capped) if capped else 1.0,
        mrr=sum(reciprocal) / len(reciprocal) if reciprocal else 1.0,
        top3_found=top3_found,
        top3_wanted=top3_wanted,
        no_answer_right=right,
        no_answer_total=no_answer,
        misses=misses,
        by_kind=by_kind,
    )


def evaluate(judged: JudgedSet, workdir: Path, store: str = "whoosh") -> Scores:
    with open_store(store, workdir / judged.name.replace("/", "_")) as index:
        index.rebuild(judged.documents, total=len(judged.documents))
        return score(index, judged.queries)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "files", nargs="*", type=Path, help=f"judged sets (default: {JUDGED_DIR}/*.json and dev/*.json)"
    )
    parser.add_argument(
        "--store", choices=[*STORES, "both"], default="whoosh", help="index store to score (default whoosh)"
    )
    parser.add_argument(
        "--totals", action="store_true", help="no per-query misses: measure a blind set without reading it"
    )
    parser.add_argument("--by-type", action="store_true", help="recall and MRR per query type")
    args = parser.parse_args(argv)
    stores = STORES if args.store == "both" else (args.store,)
    # The blind sets, then the development set (tuned on, unlike the blind ones).
    files = args.files or sorted(JUDGED_DIR.glob("*.json")) + sorted((JUDGED_DIR / "dev").glob("*.json"))
    sets = [builtin_set(), *(load_judged(path) for path in files)]
    workdir = Path(tempfile.mkdtemp(prefix="carnet-relevance-"))
    try:
        for judged in sets:
            for store in stores:
                scores = evaluate(judged, workdir, store)
                if len(stores) > 1:
                    print(f"[{store} store]")
                lines = scores.lines(
                    judged.name,
                    len(judged.queries),
                    len(judged.documents),
                    misses=not args.totals,
                    by_kind=args.by_type,
                )
                print("\n".join(lines))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
