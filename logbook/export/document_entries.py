"""One entry of the story's HTML document (:mod:`logbook.export.document`): its heading
and text, a testimony's quote, its photos, drawings, audio and video, its link."""

from __future__ import annotations

from logbook.export.labels import (
    format_datetime,
    format_duration,
    kind_name,
    labels_for,
)
from logbook.export.markup import escape, markdown_to_html
from logbook.export.qrcodes import qr_svg
from logbook.export.sources import Sources, data_uri, waveform_uri
from logbook.export.story import Story, StoryEntry, StoryMedia, entry_link


def entry_html(story: Story, entry: StoryEntry, sources: Sources) -> str:
    """The HTML of one entry of the story."""
    labels = labels_for(story.locale)
    parts = [
        f'<article class="entry kind-{escape(entry.kind)}{" pinned" if entry.pinned else ""}" '
        f'id="entry-{entry.id}">'
    ]
    meta = [f'<span class="kind">{escape(kind_name(entry.kind, story.locale))}</span>']
    meta.append(f'<time datetime="{entry.occurred_at.isoformat()}">')
    meta.append(f"{escape(format_datetime(entry.occurred_at, story.locale))}</time>")
    if entry.author_name:
        meta.append(f'<span class="author">{escape(labels["by"])} {escape(entry.author_name)}</span>')
    parts.append(f'<p class="meta">{"".join(meta)}</p>')
    if entry.title:
        parts.append(f"<h3>{'<span class=pin>★</span> ' if entry.pinned else ''}{escape(entry.title)}</h3>")
    if entry.kind == "testimony":
        parts.append(_testimony(story, entry))
    else:
        body = markdown_to_html(entry.body_markdown)
        if body:
            parts.append(f'<div class="body">{body}</div>')
    if entry.kind == "link" and entry.link_url:
        parts.append(_link(entry.link_url))
    if entry.quote_allowed:
        for media in entry.media:
            parts.append(_media(story, entry, media, sources))
    link = entry_link(story, entry)
    if link and not any(m.kind in ("audio", "video") for m in entry.media if entry.quote_allowed):
        parts.append(f'<p class="entry-link"><a href="{escape(link)}">{escape(labels["open_entry"])}</a></p>')
    if entry.tags:
        tags = "".join(f"<li>#{escape(tag)}</li>" for tag in entry.tags)
        parts.append(f'<ul class="tags" aria-label="{escape(labels["tags"])}">{tags}</ul>')
    parts.append("</article>")
    return "".join(parts)


def _testimony(story: Story, entry: StoryEntry) -> str:
    labels = labels_for(story.locale)
    if not entry.consent:
        return f'<p class="no-consent">{escape(labels["no_consent"])}</p>'
    words = markdown_to_html(entry.body_markdown)
    who = escape(entry.speaker_name or labels["speaker"])
    if entry.speaker_role:
        who += f', <span class="role">{escape(entry.speaker_role)}</span>'
    return (
        f'<figure class="testimony"><blockquote>{words}</blockquote><figcaption>— {who}</figcaption></figure>'
    )


def _link(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return f'<p class="link-target"><a href="{escape(url)}">{escape(url)}</a></p>'
    return f'<p class="link-target">{escape(url)}</p>'


def _media(story: Story, entry: StoryEntry, media: StoryMedia, sources: Sources) -> str:
    if media.kind in ("image", "vector"):
        return _picture(media, sources)
    if media.kind in ("audio", "video"):
        return _playable(story, entry, media, sources)
    return ""


def _caption(media: StoryMedia) -> str:
    return f"<figcaption>{escape(media.caption)}</figcaption>" if media.caption else ""


def _picture(media: StoryMedia, sources: Sources) -> str:
    obj = media.derivative(*sources.image_specs)
    src = sources.image(obj) if obj is not None else None
    if src is None:
        return ""
    size = ""
    if obj.width and obj.height:
        size = f' width="{obj.width}" height="{obj.height}"'
        shape = "portrait" if obj.height > obj.width else "landscape"
    else:
        shape = "landscape"
    alt = escape(media.alt_text or media.caption)
    image = f'<img src="{escape(src)}" alt="{alt}"{size}>'
    return f'<figure class="picture {shape}">{image}{_caption(media)}</figure>'


def _playable(story: Story, entry: StoryEntry, media: StoryMedia, sources: Sources) -> str:
    labels = labels_for(story.locale)
    parts = [f'<figure class="playable {media.kind}">']
    web = media.derivative("web")
    poster_obj = media.derivative(*sources.poster_specs) if media.kind == "video" else None
    poster = sources.image(poster_obj) if poster_obj is not None else None
    if sources.playable is not None and web is not None and (src := sources.playable(web)):
        if media.kind == "video":
            poster_attr = f' poster="{escape(poster)}"' if poster else ""
            parts.append(
                f'<video controls preload="none"{poster_attr} src="{escape(src)}" '
                f'aria-label="{escape(media.alt_text or media.caption or entry.title)}"></video>'
            )
        else:
            parts.append(f'<audio controls preload="none" src="{escape(src)}"></audio>')
    else:
        still = poster if media.kind == "video" else waveform_uri(story, media)
        if still:
            alt = escape(media.alt_text or media.caption or entry.title)
            role = "poster" if media.kind == "video" else "waveform"
            parts.append(f'<img class="still {role}" src="{escape(still)}" alt="{alt}">')
    link = entry_link(story, entry)
    details = []
    duration = format_duration(media.duration)
    if duration:
        details.append(f'<span class="duration">{escape(labels["duration"])} {duration}</span>')
    if link:
        action = labels["watch"] if media.kind == "video" else labels["listen"]
        qr = data_uri("image/svg+xml", qr_svg(link))
        details.insert(
            0, f'<a href="{escape(link)}">{escape(action)}</a><span class="url">{escape(link)}</span>'
        )
        parts.append(f'<div class="access"><img class="qr" src="{qr}" alt="QR code">')
        parts.append(f"<p>{''.join(details)}</p></div>")
    elif details:
        parts.append(f'<div class="access"><p>{"".join(details)}</p></div>')
    parts.append(_caption(media))
    parts.append("</figure>")
    if media.transcript:
        parts.append(
            f'<div class="transcript"><p class="label">{escape(labels["transcript"])}</p>'
            f"<p>{escape(media.transcript)}</p></div>"
        )
    return "".join(parts)
