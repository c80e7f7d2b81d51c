"""Transcription fixtures: the bundled Whisper base model reassembled once per session
(and loaded once: the service keeps it per model directory), and clips of real recorded
French speech in the formats phones send."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from media.speech_bundle import install
from tests.transcripts.clips import SHORT_CLIP, Clip, build_clip, encode


@pytest.fixture(params=["sqlite-file"])
def backend(request) -> str:
    """One backend pair is enough here; the pipeline test runs on both."""
    return request.param


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    return install(tmp_path_factory.mktemp("speech") / "whisper-base")


@pytest.fixture
def app_config(app_config, model_dir):
    return {**app_config, "CARNET_TRANSCRIBE_MODEL": str(model_dir)}


@pytest.fixture(scope="session")
def speech(tmp_path_factory) -> Clip:
    """About 11 s of a real French speaker reading three known sentences."""
    return build_clip(SHORT_CLIP, tmp_path_factory.mktemp("speech-clips") / "phrases.wav")


@pytest.fixture(scope="session")
def clips(speech, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("speech-formats")
    source = speech.path
    return {
        "m4a": encode(source, folder / "memo.m4a", "-c:a", "aac", "-b:a", "64k"),
        "webm": encode(source, folder / "enregistrement.webm", "-c:a", "libopus", "-b:a", "32k"),
        "3gp": encode(source, folder / "telephone.3gp", "-c:a", "aac", "-b:a", "32k", "-f", "3gp"),
        "mp3": encode(source, folder / "capsule.mp3", "-c:a", "libmp3lame", "-b:a", "64k"),
        "video": _video(source, folder / "video.mp4"),
    }


def _video(sound: Path, target: Path) -> Path:
    """A 10 s H.264 video whose sound track is the speech, from its start."""
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=10:duration=12",
            "-i",
            str(sound),
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            "-movflags",
            "+faststart",
            str(target),
        ],
        check=True,
    )
    return target


def upload(client, member, path: Path, *, kind: str, slug: str = "atelier", **fields) -> dict:
    response = client.post(
        f"/api/v1/logbooks/{slug}/entries",
        data={
            "kind": kind,
            "title": fields.pop("title", "Capsule du jour"),
            **fields,
            "files": [(io.BytesIO(path.read_bytes()), path.name)],
        },
        headers=member.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()
