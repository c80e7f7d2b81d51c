"""Ways to read exports back and to watch how renderers read media, shared by the tests."""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageStat

from logbook.export.story import MediaReader


class WatchingReader:
    """A media reader that records every key opened and how many streams are open at once."""

    def __init__(self, inner: MediaReader) -> None:
        self.inner = inner
        self.opened: list[str] = []
        self.open_now = 0
        self.most_open = 0

    def open(self, key: str) -> BinaryIO:
        stream = self.inner.open(key)
        self.opened.append(key)
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        original_close = stream.close
        closed = False

        def close() -> None:
            nonlocal closed
            if not closed:
                closed = True
                self.open_now -= 1
            original_close()

        stream.close = close  # type: ignore[method-assign]
        return stream


class Elements(HTMLParser):
    """Every start tag of a document with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, *names: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag in names]


def parse_html(text: str) -> Elements:
    parser = Elements()
    parser.feed(text)
    parser.close()
    return parser


def plain(text: str) -> str:
    """Text with French typography folded back (’ to ', no-break spaces to spaces), for
    tests about what is said rather than how it is set."""
    return text.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_images(path: Path, folder: Path, dpi: int = 20) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def pixel_spread(path: Path) -> float:
    """Standard deviation of grey levels: near zero for a blank page."""
    with Image.open(path) as image:
        return ImageStat.Stat(image.convert("L")).stddev[0]


def markdown_as_html(text: str) -> str:
    """``text`` as a lenient Markdown viewer shows it: raw HTML passed through, every link
    target accepted (markdown-it's own check left out), so nothing is hidden from a test."""
    from markdown_it import MarkdownIt

    viewer = MarkdownIt("commonmark", {"html": True})
    viewer.validateLink = lambda url: True
    return viewer.render(text)


def split_front_matter(text: str) -> tuple[dict, str]:
    """The YAML front matter of a Markdown file, read by a YAML parser, and the rest."""
    import yaml

    assert text.startswith("---\n")
    block, rest = text.removeprefix("---\n").split("\n---\n", 1)
    fields = yaml.safe_load(block)
    assert isinstance(fields, dict)
    return fields, rest


def pdf_words(path: Path) -> list[list[tuple[str, float, float, float]]]:
    """Every page's words with their left and right edges and the page's width, in points,
    as poppler's ``pdftotext -bbox`` lays them out: [(word, x_min, x_max, page_width), …]."""
    from xml.etree import ElementTree

    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"], check=True, capture_output=True
    ).stdout
    namespace = "{http://www.w3.org/1999/xhtml}"
    root = ElementTree.fromstring(raw)
    pages = []
    for page in root.iter(f"{namespace}page"):
        width = float(page.get("width"))
        pages.append(
            [
                (word.text or "", float(word.get("xMin")), float(word.get("xMax")), width)
                for word in page.iter(f"{namespace}word")
            ]
        )
    return pages


def pdf_images_per_page(path: Path) -> dict[int, int]:
    """How many images each page shows (poppler's ``pdfimages -list``), by page number."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True)
    counts: dict[int, int] = {}
    for line in listing.stdout.splitlines()[2:]:
        fields = line.split()
        if fields and fields[2] == "image":
            counts[int(fields[0])] = counts.get(int(fields[0]), 0) + 1
    return counts
