"""The story (fil d'Ariane) of a logbook, assembled from the database for the renderers.

``build_story`` turns a selection (``Scope``) of one logbook into the plain
``logbook.export.story.Story`` every renderer reads. It lives here, not in
``logbook/export/``, because that package knows nothing of the database.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from logbook.db import db
from logbook.errors import Forbidden, ValidationFailed
from logbook.export.story import (
    Story,
    StoryEffect,
    StoryEntry,
    StoryEvidence,
    StoryMedia,
    StoryObject,
    StoryPending,
    StoryRef,
    StoryReview,
    StoryStage,
    StoryStakeholder,
    with_counts,
)
from logbook.models import ENTRY_KINDS, Entry, EntryStatus, Evidence, Logbook, Media, MediaState, Stage
from logbook.services import effects as effect_service
from logbook.services import stakeholders as stakeholder_service
from logbook.services.access import Action, can
from logbook.services.stage_reviews import reviews_by_stage
from logbook.services.story_scope import Order, Scope, describe_scope
from logbook.storage import Storage

CHUNK = 1024 * 1024
#: Media states that will become ready: left out of a story, but listed in it.
IN_PROGRESS = (MediaState.PENDING.value, MediaState.PROCESSING.value)


@dataclass
class StorageMediaReader:
    """Reads story media from the application's storage, one object at a time.

    Objects that cannot seek (an S3 body) are first spooled to a temporary file
    (in memory up to ``spool_bytes``), because image libraries seek.
    """

    storage: Storage
    spool_bytes: int = 8 * 1024 * 1024

    def open(self, key: str) -> BinaryIO:
        stream = self.storage.open(key)
        if _seekable(stream):
            return stream
        spool = tempfile.SpooledTemporaryFile(max_size=self.spool_bytes)  # noqa: SIM115 - the caller closes it
        try:
            shutil.copyfileobj(stream, spool, CHUNK)
        finally:
            stream.close()
        spool.seek(0)
        return spool  # type: ignore[return-value]


def build_story(
    logbook: Logbook,
    scope: Scope,
    *,
    viewer: Any,
    storage: Storage,
    base_url: str = "",
    base_url_public: bool = False,
) -> Story:
    """The story of ``logbook`` for ``scope``, as ``viewer`` may see it.

    Trashed entries never appear; pending guest entries only when
    ``scope.include_pending`` and the viewer may moderate (Forbidden otherwise).
    Only ``ready`` media appear, with their derivatives (those still being processed are
    listed in ``pending_media``); their ``url`` is the
    app's ``/media/<id>/<spec>`` joined to ``base_url`` (``base_url_public``: it is the
    instance's public address, see ``exports.export_address``). Raises ValidationFailed
    for stages that are not in this logbook.
    """
    if scope.include_pending and not can(viewer, logbook, Action.MODERATE):
        raise Forbidden("Only editors and owners may export entries waiting for approval.")
    stages = list(
        db.session.scalars(select(Stage).where(Stage.logbook_id == logbook.id).order_by(Stage.position))
    )
    known = {stage.id for stage in stages}
    stray = [stage_id for stage_id in scope.stage_ids if stage_id not in known]
    if stray:
        raise ValidationFailed(
            "Some stages are not in this logbook.",
            code="invalid_scope",
            fields={"stage_ids": [f"No stage {stage_id} in '{logbook.slug}'." for stage_id in stray]},
        )
    base = base_url.rstrip("/")
    entries_by_stage: dict[int | None, list[StoryEntry]] = {}
    pending: list[StoryPending] = []
    for entry in _select_entries(logbook, scope):
        story_entry = _story_entry(logbook, entry, base)
        entries_by_stage.setdefault(entry.stage_id, []).append(story_entry)
        pending += [
            StoryPending(story_entry.id, story_entry.title, media.kind, story_entry.occurred_at)
            for media in entry.media
            if media.state in IN_PROGRESS
        ]
    chosen = [stage for stage in stages if not scope.stage_ids or stage.id in scope.stage_ids]
    next_stop = next((stage for stage in stages if not stage.reached), None)
    story = Story(
        slug=logbook.slug,
        name=logbook.name,
        nickname=logbook.nickname,
        description=logbook.description,
        locale=scope.locale,
        scope=describe_scope(scope, {stage.id: stage.title for stage in stages}),
        stages=tuple(_story_stage(stage, entries_by_stage.get(stage.id, [])) for stage in chosen),
        unstaged=() if scope.stage_ids else tuple(entries_by_stage.get(None, [])),
        next_stop=_story_stage(next_stop, []) if next_stop else None,
        effects=story_effects(logbook),
        reviews=story_reviews(logbook, chosen),
        # An export leaves Carnet: nobody's name without their consent, whoever asks for it.
        stakeholders=story_stakeholders(logbook, sees_names=False),
        base_url=base,
        base_url_public=base_url_public and bool(base),
        pending_media=tuple(pending),
        media_reader=StorageMediaReader(storage),
    )
    return with_counts(story)


@dataclass(frozen=True)
class KeyFigures:
    """What a logbook holds, in a few numbers: published entries (by kind), the people who
    wrote them, their media, and the period they cover. A testimony without consent counts
    as an entry of its kind, but neither its author nor its media count: outside the team
    nothing of it but its kind and date is told."""

    entries: int = 0
    contributors: int = 0
    media: int = 0
    by_kind: Mapping[str, int] = dataclass_field(default_factory=dict)
    first: datetime | None = None
    last: datetime | None = None


def key_figures(logbook: Logbook) -> KeyFigures:
    published = (
        Entry.logbook_id == logbook.id,
        Entry.deleted_at.is_(None),
        Entry.status == EntryStatus.PUBLISHED.value,
    )
    shareable = or_(Entry.kind != "testimony", Entry.consent.is_(True))
    by_kind = {
        kind: count
        for kind, count in db.session.execute(
            select(Entry.kind, func.count()).where(*published).group_by(Entry.kind)
        ).all()
    }
    first, last = db.session.execute(
        select(func.min(Entry.occurred_at), func.max(Entry.occurred_at)).where(*published)
    ).one()
    contributors = db.session.scalar(
        select(func.count(func.distinct(Entry.author_name))).where(
            *published, shareable, Entry.author_name != ""
        )
    )
    media = db.session.scalar(
        select(func.count(Media.id)).join(Entry, Entry.id == Media.entry_id).where(*published, shareable)
    )
    ordered = {kind: by_kind[kind] for kind in ENTRY_KINDS if by_kind.get(kind)}
    return KeyFigures(
        entries=sum(by_kind.values()),
        contributors=contributors or 0,
        media=media or 0,
        by_kind=ordered,
        first=_aware(first),
        last=_aware(last),
    )


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive date-times from aggregates; they are UTC.
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def story_effects(logbook: Logbook) -> tuple[StoryEffect, ...]:
    """The expected effects in order, each with its published evidence (oldest first)."""
    effects = effect_service.list_effects(logbook)
    evidence: dict[int, list[StoryEvidence]] = {effect.id: [] for effect in effects}
    # One query for every effect's evidence and its entry, rather than one per link.
    rows = db.session.execute(
        select(Evidence, Entry)
        .join(Entry, Entry.id == Evidence.entry_id)
        .where(
            Evidence.effect_id.in_(list(evidence) or [-1]),
            Entry.deleted_at.is_(None),
            Entry.status == EntryStatus.PUBLISHED.value,
        )
        .order_by(Entry.occurred_at, Evidence.id)
    ).all()
    for item, entry in rows:
        evidence[item.effect_id].append(
            StoryEvidence(stance=item.stance, entry=_ref(logbook, entry), comment=item.comment or "")
        )
    return tuple(
        StoryEffect(
            id=effect.id,
            title=effect.title,
            question=effect.question or "",
            indicator=effect.indicator or "",
            target=effect.target or "",
            evidence=tuple(evidence[effect.id]),
        )
        for effect in effects
    )


def story_reviews(logbook: Logbook, stages: Iterable[Stage] | None = None) -> tuple[StoryReview, ...]:
    """The reviews (*bilans d'escale*) of ``stages`` (default: all), in stage order."""
    reviews = reviews_by_stage(logbook)
    every = list(
        db.session.scalars(select(Stage).where(Stage.logbook_id == logbook.id).order_by(Stage.position))
    )
    numbers = {stage.id: index for index, stage in enumerate(every, start=1)}
    return tuple(
        StoryReview(
            stage_id=stage.id,
            stage_title=stage.title,
            stage_number=numbers.get(stage.id, 0),
            done=review.done or "",
            learnt=review.learnt or "",
            next_changes=review.next_changes or "",
        )
        for stage in (every if stages is None else stages)
        if (review := reviews.get(stage.id)) is not None
    )


def story_stakeholders(logbook: Logbook, *, sees_names: bool) -> tuple[StoryStakeholder, ...]:
    """The stakeholders with what they said and where they appear (published entries).
    A stakeholder who did not consent to be named carries only their public label, unless
    ``sees_names`` (see ``services.stakeholders``)."""
    found = []
    for stakeholder in stakeholder_service.list_stakeholders(logbook):
        said, named = stakeholder_service.appearances(stakeholder)
        found.append(
            StoryStakeholder(
                id=stakeholder.id,
                kind=stakeholder.kind,
                label=stakeholder_service.label(stakeholder),
                name=stakeholder_service.shown_name(stakeholder, sees_names=sees_names),
                consent_to_name=stakeholder.consent_to_name,
                said=tuple(_ref(logbook, entry) for entry in said),
                named=tuple(_ref(logbook, entry) for entry in named),
            )
        )
    return tuple(found)


def _ref(logbook: Logbook, entry: Entry) -> StoryRef:
    return StoryRef(
        id=entry.id,
        kind=entry.kind,
        title=entry.title or "",
        occurred_at=entry.occurred_at,
        consent=entry.consent if entry.kind == "testimony" else True,
        url=entry_path(logbook, entry.id),
    )


def media_in_progress(logbook: Logbook) -> int:
    """How many media of the logbook's entries (not trashed) are still being processed."""
    return db.session.scalar(
        select(func.count(Media.id))
        .join(Entry, Media.entry_id == Entry.id)
        .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None), Media.state.in_(IN_PROGRESS))
    )


