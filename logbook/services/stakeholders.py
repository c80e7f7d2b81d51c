"""Stakeholders (*parties prenantes*): who the project works with, what they said, where
they appear — with their consent respected.

Who sees what: a stakeholder who did not consent to be named is shown to everyone but the
logbook's editors and owners by kind and role only (``label``), never by name; a testimony
whose speaker is chosen from the stakeholders carries that same public label as its speaker.

Removal on request (``remove_stakeholder``) takes away everything that names them: the row,
its links, their name in the entries that linked them (title, text, speaker, evidence
comments on them, and every earlier version of those entries). Their testimonies stay, as
words without a person: the speaker becomes ``WITHDRAWN_SPEAKER``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import (
    STAKEHOLDER_KINDS,
    Entry,
    EntryRevision,
    EntryStakeholder,
    EntryStatus,
    Evidence,
    Logbook,
    Stakeholder,
)
from logbook.services.entries import update_entry

WITHDRAWN_SPEAKER = "Personne ayant demandé le retrait"
WITHDRAWN_NAME = "[nom retiré]"
FIELDS = ("name", "organisation", "kind", "role", "consent_to_name")
LIMITS = {"name": 200, "organisation": 200, "role": 200}
# Stored in entries (a testimony's speaker), so in the project's language.
KIND_LABELS = {
    "institution": "Institution",
    "association": "Association",
    "entreprise": "Entreprise",
    "habitant": "Habitant·e",
    "elu": "Élu·e",
    "agent": "Agent·e",
    "autre": "Partie prenante",
}


def list_stakeholders(logbook: Logbook) -> list[Stakeholder]:
    return list(
        db.session.scalars(
            select(Stakeholder).where(Stakeholder.logbook_id == logbook.id).order_by(Stakeholder.id)
        )
    )


def get_stakeholder(logbook: Logbook, stakeholder_id: int) -> Stakeholder:
    stakeholder = db.session.get(Stakeholder, stakeholder_id)
    if stakeholder is None or stakeholder.logbook_id != logbook.id:
        raise NotFound(f"No stakeholder {stakeholder_id} in '{logbook.slug}'.")
    return stakeholder


def label(stakeholder: Stakeholder) -> str:
    """What anyone may read: kind and role, and the organisation (never the name)."""
    parts = [stakeholder.role or KIND_LABELS.get(stakeholder.kind, KIND_LABELS["autre"])]
    if stakeholder.organisation:
        parts.append(stakeholder.organisation)
    return ", ".join(parts)


def shown_name(stakeholder: Stakeholder, *, sees_names: bool) -> str | None:
    """The name, for those who may see it; ``None`` for the others."""
    return stakeholder.name if (stakeholder.consent_to_name or sees_names) else None


def speaker_fields(stakeholder: Stakeholder) -> dict[str, str]:
    """A testimony's speaker fields for this stakeholder: the name only with consent."""
    if stakeholder.consent_to_name:
        return {"speaker_name": stakeholder.name, "speaker_role": label(stakeholder)}
    return {
        "speaker_name": KIND_LABELS.get(stakeholder.kind, KIND_LABELS["autre"]),
        "speaker_role": label(stakeholder),
    }


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for name, value in values.items():
        if name not in FIELDS:
            errors[name] = ["Unknown field."]
        elif name == "consent_to_name":
            cleaned[name] = bool(value)
        elif name == "kind":
            if value not in STAKEHOLDER_KINDS:
                errors[name] = [f"One of {', '.join(STAKEHOLDER_KINDS)}."]
            cleaned[name] = value
        else:
            text = (value or "").strip()
            if len(text) > LIMITS[name]:
                errors[name] = [f"At most {LIMITS[name]} characters."]
            cleaned[name] = text
    if "name" in cleaned and not cleaned["name"]:
        errors["name"] = ["Required."]
    if errors:
        raise ValidationFailed("Some fields of the stakeholder are invalid.", fields=errors)
    return cleaned


def create_stakeholder(
    logbook: Logbook,
    *,
    name: str,
    organisation: str = "",
    kind: str = "autre",
    role: str = "",
    consent_to_name: bool = False,
) -> Stakeholder:
    """Raises ValidationFailed."""
    fields = _clean(
        {
            "name": name,
            "organisation": organisation,
            "kind": kind,
            "role": role,
            "consent_to_name": consent_to_name,
        }
    )
    stakeholder = Stakeholder(logbook_id=logbook.id, **fields)
    db.session.add(stakeholder)
    db.session.commit()
    return stakeholder


