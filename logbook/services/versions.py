"""Earlier versions of expected effects and stage reviews: every edit keeps the version it
replaces (as ``services.revisions`` does for entries), and any version can come back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.errors import NotFound
from logbook.models import EffectRevision, ExpectedEffect, StageReview, StageReviewRevision

# Each versioned concept: its revision model, the column naming its row, the fields kept.
_KINDS: dict[type, tuple[type, str]] = {
    ExpectedEffect: (EffectRevision, "effect_id"),
    StageReview: (StageReviewRevision, "review_id"),
}


def snapshot(row, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in fields}


def apply_with_version(row, fields: tuple[str, ...], changes: dict[str, Any], editor) -> bool:
    """Apply ``changes`` to ``row``, keeping its current version first when anything differs.

    No commit: the caller commits the edit and its kept version together. Returns whether
    anything changed (an edit that changes nothing makes no version)."""
    before = snapshot(row, fields)
    changed = sorted(name for name, value in changes.items() if name in fields and before[name] != value)
    if not changed:
        return False
    model, column = _KINDS[type(row)]
    db.session.add(
        model(
            **{column: row.id},
            version=row.version,
            snapshot=before,
            changed=changed,
            edited_by_id=getattr(editor, "id", None),
            edited_by_name=getattr(editor, "display_name", "") or "",
            edited_at=utcnow(),
        )
    )
    for name in changed:
        setattr(row, name, changes[name])
    row.version = (row.version or 1) + 1
    return True


def list_versions(row) -> list:
    """Earlier versions, newest first."""
    model, column = _KINDS[type(row)]
    return list(
        db.session.scalars(
            select(model).where(getattr(model, column) == row.id).order_by(model.version.desc())
        )
    )


def version_fields(row, version: int, fields: tuple[str, ...]) -> dict[str, Any]:
    """The fields of an earlier version. Raises NotFound."""
    model, column = _KINDS[type(row)]
    revision = db.session.scalar(
        select(model).where(getattr(model, column) == row.id, model.version == version)
    )
    if revision is None:
        raise NotFound(f"No earlier version {version}.")
    return {name: revision.snapshot.get(name, "") for name in fields}
