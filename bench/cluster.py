"""Team-server proof: two web machines, two job workers, PostgreSQL, Redis and S3 on
127.0.0.1, under phones and faults, then a reconciliation.

Each "machine" is a process tree with an instance directory and a port of its own, as on
separate hosts: web machines are gunicorn (``config/gunicorn.conf.py``, two processes each),
workers are ``carnet worker``. PostgreSQL and Redis are servers of the bench's own, on free
ports (the shared ones are never touched); S3 is moto's server in a process of its own.

Phones post notes, 1–4 MB photos, voice memos and a few large videos, through either web
machine at random (a load balancer), retrying with the same Idempotency-Key after a
connection error or a 503, as the web app's outbox does; readers page the timeline and
search. The load starts while a large video of the bench's own is being transcoded. Then,
in turn, each at its fraction of the run or after the one before (the load lasts until the
last is over): a worker is killed mid-transcode (and started again, as systemd would; its
ffmpeg must die with it), a web process is killed mid-upload, a resumable upload is begun on
one web machine and finished (and posted) on the other, S3 stops answering for 30 s (the
process is paused: requests hang until timeouts), PostgreSQL stops for 10 s, Redis stops for
10 s (its queue is lost: the sweeps must bring the work back), and the upload spool of one
web machine fills up for 10 s.

Then it reconciles: every acknowledged entry exists exactly once, is found by search on both
web machines (the time from acknowledgement to found is reported, p50/p95, while the load
ran), every media is ready, no stored object is an orphan, no spool or work file is left,
no request got a 500, and every fault was exercised; the verdict says NOT CLEAN otherwise.

    .venv/bin/python bench/cluster.py [--phones 40] [--seconds 120] [--video-mib 20 50]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import http.client
import io
import json
import os
import random
import signal
import string
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import boto3
from PIL import Image
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.conftest import NO_LIMITS, OwnPostgres, OwnRedis  # noqa: E402

CARNET = [sys.executable, "-m", "logbook.cli"]
FINDABLE_WITHIN = 120.0


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """The processes of a two-machine team deployment and the services under them."""

    def __init__(self, folder: Path, spool_mib: int) -> None:
        self.folder = folder
        self.webs: list[dict] = []
        self.workers: list[dict] = []
        self.postgres = OwnPostgres()
        self.redis = OwnRedis(folder)
        self.s3_port = free_port()
        self.s3 = subprocess.Popen(
            [str(ROOT / ".venv/bin/moto_server"), "-H", "127.0.0.1", "-p", str(self.s3_port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.s3_url = f"http://127.0.0.1:{self.s3_port}"
        _wait_for_port(self.s3_port, self.s3)
        boto3.client("s3", endpoint_url=self.s3_url, region_name="us-east-1").create_bucket(Bucket="carnet")
        self.env = {
            **os.environ,
            **NO_LIMITS,
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_DEFAULT_REGION": "us-east-1",
            "CARNET_SECRET_KEY": uuid.uuid4().hex,
            "CARNET_DATABASE_URL": self.postgres.url,
            "CARNET_STORAGE_URL": f"s3://carnet/prod?endpoint_url={self.s3_url}",
            "CARNET_QUEUE_URL": f"{self.redis.url}/0",
            "CARNET_RATELIMIT_STORAGE_URL": f"{self.redis.url}/1",
            "CARNET_WORKER": "none",
            "CARNET_LOG_LEVEL": "warning",
        }
        try:
            self._start_machines(spool_mib)
        except BaseException:
            self.stop()
            raise

    def _start_machines(self, spool_mib: int) -> None:
        for number in (1, 2):
            instance = self.folder / f"web{number}"
            (instance / "uploads").mkdir(parents=True)
            if number == 1:
                # The machine whose disk fills up: its spool is a size-limited tmpfs.
                subprocess.run(
                    ["mount", "-t", "tmpfs", "-o", f"size={spool_mib}m", "tmpfs", instance / "uploads"],
                    check=True,
                )
            self.webs.append({"instance": instance, "port": free_port()})
            self.workers.append({"instance": self.folder / f"worker{number}"})
        subprocess.run([*CARNET, "init"], env=self._env(self.webs[0]), check=True, capture_output=True)
        created = subprocess.run(
            [
                *CARNET,
                "create-user",
                "--email",
                "bench@example.org",
                "--password",
                "correct horse battery",
                "--token",
                "b",
            ],
            env=self._env(self.webs[0]),
            check=True,
            capture_output=True,
            text=True,
        )
        self.auth = {"Authorization": "Bearer " + created.stdout.split("API token (shown once): ")[1].strip()}
        for web in self.webs:
            self._start_web(web)
        for worker in self.workers:
            self.start_worker(worker)

    def _env(self, machine: dict) -> dict:
        env = {**self.env, "CARNET_INSTANCE_DIR": str(machine["instance"])}
        if "port" in machine:
            env |= {"CARNET_BIND": f"127.0.0.1:{machine['port']}", "CARNET_WEB_PROCESSES": "2"}
        return env

    def _start_web(self, web: dict) -> None:
        log = (self.folder / f"web-{web['port']}.log").open("ab")
        web["process"] = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", "config/gunicorn.conf.py", "logbook:create_app()"],
            cwd=ROOT,
            env=self._env(web),
            stdout=log,
            stderr=log,
        )
        _wait_for_port(web["port"], web["process"])

    def start_worker(self, worker: dict) -> None:
        log = (self.folder / f"{worker['instance'].name}.log").open("ab")
        worker["process"] = subprocess.Popen(
            [*CARNET, "worker"], env=self._env(worker), stdout=log, stderr=log, start_new_session=True
        )

    def web_children(self, web: dict) -> list[int]:
        found = subprocess.run(
            ["pgrep", "-P", str(web["process"].pid)], capture_output=True, text=True, check=False
        )
        return [int(pid) for pid in found.stdout.split()]

    def engine(self):
        return create_engine(self.postgres.url)

    def stop(self) -> None:
        for machine in self.webs + self.workers:
            process = machine.get("process")
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.s3.send_signal(signal.SIGCONT)
        self.s3.terminate()
        self.redis.stop()
        self.postgres.remove()
        if self.webs:
            subprocess.run(["umount", "--lazy", self.webs[0]["instance"] / "uploads"], check=False)


def _wait_for_port(port: int, process: subprocess.Popen, bound: float = 60) -> None:
    import socket

    deadline = time.monotonic() + bound
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nothing answers on port {port}") from None
            time.sleep(0.1)


class Ledger:
    """What the phones were told, and every answer they got."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.acknowledged: dict[str, dict] = {}  # marker → {id, at, kind}
        self.statuses: collections.Counter = collections.Counter()
        self.server_errors: list[str] = []
        self.found_after: dict[int, list[float]] = {0: [], 1: []}
        self.found: set[tuple[str, int]] = set()  # (marker, web machine)

    def answer(self, label: str, status: int, body: bytes) -> None:
        with self.lock:
            self.statuses[(label, status)] += 1
            if status >= 500 and status not in (503, 507):
                self.server_errors.append(f"{label} {status} {body[:200]!r}")


