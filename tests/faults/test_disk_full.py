"""The disk of the upload spool fills up: multipart and resumable uploads answer 507
disk_full and leave nothing behind, and uploads work again as soon as space is freed."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess

import pytest

from logbook.db import db
from tests.conftest import build_world
from tests.faults.conftest import assert_unavailable, make_app, spool_files, sqlite_config

ENTRIES = "/api/v1/logbooks/atelier/entries"


@pytest.fixture
def small_spool(tmp_path, sqlite_template):
    """An app whose upload spool (``<instance>/uploads``) is a 2 MiB tmpfs."""
    config = sqlite_config(tmp_path, sqlite_template)
    spool = os.path.join(config["CARNET_INSTANCE_DIR"], "uploads")
    os.makedirs(spool)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", spool], check=True)
    app = make_app(config)
    try:
        with app.app_context():
            yield app
            db.session.remove()
            db.engine.dispose()
    finally:
        # Lazily: a file still open in the spool must not leave the mount behind.
        subprocess.run(["umount", "--lazy", spool], check=True)


@contextlib.contextmanager
def disk_filled(folder: str):
    """Fill the disk under ``folder`` to the last byte; free it all on the way out."""
    path = os.path.join(folder, "filler")
    with open(path, "wb", buffering=0) as filler:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                filler.write(block)
        while True:  # the last few bytes
            try:
                filler.write(b"\0" * 512)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
    try:
        yield
    finally:
        os.remove(path)


def post_photo(client, member, path):
    with open(path, "rb") as handle:
        return client.post(
            ENTRIES,
            data={"kind": "photo", "title": "Le potager", "files": [(handle, "potager.jpg")]},
            headers=member.headers,
            content_type="multipart/form-data",
        )


def test_multipart_upload_on_a_full_disk_answers_disk_full_and_leaves_nothing(small_spool, sample_files):
    world = build_world()
    client = small_spool.test_client()
    spool = os.path.join(small_spool.instance_path, "uploads")
    with disk_filled(spool):
        response = post_photo(client, world.owner, sample_files["jpeg"])
        assert_unavailable(response, "disk_full")
        assert response.status_code == 507
        assert spool_files(small_spool) == []
    assert post_photo(client, world.owner, sample_files["jpeg"]).status_code == 201
    assert spool_files(small_spool) == []


def test_web_form_upload_on_a_full_disk_shows_a_page_and_leaves_nothing(small_spool, sample_files):
    from tests.accounts.conftest import csrf_from

    build_world()
    browser = small_spool.test_client()
    token = csrf_from(browser)
    signed_in = browser.post(
        "/connexion",
        data={"email": "owner@example.org", "password": "correct horse battery", "csrf_token": token},
    )
    assert signed_in.status_code == 303
    token = csrf_from(browser, "/carnets/atelier/nouveau")
    spool = os.path.join(small_spool.instance_path, "uploads")
    with disk_filled(spool), open(sample_files["jpeg"], "rb") as handle:
        page = browser.post(
            "/carnets/atelier/nouveau",
            data={"csrf_token": token, "kind": "photo", "title": "Le potager", "files": [(handle, "p.jpg")]},
            headers={"Accept": "text/html"},
            content_type="multipart/form-data",
        )
        assert page.status_code == 507 and page.headers["Retry-After"]
        assert "Espace disque épuisé" in page.get_data(as_text=True)
        assert spool_files(small_spool) == []


def test_resumable_piece_on_a_full_disk_is_cut_back_to_the_last_acknowledged_offset(small_spool):
    world = build_world()
    client = small_spool.test_client()
    content = os.urandom(300_000)
    opened = client.post(
        "/api/v1/logbooks/atelier/uploads",
        headers={**world.owner.headers, "Upload-Length": str(len(content))},
    )
    assert opened.status_code == 201
    url = opened.headers["Location"]

    def patch(offset: int, data: bytes):
        return client.patch(
            url,
            data=data,
            headers={**world.owner.headers, "Upload-Offset": str(offset), "Tus-Resumable": "1.0.0"},
            content_type="application/offset+octet-stream",
        )

    assert patch(0, content[:100_000]).headers["Upload-Offset"] == "100000"
    spool = os.path.join(small_spool.instance_path, "uploads")
    with disk_filled(spool):
        refused = patch(100_000, content[100_000:])
        assert_unavailable(refused, "disk_full")
        # What was acknowledged stays; the refused piece's bytes are gone.
        assert client.head(url, headers=world.owner.headers).headers["Upload-Offset"] == "100000"
        (session_file,) = os.listdir(os.path.join(spool, "sessions"))
        assert os.path.getsize(os.path.join(spool, "sessions", session_file)) == 100_000
    done = patch(100_000, content[100_000:])
    assert done.status_code == 204 and done.headers["Upload-Offset"] == str(len(content))
