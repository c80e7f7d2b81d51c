"""A worker killed in the middle of a transcode loses nothing: the media row is the truth."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from logbook.db import db
from logbook.models import Derivative, Media

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def slow_video(tmp_path_factory) -> Path:
    """A VP9 clip that takes the worker several seconds to transcode to H.264."""
    path = tmp_path_factory.mktemp("video") / "atelier.webm"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=1280x720:rate=30:duration=8",
            "-c:v",
            "libvpx-vp9",
            "-deadline",
            "realtime",
            "-cpu-used",
            "8",
            "-b:v",
            "2M",
            str(path),
        ],
        check=True,
    )
    return path


@pytest.fixture
def queued_app_config(app_config):
    """The same app, but with a real on-disk queue and no in-process worker."""
    return {
        **app_config,
        "CARNET_WORKER": "none",
        "CARNET_QUEUE_URL": f"sqlite:///{app_config['CARNET_INSTANCE_DIR']}/jobs.db",
        "CARNET_MEDIA_LEASE_SECONDS": 3,
    }


def _start_worker(config: dict) -> subprocess.Popen:
    env = {**os.environ, **{k: str(v) for k, v in config.items() if k.startswith("CARNET_")}}
    return subprocess.Popen(
        [sys.executable, "-m", "logbook.cli", "worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _media(media_id: int) -> Media:
    db.session.rollback()
    db.session.expire_all()
    return db.session.get(Media, media_id)


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command name) of the live processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append((int(entry.name), name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def test_worker_killed_mid_transcode_recovers_with_one_set_of_derivatives(
    queued_app_config, world, slow_video
):
    from logbook import create_app
    from logbook.storage import get_storage

    app = create_app(queued_app_config)
    with app.app_context():
        response = app.test_client().post(
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "video", "files": [(io.BytesIO(slow_video.read_bytes()), slow_video.name)]},
            headers=world.contributor.headers,
            content_type="multipart/form-data",
        )
        assert response.status_code == 201, response.get_json()
        media_id = response.get_json()["media"][0]["id"]
        assert _media(media_id).state == "pending"

        first = _start_worker(queued_app_config)
        try:
            _wait(
                lambda: _media(media_id).state == "processing" and _media(media_id).progress > 0.05,
                90,
                "transcoding to start",
            )
            transcoders = _wait(
                lambda: [pid for pid, name in _children(first.pid) if name == "ffmpeg"], 30, "ffmpeg to run"
            )
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait()
        assert _media(media_id).state == "processing"  # the dead worker's claim is still there
        # Its ffmpeg dies with it instead of transcoding on for nobody.
        _wait(lambda: not any(_alive(pid) for pid in transcoders), 30, "the dead worker's ffmpeg to stop")
        work = Path(queued_app_config["CARNET_INSTANCE_DIR"], "work")
        assert [p.name for p in work.iterdir()] and all(f"-{first.pid}-" in p.name for p in work.iterdir())

        second = _start_worker(queued_app_config)
        try:
            _wait(
                lambda: _media(media_id).state in {"ready", "failed"}, 180, "the media to be processed again"
            )
        finally:
            second.terminate()
            second.wait(timeout=30)
        media = _media(media_id)
        assert media.state == "ready", media.error
        assert media.attempts == 2
        assert not list(work.iterdir())  # the dead worker's work directory is gone too
        rows = list(db.session.scalars(select(Derivative).where(Derivative.media_id == media_id)))
        specs = sorted(row.spec for row in rows)
        assert specs == sorted(set(specs)) and "web" in specs and "poster" in specs
        stored = sorted(info.key for info in get_storage().list(f"derived/{media_id}/"))
        assert stored == sorted(row.key for row in rows)
        db.session.remove()
        db.engine.dispose()
