"""What phones send, posted through the API on both storage backends, ends ready and safe."""

from __future__ import annotations

import io
import json
import subprocess
import tempfile

import pytest
from PIL import Image

from logbook.storage import get_storage
from tests.conftest import CORPUS
from tests.media.conftest import Maker

# (label, corpus file, generated fixture, expected kind, expected specs, portrait?)
BATCH = [
    (
        "heic-portrait-photo",
        "heic-iphone8plus-orientation-6-arrow.heic",
        "heic",
        "image",
        {"thumb", "display", "display-jpeg"},
        None,
    ),
    (
        "jpeg-with-gps",
        "jpeg-gps-exif-full.jpg",
        "jpeg_orientation_6",
        "image",
        {"thumb", "display", "display-jpeg"},
        None,
    ),
    ("png-drawing", "png-rgba-alpha.png", "png_alpha", "image", {"thumb", "display", "display-jpeg"}, None),
    ("m4a-voice-memo", "audio-iphone-voice-memo.m4a", "audio_m4a", "audio", {"web", "peaks"}, None),
    (
        "webm-opus-recording",
        "audio-webm-opus-chrome-mediarecorder.webm",
        "audio_live_webm",
        "audio",
        {"web", "peaks"},
        None,
    ),
    ("portrait-hevc-mov", "video-ipad-hevc-portrait.mov", "video_rotated", "video", {"web", "poster"}, True),
    ("h264-mp4", "video-android-h264-aac-gps.mp4", "video_h264_aac", "video", {"web", "poster"}, None),
]


@pytest.fixture(scope="module")
def maker(tmp_path_factory):
    return Maker(tmp_path_factory.mktemp("phone-batch"))


def _source(maker, corpus_name: str, fixture: str):
    path = CORPUS / corpus_name
    return path if path.exists() else maker(fixture)


def _read(key: str) -> bytes:
    with get_storage().open(key) as stream:
        return stream.read()


@pytest.mark.parametrize(
    ("label", "corpus_name", "fixture", "kind", "specs", "portrait"), BATCH, ids=[b[0] for b in BATCH]
)
def test_phone_upload_ends_ready_with_clean_derivatives(
    client, world, maker, label, corpus_name, fixture, kind, specs, portrait
):
    source = _source(maker, corpus_name, fixture)
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={
            "kind": "photo" if kind == "image" else kind,
            "files": [(io.BytesIO(source.read_bytes()), source.name)],
        },
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    media = client.get(
        f"/api/v1/media/{response.get_json()['media'][0]['id']}", headers=world.reader.headers
    ).get_json()
    assert media["kind"] == kind
    assert media["state"] == "ready", media["error"]
    assert specs <= set(media["variants"]), media["variants"]
    from logbook.db import db
    from logbook.models import Media

    row = db.session.get(Media, media["id"])
    for derivative in row.derivatives:
        data = _read(derivative.key)
        assert b"GPS" not in data[:65536] or derivative.mime.startswith("audio/")
        if derivative.mime.startswith("image/"):
            with Image.open(io.BytesIO(data)) as image:
                assert not image.getexif(), f"{derivative.spec} keeps EXIF"
                if portrait:
                    assert image.height > image.width
        if derivative.mime == "video/mp4":
            with tempfile.NamedTemporaryFile(suffix=".mp4") as handle:
                handle.write(data)
                handle.flush()
                probe = json.loads(
                    subprocess.run(
                        [
                            "ffprobe",
                            "-v",
                            "error",
                            "-print_format",
                            "json",
                            "-show_streams",
                            "-show_format",
                            handle.name,
                        ],
                        capture_output=True,
                        check=True,
                        text=True,
                    ).stdout
                )
            video = next(s for s in probe["streams"] if s["codec_type"] == "video")
            assert video["codec_name"] == "h264" and video["pix_fmt"] == "yuv420p"
            assert "location" not in json.dumps(probe["format"].get("tags", {})).lower()
            if portrait:
                assert int(video["height"]) > int(video["width"])
        if derivative.spec == "peaks":
            peaks = json.loads(data)
            assert peaks


def test_a_file_that_cannot_be_processed_fails_with_a_readable_reason(client, world, maker):
    source = maker("video_truncated")
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "video", "files": [(io.BytesIO(source.read_bytes()), "coupee.mp4")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    if response.status_code != 201:
        assert response.status_code in {415, 422}
        assert response.get_json()["error"]["message"]
        return
    media = client.get(
        f"/api/v1/media/{response.get_json()['media'][0]['id']}", headers=world.reader.headers
    ).get_json()
    assert media["state"] in {"failed", "ready"}
    if media["state"] == "failed":
        assert media["error"] and len(media["error"]) > 10
