"""Video: web-ready H.264/AAC MP4s, copied when possible, upright, without location."""

from __future__ import annotations

import time

import pytest
from PIL import Image

from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.probing import probe
from media.sniff import sniff_file
from tests.media.checks import (
    assert_av_metadata_free,
    assert_image_metadata_free,
    ffprobe,
    is_red,
    moov_before_mdat,
    packets_md5,
    streams,
)


def derive(path, out_dir, limits=Limits(), on_progress=None):
    return make_derivatives(path, out_dir, sniff_file(path, limits), limits, on_progress)


def test_compatible_h264_aac_mp4_is_remuxed_not_reencoded(made, tmp_path):
    path = made("video_h264_aac")
    started = time.perf_counter()
    result = derive(path, tmp_path)
    elapsed = time.perf_counter() - started
    assert result.facts["remuxed"] is True
    web = result.get("web").path
    (source_video,), (web_video,) = streams(path, "video"), streams(web, "video")
    assert web_video["codec_name"] == source_video["codec_name"] == "h264"
    assert web_video["nb_frames"] == source_video["nb_frames"]
    assert packets_md5(web, "v:0") == packets_md5(path, "v:0")
    assert packets_md5(web, "a:0") == packets_md5(path, "a:0")
    assert moov_before_mdat(web)
    assert elapsed < 2.0


def test_location_and_title_tags_never_reach_the_web_video(made, tmp_path):
    path = made("video_h264_aac")
    assert "location" in ffprobe(path)["format"]["tags"]
    result = derive(path, tmp_path)
    assert_av_metadata_free(result.get("web").path)
    for spec in ("poster", "poster-jpeg"):
        assert_image_metadata_free(result.get(spec).path)


@pytest.mark.parametrize(
    ("name", "has_audio"),
    [("video_hevc", True), ("video_vp9", False), ("video_3gp_amr", True), ("video_mkv_h264", True)],
)
def test_other_codecs_and_containers_are_transcoded_to_h264_aac(made, tmp_path, name, has_audio):
    result = derive(made(name), tmp_path)
    assert result.facts["remuxed"] is False
    assert result.facts["has_audio"] is has_audio
    web = result.get("web").path
    (video,) = streams(web, "video")
    assert (video["codec_name"], video["pix_fmt"]) == ("h264", "yuv420p")
    audio = streams(web, "audio")
    assert [stream["codec_name"] for stream in audio] == (["aac"] if has_audio else [])
    assert moov_before_mdat(web)
    assert_av_metadata_free(web)
    assert float(ffprobe(web)["format"]["duration"]) == pytest.approx(1.0, abs=0.2)


def test_large_video_is_scaled_to_the_size_cap_with_even_sides(made, tmp_path):
    result = derive(made("video_large_h264"), tmp_path)
    assert result.facts["remuxed"] is False
    web = result.get("web")
    assert (web.width, web.height) == (1280, 720)
    assert (result.facts["width"], result.facts["height"]) == (1600, 900)


def test_rotated_phone_video_stays_portrait_and_upright(made, tmp_path):
    path = made("video_rotated")
    result = derive(path, tmp_path)
    assert (result.facts["width"], result.facts["height"]) == (96, 160)
    assert result.facts["remuxed"] is False
    (video,) = streams(result.get("web").path, "video")
    assert (video["width"], video["height"]) == (96, 160)
    assert_av_metadata_free(result.get("web").path)
    for spec in ("poster", "poster-jpeg"):
        poster = result.get(spec)
        assert (poster.width, poster.height) == (96, 160)
        with Image.open(poster.path) as picture:
            picture = picture.convert("RGB")
            assert picture.size == (96, 160)
            assert is_red(picture.getpixel((10, 10)))
            assert not is_red(picture.getpixel((85, 10)))


def test_poster_exists_as_webp_and_jpeg(made, tmp_path):
    result = derive(made("video_hevc"), tmp_path)
    assert set(result.specs) == {"web", "poster", "poster-jpeg"}
    with Image.open(result.get("poster").path) as webp, Image.open(result.get("poster-jpeg").path) as jpeg:
        assert (webp.format, jpeg.format) == ("WEBP", "JPEG")
        assert webp.size == jpeg.size == (160, 96)


def test_video_longer_than_allowed_is_too_large(made, tmp_path):
    with pytest.raises(MediaError) as caught:
        derive(made("video_vp9"), tmp_path, Limits(max_video_seconds=0.5))
    assert caught.value.code == "media_too_large"


def test_progress_is_reported_from_zero_to_one(made, tmp_path):
    seen: list[float] = []
    derive(made("video_hevc"), tmp_path, on_progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


def test_probe_reports_streams_and_rotation(made):
    path = made("video_rotated")
    info = probe(path, sniff_file(path))
    assert info.has_video and not info.has_audio
    assert info.video.rotation in (90, 270)
    assert info.video.upright_size == (96, 160)
    assert info.duration == pytest.approx(1.0, abs=0.1)


def test_processing_twice_gives_the_same_files(made, tmp_path):
    first = derive(made("video_vp9"), tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    second = derive(made("video_vp9"), tmp_path)
    assert (
        sorted(p.name for p in tmp_path.iterdir()) == names == ["poster-jpeg.jpg", "poster.webp", "web.mp4"]
    )
    assert first.specs == second.specs


def test_hdr_slow_motion_phone_clip_becomes_sdr_bt709_at_60_fps(made, tmp_path):
    result = derive(made("video_hlg_slow_motion"), tmp_path)
    assert result.facts["hdr"] is True
    (video,) = streams(result.get("web").path, "video")
    assert (video["pix_fmt"], video["color_transfer"], video["color_primaries"]) == (
        "yuv420p",
        "bt709",
        "bt709",
    )
    assert video["avg_frame_rate"] == "60/1"


def test_long_video_is_refused_during_upload_from_its_header(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("video_hevc"), Limits(max_video_seconds=0.5))
    assert caught.value.code == "media_too_large"
