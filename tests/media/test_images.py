"""Photos: upright, sRGB, small, and without a trace of their metadata."""

from __future__ import annotations

import time

import pytest
from PIL import Image

from media.derivatives import make_derivatives
from media.errors import MediaError
from media.images import process_image
from media.limits import Limits
from media.sniff import sniff_file
from tests.media.checks import assert_image_metadata_free, difference, ffprobe, is_red, streams
from tests.media.conftest import upright_picture

STILL_SPECS = {"thumb", "thumb-jpeg", "display", "display-jpeg"}


def derive(path, out_dir, limits=Limits()):
    return make_derivatives(path, out_dir, sniff_file(path, limits), limits)


def test_portrait_phone_photo_is_shown_upright(made, tmp_path):
    result = derive(made("jpeg_orientation_6"), tmp_path)
    assert (result.facts["width"], result.facts["height"]) == (360, 240)
    display = result.get("display")
    assert (display.width, display.height) == (360, 240)
    with Image.open(display.path) as picture:
        assert picture.size == (360, 240)
        assert is_red(picture.convert("RGB").getpixel((20, 20)))
        assert not is_red(picture.convert("RGB").getpixel((340, 220)))
        assert difference(picture, upright_picture()) < 8


def test_photo_location_is_read_but_never_written(made, tmp_path):
    result = derive(made("jpeg_orientation_6"), tmp_path)
    assert result.facts["gps"] == pytest.approx({"lat": 48.856667, "lon": 2.352}, abs=1e-5)
    assert set(result.specs) == STILL_SPECS
    for derivative in result.derivatives:
        assert_image_metadata_free(derivative.path)


@pytest.mark.parametrize("name", ["heic", "webp"])
def test_location_in_heic_and_webp_never_reaches_derivatives(made, tmp_path, name):
    result = derive(made(name), tmp_path)
    assert result.facts["gps"] == pytest.approx({"lat": 48.856667, "lon": 2.352}, abs=1e-5)
    for derivative in result.derivatives:
        assert_image_metadata_free(derivative.path)


def test_capture_time_keeps_the_camera_offset(made, tmp_path):
    result = derive(made("jpeg_orientation_6"), tmp_path)
    assert result.facts["captured_at"] == "2024-05-17T09:30:00+02:00"


def test_capture_time_without_offset_stays_a_wall_clock_time(made, tmp_path):
    result = derive(made("jpeg_without_offset"), tmp_path)
    assert result.facts["captured_at"] == "2023-12-31T23:59:58"


def test_display_is_capped_thumb_is_small_and_nothing_is_upscaled(made, tmp_path):
    large = derive(made("jpeg_large"), tmp_path / "large")
    assert (large.get("display").width, large.get("display").height) == (1600, 1067)
    assert (large.get("thumb").width, large.get("thumb").height) == (320, 213)
    small = derive(made("png_alpha"), tmp_path / "small")
    assert (small.get("display").width, small.get("display").height) == (200, 100)
    for derivative in large.derivatives + small.derivatives:
        with Image.open(derivative.path) as picture:
            assert picture.size == (derivative.width, derivative.height)
            assert picture.format == {"webp": "WEBP", "jpg": "JPEG"}[derivative.extension]


def test_transparency_is_kept_in_webp_and_flattened_on_white_in_jpeg(made, tmp_path):
    result = derive(made("png_alpha"), tmp_path)
    with Image.open(result.get("display").path) as webp:
        assert webp.mode == "RGBA"
        assert webp.getpixel((5, 5))[3] == 0
    with Image.open(result.get("display-jpeg").path) as jpeg:
        assert jpeg.mode == "RGB"
        assert min(jpeg.getpixel((5, 5))) > 240
        assert max(jpeg.getpixel((100, 50))) < 20
    assert result.facts["has_alpha"] is True


def test_cmyk_jpeg_becomes_rgb_with_colours_not_inverted(made, tmp_path):
    result = derive(made("jpeg_cmyk"), tmp_path)
    for spec in ("display", "display-jpeg"):
        with Image.open(result.get(spec).path) as picture:
            assert picture.mode == "RGB"
            assert is_red(picture.getpixel((32, 32)))


@pytest.mark.parametrize("name", ["heic", "avif", "tiff", "webp"])
def test_heic_avif_tiff_and_webp_photos_get_upright_thumbnails(made, tmp_path, name):
    result = derive(made(name), tmp_path)
    assert set(result.specs) == STILL_SPECS
    assert (result.facts["width"], result.facts["height"]) == (360, 240)
    assert difference(result.get("display-jpeg").path, upright_picture()) < 10


@pytest.mark.parametrize("name", ["gif_animated", "webp_animated"])
def test_animation_gets_a_still_and_a_looping_h264_video(made, tmp_path, name):
    result = derive(made(name), tmp_path)
    assert set(result.specs) == STILL_SPECS | {"loop"}
    loop = result.get("loop")
    (video,) = streams(loop.path, "video")
    assert (video["codec_name"], video["pix_fmt"]) == ("h264", "yuv420p")
    assert video["width"] % 2 == 0 and video["height"] % 2 == 0
    assert float(ffprobe(loop.path)["format"]["duration"]) == pytest.approx(result.facts["duration"], abs=0.1)
    with Image.open(result.get("thumb").path) as still:
        assert getattr(still, "n_frames", 1) == 1
        assert is_red(still.convert("RGB").getpixel((10, 10)))


def test_animation_with_too_many_frames_is_refused(made, tmp_path):
    with pytest.raises(MediaError) as caught:
        derive(made("gif_animated"), tmp_path, Limits(max_frames=2))
    assert caught.value.code == "media_too_large"


def test_decompression_bomb_is_refused_even_when_processing_directly(made, tmp_path):
    sniffed = sniff_file(made("jpeg_large"))
    with pytest.raises(MediaError) as caught:
        process_image(made("jpeg_large"), tmp_path, sniffed, Limits(max_pixels=2_000_000))
    assert caught.value.code == "media_too_large"


def test_processing_twice_into_the_same_directory_gives_the_same_files(made, tmp_path):
    first = derive(made("gif_animated"), tmp_path)
    files = sorted(p.name for p in tmp_path.iterdir())
    second = derive(made("gif_animated"), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert [(d.spec, d.path, d.width, d.height) for d in first.derivatives] == [
        (d.spec, d.path, d.width, d.height) for d in second.derivatives
    ]
    assert not [name for name in files if name.startswith(".")]


def test_large_photo_derivatives_take_well_under_a_second(made, tmp_path):
    path = made("jpeg_large")
    sniffed = sniff_file(path)
    started = time.perf_counter()
    process_image(path, tmp_path, sniffed)
    assert time.perf_counter() - started < 1.0


def test_facts_are_json_serialisable(made, tmp_path):
    import json

    result = derive(made("heic"), tmp_path)
    json.dumps(result.facts)
