"""The story as an A4 PDF, laid out by WeasyPrint from HTML and print CSS."""

from __future__ import annotations

from importlib.resources import files
from typing import BinaryIO
from urllib.parse import quote, unquote

from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from logbook.export.document import Sources, html_page, iter_document
from logbook.export.story import Progress, Story, StoryObject

_SCHEME = "carnet-media:"


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
    mimes: dict[str, str] = {}

    def image(obj: StoryObject) -> str:
        mimes[obj.key] = obj.mime
        return _SCHEME + quote(obj.key)

    def report(fraction: float, start: float, span: float) -> None:
        if progress:
            progress(start + span * fraction)

    sources = Sources(image=image, image_specs=("display-jpeg", "display"))
    body = iter_document(story, sources, progress=lambda f: report(f, 0.0, 0.1))
    text = "".join(html_page(story, "", body))

    fetched = 0

    def on_fetch(_: float) -> None:
        nonlocal fetched
        fetched += 1
        report(fetched / max(len(mimes), 1), 0.1, 0.6)

    css = CSS(string=files("logbook.export").joinpath("styles/print.css").read_text(encoding="utf-8"))
    fetcher = StoryFetcher(story, mimes, on_fetch)
    document = HTML(string=text, url_fetcher=fetcher, base_url=None).render(stylesheets=[css])
    report(1.0, 0.7, 0.0)
    document.write_pdf(out)
    report(1.0, 1.0, 0.0)
