"""SVG drawings: parsed defensively, sanitised, and turned into raster images.

An uploaded SVG is never meant to be served back as ``image/svg+xml``: readers get the
PNG/WebP rasters made here, and the app should only ever offer the original as a
download (``Content-Disposition: attachment``, ``Content-Security-Policy: sandbox``).
Even so, the markup handed to the renderer is cleaned first: scripts, event handlers,
``foreignObject`` and every reference that is neither an in-document ``#fragment`` nor an
inline raster ``data:image/...`` URI are removed. resvg never fetches anything over the
network, and it gets no resource directory, so it cannot read local files either. It
runs in a child process with a wall-clock and address-space limit.
``<use>`` chains are expanded on paper first and refused when they would multiply
into more nodes than :attr:`Limits.max_svg_nodes` (the "billion laughs" of SVG).
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException
from PIL import Image

from media import ffrun
from media.errors import MediaError
from media.images import save_png, save_webp
from media.limits import Limits
from media.result import Result

if TYPE_CHECKING:
    from media.sniff import Sniffed

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
FORBIDDEN_ELEMENTS = {
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "canvas",
    "handler",
    "listener",
}
RASTER_DATA_URI = re.compile(r"^\s*data:image/(png|jpeg|jpg|gif|webp);base64,", re.IGNORECASE)
EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)
NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in|em|ex)?\s*$")


def parse_svg(data: bytes, limits: Limits = Limits()) -> ElementTree.Element:
    """Parse SVG bytes without DTDs or entities and check their ``<use>`` expansion.

    Raises :class:`MediaError`: ``media_corrupt`` for malformed XML, ``unsupported_media``
    for XML that is not SVG or declares a DTD or entities, ``media_too_large`` for markup
    that expands past ``limits.max_svg_nodes``.
    """
    try:
        # A plain DOCTYPE (Illustrator writes one) is fine; entities and external
        # references are what defusedxml refuses by default.
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException as exc:
        raise MediaError(
            "unsupported_media",
            "This SVG declares XML entities or external references, which are not accepted. "
            "Export it again as plain SVG (or as PNG).",
        ) from exc
    except ElementTree.ParseError as exc:
        raise MediaError(
            "media_corrupt", "This SVG drawing is not well-formed XML and cannot be read."
        ) from exc
    if _local(root.tag) != "svg":
        raise MediaError(
            "unsupported_media",
            "This XML file is not an SVG drawing. Accepted drawings are SVG files (or PNG images).",
        )
    _check_expansion(root, limits)
    return root


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _href(element: ElementTree.Element) -> str | None:
    return element.get(f"{{{XLINK_NS}}}href") or element.get("href")


def _check_expansion(root: ElementTree.Element, limits: Limits) -> None:
    """Count nodes as a renderer would see them once every ``<use>`` is cloned."""
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    cost: dict[int, int] = {}
    in_progress: set[int] = set()
    too_large = MediaError(
        "media_too_large",
        f"This SVG drawing expands to more than {limits.max_svg_nodes} shapes once its "
        "references are resolved; it was refused.",
    )

    def count(element: ElementTree.Element, depth: int) -> int:
        key = id(element)
        if key in cost:
            return cost[key]
        if key in in_progress or depth > 200:
            raise too_large  # a reference cycle or absurd nesting
        in_progress.add(key)
        total = 1
        for child in element:
            total += count(child, depth + 1)
            if total > limits.max_svg_nodes:
                raise too_large
        if _local(element.tag) == "use":
            href = _href(element) or ""
            target = by_id.get(href[1:]) if href.startswith("#") else None
            if target is not None:
                total += count(target, depth + 1)
        if total > limits.max_svg_nodes:
            raise too_large
        in_progress.discard(key)
        cost[key] = total
        return total

    count(root, 0)


def sanitise(root: ElementTree.Element) -> ElementTree.Element:
    """Remove scripts, handlers, foreign content and external references, in place."""
    for parent in list(root.iter()):
        for child in list(parent):
            name = _local(child.tag)
            foreign = not isinstance(child.tag, str) or not child.tag.startswith(f"{{{SVG_NS}}}")
            if (
                foreign
                or name in FORBIDDEN_ELEMENTS
                or (
                    name == "style"
                    and ("@import" in (child.text or "") or EXTERNAL_URL.search(child.text or ""))
                )
            ):
                parent.remove(child)
    for element in root.iter():
        for attribute in list(element.attrib):
            name = _local(attribute).lower()
            value = element.attrib[attribute]
            if name.startswith("on"):
                del element.attrib[attribute]
            elif name == "href":
                internal = value.strip().startswith("#")
                raster = _local(element.tag) == "image" and RASTER_DATA_URI.match(value)
                if not internal and not raster:
                    del element.attrib[attribute]
            elif EXTERNAL_URL.search(value) and not RASTER_DATA_URI.search(value.split("(", 1)[-1]):
                del element.attrib[attribute]
    return root


def _aspect(root: ElementTree.Element) -> float:
    view_box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(view_box) == 4:
        try:
            width, height = float(view_box[2]), float(view_box[3])
            if width > 0 and height > 0:
                return width / height
        except ValueError:
            pass
    sizes = [NUMBER.match(root.get(name) or "") for name in ("width", "height")]
    if all(sizes):
        width, height = (float(match.group(1)) for match in sizes)  # type: ignore[union-attr]
        if width > 0 and height > 0:
            return width / height
    return 1.0


# Runs in a child interpreter so that a drawing that is slow or greedy to render can be
# stopped: address space is capped before resvg is even imported.
RENDER_SCRIPT = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import resvg_py
markup = sys.stdin.buffer.read().decode("utf-8")
sys.stdout.buffer.write(resvg_py.svg_to_bytes(svg_string=markup, **{sys.argv[2]: int(sys.argv[3])}))
"""


