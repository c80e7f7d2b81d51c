"""The story as one HTML document, shared by the PDF, the self-contained page and the site.

Each renderer says how a media object becomes an address (``Sources``): the PDF
points at its own URL fetcher, the page embeds ``data:`` URIs, the site links to
files in its ZIP. The document is produced as a stream of HTML fragments so a
renderer can write it out piece by piece, holding at most one media at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from logbook.export.document_entries import entry_html
from logbook.export.labels import (
    counted,
    counted_word,
    format_date,
    format_period,
    kind_name,
    labels_for,
    pending_lines,
)
from logbook.export.learnt import chapters_html, contents_html
from logbook.export.markup import escape, markdown_to_html, markdown_to_text
from logbook.export.sources import Sources
from logbook.export.story import Story, StoryStage
from logbook.export.typography import typeset, typeset_html

KIND_ORDER = ("note", "photo", "drawing", "audio", "video", "testimony", "link")
#: A description longer than this (in characters of text) would push the cover onto a
#: second page: it goes to an introduction page after the cover instead.
COVER_DESCRIPTION_CHARS = 420
#: Names listed on the cover; the others are counted ("et 12 autres personnes").
COVER_CONTRIBUTORS = 12
#: A longer name is set smaller on the cover.
COVER_LONG_TITLE = 70


def description_on_cover(story: Story) -> bool:
    """Whether the story's description is short enough for the cover."""
    return len(markdown_to_text(story.description)) <= COVER_DESCRIPTION_CHARS


def chapter_anchor(stage: StoryStage) -> str:
    return f"stage-{stage.id}" if stage.id else "stage-unstaged"


def iter_document(
    story: Story, sources: Sources, progress: Callable[[float], None] | None = None
) -> Iterator[str]:
    """HTML fragments of the document's ``<body>`` content, in order."""
    chapters = list(story.chapters())
    total = max(story.entry_count, 1)
    done = 0
    yield from _cover(story, sources)
    yield from _introduction(story)
    yield from _pending(story)
    yield from _contents(story, chapters)
    numbered = 0
    for chapter in chapters:
        if chapter.id:
            numbered += 1
        yield from _chapter_head(story, chapter, numbered if chapter.id else None)
        if not chapter.entries:
            yield f'<p class="empty">{escape(labels_for(story.locale)["no_entries"])}</p>'
        for entry in chapter.entries:
            yield entry_html(story, entry, sources)
            done += 1
            if progress:
                progress(done / total)
        yield "</section>"
    yield from chapters_html(story)
    yield from _next_stop(story)
    yield from _closing(story)


def _cover(story: Story, sources: Sources) -> Iterator[str]:
    labels = labels_for(story.locale)
    yield '<section class="cover" id="cover">'
    yield f'<p class="eyebrow">{escape(labels["story"])}</p>'
    size = ' class="long"' if len(story.name) > COVER_LONG_TITLE else ""
    yield f"<h1{size}>{escape(story.name)}</h1>"
    if story.nickname:
        yield (
            f'<p class="nickname">« {escape(story.nickname)} »</p>'
            if story.locale != "en"
            else (f'<p class="nickname">“{escape(story.nickname)}”</p>')
        )
    if story.description and description_on_cover(story):
        yield f'<div class="description">{markdown_to_html(story.description)}</div>'
    yield '<dl class="facts">'
    period = format_period(story.period_start, story.period_end, story.locale)
    if period:
        yield f"<dt>{escape(labels['period'])}</dt><dd>{escape(period[:1].upper() + period[1:])}</dd>"
    if story.contributors:
        who = counted_word("contributors", len(story.contributors), story.locale)
        names = ", ".join(story.contributors[:COVER_CONTRIBUTORS])
        others = len(story.contributors) - COVER_CONTRIBUTORS
        if others > 0:
            names += f" {labels['and']} {counted('more_contributors', others, story.locale)}"
        yield f"<dt>{escape(who[:1].upper() + who[1:])}</dt><dd>{escape(names)}</dd>"
    if story.scope:
        yield f"<dt>{escape(labels['scope'])}</dt><dd>{escape(story.scope)}</dd>"
    yield "</dl>"
    counts = [(kind, story.counts[kind]) for kind in KIND_ORDER if story.counts.get(kind)]
    counts += [(k, n) for k, n in story.counts.items() if k not in KIND_ORDER and n]
    if counts:
        yield f'<h2 class="counts-title">{escape(labels["counts"])}</h2><ul class="counts">'
        for kind, count in counts:
            yield (
                f'<li><span class="number">{count}</span>'
                f'<span class="what">{escape(kind_name(kind, story.locale, count))}</span></li>'
            )
        yield "</ul>"
    yield (
        f'<p class="generated">{escape(labels["generated"])} '
        f"{escape(format_date(story.generated_at, story.locale))}</p>"
    )
    photo = _cover_photo(story, sources)
    if photo:
        yield photo
    yield "</section>"


def _introduction(story: Story) -> Iterator[str]:
    """The description, on a page of its own after the cover, when too long for it."""
    if not story.description or description_on_cover(story):
        return
    labels = labels_for(story.locale)
    yield f'<section class="introduction" id="introduction"><h2>{escape(labels["introduction"])}</h2>'
    yield f'<div class="description">{markdown_to_html(story.description)}</div></section>'


def _pending(story: Story) -> Iterator[str]:
    """Media still being processed are not in the document: it says so, and for which entries."""
    lines = pending_lines(story)
    if not lines:
        return
    items = "".join(f"<li>{escape(line)}</li>" for line in lines[1:])
    yield f'<aside class="pending-media" id="pending-media"><p>{escape(lines[0])}</p><ul>{items}</ul></aside>'


