"""Abuse limits (429 with Retry-After, in memory or in Redis) and the security headers
every answer carries."""

from __future__ import annotations

import uuid

import pytest

from logbook import create_app
from logbook.db import db
from tests.accounts.conftest import csrf_from


@pytest.fixture
def strict_app(app_config):
    """The same backend, with tiny limits."""
    config = app_config | {
        "CARNET_RATELIMIT_SIGN_IN": "3/minute",
        "CARNET_RATELIMIT_GUEST": "2/hour",
        "CARNET_RATELIMIT_UPLOADS": "2/hour",
        "CARNET_RATELIMIT_EXPORTS": "2/hour",
    }
    strict = create_app(config)
    with strict.app_context():
        yield strict
        db.session.remove()
        db.engine.dispose()


def assert_rate_limited(response):
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) > 0


def test_sign_in_attempts_are_limited(strict_app):
    client = strict_app.test_client()
    token = csrf_from(client)
    attempts = [
        client.post("/connexion", data={"email": "x@example.org", "password": "nope", "csrf_token": token})
        for _ in range(4)
    ]
    assert [r.status_code for r in attempts[:3]] == [401, 401, 401]
    assert_rate_limited(attempts[3])
    assert client.get("/connexion").status_code == 200  # only posting is limited


def test_guest_posts_are_limited_per_link_and_address(strict_app):
    from logbook.services.guests import create_guest_link
    from logbook.services.logbooks import create_logbook

    logbook = create_logbook(None, name="Limites", slug="limites")
    _, token = create_guest_link(logbook, None)
    _, other_token = create_guest_link(logbook, None)
    client = strict_app.test_client()
    body = {"display_name": "Fatou", "kind": "note", "title": "Encore"}
    statuses = [client.post(f"/api/v1/guest/{token}/entries", json=body).status_code for _ in range(2)]
    assert statuses == [201, 201]
    assert_rate_limited(client.post(f"/api/v1/guest/{token}/entries", json=body))
    assert client.post(f"/api/v1/guest/{other_token}/entries", json=body).status_code == 201


def test_uploads_are_limited_per_account(strict_app):
    from logbook.auth import issue_token
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import create_user

    user = create_user(email="rapide@example.org", password="correct horse battery")
    create_logbook(user, name="Limites", slug="limites")
    _, clear = issue_token(user, "tests")
    db.session.commit()
    client = strict_app.test_client()
    headers = {"Authorization": f"Bearer {clear}"}
    body = {"kind": "note", "title": "Vite"}
    statuses = [
        client.post("/api/v1/logbooks/limites/entries", json=body, headers=headers).status_code
        for _ in range(2)
    ]
    assert statuses == [201, 201]
    assert_rate_limited(client.post("/api/v1/logbooks/limites/entries", json=body, headers=headers))
    assert client.get("/api/v1/logbooks/limites/timeline", headers=headers).status_code == 200


def test_posting_through_the_web_form_shares_the_upload_limit(strict_app):
    from logbook.auth import issue_token
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import create_user

    user = create_user(email="rapide@example.org", password="correct horse battery")
    create_logbook(user, name="Limites", slug="limites")
    _, clear = issue_token(user, "tests")
    db.session.commit()
    client = strict_app.test_client()
    headers = {"Authorization": f"Bearer {clear}"}
    client.post("/api/v1/logbooks/limites/entries", json={"kind": "note", "title": "Vite"}, headers=headers)
    client.post("/carnets/limites/nouveau", data={"kind": "note", "title": "Vite"}, headers=headers)
    assert_rate_limited(client.post("/carnets/limites/nouveau", data={"kind": "note"}, headers=headers))


def test_password_checks_share_the_sign_in_limit(strict_app):
    client = strict_app.test_client()
    token = csrf_from(client)
    for _ in range(3):
        client.post("/connexion", data={"email": "x@example.org", "password": "nope", "csrf_token": token})
    assert_rate_limited(client.post("/invite/pas-un-lien", data={"csrf_token": token}))


@pytest.mark.parametrize("backend", ["sqlite-file"], indirect=False)
def test_limits_can_live_in_redis(app_config):
    url = "redis://127.0.0.1:6379/15"
    config = app_config | {
        "CARNET_RATELIMIT_STORAGE_URL": url,
        "CARNET_RATELIMIT_SIGN_IN": "1/minute",
        "RATELIMIT_KEY_PREFIX": f"carnet-test-{uuid.uuid4().hex}",  # counters of this test only
    }
    first, second = create_app(config), create_app(config)
    data = {"email": "x@example.org", "password": "nope"}
    with first.app_context():
        client = first.test_client()
        assert client.post("/connexion", data=data | {"csrf_token": csrf_from(client)}).status_code == 401
        db.session.remove()
    with second.app_context():
        client = second.test_client()
        # Another process sharing the Redis counters sees the attempt already made.
        assert_rate_limited(client.post("/connexion", data=data | {"csrf_token": csrf_from(client)}))
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("path", ["/connexion", "/api/v1/logbooks", "/api/v1/openapi.json", "/nulle-part"])
def test_security_headers_on_every_answer(client, path):
    response = client.get(path)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert "img-src 'self' blob: data:" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_media_may_come_from_the_s3_endpoint(app, client, backend):
    policy = client.get("/connexion").headers["Content-Security-Policy"]
    media = next(part for part in policy.split("; ") if part.startswith("media-src"))
    if backend == "postgres-s3":
        endpoint = app.config["CARNET_STORAGE_URL"].split("endpoint_url=")[1].split("&")[0]
        assert endpoint in media
    else:
        assert media == "media-src 'self' blob: data:"


def test_served_files_keep_their_sandbox_policy(client, world, sample_files, backend):
    with open(sample_files["jpeg"], "rb") as photo:
        entry = client.post(
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "photo", "title": "Cour", "files": (photo, "cour.jpg")},
            content_type="multipart/form-data",
            headers=world.editor.headers,
        ).get_json()
    response = client.get(entry["media"][0]["original_url"], headers=world.editor.headers)
    if backend == "sqlite-file":
        assert response.status_code == 200
        assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    else:
        assert response.status_code == 302  # a presigned URL on the S3 endpoint


def test_export_requests_are_limited_per_account_across_api_and_pages(strict_app):
    from logbook.auth import issue_token
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import create_user

    user = create_user(email="exporte@example.org", password="correct horse battery")
    create_logbook(user, name="Exports", slug="exports")
    _, token = issue_token(user, "script")
    db.session.commit()
    client = strict_app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    asked = [
        client.post("/api/v1/logbooks/exports/exports", json={"format": "markdown"}, headers=headers)
        for _ in range(2)
    ]
    assert [r.status_code for r in asked] == [202, 202]
    assert_rate_limited(client.post("/carnets/exports/exports", data={"format": "pdf"}, headers=headers))
