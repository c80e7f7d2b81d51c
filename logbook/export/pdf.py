"""The story as an A4 PDF, laid out by WeasyPrint from HTML and print CSS.

WeasyPrint keeps every laid-out page of a document until it writes it (about
0.5 MB an entry). A story of more than ``PARTS_ABOVE`` entries is therefore
laid out in parts: the cover and contents, each chapter, then the next stop
and closing, each written to its own temporary PDF and freed before the next;
pypdf joins them. Page numbers run on from part to part, the contents get the
chapters' first pages (laid out once more when they are known), its entries
link to their chapters, the outline lists every part's headings, and the
footers ("12 / 628") are stamped on the joined pages once their number is known.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote

from PIL import ImageFile
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from logbook.export.document import chapter_anchor, html_page, iter_document
from logbook.export.learnt import chapters as learnt_chapters
from logbook.export.sources import Sources
from logbook.export.story import Progress, Story, StoryObject
from logbook.export.typography import typeset

# WeasyPrint turns on Pillow's LOAD_TRUNCATED_IMAGES for the whole process when it is
# imported; uploads must keep being refused when cut, so Pillow's default is restored.
# Our derivatives are whole, so the PDF loses nothing.
ImageFile.LOAD_TRUNCATED_IMAGES = False

_SCHEME = "carnet-media:"
#: Stories with more entries than this are laid out one chapter at a time…
PARTS_ABOVE = 150
#: …and a longer chapter in pieces of this many entries (each piece starts a page).
ENTRIES_PER_PART = 150
_PX_TO_PT = 0.75


class StoryFetcher(URLFetcher):
    """Serves media from the story's reader, one stream at a time, and ``data:`` URIs.

    Anything else (http, file, …) is refused, so an export never reaches the
    network or the local disk whatever the document contains.
    """

    def __init__(self, story: Story, mimes: dict[str, str], on_fetch: Progress | None = None) -> None:
        super().__init__(allowed_protocols={"data"})
        self._story = story
        self._mimes = mimes
        self._on_fetch = on_fetch

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        if url.startswith(_SCHEME):
            key = unquote(url[len(_SCHEME) :])
            if key not in self._mimes:
                raise ValueError(f"not a media of this story: {key}")
            stream = self._story.media_reader.open(key)
            if self._on_fetch:
                self._on_fetch(1.0)
            return URLFetcherResponse(url, body=stream, headers={"Content-Type": self._mimes[key]})
        return super().fetch(url, headers)


def render_pdf(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write the story as a PDF to ``out``.

    Photos use their ``display-jpeg`` derivative; audio and video appear as a
    waveform or poster with a QR code to the entry. Missing media are left out.
    """
    if story.entry_count > PARTS_ABOVE:
        _render_in_parts(story, out, progress)
    else:
        _render_whole(story, out, progress)


def _print_css() -> CSS:
    return CSS(string=files("logbook.export").joinpath("styles/print.css").read_text(encoding="utf-8"))


def _sources(mimes: dict[str, str]) -> Sources:
    def image(obj: StoryObject) -> str:
        mimes[obj.key] = obj.mime
        return _SCHEME + quote(obj.key)

    return Sources(image=image, image_specs=("display-jpeg", "display"))


def _render_whole(story: Story, out: BinaryIO, progress: Progress | None) -> None:
    mimes: dict[str, str] = {}

    def report(fraction: float, start: float, span: float) -> None:
        if progress:
            progress(start + span * fraction)

    body = iter_document(story, _sources(mimes), progress=lambda f: report(f, 0.0, 0.1))
    text = "".join(html_page(story, "", body))

    fetched = 0

    def on_fetch(_: float) -> None:
        nonlocal fetched
        fetched += 1
        report(fetched / max(len(mimes), 1), 0.1, 0.6)

    fetcher = StoryFetcher(story, mimes, on_fetch)
    document = HTML(string=text, url_fetcher=fetcher, base_url=None).render(stylesheets=[_print_css()])
    report(1.0, 0.7, 0.0)
    document.write_pdf(out)
    report(1.0, 1.0, 0.0)


