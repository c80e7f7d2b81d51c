"""S3 goes away during a resumable upload kept in the bucket: the pieces answer 503
storage_unavailable with Retry-After, and the offset stays the last one acknowledged."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from logbook.db import db
from logbook.models import UploadSession
from tests.conftest import build_world, make_bucket
from tests.faults.conftest import assert_unavailable, make_app, sqlite_config

TUS = {"Tus-Resumable": "1.0.0"}


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


def test_a_piece_sent_while_s3_is_down_answers_503_and_the_offset_stays(s3_app, own_s3):
    world = build_world()
    client = s3_app.test_client()
    me = world.contributor
    opened = client.post(
        "/api/v1/logbooks/atelier/uploads", headers={**me.headers, **TUS, "Upload-Length": "6000000"}
    )
    url = opened.headers["Location"]
    assert _patch(client, me, url, 0, b"x" * 100_000).status_code == 204

    own_s3.stop_now()
    assert_unavailable(_patch(client, me, url, 100_000, b"y" * 100_000), "storage_unavailable")
    assert_unavailable(_patch(client, me, url, 100_000, b"y" * 5_900_000), "storage_unavailable")
    head = client.head(url, headers={**me.headers, **TUS})
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "100000"
    db.session.rollback()
    # The writer lease was given back: the client may go on as soon as S3 is back.
    assert db.session.get(UploadSession, url.rsplit("/", 1)[1]).writer is None

    refused = client.post(
        "/api/v1/logbooks/atelier/uploads", headers={**me.headers, **TUS, "Upload-Length": "10"}
    )
    assert_unavailable(refused, "storage_unavailable")
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(UploadSession)) == 1
