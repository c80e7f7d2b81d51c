"""Identifying uploads from their bytes."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.sniff import Sniffed, sniff_file

EXPECTED = [
    ("jpeg_orientation_6", "image", "jpeg", "image/jpeg", None, False),
    ("png_alpha", "image", "png", "image/png", None, False),
    ("gif_animated", "image", "gif", "image/gif", None, True),
    ("webp", "image", "webp", "image/webp", None, False),
    ("webp_animated", "image", "webp", "image/webp", None, True),
    ("heic", "image", "heic", "image/heic", None, False),
    ("avif", "image", "avif", "image/avif", None, False),
    ("tiff", "image", "tiff", "image/tiff", None, False),
    ("svg_hostile", "vector", "svg", "image/svg+xml", None, False),
    ("audio_wav", "audio", "wav", "audio/wav", "wav", False),
    ("audio_m4a", "audio", "m4a", "audio/mp4", "mov", False),
    ("audio_mp3", "audio", "mp3", "audio/mpeg", "mp3", False),
    ("audio_flac", "audio", "flac", "audio/flac", "flac", False),
    ("audio_ogg", "audio", "ogg", "audio/ogg", "ogg", False),
    ("audio_opus_webm", "audio", "webm", "audio/webm", "matroska", False),
    ("audio_live_webm", "audio", "webm", "audio/webm", "matroska", False),
    ("audio_amr", "audio", "amr", "audio/amr", "amr", False),
    ("video_h264_aac", "video", "mp4", "video/mp4", "mov", False),
    ("video_hevc", "video", "mp4", "video/mp4", "mov", False),
    ("video_vp9", "video", "webm", "video/webm", "matroska", False),
    ("video_mkv_h264", "video", "mkv", "video/x-matroska", "matroska", False),
    ("video_3gp_amr", "video", "3gp", "video/3gpp", "mov", False),
]


@pytest.mark.parametrize(("name", "kind", "fmt", "mime", "demuxer", "animated"), EXPECTED)
def test_every_accepted_kind_is_recognised_from_its_bytes(made, name, kind, fmt, mime, demuxer, animated):
    sniffed = sniff_file(made(name))
    assert (sniffed.kind, sniffed.format, sniffed.mime, sniffed.demuxer, sniffed.animated) == (
        kind,
        fmt,
        mime,
        demuxer,
        animated,
    )


def test_file_name_is_ignored_a_photo_called_mp3_is_a_photo(made):
    sniffed = sniff_file(made("jpeg_named_mp3"))
    assert (sniffed.kind, sniffed.format, sniffed.extension) == ("image", "jpeg", "jpg")


def test_sniffing_is_quick_enough_for_the_upload_request(made):
    for name in ("jpeg_large", "heic", "audio_m4a", "video_h264_aac", "video_vp9"):
        path = made(name)
        started = time.perf_counter()
        sniff_file(path)
        assert time.perf_counter() - started < 0.5, name


def test_empty_file_is_refused_as_empty(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("empty"))
    assert caught.value.code == "empty_file"
    assert "empty" in caught.value.message


@pytest.mark.parametrize("name", ["text", "pdf"])
def test_documents_are_unsupported_with_a_readable_reason(made, name):
    with pytest.raises(MediaError) as caught:
        sniff_file(made(name))
    assert caught.value.code == "unsupported_media"
    assert "Accepted files are" in caught.value.message


@pytest.mark.parametrize("name", ["jpeg_truncated", "png_truncated", "video_truncated"])
def test_cut_uploads_are_refused_as_corrupt(made, name):
    with pytest.raises(MediaError) as caught:
        sniff_file(made(name))
    assert caught.value.code == "media_corrupt"


def test_file_over_the_size_cap_of_its_kind_is_too_large(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("jpeg_orientation_6"), Limits(max_bytes_image=1000))
    assert caught.value.code == "media_too_large"


def test_image_over_the_pixel_limit_is_too_large(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("jpeg_large"), Limits(max_pixels=1_000_000))
    assert caught.value.code == "media_too_large"


@pytest.mark.parametrize("name", ["gif_bomb", "gif_bomb_later_frame", "png_text_bomb"])
def test_decompression_bombs_are_refused_before_decoding(made, name):
    with pytest.raises(MediaError) as caught:
        sniff_file(made(name))
    assert caught.value.code == "media_too_large"


def test_media_error_codes_are_closed():
    with pytest.raises(ValueError):
        MediaError("something_else", "nope")


class Listener:
    """A TCP socket on 127.0.0.1 that records whether anyone connected."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(5)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


class ReaderWatch:
    """A FIFO that reports whether any process ever opened it for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened = False
        self.running = True
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    def watch(self) -> None:
        while self.running:
            try:
                handle = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody is reading
                time.sleep(0.002)
                continue
            self.opened = True
            os.close(handle)

    def close(self) -> None:
        self.running = False
        self.thread.join()


def test_hls_playlist_named_mp4_is_refused_without_fetching_anything(tmp_path):
    listener = Listener()
    secret = ReaderWatch(tmp_path / "secret.ts")
    evil = tmp_path / "evil.mp4"
    evil.write_text(
        "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXT-X-MEDIA-SEQUENCE:0\n"
        f"#EXTINF:10.0,\nhttp://127.0.0.1:{listener.port}/x.ts\n"
        f"#EXTINF:10.0,\n{tmp_path / 'secret.ts'}\n#EXTINF:10.0,\nsecret.ts\n#EXT-X-ENDLIST\n"
    )
    try:
        with pytest.raises(MediaError) as caught:
            sniff_file(evil)
        assert caught.value.code == "unsupported_media"
        # Even a caller that skipped sniffing and claims it is an MP4 only gets the MP4
        # demuxer, which cannot follow playlist entries.
        forged = Sniffed("video", "video/mp4", "mp4", "mp4", demuxer="mov")
        with pytest.raises(MediaError) as forged_error:
            make_derivatives(evil, tmp_path / "out", forged)
        assert forged_error.value.code == "media_corrupt"
        forged_hls = Sniffed("video", "video/mp4", "mp4", "mp4", demuxer="hls")
        with pytest.raises(MediaError) as refused:
            make_derivatives(evil, tmp_path / "out", forged_hls)
        assert refused.value.code == "unsupported_media"
        time.sleep(0.3)
    finally:
        listener.close()
        secret.close()
    assert listener.connections == 0
    assert not secret.opened
