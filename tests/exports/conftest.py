"""A logbook with every kind of entry, made through the API (real ingest and processing),
and a second, empty Carnet on the other database and storage for imports; and the
hand-made story of ``stories.py`` for the renderers' own tests."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import _truncate_all, make_bucket
from tests.exports.stories import english_story, hostile_story, link_story, story  # noqa: F401 - fixtures

SLUG = "atelier"


@dataclass
class Journal:
    stages: dict[str, int] = field(default_factory=dict)  # title -> id
    entries: dict[str, int] = field(default_factory=dict)  # name -> id


def _upload(path: Path, name: str | None = None):
    return (io.BytesIO(path.read_bytes()), name or path.name)


@pytest.fixture
def journal(client, world, sample_files) -> Journal:
    """Three stages (two reached, the third is the next stop) and entries of every kind;
    one edited (a revision), one trashed, one guest entry waiting for approval."""
    journal = Journal()
    owner, contributor = world.owner.headers, world.contributor.headers
    for title, summary, reached, starts in (
        ("Immersion", "On observe les cantines.", True, "2024-01-08"),
        ("Idéation", "On imagine des pistes.", True, "2024-02-01"),
        ("Prototype", "On essaie pour de vrai.", False, "2024-03-01"),
    ):
        response = client.post(
            f"/api/v1/logbooks/{SLUG}/stages",
            json={"title": title, "summary": summary, "reached": reached, "starts_on": starts},
            headers=owner,
        )
        assert response.status_code == 201, response.get_json()
        journal.stages[title] = response.get_json()["id"]
    stage = journal.stages

    def post(name: str, *, files=None, headers=contributor, **fields):
        if files:
            data = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in fields.items()}
            data["files"] = files
            response = client.post(
                f"/api/v1/logbooks/{SLUG}/entries",
                data=data,
                headers=headers,
                content_type="multipart/form-data",
            )
        else:
            response = client.post(f"/api/v1/logbooks/{SLUG}/entries", json=fields, headers=headers)
        assert response.status_code == 201, response.get_json()
        journal.entries[name] = response.get_json()["id"]

    post(
        "note",
        kind="note",
        title="Première visite",
        body="La cantine sert **400 repas**.",
        occurred_at="2024-01-10T09:00:00+01:00",
        stage_id=stage["Immersion"],
        tags=["cantine", "visite"],
        pinned=True,
    )
    post(
        "photo",
        kind="photo",
        title="La légumerie",
        occurred_at="2024-01-15T10:30:00+01:00",
        stage_id=stage["Immersion"],
        pinned=True,
        caption="Cagettes",
        alt_text="Des cagettes de légumes",
        files=[_upload(sample_files["jpeg"], "IMG_0001.JPG")],
    )
    post(
        "trashed",
        kind="note",
        title="Brouillon à jeter",
        body="Rien.",
        occurred_at="2024-01-20T12:00:00+01:00",
        stage_id=stage["Immersion"],
    )
    post(
        "drawing",
        kind="drawing",
        title="Schéma du self",
        occurred_at="2024-02-02T14:00:00+01:00",
        stage_id=stage["Idéation"],
        files=[_upload(sample_files["png"], "schema.png")],
    )
    post(
        "audio",
        kind="audio",
        title="Capsule sonore",
        occurred_at="2024-02-10T11:00:00+01:00",
        stage_id=stage["Idéation"],
        files=[_upload(sample_files["wav"], "capsule.wav")],
    )
    post(
        "video",
        kind="video",
        title="Le service de midi",
        occurred_at="2024-02-20T12:15:00+01:00",
        stage_id=stage["Idéation"],
        pinned=True,
        files=[_upload(sample_files["mp4"], "midi.mp4")],
    )
    post(
        "testimony",
        kind="testimony",
        title="La cheffe",
        body="On gaspille moins depuis qu'on pèse les restes.",
        occurred_at="2024-03-02T09:00:00+01:00",
        stage_id=stage["Prototype"],
        speaker_name="Mme Diallo",
        speaker_role="cheffe de cuisine",
        consent=True,
    )
    post(
        "link",
        kind="link",
        title="Le rapport de l'ADEME",
        link_url="https://example.org/rapport",
        occurred_at="2024-03-05T16:00:00+01:00",
        stage_id=None,  # said outright: no stage (left out, the entry's date would choose one)
    )
    response = client.patch(
        f"/api/v1/logbooks/{SLUG}/entries/{journal.entries['note']}",
        json={"title": "Première visite à la cantine", "tags": ["cantine", "visite", "repas"]},
        headers=contributor,
    )
    assert response.status_code == 200, response.get_json()
    trashed = journal.entries["trashed"]
    response = client.delete(f"/api/v1/logbooks/{SLUG}/entries/{trashed}", headers=contributor)
    assert response.status_code == 204
    response = client.post(
        f"/api/v1/logbooks/{SLUG}/guest-links", json={"label": "Quartier"}, headers=world.editor.headers
    )
    assert response.status_code == 201, response.get_json()
    token = response.get_json()["token"]
    response = client.post(
        f"/api/v1/guest/{token}/entries",
        json={"display_name": "Fatou", "kind": "note", "title": "Vu du quartier", "body": "Très bien."},
    )
    assert response.status_code == 201, response.get_json()
    journal.entries["pending"] = response.get_json()["id"]
    return journal


# --- a second Carnet, on the other backend pair ----------------------------------------------

OTHER = {"sqlite-file": "postgres-s3", "postgres-s3": "sqlite-file"}


@pytest.fixture
def other_app(backend, request, tmp_path, app):
    """An empty Carnet on the other database and storage than ``app``
    (use it inside ``with other_app.app_context()``)."""
    from logbook import create_app
    from logbook.db import db
    from tests.conftest import IsolatedClient

    folder = tmp_path / "other"
    folder.mkdir()
    config = {
        "CARNET_INSTANCE_DIR": str(folder / "instance"),
        "CARNET_WORKER": "immediate",
        "CARNET_SECRET_KEY": "test-secret",
        "TESTING": True,
    }
    if OTHER[backend] == "sqlite-file":
        (folder / "instance").mkdir()
        shutil.copy(request.getfixturevalue("sqlite_template"), folder / "instance" / "carnet.db")
        config["CARNET_DATABASE_URL"] = f"sqlite:///{folder / 'instance' / 'carnet.db'}"
        config["CARNET_STORAGE_URL"] = f"file://{folder / 'instance' / 'media'}"
    else:
        url = request.getfixturevalue("pg_url")
        _truncate_all(url)
        endpoint = request.getfixturevalue("s3_endpoint")
        config["CARNET_DATABASE_URL"] = url
        config["CARNET_STORAGE_URL"] = (
            f"s3://{make_bucket(endpoint)}/carnet?endpoint_url={endpoint}&region=us-east-1"
        )
    other = create_app(config)
    other.test_client_class = IsolatedClient
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()


def object_listing(storage) -> dict[str, str]:
    """Every stored object (but exports) with the SHA-256 of its bytes."""
    listing = {}
    for info in storage.list(""):
        if info.key.startswith("exports/"):
            continue
        digest = hashlib.sha256()
        with storage.open(info.key) as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
        listing[info.key] = digest.hexdigest()
    return listing


def rewrite_zip(
    source: Path,
    target: Path,
    change: Callable[[str, bytes], tuple[str, bytes] | None] = lambda name, data: (name, data),
    extra: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """A copy of an archive with members changed, dropped (``None``) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            result = change(info.filename, old.read(info))
            if result is not None:
                new.writestr(result[0], result[1])
        for name, data in extra:
            new.writestr(name, data)
    return target
