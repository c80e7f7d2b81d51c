"""The story as a ZIP of Markdown files, readable as is and by static site generators.

Layout::

    index.md                          the logbook, its contents, the next stop
    01-<stage-slug>/index.md          a stage: front matter, summary, its entries in order
    01-<stage-slug>/<date>-<id>-<slug>.md
                                      one entry: YAML front matter (id, kind, date, author, tags…)
    learnt.md, people.md              what we learnt (effects, reviews), who took part (export.learnt)
    media/<media-id>-<spec>.<ext>     display images, posters, playable audio and video

Every link the export writes is relative and resolves inside the archive, or is
an ``http(s):``/``mailto:`` address; bodies, summaries and descriptions go through
``safe_markdown`` so theirs are too, and raw HTML in them is escaped. Front matter
values are YAML double-quoted strings (or booleans and numbers), on one line, with
``<`` and ``>`` written as HTML entities: a page template that prints them
unescaped still makes no tag of them.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import zipfile
from typing import BinaryIO

import yaml

from logbook.export.labels import (
    counted_word,
    format_datetime,
    format_duration,
    format_period,
    kind_name,
    labels_for,
    pending_lines,
)
from logbook.export.learnt import chapter_file, chapter_markdown
from logbook.export.learnt import chapters as learnt_chapters
from logbook.export.safe_markdown import destination, escape_text, safe_markdown, safe_target
from logbook.export.story import Progress, Story, StoryEntry, StoryMedia, StoryObject, StoryStage, entry_link

_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/png": "png",
    "audio/mp4": "m4a",
    "video/mp4": "mp4",
    "application/json": "json",
}


def slugify(text: str, limit: int = 60) -> str:
    """ASCII, lowercase, dash-separated; ``sans-titre`` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "sans-titre"


def _scalar(value: object) -> str:
    """One front matter value as YAML on one line."""
    if isinstance(value, bool | int | float):
        return "true" if value is True else "false" if value is False else str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    text = " ".join(str(value).split()).replace("<", "&lt;").replace(">", "&gt;")
    return yaml.safe_dump(text, default_style='"', allow_unicode=True, width=float("inf")).strip()


def _inline(text: str) -> str:
    """Text for a heading or link label: one line, no markup."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join((text or "").split()))


def _media_name(obj: StoryObject, media: StoryMedia, spec: str) -> str:
    extension = _EXTENSIONS.get(obj.mime) or obj.key.rsplit(".", 1)[-1].lower() or "bin"
    return f"media/{media.id}-{spec}.{extension}"


class _Archive:
    """The ZIP being written and the media it must contain."""

    def __init__(self, story: Story, out: BinaryIO) -> None:
        self.story = story
        self.zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        self.media: dict[str, StoryObject] = {}
        self.date_time = story.generated_at.timetuple()[:6]

    def write_text(self, name: str, text: str) -> None:
        info = zipfile.ZipInfo(name, date_time=self.date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, text.encode("utf-8"))

    def media_link(self, media: StoryMedia, spec: str, obj: StoryObject) -> str:
        name = _media_name(obj, media, spec)
        self.media[name] = obj
        return name

    def copy_media(self, progress: Progress | None) -> None:
        for done, (name, obj) in enumerate(self.media.items(), start=1):
            try:
                source = self.story.media_reader.open(obj.key)
            except FileNotFoundError:
                continue
            info = zipfile.ZipInfo(name, date_time=self.date_time)
            info.compress_type = zipfile.ZIP_STORED
            with source, self.zip.open(info, "w", force_zip64=True) as target:
                shutil.copyfileobj(source, target)
            if progress:
                progress(0.5 + 0.5 * done / len(self.media))


def render_markdown(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write the story as a ZIP of Markdown files with a ``media/`` folder.

    Media files are copied into the archive one stream at a time.
    """
    archive = _Archive(story, out)
    with archive.zip:
        chapters = list(story.chapters())
        folders = []
        number = 0
        for chapter in chapters:
            if chapter.id:
                number += 1
                folders.append(f"{number:02d}-{slugify(chapter.title)}")
            else:
                folders.append(f"{number + 1:02d}-{slugify(chapter.title)}")
        archive.write_text("index.md", _index(story, chapters, folders))
        total = max(story.entry_count, 1)
        done = 0
        for chapter, folder in zip(chapters, folders, strict=True):
            names = []
            for entry in chapter.entries:
                title = entry.title or kind_name(entry.kind, story.locale)
                name = f"{entry.occurred_at:%Y-%m-%d}-{entry.id}-{slugify(title, 40)}.md"
                names.append(name)
                archive.write_text(f"{folder}/{name}", _entry(story, chapter, entry, archive))
                done += 1
                if progress:
                    progress(0.5 * done / total)
            archive.write_text(f"{folder}/index.md", _stage(story, chapter, names))
        for extra in learnt_chapters(story):
            archive.write_text(chapter_file(extra), chapter_markdown(story, extra, _inline))
        archive.copy_media(progress)
    if progress:
        progress(1.0)


