"""What an entry's fields may hold: the checks every create and edit passes through.

Kept apart from ``entries`` (the ingest and edit paths) so the rules a form, the API
and a restored revision all meet are read in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.models import ENTRY_FIELDS, ENTRY_KINDS, Entry, EntryTag, Logbook, Stage

MEDIA_KINDS = {"photo", "drawing", "audio", "video"}
MAX_TAGS = 30
EDITABLE = ENTRY_FIELDS
MEDIA_TEXTS = ("caption", "alt_text", "transcript")


def validated_media_texts(entry: Entry, texts: Any) -> dict[str, dict[str, str]] | None:
    if texts is None:
        return None
    mine = {str(media.id): media for media in entry.media}
    result: dict[str, dict[str, str]] = {}
    for media_id, values in dict(texts).items():
        if str(media_id) not in mine:
            continue  # a media removed since an old revision: nothing to bring back
        unknown = set(values) - set(MEDIA_TEXTS)
        if unknown:
            raise ValidationFailed(
                "Unknown field.", fields={name: ["Unknown field."] for name in sorted(unknown)}
            )
        result[str(media_id)] = {name: str(value or "") for name, value in values.items()}
    return result


def replace_tags(entry: Entry, tags: list[str]) -> None:
    wanted = list(dict.fromkeys(tags))
    entry.tag_rows = [row for row in entry.tag_rows if row.name in wanted]
    have = {row.name for row in entry.tag_rows}
    entry.tag_rows.extend(EntryTag(name=tag) for tag in wanted if tag not in have)


def normalise_tags(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = raw.split(",")
    tags: list[str] = []
    for item in raw:
        if not isinstance(item, str):
            raise ValidationFailed("Tags must be text.", fields={"tags": ["Each tag must be a string."]})
        tag = " ".join(item.strip().lstrip("#").split()).lower()
        if not tag:
            continue
        if len(tag) > 64:
            raise ValidationFailed("A tag is too long.", fields={"tags": ["64 characters at most."]})
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValidationFailed("Too many tags.", fields={"tags": [f"{MAX_TAGS} tags at most."]})
    return tags


def validated_fields(
    logbook: Logbook,
    fields: dict[str, Any],
    *,
    creating: bool,
    file_count: int,
    current: Entry | None = None,
) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationFailed(
            "Unknown fields.", fields={name: ["Unknown field."] for name in sorted(unknown)}
        )
    values = dict(fields)
    errors: dict[str, list[str]] = {}
    kind = values.get("kind", current.kind if current else None)
    if kind not in ENTRY_KINDS:
        errors["kind"] = [f"One of: {', '.join(ENTRY_KINDS)}."]
    if "tags" in values:
        values["tags"] = normalise_tags(values["tags"])
    if "title" in values:
        values["title"] = (values["title"] or "").strip()
    occurred_at = values.get("occurred_at")
    if occurred_at is not None and (not isinstance(occurred_at, datetime) or occurred_at.tzinfo is None):
        errors["occurred_at"] = ["An ISO 8601 date-time with a time zone."]
    if values.get("stage_id") is not None:
        stage = db.session.get(Stage, values["stage_id"])
        if stage is None or stage.logbook_id != logbook.id:
            errors["stage_id"] = [f"No stage {values['stage_id']} in this logbook."]
    link_url = values.get("link_url", current.link_url if current else None)
    if kind == "link" and not link_url:
        errors["link_url"] = ["A link entry needs a URL."]
    if link_url and not str(link_url).startswith(("http://", "https://")):
        errors["link_url"] = ["Only http:// and https:// links."]
    speaker = values.get("speaker_name", current.speaker_name if current else None)
    if kind == "testimony" and not (speaker or "").strip():
        errors["speaker_name"] = ["A testimony needs the speaker's name."]
    if creating and kind in MEDIA_KINDS and file_count == 0:
        errors["files"] = [f"A {kind} entry needs at least one file."]
    body = values.get("body", current.body if current else "")
    title = values.get("title", current.title if current else "")
    if creating and kind == "note" and not (title or body or file_count):
        errors["body"] = ["A note needs a title or some text."]
    if errors:
        raise ValidationFailed("Some fields are missing or invalid.", fields=errors)
    return values
