"""Stage reviews (*bilans d'escale*): three short texts closing a stage — what we did, what
we learnt, what changes for the next stop. A review keeps its earlier versions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import REVIEW_FIELDS, Logbook, Stage, StageReview
from logbook.services import versions

TEXT_LIMIT = 2000


def get_review(stage: Stage) -> StageReview | None:
    return db.session.scalar(select(StageReview).where(StageReview.stage_id == stage.id))


def require_review(stage: Stage) -> StageReview:
    review = get_review(stage)
    if review is None:
        raise NotFound(f"Stage {stage.id} has no review yet.")
    return review


def reviews_by_stage(logbook: Logbook) -> dict[int, StageReview]:
    rows = db.session.scalars(
        select(StageReview)
        .join(Stage, Stage.id == StageReview.stage_id)
        .where(Stage.logbook_id == logbook.id)
    )
    return {review.stage_id: review for review in rows}


def _clean(values: dict[str, Any]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for name, value in values.items():
        if name not in REVIEW_FIELDS:
            errors[name] = ["Unknown field."]
            continue
        text = (value or "").strip()
        if len(text) > TEXT_LIMIT:
            errors[name] = [f"At most {TEXT_LIMIT} characters."]
        cleaned[name] = text
    if errors:
        raise ValidationFailed("Some fields of the review are invalid.", fields=errors)
    return cleaned


def save_review(stage: Stage, values: dict[str, Any], *, editor) -> StageReview:
    """Write or change the stage's review (the version it replaces is kept).
    Raises ValidationFailed when the texts are too long or all empty."""
    fields = _clean(values)
    review = get_review(stage)
    merged = {name: fields.get(name, getattr(review, name, "") if review else "") for name in REVIEW_FIELDS}
    if not any(merged.values()):
        raise ValidationFailed(
            "A review needs at least one of its three texts.",
            fields={name: ["One of the three is required."] for name in REVIEW_FIELDS},
        )
    if review is None:
        review = StageReview(stage_id=stage.id, **merged)
        db.session.add(review)
    else:
        versions.apply_with_version(review, REVIEW_FIELDS, merged, editor)
    db.session.commit()
    return review


def delete_review(review: StageReview) -> None:
    db.session.delete(review)
    db.session.commit()


def restore_review(review: StageReview, version: int, *, editor) -> StageReview:
    """Bring back an earlier version as a new version. Raises NotFound."""
    values = versions.version_fields(review, version, REVIEW_FIELDS)
    versions.apply_with_version(review, REVIEW_FIELDS, values, editor)
    db.session.commit()
    return review


def stages_awaiting_review(logbook: Logbook) -> list[Stage]:
    """Reached stages without a review, in order: the ones to close."""
    reviewed = set(reviews_by_stage(logbook))
    stages = db.session.scalars(
        select(Stage).where(Stage.logbook_id == logbook.id, Stage.reached.is_(True)).order_by(Stage.position)
    )
    return [stage for stage in stages if stage.id not in reviewed]