def _front_matter(fields: dict[str, object]) -> str:
    lines = ["---"]
    lines += [f"{key}: {_scalar(value)}" for key, value in fields.items() if value is not None]
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def _index(story: Story, chapters: list[StoryStage], folders: list[str]) -> str:
    labels = labels_for(story.locale)
    colon = labels["colon"]
    lines = [
        _front_matter(
            {
                "slug": story.slug,
                "title": story.name,
                "nickname": story.nickname or None,
                "period_start": story.period_start.isoformat() if story.period_start else None,
                "period_end": story.period_end.isoformat() if story.period_end else None,
                "generated_at": story.generated_at.isoformat(),
                "locale": story.locale,
            }
        )
        + f"# {_inline(story.name)}\n"
    ]
    if story.nickname:
        lines.append(f"*{_inline(story.nickname)}*\n")
    if story.description:
        lines.append(safe_markdown(story.description) + "\n")
    period = format_period(story.period_start, story.period_end, story.locale)
    if period:
        lines.append(f"**{labels['period']}**{colon}{period}  ")
    if story.contributors:
        who = counted_word("contributors", len(story.contributors), story.locale)
        lines.append(f"**{who[:1].upper() + who[1:]}**{colon}{_inline(', '.join(story.contributors))}  ")
    counts = ", ".join(f"{n} {kind_name(k, story.locale, n)}" for k, n in story.counts.items() if n)
    if counts:
        lines.append(f"**{labels['counts']}**{colon}{counts}")
    if pending := pending_lines(story):
        lines.append(f"\n> **{escape_text(pending[0])}**")
        lines += [f"> - {_inline(line)}" for line in pending[1:]]
    lines.append(f"\n## {labels['contents']}\n")
    for chapter, folder in zip(chapters, folders, strict=True):
        dates = format_period(chapter.starts_on, chapter.ends_on, story.locale)
        lines.append(f"1. [{_inline(chapter.title)}]({folder}/index.md)" + (f" — {dates}" if dates else ""))
    lines += [f"1. [{_inline(extra.title)}]({chapter_file(extra)})" for extra in learnt_chapters(story)]
    lines.append(f"\n## {labels['next_stop']}\n")
    if story.next_stop is None:
        lines.append(labels["no_next_stop"])
    else:
        lines.append(f"**{_inline(story.next_stop.title)}**")
        dates = format_period(story.next_stop.starts_on, story.next_stop.ends_on, story.locale)
        if dates:
            lines.append(f"\n{dates}")
        if story.next_stop.summary:
            lines.append("\n" + safe_markdown(story.next_stop.summary))
    return "\n".join(lines) + "\n"


def _stage(story: Story, stage: StoryStage, names: list[str]) -> str:
    labels = labels_for(story.locale)
    parts = [
        _front_matter(
            {
                "id": stage.id or None,
                "title": stage.title,
                "starts_on": stage.starts_on.isoformat() if stage.starts_on else None,
                "ends_on": stage.ends_on.isoformat() if stage.ends_on else None,
                "reached": stage.reached if stage.id else None,
            }
        ),
        f"# {_inline(stage.title)}\n",
        f"[← {_inline(story.name)}](../index.md)\n",
    ]
    dates = format_period(stage.starts_on, stage.ends_on, story.locale)
    if dates:
        parts.append(f"*{dates}*\n")
    if stage.summary:
        parts.append(safe_markdown(stage.summary) + "\n")
    if not stage.entries:
        parts.append(f"*{labels['no_entries']}*\n")
    for entry, name in zip(stage.entries, names, strict=True):
        when = format_datetime(entry.occurred_at, story.locale)
        title = _inline(entry.title or kind_name(entry.kind, story.locale))
        parts.append(f"- [{title}]({name}) — {kind_name(entry.kind, story.locale)}, {when}")
    return "\n".join(parts) + "\n"


