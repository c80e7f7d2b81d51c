"""The real-world corpus (``../shared/corpus``): every MANIFEST row gets what its note asks.

Each test is parametrised over the MANIFEST rows; without the corpus there are no cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from media.derivatives import make_derivatives
from media.errors import MediaError
from media.result import Result
from media.sniff import sniff_file
from tests.media.checks import (
    assert_av_metadata_free,
    assert_image_metadata_free,
    difference,
    ffprobe,
    moov_before_mdat,
    streams,
)
from tests.media.conftest import CORPUS

# What the hostile rows must become: a MediaError code, or "accepted" (made harmless).
HOSTILE = {
    "svg-with-script.svg": "accepted",
    "svg-use-amplification.svg": "media_too_large",
    "jpeg-truncated.jpg": "media_corrupt",
    "jpeg-exif-gps-malformed.jpg": "accepted",
    "gif-decompression-bomb.gif": "media_too_large",
    "gif-decompression-bomb-extents.gif": "media_too_large",
    "png-decompression-bomb-text-chunks.png": "media_too_large",
    "heic-corrupted.heic": "media_corrupt",
    "mkv-corrupt-ebml-header.mkv": "media_corrupt",
    "mkv-truncated-claims-1132s.mkv": "media_corrupt",
}
# Upright size of the original (facts) for rows where the note asks for one.
UPRIGHT = {
    **{f"jpeg-exif-orientation-{n}.jpg": (1800, 1200) for n in range(1, 9)},
    "jpeg-exif-orientation-0-invalid.jpg": (1800, 1200),
    "heic-iphone8plus-orientation-6-arrow.heic": (3024, 4032),
    "heic-iphone11pro-gps-exif-at-eof.heic": (3024, 4032),
    "avif-irot-imir-transform.avif": (640, 427),
    "video-iphone-portrait.mov": (320, 568),
    "video-ipad-hevc-portrait.mov": (720, 1280),
    "video-mp4-portrait-rotation-90.mp4": (720, 1280),
    "video-rotation-90-tiny.mp4": (60, 100),
}
# Size of the web video where the note names one.
WEB_SIZE = {
    "video-iphone-portrait.mov": (320, 568),
    "video-ipad-hevc-portrait.mov": (720, 1280),
    "video-mp4-portrait-rotation-90.mp4": (720, 1280),
    "video-rotation-90-tiny.mp4": (60, 100),
}
DURATION = {
    "audio-webm-opus-chrome-mediarecorder.webm": 25.5,
    "video-webm-chrome-mediarecorder-vp8-opus.webm": 7.6,
    "audio-iphone-voice-memo.m4a": 2.8,
    "video-hevc-aac.mp4": 10.0,
    "video-3gp-h263-amrnb.3gp": 9.7,
}
STILLS = {"thumb", "thumb-jpeg", "display", "display-jpeg"}


def expected_outcome(row: dict[str, str]) -> str:
    if row["kind"] == "hostile":
        return HOSTILE.get(row["file"], "refused-or-accepted")
    return "accepted"


def process(row: dict[str, str], out_dir: Path) -> Result:
    path = CORPUS / row["file"]
    return make_derivatives(path, out_dir, sniff_file(path))


@pytest.fixture(scope="module")
def orientation_reference(tmp_path_factory) -> Path:
    path = CORPUS / "jpeg-exif-orientation-1.jpg"
    out_dir = tmp_path_factory.mktemp("orientation-1")
    return make_derivatives(path, out_dir, sniff_file(path)).get("thumb").path


def test_corpus_file_is_handled_as_its_manifest_note_says(corpus_row, tmp_path):
    outcome = expected_outcome(corpus_row)
    if outcome.startswith("media_"):
        with pytest.raises(MediaError) as caught:
            process(corpus_row, tmp_path)
        assert caught.value.code == outcome
        assert len(caught.value.message) > 20
        return
    try:
        result = process(corpus_row, tmp_path)
    except MediaError:
        if outcome == "refused-or-accepted":
            return
        raise
    json.dumps(result.facts)
    kind = sniff_file(CORPUS / corpus_row["file"]).kind
    if corpus_row["kind"] in ("image", "audio", "video"):
        assert kind == corpus_row["kind"]
    if kind in ("image", "vector"):
        check_pictures(corpus_row["file"], result)
    elif kind == "audio":
        check_sound(corpus_row["file"], result)
    else:
        check_video(corpus_row["file"], result)


def check_pictures(name: str, result: Result) -> None:
    expected = STILLS if result.facts["format"] != "svg" else {"thumb", "thumb-png", "display", "display-png"}
    assert expected <= set(result.specs)
    for derivative in result.derivatives:
        if derivative.spec == "loop":
            (video,) = streams(derivative.path, "video")
            assert (video["codec_name"], video["pix_fmt"]) == ("h264", "yuv420p")
            continue
        assert_image_metadata_free(derivative.path)
        with Image.open(derivative.path) as picture:
            assert picture.size == (derivative.width, derivative.height)
            assert max(picture.size) <= 1600
            assert picture.mode in ("RGB", "RGBA")
    if name in UPRIGHT:
        assert (result.facts["width"], result.facts["height"]) == UPRIGHT[name]
        display = result.get("display")
        assert (display.width > display.height) == (UPRIGHT[name][0] > UPRIGHT[name][1])


def check_sound(name: str, result: Result) -> None:
    assert set(result.specs) == {"web", "peaks"}
    web = result.get("web").path
    (sound,) = streams(web, "audio")
    assert (sound["codec_name"], sound["profile"]) == ("aac", "LC")
    assert moov_before_mdat(web)
    assert_av_metadata_free(web)
    peaks = json.loads(result.get("peaks").path.read_text())
    assert peaks["length"] > 0
    if name in DURATION:
        assert result.facts["duration"] == pytest.approx(DURATION[name], abs=0.3)
        assert float(ffprobe(web)["format"]["duration"]) == pytest.approx(DURATION[name], abs=0.3)


def check_video(name: str, result: Result) -> None:
    assert set(result.specs) == {"web", "poster", "poster-jpeg"}
    web = result.get("web")
    (video,) = streams(web.path, "video")
    assert (video["codec_name"], video["pix_fmt"]) == ("h264", "yuv420p")
    assert [s["codec_name"] for s in streams(web.path, "audio")] in ([], ["aac"])
    assert max(video["width"], video["height"]) <= 1280
    assert video["width"] % 2 == 0 and video["height"] % 2 == 0
    assert moov_before_mdat(web.path)
    assert_av_metadata_free(web.path)
    for spec in ("poster", "poster-jpeg"):
        poster = result.get(spec)
        assert_image_metadata_free(poster.path)
        assert (poster.width, poster.height) == (video["width"], video["height"])
    if name in WEB_SIZE:
        assert (video["width"], video["height"]) == WEB_SIZE[name]
    if name in UPRIGHT:
        assert (result.facts["width"], result.facts["height"]) == UPRIGHT[name]
    if name in DURATION:
        assert result.facts["duration"] == pytest.approx(DURATION[name], abs=0.3)


@pytest.mark.corpus_files("jpeg-exif-orientation-")
def test_corpus_orientation_examples_read_like_orientation_1(corpus_row, tmp_path, orientation_reference):
    result = process(corpus_row, tmp_path)
    thumb = result.get("thumb").path
    assert difference(thumb, orientation_reference) < 3
    with Image.open(thumb) as picture:
        mirrored = picture.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        assert difference(mirrored, orientation_reference) > 30


def dark_extent(picture: Image.Image, rows: range) -> int:
    widest = 0
    for y in rows:
        dark = [x for x in range(picture.width) if picture.getpixel((x, y)) < 90]
        if dark:
            widest = max(widest, dark[-1] - dark[0])
    return widest


@pytest.mark.corpus_files("heic-iphone8plus-orientation-6-arrow.heic")
def test_corpus_heic_arrow_points_up(corpus_row, tmp_path):
    result = process(corpus_row, tmp_path)
    with Image.open(result.get("thumb").path) as picture:
        grey = picture.convert("L")
    height = grey.height
    head = dark_extent(grey, range(int(height * 0.1), int(height * 0.45)))
    tail = dark_extent(grey, range(int(height * 0.55), int(height * 0.9)))
    assert grey.height > grey.width
    assert head > 1.5 * tail


@pytest.mark.corpus_files("jpeg-gps-exif-full.jpg")
def test_corpus_gps_is_read_into_facts_only(corpus_row, tmp_path):
    result = process(corpus_row, tmp_path)
    assert result.facts["gps"] == pytest.approx({"lat": 39.115, "lon": -108.401}, abs=0.001)


@pytest.mark.corpus_files("png-rgba-alpha.png")
def test_corpus_transparent_png_is_flattened_on_white_for_jpeg(corpus_row, tmp_path):
    result = process(corpus_row, tmp_path)
    with Image.open(result.get("display").path) as webp:
        assert webp.mode == "RGBA" and webp.getextrema()[3][0] < 255
    with (
        Image.open(result.get("display-jpeg").path) as jpeg,
        Image.open(CORPUS / corpus_row["file"]) as source,
    ):
        transparent = next(
            (x, y)
            for x in range(source.width)
            for y in range(source.height)
            if source.getpixel((x, y))[3] == 0
        )
        assert min(jpeg.getpixel(transparent)) > 230
