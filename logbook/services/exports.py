"""Exports as jobs: request one, make it in the worker, offer it for download.

A request is checked and recorded (``queued``); the ``run_export`` task renders
it to a temporary file, reporting progress, then stores it at
``exports/<id>/<filename>`` and marks it ``ready`` (or ``failed`` with a
reason people can read). Who may ask for what:

- any member who may read the logbook (``Action.EXPORT``) asks for a story;
- an archive holds originals and every entry, so only editors and owners;
- a story with entries waiting for approval, likewise (``Action.MODERATE``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import select, update

from logbook.db import db, utcnow
from logbook.errors import CarnetError, Conflict, Forbidden, NotFound, QueueUnavailable, ValidationFailed
from logbook.export.formats import FORMATS, download_name, export_format
from logbook.jobs import get_queue
from logbook.models import Export, ExportState, Logbook
from logbook.services.access import Action, acts_read_only, can, require
from logbook.services.archive import write_archive
from logbook.services.story import build_story, media_in_progress
from logbook.services.story_scope import Scope
from logbook.storage import Storage, get_storage

log = logging.getLogger("carnet.exports")

ARCHIVE = "archive"
#: Every name a request may use; ``md`` and ``zip`` are what people also call them.
ALIASES = {"md": "markdown", "zip": ARCHIVE}
FORMAT_NAMES = (*FORMATS, ARCHIVE)
ARCHIVE_MIME = "application/zip"
STALE_QUEUED = timedelta(minutes=10)
STALE_RUNNING = timedelta(hours=2)
#: An export waiting for media looks again this often…
WAIT_STEP_SECONDS = 20
#: …for at most this long, whatever CARNET_EXPORT_WAIT_SECONDS says: the sweep would queue
#: an export still queued after STALE_QUEUED a second time.
WAIT_LIMIT = STALE_QUEUED - timedelta(minutes=1)


@dataclass(frozen=True)
class Operator:
    """Whoever runs a command on the server: acts as a site administrator."""

    id: None = None
    display_name: str = "console"
    email: str = ""
    is_admin: bool = True
    is_authenticated: bool = True


def canonical_format(name: str) -> str:
    """The format's name, aliases resolved. Raises ValidationFailed naming the known ones."""
    name = ALIASES.get((name or "").strip().lower(), (name or "").strip().lower())
    if name not in FORMAT_NAMES:
        raise ValidationFailed(
            f"Unknown export format {name!r}.",
            code="unknown_format",
            fields={"format": [f"One of: {', '.join(FORMAT_NAMES)}."]},
        )
    return name


def check_request(user: Any, logbook: Logbook, fmt: str, scope: Scope) -> None:
    """Raise Forbidden/NotFound/Unauthorized unless ``user`` may have this export."""
    require(user, logbook, Action.EXPORT)
    if fmt == ARCHIVE and not can(user, logbook, Action.MODERATE):
        raise Forbidden("Only editors and owners may export the full archive: it holds every original.")
    if scope.include_pending and not can(user, logbook, Action.MODERATE):
        raise Forbidden("Only editors and owners may export entries waiting for approval.")


def request_export(
    logbook: Logbook,
    user: Any,
    fmt: str,
    scope: Scope | dict[str, Any] | None = None,
    *,
    base_url: str = "",
    queue: Any = None,
) -> Export:
    """Record an export and queue it. Raises ValidationFailed (format, scope), Forbidden."""
    fmt = canonical_format(fmt)
    scope = scope if isinstance(scope, Scope) else Scope.from_dict(scope)
    check_request(user, logbook, fmt, scope)
    if scope.stage_ids:
        # Refused now rather than failing in the worker.
        from logbook.models import Stage

        known = set(db.session.scalars(select(Stage.id).where(Stage.logbook_id == logbook.id)))
        stray = [stage_id for stage_id in scope.stage_ids if stage_id not in known]
        if stray:
            raise ValidationFailed(
                "Some stages are not in this logbook.",
                code="invalid_scope",
                fields={"stage_ids": [f"No stage {stage_id} in '{logbook.slug}'." for stage_id in stray]},
            )
    export = Export(
        logbook_id=logbook.id,
        requested_by_id=getattr(user, "id", None),
        format=fmt,
        scope={} if fmt == ARCHIVE else scope.to_dict(),
        base_url=base_url[:500],
        state=ExportState.QUEUED.value,
        mime=ARCHIVE_MIME if fmt == ARCHIVE else export_format(fmt).mime,
    )
    db.session.add(export)
    db.session.commit()
    if queue is not None:
        try:
            queue.enqueue("run_export", export.id)
        except QueueUnavailable:
            # Left queued: the export sweep queues it again once the queue answers.
            log.warning("the queue is unavailable; export %s waits for the sweep", export.id)
        except Exception:
            log.exception("could not queue export %s", export.id)
            _finish(export.id, state=ExportState.FAILED, error="The export could not be queued; try again.")
    db.session.refresh(export)
    return export