def _entry(story: Story, stage: StoryStage, entry: StoryEntry, archive: _Archive) -> str:
    labels = labels_for(story.locale)
    consent = entry.quote_allowed
    fields: dict[str, object] = {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "date": entry.occurred_at.isoformat(),
        "author": entry.author_name or None,
        "tags": list(entry.tags),
        "stage": stage.title,
        "pinned": entry.pinned,
    }
    if entry.kind == "testimony":
        fields["consent"] = entry.consent
        if consent:
            fields["speaker"] = entry.speaker_name
            fields["speaker_role"] = entry.speaker_role
    target = destination(entry.link_url) if safe_target(entry.link_url) else ""
    if target:
        fields["link"] = target
    link = entry_link(story, entry)
    link = destination(link) if safe_target(link) else ""
    if link:
        fields["url"] = link
    parts = [_front_matter(fields), f"# {_inline(entry.title or kind_name(entry.kind, story.locale))}\n"]
    parts.append(
        f"*{kind_name(entry.kind, story.locale)} — {format_datetime(entry.occurred_at, story.locale)}*"
    )
    if entry.author_name:
        parts[-1] += f" *— {labels['by']} {_inline(entry.author_name)}*"
    parts.append("")
    if entry.kind == "testimony" and not consent:
        parts.append(f"> *{labels['no_consent']}*\n")
    elif entry.kind == "testimony":
        quote = safe_markdown(entry.body_markdown)
        parts.append("\n".join(f"> {line}" if line else ">" for line in quote.splitlines()))
        who = _inline(entry.speaker_name or labels["speaker"])
        if entry.speaker_role:
            who += f", {_inline(entry.speaker_role)}"
        parts.append(f">\n> — **{who}**\n")
    elif entry.body_markdown:
        parts.append(safe_markdown(entry.body_markdown) + "\n")
    if target:
        parts.append(f"{labels['link']}{labels['colon']}<{target}>\n")
    elif entry.link_url:
        # Not a web address: shown, never linked.
        parts.append(f"{labels['link']}{labels['colon']}{escape_text(entry.link_url)}\n")
    if consent:
        parts.extend(_media(story, entry, media, archive) for media in entry.media)
    if link:
        parts.append(f"[{labels['open_entry']}](<{link}>)\n")
    parts.append(f"[← {_inline(stage.title)}](index.md)")
    return "\n".join(part for part in parts if part is not None) + "\n"


def _media(story: Story, entry: StoryEntry, media: StoryMedia, archive: _Archive) -> str:
    labels = labels_for(story.locale)
    alt = _inline(media.alt_text or media.caption or entry.title)
    out: list[str] = []
    if media.kind in ("image", "vector"):
        for spec in ("display-jpeg", "display"):
            obj = media.derivatives.get(spec)
            if obj is not None:
                out.append(f"![{alt}](../{archive.media_link(media, spec, obj)})")
                break
    elif media.kind in ("audio", "video"):
        poster = media.derivative("poster-jpeg", "poster") if media.kind == "video" else None
        if poster is not None:
            spec = "poster-jpeg" if "poster-jpeg" in media.derivatives else "poster"
            out.append(f"![{alt}](../{archive.media_link(media, spec, poster)})")
        web = media.derivatives.get("web")
        if web is not None:
            action = labels["play_video"] if media.kind == "video" else labels["play_audio"]
            duration = format_duration(media.duration)
            out.append(
                f"[▶ {action}](../{archive.media_link(media, 'web', web)})"
                + (f" ({duration})" if duration else "")
            )
        if media.transcript:
            transcript = escape_text(" ".join(media.transcript.split()))
            out.append(f"\n**{labels['transcript']}**{labels['colon']}{transcript}")
    if media.caption and out:
        out.insert(1, f"\n*{_inline(media.caption)}*")
    return "\n".join(out) + "\n" if out else ""