def render(root: ElementTree.Element, side: int, limits: Limits = Limits()) -> Image.Image:
    """Rasterise a sanitised SVG so that its longest side is ``side`` pixels.

    Rendering happens in a separate process with ``limits.vector_render_seconds`` of wall
    clock and ``limits.vector_render_bytes`` of address space. Raises :class:`MediaError`.
    """
    # Generated prefixes (ns0:svg) are fine for a namespace-aware renderer, and leave
    # ElementTree's process-wide prefix registry alone.
    markup = ElementTree.tostring(root, encoding="unicode")
    aspect = min(max(_aspect(root), 1 / side), side)
    dimension = "width" if aspect >= 1 else "height"
    args = [sys.executable, "-I", "-c", RENDER_SCRIPT, str(limits.vector_render_bytes), dimension, str(side)]
    try:
        png = ffrun.run(args, timeout=limits.vector_render_seconds, stdin_chunks=[markup.encode("utf-8")])
    except ffrun.ToolTimedOut as exc:
        raise MediaError(
            "media_too_large", "This SVG drawing takes too long to draw; export it as PNG instead."
        ) from exc
    except ffrun.ToolFailed as exc:
        # Out of memory shows as a MemoryError or as an abort signal from the Rust allocator.
        if exc.returncode < 0 or "MemoryError" in exc.stderr:
            raise MediaError(
                "media_too_large", "This SVG drawing needs too much memory to draw; export it as PNG instead."
            ) from exc
        raise MediaError(
            "media_corrupt", "This SVG drawing could not be drawn; export it as PNG instead."
        ) from exc
    try:
        picture = Image.open(io.BytesIO(png))
        picture.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaError("media_corrupt", "This SVG drawing could not be drawn.") from exc
    picture = picture.convert("RGBA")
    picture.info = {}
    return picture


def process_vector(
    src: str | Path, out_dir: str | Path, sniffed: Sniffed, limits: Limits = Limits()
) -> Result:
    """Make ``display``/``thumb`` (WebP, alpha kept) and ``display-png``/``thumb-png``.

    Facts: ``width``/``height`` of the display raster, ``aspect``. Raises :class:`MediaError`.
    """
    out_dir = Path(out_dir)
    root = sanitise(parse_svg(Path(src).read_bytes(), limits))
    display = render(root, limits.display_side, limits)
    thumb = display.resize(_thumb_size(display.size, limits.thumb_side), Image.Resampling.LANCZOS)
    derivatives = [
        save_webp(display, out_dir, "display"),
        save_png(display, out_dir, "display-png"),
        save_webp(thumb, out_dir, "thumb"),
        save_png(thumb, out_dir, "thumb-png"),
    ]
    facts = {
        "format": sniffed.format,
        "width": display.width,
        "height": display.height,
        "aspect": round(display.width / display.height, 6),
    }
    return Result(facts=facts, derivatives=derivatives)


def _thumb_size(size: tuple[int, int], side: int) -> tuple[int, int]:
    scale = side / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))
