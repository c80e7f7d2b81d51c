"""What an entry is linked to as it is posted: the expected effect it is evidence for and
the stakeholders it names (one of them, for a testimony, its speaker).

``take_links`` reads and checks these before the entry is made (so a wrong id refuses the
post and nothing is created), and gives a testimony its speaker fields from the chosen
stakeholder; ``apply_links`` makes the links once the entry exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from logbook.errors import NotFound, ValidationFailed
from logbook.models import Entry, ExpectedEffect, Logbook, Stakeholder
from logbook.services import effects, stakeholders

LINK_FIELDS = ("effect_id", "stance", "evidence_comment", "stakeholder_ids", "speaker_stakeholder_id")


@dataclass
class EntryLinks:
    effect: ExpectedEffect | None = None
    stance: str = "confirms"
    comment: str = ""
    stakeholder_ids: list[int] = field(default_factory=list)
    speaker: Stakeholder | None = None


def take_links(logbook: Logbook, fields: dict[str, Any]) -> EntryLinks:
    """Remove the link fields from ``fields`` and check them. Raises ValidationFailed."""
    values = {name: fields.pop(name) for name in LINK_FIELDS if name in fields}
    links = EntryLinks(
        stance=values.get("stance") or "confirms",
        comment=(values.get("evidence_comment") or "").strip(),
        stakeholder_ids=list(dict.fromkeys(values.get("stakeholder_ids") or [])),
    )
    if values.get("effect_id") is not None:
        try:
            links.effect = effects.get_effect(logbook, values["effect_id"])
        except NotFound:
            raise ValidationFailed(
                "Unknown expected effect for this logbook.", fields={"effect_id": ["Unknown effect."]}
            ) from None
    wanted = links.stakeholder_ids + (
        [values["speaker_stakeholder_id"]] if values.get("speaker_stakeholder_id") else []
    )
    found = {}
    for stakeholder_id in wanted:
        try:
            found[stakeholder_id] = stakeholders.get_stakeholder(logbook, stakeholder_id)
        except NotFound:
            raise ValidationFailed(
                "Unknown stakeholder for this logbook.",
                fields={"stakeholder_ids": [f"No stakeholder {stakeholder_id}."]},
            ) from None
    if values.get("speaker_stakeholder_id"):
        if fields.get("kind") != "testimony":
            raise ValidationFailed(
                "Only a testimony has a speaker.", fields={"speaker_stakeholder_id": ["Not a testimony."]}
            )
        links.speaker = found[values["speaker_stakeholder_id"]]
        fields.update(stakeholders.speaker_fields(links.speaker))
    return links


def apply_links(entry: Entry, links: EntryLinks, *, user, queue=None) -> None:
    """Link the new entry (published ones only for evidence: a pending guest entry is not)."""
    ids = list(links.stakeholder_ids)
    if links.speaker is not None and links.speaker.id not in ids:
        ids.append(links.speaker.id)
    if ids:
        stakeholders.set_entry_stakeholders(
            entry, ids, speaker_id=links.speaker.id if links.speaker else None, editor=user, queue=queue
        )
    if links.effect is not None:
        effects.link_evidence(
            entry=entry, effect=links.effect, stance=links.stance, comment=links.comment, user=user
        )