def update_stakeholder(
    stakeholder: Stakeholder, changes: dict[str, Any], *, editor=None, queue=None
) -> Stakeholder:
    """Change a stakeholder. Their testimonies' speaker follows; when they withdraw their
    consent, their name leaves the entries that link them (as on removal)."""
    fields = _clean(changes)
    old_name, had_consent = stakeholder.name, stakeholder.consent_to_name
    for name, value in fields.items():
        setattr(stakeholder, name, value)
    db.session.commit()
    if had_consent and not stakeholder.consent_to_name:
        _erase_name(stakeholder, old_name, replacement=None)
    _sync_speakers(stakeholder, editor=editor, queue=queue)
    _reindex(queue, linked_entry_ids(stakeholder))
    return stakeholder


def linked_entry_ids(stakeholder: Stakeholder) -> list[int]:
    return list(
        db.session.scalars(
            select(EntryStakeholder.entry_id).where(EntryStakeholder.stakeholder_id == stakeholder.id)
        )
    )


def _sync_speakers(stakeholder: Stakeholder, *, editor, queue) -> None:
    wanted = speaker_fields(stakeholder)
    for entry in _speaker_entries(stakeholder):
        if entry.speaker_name != wanted["speaker_name"] or entry.speaker_role != wanted["speaker_role"]:
            update_entry(entry, wanted, editor=editor, queue=queue)


def _speaker_entries(stakeholder: Stakeholder) -> list[Entry]:
    return list(
        db.session.scalars(
            select(Entry)
            .join(EntryStakeholder, EntryStakeholder.entry_id == Entry.id)
            .where(EntryStakeholder.stakeholder_id == stakeholder.id, EntryStakeholder.as_speaker.is_(True))
        )
    )


def appearances(
    stakeholder: Stakeholder, *, include_pending: bool = False
) -> tuple[list[Entry], list[Entry]]:
    """(testimonies where they speak, other entries naming them), oldest first; trashed
    entries are left out, and pending ones unless ``include_pending``."""
    query = (
        select(Entry, EntryStakeholder.as_speaker)
        .join(EntryStakeholder, EntryStakeholder.entry_id == Entry.id)
        .where(EntryStakeholder.stakeholder_id == stakeholder.id, Entry.deleted_at.is_(None))
        .order_by(Entry.occurred_at, Entry.id)
    )
    if not include_pending:
        query = query.where(Entry.status == EntryStatus.PUBLISHED.value)
    said, named = [], []
    for entry, as_speaker in db.session.execute(query).all():
        (said if as_speaker else named).append(entry)
    return said, named


def entry_links(entry: Entry) -> list[EntryStakeholder]:
    return list(
        db.session.scalars(
            select(EntryStakeholder)
            .where(EntryStakeholder.entry_id == entry.id)
            .order_by(EntryStakeholder.as_speaker.desc(), EntryStakeholder.stakeholder_id)
        )
    )


def labels_by_entry(entry_ids: list[int]) -> dict[int, list[str]]:
    """What the search index may hold about the stakeholders of these entries: the name only
    with consent, the public label always."""
    found: dict[int, list[str]] = {}
    if not entry_ids:
        return found
    rows = db.session.execute(
        select(EntryStakeholder.entry_id, Stakeholder)
        .join(Stakeholder, Stakeholder.id == EntryStakeholder.stakeholder_id)
        .where(EntryStakeholder.entry_id.in_(entry_ids))
    ).all()
    for entry_id, stakeholder in rows:
        words = [label(stakeholder)]
        if stakeholder.consent_to_name:
            words.insert(0, stakeholder.name)
        found.setdefault(entry_id, []).extend(words)
    return found


