"""Serving media bytes: access checks, byte ranges, presigned redirects, safe headers."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import pytest


@pytest.fixture
def photo(client, world, sample_files):
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "photo", "files": [(io.BytesIO(sample_files["jpeg"].read_bytes()), "été 2024.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201
    return response.get_json()["media"][0]


def test_originals_only_for_editors_and_owners(client, world, photo, backend):
    url = f"/media/{photo['id']}/original"
    assert client.get(url, headers=world.reader.headers).status_code == 403
    assert client.get(url, headers=world.contributor.headers).status_code == 403
    assert client.get(url).status_code == 401
    assert client.get(url, headers=world.outsider.headers).status_code == 404
    response = client.get(url, headers=world.editor.headers)
    if backend == "sqlite-file":
        assert response.status_code == 200
        assert response.headers["Content-Disposition"].startswith("attachment")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Type"] == "image/jpeg"
    else:
        assert response.status_code == 302
        assert "X-Amz-Signature" in response.headers["Location"]
        assert "attachment" in urlsplit(response.headers["Location"]).query


def test_file_backend_honours_byte_ranges(client, world, photo, backend, sample_files):
    if backend != "sqlite-file":
        return  # S3 serves ranges itself from the presigned URL
    response = client.get(
        f"/media/{photo['id']}/original", headers={**world.owner.headers, "Range": "bytes=0-9"}
    )
    assert response.status_code == 206
    assert response.data == sample_files["jpeg"].read_bytes()[:10]
    assert response.headers["Content-Range"].startswith("bytes 0-9/")
    unsatisfiable = client.get(
        f"/media/{photo['id']}/original", headers={**world.owner.headers, "Range": "bytes=999999999-"}
    )
    assert unsatisfiable.status_code == 416


def test_presigned_redirect_is_fresh_each_time(client, world, photo, backend):
    if backend == "sqlite-file":
        return
    first = client.get(f"/media/{photo['id']}/original", headers=world.owner.headers).headers["Location"]
    assert "X-Amz-Expires=300" in first


def test_derivative_not_ready_or_unknown(client, world, photo):
    response = client.get(f"/media/{photo['id']}/nonexistent", headers=world.reader.headers)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "variant_not_ready"
    assert client.get("/media/999999/thumb", headers=world.reader.headers).status_code == 404


def test_media_status_endpoint(client, world, photo):
    body = client.get(f"/api/v1/media/{photo['id']}", headers=world.reader.headers).get_json()
    assert body["state"] in {"pending", "processing", "ready", "failed"}
    assert body["original_url"] is None  # readers get no original
    assert client.get(f"/api/v1/media/{photo['id']}", headers=world.outsider.headers).status_code == 404
    edited = client.patch(
        f"/api/v1/media/{photo['id']}", json={"alt_text": "Un marché"}, headers=world.contributor.headers
    )
    assert edited.status_code == 200 and edited.get_json()["alt_text"] == "Un marché"
    assert (
        client.patch(
            f"/api/v1/media/{photo['id']}", json={"alt_text": "x"}, headers=world.reader.headers
        ).status_code
        == 403
    )


def test_a_waveform_is_served_by_carnet_itself_on_every_storage(client, world, sample_files, backend):
    # The page fetches the peaks with a script: a redirect to the bucket would be blocked by
    # the page's connect-src (and need the bucket's CORS), so no waveform would be drawn.
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "audio", "files": [(io.BytesIO(sample_files["wav"].read_bytes()), "capsule.wav")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    media_id = response.get_json()["media"][0]["id"]
    peaks = client.get(f"/media/{media_id}/peaks", headers=world.reader.headers)
    assert peaks.status_code == 200, peaks.headers.get("Location")
    assert peaks.headers["Content-Type"].startswith("application/json")
    assert peaks.get_json()["data"]
    audio = client.get(f"/media/{media_id}/web", headers=world.reader.headers)
    assert audio.status_code == (200 if backend == "sqlite-file" else 302)
