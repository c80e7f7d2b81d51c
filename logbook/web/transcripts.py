"""Machine transcripts on the pages: timed sentences to tap, the "automatique" mark, and
the button that keeps the machine's text as it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import abort, flash, redirect, url_for
from flask_babel import gettext as _

from logbook.models import Media, TranscriptState
from logbook.services import entries as entry_service
from logbook.services import transcripts
from logbook.services.access import Action, can
from logbook.web.blueprint import bp, logbook_for, user


@dataclass(frozen=True)
class TranscriptView:
    state: str
    progress: float
    error: str | None
    segments: list[dict[str, Any]]
    automatic: bool
    captions_url: str | None
    language: str


@bp.app_template_global("transcript_view")
def transcript_view(media: Media) -> TranscriptView | None:
    """What this viewer is shown of a media's machine transcript; None when nothing (no
    model, no row yet, or a testimony without consent seen by a non-moderator)."""
    row = media.machine_transcript
    if row is None or not transcripts.may_read_machine_text(user(), media.entry):
        return None
    matching = transcripts.captions_match_text(media)
    done = row.state == TranscriptState.DONE.value
    return TranscriptView(
        state=row.state,
        progress=row.progress,
        error=row.error,
        segments=list(row.segments or []) if done and matching else [],
        automatic=transcripts.is_automatic(media),
        captions_url=(
            url_for("delivery.media_captions", media_id=media.id)
            if done and matching and row.segments
            else None
        ),
        language=row.language,
    )


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/medias/<int:media_id>/transcription/garder")
def transcript_confirm(slug: str, entry_id: int, media_id: int):
    """A person read the automatic transcript and keeps it as it is."""
    logbook = logbook_for(slug)
    entry = entry_service.get_entry(logbook, entry_id)
    if not can(user(), logbook, Action.EDIT_ENTRY, entry=entry):
        abort(403)
    media = next((m for m in entry.media if m.id == media_id), None)
    if media is None or not transcripts.is_automatic(media):
        abort(404)
    transcripts.confirm(media)
    flash(_("Transcription relue et gardée."), "success")
    return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id))
