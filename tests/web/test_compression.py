"""Pages, scripts and styles leave compressed for a phone that accepts it; media do not."""

from __future__ import annotations

import brotli


def test_pages_and_assets_are_compressed_with_brotli_or_gzip(client, world):
    import gzip

    page = client.get("/", headers={"Accept-Encoding": "br"})
    assert page.headers["Content-Encoding"] == "br"
    assert "Accept-Encoding" in page.headers["Vary"]
    assert b"<!doctype html>" in brotli.decompress(page.get_data())
    style = client.get("/assets/carnet.css", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert style.headers["Content-Encoding"] == "br"
    assert len(style.get_data()) < len(brotli.decompress(style.get_data())) / 3
    api = client.get("/api/v1/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert api.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(api.get_data()).startswith(b"{")
    tiny = client.get("/api/v1/logbooks", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in tiny.headers  # not worth it under 512 bytes


def test_without_accept_encoding_nothing_is_compressed(client, world):
    assert "Content-Encoding" not in client.get("/").headers


def test_media_and_partial_answers_are_sent_as_they_are(client, world, sample_files):
    import io

    created = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "photo", "files": [(io.BytesIO(sample_files["jpeg"].read_bytes()), "p.jpg")]},
        headers=world.editor.headers,
        content_type="multipart/form-data",
    ).get_json()
    media_id = created["media"][0]["id"]
    original = client.get(
        f"/media/{media_id}/original", headers={"Accept-Encoding": "br, gzip", **world.editor.headers}
    )
    assert original.status_code in (200, 302)
    assert "Content-Encoding" not in original.headers
    partial = client.get("/assets/carnet.css", headers={"Accept-Encoding": "gzip", "Range": "bytes=0-99"})
    assert partial.status_code == 206 and "Content-Encoding" not in partial.headers
