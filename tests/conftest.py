"""Shared fixtures: a real app on SQLite + file storage and on PostgreSQL + S3,
users for every role, and test media made on the spot."""

from __future__ import annotations

import contextvars
import functools
import os
import shutil
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PG_ADMIN_URL = os.environ.get("CARNET_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

os.environ.setdefault("AWS_ACCESS_KEY_ID", "carnet-test")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "carnet-test-secret")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """A real S3-compatible HTTP server on 127.0.0.1 (moto's), for the whole run."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@functools.cache
def _bucket_maker(endpoint: str):
    import boto3

    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")


def make_bucket(endpoint: str) -> str:
    name = f"carnet-{uuid.uuid4().hex[:12]}"
    _bucket_maker(endpoint).create_bucket(Bucket=name)
    return name


@pytest.fixture(scope="session")
def pg_url():
    """A PostgreSQL database of this test process's own, migrated once."""
    # One database per test process: parallel workers and parallel runs never meet.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"carnet_test_{worker}_{os.getpid()}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        # A throwaway database: its commits need not wait for the disk.
        connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit TO off'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    _migrate(url, instance=None)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file, copied for each test (migrating each time is slow)."""
    folder = tmp_path_factory.mktemp("sqlite-template")
    path = folder / "carnet.db"
    _migrate(f"sqlite:///{path}", instance=folder)
    return path


def _migrate(url: str, instance) -> None:
    from logbook import create_app
    from logbook.db import db, upgrade_schema

    instance = instance or Path(os.environ.get("TMPDIR", "/tmp")) / f"carnet-migrate-{uuid.uuid4().hex[:8]}"
    app = create_app(
        {
            "CARNET_INSTANCE_DIR": str(instance),
            "CARNET_DATABASE_URL": url,
            "CARNET_WORKER": "immediate",
            "CARNET_SECRET_KEY": "test",
        }
    )
    with app.app_context():
        upgrade_schema()
        db.engine.dispose()


_EMPTYING_ENGINES: dict[str, object] = {}


def _truncate_all(url: str) -> None:
    """Empty every table and restart every id sequence, as a new database would be.

    DELETE rather than TRUNCATE: TRUNCATE gives each of the ~30 tables new files on disk,
    150-800 ms a test, where deleting the few rows a test leaves takes a few milliseconds.
    Foreign keys are not checked while emptying (replica role), so the order is free."""
    from logbook.db import db

    engine = _EMPTYING_ENGINES.get(url)
    if engine is None:
        engine = _EMPTYING_ENGINES[url] = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(text(f'DELETE FROM "{table.name}"'))
        connection.execute(
            text(
                "SELECT setval(c.oid, 1, false) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.relkind = 'S' AND n.nspname = current_schema()"
            )
        )


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """Argon2 at its production cost takes ~150 ms a hash; tests make dozens of users."""
    from argon2 import PasswordHasher

    import logbook.auth

    production = logbook.auth._hasher
    logbook.auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    logbook.auth._hasher = production


def pytest_collection_modifyitems(items) -> None:
    """The browser tests all run in one test process (``make test`` distributes by group):
    one Chromium and one seeded live site for the run, instead of one per process, and the
    other process free for the rest of the suite meanwhile."""
    for item in items:
        if item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.xdist_group("browser"))


BACKENDS = ["sqlite-file", "postgres-s3"]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def app_config(backend, request, tmp_path):
    """Settings for an app on the chosen backend pair, with jobs run synchronously."""
    config = {
        "CARNET_INSTANCE_DIR": str(tmp_path / "instance"),
        "CARNET_WORKER": "immediate",
        "CARNET_SECRET_KEY": "test-secret",
        "TESTING": True,
    }
    if backend == "sqlite-file":
        (tmp_path / "instance").mkdir()
        shutil.copy(request.getfixturevalue("sqlite_template"), tmp_path / "instance" / "carnet.db")
        config["CARNET_DATABASE_URL"] = f"sqlite:///{tmp_path / 'instance' / 'carnet.db'}"
        config["CARNET_STORAGE_URL"] = f"file://{tmp_path / 'instance' / 'media'}"
    else:
        url = request.getfixturevalue("pg_url")
        _truncate_all(url)
        endpoint = request.getfixturevalue("s3_endpoint")
        config["CARNET_DATABASE_URL"] = url
        config["CARNET_STORAGE_URL"] = (
            f"s3://{make_bucket(endpoint)}/carnet?endpoint_url={endpoint}&region=us-east-1"
        )
    return config


