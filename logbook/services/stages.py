"""Stages (escales): ordered steps of a project, and which one is the next stop."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import Logbook, Stage

EDITABLE = ("title", "summary", "starts_on", "ends_on", "reached")


def list_stages(logbook: Logbook) -> list[Stage]:
    return list(
        db.session.scalars(select(Stage).where(Stage.logbook_id == logbook.id).order_by(Stage.position))
    )


def get_stage(logbook: Logbook, stage_id: int) -> Stage:
    stage = db.session.get(Stage, stage_id)
    if stage is None or stage.logbook_id != logbook.id:
        raise NotFound(f"No stage {stage_id} in '{logbook.slug}'.")
    return stage


def next_stop(logbook: Logbook) -> Stage | None:
    """The first stage, in order, not yet reached."""
    return db.session.scalar(
        select(Stage)
        .where(Stage.logbook_id == logbook.id, Stage.reached.is_(False))
        .order_by(Stage.position)
        .limit(1)
    )


def holds(stage: Stage, day: date) -> bool:
    """True when the stage's dates hold ``day``; a stage with no dates holds none, one with
    a start only holds every day from it, one with an end only every day up to it."""
    if stage.starts_on is None and stage.ends_on is None:
        return False
    return (stage.starts_on is None or stage.starts_on <= day) and (
        stage.ends_on is None or day <= stage.ends_on
    )


def stage_for_day(logbook: Logbook, day: date) -> Stage | None:
    """The stage an entry of that day belongs to when nobody chose one: the stage whose
    dates hold the day (the one that began last when several do), else the next stop,
    else none. Used by the compose page, the API and guest posts alike."""
    stages = list_stages(logbook)
    holding = [stage for stage in stages if holds(stage, day)]
    if holding:
        return max(holding, key=lambda stage: (stage.starts_on or date.min, -stage.position))
    return next((stage for stage in stages if not stage.reached), None)


def create_stage(
    logbook: Logbook,
    *,
    title: str,
    summary: str = "",
    starts_on: date | None = None,
    ends_on: date | None = None,
    reached: bool = False,
    position: int | None = None,
) -> Stage:
    """Add a stage at the end, or at ``position`` (0-based) shifting the later ones."""
    _check(title, starts_on, ends_on)
    stages = list_stages(logbook)
    if position is None or position >= len(stages):
        position = len(stages)
    elif position < 0:
        raise ValidationFailed("Position must be 0 or more.", fields={"position": ["Must be >= 0."]})
    stage = Stage(
        logbook_id=logbook.id,
        title=title.strip(),
        summary=summary,
        starts_on=starts_on,
        ends_on=ends_on,
        reached=reached,
        position=position,
    )
    stages.insert(position, stage)
    db.session.add(stage)
    _renumber(stages)
    db.session.commit()
    return stage


def update_stage(stage: Stage, changes: dict) -> Stage:
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ValidationFailed("Unknown field.", fields={name: ["Unknown field."]})
        setattr(stage, name, value.strip() if name == "title" else value)
    _check(stage.title, stage.starts_on, stage.ends_on)
    db.session.commit()
    return stage


def delete_stage(stage: Stage) -> None:
    """Remove a stage; its entries stay in the logbook without a stage."""
    logbook_id = stage.logbook_id
    db.session.delete(stage)
    db.session.flush()
    _renumber(
        list(db.session.scalars(select(Stage).where(Stage.logbook_id == logbook_id).order_by(Stage.position)))
    )
    db.session.commit()


def reorder_stages(logbook: Logbook, stage_ids: list[int]) -> list[Stage]:
    """Put the stages in the given order; the list must name every stage exactly once."""
    stages = {stage.id: stage for stage in list_stages(logbook)}
    if sorted(stage_ids) != sorted(stages):
        raise ValidationFailed(
            "The new order must list every stage of the logbook exactly once.",
            fields={"stage_ids": [f"Expected a permutation of {sorted(stages)}."]},
        )
    _renumber([stages[stage_id] for stage_id in stage_ids])
    db.session.commit()
    return list_stages(logbook)


def set_next_stop(logbook: Logbook, stage_id: int | None) -> Stage | None:
    """Make ``stage_id`` the next stop: the stages before it are reached, it and the later ones not.
    ``None`` marks every stage reached (the journey is over)."""
    stages = list_stages(logbook)
    if stage_id is not None and stage_id not in {s.id for s in stages}:
        raise NotFound(f"No stage {stage_id} in '{logbook.slug}'.")
    reached = True
    for stage in stages:
        if stage.id == stage_id:
            reached = False
        stage.reached = reached
    db.session.commit()
    return next_stop(logbook)


def stage_entry_counts(logbook: Logbook) -> dict[int | None, int]:
    from logbook.models import Entry

    rows = db.session.execute(
        select(Entry.stage_id, func.count())
        .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None), Entry.status == "published")
        .group_by(Entry.stage_id)
    ).all()
    return {stage_id: count for stage_id, count in rows}


def _renumber(stages: list[Stage]) -> None:
    for index, stage in enumerate(stages):
        stage.position = index


def _check(title: str, starts_on: date | None, ends_on: date | None) -> None:
    if not title or not title.strip():
        raise ValidationFailed("A stage needs a title.", fields={"title": ["Required."]})
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationFailed(
            "A stage cannot end before it starts.", fields={"ends_on": ["Must be on or after starts_on."]}
        )
