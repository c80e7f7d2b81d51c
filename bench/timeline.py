"""Timeline benchmark: 100,000 entries, p50/p95 of a 50-entry page, on SQLite and PostgreSQL.

Each page is fetched through the JSON API (Flask test client: routing, access
check, keyset query, serialisation) at several depths, and the same keyset
query is timed as bare SQL on the same database for the ratio.

    .venv/bin/python bench/timeline.py [--entries 100000] [--pages 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from logbook import create_app
from logbook.auth import issue_token
from logbook.db import db, upgrade_schema
from logbook.models import Entry, EntryTag, Stage
from logbook.services.logbooks import create_logbook
from logbook.services.users import create_user

KINDS = ["note", "photo", "audio", "video", "testimony", "link", "drawing"]
TAGS = ["cantine", "producteurs", "gaspillage", "atelier", "gouvernance", "légumerie"]
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def seed(entries: int) -> str:
    user = create_user(email="bench@example.org", password="benchmark-password", display_name="Bench")
    logbook = create_logbook(user, name="Bench", slug="bench", visibility="private")
    _, token = issue_token(user, "bench")
    db.session.commit()
    stages = []
    for index in range(8):
        stage = Stage(
            logbook_id=logbook.id, position=index, title=f"Escale {index}", summary="", reached=index < 5
        )
        db.session.add(stage)
        stages.append(stage)
    db.session.commit()
    rng = random.Random(7)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    batch: list[dict] = []
    tag_rows: list[dict] = []
    for number in range(1, entries + 1):
        batch.append(
            {
                "id": number,
                "logbook_id": logbook.id,
                "stage_id": stages[number * 8 // (entries + 1)].id,
                "author_id": user.id,
                "author_name": "Bench",
                "kind": rng.choice(KINDS),
                "title": f"Entrée {number}",
                "body": "Compte rendu de l'atelier " * 8,
                "occurred_at": start + timedelta(minutes=number * 20 + rng.randint(0, 5)),
                "consent": False,
                "pinned": number % 50 == 0,
                "status": "published",
                "version": 1,
                "created_at": start,
                "updated_at": start,
            }
        )
        tag_rows.append({"entry_id": number, "name": rng.choice(TAGS)})
        if len(batch) == 5000:
            db.session.execute(insert(Entry), batch)
            db.session.execute(insert(EntryTag), tag_rows)
            batch, tag_rows = [], []
    if batch:
        db.session.execute(insert(Entry), batch)
        db.session.execute(insert(EntryTag), tag_rows)
    db.session.commit()
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as connection:
            connection.execute(text("SELECT setval('entries_id_seq', :n)"), {"n": entries})
            connection.execute(text("ANALYZE"))
            connection.commit()
    else:
        db.session.execute(text("ANALYZE"))
    return token


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure(name: str, url: str, instance: Path, entries: int, pages: int) -> None:
    app = create_app(
        {"CARNET_INSTANCE_DIR": str(instance), "CARNET_DATABASE_URL": url, "CARNET_WORKER": "immediate"}
    )
    with app.app_context():
        upgrade_schema()
        started = time.perf_counter()
        token = seed(entries)
        print(f"[{name}] seeded {entries} entries in {time.perf_counter() - started:.1f} s")
        client = app.test_client()
        headers = {"Authorization": f"Bearer {token}"}
        cursors: list[str | None] = [None]
        body = client.get("/api/v1/logbooks/bench/timeline?limit=50", headers=headers).get_json()
        for _ in range(40):  # cursors spread over the first 2,000 entries and deeper
            if not body["next_cursor"]:
                break
            cursors.append(body["next_cursor"])
            body = client.get(
                f"/api/v1/logbooks/bench/timeline?limit=50&cursor={body['next_cursor']}", headers=headers
            ).get_json()
        api_times, sql_times = [], []
        rng = random.Random(3)
        for _ in range(pages):
            cursor = rng.choice(cursors)
            query = "/api/v1/logbooks/bench/timeline?limit=50" + (f"&cursor={cursor}" if cursor else "")
            started = time.perf_counter()
            response = client.get(query, headers=headers)
            api_times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and len(response.get_json()["entries"]) == 50
        raw = create_engine(url)
        with raw.connect() as connection:
            for _ in range(pages):
                started = time.perf_counter()
                connection.execute(
                    text(
                        "SELECT * FROM entries WHERE logbook_id = 1 AND deleted_at IS NULL AND status = 'published' "
                        "AND (occurred_at < :t OR (occurred_at = :t AND id < :i)) ORDER BY occurred_at DESC, id DESC LIMIT 51"
                    ),
                    {
                        "t": datetime(2022, 6, 1) if "sqlite" in url else datetime(2022, 6, 1, tzinfo=UTC),
                        "i": 10**9,
                    },
                ).fetchall()
                sql_times.append((time.perf_counter() - started) * 1000)
        raw.dispose()
        p50, p95 = statistics.median(api_times), percentile(api_times, 0.95)
        s50, s95 = statistics.median(sql_times), percentile(sql_times, 0.95)
        print(f"[{name}] API page of 50: p50 {p50:.1f} ms, p95 {p95:.1f} ms  (goal p95 < 20 ms)")
        print(
            f"[{name}] bare keyset SQL: p50 {s50:.2f} ms, p95 {s95:.2f} ms; API/SQL ratio at p50: {p50 / s50:.1f}x"
        )
        db.session.remove()
        db.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="carnet-bench-timeline-") as folder:
        folder_path = Path(folder)
        measure(
            "sqlite",
            f"sqlite:///{folder_path / 'bench.db'}",
            folder_path / "sqlite",
            args.entries,
            args.pages,
        )
        name = f"carnet_bench_{os.getpid()}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            measure(
                "postgresql",
                PG_ADMIN.rsplit("/", 1)[0] + f"/{name}",
                folder_path / "pg",
                args.entries,
                args.pages,
            )
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