class IsolatedClient(FlaskClient):
    """Each request runs in a fresh context, as in production: the test's own app
    context (and its ``g``, its database session) is not shared with the request."""

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


@pytest.fixture
def app(app_config):
    from logbook import create_app
    from logbook.db import db

    app = create_app(app_config)
    app.test_client_class = IsolatedClient
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@dataclass
class Member:
    user: object
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class World:
    logbook: object
    other_logbook: object
    owner: Member
    editor: Member
    contributor: Member
    reader: Member
    outsider: Member  # member of the other logbook only
    admin: Member


@pytest.fixture
def world(app) -> World:
    """A private logbook "atelier" with one user per role, and another logbook."""
    return build_world()


def build_world() -> World:
    """The users and logbooks of ``world``, made in the current app context."""
    from logbook.auth import issue_token
    from logbook.db import db
    from logbook.models import Role
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import add_member, create_user

    def member(name: str, **kwargs) -> Member:
        user = create_user(
            email=f"{name}@example.org", password="correct horse battery", display_name=name.title(), **kwargs
        )
        _, token = issue_token(user, "tests")
        db.session.commit()
        return Member(user, token)

    owner = member("owner")
    logbook = create_logbook(owner.user, name="Atelier cantines", slug="atelier", nickname="Fil d'Ariane")
    editor, contributor, reader, outsider = (
        member(n) for n in ("editor", "contributor", "reader", "outsider")
    )
    add_member(logbook, editor.user, Role.EDITOR)
    add_member(logbook, contributor.user, Role.CONTRIBUTOR)
    add_member(logbook, reader.user, Role.READER)
    other = create_logbook(outsider.user, name="Autre projet", slug="autre")
    admin = member("admin", is_admin=True)
    return World(logbook, other, owner, editor, contributor, reader, outsider, admin)


@pytest.fixture(scope="session")
def sample_files(tmp_path_factory) -> dict[str, Path]:
    """Small real files of each kind, made with Pillow and ffmpeg."""
    import subprocess

    from PIL import Image

    folder = tmp_path_factory.mktemp("samples")
    files: dict[str, Path] = {}
    image = Image.new("RGB", (640, 480), (200, 120, 40))
    for x in range(0, 640, 40):
        image.paste((20, 80, 160), (x, 0, x + 20, 480))
    files["jpeg"] = folder / "photo.jpg"
    image.save(files["jpeg"], "JPEG", quality=85)
    files["png"] = folder / "dessin.png"
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(files["png"], "PNG")
    files["wav"] = folder / "capsule.wav"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:duration=1",
            "-ac",
            "1",
            "-ar",
            "16000",
            str(files["wav"]),
        ],
        check=True,
    )
    files["mp4"] = folder / "video.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=10:duration=1",
            "-f",
            "lavfi",
            "-i",
            "sine=duration=1",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            "-movflags",
            "+faststart",
            str(files["mp4"]),
        ],
        check=True,
    )
    files["text"] = folder / "notes.txt"
    files["text"].write_text("pas une image\n" * 20)
    files["html_as_jpg"] = folder / "piege.jpg"
    files["html_as_jpg"].write_text("<html><script>alert(1)</script></html>")
    files["truncated_jpeg"] = folder / "coupee.jpg"
    files["truncated_jpeg"].write_bytes(files["jpeg"].read_bytes()[:600])
    return files
