"""Models to the plain dicts the API returns (shapes documented in schemas.py)."""

from __future__ import annotations

from typing import Any

from flask import url_for

from logbook.models import (
    Entry,
    Evidence,
    ExpectedEffect,
    Logbook,
    Media,
    MediaState,
    Stage,
    StageReview,
    Stakeholder,
    Stance,
)
from logbook.services import stakeholders
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


def effect_dict(effect: ExpectedEffect, counts: dict[str, int] | None = None) -> dict:
    counts = counts or {}
    return {
        "id": effect.id,
        "position": effect.position,
        "title": effect.title,
        "question": effect.question,
        "indicator": effect.indicator,
        "target": effect.target,
        "version": effect.version,
        "evidence_counts": {stance.value: counts.get(stance, 0) for stance in Stance},
        "created_at": effect.created_at,
        "updated_at": effect.updated_at,
    }


def evidence_dict(evidence: Evidence) -> dict:
    entry = evidence.entry
    return {
        "id": evidence.id,
        "effect_id": evidence.effect_id,
        "entry": {"id": entry.id, "title": entry.title, "kind": entry.kind, "occurred_at": entry.occurred_at},
        "stance": evidence.stance,
        "comment": evidence.comment,
        "added_by": {"id": evidence.added_by_id, "name": evidence.added_by_name},
        "created_at": evidence.created_at,
    }


def version_dict(revision) -> dict:
    return {
        "version": revision.version,
        "fields_": revision.snapshot,
        "changed": revision.changed,
        "edited_at": revision.edited_at,
        "edited_by": {"id": revision.edited_by_id, "name": revision.edited_by_name},
    }


def review_dict(review: StageReview) -> dict:
    return {
        "stage_id": review.stage_id,
        "done": review.done,
        "learnt": review.learnt,
        "next_changes": review.next_changes,
        "version": review.version,
        "created_at": review.created_at,
        "updated_at": review.updated_at,
    }


def stakeholder_dict(stakeholder: Stakeholder, *, sees_names: bool) -> dict:
    """Without consent, the name is given only to those who see withheld names."""
    return {
        "id": stakeholder.id,
        "name": stakeholders.shown_name(stakeholder, sees_names=sees_names),
        "label": stakeholders.label(stakeholder),
        "organisation": stakeholder.organisation,
        "kind": stakeholder.kind,
        "role": stakeholder.role,
        "consent_to_name": stakeholder.consent_to_name,
        "created_at": stakeholder.created_at,
        "updated_at": stakeholder.updated_at,
    }
