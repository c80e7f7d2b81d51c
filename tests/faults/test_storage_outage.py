"""S3 goes away: a media request answers 503 storage_unavailable instead of a redirect to a
presigned URL that leads nowhere, and an upload answers 503 with nothing kept."""

from __future__ import annotations

import pytest

from logbook.db import db
from logbook.models import Entry, Media
from tests.conftest import build_world, make_bucket
from tests.faults.conftest import assert_unavailable, make_app, spool_files, sqlite_config


@pytest.fixture
def s3_app(own_s3, tmp_path, sqlite_template):
    config = sqlite_config(tmp_path, sqlite_template)
    bucket = make_bucket(own_s3.endpoint)
    config["CARNET_STORAGE_URL"] = f"s3://{bucket}/carnet?endpoint_url={own_s3.endpoint}&region=us-east-1"
    app = make_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def post_photo(client, member, path, title: str):
    with open(path, "rb") as handle:
        return client.post(
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "photo", "title": title, "files": [(handle, "cour.jpg")]},
            headers=member.headers,
            content_type="multipart/form-data",
        )


def counts() -> tuple[int, int]:
    db.session.rollback()
    entries = db.session.scalar(db.select(db.func.count()).select_from(Entry))
    media = db.session.scalar(db.select(db.func.count()).select_from(Media))
    return entries, media


def test_media_and_uploads_answer_503_storage_unavailable_while_s3_is_down(s3_app, own_s3, sample_files):
    world = build_world()
    client = s3_app.test_client()
    posted = post_photo(client, world.owner, sample_files["jpeg"], "Avant la panne")
    assert posted.status_code == 201, posted.get_json()
    media_id = posted.get_json()["media"][0]["id"]
    served = client.get(f"/media/{media_id}/original", headers=world.owner.headers)
    assert served.status_code == 302 and "X-Amz-Signature" in served.headers["Location"]
    before = counts()

    own_s3.stop_now()

    served = client.get(f"/media/{media_id}/original", headers=world.owner.headers)
    assert_unavailable(served, "storage_unavailable")
    assert "Location" not in served.headers

    with open(sample_files["png"], "rb") as handle:
        upload = client.post(
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "drawing", "title": "Pendant la panne", "files": [(handle, "dessin.png")]},
            headers=world.owner.headers,
            content_type="multipart/form-data",
        )
    assert_unavailable(upload, "storage_unavailable")
    assert counts() == before
    assert spool_files(s3_app) == []

    health = client.get("/health")
    assert health.status_code == 503
    assert health.get_json()["checks"]["storage"] == {"status": "unavailable", "code": "storage_unavailable"}


def test_a_media_whose_object_is_gone_is_a_404_not_a_dead_redirect(s3_app, sample_files):
    from logbook.storage import get_storage

    world = build_world()
    client = s3_app.test_client()
    posted = post_photo(client, world.owner, sample_files["jpeg"], "Disparue")
    media = db.session.get(Media, posted.get_json()["media"][0]["id"])
    get_storage().delete(media.original_key)
    served = client.get(f"/media/{media.id}/original", headers=world.owner.headers)
    assert served.status_code == 404
    assert served.get_json()["error"]["code"] == "object_missing"
