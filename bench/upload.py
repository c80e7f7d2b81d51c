"""Upload benchmark: a 1 GiB file streamed through Carnet's API into S3 storage.

Prints the Carnet server's peak RSS and the upload time as a ratio to a bare
``boto3 upload_file`` of the same file to the same S3 server, measured in the
same run. The S3 server is moto's, on 127.0.0.1.

The two sides take turns (bare, Carnet, bare, Carnet, ...) after one warm-up
upload, so both meet the S3 server in the same state: its first upload is
always the slowest (the server process grows its memory), and each side's
object is deleted after its turn. Both clients run in processes of their own,
as the S3 server's threads would slow a client in this process. Before each
round a few bytes in the middle of the file change, so Carnet cannot answer by
deduplication and both sides upload the whole file every time. The ratio
compares medians; the CPU time of the Carnet server and of the S3 server is
printed for each round.

With ``--tus`` the file goes as a resumable upload instead, in pieces of
``--piece-mib`` (5 MiB by default, S3's smallest part) PATCHed one after the other, and
is compared with a bare boto3 multipart upload of the same file in parts of the same
size, sent one after the other too. The Carnet time runs until the last PATCH is
answered: the parts are then joined, hashed and copied to ``originals/<sha256>``.
Attaching the upload to an entry (a copy to local disk for sniffing) is timed apart.

    .venv/bin/python bench/upload.py [--size-mib 1024] [--rounds 3]
    .venv/bin/python bench/upload.py --tus --size-mib 200 [--piece-mib 5]
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import boto3

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 1024 * 1024


BARE_UPLOAD = """
import sys, time, boto3
from boto3.s3.transfer import TransferConfig
endpoint, path = sys.argv[1], sys.argv[2]
client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
transfer = TransferConfig(multipart_threshold=16 * 2**20, multipart_chunksize=16 * 2**20, max_concurrency=4)
started = time.perf_counter()
client.upload_file(path, "bench", "baseline/object", Config=transfer)
print(time.perf_counter() - started)
"""


BARE_MULTIPART = """
import sys, time, boto3
sys.path.insert(0, sys.argv[4])
from bench.upload import peak_rss
endpoint, path, piece = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
started = time.perf_counter()
upload = client.create_multipart_upload(Bucket="bench", Key="baseline/object")["UploadId"]
parts = []
with open(path, "rb") as handle:
    while data := handle.read(piece):
        number = len(parts) + 1
        answer = client.upload_part(
            Bucket="bench", Key="baseline/object", UploadId=upload, PartNumber=number, Body=data
        )
        parts.append({"PartNumber": number, "ETag": answer["ETag"]})
client.complete_multipart_upload(
    Bucket="bench", Key="baseline/object", UploadId=upload, MultipartUpload={"Parts": parts}
)
print(time.perf_counter() - started, peak_rss())
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_video(path: Path, size: int) -> None:
    """A real H.264 MP4 of about ``size`` bytes: lossless-coded noise grows fast."""
    seconds = 2
    sample = path.with_name("sample.mp4")
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
            "color=c=gray:s=1920x1080:r=25,noise=alls=100:allf=t+u",
            "-t",
            str(seconds),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-qp",
            "0",
            "-pix_fmt",
            "yuv420p",
            str(sample),
        ],
        check=True,
    )
    loops = max(1, round(size / sample.stat().st_size)) - 1
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-stream_loop",
            str(loops),
            "-i",
            str(sample),
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            str(path),
        ],
        check=True,
    )
    sample.unlink()


