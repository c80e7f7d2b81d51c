"""The story as a web page: one self-contained HTML file, or a ZIP "site" with media files."""

from __future__ import annotations

import base64
import shutil
import tempfile
import zipfile
from importlib.resources import files
from typing import BinaryIO

from logbook.export.document import html_page, iter_document
from logbook.export.sources import Sources
from logbook.export.story import Progress, Story, StoryObject

_CHUNK = 3 * 1024 * 64  # a multiple of 3, so base64 chunks join without padding


def _screen_css() -> str:
    return files("logbook.export").joinpath("styles/screen.css").read_text(encoding="utf-8")


def _data_uri(story: Story, obj: StoryObject) -> str | None:
    """``obj`` as a ``data:`` URI, encoded chunk by chunk from its stream."""
    try:
        stream = story.media_reader.open(obj.key)
    except FileNotFoundError:
        return None
    pieces = [f"data:{obj.mime};base64,"]
    with stream:
        while chunk := stream.read(_CHUNK):
            pieces.append(base64.b64encode(chunk).decode("ascii"))
    return "".join(pieces)


def render_html(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write one HTML file that reads offline: CSS inline, images as ``data:`` URIs at
    display size, no scripts, nothing fetched. Audio and video appear as a waveform
    or poster with a QR code and a link to the entry.

    The page is written as it is made, so only one image is in memory at a time.
    """
    sources = Sources(
        image=lambda obj: _data_uri(story, obj),
        image_specs=("display", "display-jpeg"),
        poster_specs=("poster", "poster-jpeg"),
    )
    for fragment in html_page(story, _screen_css(), iter_document(story, sources, progress)):
        out.write(fragment.encode("utf-8"))
    if progress:
        progress(1.0)


def _site_name(obj: StoryObject) -> str:
    return "media/" + obj.key.replace("/", "-")


def render_site(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write a ZIP holding ``index.html`` and a ``media/`` folder (display images,
    posters, web audio and video played with ``<audio>``/``<video>``), for stories too
    large for a single file. Media are copied into the archive one stream at a time.
    """
    wanted: dict[str, StoryObject] = {}

    def link(obj: StoryObject) -> str:
        wanted[obj.key] = obj
        return _site_name(obj)

    sources = Sources(
        image=link,
        image_specs=("display", "display-jpeg"),
        poster_specs=("poster", "poster-jpeg"),
        playable=link,
    )

    def report(fraction: float) -> None:
        if progress:
            progress(0.2 * fraction)

    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as page:
        for fragment in html_page(story, _screen_css(), iter_document(story, sources, report)):
            page.write(fragment.encode("utf-8"))
        page.seek(0)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            index = zipfile.ZipInfo("index.html", date_time=story.generated_at.timetuple()[:6])
            index.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(index, "w") as target:
                shutil.copyfileobj(page, target)
            for done, obj in enumerate(wanted.values(), start=1):
                try:
                    source = story.media_reader.open(obj.key)
                except FileNotFoundError:
                    continue
                info = zipfile.ZipInfo(_site_name(obj), date_time=story.generated_at.timetuple()[:6])
                # Media are compressed already: store them as they are.
                info.compress_type = zipfile.ZIP_STORED
                with source, archive.open(info, "w", force_zip64=True) as target:
                    shutil.copyfileobj(source, target)
                if progress:
                    progress(0.2 + 0.8 * done / len(wanted))
    if progress:
        progress(1.0)
