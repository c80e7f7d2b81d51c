"""Inspecting derivatives from the outside: ffprobe, Pillow, pixel comparisons."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageStat

# Tags the MP4 muxer writes by itself; anything else came from the original.
ALLOWED_FORMAT_TAGS = {"major_brand", "minor_version", "compatible_brands", "encoder"}
ALLOWED_STREAM_TAGS = {"language", "handler_name", "vendor_id", "encoder"}


def ffprobe(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return json.loads(result.stdout)


def streams(path: Path, kind: str) -> list[dict[str, Any]]:
    return [s for s in ffprobe(path)["streams"] if s["codec_type"] == kind]


def assert_av_metadata_free(path: Path) -> None:
    info = ffprobe(path)
    format_tags = set(info["format"].get("tags", {}))
    assert format_tags <= ALLOWED_FORMAT_TAGS, format_tags
    for stream in info["streams"]:
        assert set(stream.get("tags", {})) <= ALLOWED_STREAM_TAGS, stream.get("tags")
        assert not stream.get("side_data_list"), stream.get("side_data_list")
    data = path.read_bytes()
    # The MP4 location atom (ISO 6709 text) and Apple's location key must be gone.
    assert b"\xa9xyz" not in data
    assert b"com.apple.quicktime.location" not in data


def assert_image_metadata_free(path: Path) -> None:
    with Image.open(path) as picture:
        assert len(picture.getexif()) == 0, dict(picture.getexif())
        assert not picture.info.get("exif")
        assert not picture.info.get("xmp")
        assert not picture.info.get("icc_profile")
        assert "photoshop" not in picture.info
    data = path.read_bytes()
    assert b"Exif\x00\x00" not in data
    assert b"http://ns.adobe.com/xap" not in data


def moov_before_mdat(path: Path) -> bool:
    data = path.read_bytes()
    return 0 <= data.find(b"moov") < data.find(b"mdat")


def difference(
    first: Path | Image.Image, second: Path | Image.Image, size: tuple[int, int] = (48, 32)
) -> float:
    """Mean absolute difference (0-255) of two pictures reduced to the same small size."""
    pictures = []
    for item in (first, second):
        picture = Image.open(item) if isinstance(item, Path) else item
        pictures.append(picture.convert("RGB").resize(size, Image.Resampling.BILINEAR))
    return sum(ImageStat.Stat(ImageChops.difference(*pictures)).mean) / 3


def is_red(pixel: tuple[int, ...]) -> bool:
    red, green, blue = pixel[:3]
    return red > 150 and green < 100 and blue < 100


def packets_md5(path: Path, selector: str) -> str:
    """MD5 of a stream's packets as stored (no decoding): identical means not re-encoded."""
    result = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", f"0:{selector}", "-c", "copy", "-f", "md5", "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return result.stdout.decode().strip()