# --- in parts ------------------------------------------------------------------------------


@dataclass
class _Part:
    path: Path
    pages: int
    anchor: str = ""  # the chapter this part holds


def _split(fragments: Iterator[str]) -> Iterator[tuple[str, list[str]]]:
    """The document's fragments grouped as ("front", …), ("chapter", …)…, ("back", …).

    A chapter of more than ``ENTRIES_PER_PART`` entries goes on in ("continued", …)
    groups, so that no part holds more than that many entries. What we learnt and who took
    part (``export.learnt``) come as ("learnt", …) groups after the chapters.
    """
    kind, group, entries = "front", [], 0
    for fragment in fragments:
        if fragment.startswith('<section class="chapter"'):
            yield kind, group
            kind, group, entries = "chapter", [], 0
        elif fragment.startswith('<section class="learnt-chapter"'):
            yield kind, group
            kind, group = "learnt", []
        elif fragment.startswith('<section class="next-stop"'):
            yield kind, group
            kind, group = "back", []
        elif fragment.startswith("<article") and kind in ("chapter", "continued"):
            if entries == ENTRIES_PER_PART:
                yield kind, group
                kind, group, entries = "continued", ['<section class="chapter-continued">'], 0
            entries += 1
        group.append(fragment)
    yield kind, group


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _numbering_css(story: Story, first_page: int, chapter: str | None = None) -> CSS:
    """Page counters that run on from the parts before, the running heads that the cover
    (and, for a chapter's continuation, its title) would have set, and no footer: the
    footers ("12 / 628") are stamped on the joined document, once its length is known."""
    heads = f"@top-left {{ content: {_css_string(typeset(story.name, story.locale))}; }}"
    if chapter is not None:
        heads += f" @top-right {{ content: {_css_string(typeset(chapter, story.locale))}; }}"
    return CSS(
        string=(
            f"@page {{ {heads} @bottom-center {{ content: none; }} }}"
            f"@page :first {{ counter-reset: page {first_page}; }}"
        )
    )


def _footers(count: int, path: Path) -> None:
    """A PDF of ``count`` blank pages holding only print.css's footers, the first (the
    cover's) without one."""
    blank = '<div style="page: cover"></div>' + '<div style="break-before: page"></div>' * (count - 1)
    HTML(string=f"<!DOCTYPE html><html><body>{blank}</body></html>", base_url=None).write_pdf(
        path,
        stylesheets=[
            _print_css(),
            CSS(string="@page { @top-left { content: none; } @top-right { content: none; } }"),
        ],
    )


_TOC_LINK = re.compile(r'<a href="#([A-Za-z0-9_-]+)">')


def _contents_css() -> CSS:
    return CSS(string='.contents li a::after { content: leader(dotted) " " attr(data-page); }')


def _render_part(
    story: Story, fragments: list[str], first_page: int, fetcher, path: Path, extra=(), chapter=None
) -> int:
    text = "".join(html_page(story, "", iter(fragments)))
    document = HTML(string=text, url_fetcher=fetcher, base_url=None).render(
        stylesheets=[_print_css(), _numbering_css(story, first_page, chapter), *extra]
    )
    document.write_pdf(path)
    return len(document.pages)


def _front_with_numbers(fragments: list[str], numbers: dict[str, int]) -> list[str]:
    def number(match: re.Match[str]) -> str:
        return f'<a href="#{match[1]}" data-page="{numbers.get(match[1], "")}">'

    return [_TOC_LINK.sub(number, fragment) for fragment in fragments]


