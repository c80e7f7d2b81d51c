"""Draw the installed app's PNG icons (the same notebook as static/icon.svg) with Pillow.

Run once after changing the design; the PNGs are committed so that serving needs nothing:
``python scripts/make_app_icons.py``. "any" icons fill their square with the rounded tile;
"maskable" ones keep the notebook inside the central 80 % safe zone on a full-bleed tile,
since the phone cuts them to its own shape.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "logbook" / "web" / "static" / "icons"
TEAL, AMBER, WHITE = (11, 85, 99), (227, 163, 58), (255, 255, 255)


def draw(size: int, maskable: bool) -> Image.Image:
    # Drawn at 4x then reduced: smooth edges without an SVG renderer.
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if maskable:
        pen.rectangle((0, 0, big, big), fill=TEAL)
        inner, offset = big * 0.8, big * 0.1
    else:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 14 / 64, fill=TEAL)
        inner, offset = big, 0.0

    def at(x: float, y: float) -> tuple[float, float]:
        return offset + x * inner / 64, offset + y * inner / 64

    unit = inner / 64
    pen.rounded_rectangle((*at(19, 13), *at(47, 51)), radius=4 * unit, fill=WHITE)
    pen.rectangle((*at(19, 13), *at(23, 51)), fill=WHITE)
    pen.line((at(19, 13), at(19, 51)), fill=AMBER, width=round(5 * unit))
    for y, end in ((24, 40), (31, 40), (38, 35)):
        pen.line((at(27, y), at(end, y)), fill=TEAL, width=round(3 * unit))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
        draw(size, maskable=True).convert("RGB").save(OUT / f"maskable-{size}.png", optimize=True)
    draw(180, maskable=True).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)


if __name__ == "__main__":
    main()
