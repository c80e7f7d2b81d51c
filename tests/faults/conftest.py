"""Dependencies of the tests' own, which the tests stop and start again: a PostgreSQL
cluster and a Redis server on ports of their own, an S3 server, a small disk for the
upload spool. The shared PostgreSQL (5432) and Redis (6379) are never touched."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import IsolatedClient, _free_port, _migrate

PG_BIN = Path("/usr/lib/postgresql/15/bin")

# Generous limits: the requests, not the limits, are under test (unless a test sets its own).
NO_LIMITS = {
    "CARNET_RATELIMIT_SIGN_IN": "100000/minute",
    "CARNET_RATELIMIT_GUEST": "100000/minute",
    "CARNET_RATELIMIT_UPLOADS": "100000/minute",
}


class OwnPostgres:
    """A PostgreSQL cluster in a temporary folder, run as the ``postgres`` user (PostgreSQL
    refuses to run as root)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="carnet-pg-"))
        shutil.chown(self.folder, "postgres", "postgres")
        self.port = _free_port()
        self._as_postgres(
            PG_BIN / "initdb", "-D", self.folder / "data", "--auth=trust", "-U", "postgres", "--no-sync"
        )
        self.start()
        admin = create_engine(self._url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text('CREATE DATABASE "carnet"'))
        admin.dispose()
        self.url = self._url("carnet")
        _migrate(self.url, instance=None)

    def _url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _as_postgres(self, *command) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, command)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(
            PG_BIN / "pg_ctl",
            "-D",
            self.folder / "data",
            "-o",
            options,
            "-l",
            self.folder / "log",
            "-w",
            "start",
        )

    def stop(self) -> None:
        # "fast": sessions are ended at once, as when the database server goes away.
        self._as_postgres(PG_BIN / "pg_ctl", "-D", self.folder / "data", "-m", "fast", "-w", "stop")

    @contextlib.contextmanager
    def down(self):
        self.stop()
        try:
            yield
        finally:
            self.start()

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def own_postgres():
    cluster = OwnPostgres()
    yield cluster
    cluster.remove()


class OwnRedis:
    """A Redis server on a port of its own, with nothing saved to disk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}"
        self.start()

    def start(self) -> None:
        options = {
            "port": str(self.port),
            "bind": "127.0.0.1",
            "daemonize": "yes",
            "save": "",
            "appendonly": "no",
            "dir": str(self.folder),
            "pidfile": str(self.folder / "redis.pid"),
            "logfile": str(self.folder / "redis.log"),
        }
        command = ["redis-server"]
        for name, value in options.items():
            command += [f"--{name}", value]
        subprocess.run(command, check=True)
        for _ in range(200):
            if self._cli("ping").stdout.strip() == "PONG":
                return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def _cli(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["redis-cli", "-p", str(self.port), *command], capture_output=True, text=True, check=False
        )

    def stop(self) -> None:
        self._cli("shutdown", "nosave")
        for _ in range(200):
            if self._cli("ping").returncode != 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not stop")

    @contextlib.contextmanager
    def down(self):
        self.stop()
        try:
            yield
        finally:
            self.start()


@pytest.fixture
def own_redis(tmp_path):
    server = OwnRedis(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def own_s3():
    """An S3 server of the test's own (moto's), which the test may stop."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    running = {"yes": True}

    def stop() -> None:
        if running.pop("yes", False):
            server.stop()

    server.endpoint = f"http://127.0.0.1:{port}"
    server.stop_now = stop
    yield server
    stop()


def make_app(config: dict):
    from logbook import create_app

    app = create_app({"CARNET_SECRET_KEY": "test-secret", "TESTING": True, **NO_LIMITS, **config})
    app.test_client_class = IsolatedClient
    return app


def sqlite_config(folder: Path, sqlite_template: Path) -> dict:
    """An embedded instance in ``folder``: SQLite and files, jobs queued in memory and not run."""
    instance = folder / "instance"
    instance.mkdir(parents=True, exist_ok=True)
    shutil.copy(sqlite_template, instance / "carnet.db")
    return {
        "CARNET_INSTANCE_DIR": str(instance),
        "CARNET_DATABASE_URL": f"sqlite:///{instance / 'carnet.db'}",
        "CARNET_STORAGE_URL": f"file://{instance / 'media'}",
        "CARNET_WORKER": "none",
        "CARNET_QUEUE_URL": "memory://",
    }


def spool_files(app) -> list[str]:
    """What is left in the upload spool (resumable sessions aside)."""
    folder = os.path.join(app.instance_path, "uploads")
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder) if name.startswith("upload-"))


def assert_unavailable(response, code: str) -> None:
    assert response.status_code in {503, 507}, (response.status_code, response.get_data(as_text=True)[:300])
    assert int(response.headers["Retry-After"]) > 0
    if response.mimetype == "application/json":
        assert response.get_json()["error"]["code"] == code, response.get_json()
