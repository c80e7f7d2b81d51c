"""`carnet serve` (gunicorn) receiving uploads, and the large-body reading under it."""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from logbook.uploads import BODY_READ_SIZE, large_body_reads


class SocketLikeInput:
    """A server input stream that, like a socket, returns fewer bytes than asked, and
    would wait for ever if asked for bytes past the end of the body."""

    def __init__(self, stream, length: int, most: int) -> None:
        self._stream = stream
        self._left = length
        self._most = most
        self.asked: list[int] = []

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        if size < 0 or size > self._left:
            raise AssertionError("read past the end of the body: a socket would block here")
        data = self._stream.read(min(size, self._most))
        self._left -= len(data)
        return data


def test_a_large_body_arrives_whole_through_short_reads_in_large_requests():
    payload = os.urandom(3 * BODY_READ_SIZE + 12_345)
    environ = EnvironBuilder(
        method="POST", data={"title": "vidéo", "files": (io.BytesIO(payload), "clip.bin")}
    ).get_environ()
    server_input = SocketLikeInput(environ["wsgi.input"], int(environ["CONTENT_LENGTH"]), most=100_003)
    environ["wsgi.input"] = server_input
    received = {}

    def application(environ, start_response):
        request = Request(environ)
        received["title"] = request.form["title"]
        received["file"] = request.files["files"].read()
        start_response("204 No Content", [])
        return [b""]

    large_body_reads(application)(environ, lambda *args: None)

    assert received == {"title": "vidéo", "file": payload}
    # The parser's 64 KiB reads were served from a buffer filled 1 MiB at a time.
    assert max(server_input.asked) == BODY_READ_SIZE


