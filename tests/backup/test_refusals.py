"""A restore that cannot be done says why, exits 1 and leaves the target as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from logbook.storage import get_storage
from tests.backup.conftest import all_rows
from tests.exports.conftest import rewrite_zip

pytestmark = pytest.mark.parametrize("backend", ["sqlite-file"])


@pytest.fixture
def backup(runner, filled, tmp_path) -> Path:
    path = tmp_path / "carnet-backup.zip"
    result = runner.invoke(args=["backup", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(params=["sqlite-file", "postgres-s3"])
def target(request, make_instance):
    return make_instance(request.param)


def _fails(instance, source, *, says: str) -> str:
    """Restore ``source`` into ``instance``: exit 1, the message, and nothing left behind."""
    from logbook.db import db
    from logbook.services.backup import instance_contents

    with instance.app_context():
        result = instance.test_cli_runner().invoke(args=["restore", str(source)])
        assert result.exit_code == 1, result.output
        assert says in result.output, result.output
        assert instance_contents(db.engine) == {}
        assert list(get_storage().list("")) == []
    return result.output


def _edit_member(backup: Path, tmp_path: Path, name: str, change) -> Path:
    return rewrite_zip(
        backup,
        tmp_path / "edited.zip",
        lambda member, data: (member, change(data) if member == name else data),
    )


def _flip(data: bytes, at: int = 100) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_a_flipped_byte_in_an_object_fails_clearly_and_leaves_the_target_empty(backup, target, tmp_path):
    original = next(n for n in zipfile.ZipFile(backup).namelist() if n.startswith("objects/originals/"))
    damaged = _edit_member(backup, tmp_path, original, _flip)
    output = _fails(target, damaged, says="does not match its SHA-256")
    assert original.removeprefix("objects/") in output


def test_a_flipped_byte_in_the_zip_itself_is_caught(backup, target, tmp_path):
    data = bytearray(backup.read_bytes())
    start = data.index(b"objects/originals/")  # a stored member: its bytes follow the name
    data[start + 200] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    _fails(target, damaged, says="is damaged")


def test_a_truncated_backup_fails_clearly_and_leaves_the_target_empty(backup, target, tmp_path):
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    _fails(target, truncated, says="not a Carnet backup, or it is truncated")


def test_a_damaged_table_rolls_back_every_row_already_loaded(backup, target, tmp_path):
    damaged = _edit_member(
        backup, tmp_path, "tables/entries.jsonl", lambda data: data.replace(b"cantine", b"cantina")
    )
    _fails(target, damaged, says="table entries does not match its SHA-256")


def test_a_backup_from_a_newer_carnet_is_refused(backup, target, tmp_path):
    def newer(key: str, value):
        return lambda data: json.dumps({**json.loads(data), key: value}).encode()

    newer_format = _edit_member(backup, tmp_path, "manifest.json", newer("carnet_backup", 99))
    _fails(target, newer_format, says="made by a newer Carnet")
    newer_schema = _edit_member(backup, tmp_path, "manifest.json", newer("schema_revision", "0099_future"))
    _fails(target, newer_schema, says="newer than this Carnet's")


def test_something_that_is_not_a_backup_is_refused(runner, filled, target, tmp_path):
    archive = tmp_path / "atelier.zip"
    assert (
        runner.invoke(
            args=["export", "--logbook", "atelier", "--format", "archive", "-o", str(archive)]
        ).exit_code
        == 0
    )
    _fails(target, archive, says="the archive of one logbook, not a backup of an instance")
    text = tmp_path / "notes.txt"
    text.write_text("bonjour\n")
    _fails(target, text, says="not a Carnet backup")
    _fails(target, tmp_path / "nowhere.zip", says="no such file")


def test_restore_into_a_non_empty_instance_is_refused(backup, target):
    from logbook.db import db
    from logbook.services.users import create_user

    with target.app_context():
        create_user(email="someone@example.org", password="correct horse battery", display_name="Someone")
        db.session.commit()
        before = all_rows(target.config["CARNET_DATABASE_URL"])
        result = target.test_cli_runner().invoke(args=["restore", str(backup)])
        assert result.exit_code == 1
        assert "not empty (users: 1)" in result.output and "never merged" in result.output
        assert all_rows(target.config["CARNET_DATABASE_URL"]) == before
        assert list(get_storage().list("")) == []


def test_a_damaged_object_in_a_backup_directory_is_caught(runner, filled, target, tmp_path):
    folder = tmp_path / "backups"
    result = runner.invoke(args=["backup", "--to", str(folder)])
    assert result.exit_code == 0, result.output
    original = next((folder / "objects" / "originals").iterdir())
    original.write_bytes(_flip(original.read_bytes()))
    _fails(target, folder, says="does not match its SHA-256")