def run_queued_export(export_id: int) -> str:
    """The ``run_export`` task: wait for the logbook's media still being processed (queued
    again in a moment, see ``should_wait``), then ``run_export``. Returns the state."""
    if _waits_for_media(export_id):
        return ExportState.QUEUED.value
    return run_export(export_id)


def run_export(export_id: int) -> str:
    """Render, store, mark ready, now (the ``run_export`` task waits for media first, see
    ``run_queued_export``). Returns the final state.

    Failures are recorded on the export (``failed`` with a reason), not raised:
    the same input would fail again.
    """
    # Claimed in one statement: a task queued twice (by the sweep) runs once.
    claimed = db.session.execute(
        update(Export)
        .where(Export.id == export_id, Export.state == ExportState.QUEUED.value)
        .values(state=ExportState.RUNNING.value, started_at=utcnow(), progress=0.0, error=None)
    )
    db.session.commit()
    export = db.session.get(Export, export_id)
    if export is None:
        return "gone"
    if claimed.rowcount != 1:
        return export.state
    storage = get_storage()
    workdir = os.path.join(current_app.instance_path, "work")
    os.makedirs(workdir, exist_ok=True)
    fd, path = tempfile.mkstemp(prefix=f"export-{export_id}-", dir=workdir)
    try:
        with os.fdopen(fd, "wb") as out:
            filename = render_export(export, out, storage=storage, progress=_progress_writer(export_id))
        key = f"exports/{export.id}/{filename}"
        size = storage.put_file(key, path, content_type=export.mime)
        _finish(export_id, state=ExportState.READY, key=key, filename=filename, size=size)
    except CarnetError as exc:
        db.session.rollback()
        _finish(export_id, state=ExportState.FAILED, error=exc.message)
    except Exception as exc:
        db.session.rollback()
        log.exception("export %s failed", export_id)
        _finish(
            export_id, state=ExportState.FAILED, error=f"The export failed: {exc.__class__.__name__}: {exc}"
        )
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)
    return db.session.get(Export, export_id).state


def should_wait(export: Export, in_progress: int, now: datetime | None = None) -> bool:
    """Whether a queued export should wait for ``in_progress`` media still being processed:
    for at most CARNET_EXPORT_WAIT_SECONDS (bounded by ``WAIT_LIMIT``) after it was asked
    for. Past that it is made without them, and says which are missing."""
    if not in_progress or export.state != ExportState.QUEUED.value:
        return False
    wait = min(timedelta(seconds=current_app.config["CARNET_EXPORT_WAIT_SECONDS"]), WAIT_LIMIT)
    created = export.created_at
    now = now or utcnow()
    if created.tzinfo is None:  # SQLite gives naive UTC
        now = now.replace(tzinfo=None)
    return now < created + wait


def _waits_for_media(export_id: int) -> bool:
    """Queue the export again in a moment when it should wait for media (True), rather than
    hold a worker that the media's own processing needs."""
    export = db.session.get(Export, export_id)
    if export is None or export.format == ARCHIVE:
        return False
    queue = get_queue()
    if queue.mode == "immediate":  # jobs already ran: nothing is coming
        return False
    if not should_wait(export, media_in_progress(export.logbook)):
        return False
    try:
        queue.enqueue_in(WAIT_STEP_SECONDS, "run_export", export_id)
    except QueueUnavailable:
        return False
    log.info("export %s waits for media still being processed", export_id)
    return True


def export_address(asked_from: str = "") -> tuple[str, bool]:
    """The address exports link entries to, and whether it is the instance's public one:
    ``CARNET_PUBLIC_URL`` when set, else ``asked_from`` (the address of the request that
    asked for the export), which may be an internal one."""
    public = current_app.config.get("CARNET_PUBLIC_URL", "")
    return (public, True) if public else (asked_from, False)


