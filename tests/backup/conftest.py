"""An instance with something in every table, made through the API (real ingest, processing
and exports), and a second, empty instance on the other database and storage."""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, select

from tests.accounts.conftest import csrf_from
from tests.conftest import IsolatedClient, _truncate_all, make_bucket

OTHER = {"sqlite-file": "postgres-s3", "postgres-s3": "sqlite-file"}


@dataclass
class Filled:
    """What a restored instance must still open: clear tokens and ids from the source."""

    token: str  # the owner's API token
    invitation_token: str
    guest_token: str
    entry_id: int  # the photo entry
    session_cookie: str  # a signed-in browser's cookie


@pytest.fixture
def filled(client, world, sample_files) -> Filled:
    owner, contributor = world.owner.headers, world.contributor.headers
    stage = client.post(
        "/api/v1/logbooks/atelier/stages",
        json={"title": "Immersion", "summary": "On observe.", "reached": True, "starts_on": "2024-01-08"},
        headers=owner,
    )
    assert stage.status_code == 201, stage.get_json()
    note = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={
            "kind": "note",
            "title": "Première visite",
            "body": "La cantine sert **400 repas** de betteraves.",
            "occurred_at": "2024-01-10T09:00:00+01:00",
            "stage_id": stage.get_json()["id"],
            "tags": ["cantine", "visite"],
            "pinned": True,
        },
        headers={**contributor, "Idempotency-Key": "phone-1"},
    )
    assert note.status_code == 201, note.get_json()
    photo = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={
            "kind": "photo",
            "title": "La légumerie",
            "occurred_at": "2024-01-15T10:30:00+01:00",
            "files": [(io.BytesIO(sample_files["jpeg"].read_bytes()), "IMG_0001.JPG")],
        },
        headers=contributor,
        content_type="multipart/form-data",
    )
    assert photo.status_code == 201, photo.get_json()
    edited = client.patch(
        f"/api/v1/logbooks/atelier/entries/{note.get_json()['id']}",
        json={"title": "Première visite à la cantine"},
        headers=contributor,
    )
    assert edited.status_code == 200, edited.get_json()
    trashed = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Brouillon", "occurred_at": "2024-01-20T12:00:00+01:00"},
        headers=contributor,
    )
    assert (
        client.delete(
            f"/api/v1/logbooks/atelier/entries/{trashed.get_json()['id']}", headers=contributor
        ).status_code
        == 204
    )
    _fill_evaluation(client, owner, stage.get_json()["id"], note.get_json()["id"], photo.get_json()["id"])
    invitation = client.post(
        "/api/v1/logbooks/atelier/invitations", json={"role": "contributor"}, headers=owner
    )
    assert invitation.status_code == 201, invitation.get_json()
    guest_link = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"label": "Quartier"}, headers=owner
    )
    assert guest_link.status_code == 201, guest_link.get_json()
    guest = client.post(
        f"/api/v1/guest/{guest_link.get_json()['token']}/entries",
        json={"display_name": "Fatou", "kind": "note", "title": "Vu du quartier", "body": "Très bien."},
    )
    assert guest.status_code == 201, guest.get_json()
    export = client.post("/api/v1/logbooks/atelier/exports", json={"format": "markdown"}, headers=owner)
    assert export.status_code == 202, export.get_json()
    upload = client.post(
        "/api/v1/logbooks/atelier/uploads",
        headers={**contributor, "Tus-Resumable": "1.0.0", "Upload-Length": "1000"},
    )
    assert upload.status_code == 201, upload.get_json()
    browser = client.application.test_client()
    signed_in = browser.post(
        "/connexion",
        data={
            "email": "reader@example.org",
            "password": "correct horse battery",
            "csrf_token": csrf_from(browser),
        },
    )
    assert signed_in.status_code == 303
    cookie = browser.get_cookie("session")
    assert cookie is not None
    return Filled(
        token=world.owner.token,
        invitation_token=invitation.get_json()["token"],
        guest_token=guest_link.get_json()["token"],
        entry_id=photo.get_json()["id"],
        session_cookie=cookie.value,
    )


