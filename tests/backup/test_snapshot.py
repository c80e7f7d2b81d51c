"""A backup is the instance at one point in time, even while people keep writing."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

from sqlalchemy import create_engine, func, insert, select

from logbook.storage import get_storage


def test_a_backup_is_one_point_in_time_even_while_people_write(app, filled, tmp_path):
    from logbook.models import Entry, Logbook
    from logbook.services.backup import write_backup_file

    engine = create_engine(app.config["CARNET_DATABASE_URL"])
    with engine.connect() as connection:
        entries_before = connection.scalar(select(func.count()).select_from(Entry.__table__))
        logbook_id = connection.scalar(select(Logbook.id).where(Logbook.slug == "atelier"))
    written = []

    def someone_posts_meanwhile(done: int, total: int) -> None:
        # Called after the first table is dumped, before the entries are.
        if not written:
            with engine.begin() as connection:
                connection.execute(
                    insert(Entry.__table__).values(
                        logbook_id=logbook_id,
                        kind="note",
                        title="Écrite pendant la sauvegarde",
                        occurred_at=datetime.now(UTC),
                    )
                )
            written.append(done)

    path = tmp_path / "carnet-backup.zip"
    write_backup_file(str(path), get_storage(), someone_posts_meanwhile)
    engine.dispose()
    assert written
    with zipfile.ZipFile(path) as backup:
        manifest = json.loads(backup.read("manifest.json"))
        entries = [json.loads(line) for line in backup.read("tables/entries.jsonl").splitlines()]
    assert len(entries) == entries_before
    assert "Écrite pendant la sauvegarde" not in {entry["title"] for entry in entries}
    assert {t["name"]: t["rows"] for t in manifest["tables"]}["entries"] == entries_before
