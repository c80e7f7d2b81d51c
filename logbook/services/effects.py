"""Expected effects (*effets attendus*) and the evidence linked to them.

A logbook's team writes what the project sets out to change, as a short ordered list;
each effect has a question to answer and optionally an indicator with a target. Members
who may post link entries to an effect as evidence, saying whether the entry confirms,
nuances or contradicts it. Effects keep their earlier versions (``services.versions``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import (
    EFFECT_FIELDS,
    Entry,
    EntryStatus,
    Evidence,
    ExpectedEffect,
    Logbook,
    Stance,
)
from logbook.services import versions

LIMITS = {"title": 200, "question": 1000, "indicator": 200, "target": 100}
COMMENT_LIMIT = 500


def list_effects(logbook: Logbook) -> list[ExpectedEffect]:
    return list(
        db.session.scalars(
            select(ExpectedEffect)
            .where(ExpectedEffect.logbook_id == logbook.id)
            .order_by(ExpectedEffect.position, ExpectedEffect.id)
        )
    )


def get_effect(logbook: Logbook, effect_id: int) -> ExpectedEffect:
    effect = db.session.get(ExpectedEffect, effect_id)
    if effect is None or effect.logbook_id != logbook.id:
        raise NotFound(f"No expected effect {effect_id} in '{logbook.slug}'.")
    return effect


def _clean(values: dict[str, Any]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for name, value in values.items():
        if name not in EFFECT_FIELDS:
            errors[name] = ["Unknown field."]
            continue
        text = (value or "").strip()
        if len(text) > LIMITS[name]:
            errors[name] = [f"At most {LIMITS[name]} characters."]
        cleaned[name] = text
    if "title" in cleaned and not cleaned["title"]:
        errors["title"] = ["Required."]
    if errors:
        raise ValidationFailed("Some fields of the expected effect are invalid.", fields=errors)
    return cleaned


def create_effect(
    logbook: Logbook,
    *,
    title: str,
    question: str = "",
    indicator: str = "",
    target: str = "",
    position: int | None = None,
) -> ExpectedEffect:
    """Add an effect at the end, or at ``position`` (0-based). Raises ValidationFailed."""
    fields = _clean({"title": title, "question": question, "indicator": indicator, "target": target})
    effects = list_effects(logbook)
    effect = ExpectedEffect(logbook_id=logbook.id, **fields)
    db.session.add(effect)
    index = len(effects) if position is None else max(0, min(position, len(effects)))
    effects.insert(index, effect)
    _renumber(effects)
    db.session.commit()
    return effect


def update_effect(effect: ExpectedEffect, changes: dict[str, Any], *, editor) -> ExpectedEffect:
    """Change an effect's texts (its version before is kept) and, with ``position``, its place."""
    changes = dict(changes)
    position = changes.pop("position", None)
    versions.apply_with_version(effect, EFFECT_FIELDS, _clean(changes), editor)
    if position is not None:
        _move(effect, position)
    db.session.commit()
    return effect


def move_effect(effect: ExpectedEffect, position: int) -> None:
    _move(effect, position)
    db.session.commit()


def _move(effect: ExpectedEffect, position: int) -> None:
    effects = [e for e in list_effects(effect_logbook(effect)) if e.id != effect.id]
    effects.insert(max(0, min(position, len(effects))), effect)
    _renumber(effects)


def effect_logbook(effect: ExpectedEffect) -> Logbook:
    return db.session.get(Logbook, effect.logbook_id)


def delete_effect(effect: ExpectedEffect) -> None:
    """Remove an effect, its evidence links and its history; the entries stay."""
    logbook = effect_logbook(effect)
    db.session.delete(effect)
    db.session.flush()
    _renumber(list_effects(logbook))
    db.session.commit()


def restore_effect(effect: ExpectedEffect, version: int, *, editor) -> ExpectedEffect:
    """Bring back an earlier version's texts as a new version. Raises NotFound."""
    return update_effect(effect, versions.version_fields(effect, version, EFFECT_FIELDS), editor=editor)


