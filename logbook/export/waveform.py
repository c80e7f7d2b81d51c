"""Audio waveforms drawn from a ``peaks`` derivative, as a PNG a document can show.

The ``peaks`` JSON may be the audiowaveform shape (``{"data": [min, max, …], "bits": 8}``),
an object with a ``peaks`` list, or a bare list of numbers. Values are read as
amplitudes and scaled to the loudest one.
"""

from __future__ import annotations

import json
from io import BytesIO
from typing import Any

from PIL import Image, ImageDraw


def read_peaks(document: Any) -> list[float]:
    """Amplitudes between 0 and 1 from a decoded peaks JSON document.

    Raises ``ValueError`` when the document has no list of numbers.
    """
    values: Any = document
    pairs = False
    if isinstance(document, dict):
        if "data" in document:
            values = document["data"]
            # audiowaveform stores (min, max) pairs per point.
            pairs = True
        elif "peaks" in document:
            values = document["peaks"]
        else:
            raise ValueError("peaks document has neither 'data' nor 'peaks'")
    if not isinstance(values, list) or not all(isinstance(v, int | float) for v in values):
        raise ValueError("peaks must be a list of numbers")
    if pairs and len(values) >= 2:
        amplitudes = [max(abs(values[i]), abs(values[i + 1])) for i in range(0, len(values) - 1, 2)]
    else:
        amplitudes = [abs(v) for v in values]
    top = max(amplitudes, default=0) or 1
    return [a / top for a in amplitudes]


def _bars(peaks: list[float], bars: int) -> list[float]:
    """The loudest value in each of ``bars`` equal slices of ``peaks``."""
    step = len(peaks) / bars
    return [
        max(peaks[int(index * step) : max(int((index + 1) * step), int(index * step) + 1)], default=0)
        for index in range(bars)
    ]


def waveform_svg(
    peaks: list[float],
    *,
    width: int = 1200,
    height: int = 220,
    bars: int = 120,
    colour: str = "#1f4e79",
    background: str = "#eef3f8",
) -> bytes:
    """A bar waveform of ``peaks`` as SVG bytes (sharp in print, small in a page)."""
    slot = width / bars
    middle = height / 2
    shapes = [f'<rect width="{width}" height="{height}" fill="{background}"/>']
    if peaks:
        for index, level in enumerate(_bars(peaks, bars)):
            half = max(level * height * 0.42, 2)
            left = index * slot + slot * 0.18
            shapes.append(
                f'<rect x="{left:.1f}" y="{middle - half:.1f}" width="{slot * 0.64:.1f}" '
                f'height="{2 * half:.1f}" rx="{slot * 0.3:.1f}"/>'
            )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'preserveAspectRatio="none" fill="{colour}">{"".join(shapes)}</svg>'
    ).encode("ascii")


def waveform_png(
    peaks: list[float],
    *,
    width: int = 1200,
    height: int = 220,
    bars: int = 120,
    colour: tuple[int, int, int] = (31, 78, 121),
    background: tuple[int, int, int] = (238, 243, 248),
) -> bytes:
    """A bar waveform of ``peaks`` as PNG bytes."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    if peaks:
        slot = width / bars
        middle = height / 2
        for index, level in enumerate(_bars(peaks, bars)):
            half = max(level * (height * 0.42), 2)
            left = index * slot + slot * 0.18
            draw.rounded_rectangle(
                (left, middle - half, left + slot * 0.64, middle + half), radius=slot * 0.3, fill=colour
            )
    buffer = BytesIO()
    # Two colours and their antialiasing fit a small palette: a quick, small PNG.
    image.quantize(16).save(buffer, "PNG")
    return buffer.getvalue()


def peaks_from_json(raw: bytes) -> list[float]:
    """Amplitudes from a raw ``peaks`` JSON document; raises ``ValueError`` if unreadable."""
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"peaks is not JSON: {error}") from None
    return read_peaks(document)


def waveform_from_json(raw: bytes, **options: Any) -> bytes:
    """Draw the waveform PNG of a raw ``peaks`` JSON document; raises ``ValueError`` if unreadable."""
    return waveform_png(peaks_from_json(raw), **options)