def request(port: int, method: str, path: str, body: bytes | None = None, headers=None, timeout=120):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def marker() -> str:
    return "balise" + "".join(random.choices(string.ascii_lowercase, k=8))


def noise_photo(rng: random.Random) -> bytes:
    """A JPEG of 1–4 MB that no other upload shares (noise does not compress)."""
    side = rng.randint(700, 1300)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def _generate(*args: str | Path) -> None:
    """Make a file with ffmpeg from its test sources (lavfi)."""
    subprocess.run(["ffmpeg", "-v", "error", *args], check=True)


def make_media(folder: Path, video_mib: list[int]) -> dict[str, list[Path]]:
    """Voice memos and videos made by ffmpeg, once, before the load."""
    made: dict[str, list[Path]] = {"audio": [], "video": []}
    for number in range(4):
        path = folder / f"memo{number}.m4a"
        _generate(
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={300 + 90 * number}:duration=25",
            "-c:a",
            "aac",
            "-b:a",
            "96k",
            path,
        )
        made["audio"].append(path)
    picture = "testsrc2=size=1280x720:rate=30:duration={}"
    for size in video_mib:
        path = folder / f"video{size}.mp4"
        seconds = 20
        rate = f"{size * 8 * 1024 // seconds}k"  # kbit/s for about that many MiB
        _generate(
            *("-f", "lavfi", "-i", picture.format(seconds), "-f", "lavfi", "-i", f"sine=duration={seconds}"),
            *("-c:v", "libx264", "-preset", "ultrafast", "-b:v", rate, "-maxrate", rate, "-bufsize", rate),
            *("-c:a", "aac", "-shortest", path),
        )
        made["video"].append(path)
    # A video that must be transcoded (MPEG-4 Part 2, not H.264): the worker killed first
    # is killed while its ffmpeg works on it.
    path = folder / "transcode.mp4"
    _generate(
        *("-f", "lavfi", "-i", picture.format(60), "-f", "lavfi", "-i", "sine=duration=60"),
        *("-c:v", "mpeg4", "-q:v", "5", "-c:a", "aac", "-shortest", path),
    )
    made["transcode"] = [path]
    return made


