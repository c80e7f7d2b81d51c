"""What the development sets' generators share (``make_dev_fr.py``, ``make_dev2_fr.py``):
dates with the Paris offset, filler posts drawn from sentence pools, entries numbered
in time order, checks, and the JSON file. Standard library only, deterministic.

Each generator keeps its own logbook (stages, authors, hand-written entries, pools,
queries); an entry is built as a dict with ``stamp`` ("YYYY-MM-DD HH:MM"), ``kind``,
``author``, ``title``, ``body``, ``tags``, ``topics`` and the media fields.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MEDIA_FIELDS = ("caption", "transcript", "speaker_name", "speaker_role", "url")


@dataclass(frozen=True)
class Filler:
    """Everyday posts that answer no query: where they fall and what they say."""

    first_day: dt.date
    last_day: dt.date
    # No post from the day after July's ``july_after`` to the day before August's
    # ``august_before`` (the summer break), nor on the reserved (month, day)s.
    july_after: int
    august_before: int
    reserved_days: frozenset[tuple[int, int]]
    authors: int
    sentences: list[str]
    titles: list[str]
    captions: list[str]
    urls: list[str]
    tags: list[str]


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def paris_iso(stamp: str) -> str:
    """'YYYY-MM-DD HH:MM' -> ISO 8601 with the Paris offset of that day."""
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = last_sunday(t.year, 3) <= t.date() < last_sunday(t.year, 10)
    return t.strftime("%Y-%m-%dT%H:%M:00") + ("+02:00" if summer else "+01:00")


def stage_of(stages: list[tuple], day: str) -> int:
    """The id of the stage ``day`` ('YYYY-MM-DD') falls in."""
    current = stages[0][0]
    for sid, _title, start, _end in stages:
        if day >= start:
            current = sid
    return current


def make_filler(rng: random.Random, count: int, filler: Filler) -> list[dict]:
    days = []
    d = filler.first_day
    while d <= filler.last_day:
        summer_break = (d.month == 7 and d.day > filler.july_after) or (
            d.month == 8 and d.day < filler.august_before
        )
        if d.weekday() < 5 and not summer_break and (d.month, d.day) not in filler.reserved_days:
            days.append(d)
        d += dt.timedelta(days=1)
    kinds = ["note"] * 12 + ["photo"] * 4 + ["link"] * 2 + ["audio"] * 2 + ["video", "drawing"]
    out = []
    for _ in range(count):
        day = rng.choice(days)
        hour = rng.randint(8, 19)
        minute = rng.choice(["00", "05", "15", "20", "30", "40", "45", "50"])
        stamp = f"{day.isoformat()} {hour:02d}:{minute}"
        kind = rng.choice(kinds)
        sentences = rng.sample(filler.sentences, rng.choice([1, 1, 2, 2, 3]))
        text = " ".join(sentences)
        e = {
            "stamp": stamp,
            "kind": kind,
            "author": rng.randint(1, filler.authors),
            "title": rng.choice(filler.titles),
            "body": text,
            "tags": rng.sample(filler.tags, rng.randint(0, 2)),
            "topics": set(),
            **dict.fromkeys(MEDIA_FIELDS, ""),
        }
        if kind in ("photo", "drawing"):
            e["caption"] = rng.choice(filler.captions)
            e["body"] = "" if rng.random() < 0.5 else sentences[0]
        elif kind == "video":
            e["caption"] = rng.choice(filler.captions)
            e["transcript"], e["body"] = text, ""
        elif kind == "audio":
            e["transcript"], e["body"] = "Mémo. " + text, ""
        elif kind == "link":
            e["url"] = rng.choice(filler.urls)
        out.append(e)
    return out


def build(seed: int, hand_written: list[tuple], filler: Filler, filler_count: int) -> dict:
    """Hand-written entries (key, stamp, kind, author, title, body, tags, topics, extra)
    and filler posts, numbered in time order: ``{"raw": entries, "ids": {key: id}}``."""
    rng = random.Random(seed)
    raw = []
    for key, stamp, kind, author, title, body, tags, topics, extra in hand_written:
        e = {
            "key": key,
            "stamp": stamp,
            "kind": kind,
            "author": author,
            "title": title,
            "body": body,
            "tags": list(tags),
            "topics": set(topics),
            **dict.fromkeys(MEDIA_FIELDS, ""),
        }
        e.update(extra)
        raw.append(e)
    raw += make_filler(rng, filler_count, filler)
    raw.sort(key=lambda e: (e["stamp"], e.get("key", "~"), e["title"], e["body"]))
    ids = {}
    for i, e in enumerate(raw, 1):
        e["id"] = i
        if "key" in e:
            ids[e["key"]] = i
    return {"raw": raw, "ids": ids}


def text_of(e: dict) -> str:
    return " ".join([e["title"], e["body"], e["caption"], e["transcript"]]).lower()


def with_topic(raw: list[dict], topic: str) -> list[int]:
    return [e["id"] for e in raw if topic in e["topics"]]


def entry_records(raw: list[dict], stages: list[tuple]) -> list[dict]:
    """The entries as the JSON file holds them."""
    return [
        {
            "id": e["id"],
            "kind": e["kind"],
            "title": e["title"],
            "body": e["body"],
            "tags": e["tags"],
            "occurred_at": paris_iso(e["stamp"]),
            "stage": stage_of(stages, e["stamp"][:10]),
            "author": e["author"],
            **{name: e[name] for name in MEDIA_FIELDS},
        }
        for e in raw
    ]


def validate(data: dict) -> None:
    entries = data["entries"]
    assert [e["id"] for e in entries] == list(range(1, len(entries) + 1))
    stamps = [e["occurred_at"] for e in entries]
    assert stamps == sorted(stamps), "ids not in time order"
    stage_ids = {s["id"] for s in data["stages"]}
    author_ids = {a["id"] for a in data["authors"]}
    kinds = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}
    for e in entries:
        assert e["kind"] in kinds and e["stage"] in stage_ids and e["author"] in author_ids
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00", e["occurred_at"])
        if e["kind"] != "testimony":
            assert not e["speaker_name"] and not e["speaker_role"]
        else:
            assert e["speaker_name"] and e["speaker_role"]
        if e["kind"] != "link":
            assert not e["url"]
        else:
            assert e["url"].startswith("https://")
    valid = {e["id"] for e in entries}
    empty = 0
    for q in data["queries"]:
        assert set(q["relevant"]) <= valid, q["q"]
        assert set(q["top3"]) <= set(q["relevant"]), q["q"]
        assert len(q["top3"]) <= 2, q["q"]
        assert re.match(r"\[[^\]]+\] ", q["why"]), q["q"]
        empty += not q["relevant"]
    assert empty >= 3
    assert len({q["q"] for q in data["queries"]}) == len(data["queries"])


def write(out: Path, data: dict, hand_written: int) -> None:
    """Check ``data`` and write it to ``out``."""
    validate(data)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(data['entries'])} entries ({hand_written} hand-written), {len(data['queries'])} queries -> {out.name}"
    )


def generate(
    out: Path,
    name: str,
    logbook: dict,
    built: dict,
    stages: list[tuple],
    authors: list[tuple],
    queries: Callable[[list[dict], dict], list[dict]],
) -> None:
    """A generator's whole run once :func:`build` has numbered its entries (``built``):
    the records, the queries judged on them (``queries(raw, ids)``), checked and written."""
    raw, ids = built["raw"], built["ids"]
    entries = entry_records(raw, stages)
    data = {
        "name": name,
        "language": "fr",
        "logbook": logbook,
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in stages],
        "authors": [{"id": i, "name": n} for i, n in authors],
        "entries": entries,
        "queries": queries(raw, ids),
    }
    write(out, data, len(ids))