def _render_in_parts(story: Story, out: BinaryIO, progress: Progress | None) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link

    mimes: dict[str, str] = {}

    def on_entry(fraction: float) -> None:
        # Fragments are made as the parts are laid out, so this follows the layout.
        if progress:
            progress(min(0.95 * fraction, 0.95))

    fetcher = StoryFetcher(story, mimes)
    chapters = list(story.chapters())
    anchors = [chapter_anchor(chapter) for chapter in chapters]
    learnt_anchors = [chapter.anchor for chapter in learnt_chapters(story)]
    learnt_index = 0
    with tempfile.TemporaryDirectory(prefix="carnet-pdf-") as folder:
        parts: list[_Part] = []
        front: list[str] = []
        next_page = 1
        chapter_index = 0
        for kind, fragments in _split(iter_document(story, _sources(mimes), progress=on_entry)):
            path = Path(folder) / f"part-{len(parts):04d}.pdf"
            if kind == "front":
                # Laid out now for its page count, again at the end with the chapters' pages.
                front = fragments
                numbers = dict.fromkeys([*anchors, *learnt_anchors, "next-stop"], 9999)
                pages = _render_part(
                    story, _front_with_numbers(front, numbers), 1, fetcher, path, (_contents_css(),)
                )
                parts.append(_Part(path, pages, "front"))
            elif kind == "continued":
                title = chapters[chapter_index - 1].title
                pages = _render_part(story, fragments, next_page, fetcher, path, chapter=title)
                parts.append(_Part(path, pages))
            elif kind == "learnt":
                pages = _render_part(story, fragments, next_page, fetcher, path)
                parts.append(_Part(path, pages, learnt_anchors[learnt_index]))
                learnt_index += 1
            else:
                anchor = anchors[chapter_index] if kind == "chapter" else "next-stop"
                chapter_index += kind == "chapter"
                pages = _render_part(story, fragments, next_page, fetcher, path)
                parts.append(_Part(path, pages, anchor))
            next_page += pages
        starts: dict[str, int] = {}
        page = 1
        for part in parts:
            if part.anchor:
                starts[part.anchor] = page
            page += part.pages
        front_pages = parts[0].pages
        front_fragments = _front_with_numbers(front, starts)
        document = HTML(
            string="".join(html_page(story, "", iter(front_fragments))), url_fetcher=fetcher, base_url=None
        ).render(stylesheets=[_print_css(), _numbering_css(story, 1), _contents_css()])
        if len(document.pages) != front_pages:
            raise RuntimeError("the contents changed length once numbered")  # numbers never wrap lines
        # One link per contents line: WeasyPrint reports the line's inner boxes too.
        links: dict[tuple[int, str], tuple[float, float, float, float, float]] = {}
        for index, page_box in enumerate(document.pages):
            for link_type, target, (x1, y1, x2, y2), _box in page_box.links:
                if link_type != "internal" or target not in starts:
                    continue
                a1, b1, a2, b2, _ = links.get((index, target), (x1, y1, x2, y2, 0))
                links[index, target] = (min(a1, x1), min(b1, y1), max(a2, x2), max(b2, y2), page_box.height)
        document.write_pdf(parts[0].path)
        del document

        writer = PdfWriter()
        for part in parts:
            writer.append(str(part.path))
        for (index, target), (x1, y1, x2, y2, page_height) in links.items():
            # WeasyPrint measures in CSS px from the top; PDF in points from the bottom.
            top = page_height * _PX_TO_PT
            writer.add_annotation(
                page_number=index,
                annotation=Link(
                    rect=(x1 * _PX_TO_PT, top - y2 * _PX_TO_PT, x2 * _PX_TO_PT, top - y1 * _PX_TO_PT),
                    target_page_index=starts[target] - 1,
                ),
            )
        info = PdfReader(str(parts[0].path)).metadata
        if info:
            writer.add_metadata({key: value for key, value in info.items() if isinstance(value, str)})
        footers = Path(folder) / "footers.pdf"
        _footers(len(writer.pages), footers)
        for index, page in enumerate(PdfReader(str(footers)).pages):
            if index:
                writer.pages[index].merge_page(page)
                # Merging leaves the page's content uncompressed (half again the file size).
                writer.pages[index].compress_content_streams()
        writer.write(out)
    if progress:
        progress(1.0)