def multipart(fields: dict[str, str], name: str, data: bytes, mime: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        f"Content-Type: {mime}\r\n\r\n".encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Phone(threading.Thread):
    """One phone: posts and reads until told to stop; retries a post with its key."""

    def __init__(self, number, cluster, ledger, media, stop, videos_left) -> None:
        super().__init__(daemon=True)
        self.rng = random.Random(number)
        self.cluster, self.ledger, self.media, self.stop = cluster, ledger, media, stop
        self.videos_left = videos_left

    def port(self) -> int:
        return self.rng.choice(self.cluster.webs)["port"]

    def run(self) -> None:
        while not self.stop.is_set():
            roll = self.rng.random()
            try:
                if roll < 0.35:
                    self.post("note")
                elif roll < 0.55:
                    self.post("photo")
                elif roll < 0.65:
                    self.post("audio")
                elif roll < 0.67 and self.videos_left.acquire(blocking=False):
                    self.post("video")
                else:
                    self.read()
            except Exception as exc:  # a phone never stops on an error
                self.ledger.answer("phone-error", 0, repr(exc).encode())
            self.stop.wait(self.rng.uniform(0.2, 1.5))

    def read(self) -> None:
        headers = self.cluster.auth
        if self.rng.random() < 0.5:
            status, body = request(self.port(), "GET", "/api/v1/logbooks/chantier/timeline", headers=headers)
            self.ledger.answer("timeline", status, body)
        else:
            with self.ledger.lock:
                known = list(self.ledger.acknowledged)
            word = self.rng.choice(known) if known else "atelier"
            status, body = request(self.port(), "GET", f"/api/v1/search?q={word}", headers=headers)
            self.ledger.answer("search", status, body)

    def post(self, kind: str, path: Path | None = None) -> None:
        word = marker()
        fields = {
            "kind": "note" if kind == "note" else kind,
            "title": f"Terrain {word}",
            "body": f"Visite de chantier, repère {word}.",
        }
        if kind == "note":
            body, content_type = json.dumps(fields).encode(), "application/json"
        elif kind == "photo":
            body, content_type = multipart(fields, "photo.jpg", noise_photo(self.rng), "image/jpeg")
        else:
            path = path or self.rng.choice(self.media[kind])
            mime = "audio/mp4" if kind == "audio" else "video/mp4"
            body, content_type = multipart(fields, path.name, path.read_bytes(), mime)
        headers = {**self.cluster.auth, "Content-Type": content_type, "Idempotency-Key": uuid.uuid4().hex}
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                status, answer = request(
                    self.port(), "POST", "/api/v1/logbooks/chantier/entries", body, headers
                )
            except (OSError, http.client.HTTPException):
                status, answer = 0, b"connection lost"
            self.ledger.answer(f"post-{kind}", status, answer)
            if status in (200, 201):
                ack = {"id": json.loads(answer)["id"], "at": time.monotonic(), "kind": kind}
                with self.ledger.lock:
                    self.ledger.acknowledged[word] = ack
                # As a colleague would, at once, on both machines: is it there yet?
                for machine in range(len(self.cluster.webs)):
                    look_for(self.cluster, self.ledger, word, ack, machine)
                return
            if status not in (0, 503, 507, 409):
                return  # refused for good (the ledger has it): nothing was acknowledged
            self.stop.wait(self.rng.uniform(1, 3))


class Finder(threading.Thread):
    """Looks for each acknowledged entry on both web machines, as soon as it is acknowledged.

    Several searches run at once, the newest entries first, so that the time measured is
    the index's delay and not this reader's backlog; a hit counts from when its search was
    sent.
    """

    def __init__(self, cluster, ledger, stop, readers: int = 6) -> None:
        super().__init__(daemon=True)
        self.cluster, self.ledger, self.stop = cluster, ledger, stop
        self.pool = ThreadPoolExecutor(readers)

    def run(self) -> None:
        while not self.stop.is_set():
            self.sweep()
            self.stop.wait(0.2)

    def sweep(self) -> int:
        """Looks once for what is not found yet; returns how many are still missing."""
        with self.ledger.lock:
            waiting = sorted(self.ledger.acknowledged.items(), key=lambda item: -item[1]["at"])
        pairs = [
            (word, ack, machine)
            for word, ack in waiting
            for machine in range(len(self.cluster.webs))
            if (word, machine) not in self.ledger.found
        ]
        return sum(not found for found in self.pool.map(self._look, pairs))

    def _look(self, pair) -> bool:
        word, ack, machine = pair
        return look_for(self.cluster, self.ledger, word, ack, machine)


def look_for(cluster, ledger: Ledger, word: str, ack: dict, machine: int) -> bool:
    """One search for an acknowledged entry on one web machine; a hit is recorded with the
    time from acknowledgement to when that search was sent."""
    sent = time.monotonic()
    try:
        status, body = request(
            cluster.webs[machine]["port"], "GET", f"/api/v1/search?q={word}", headers=cluster.auth, timeout=30
        )
    except (OSError, http.client.HTTPException):
        return False
    if status != 200 or not any(hit["id"] == ack["id"] for hit in json.loads(body)["hits"]):
        return False
    with ledger.lock:
        if (word, machine) not in ledger.found:
            ledger.found.add((word, machine))
            ledger.found_after[machine].append(max(0.0, sent - ack["at"]))
    return True


def _ffmpeg_children(pid: int) -> list[str]:
    """The ffmpeg processes a worker started (its children, whatever their session), read
    from /proc: spawning pgrep twice a second on a loaded machine would miss short runs."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            text = stat.read_text()
            name = text[text.index("(") + 1 : text.rindex(")")]
            parent = int(text[text.rindex(")") + 2 :].split()[1])
            if parent == pid and name == "ffmpeg":
                found.append(stat.parent.name)
    return found


def resumable_across_machines(cluster: Cluster, ledger: Ledger, video: Path) -> str:
    """A tus upload begun on web machine 1 and finished on web machine 2, then posted as an
    entry there (recorded as acknowledged, so the reconciliation checks it); returns what
    happened."""
    data = video.read_bytes()
    tus = {**cluster.auth, "Tus-Resumable": "1.0.0"}
    first, second = (web["port"] for web in cluster.webs)
    connection = http.client.HTTPConnection("127.0.0.1", first, timeout=120)
    connection.request(
        "POST", "/api/v1/logbooks/chantier/uploads", headers={**tus, "Upload-Length": str(len(data))}
    )
    opened = connection.getresponse()
    opened.read()
    connection.close()
    if opened.status != 201:
        return f"opening on machine 1 answered {opened.status}"
    path = urlsplit(opened.headers["Location"]).path
    half = len(data) // 2
    piece = {**tus, "Content-Type": "application/offset+octet-stream"}
    status, _ = request(first, "PATCH", path, data[:half], {**piece, "Upload-Offset": "0"})
    if status != 204:
        return f"first half on machine 1 answered {status}"
    connection = http.client.HTTPConnection("127.0.0.1", second, timeout=120)
    connection.request("HEAD", path, headers=tus)
    offset = int(connection.getresponse().headers["Upload-Offset"])
    connection.close()
    status, _ = request(second, "PATCH", path, data[offset:], {**piece, "Upload-Offset": str(offset)})
    if status != 204:
        return f"rest on machine 2 answered {status}"
    word = marker()
    body = json.dumps({"kind": "video", "title": f"Terrain {word}", "uploads": [path.rsplit("/", 1)[1]]})
    headers = {**cluster.auth, "Content-Type": "application/json", "Idempotency-Key": uuid.uuid4().hex}
    status, answer = request(second, "POST", "/api/v1/logbooks/chantier/entries", body.encode(), headers)
    ledger.answer("post-resumable", status, answer)
    if status != 201:
        return f"the entry on machine 2 answered {status}"
    with ledger.lock:
        ledger.acknowledged[word] = {"id": json.loads(answer)["id"], "at": time.monotonic(), "kind": "video"}
    return f"{len(data) // 2**20} MiB: {offset // 2**20} MiB sent to machine 1, the rest and the entry to machine 2"


FAULTS = (
    "web kill",
    "worker kill mid-transcode",
    "S3 pause",
    "PostgreSQL stop",
    "Redis stop",
    "spool disk full",
)


def inject_faults(
    cluster: Cluster,
    seconds: float,
    stop: threading.Event,
    log: list[str],
    done: set[str],
    ledger: Ledger,
    resumable_video: Path,
) -> None:
    """The faults, each at its fraction of the run or after the one before, whichever is
    later (the load goes on until the last is over); ``log`` says what happened when and
    ``done`` which of ``FAULTS`` were exercised."""
    started = time.monotonic()

    def at(fraction: float) -> bool:
        return not stop.wait(max(0.0, started + fraction * seconds - time.monotonic()))

    def note(what: str) -> None:
        log.append(f"{time.monotonic() - started:6.1f} s  {what}")

    if at(0.02):
        deadline = time.monotonic() + 240
        worker = None
        while worker is None and time.monotonic() < deadline and not stop.is_set():
            worker = next((w for w in cluster.workers if _ffmpeg_children(w["process"].pid)), None)
            time.sleep(0.1)
        busy = worker is not None
        worker = worker or cluster.workers[0]
        # Only the worker's own process, as the kernel's OOM killer would: its ffmpeg must
        # die with it.
        ffmpegs = _ffmpeg_children(worker["process"].pid)
        os.kill(worker["process"].pid, signal.SIGKILL)
        worker["process"].wait()
        name = worker["instance"].name
        note(f"killed {name} " + ("while its ffmpeg ran" if busy else "(no transcode seen in 240 s)"))
        time.sleep(2)
        survivors = [pid for pid in ffmpegs if Path(f"/proc/{pid}").exists()]
        note(f"its ffmpeg processes: {len(ffmpegs)}, still running 2 s later: {len(survivors)}")
        if busy and ffmpegs and not survivors:
            done.add("worker kill mid-transcode")
        cluster.start_worker(worker)
        note(f"{name} started again")
    if at(0.10):
        victim = cluster.web_children(cluster.webs[0])[0]
        os.kill(victim, signal.SIGKILL)
        note(f"killed web process {victim} of machine 1 (gunicorn starts another)")
        done.add("web kill")
    if at(0.15):
        try:
            outcome = resumable_across_machines(cluster, ledger, resumable_video)
        except (OSError, http.client.HTTPException) as exc:
            outcome = f"failed: {exc!r}"
        note(f"resumable upload begun on machine 1, finished on machine 2: {outcome}")
        if outcome.endswith("machine 2") and "answered" not in outcome:
            done.add("resumable upload across machines")
    if at(0.30):
        cluster.s3.send_signal(signal.SIGSTOP)
        note("S3 stopped answering")
        stop.wait(30)
        cluster.s3.send_signal(signal.SIGCONT)
        note("S3 back")
        done.add("S3 pause")
    if at(0.55):
        cluster.postgres.stop()
        note("PostgreSQL stopped")
        stop.wait(10)
        cluster.postgres.start()
        note("PostgreSQL back")
        done.add("PostgreSQL stop")
    if at(0.70):
        cluster.redis.stop()
        note("Redis stopped (its queue is lost)")
        stop.wait(10)
        cluster.redis.start()
        note("Redis back")
        done.add("Redis stop")
    if at(0.85):
        filler = cluster.webs[0]["instance"] / "uploads" / "filler"
        with filler.open("wb") as out:
            try:
                while True:
                    out.write(b"\0" * 2**20)
            except OSError:
                pass
        note("spool disk of machine 1 full")
        stop.wait(10)
        filler.unlink()
        note("spool disk of machine 1 has room again")
        done.add("spool disk full")


def reconcile(cluster: Cluster, ledger: Ledger, finder: Finder, drain: float) -> dict:
    """Waits for the work to settle, then compares what was acknowledged with what is kept."""
    engine = cluster.engine()
    deadline = time.monotonic() + drain
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            unsettled = connection.execute(
                text("SELECT count(*) FROM media WHERE state IN ('pending', 'processing')")
            ).scalar()
        if unsettled == 0 and finder.sweep() == 0:
            break
        time.sleep(2)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, title FROM entries")).all()
        states = dict(connection.execute(text("SELECT state, count(*) FROM media GROUP BY state")).all())
        keys = {row[0] for row in connection.execute(text("SELECT 'originals/' || sha256 FROM media"))}
        keys |= {row[0] for row in connection.execute(text("SELECT key FROM derivatives"))}
    engine.dispose()
    by_marker = collections.Counter(title.split()[-1] for _id, title in rows if title.startswith("Terrain "))
    s3 = boto3.client("s3", endpoint_url=cluster.s3_url, region_name="us-east-1")
    stored = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket="carnet", Prefix="prod/"):
        stored += [item["Key"].removeprefix("prod/") for item in page.get("Contents", [])]
    orphans = [key for key in stored if key.startswith(("originals/", "derivatives/")) and key not in keys]
    leftovers = []
    for machine in cluster.webs + cluster.workers:
        for sub in ("uploads", "work"):
            folder = machine["instance"] / sub
            if folder.exists():
                leftovers += [str(p) for p in folder.rglob("*") if p.is_file()]
    return {
        "acknowledged": len(ledger.acknowledged),
        "lost": sorted(w for w in ledger.acknowledged if by_marker[w] == 0),
        "duplicated": sorted(w for w in ledger.acknowledged if by_marker[w] > 1),
        "media": states,
        "orphans": orphans,
        "leftovers": leftovers,
        "not_found": sorted(
            (w, m) for w in ledger.acknowledged for m in (0, 1) if (w, m) not in ledger.found
        ),
    }


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _exit_cleanly(*_) -> None:
    """On SIGTERM (kill, timeout), leave through the ``finally`` that stops the servers and
    unmounts the spool; a second SIGTERM must not cut that short."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    sys.exit(143)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--video-mib", type=int, nargs="*", default=[20, 50])
    parser.add_argument("--videos", type=int, default=4, help="at most this many video posts")
    parser.add_argument("--drain", type=float, default=900, help="how long to wait for the work to settle")
    parser.add_argument("--spool-mib", type=int, default=512)
    parser.add_argument("--no-faults", action="store_true")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, _exit_cleanly)
    folder = Path(tempfile.mkdtemp(prefix="carnet-cluster-"))
    print(f"folder: {folder}")
    media = make_media(folder, options.video_mib)
    cluster = Cluster(folder, options.spool_mib)
    try:
        status, body = request(
            cluster.webs[0]["port"],
            "POST",
            "/api/v1/logbooks",
            b'{"name": "Chantier"}',
            {**cluster.auth, "Content-Type": "application/json"},
        )
        assert status == 201, body
        ledger, stop, faults_log, faults_done = Ledger(), threading.Event(), [], set()
        videos_left = threading.Semaphore(options.videos)
        phones = [Phone(n, cluster, ledger, media, stop, videos_left) for n in range(options.phones)]
        finder = Finder(cluster, ledger, stop)
        video_phone = Phone(options.phones, cluster, ledger, media, stop, videos_left)
        faults = threading.Thread(
            target=inject_faults,
            args=(
                cluster,
                options.seconds,
                stop,
                faults_log,
                faults_done,
                ledger,
                media["video"][0],
            ),
            daemon=True,
        )
        if not options.no_faults:
            # The load starts while a long transcode runs, so that the worker killed first
            # is killed with its ffmpeg at work (under the load, photos and indexing come
            # first in the queue and a video posted then may wait until the load is over).
            threading.Thread(
                target=video_phone.post, args=("video", media["transcode"][0]), daemon=True
            ).start()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not any(
                _ffmpeg_children(w["process"].pid) for w in cluster.workers
            ):
                time.sleep(0.1)
        for thread in [*phones, finder] + ([] if options.no_faults else [faults]):
            thread.start()
        time.sleep(options.seconds)
        if not options.no_faults:
            faults.join()  # every fault happens under the load
        stop.set()
        for thread in phones:
            thread.join(timeout=320)
        during = {m: list(v) for m, v in ledger.found_after.items()}
        report = reconcile(cluster, ledger, finder, options.drain)
    finally:
        cluster.stop()
    print("\nfaults:")
    print("\n".join("  " + line for line in faults_log) or "  none")
    print("\nanswers (label, status: count):")
    for (label, status), count in sorted(ledger.statuses.items()):
        print(f"  {label:14} {status}: {count}")
    print(f"\nacknowledged entries: {report['acknowledged']}")
    print(
        f"lost: {len(report['lost'])}  duplicated: {len(report['duplicated'])}  500s: {len(ledger.server_errors)}"
    )
    print(f"media by state: {report['media']}")
    print(f"orphan objects: {len(report['orphans'])}  leftover spool/work files: {len(report['leftovers'])}")
    print(f"not found by search after the drain (entry, machine): {len(report['not_found'])}")
    for machine, times in during.items():
        print(
            f"findable on web machine {machine + 1} during the load: {len(times)} entries, "
            f"p50 {percentile(times, 0.5):.1f} s, p95 {percentile(times, 0.95):.1f} s"
        )
    for line in (ledger.server_errors + report["lost"] + report["duplicated"])[:20]:
        print("  !", line)
    for line in (report["orphans"] + report["leftovers"] + [str(x) for x in report["not_found"]])[:20]:
        print("  ?", line)
    missing = [] if options.no_faults else [fault for fault in FAULTS if fault not in faults_done]
    if missing:
        print("  ? faults not exercised:", ", ".join(missing))
    clean = not (
        missing
        or report["lost"]
        or report["duplicated"]
        or ledger.server_errors
        or report["orphans"]
        or report["leftovers"]
        or report["not_found"]
    )
    print("\nverdict:", "every fault survived" if clean else "NOT CLEAN (see above)")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