class MultipartBody:
    """A multipart/form-data body read from disk as it is sent: the client never holds the file."""

    def __init__(self, path: Path, fields: dict[str, str]) -> None:
        self.boundary = uuid.uuid4().hex
        head = "".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in fields.items()
        )
        head += (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="files"; filename="{path.name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        self.parts = [head.encode(), path, f"\r\n--{self.boundary}--\r\n".encode()]
        self.length = len(self.parts[0]) + path.stat().st_size + len(self.parts[2])

    def __iter__(self):
        yield self.parts[0]
        with open(self.parts[1], "rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
        yield self.parts[2]


def peak_rss_mib(pid: int) -> float:
    """The highest peak RSS among the server process and its children (gunicorn's worker)."""
    peaks = []
    for candidate in [pid, *_children(pid)]:
        for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server process and its children so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for candidate in [pid, *_children(pid)]:
        fields = Path(f"/proc/{candidate}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in map(int, children):
            found.extend([child, *_children(child)])
    return found


CARNET_UPLOAD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.upload import carnet_upload
print(carnet_upload(int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])))
"""


def in_own_process(script: str, *args: object) -> float:
    """Seconds printed by ``script`` run in its own process. Both clients (bare boto3 and
    the one posting to Carnet) run so: in this process they would compete for the
    interpreter lock with the S3 server's threads."""
    seconds = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return float(seconds)


def bare_upload(endpoint: str, media: Path) -> float:
    return in_own_process(BARE_UPLOAD, endpoint, media)


def change_middle(media: Path) -> None:
    """New bytes inside the video's data: a new SHA-256, still the same valid MP4 container."""
    with open(media, "r+b") as handle:
        handle.seek(media.stat().st_size // 2)
        handle.write(os.urandom(16))


def carnet_upload(port: int, token: str, media: Path) -> float:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    body = MultipartBody(media, {"kind": "video", "title": "Une longue vidéo"})
    started = time.perf_counter()
    connection.request(
        "POST",
        "/api/v1/logbooks/bench/entries",
        body=iter(body),
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": f"multipart/form-data; boundary={body.boundary}",
            "Content-Length": str(body.length),
        },
        encode_chunked=False,
    )
    response = connection.getresponse()
    answer = response.read()
    seconds = time.perf_counter() - started
    connection.close()
    if response.status != 201:
        raise SystemExit(f"upload failed: {response.status} {answer[:300]!r}")
    return seconds


TUS_UPLOAD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.upload import tus_upload
print(*tus_upload(int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])))
"""


def peak_rss() -> float:
    """This process's peak RSS in MiB (``ru_maxrss`` would count the parent's before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def tus_upload(port: int, token: str, media: Path, piece: int) -> tuple[float, float, float, float]:
    """Send ``media`` as a resumable upload in pieces, then attach it to an entry. Returns
    the seconds until the last piece was answered, the seconds of that last piece alone
    (it joins, hashes and stores the file), the seconds the entry took, and this client's
    peak RSS in MiB."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    auth = {"Authorization": f"Bearer {token}", "Tus-Resumable": "1.0.0"}
    size = media.stat().st_size
    started = time.perf_counter()
    connection.request("POST", "/api/v1/logbooks/bench/uploads", headers={**auth, "Upload-Length": str(size)})
    response = connection.getresponse()
    response.read()
    if response.status != 201:
        raise SystemExit(f"opening the upload failed: {response.status}")
    location = response.headers["Location"]
    offset = 0
    with open(media, "rb") as handle:
        while data := handle.read(piece):
            last_started = time.perf_counter()
            connection.request(
                "PATCH",
                location,
                body=data,
                headers={
                    **auth,
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                },
            )
            response = connection.getresponse()
            answer = response.read()
            if response.status != 204:
                raise SystemExit(f"piece at {offset} failed: {response.status} {answer[:300]!r}")
            offset = int(response.headers["Upload-Offset"])
    uploaded = time.perf_counter() - started
    last_piece = time.perf_counter() - last_started
    started = time.perf_counter()
    connection.request(
        "POST",
        "/api/v1/logbooks/bench/entries",
        body=json.dumps({"kind": "video", "title": "En morceaux", "uploads": [location.rsplit("/", 1)[1]]}),
        headers={**auth, "Content-Type": "application/json"},
    )
    response = connection.getresponse()
    answer = response.read()
    if response.status != 201:
        raise SystemExit(f"the entry failed: {response.status} {answer[:300]!r}")
    attached = time.perf_counter() - started
    connection.close()
    return uploaded, last_piece, attached, peak_rss()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tus", action="store_true", help="resumable upload in pieces vs bare multipart")
    parser.add_argument("--piece-mib", type=float, default=5)
    args = parser.parse_args()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench-secret")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    s3_port = free_port()
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=s3_port, verbose=False)
    s3.start()
    endpoint = f"http://127.0.0.1:{s3_port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket="bench")
    work = Path(tempfile.mkdtemp(prefix="carnet-bench-upload-"))
    media = work / "long-video.mp4"
    make_video(media, args.size_mib * CHUNK)
    if args.tus:
        # The video is made of whole 2 s loops; the resumable upload is timed on the exact
        # size asked, padded with random bytes after the MP4 (ffprobe reads past them).
        with open(media, "r+b") as handle:
            handle.seek(0, os.SEEK_END)
            missing = args.size_mib * CHUNK - handle.tell()
            while missing > 0:
                handle.write(os.urandom(min(CHUNK, missing)))
                missing -= CHUNK
            handle.truncate(args.size_mib * CHUNK)
    size = media.stat().st_size
    mib = size / CHUNK
    print(f"file: {mib:.0f} MiB H.264 MP4, {args.rounds} rounds after a warm-up")

    instance = work / "instance"
    port = free_port()
    env = {
        **os.environ,
        "CARNET_INSTANCE_DIR": str(instance),
        "CARNET_STORAGE_URL": f"s3://bench/carnet?endpoint_url={endpoint}&region=us-east-1",
        "CARNET_WORKER": "none",
        "CARNET_PORT": str(port),
        "CARNET_LOG_LEVEL": "warning",
    }
    carnet = [sys.executable, "-m", "logbook.cli"]
    subprocess.run([*carnet, "init"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    created = subprocess.run(
        [
            *carnet,
            "create-user",
            "--email",
            "bench@example.org",
            "--password",
            "benchmark-password",
            "--token",
            "bench",
            "--admin",
        ],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    token = created.stdout.split("API token (shown once): ")[1].strip()
    server = subprocess.Popen([*carnet, "serve"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    bare_times: list[float] = []
    carnet_times: list[float] = []
    try:
        deadline = time.monotonic() + 120  # a busy machine starts the server slowly
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the Carnet server did not start") from None
                time.sleep(0.1)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        connection.request(
            "POST",
            "/api/v1/logbooks",
            body=b'{"name": "Bench"}',
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        connection.getresponse().read()

        warm_up = bare_upload(endpoint, media)
        client.delete_object(Bucket="bench", Key="baseline/object")
        print(f"warm-up bare upload: {warm_up:.2f} s (not counted)")
        if args.tus:
            tus_rounds(args, endpoint, client, media, server.pid, port, token)
            return
        for round_number in range(1, args.rounds + 1):
            change_middle(media)
            bare = bare_upload(endpoint, media)
            client.delete_object(Bucket="bench", Key="baseline/object")
            server_cpu, s3_cpu = cpu_seconds(server.pid), own_cpu_seconds()
            through_carnet = in_own_process(CARNET_UPLOAD, ROOT, port, token, media)
            server_cpu, s3_cpu = cpu_seconds(server.pid) - server_cpu, own_cpu_seconds() - s3_cpu
            # The object must be whole; then it goes, as the bare upload's does, so that
            # every round meets the S3 server holding the same data.
            stored = list_originals(client)
            if [item["Size"] for item in stored] != [size]:
                raise SystemExit(f"the original is not in S3 whole: {stored}")
            client.delete_object(Bucket="bench", Key=stored[0]["Key"])
            bare_times.append(bare)
            carnet_times.append(through_carnet)
            print(
                f"round {round_number}: bare boto3 {bare:.2f} s ({mib / bare:.0f} MiB/s), "
                f"through Carnet {through_carnet:.2f} s ({mib / through_carnet:.0f} MiB/s), "
                f"ratio {through_carnet / bare:.2f}; CPU: Carnet {server_cpu:.1f} s, "
                f"S3 server {s3_cpu:.1f} s"
            )
        rss = peak_rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        s3.stop()
        if args.tus:
            shutil.rmtree(work)
    bare, through_carnet = statistics.median(bare_times), statistics.median(carnet_times)
    print(
        f"median bare boto3 upload_file: {bare:.2f} s; through Carnet's API into S3: {through_carnet:.2f} s"
    )
    print(f"ratio to bare boto3: {through_carnet / bare:.2f}  (goal <= 1.3)")
    print(f"Carnet server peak RSS: {rss:.0f} MiB  (goal < 200 MiB)")
    for path in sorted(work.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    work.rmdir()


def tus_rounds(args, endpoint: str, client, media: Path, server_pid: int, port: int, token: str) -> None:
    piece = int(args.piece_mib * CHUNK)
    mib = media.stat().st_size / CHUNK
    bare_times: list[float] = []
    tus_times: list[float] = []
    attach_times: list[float] = []
    bare_rss = client_rss = 0.0
    server_rss_before = peak_rss_mib(server_pid)
    for round_number in range(1, args.rounds + 1):
        change_middle(media)
        bare, rss = (
            float(x) for x in in_own_process_output(BARE_MULTIPART, endpoint, media, piece, ROOT).split()
        )
        client.delete_object(Bucket="bench", Key="baseline/object")
        bare_rss = max(bare_rss, rss)
        server_cpu = cpu_seconds(server_pid)
        uploaded, last_piece, attached, rss = (
            float(x) for x in in_own_process_output(TUS_UPLOAD, ROOT, port, token, media, piece).split()
        )
        server_cpu = cpu_seconds(server_pid) - server_cpu
        client_rss = max(client_rss, rss)
        stored = list_originals(client)
        if [item["Size"] for item in stored] != [media.stat().st_size]:
            raise SystemExit(f"the original is not in S3 whole: {stored}")
        leftovers = client.list_multipart_uploads(Bucket="bench").get("Uploads", [])
        if leftovers:
            raise SystemExit(f"multipart uploads left open: {leftovers}")
        client.delete_object(Bucket="bench", Key=stored[0]["Key"])
        bare_times.append(bare)
        tus_times.append(uploaded)
        attach_times.append(attached)
        print(
            f"round {round_number}: bare boto3 multipart {bare:.2f} s ({mib / bare:.0f} MiB/s), "
            f"tus pieces through Carnet {uploaded:.2f} s ({mib / uploaded:.0f} MiB/s), "
            f"ratio {uploaded / bare:.2f} (last piece, joined/hashed/copied: {last_piece:.2f} s); "
            f"entry taking the upload {attached:.2f} s; "
            f"Carnet CPU {server_cpu:.1f} s"
        )
    bare, uploaded = statistics.median(bare_times), statistics.median(tus_times)
    print(f"pieces of {args.piece_mib:g} MiB, one after the other, {mib:.0f} MiB file")
    print(f"median bare boto3 multipart: {bare:.2f} s; tus through Carnet into S3: {uploaded:.2f} s")
    print(f"ratio to bare boto3: {uploaded / bare:.2f}")
    print(f"median entry taking the finished upload: {statistics.median(attach_times):.2f} s")
    print(
        f"peak RSS: Carnet server {peak_rss_mib(server_pid):.0f} MiB (before the rounds: "
        f"{server_rss_before:.0f} MiB), bare boto3 process {bare_rss:.0f} MiB, tus client {client_rss:.0f} MiB"
    )


def in_own_process_output(script: str, *args: object) -> str:
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)], check=True, capture_output=True, text=True
    ).stdout.strip()


def list_originals(client) -> list[dict]:
    """The whole objects under Carnet's originals (incomplete uploads are not listed)."""
    pages = client.get_paginator("list_objects_v2").paginate(Bucket="bench", Prefix="carnet/originals/")
    return [item for page in pages for item in page.get("Contents", [])]


if __name__ == "__main__":
    main()