def set_entry_stakeholders(
    entry: Entry, stakeholder_ids: list[int], *, speaker_id: int | None = None, editor=None, queue=None
) -> list[EntryStakeholder]:
    """Name these stakeholders on the entry (replacing the previous list). ``speaker_id``, for
    a testimony, makes one of them its speaker: the testimony's speaker fields then come from
    the stakeholder (see ``speaker_fields``). Raises ValidationFailed, NotFound."""
    wanted = list(dict.fromkeys(stakeholder_ids))
    if speaker_id is not None:
        if entry.kind != "testimony":
            raise ValidationFailed(
                "Only a testimony has a speaker.", fields={"speaker_id": ["Not a testimony."]}
            )
        if speaker_id not in wanted:
            wanted.append(speaker_id)
    if len(wanted) > 50:
        raise ValidationFailed(
            "At most 50 stakeholders per entry.", fields={"stakeholder_ids": ["Too many."]}
        )
    stakeholders = {
        s.id: s
        for s in db.session.scalars(
            select(Stakeholder).where(
                Stakeholder.id.in_(wanted or [-1]), Stakeholder.logbook_id == entry.logbook_id
            )
        )
    }
    missing = [i for i in wanted if i not in stakeholders]
    if missing:
        raise ValidationFailed(
            "Unknown stakeholder for this logbook.",
            fields={"stakeholder_ids": [f"No stakeholder {missing[0]}."]},
        )
    current = {link.stakeholder_id: link for link in entry_links(entry)}
    for stakeholder_id, link in current.items():
        if stakeholder_id not in stakeholders:
            db.session.delete(link)
    for stakeholder_id in wanted:
        link = current.get(stakeholder_id) or EntryStakeholder(
            entry_id=entry.id, stakeholder_id=stakeholder_id
        )
        link.as_speaker = stakeholder_id == speaker_id
        db.session.add(link)
    db.session.commit()
    if speaker_id is not None:
        fields = speaker_fields(stakeholders[speaker_id])
        if entry.speaker_name != fields["speaker_name"] or entry.speaker_role != fields["speaker_role"]:
            update_entry(entry, fields, editor=editor, queue=queue)
            return entry_links(entry)
    _reindex(queue, [entry.id])
    return entry_links(entry)


def remove_stakeholder(stakeholder: Stakeholder, *, queue=None) -> list[int]:
    """Delete the stakeholder with everything that names them (see the module's docstring).
    Returns the ids of the entries that were changed."""
    entry_ids = linked_entry_ids(stakeholder)
    _erase_name(stakeholder, stakeholder.name, replacement=WITHDRAWN_SPEAKER)
    db.session.delete(stakeholder)
    db.session.commit()
    _reindex(queue, entry_ids)
    return entry_ids


def _erase_name(stakeholder: Stakeholder, name: str, *, replacement: str | None) -> None:
    """Take ``name`` out of the entries linking the stakeholder, their earlier versions and
    the evidence comments on them, without making a new version (a version would keep it).
    A testimony they spoke gets ``replacement`` as speaker when one is given."""
    speaking = {e.id for e in _speaker_entries(stakeholder)}
    entries = list(
        db.session.scalars(
            select(Entry)
            .join(EntryStakeholder, EntryStakeholder.entry_id == Entry.id)
            .where(EntryStakeholder.stakeholder_id == stakeholder.id)
        )
    )
    pattern = re.compile(re.escape(name.strip()), re.IGNORECASE) if name.strip() else None

    def scrub(text: str | None) -> str | None:
        return pattern.sub(WITHDRAWN_NAME, text) if (pattern and text) else text

    for entry in entries:
        entry.title = scrub(entry.title) or ""
        entry.body = scrub(entry.body) or ""
        if replacement and entry.id in speaking:
            entry.speaker_name, entry.speaker_role = replacement, None
        else:
            entry.speaker_name = scrub(entry.speaker_name)
            entry.speaker_role = scrub(entry.speaker_role)
        for revision in db.session.scalars(select(EntryRevision).where(EntryRevision.entry_id == entry.id)):
            snapshot = dict(revision.snapshot)
            for field in ("title", "body", "speaker_name", "speaker_role"):
                if isinstance(snapshot.get(field), str):
                    snapshot[field] = scrub(snapshot[field])
            if replacement and entry.id in speaking:
                snapshot["speaker_name"], snapshot["speaker_role"] = replacement, None
            revision.snapshot = snapshot
        for evidence in db.session.scalars(select(Evidence).where(Evidence.entry_id == entry.id)):
            evidence.comment = scrub(evidence.comment) or ""
    db.session.commit()


def _reindex(queue, entry_ids: list[int]) -> None:
    if queue is not None and entry_ids:
        queue.enqueue("index_entries", entry_ids)