def test_a_small_body_is_left_to_the_server():
    environ = EnvironBuilder(method="POST", data=b"{}", content_type="application/json").get_environ()
    original = environ["wsgi.input"]
    large_body_reads(lambda environ, start_response: [b""])(environ, lambda *args: None)
    assert environ["wsgi.input"] is original


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(tmp_path: Path, *, worker: str = "none"):
    """`carnet init`, a user with an API token, then `carnet serve` in a subprocess.

    Returns ``(process, port, headers, instance, log path)`` once the port accepts connections.
    """
    port = _free_port()
    env = {
        **os.environ,
        "CARNET_INSTANCE_DIR": str(tmp_path / "instance"),
        "CARNET_WORKER": worker,
        "CARNET_PORT": str(port),
        "CARNET_LOG_LEVEL": "warning",
    }
    carnet = [sys.executable, "-m", "logbook.cli"]
    subprocess.run([*carnet, "init"], env=env, check=True, capture_output=True)
    created = subprocess.run(
        [*carnet, "create-user", "--email", "a@example.org", "--password", "correct horse", "--token", "t"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    token = created.stdout.split("API token (shown once): ")[1].strip()
    log = tmp_path / "serve.log"
    server = subprocess.Popen([*carnet, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(f"carnet serve did not start: {log.read_text()}") from None
            time.sleep(0.1)
    return server, port, {"Authorization": f"Bearer {token}"}, tmp_path / "instance", log


@pytest.fixture
def served(tmp_path):
    """`carnet serve` on SQLite and file storage, with a user's API token."""
    server, port, auth, instance, _log = _start_server(tmp_path)
    try:
        yield port, auth, instance
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def served_with_worker(tmp_path):
    """`carnet serve` as installed by default: with its in-process job worker."""
    server, port, auth, _instance, log = _start_server(tmp_path, worker="thread")
    try:
        yield server, port, auth, log
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def _post(port: int, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    answer = json.loads(response.read() or b"null")
    connection.close()
    return response.status, answer


def test_a_multi_megabyte_upload_through_gunicorn_is_stored_byte_for_byte(served, tmp_path):
    from PIL import Image

    port, auth, instance = served
    status, _ = _post(
        port, "/api/v1/logbooks", b'{"name": "Chantier"}', {**auth, "Content-Type": "application/json"}
    )
    assert status == 201
    # Noise does not compress: a PNG of several MiB, so the body is read in large blocks.
    photo = tmp_path / "bruit.png"
    Image.frombytes("RGB", (1400, 1400), os.urandom(1400 * 1400 * 3)).save(photo)
    data = photo.read_bytes()
    assert len(data) > 4 * BODY_READ_SIZE
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nphoto\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="bruit.png"\r\n'
            "Content-Type: image/png\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )

    status, entry = _post(
        port,
        "/api/v1/logbooks/chantier/entries",
        body,
        {**auth, "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )

    assert status == 201, entry
    [media] = entry["media"]
    assert media["sha256"] == hashlib.sha256(data).hexdigest()
    assert media["size"] == len(data)
    stored = Path(instance, "media", "originals", media["sha256"])
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == media["sha256"]


def test_an_upload_cut_off_half_way_leaves_nothing_and_the_server_goes_on(served):
    port, auth, instance = served
    status, _ = _post(
        port, "/api/v1/logbooks", b'{"name": "Chantier"}', {**auth, "Content-Type": "application/json"}
    )
    assert status == 201
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nvideo\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="long.mp4"\r\n'
        "Content-Type: video/mp4\r\n\r\n"
    ).encode()
    announced = len(head) + 6 * BODY_READ_SIZE
    with socket.create_connection(("127.0.0.1", port), timeout=10) as phone:
        request = (
            "POST /api/v1/logbooks/chantier/entries HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: {auth['Authorization']}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {announced}\r\n\r\n"
        )
        phone.sendall(request.encode() + head + os.urandom(2 * BODY_READ_SIZE))
    # The network is gone mid-file; the server must drop what it received.
    deadline = time.monotonic() + 20
    spools = Path(instance, "uploads")
    while any(spools.glob("upload-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(spools.glob("upload-*"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/api/v1/logbooks/chantier/timeline", headers=auth)
    response = connection.getresponse()
    assert response.status == 200
    assert json.loads(response.read())["entries"] == []
    assert not any(Path(instance, "media").rglob("originals/*"))


def test_a_resumable_upload_cut_off_through_gunicorn_goes_on_from_what_arrived(served):
    port, auth, instance = served
    _post(port, "/api/v1/logbooks", b'{"name": "Chantier"}', {**auth, "Content-Type": "application/json"})
    data = os.urandom(5 * BODY_READ_SIZE)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "POST",
        "/api/v1/logbooks/chantier/uploads",
        headers={**auth, "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data))},
    )
    opened = connection.getresponse()
    opened.read()
    assert opened.status == 201
    location = opened.headers["Location"]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as phone:
        request = (
            f"PATCH {location} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: {auth['Authorization']}\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
            f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(data)}\r\n\r\n"
        )
        phone.sendall(request.encode() + data[: 2 * BODY_READ_SIZE])
    # The phone lost its connection; once the server noticed, the bytes that arrived are kept.
    deadline = time.monotonic() + 20
    while True:
        connection.request("HEAD", location, headers={**auth, "Tus-Resumable": "1.0.0"})
        head = connection.getresponse()
        head.read()
        offset = int(head.headers["Upload-Offset"])
        if offset == 2 * BODY_READ_SIZE or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert offset == 2 * BODY_READ_SIZE
    # Until the server has noticed the lost connection, the cut request still holds the
    # upload: it answers 409 upload_busy and the client tries again, as tus clients do.
    connection.close()
    deadline = time.monotonic() + 20
    while True:
        done, answer = _send_rest_of_upload(port, auth, location, data)
        if done is not None and done.status != 409:
            break
        assert time.monotonic() < deadline, answer
        if done is not None:
            assert json.loads(answer)["error"]["code"] == "upload_busy"
        time.sleep(0.2)
    assert done.status == 204 and done.headers["Upload-Offset"] == str(len(data))
    session = Path(instance, "uploads", "sessions", location.rsplit("/", 1)[1])
    assert hashlib.sha256(session.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()


def _send_rest_of_upload(
    port: int, auth: dict[str, str], location: str, data: bytes
) -> tuple[http.client.HTTPResponse | None, bytes]:
    """One try of a tus client: ask where the upload stands, send the rest from there.

    Each try has its own connection: a server may close one after refusing a body it did
    not read (HTTP lets it), and a client then meets a reset, which it answers by trying
    again, as browsers and tus clients do. Returns (None, the error) for such a try.
    """
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("HEAD", location, headers={**auth, "Tus-Resumable": "1.0.0"})
        head = connection.getresponse()
        head.read()
        offset = int(head.headers["Upload-Offset"])
        connection.request(
            "PATCH",
            location,
            body=data[offset:],
            headers={
                **auth,
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )
        done = connection.getresponse()
        return done, done.read()
    except (ConnectionError, http.client.HTTPException) as exc:
        return None, repr(exc).encode()
    finally:
        connection.close()


def _wait_for_exit(server: subprocess.Popen, bound: float = 15) -> int | None:
    """The exit code, or None if the process is still running after ``bound`` seconds (a liveness
    bound: the server used to wait out its whole 30 s grace period)."""
    try:
        return server.wait(timeout=bound)
    except subprocess.TimeoutExpired:
        return None


def test_an_idle_server_with_its_job_worker_stops_on_sigterm_without_waiting_out_its_grace(
    served_with_worker,
):
    server, port, auth, log = served_with_worker
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/api/v1/logbooks", headers=auth)
    assert connection.getresponse().status == 200  # a kept-alive connection stays open
    time.sleep(0.5)  # the job worker's threads are running

    server.send_signal(signal.SIGTERM)

    assert _wait_for_exit(server) == 0, log.read_text()
    # The web worker heard the signal itself, rather than being killed at the end of the grace.
    assert "Worker exiting" in log.read_text()
    connection.close()


def test_a_request_in_flight_when_the_server_is_stopped_still_gets_its_answer(served_with_worker):
    server, port, auth, log = served_with_worker
    status, _ = _post(
        port, "/api/v1/logbooks", b'{"name": "Chantier"}', {**auth, "Content-Type": "application/json"}
    )
    assert status == 201
    body = json.dumps({"kind": "note", "title": "Arrivée lente", "body": "x" * 200_000}).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as phone:
        phone.sendall(
            (
                "POST /api/v1/logbooks/chantier/entries HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Authorization: {auth['Authorization']}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            ).encode()
            + body[:1000]
        )
        time.sleep(0.5)  # the request is being read
        server.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        while "Handling signal: term" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        phone.sendall(body[1000:])
        answer = b""
        while chunk := phone.recv(65536):
            answer += chunk

    assert answer.startswith(b"HTTP/1.1 201"), answer[:300]
    assert _wait_for_exit(server) == 0, log.read_text()
