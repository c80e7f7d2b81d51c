"""The evaluative part of a logbook in its archive: expected effects (with their history and
evidence), stage reviews (with their history) and stakeholders (with the entries naming them).

Kept apart from ``services.archive`` so the archive's core stays as it was: these are
optional manifest keys (``effects``, ``stakeholders``, and ``review`` on a stage), written
by every archive from this version on and restored when present, so older archives still
import. People are referred to by email, as in the rest of the archive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from logbook.db import db
from logbook.export.archive import ArchiveError, as_moment, parse_moment
from logbook.models import (
    EffectRevision,
    Entry,
    EntryStakeholder,
    Evidence,
    ExpectedEffect,
    Logbook,
    Stage,
    StageReview,
    StageReviewRevision,
    Stakeholder,
    User,
)


def _emails(user_ids: set[int | None]) -> dict[int, str]:
    ids = [i for i in user_ids if i is not None]
    if not ids:
        return {}
    return dict(db.session.execute(select(User.id, User.email).where(User.id.in_(ids))).all())


def _revision_items(revisions, emails: dict[int, str]) -> list[dict[str, Any]]:
    return [
        {
            "version": revision.version,
            "snapshot": dict(revision.snapshot),
            "changed": list(revision.changed or []),
            "edited_by_email": emails.get(revision.edited_by_id) if revision.edited_by_id else None,
            "edited_by_name": revision.edited_by_name or "",
            "edited_at": as_moment(revision.edited_at),
        }
        for revision in revisions
    ]


def evaluation_items(logbook: Logbook) -> dict[str, Any]:
    """``{"effects": [...], "stakeholders": [...], "reviews": {stage id: review item}}``."""
    effects = list(
        db.session.scalars(
            select(ExpectedEffect)
            .where(ExpectedEffect.logbook_id == logbook.id)
            .order_by(ExpectedEffect.position)
        )
    )
    effect_revisions = list(
        db.session.scalars(
            select(EffectRevision)
            .where(EffectRevision.effect_id.in_([e.id for e in effects] or [-1]))
            .order_by(EffectRevision.effect_id, EffectRevision.version)
        )
    )
    evidence = list(
        db.session.scalars(
            select(Evidence)
            .where(Evidence.effect_id.in_([e.id for e in effects] or [-1]))
            .order_by(Evidence.id)
        )
    )
    reviews = list(
        db.session.scalars(
            select(StageReview)
            .join(Stage, Stage.id == StageReview.stage_id)
            .where(Stage.logbook_id == logbook.id)
        )
    )
    review_revisions = list(
        db.session.scalars(
            select(StageReviewRevision)
            .where(StageReviewRevision.review_id.in_([r.id for r in reviews] or [-1]))
            .order_by(StageReviewRevision.review_id, StageReviewRevision.version)
        )
    )
    emails = _emails(
        {r.edited_by_id for r in effect_revisions}
        | {r.edited_by_id for r in review_revisions}
        | {e.added_by_id for e in evidence}
    )
    stakeholders = list(
        db.session.scalars(
            select(Stakeholder).where(Stakeholder.logbook_id == logbook.id).order_by(Stakeholder.id)
        )
    )
    links = list(
        db.session.scalars(
            select(EntryStakeholder)
            .where(EntryStakeholder.stakeholder_id.in_([s.id for s in stakeholders] or [-1]))
            .order_by(EntryStakeholder.entry_id)
        )
    )
    return {
        "effects": [
            {
                "id": effect.id,
                "position": effect.position,
                "title": effect.title,
                "question": effect.question or "",
                "indicator": effect.indicator or "",
                "target": effect.target or "",
                "version": effect.version,
                "created_at": as_moment(effect.created_at),
                "updated_at": as_moment(effect.updated_at),
                "revisions": _revision_items(
                    [r for r in effect_revisions if r.effect_id == effect.id], emails
                ),
                "evidence": [
                    {
                        "entry_id": item.entry_id,
                        "stance": item.stance,
                        "comment": item.comment or "",
                        "added_by_email": emails.get(item.added_by_id) if item.added_by_id else None,
                        "added_by_name": item.added_by_name or "",
                        "created_at": as_moment(item.created_at),
                    }
                    for item in evidence
                    if item.effect_id == effect.id
                ],
            }
            for effect in effects
        ],
        "stakeholders": [
            {
                "id": stakeholder.id,
                "name": stakeholder.name,
                "organisation": stakeholder.organisation or "",
                "kind": stakeholder.kind,
                "role": stakeholder.role or "",
                "consent_to_name": bool(stakeholder.consent_to_name),
                "created_at": as_moment(stakeholder.created_at),
                "updated_at": as_moment(stakeholder.updated_at),
                "entries": [
                    {"entry_id": link.entry_id, "as_speaker": bool(link.as_speaker)}
                    for link in links
                    if link.stakeholder_id == stakeholder.id
                ],
            }
            for stakeholder in stakeholders
        ],
        "reviews": {
            review.stage_id: {
                "done": review.done or "",
                "learnt": review.learnt or "",
                "next_changes": review.next_changes or "",
                "version": review.version,
                "created_at": as_moment(review.created_at),
                "updated_at": as_moment(review.updated_at),
                "revisions": _revision_items(
                    [r for r in review_revisions if r.review_id == review.id], emails
                ),
            }
            for review in reviews
        },
    }


def check_references(manifest: dict[str, Any], entry_ids: set[int]) -> None:
    """Every evidence and stakeholder link names an entry of the archive, once. Raises ArchiveError."""
    effect_ids = [effect["id"] for effect in manifest.get("effects", [])]
    if len(set(effect_ids)) != len(effect_ids):
        raise ArchiveError("The manifest lists an expected effect twice.")
    for effect in manifest.get("effects", []):
        linked = [item["entry_id"] for item in effect["evidence"]]
        if len(set(linked)) != len(linked):
            raise ArchiveError(f"Expected effect {effect['id']} lists an entry twice as evidence.")
        for entry_id in linked:
            if entry_id not in entry_ids:
                raise ArchiveError(
                    f"Expected effect {effect['id']} refers to entry {entry_id}, which the archive lacks."
                )
        _check_versions(effect["revisions"], f"Expected effect {effect['id']}")
    stakeholder_ids = [item["id"] for item in manifest.get("stakeholders", [])]
    if len(set(stakeholder_ids)) != len(stakeholder_ids):
        raise ArchiveError("The manifest lists a stakeholder twice.")
    for stakeholder in manifest.get("stakeholders", []):
        linked = [link["entry_id"] for link in stakeholder["entries"]]
        if len(set(linked)) != len(linked):
            raise ArchiveError(f"Stakeholder {stakeholder['id']} lists an entry twice.")
        for entry_id in linked:
            if entry_id not in entry_ids:
                raise ArchiveError(
                    f"Stakeholder {stakeholder['id']} refers to entry {entry_id}, which the archive lacks."
                )
    for stage in manifest["stages"]:
        if "review" in stage:
            _check_versions(stage["review"]["revisions"], f"The review of stage {stage['id']}")


def _check_versions(revisions: list[dict[str, Any]], what: str) -> None:
    versions = [revision["version"] for revision in revisions]
    if len(set(versions)) != len(versions):
        raise ArchiveError(f"{what} lists a revision twice.")


def restore_evaluation(
    manifest: dict[str, Any],
    logbook: Logbook,
    stages: dict[int, Stage],
    entries: dict[int, Entry],
    person: Callable[[str | None], int | None],
) -> None:
    """Add the rows (not committed), with ids mapped from the archive's to the new ones."""

    def revisions(model, column: str, row_id: int, items: list[dict[str, Any]]) -> None:
        for item in items:
            db.session.add(
                model(
                    **{column: row_id},
                    version=item["version"],
                    snapshot=dict(item["snapshot"]),
                    changed=list(item["changed"]),
                    edited_by_id=person(item["edited_by_email"]),
                    edited_by_name=item["edited_by_name"],
                    edited_at=parse_moment(item["edited_at"]),
                )
            )

    for stage_item in manifest["stages"]:
        data = stage_item.get("review")
        if data is None:
            continue
        review = StageReview(
            stage_id=stages[stage_item["id"]].id,
            done=data["done"],
            learnt=data["learnt"],
            next_changes=data["next_changes"],
            version=data["version"],
            created_at=parse_moment(data["created_at"]),
            updated_at=parse_moment(data["updated_at"]),
        )
        db.session.add(review)
        db.session.flush()
        revisions(StageReviewRevision, "review_id", review.id, data["revisions"])
    for data in manifest.get("effects", []):
        effect = ExpectedEffect(
            logbook_id=logbook.id,
            position=data["position"],
            title=data["title"],
            question=data["question"],
            indicator=data["indicator"],
            target=data["target"],
            version=data["version"],
            created_at=parse_moment(data["created_at"]),
            updated_at=parse_moment(data["updated_at"]),
        )
        db.session.add(effect)
        db.session.flush()
        revisions(EffectRevision, "effect_id", effect.id, data["revisions"])
        for item in data["evidence"]:
            db.session.add(
                Evidence(
                    effect_id=effect.id,
                    entry_id=entries[item["entry_id"]].id,
                    stance=item["stance"],
                    comment=item["comment"],
                    added_by_id=person(item["added_by_email"]),
                    added_by_name=item["added_by_name"],
                    created_at=parse_moment(item["created_at"]),
                )
            )
    for data in manifest.get("stakeholders", []):
        stakeholder = Stakeholder(
            logbook_id=logbook.id,
            name=data["name"],
            organisation=data["organisation"],
            kind=data["kind"],
            role=data["role"],
            consent_to_name=data["consent_to_name"],
            created_at=parse_moment(data["created_at"]),
            updated_at=parse_moment(data["updated_at"]),
        )
        db.session.add(stakeholder)
        db.session.flush()
        for link in data["entries"]:
            db.session.add(
                EntryStakeholder(
                    entry_id=entries[link["entry_id"]].id,
                    stakeholder_id=stakeholder.id,
                    as_speaker=link["as_speaker"],
                )
            )
    db.session.flush()