def _renumber(effects: list[ExpectedEffect]) -> None:
    for index, effect in enumerate(effects):
        effect.position = index


# --- evidence -----------------------------------------------------------------------------


def _visible(include_pending: bool):
    shown = Entry.deleted_at.is_(None)
    if not include_pending:
        shown = shown & (Entry.status == EntryStatus.PUBLISHED.value)
    return shown


def list_evidence(effect: ExpectedEffect, *, include_pending: bool = False) -> list[Evidence]:
    """Links to entries still in the logbook (trashed entries' links come back with them)."""
    return list(
        db.session.scalars(
            select(Evidence)
            .join(Entry, Entry.id == Evidence.entry_id)
            .where(Evidence.effect_id == effect.id, _visible(include_pending))
            .order_by(Entry.occurred_at, Evidence.id)
        )
    )


def stance_counts(logbook: Logbook) -> dict[int, dict[str, int]]:
    """For each effect: how many visible pieces of evidence confirm, nuance, contradict it."""
    rows = db.session.execute(
        select(Evidence.effect_id, Evidence.stance, func.count())
        .join(Entry, Entry.id == Evidence.entry_id)
        .join(ExpectedEffect, ExpectedEffect.id == Evidence.effect_id)
        .where(ExpectedEffect.logbook_id == logbook.id, _visible(False))
        .group_by(Evidence.effect_id, Evidence.stance)
    ).all()
    counts: dict[int, dict[str, int]] = {}
    for effect_id, stance, count in rows:
        counts.setdefault(effect_id, dict.fromkeys(Stance, 0))[Stance(stance)] = count
    return counts


def evidence_for_entry(entry: Entry) -> list[Evidence]:
    return list(
        db.session.scalars(
            select(Evidence)
            .join(ExpectedEffect, ExpectedEffect.id == Evidence.effect_id)
            .where(Evidence.entry_id == entry.id)
            .order_by(ExpectedEffect.position)
        )
    )


def get_evidence(effect: ExpectedEffect, evidence_id: int) -> Evidence:
    evidence = db.session.get(Evidence, evidence_id)
    if evidence is None or evidence.effect_id != effect.id:
        raise NotFound(f"No evidence {evidence_id} for expected effect {effect.id}.")
    return evidence


def link_evidence(
    effect: ExpectedEffect, entry: Entry, *, stance: str, comment: str = "", user=None
) -> Evidence:
    """Link a published entry of the same logbook to the effect; linking it again changes the
    stance and comment of the existing link. Raises ValidationFailed, NotFound."""
    if entry.logbook_id != effect.logbook_id or entry.deleted_at is not None:
        raise NotFound(f"No entry {entry.id} in this logbook.")
    if entry.status != EntryStatus.PUBLISHED.value:
        raise ValidationFailed(
            "Only published entries can be evidence.", fields={"entry_id": ["Not published."]}
        )
    if stance not in set(Stance):
        raise ValidationFailed(
            "The stance is confirms, nuances or contradicts.", fields={"stance": ["Unknown stance."]}
        )
    comment = (comment or "").strip()
    if len(comment) > COMMENT_LIMIT:
        raise ValidationFailed(
            "The comment is too long.", fields={"comment": [f"At most {COMMENT_LIMIT} characters."]}
        )
    evidence = db.session.scalar(
        select(Evidence).where(Evidence.effect_id == effect.id, Evidence.entry_id == entry.id)
    )
    if evidence is None:
        evidence = Evidence(
            effect_id=effect.id,
            entry_id=entry.id,
            added_by_id=getattr(user, "id", None),
            added_by_name=getattr(user, "display_name", "") or "",
        )
        db.session.add(evidence)
    evidence.stance = stance
    evidence.comment = comment
    db.session.commit()
    return evidence


def may_unlink(evidence: Evidence, user, *, manages: bool) -> bool:
    """Editors unlink any evidence; others the links they made."""
    return manages or (evidence.added_by_id is not None and evidence.added_by_id == getattr(user, "id", None))


def unlink_evidence(evidence: Evidence) -> None:
    db.session.delete(evidence)
    db.session.commit()
