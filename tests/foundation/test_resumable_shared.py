"""Resumable uploads on a team server: two web machines (apps with their own instance
folders) share one PostgreSQL database and one S3 bucket, and a phone's pieces land on
either of them."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import threading
import time
import wave
from datetime import timedelta

import pytest
from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.models import UploadSession
from logbook.storage_parts import MIN_PART_BYTES, MultipartUploads
from tests.conftest import IsolatedClient, _truncate_all, build_world, make_bucket

OPEN = "/api/v1/logbooks/atelier/uploads"
ENTRIES = "/api/v1/logbooks/atelier/entries"
TUS = {"Tus-Resumable": "1.0.0"}
MIB = 1024 * 1024


@pytest.fixture
def machines(pg_url, s3_endpoint, tmp_path):
    """Machines A and B: one database, one bucket, each its own instance folder."""
    from logbook import create_app

    _truncate_all(pg_url)
    storage_url = f"s3://{make_bucket(s3_endpoint)}/carnet?endpoint_url={s3_endpoint}&region=us-east-1"
    apps = []
    for name in ("a", "b"):
        app = create_app(
            {
                "CARNET_INSTANCE_DIR": str(tmp_path / name),
                "CARNET_DATABASE_URL": pg_url,
                "CARNET_STORAGE_URL": storage_url,
                "CARNET_WORKER": "none",
                "CARNET_QUEUE_URL": "memory://",
                "CARNET_SECRET_KEY": "test-secret",
                "TESTING": True,
            }
        )
        app.test_client_class = IsolatedClient
        apps.append(app)
    a, b = apps
    with a.app_context():
        yield a, b
        db.session.remove()
        db.engine.dispose()
    with b.app_context():
        db.engine.dispose()


@pytest.fixture
def world(machines):
    return build_world()


@pytest.fixture(scope="module")
def recording(tmp_path_factory) -> bytes:
    """A real WAV file of a little over 12 MiB: more than two S3 parts."""
    path = tmp_path_factory.mktemp("shared") / "capsule.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        out.writeframes(os.urandom(12 * MIB + 4_000))
    return path.read_bytes()


def _open(client, member, size: int) -> str:
    response = client.post(
        OPEN,
        headers={
            **member.headers,
            **TUS,
            "Upload-Length": str(size),
            "Upload-Metadata": "filename " + base64.b64encode("capsule du marché.wav".encode()).decode(),
        },
    )
    assert response.status_code == 201, response.get_json()
    return response.headers["Location"]


def _patch(client, member, url: str, offset: int, data: bytes):
    return client.patch(
        url,
        data=data,
        headers={
            **member.headers,
            **TUS,
            "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream",
        },
    )


def _sent(client, member, url: str, offset: int, data: bytes) -> int:
    response = _patch(client, member, url, offset, data)
    assert response.status_code == 204, response.get_json()
    assert response.headers["Tus-Resumable"] == "1.0.0"
    return int(response.headers["Upload-Offset"])


def _offset(client, member, url: str) -> int:
    response = client.head(url, headers={**member.headers, **TUS})
    assert response.status_code == 200
    return int(response.headers["Upload-Offset"])


def _storage(app):
    return app.extensions["carnet.storage"]


def _open_multipart(app) -> list:
    return list(MultipartUploads(_storage(app)).open_uploads("uploads"))


def _pieces_in_storage(app) -> list[str]:
    return [info.key for info in _storage(app).list("uploads/")]


def _row(url: str) -> UploadSession:
    db.session.rollback()  # see what the machines committed since
    return db.session.get(UploadSession, url.rsplit("/", 1)[1], populate_existing=True)


def test_an_upload_begun_on_one_machine_is_finished_on_another(machines, world, recording):
    a, b = (app.test_client() for app in machines)
    me = world.contributor
    url = _open(a, me, len(recording))

    offset = _sent(a, me, url, 0, recording[: 3 * MIB])  # smaller than a part: kept as a tail
    assert _offset(b, me, url) == 3 * MIB
    assert len(_pieces_in_storage(machines[0])) == 1 and len(_open_multipart(machines[0])) == 1
    offset = _sent(b, me, url, offset, recording[offset : offset + MIB])  # still no whole part
    assert _offset(a, me, url) == 4 * MIB

    stale = _patch(a, me, url, 3 * MIB, recording[3 * MIB : 4 * MIB])
    assert stale.status_code == 409 and stale.get_json()["error"]["code"] == "offset_mismatch"
    assert _offset(b, me, url) == 4 * MIB

    offset = _sent(a, me, url, offset, recording[offset : offset + 4 * MIB])  # one 5 MiB part + a tail
    assert offset == 8 * MIB
    row = _row(url)
    assert [size for _number, _etag, size in row.parts] == [MIN_PART_BYTES]
    assert row.tail_size == 3 * MIB and row.received_bytes == 8 * MIB
    offset = _sent(b, me, url, offset, recording[offset:])
    assert offset == len(recording) == _offset(a, me, url)
    # Joined and stored as an original; nothing of the pieces is left.
    assert _open_multipart(machines[0]) == [] and _pieces_in_storage(machines[0]) == []
    digest = hashlib.sha256(recording).hexdigest()
    assert _row(url).sha256 == digest
    assert _storage(machines[0]).size(f"originals/{digest}") == len(recording)

    response = a.post(
        ENTRIES,
        json={"kind": "audio", "title": "Capsule", "uploads": [url.rsplit("/", 1)[1]]},
        headers=me.headers,
    )
    assert response.status_code == 201, response.get_json()
    [media] = response.get_json()["media"]
    assert media["sha256"] == digest and media["size"] == len(recording)
    assert media["original_name"] == "capsule du marché.wav"
    with _storage(machines[1]).open(f"originals/{digest}") as stored:
        assert hashlib.sha256(stored.read()).hexdigest() == digest
    assert b.head(url, headers=me.headers).status_code == 404
    assert _open_multipart(machines[0]) == [] and _pieces_in_storage(machines[0]) == []
    # The local copy made for sniffing is gone from machine A's spool.
    spool = os.path.join(machines[0].instance_path, "uploads")
    assert not os.path.isdir(spool) or [n for n in os.listdir(spool) if n.startswith("upload-")] == []


class _SlowBody(io.RawIOBase):
    """A request body that sends ``first`` bytes, then waits until told to send the rest."""

    def __init__(self, first: bytes, rest: bytes) -> None:
        self.first, self.rest = first, rest
        self.go_on = threading.Event()
        self._position = 0  # only what the test client's length measurement looks at

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self._position = offset + (len(self.first) + len(self.rest) if whence == 2 else 0)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:
        if self.first:
            data, self.first = self.first[: len(buffer)], self.first[len(buffer) :]
        else:
            assert self.go_on.wait(timeout=120)
            data, self.rest = self.rest[: len(buffer)], self.rest[len(buffer) :]
        buffer[: len(data)] = data
        return len(data)


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


def test_two_machines_cannot_write_the_same_offset(machines, world):
    a, b = (app.test_client() for app in machines)
    me = world.contributor
    data = os.urandom(300_000)
    url = _open(a, me, len(data))
    body = _SlowBody(data[:1000], data[1000:200_000])
    answers = []

    def send_on_a() -> None:
        from werkzeug.test import EnvironBuilder

        environ = EnvironBuilder(
            path=url,
            method="PATCH",
            headers={
                **me.headers,
                **TUS,
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
            },
        ).get_environ()
        environ["wsgi.input"], environ["CONTENT_LENGTH"] = body, "200000"
        answers.append(a.open(environ))

    sender = threading.Thread(target=send_on_a)
    sender.start()
    try:
        _wait_for(lambda: not sender.is_alive() or _row(url).writer is not None, "machine A to start writing")
        busy = _patch(b, me, url, 0, data[:1000])
        assert busy.status_code == 409 and busy.get_json()["error"]["code"] == "upload_busy"
        assert _offset(b, me, url) == 0
    finally:
        body.go_on.set()
        sender.join(timeout=120)
    assert answers[0].status_code == 204 and answers[0].headers["Upload-Offset"] == "200000"
    assert _sent(b, me, url, 200_000, data[200_000:]) == len(data)
    assert _row(url).sha256 == hashlib.sha256(data).hexdigest()


def test_a_machine_that_died_mid_piece_does_not_block_the_upload(machines, world):
    a, b = (app.test_client() for app in machines)
    me = world.contributor
    url = _open(a, me, 10)
    assert _sent(a, me, url, 0, b"12345") == 5
    # Machine A took the writer lease, then died: its lease runs out.
    row = _row(url)
    row.writer, row.writer_until = "a" * 32, utcnow() + timedelta(minutes=1)
    db.session.commit()
    busy = _patch(b, me, url, 5, b"67890")
    assert busy.status_code == 409 and busy.get_json()["error"]["code"] == "upload_busy"
    row = _row(url)
    row.writer_until = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert _sent(b, me, url, 5, b"67890") == 10
    assert _row(url).sha256 == hashlib.sha256(b"1234567890").hexdigest()


def test_a_cut_connection_keeps_what_arrived_on_any_machine(machines, world):
    from werkzeug.test import EnvironBuilder

    a, b = (app.test_client() for app in machines)
    me = world.contributor
    data = os.urandom(6 * MIB)
    url = _open(a, me, len(data))
    environ = EnvironBuilder(
        path=url,
        method="PATCH",
        data=data[: 5 * MIB + 1000],
        headers={
            **me.headers,
            **TUS,
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    ).get_environ()
    environ["CONTENT_LENGTH"] = str(len(data))  # announced more than was sent
    machines[0].test_client().open(environ)
    assert _offset(b, me, url) == 5 * MIB + 1000
    assert _sent(b, me, url, 5 * MIB + 1000, data[5 * MIB + 1000 :]) == len(data)
    assert _row(url).sha256 == hashlib.sha256(data).hexdigest()


def test_expiry_aborts_the_multipart_upload_and_removes_the_pieces(machines, world):
    from logbook.services.resumable import expire_upload_sessions

    a, _b = (app.test_client() for app in machines)
    me = world.contributor
    url = _open(a, me, 6 * MIB)
    _sent(a, me, url, 0, os.urandom(MIB))
    assert len(_open_multipart(machines[0])) == 1 and len(_pieces_in_storage(machines[0])) == 1
    row = _row(url)
    row.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    # What a session ended while S3 was down left behind: no row any more.
    MultipartUploads(_storage(machines[0])).start("uploads/0123456789abcdef0123456789abcdef/data")
    _storage(machines[0]).put("uploads/0123456789abcdef0123456789abcdef/tail-1", io.BytesIO(b"x"))

    assert expire_upload_sessions() == 1
    assert _pieces_in_storage(machines[0]) == [] and _open_multipart(machines[0]) == []


def test_an_upload_whose_join_was_interrupted_is_finished_by_the_entry(machines, world, recording):
    a, b = (app.test_client() for app in machines)
    me = world.contributor
    url = _open(a, me, len(recording))
    last = len(recording) - 1000
    assert _sent(a, me, url, 0, recording[:last]) == last
    # A machine sent the last part and recorded it, then died before joining the parts.
    row = _row(url)
    storage = _storage(machines[0])
    with storage.open(row.tail_key) as tail:
        final = tail.read() + recording[last:]
    number = row.parts[-1][0] + 1
    etag = MultipartUploads(storage).put_part(f"uploads/{row.id}/data", row.multipart_id, number, final)
    storage.delete(row.tail_key)
    row.parts = [*row.parts, [number, etag, len(final)]]
    row.received_bytes, row.tail_key, row.tail_size = len(recording), None, 0
    db.session.commit()
    assert _offset(b, me, url) == len(recording)

    response = b.post(ENTRIES, json={"kind": "audio", "uploads": [row.id]}, headers=me.headers)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["media"][0]["sha256"] == hashlib.sha256(recording).hexdigest()
    assert _open_multipart(machines[0]) == [] and _pieces_in_storage(machines[0]) == []
    assert db.session.scalars(select(UploadSession)).all() == []
