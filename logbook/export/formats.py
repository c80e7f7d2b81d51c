"""Every export format by name, with what a download needs to know about it.

The application's export service and CLI look formats up here; the renderers
themselves stay in one module each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from logbook.export.html import render_html, render_site
from logbook.export.markdown import render_markdown
from logbook.export.pptx import render_pptx
from logbook.export.story import Progress, Story
from logbook.export.timelinejs import render_timelinejs

Renderer = Callable[[Story, BinaryIO, Progress | None], None]


def render_pdf(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """:func:`logbook.export.pdf.render_pdf`, imported when a PDF is first made: WeasyPrint
    takes over a second to import (Pango through cffi), which every process (the CLI, the
    web server, each worker) would otherwise pay at start for exports it may never make."""
    from logbook.export.pdf import render_pdf as render

    render(story, out, progress)


@dataclass(frozen=True)
class ExportFormat:
    name: str
    render: Renderer
    mime: str
    extension: str  # of the file offered for download, without the dot
    label: str  # said to people choosing a format


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("pdf", render_pdf, "application/pdf", "pdf", "PDF (A4)"),
        ExportFormat(
            "pptx",
            render_pptx,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx",
            "Présentation de synthèse (PPTX)",
        ),
        ExportFormat("html", render_html, "text/html; charset=utf-8", "html", "Page web autonome (HTML)"),
        ExportFormat("site", render_site, "application/zip", "zip", "Mini-site web (ZIP)"),
        ExportFormat("markdown", render_markdown, "application/zip", "zip", "Markdown (ZIP)"),
        ExportFormat("timelinejs", render_timelinejs, "application/json", "json", "Frise TimelineJS (JSON)"),
    )
}


def export_format(name: str) -> ExportFormat:
    """The format called ``name``; raises ``KeyError`` naming the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(FORMATS)}") from None


def download_name(story: Story, fmt: ExportFormat) -> str:
    """``<slug>-fil-d-ariane-<date>.<ext>``, safe as a file name."""
    suffix = "-site" if fmt.name == "site" else "-markdown" if fmt.name == "markdown" else ""
    return f"{story.slug}-fil-d-ariane-{story.generated_at:%Y-%m-%d}{suffix}.{fmt.extension}"
