"""Models to the plain dicts the API returns (shapes documented in schemas.py)."""

from __future__ import annotations

from typing import Any

from flask import url_for

from logbook.models import Entry, Logbook, Media, MediaState, Stage
from logbook.services.access import Action, can, role_on, testimony_withheld


def logbook_dict(
    logbook: Logbook, user, *, counts: dict[str, int] | None = None, next_stop: Stage | None = None
) -> dict:
    role = role_on(user, logbook)
    return {
        "id": logbook.id,
        "slug": logbook.slug,
        "name": logbook.name,
        "nickname": logbook.nickname,
        "description": logbook.description,
        "visibility": logbook.visibility,
        "places_enabled": logbook.places_enabled,
        "role": role.value if role else None,
        "counts": counts or {},
        "next_stop": stage_dict(next_stop, next_stop_id=next_stop.id) if next_stop else None,
        "created_at": logbook.created_at,
        "updated_at": logbook.updated_at,
    }


def stage_dict(stage: Stage, *, next_stop_id: int | None = None, entry_count: int = 0) -> dict:
    return {
        "id": stage.id,
        "position": stage.position,
        "title": stage.title,
        "summary": stage.summary,
        "starts_on": stage.starts_on,
        "ends_on": stage.ends_on,
        "reached": stage.reached,
        "is_next_stop": stage.id == next_stop_id,
        "entry_count": entry_count,
    }


def media_dict(media: Media, user, logbook: Logbook) -> dict:
    variants: dict[str, Any] = {}
    if media.state == MediaState.READY.value:
        for derivative in media.derivatives:
            variants[derivative.spec] = {
                "url": url_for("delivery.media_file", media_id=media.id, variant=derivative.spec),
                "mime": derivative.mime,
                "width": derivative.width,
                "height": derivative.height,
                "size": derivative.size,
            }
    original = (
        url_for("delivery.media_file", media_id=media.id, variant="original")
        if can(user, logbook, Action.READ_ORIGINAL)
        else None
    )
    return {
        "id": media.id,
        "entry_id": media.entry_id,
        "kind": media.kind,
        "mime": media.mime,
        "size": media.size,
        "sha256": media.sha256,
        "original_name": media.original_name,
        "state": media.state,
        "progress": round(media.progress or 0.0, 3),
        "error": media.error,
        "width": media.width,
        "height": media.height,
        "duration": media.duration,
        "caption": media.caption,
        "alt_text": media.alt_text,
        "transcript": media.transcript,
        "variants": variants,
        "original_url": original,
    }


def entry_dict(entry: Entry, user) -> dict:
    logbook = entry.logbook
    if testimony_withheld(user, entry):
        # Outside the team, nothing of a testimony without consent but its kind and date.
        return {
            "id": entry.id,
            "logbook": logbook.slug,
            "kind": entry.kind,
            "title": "",
            "body": "",
            "link_url": None,
            "occurred_at": entry.occurred_at,
            "stage": None,
            "author": {"id": None, "name": ""},
            "tags": [],
            "speaker_name": None,
            "speaker_role": None,
            "consent": False,
            "pinned": False,
            "status": entry.status,
            "version": entry.version,
            "media": [],
            "created_at": entry.created_at,
            "updated_at": entry.updated_at,
        }
    return {
        "id": entry.id,
        "logbook": logbook.slug,
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "link_url": entry.link_url,
        "occurred_at": entry.occurred_at,
        "stage": (
            {"id": entry.stage.id, "title": entry.stage.title, "position": entry.stage.position}
            if entry.stage
            else None
        ),
        "author": {"id": entry.author_id, "name": entry.author_name},
        "tags": entry.tags,
        "speaker_name": entry.speaker_name,
        "speaker_role": entry.speaker_role,
        "consent": entry.consent,
        "pinned": entry.pinned,
        "status": entry.status,
        "version": entry.version,
        "media": [media_dict(media, user, logbook) for media in entry.media],
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }
