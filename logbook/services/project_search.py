"""Searching what a project wrote beside its entries: expected effects, stage reviews
(bilans) and stakeholders.

These texts are few (tens per logbook) and change rarely, so they are matched in the
database with the search index's own French analysis (``search.analysis.stems``: the same
accents, plurals and stop words as entries) rather than added to the entry index, whose
documents, facets and access filters are entries'. Every word of the query must be found.
Access: only logbooks the caller reads; a stakeholder's name only where the caller may see it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from logbook.db import db
from logbook.models import ExpectedEffect, Logbook, Stage, StageReview, Stakeholder
from logbook.services.access import Action, can, readable_logbook_ids
from logbook.services.stakeholders import label
from search.analysis import stems


@dataclass(frozen=True)
class TextHit:
    kind: str  # "effect", "stage_review" or "stakeholder"
    logbook: str  # slug
    id: int  # the effect's, the stage's (for a review) or the stakeholder's id
    title: str
    snippet: str


def _matches(wanted: set[str], *texts: str) -> bool:
    return wanted <= set(stems(" ".join(t for t in texts if t)))


def _snippet(*texts: str) -> str:
    text = " · ".join(t for t in texts if t)
    return text if len(text) <= 240 else text[:239] + "…"


def search_project_texts(
    user, text: str, logbook_ids: list[int] | None = None, limit: int = 20
) -> list[TextHit]:
    """Effects, reviews and stakeholders matching every word of ``text``, in the logbooks
    the caller reads (narrowed to ``logbook_ids`` when given)."""
    # Field filters and exclusions of the entry search syntax (tag:…, -word) say nothing here.
    words = [w for w in (text or "").split() if ":" not in w and not w.startswith("-")]
    wanted = set(stems(" ".join(words)))
    if not wanted:
        return []
    readable = readable_logbook_ids(user)
    if logbook_ids is not None:
        readable &= set(logbook_ids)
    if not readable:
        return []
    logbooks = {lb.id: lb for lb in db.session.scalars(select(Logbook).where(Logbook.id.in_(readable)))}
    hits: list[TextHit] = []
    for effect in db.session.scalars(
        select(ExpectedEffect).where(ExpectedEffect.logbook_id.in_(readable)).order_by(ExpectedEffect.id)
    ):
        if _matches(wanted, effect.title, effect.question, effect.indicator, effect.target):
            hits.append(
                TextHit(
                    "effect",
                    logbooks[effect.logbook_id].slug,
                    effect.id,
                    effect.title,
                    _snippet(effect.question),
                )
            )
    rows = db.session.execute(
        select(StageReview, Stage)
        .join(Stage, Stage.id == StageReview.stage_id)
        .where(Stage.logbook_id.in_(readable))
        .order_by(Stage.id)
    ).all()
    for review, stage in rows:
        if _matches(wanted, stage.title, review.done, review.learnt, review.next_changes):
            hits.append(
                TextHit(
                    "stage_review",
                    logbooks[stage.logbook_id].slug,
                    stage.id,
                    stage.title,
                    _snippet(review.done, review.learnt, review.next_changes),
                )
            )
    names_seen: dict[int, bool] = {}
    for stakeholder in db.session.scalars(
        select(Stakeholder).where(Stakeholder.logbook_id.in_(readable)).order_by(Stakeholder.id)
    ):
        logbook = logbooks[stakeholder.logbook_id]
        if logbook.id not in names_seen:
            names_seen[logbook.id] = can(user, logbook, Action.SEE_WITHHELD_NAMES)
        named = stakeholder.consent_to_name or names_seen[logbook.id]
        public = label(stakeholder)
        if _matches(wanted, stakeholder.name if named else "", public):
            hits.append(
                TextHit(
                    "stakeholder", logbook.slug, stakeholder.id, stakeholder.name if named else public, public
                )
            )
    return hits[:limit]
