"""A backup is restored at its own schema revision, then brought up to this Carnet's."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.backup.conftest import all_rows

pytestmark = pytest.mark.parametrize("backend", ["sqlite-file"])
OLDER = "0004"


def _columns_at(revision: str, instance) -> dict[str, set[str]]:
    """The tables and columns of the schema at ``revision`` (an empty instance taken down to it)."""
    from flask_migrate import downgrade

    from logbook.db import MIGRATIONS_DIR, db

    with instance.app_context():
        downgrade(directory=MIGRATIONS_DIR, revision=revision)
        inspector = inspect(db.engine)
        return {
            name: {column["name"] for column in inspector.get_columns(name)}
            for name in inspector.get_table_names()
            if name != "alembic_version"
        }


def _as_older_backup(backup: Path, target: Path, revision: str, schema: dict[str, set[str]]) -> Path:
    """What an older Carnet at ``revision`` would have written for the same instance."""
    with zipfile.ZipFile(backup) as new, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as old:
        manifest = json.loads(new.read("manifest.json"))
        tables = []
        for entry in manifest["tables"]:
            if entry["name"] not in schema:
                continue
            kept = schema[entry["name"]]
            lines = b"".join(
                json.dumps({k: v for k, v in json.loads(line).items() if k in kept}).encode() + b"\n"
                for line in new.read(entry["file"]).splitlines()
            )
            old.writestr(entry["file"], lines)
            columns = [column for column in entry["columns"] if column["name"] in kept]
            tables.append({**entry, "columns": columns, "sha256": hashlib.sha256(lines).hexdigest()})
        for name in new.namelist():
            if not name.startswith("tables/") and name != "manifest.json":
                old.writestr(name, new.read(name))
        old.writestr("manifest.json", json.dumps({**manifest, "schema_revision": revision, "tables": tables}))
    return target


@pytest.mark.parametrize("target_backend", ["sqlite-file", "postgres-s3"])
def test_a_backup_from_an_older_schema_is_restored_then_upgraded(
    app, runner, filled, make_instance, target_backend, tmp_path
):
    backup = tmp_path / "carnet-backup.zip"
    assert runner.invoke(args=["backup", "-o", str(backup)]).exit_code == 0
    schema = _columns_at(OLDER, make_instance("sqlite-file"))
    assert "browser_sessions" not in schema  # the table the next migration adds
    older = _as_older_backup(backup, tmp_path / "older.zip", OLDER, schema)
    # What the older revision held comes back whole; what later revisions added (tables
    # and columns) starts empty or at its migration's default, so it is not compared.
    expected = {
        name: (rows if name in schema else [])
        for name, rows in all_rows(app.config["CARNET_DATABASE_URL"], schema).items()
    }

    target = make_instance(target_backend)
    with target.app_context():
        result = target.test_cli_runner().invoke(args=["restore", str(older)])
        assert result.exit_code == 0, result.output
        assert all_rows(target.config["CARNET_DATABASE_URL"], schema) == expected
        check = target.test_cli_runner().invoke(args=["check"])
        assert check.exit_code == 0, check.output