def entry_path(logbook: Logbook, entry_id: int) -> str:
    """The entry's page in the web app (``web.entry``)."""
    return f"/carnets/{logbook.slug}/entrees/{entry_id}"


def media_path(media_id: int, spec: str) -> str:
    """Where the app serves a derivative after an access check (``delivery.media_file``)."""
    return f"/media/{media_id}/{spec}"


# --- internals -------------------------------------------------------------------------------


def _select_entries(logbook: Logbook, scope: Scope) -> Iterable[Entry]:
    query = (
        select(Entry)
        .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None))
        .options(
            selectinload(Entry.tag_rows),
            selectinload(Entry.media).selectinload(Media.derivatives),
        )
    )
    statuses = [EntryStatus.PUBLISHED.value]
    if scope.include_pending:
        statuses.append(EntryStatus.PENDING.value)
    query = query.where(Entry.status.in_(statuses))
    if scope.stage_ids:
        query = query.where(Entry.stage_id.in_(scope.stage_ids))
    if scope.kinds:
        query = query.where(Entry.kind.in_(scope.kinds))
    if scope.pinned_only:
        query = query.where(Entry.pinned.is_(True))
    if scope.occurred_from:
        query = query.where(Entry.occurred_at >= scope.occurred_from)
    if scope.occurred_to:
        query = query.where(Entry.occurred_at <= scope.occurred_to)
    if scope.order is Order.PINNED_FIRST:
        query = query.order_by(Entry.pinned.desc(), Entry.occurred_at, Entry.id)
    else:
        query = query.order_by(Entry.occurred_at, Entry.id)
    return db.session.scalars(query)