def render_export(
    export: Export, out, *, storage: Storage, progress: Callable[[float], None] | None = None
) -> str:
    """Write the export's file to ``out``; returns the name to download it as."""
    logbook = export.logbook
    if export.format == ARCHIVE:
        write_archive(logbook, out, storage, progress)
        return f"{logbook.slug}-archive-{utcnow():%Y-%m-%d}.zip"
    # Rights are those of the requester now (a role may have been lost since the request);
    # an export whose requester's account is gone was checked when it was asked for.
    viewer = export.requested_by or Operator()
    base_url, public = export_address(export.base_url)
    story = build_story(
        logbook,
        Scope.from_dict(export.scope),
        viewer=viewer,
        storage=storage,
        base_url=base_url,
        base_url_public=public,
    )
    fmt = export_format(export.format)
    fmt.render(story, out, progress)
    return download_name(story, fmt)


def list_exports(logbook: Logbook, user: Any) -> list[Export]:
    """The logbook's exports the caller may download, newest first."""
    require(user, logbook, Action.EXPORT)
    rows = db.session.scalars(
        select(Export)
        .where(Export.logbook_id == logbook.id)
        .order_by(Export.created_at.desc(), Export.id.desc())
    )
    return [export for export in rows if may_see(user, export)]


def get_export(export_id: int, user: Any) -> Export:
    """One export, if the caller may see it (NotFound otherwise, as for a missing one)."""
    export = db.session.get(Export, export_id)
    if export is None:
        raise NotFound(f"No export {export_id}.")
    require(user, export.logbook, Action.EXPORT)
    if not may_see(user, export):
        raise NotFound(f"No export {export_id}.")
    return export


def may_see(user: Any, export: Export) -> bool:
    """Stories for every reader of the logbook; archives and stories with pending entries
    for editors and owners only (whoever requested them may have lost that role since)."""
    logbook = export.logbook
    if not can(user, logbook, Action.EXPORT):
        return False
    if export.format == ARCHIVE or (export.scope or {}).get("include_pending"):
        return can(user, logbook, Action.MODERATE)
    return True


def ready_file(export: Export) -> str:
    """The storage key of a ready export. Raises Conflict (``export_not_ready``) otherwise."""
    if export.state != ExportState.READY.value or not export.key:
        raise Conflict(
            f"Export {export.id} is {export.state}, not ready to download.", code="export_not_ready"
        )
    return export.key


def check_delete(export: Export, user: Any) -> None:
    """Whoever asked for the export, or an editor, may delete it. Raises Forbidden."""
    if acts_read_only(user):
        raise Forbidden("This API token is read-only.", code="read_only_token")
    mine = export.requested_by_id is not None and export.requested_by_id == getattr(user, "id", None)
    if not mine and not can(user, export.logbook, Action.MODERATE):
        raise Forbidden("Only whoever asked for this export, or an editor, may delete it.")


def delete_export(export: Export, storage: Storage) -> None:
    key = export.key
    db.session.delete(export)
    db.session.commit()
    if key:
        storage.delete(key)


def operator_for(email: str | None) -> Any:
    """The user named by ``email`` for console commands, or the operator. Raises NotFound."""
    if not email:
        return Operator()
    from logbook.services.users import find_user

    user = find_user(email)
    if user is None:
        raise NotFound(f"No account with the email {email}.")
    return user


def _finish(export_id: int, *, state: ExportState, error: str | None = None, **values: Any) -> None:
    db.session.execute(
        update(Export)
        .where(Export.id == export_id)
        .values(
            state=state.value,
            error=error,
            finished_at=utcnow(),
            progress=1.0 if state is ExportState.READY else Export.progress,
            **values,
        )
    )
    db.session.commit()


def _progress_writer(export_id: int) -> Callable[[float], None]:
    last = {"value": 0.0, "at": 0.0}

    def write(fraction: float) -> None:
        now = time.monotonic()
        if fraction - last["value"] < 0.02 and now - last["at"] < 2:
            return
        last.update(value=fraction, at=now)
        # On a connection of its own: a commit on the session would expire the rows
        # the renderer is walking through.
        with db.engine.begin() as connection:
            connection.execute(
                update(Export).where(Export.id == export_id).values(progress=min(max(fraction, 0.0), 0.99))
            )

    return write
