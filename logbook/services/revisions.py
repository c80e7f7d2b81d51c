"""Entry history: every edit keeps the version it replaces, and any version can come back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.errors import NotFound
from logbook.models import ENTRY_FIELDS, Entry, EntryRevision, Stage

# The fields a revision keeps: what services.entries.update_entry may change.
TRACKED = ENTRY_FIELDS


def snapshot(entry: Entry) -> dict[str, Any]:
    """The tracked fields as JSON-ready values."""
    values: dict[str, Any] = {name: getattr(entry, name) for name in TRACKED}
    values["occurred_at"] = entry.occurred_at.isoformat() if entry.occurred_at else None
    values["tags"] = list(entry.tags)
    values["media_texts"] = {
        str(media.id): {"caption": media.caption, "alt_text": media.alt_text, "transcript": media.transcript}
        for media in entry.media
    }
    return values


def record_revision(entry: Entry, editor, changes: dict[str, Any] | None = None) -> EntryRevision:
    """Keep the entry's current version before ``changes`` are applied to it.

    Called by ``update_entry`` inside its transaction (no commit here), so the
    revision and the edit are saved together or not at all.
    """
    before = snapshot(entry)
    changed = sorted(name for name, value in (changes or {}).items() if _differs(before.get(name), value))
    if "media_texts" in changed:
        # Name what changed as people see it: a caption, an alt text, a transcript.
        changed.remove("media_texts")
        for media_id, texts in changes["media_texts"].items():
            old = before["media_texts"].get(media_id, {})
            changed.extend(sorted({name for name, value in texts.items() if old.get(name) != value}))
        changed = sorted(set(changed))
    revision = EntryRevision(
        entry_id=entry.id,
        version=entry.version,
        snapshot=before,
        changed=changed,
        edited_by_id=getattr(editor, "id", None),
        edited_by_name=getattr(editor, "display_name", "") or "",
        edited_at=utcnow(),
    )
    db.session.add(revision)
    return revision


def list_revisions(entry: Entry) -> list[EntryRevision]:
    """Earlier versions, newest first."""
    return list(
        db.session.scalars(
            select(EntryRevision)
            .where(EntryRevision.entry_id == entry.id)
            .order_by(EntryRevision.version.desc())
        )
    )


def get_revision(entry: Entry, version: int) -> EntryRevision:
    revision = db.session.scalar(
        select(EntryRevision).where(EntryRevision.entry_id == entry.id, EntryRevision.version == version)
    )
    if revision is None:
        raise NotFound(f"Entry {entry.id} has no earlier version {version}.")
    return revision


def restorable_fields(entry: Entry, version: int) -> dict[str, Any]:
    """The fields of an earlier version, ready for ``update_entry`` (which keeps the version
    being replaced, so restoring loses nothing). A stage deleted since is left empty.
    Raises NotFound."""
    values = dict(get_revision(entry, version).snapshot)
    occurred_at = values.get("occurred_at")
    values["occurred_at"] = datetime.fromisoformat(occurred_at) if occurred_at else entry.occurred_at
    stage_id = values.get("stage_id")
    if stage_id is not None:
        stage = db.session.get(Stage, stage_id)
        if stage is None or stage.logbook_id != entry.logbook_id:
            values["stage_id"] = None
    return {name: value for name, value in values.items() if name in TRACKED or name == "media_texts"}


def _differs(before: Any, after: Any) -> bool:
    if isinstance(after, datetime):
        after = after.isoformat()
        if isinstance(before, str):
            return datetime.fromisoformat(before) != datetime.fromisoformat(after)
    return before != after
