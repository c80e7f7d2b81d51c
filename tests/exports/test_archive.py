"""The archive: a complete copy that another Carnet restores identically, and that no
damaged, foreign or hostile ZIP gets past."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zipfile
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select

from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.export.archive import archive_schema
from logbook.models import Derivative, Entry, EntryRevision, Logbook, Media, Membership, Stage, User
from logbook.services.archive import import_archive, write_archive
from logbook.services.users import create_user, find_user
from logbook.storage import get_storage
from tests.exports.conftest import SLUG, object_listing, rewrite_zip

PEOPLE = ("owner", "editor", "contributor", "reader")
# A worker's bookkeeping, not content.
OPERATIONAL = {"attempts", "lease_until", "progress", "queued_at"}
ENTRY_OPERATIONAL = {"indexed_at"}  # when this instance's search index last took the entry


@pytest.fixture
def archive(app, journal, tmp_path) -> Path:
    path = tmp_path / "atelier.zip"
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == SLUG))
    with open(path, "wb") as out:
        write_archive(logbook, out, get_storage())
    return path


def _columns(row, skip=()) -> dict:
    return {
        column.key: getattr(row, column.key)
        for column in row.__table__.columns
        if column.key != "id" and not column.key.endswith("_id") and column.key not in skip
    }


def _sha256(storage, key: str) -> str:
    digest = hashlib.sha256()
    with storage.open(key) as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def describe(slug: str) -> dict:
    """Everything about a logbook that an archive must carry, without database ids:
    stages by position, people by email, objects by the SHA-256 of their stored bytes."""
    db.session.expire_all()
    storage = get_storage()
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == slug))
    emails = dict(db.session.execute(select(User.id, User.email)).all())
    stages = list(
        db.session.scalars(select(Stage).where(Stage.logbook_id == logbook.id).order_by(Stage.position))
    )
    position = {stage.id: stage.position for stage in stages}
    entries = []
    for entry in db.session.scalars(
        select(Entry).where(Entry.logbook_id == logbook.id).order_by(Entry.created_at, Entry.title)
    ):
        revisions = []
        for revision in db.session.scalars(
            select(EntryRevision).where(EntryRevision.entry_id == entry.id).order_by(EntryRevision.version)
        ):
            snapshot = dict(revision.snapshot)
            snapshot["stage_id"] = position.get(snapshot.get("stage_id"))
            revisions.append(
                _columns(revision, {"snapshot"})
                | {"snapshot": snapshot, "edited_by": emails.get(revision.edited_by_id)}
            )
        media = []
        for item in entry.media:
            derivatives = [
                _columns(d, {"key"})
                | {"file": os.path.basename(d.key), "stored_sha256": _sha256(storage, d.key)}
                for d in sorted(item.derivatives, key=lambda d: d.spec)
            ]
            media.append(
                _columns(item, OPERATIONAL)
                | {"stored_sha256": _sha256(storage, item.original_key), "derivatives": derivatives}
            )
        entries.append(
            _columns(entry, ENTRY_OPERATIONAL)
            | {
                "stage": position.get(entry.stage_id),
                "author": emails.get(entry.author_id),
                "tags": entry.tags,
                "revisions": revisions,
                "media": media,
            }
        )
    members = sorted(
        (emails[m.user_id], m.role)
        for m in db.session.scalars(select(Membership).where(Membership.logbook_id == logbook.id))
    )
    return {
        "logbook": _columns(logbook, {"slug"}),
        "stages": [_columns(stage) for stage in stages],
        "entries": entries,
        "members": members,
    }


def _people_on(app) -> User:
    """The same people, by email, on the other Carnet; returns the owner."""
    for name in PEOPLE:
        create_user(email=f"{name}@example.org", password=None, display_name=name.title())
    return find_user("owner@example.org")


def test_manifest_follows_the_schema_and_lists_every_checksum(app, archive):
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        jsonschema.Draft202012Validator(archive_schema()).validate(manifest)
        assert manifest["format"] == "carnet-archive" and manifest["version"] == 1
        for item in manifest["objects"]:
            assert hashlib.sha256(zf.read(item["path"])).hexdigest() == item["sha256"]
        assert sorted(zf.namelist()) == sorted(["manifest.json", *(o["path"] for o in manifest["objects"])])
    kinds = {entry["kind"] for entry in manifest["entries"]}
    assert kinds == {"note", "photo", "drawing", "audio", "video", "testimony", "link"}
    statuses = {
        (entry["title"], entry["status"], entry["deleted_at"] is not None) for entry in manifest["entries"]
    }
    assert ("Brouillon à jeter", "published", True) in statuses  # trashed entries are kept
    assert ("Vu du quartier", "pending", False) in statuses
    note = next(entry for entry in manifest["entries"] if entry["kind"] == "note" and entry["revisions"])
    assert note["revisions"][0]["snapshot"]["title"] == "Première visite"
    assert {m["email"]: m["role"] for m in manifest["members"]}["editor@example.org"] == "editor"
    text = json.dumps(manifest)
    assert "argon2" not in text and "password" not in text and "token" not in text


def test_round_trip_to_the_other_database_and_storage(app, archive, other_app):
    before = describe(SLUG)
    with other_app.app_context():
        owner = _people_on(other_app)
        imported = import_archive(str(archive), get_storage(), owner=owner)
        assert imported.logbook.slug == SLUG
        after = describe(SLUG)
        # Entries with stages, media and derivatives came through whole: readable again.
        assert db.session.scalar(select(func.count(Derivative.id))) > 0
    assert after == before


def test_import_under_another_slug_next_to_the_original(app, archive, runner):
    before = describe(SLUG)
    result = runner.invoke(args=["import", str(archive), "--slug", "copie", "--owner", "owner@example.org"])
    assert result.exit_code == 0, result.output
    assert describe("copie") == before


def test_import_refuses_a_slug_in_use(app, archive):
    from logbook.errors import Conflict

    with pytest.raises(Conflict):
        import_archive(str(archive), get_storage(), owner=None)


# --- damaged, foreign and hostile archives ----------------------------------------------------


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def _last_derivative(path: Path) -> str:
    manifest = _manifest(path)
    return [item["path"] for item in manifest["objects"] if item["path"].startswith("derived/")][-1]


def _flip_last_derivative(source: Path, target: Path) -> Path:
    victim = _last_derivative(source)

    def change(name, data):
        return (name, data[:-1] + bytes([data[-1] ^ 0xFF])) if name == victim else (name, data)

    return rewrite_zip(source, target, change)


def _wrong_checksum_in_manifest(source: Path, target: Path) -> Path:
    manifest = _manifest(source)
    victim = _last_derivative(source)
    wrong = "0" * 64
    for item in manifest["objects"]:
        if item["path"] == victim:
            item["sha256"] = wrong
    for entry in manifest["entries"]:
        for media in entry["media"]:
            for derivative in media["derivatives"]:
                if derivative["path"] == victim:
                    derivative["sha256"] = wrong

    def change(name, data):
        return (name, json.dumps(manifest).encode()) if name == "manifest.json" else (name, data)

    return rewrite_zip(source, target, change)


def _with_member(name: str):
    def damage(source: Path, target: Path) -> Path:
        return rewrite_zip(source, target, extra=((name, b"#!/bin/sh\necho owned\n"),))

    return damage


def _declares_small_expands_huge(source: Path, target: Path) -> Path:
    """A member whose headers declare the real derivative's size while its deflated data
    expands to 64 MiB of zeros."""
    victim = _last_derivative(source)
    declared = next(item["size"] for item in _manifest(source)["objects"] if item["path"] == victim)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = bytes(64 * 1024 * 1024) if info.filename == victim else old.read(info)
            new.writestr(info.filename, data)
    raw = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as zf:
        info = zf.getinfo(victim)
        start_dir = zf.start_dir
    struct.pack_into("<I", raw, info.header_offset + 22, declared)  # local header: uncompressed size
    offset = start_dir
    while raw[offset : offset + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", raw, offset + 28)
        if raw[offset + 46 : offset + 46 + name_len].decode() == victim:
            struct.pack_into("<I", raw, offset + 24, declared)  # central directory: uncompressed size
        offset += 46 + name_len + extra_len + comment_len
    target.write_bytes(bytes(raw))
    return target


def _huge_ratio(source: Path, target: Path) -> Path:
    """An honest member (manifest size and checksum right) that expands 1000 times."""
    victim = _last_derivative(source)
    bomb = bytes(32 * 1024 * 1024)
    manifest = _manifest(source)
    digest = hashlib.sha256(bomb).hexdigest()
    for item in manifest["objects"]:
        if item["path"] == victim:
            item.update(size=len(bomb), sha256=digest)
    for entry in manifest["entries"]:
        for media in entry["media"]:
            for derivative in media["derivatives"]:
                if derivative["path"] == victim:
                    derivative.update(size=len(bomb), sha256=digest)

    def change(name, data):
        if name == "manifest.json":
            return name, json.dumps(manifest).encode()
        return (name, bomb) if name == victim else (name, data)

    return rewrite_zip(source, target, change)


def _foreign(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("photos/vacances.jpg", b"\xff\xd8\xff not really")
        zf.writestr("readme.txt", "Un autre zip.")
    return target


def _not_a_zip(source: Path, target: Path) -> Path:
    target.write_bytes(b"%PDF-1.7 this is not a zip at all")
    return target


def _edit_manifest(edit):
    def damage(source: Path, target: Path) -> Path:
        manifest = _manifest(source)
        edit(manifest)

        def change(name, data):
            return (name, json.dumps(manifest).encode()) if name == "manifest.json" else (name, data)

        return rewrite_zip(source, target, change)

    return damage


def _missing_original(source: Path, target: Path) -> Path:
    victim = next(
        item["path"] for item in _manifest(source)["objects"] if item["path"].startswith("originals/")
    )
    return rewrite_zip(source, target, lambda name, data: None if name == victim else (name, data))


def _bad_json(source: Path, target: Path) -> Path:
    return rewrite_zip(source, target, lambda n, d: (n, b"{not json") if n == "manifest.json" else (n, d))


def _nested_manifest(depth: int):
    """The manifest with a value nested ``depth`` lists deep (written as raw JSON)."""

    def damage(source: Path, target: Path) -> Path:
        manifest = _manifest(source)
        manifest["logbook"]["description"] = "PLACEHOLDER"
        raw = json.dumps(manifest).replace('"PLACEHOLDER"', "[" * depth + "]" * depth)
        return rewrite_zip(source, target, lambda n, d: (n, raw.encode()) if n == "manifest.json" else (n, d))

    return damage


DAMAGES = {
    "manifest nested far deeper than the parser's stack": (_nested_manifest(200_000), "nests deeper"),
    "manifest nested deep enough to exhaust the schema validator": (_nested_manifest(900), "nests deeper"),
    "object does not match its checksum": (_flip_last_derivative, "SHA-256"),
    "manifest with a wrong checksum": (_wrong_checksum_in_manifest, "SHA-256"),
    "path escaping with ../": (_with_member("../../evil.sh"), "unsafe"),
    "path escaping inside a folder": (_with_member("derived/1/../../../evil.sh"), "unsafe"),
    "absolute path": (_with_member("/etc/cron.d/evil"), "unsafe"),
    "member declares a small size but expands huge": (_declares_small_expands_huge, "damaged"),
    "member with a huge compression ratio": (_huge_ratio, "zip bomb"),
    "foreign zip without manifest": (_foreign, "no manifest.json"),
    "not a zip at all": (_not_a_zip, "not a ZIP"),
    "manifest that is not JSON": (_bad_json, "not valid JSON"),
    "manifest of a newer version": (_edit_manifest(lambda m: m.update(version=99)), "version 99"),
    "manifest missing a part of the schema": (_edit_manifest(lambda m: m.pop("entries")), "schema"),
    "manifest of another format": (
        _edit_manifest(lambda m: m.update(format="zotero")),
        "not a Carnet archive",
    ),
    "object missing from the zip": (_missing_original, "lacks"),
}


def _state(app_storage) -> tuple[int, int, dict[str, str]]:
    db.session.expire_all()
    return (
        db.session.scalar(select(func.count(Logbook.id))),
        db.session.scalar(select(func.count(Media.id))),
        object_listing(app_storage),
    )


def test_damaged_foreign_and_hostile_archives_are_refused_and_leave_nothing(
    app, archive, other_app, tmp_path
):
    with other_app.app_context():
        owner = _people_on(other_app)
        storage = get_storage()
        before = _state(storage)
        for number, (case, (damage, says)) in enumerate(DAMAGES.items()):
            bad = damage(archive, tmp_path / f"bad-{number}.zip")
            with pytest.raises(ValidationFailed) as caught:
                import_archive(str(bad), storage, owner=owner)
            assert caught.value.code == "archive_invalid", case
            assert says in caught.value.message, f"{case}: {caught.value.message}"
            assert _state(storage) == before, f"{case} left something behind"


def test_a_refused_import_keeps_objects_that_were_already_there(app, archive, tmp_path):
    storage = get_storage()
    before = _state(storage)
    bad = _flip_last_derivative(archive, tmp_path / "bad.zip")
    with pytest.raises(ValidationFailed) as caught:
        import_archive(str(bad), storage, slug="copie", owner=None)
    assert caught.value.code == "archive_invalid"
    assert _state(storage) == before


def test_the_archive_keeps_a_testimony_without_consent_whole(client, world, journal, tmp_path):
    # The archive is for editors and owners, to move a logbook: it must carry everything.
    from tests.exports.test_story import post_withheld_testimony

    post_withheld_testimony(client, world)
    path = tmp_path / "atelier.zip"
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == SLUG))
    with open(path, "wb") as out:
        write_archive(logbook, out, get_storage())
    with zipfile.ZipFile(path) as archive:
        text = "\n".join(
            archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".json")
        )
    for word in ("Zorglub ne sait rien", "Quokka", "Séraphin Lampion", "assureur", "zorglub"):
        assert word in text or json.dumps(word)[1:-1] in text


# --- what is echoed, who owns the import, members without an account ------------------------


def test_a_huge_refused_value_is_not_echoed_whole(app, archive, other_app, tmp_path):
    noise = base64.b64encode(os.urandom(7_500_000)).decode()  # 10 MB that does not compress
    huge = _edit_manifest(lambda m: m["stages"][0].update(title="\u202e" + noise))(
        archive, tmp_path / "huge.zip"
    )
    with other_app.app_context():
        owner = _people_on(other_app)
        with pytest.raises(ValidationFailed) as caught:
            import_archive(str(huge), get_storage(), owner=owner)
        assert caught.value.code == "archive_invalid"
        assert "stages/0/title" in caught.value.message
        assert len(caught.value.message) < 1000 and "\u202e" not in caught.value.message
        result = other_app.test_cli_runner().invoke(
            args=["import", str(huge), "--owner", "owner@example.org"]
        )
    assert result.exit_code != 0 and "archive_invalid" in result.output
    assert len(result.output) < 2000


def test_without_an_owner_given_the_archive_owners_own_the_import(app, archive, other_app):
    with other_app.app_context():
        _people_on(other_app)
        result = other_app.test_cli_runner().invoke(args=["import", str(archive)])
        assert result.exit_code == 0, result.output
        assert "Owner: owner@example.org." in result.output
        assert describe(SLUG)["members"] == sorted(
            (f"{name}@example.org", name) for name in ("owner", "editor", "contributor", "reader")
        )


def test_without_an_owner_anywhere_the_first_site_admin_owns_the_import_and_is_told(app, archive, other_app):
    with other_app.app_context():
        create_user(email="reader@example.org", password=None)
        create_user(email="admin@example.org", password=None, is_admin=True)
        result = other_app.test_cli_runner().invoke(args=["import", str(archive)])
        assert result.exit_code == 0, result.output
        assert "WARNING" in result.output and "admin@example.org now owns" in result.output
        assert describe(SLUG)["members"] == [("admin@example.org", "owner"), ("reader@example.org", "reader")]


def test_an_import_nobody_here_could_own_is_refused_and_leaves_nothing(app, archive, other_app):
    with other_app.app_context():
        storage = get_storage()
        before = _state(storage)
        with pytest.raises(ValidationFailed) as caught:
            import_archive(str(archive), storage, owner=None)
        assert caught.value.code == "owner_required"
        assert _state(storage) == before
        result = other_app.test_cli_runner().invoke(args=["import", str(archive)])
        assert result.exit_code != 0 and "owner_required" in result.output


def test_members_without_an_account_are_kept_as_single_use_invitations(app, archive, other_app):
    from logbook.models import Invitation
    from logbook.services.invitations import accept_invitation, find_invitation

    with other_app.app_context():
        owner = create_user(email="owner@example.org", password=None)
        imported = import_archive(str(archive), get_storage(), owner=owner)
        pending = {member.email: member for member in imported.pending}
        assert {email: member.role for email, member in pending.items()} == {
            "editor@example.org": "editor",
            "contributor@example.org": "contributor",
            "reader@example.org": "reader",
        }
        invitations = list(db.session.scalars(select(Invitation)))
        assert len(invitations) == 3 and all(i.max_uses == 1 for i in invitations)
        assert any("editor@example.org" in i.note for i in invitations)
        # The editor signs up later and takes their place back through the link.
        editor = create_user(email="editor@example.org", password=None)
        accept_invitation(find_invitation(pending["editor@example.org"].token), editor)
        assert ("editor@example.org", "editor") in describe(SLUG)["members"]

        result = other_app.test_cli_runner().invoke(args=["import", str(archive), "--slug", "copie"])
        assert result.exit_code == 0, result.output
        assert "2 member(s) of the archive have no account here" in result.output
        assert "'contributor@example.org' (contributor)" in result.output and "/invite/" in result.output


def test_media_names_from_an_archive_are_kept_as_safe_display_names(app, archive, other_app, tmp_path):
    def rename(manifest):
        media = next(media for entry in manifest["entries"] for media in entry["media"])
        media["original_name"] = "../../../../tmp/x\u202egpj.sh"

    renamed = _edit_manifest(rename)(archive, tmp_path / "renamed.zip")
    with other_app.app_context():
        owner = _people_on(other_app)
        import_archive(str(renamed), get_storage(), owner=owner)
        names = set(db.session.scalars(select(Media.original_name)))
        assert "xgpj.sh" in names and not any("/" in name or "\u202e" in name for name in names)