def _fill_evaluation(client, owner: dict, stage_id: int, note_id: int, photo_id: int) -> None:
    """An expected effect (edited once) with evidence, a stage review (edited once), a
    stakeholder named on the photo entry, and a machine transcript of the photo's media."""
    from logbook.db import db
    from logbook.models import Entry, Transcript, TranscriptState

    base = "/api/v1/logbooks/atelier"
    effect = client.post(f"{base}/effects", json={"title": "Moins de gaspillage"}, headers=owner)
    assert effect.status_code == 201, effect.get_json()
    effect_url = f"{base}/effects/{effect.get_json()['id']}"
    assert client.patch(effect_url, json={"target": "-30 %"}, headers=owner).status_code == 200
    evidence = client.post(
        f"{effect_url}/evidence", json={"entry_id": note_id, "stance": "confirms"}, headers=owner
    )
    assert evidence.status_code == 201, evidence.get_json()
    for learnt in ("On écoute d'abord.", "On écoute d'abord, puis on mesure."):
        review = client.put(f"{base}/stages/{stage_id}/review", json={"learnt": learnt}, headers=owner)
        assert review.status_code == 200, review.get_json()
    person = client.post(f"{base}/stakeholders", json={"name": "Awa Diallo", "role": "Cheffe"}, headers=owner)
    assert person.status_code == 201, person.get_json()
    named = client.put(
        f"{base}/entries/{photo_id}/stakeholders",
        json={"stakeholder_ids": [person.get_json()["id"]]},
        headers=owner,
    )
    assert named.status_code == 200, named.get_json()
    media = db.session.get(Entry, photo_id).media[0]
    db.session.add(
        Transcript(
            media_id=media.id,
            state=TranscriptState.DONE.value,
            segments=[{"start": 0.0, "end": 2.0, "text": "On épluche les légumes."}],
            machine_text="On épluche les légumes.",
        )
    )
    db.session.commit()


def _config_for(backend: str, folder, request) -> dict:
    config = {
        "CARNET_INSTANCE_DIR": str(folder / "instance"),
        "CARNET_WORKER": "immediate",
        "CARNET_SECRET_KEY": "test-secret",
        "TESTING": True,
    }
    if backend == "sqlite-file":
        (folder / "instance").mkdir(parents=True)
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
    return config


@pytest.fixture
def make_instance(request, tmp_path):
    """``make_instance(backend)``: a new, empty Carnet (use it inside its ``app_context()``)."""
    from logbook import create_app
    from logbook.db import db

    made = []

    def make(backend: str):
        folder = tmp_path / f"instance-{len(made)}"
        folder.mkdir()
        instance = create_app(_config_for(backend, folder, request))
        instance.test_client_class = IsolatedClient
        made.append(instance)
        return instance

    yield make
    for instance in made:
        with instance.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def other_app(backend, make_instance):
    """An empty Carnet on the other database and storage than ``app``."""
    return make_instance(OTHER[backend])


def all_rows(database_url: str, columns: dict[str, set[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table but derived ones, ordered by primary key: all columns, or only those that
    ``columns`` names for each table (the schema of an older revision, say)."""
    from logbook.db import db

    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(*_kept(table, columns)).order_by(*table.primary_key.columns)
                    )
                ]
                for table in db.metadata.sorted_tables
                # The search index held in the database is derived, rebuilt on restore.
                if not table.info.get("derived")
            }
    finally:
        engine.dispose()


def _kept(table, columns: dict[str, set[str]] | None) -> list:
    if columns is None or table.name not in columns:
        return list(table.columns)
    return [column for column in table.columns if column.name in columns[table.name]]


def object_digests(storage) -> dict[str, str]:
    listing = {}
    for info in storage.list(""):
        digest = hashlib.sha256()
        with storage.open(info.key) as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
        listing[info.key] = digest.hexdigest()
    return listing
