"""The story as a TimelineJS3 JSON document: a title slide, one era per stage, one event per entry.

Media appear only where the story knows an address a browser can reach
(``StoryObject.url``, filled by the application) or, for link entries, the link itself.
The document follows ``timelinejs.schema.json``, written from TimelineJS's JSON format.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib.resources import files
from typing import Any, BinaryIO

from logbook.export.labels import format_datetime, format_period, kind_name, labels_for, pending_lines
from logbook.export.markup import escape, markdown_to_html
from logbook.export.story import Progress, Story, StoryEntry, StoryStage, entry_link
from logbook.export.typography import typeset_html


def timelinejs_schema() -> dict[str, Any]:
    """The JSON schema the rendered documents follow."""
    return json.loads(files("logbook.export").joinpath("timelinejs.schema.json").read_text(encoding="utf-8"))


def _date(value: date | datetime) -> dict[str, int]:
    fields = {"year": value.year, "month": value.month, "day": value.day}
    if isinstance(value, datetime):
        fields |= {"hour": value.hour, "minute": value.minute}
    return fields


def _era(stage: StoryStage) -> dict[str, Any] | None:
    start: date | None = stage.starts_on
    end: date | None = stage.ends_on
    if stage.entries:
        first = min(entry.occurred_at for entry in stage.entries).date()
        last = max(entry.occurred_at for entry in stage.entries).date()
        start = min(start, first) if start else first
        end = max(end, last) if end else last
    if start is None or end is None:
        return None
    return {"start_date": _date(start), "end_date": _date(end), "text": {"headline": escape(stage.title)}}


def _media(story: Story, entry: StoryEntry) -> dict[str, str] | None:
    if not entry.quote_allowed:
        return None
    credit = escape(entry.author_name)
    for media in entry.media:
        if media.kind in ("image", "vector"):
            obj = media.derivative("display", "display-jpeg")
        elif media.kind == "video":
            web = media.derivative("web")
            obj = web if web is not None and web.url else media.derivative("poster", "poster-jpeg")
        else:
            obj = media.derivative("web")
        if obj is None or not obj.url:
            continue
        found = {"url": obj.url, "caption": escape(media.caption), "credit": credit}
        found["alt"] = media.alt_text or media.caption or entry.title
        thumb = media.derivative("thumb", "thumb-jpeg")
        if thumb is not None and thumb.url:
            found["thumbnail"] = thumb.url
        return found
    if entry.link_url and entry.link_url.startswith(("http://", "https://")):
        return {"url": entry.link_url, "caption": "", "credit": credit, "alt": entry.title}
    return None


def _event(story: Story, chapter: StoryStage, entry: StoryEntry) -> dict[str, Any]:
    labels = labels_for(story.locale)
    if entry.kind == "testimony" and not entry.consent:
        text = f"<p><em>{escape(labels['no_consent'])}</em></p>"
    else:
        text = markdown_to_html(entry.body_markdown)
        if entry.kind == "testimony":
            who = escape(entry.speaker_name or labels["speaker"])
            if entry.speaker_role:
                who += f", {escape(entry.speaker_role)}"
            text = f"<blockquote>{text}</blockquote><p>— {who}</p>"
    byline = kind_name(entry.kind, story.locale)
    if entry.author_name:
        byline += f" — {labels['by']} {entry.author_name}"
    text = f"<p><small>{escape(byline)}</small></p>{text}"
    link = entry_link(story, entry)
    if link:
        text += f'<p><a href="{escape(link)}">{escape(labels["open_entry"])}</a></p>'
    event: dict[str, Any] = {
        "start_date": _date(entry.occurred_at),
        "display_date": format_datetime(entry.occurred_at, story.locale),
        "text": {"headline": escape(entry.title or kind_name(entry.kind, story.locale)), "text": text},
        "group": escape(chapter.title),
        "unique_id": f"entry-{entry.id}",
    }
    media = _media(story, entry)
    if media:
        event["media"] = media
    return event


def build_timeline(story: Story, progress: Progress | None = None) -> dict[str, Any]:
    """The TimelineJS document for ``story`` as a dict."""
    labels = labels_for(story.locale)
    intro = []
    if story.nickname:
        intro.append(f"<p><em>{escape(story.nickname)}</em></p>")
    if story.description:
        intro.append(markdown_to_html(story.description))
    period = format_period(story.period_start, story.period_end, story.locale)
    if period:
        intro.append(f"<p>{escape(labels['period'])}{escape(labels['colon'])}{escape(period)}</p>")
    if story.next_stop is not None:
        intro.append(
            f"<p>{escape(labels['next_stop'])}{escape(labels['colon'])}<strong>"
            f"{escape(story.next_stop.title)}</strong></p>"
        )
    if pending := pending_lines(story):
        items = "".join(f"<li>{escape(line)}</li>" for line in pending[1:])
        intro.append(f"<p><strong>{escape(pending[0])}</strong></p><ul>{items}</ul>")
    document: dict[str, Any] = {
        "title": {"text": {"headline": escape(story.name), "text": "".join(intro)}, "unique_id": "title"},
        "events": [],
        "eras": [],
        "scale": "human",
    }
    total = max(story.entry_count, 1)
    done = 0
    for chapter in story.chapters():
        if chapter.id and (era := _era(chapter)):
            document["eras"].append(era)
        for entry in chapter.entries:
            document["events"].append(_event(story, chapter, entry))
            done += 1
            if progress:
                progress(done / total)
    return document


_TEXT_FIELDS = {"headline", "text", "display_date", "group", "caption", "credit", "alt"}


def _typeset(value: Any, locale: str, name: str = "") -> Any:
    """French typography on the document's words (HTML strings), never on its URLs."""
    if isinstance(value, dict):
        return {key: _typeset(item, locale, key) for key, item in value.items()}
    if isinstance(value, list):
        return [_typeset(item, locale, name) for item in value]
    if isinstance(value, str) and name in _TEXT_FIELDS:
        return typeset_html(value, locale)
    return value


def render_timelinejs(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write the story as TimelineJS3 JSON (UTF-8) to ``out``."""
    document = _typeset(build_timeline(story, progress), story.locale)
    out.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    if progress:
        progress(1.0)