def _cover_photo(story: Story, sources: Sources) -> str:
    """The first pinned picture of the story, shown on the cover."""
    for entry in story.entries():
        if not entry.pinned or not entry.quote_allowed:
            continue
        for media in entry.media:
            if media.kind not in ("image", "vector"):
                continue
            obj = media.derivative(*sources.image_specs)
            src = sources.image(obj) if obj is not None else None
            if src:
                alt = escape(media.alt_text or media.caption)
                return f'<figure class="cover-photo"><img src="{escape(src)}" alt="{alt}"></figure>'
    return ""


def _contents(story: Story, chapters: list[StoryStage]) -> Iterator[str]:
    labels = labels_for(story.locale)
    yield f'<nav class="contents" id="contents"><h2>{escape(labels["contents"])}</h2><ol>'
    number = 0
    for chapter in chapters:
        label = ""
        if chapter.id:
            number += 1
            label = f'<span class="toc-number">{number}</span>'
        dates = format_period(chapter.starts_on, chapter.ends_on, story.locale)
        yield (
            f'<li><a href="#{chapter_anchor(chapter)}">{label}'
            f'<span class="toc-title">{escape(chapter.title)}</span></a>'
            + (f'<span class="toc-dates">{escape(dates)}</span>' if dates else "")
            + "</li>"
        )
    yield from contents_html(story)
    if story.next_stop is not None:
        title = f"{labels['next_stop']}{labels['colon']}{story.next_stop.title}"
        yield (
            f'<li class="toc-next"><a href="#next-stop">'
            f'<span class="toc-title">{escape(title)}</span></a></li>'
        )
    yield "</ol></nav>"


def _chapter_head(story: Story, stage: StoryStage, number: int | None) -> Iterator[str]:
    labels = labels_for(story.locale)
    yield f'<section class="chapter" id="{chapter_anchor(stage)}">'
    yield '<header class="chapter-head">'
    if number is not None:
        status = labels["reached"] if stage.reached else labels["upcoming"]
        yield (
            f'<p class="chapter-number">{escape(labels["stage"])} {number}'
            f'<span class="status {"reached" if stage.reached else "upcoming"}">{escape(status)}</span></p>'
        )
    yield f"<h2>{escape(stage.title)}</h2>"
    dates = format_period(stage.starts_on, stage.ends_on, story.locale)
    if dates:
        yield f'<p class="chapter-dates">{escape(dates[:1].upper() + dates[1:])}</p>'
    if stage.summary:
        yield f'<div class="summary">{markdown_to_html(stage.summary)}</div>'
    yield "</header>"


def _next_stop(story: Story) -> Iterator[str]:
    labels = labels_for(story.locale)
    yield f'<section class="next-stop" id="next-stop"><p class="eyebrow">{escape(labels["next_stop"])}</p>'
    stop = story.next_stop
    if stop is None:
        yield f"<h2>{escape(labels['no_next_stop'])}</h2></section>"
        return
    yield f"<h2>{escape(stop.title)}</h2>"
    dates = format_period(stop.starts_on, stop.ends_on, story.locale)
    if dates:
        yield f'<p class="chapter-dates">{escape(dates[:1].upper() + dates[1:])}</p>'
    if stop.summary:
        yield f'<div class="summary">{markdown_to_html(stop.summary)}</div>'
    yield "</section>"


def closing_key(story: Story) -> str:
    """The label that says where the logbook goes on: online at its public address, in
    Carnet at the address the export was asked from, or just in Carnet."""
    if story.base_url and story.base_url_public:
        return "closing_online"
    return "closing_in_carnet_at" if story.base_url else "closing_in_carnet"


def _closing(story: Story) -> Iterator[str]:
    labels = labels_for(story.locale)
    yield f'<section class="closing" id="closing"><h2>{escape(labels["closing"])}</h2>'
    yield f"<p>{escape(labels['closing_text'])}</p>"
    # Promise an address only when there is one to give.
    yield f"<p>{escape(labels[closing_key(story)])}</p>"
    if story.base_url:
        yield f'<p class="url"><a href="{escape(story.base_url)}">{escape(story.base_url)}</a></p>'
    yield f'<p class="signature">{escape(story.name)}'
    if story.nickname:
        yield f" · {escape(story.nickname)}"
    yield "</p>"
    yield (
        f'<p class="generated">{escape(labels["generated"])} '
        f"{escape(format_date(story.generated_at, story.locale))}</p></section>"
    )


def html_page(story: Story, css: str, body: Iterator[str]) -> Iterator[str]:
    """A whole HTML page around ``body`` fragments, with its CSS inline and the story's
    metadata (which WeasyPrint also writes into the PDF's document information).

    French typography (``typography.typeset_html``) is applied to every fragment here, at
    render time, so every format made from the document gets it."""
    meta = {
        "author": ", ".join(story.contributors),
        "description": typeset(markdown_to_text(story.description).replace("\n", " "), story.locale),
        "keywords": ", ".join(sorted(story.counts)),
        "generator": "Carnet",
        "dcterms.created": story.generated_at.isoformat(),
    }
    tags = "".join(f'<meta name="{name}" content="{escape(value)}">' for name, value in meta.items() if value)
    yield (
        f'<!DOCTYPE html><html lang="{"en" if story.locale == "en" else "fr"}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{tags}'
        f"<title>{escape(typeset(story.name, story.locale))}</title><style>{css}</style></head><body>"
    )
    for fragment in body:
        yield typeset_html(fragment, story.locale)
    yield "</body></html>"