def _story_stage(stage: Stage, entries: list[StoryEntry]) -> StoryStage:
    return StoryStage(
        id=stage.id,
        title=stage.title,
        summary=stage.summary or "",
        starts_on=stage.starts_on,
        ends_on=stage.ends_on,
        reached=stage.reached,
        entries=tuple(entries),
    )


def _story_entry(logbook: Logbook, entry: Entry, base: str) -> StoryEntry:
    return StoryEntry(
        id=entry.id,
        kind=entry.kind,
        title=entry.title or "",
        body_markdown=entry.body or "",
        occurred_at=entry.occurred_at,
        author_name=entry.author_name or "",
        tags=tuple(entry.tags),
        pinned=entry.pinned,
        speaker_name=entry.speaker_name,
        speaker_role=entry.speaker_role,
        consent=entry.consent,
        link_url=entry.link_url,
        url=entry_path(logbook, entry.id),
        media=tuple(_story_media(m, base) for m in entry.media if m.state == MediaState.READY.value),
    )


def _story_media(media: Media, base: str) -> StoryMedia:
    return StoryMedia(
        id=media.id,
        kind=media.kind,
        mime=media.mime,
        caption=media.caption or "",
        alt_text=media.alt_text or "",
        transcript=media.transcript or "",
        width=media.width,
        height=media.height,
        duration=media.duration,
        sha256=media.sha256,
        original_key=media.original_key,
        derivatives={
            d.spec: StoryObject(
                key=d.key,
                mime=d.mime,
                size=d.size or 0,
                width=d.width,
                height=d.height,
                url=base + media_path(media.id, d.spec),
            )
            for d in sorted(media.derivatives, key=lambda d: d.spec)
        },
    )


def _seekable(stream: Any) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False
