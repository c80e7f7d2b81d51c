"""The demo logbook's files, made here rather than shipped: photos and a drawing
(Pillow), a voice memo and a video (ffmpeg), as a phone would upload them."""

from __future__ import annotations

import hashlib
import os
import subprocess

from PIL import Image, ImageDraw, ImageFont

from logbook.services import entries


def as_upload(path: str, caption: str, alt: str, folder: str) -> entries.UploadedFile:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
    return entries.UploadedFile(
        path, digest.hexdigest(), os.path.getsize(path), os.path.basename(path), caption, alt
    )


def _font(size: int):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def make_picture(path: str, title: str, colour: tuple[int, int, int]) -> str:
    image = Image.new("RGB", (1600, 1067), colour)
    draw = ImageDraw.Draw(image)
    for index in range(12):
        x = 80 + index * 125
        draw.rounded_rectangle(
            (x, 600, x + 100, 900), radius=18, fill=(240 - index * 8, 200, 90 + index * 10)
        )
    draw.ellipse((1200, 90, 1450, 340), fill=(250, 215, 90))
    draw.text((80, 120), title, fill="white", font=_font(72))
    image.save(path, "JPEG", quality=88)
    return path


def make_drawing(path: str) -> str:
    image = Image.new("RGBA", (1200, 800), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    places = {"Fermes": (150, 200), "Légumerie": (600, 400), "Écoles": (1050, 200), "Mairie": (600, 700)}
    for name, (x, y) in places.items():
        draw.ellipse((x - 90, y - 60, x + 90, y + 60), outline=(20, 60, 140), width=6)
        draw.text((x - 70, y - 15), name, fill=(20, 60, 140), font=_font(30))
    for a, b in (("Fermes", "Légumerie"), ("Légumerie", "Écoles"), ("Mairie", "Légumerie")):
        draw.line((*places[a], *places[b]), fill=(200, 50, 40), width=5)
    image.save(path, "PNG")
    return path


def make_voice_memo(path: str) -> str:
    _ffmpeg(
        [
            "-f",
            "lavfi",
            "-i",
            # A voice-like pitch with syllable-like bursts, so the waveform looks like speech.
            "aevalsrc=exprs='0.6*sin(2*PI*(170+40*sin(2*PI*3*t))*t)*pow(abs(sin(2*PI*0.9*t)),2)':d=6:s=44100",
            "-f",
            "lavfi",
            "-i",
            "anoisesrc=d=6:a=0.02",
            "-filter_complex",
            "amix=inputs=2",
            "-c:a",
            "aac",
            "-b:a",
            "96k",
            path,
        ]
    )
    return path


def make_clip(path: str) -> str:
    _ffmpeg(
        [
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=640x360:rate=25:duration=4",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=330:duration=4",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            "-movflags",
            "+faststart",
            path,
        ]
    )
    return path


def _ffmpeg(arguments: list[str]) -> None:
    """Run ffmpeg on made-up sources (lavfi), quietly, overwriting its output."""
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", *arguments], check=True)
