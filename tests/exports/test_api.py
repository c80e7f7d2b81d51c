"""Exports through the API: asked for (202), made by the job, polled, downloaded."""

from __future__ import annotations

import io
import json
import subprocess
import urllib.request
import zipfile

import pytest

from tests.exports.conftest import SLUG

URL = f"/api/v1/logbooks/{SLUG}/exports"


def download(client, export: dict, headers) -> tuple[bytes, str]:
    """The file's bytes and its Content-Disposition, following a presigned redirect."""
    response = client.get(export["download_url"], headers=headers)
    if response.status_code == 302:
        with urllib.request.urlopen(response.headers["Location"]) as remote:
            return remote.read(), remote.headers.get("Content-Disposition", "")
    assert response.status_code == 200, response.get_json()
    return response.get_data(), response.headers["Content-Disposition"]


def make(client, headers, fmt: str, scope: dict | None = None) -> dict:
    response = client.post(URL, json={"format": fmt, "scope": scope or {}}, headers=headers)
    assert response.status_code == 202, response.get_json()
    assert response.headers["Location"].endswith(f"/api/v1/exports/{response.get_json()['id']}")
    polled = client.get(response.get_json()["url"], headers=headers).get_json()
    assert polled["state"] == "ready", polled
    assert polled["progress"] == 1.0 and polled["size"] > 0
    return polled


def test_pdf_is_made_and_downloaded(client, world, journal, tmp_path):
    export = make(client, world.reader.headers, "pdf")
    data, disposition = download(client, export, world.reader.headers)
    assert data.startswith(b"%PDF")
    assert "attachment" in disposition and export["filename"].endswith(".pdf")
    (tmp_path / "story.pdf").write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "story.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Immersion" in text and "Idéation" in text


def test_pptx_opens_with_python_pptx(client, world, journal):
    from pptx import Presentation

    export = make(client, world.reader.headers, "pptx", {"pinned_only": True})
    data, _ = download(client, export, world.reader.headers)
    deck = Presentation(io.BytesIO(data))
    texts = " ".join(
        shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
    )
    assert "Immersion" in texts and "La légumerie" in texts


def test_single_page_html(client, world, journal):
    data, _ = download(client, make(client, world.reader.headers, "html"), world.reader.headers)
    page = data.decode("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "Idéation" in page
    assert "data:image/" in page  # the photo is embedded


@pytest.mark.parametrize("fmt", ["site", "md"])
def test_zip_formats(client, world, journal, fmt):
    export = make(client, world.reader.headers, fmt)
    data, _ = download(client, export, world.reader.headers)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    assert ("index.html" if fmt == "site" else "index.md") in names
    assert export["format"] == ("site" if fmt == "site" else "markdown")


def test_timelinejs(client, world, journal):
    export = make(client, world.reader.headers, "timelinejs", {"stage_ids": [journal.stages["Idéation"]]})
    data, _ = download(client, export, world.reader.headers)
    timeline = json.loads(data)
    headlines = [event["text"]["headline"] for event in timeline["events"]]
    assert headlines == ["Schéma du self", "Capsule sonore", "Le service de midi"]


def test_archive_for_editors_only(client, world, journal):
    response = client.post(URL, json={"format": "archive"}, headers=world.reader.headers)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"
    export = make(client, world.editor.headers, "zip")
    assert export["format"] == "archive"
    data, _ = download(client, export, world.editor.headers)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "manifest.json" in archive.namelist()
    # Readers neither see it in the list nor fetch it.
    listed = client.get(URL, headers=world.reader.headers).get_json()["exports"]
    assert export["id"] not in [item["id"] for item in listed]
    assert client.get(export["url"], headers=world.reader.headers).status_code == 404
    assert client.get(export["download_url"], headers=world.reader.headers).status_code == 404


def test_pending_entries_only_for_editors(client, world, journal):
    response = client.post(
        URL, json={"format": "pdf", "scope": {"include_pending": True}}, headers=world.reader.headers
    )
    assert response.status_code == 403
    export = make(client, world.editor.headers, "timelinejs", {"include_pending": True})
    data, _ = download(client, export, world.editor.headers)
    assert "Vu du quartier" in data.decode("utf-8")


def test_list_shows_state_size_scope_and_download_url(client, world, journal):
    export = make(client, world.reader.headers, "timelinejs", {"pinned_only": True})
    listed = client.get(URL, headers=world.owner.headers).get_json()["exports"]
    item = next(item for item in listed if item["id"] == export["id"])
    assert item["state"] == "ready" and item["size"] == export["size"]
    assert item["scope"]["pinned_only"] is True
    assert item["download_url"] == f"/api/v1/exports/{export['id']}/download"
    assert item["requested_by"]["name"] == "Reader"


def test_outsiders_and_strangers_get_nothing(client, world, journal):
    export = make(client, world.reader.headers, "timelinejs")
    assert client.get(URL, headers=world.outsider.headers).status_code == 404
    assert client.post(URL, json={"format": "pdf"}, headers=world.outsider.headers).status_code == 404
    assert client.get(export["url"], headers=world.outsider.headers).status_code == 404
    assert client.get(export["download_url"], headers=world.outsider.headers).status_code == 404
    assert client.get(export["download_url"]).status_code == 401


def test_bad_requests_name_what_is_wrong(client, world, journal):
    response = client.post(URL, json={"format": "docx"}, headers=world.reader.headers)
    assert response.status_code == 422 and "format" in response.get_json()["error"]["fields"]
    response = client.post(
        URL, json={"format": "pdf", "scope": {"stage_ids": [999999]}}, headers=world.reader.headers
    )
    assert response.status_code == 422 and response.get_json()["error"]["code"] == "invalid_scope"
    response = client.post(
        URL, json={"format": "pdf", "scope": {"occurred_from": "hier"}}, headers=world.reader.headers
    )
    assert response.status_code == 422 and "occurred_from" in response.get_json()["error"]["fields"]


def test_a_queued_export_is_not_ready_to_download(app, client, world, journal):
    from logbook.db import db
    from logbook.models import Logbook
    from logbook.services.exports import request_export

    logbook = db.session.query(Logbook).filter_by(slug=SLUG).one()
    export = request_export(logbook, world.reader.user, "pdf", queue=None)
    polled = client.get(f"/api/v1/exports/{export.id}", headers=world.reader.headers).get_json()
    assert polled["state"] == "queued" and polled["download_url"] is None
    response = client.get(f"/api/v1/exports/{export.id}/download", headers=world.reader.headers)
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "export_not_ready"


def test_a_failing_export_says_why(app, client, world, journal):
    from logbook.db import db
    from logbook.models import Logbook, Role
    from logbook.services.exports import request_export, run_export
    from logbook.services.users import add_member

    logbook = db.session.query(Logbook).filter_by(slug=SLUG).one()
    export = request_export(logbook, world.editor.user, "pdf", {"include_pending": True}, queue=None)
    add_member(logbook, world.editor.user, Role.READER)  # demoted before the job ran
    assert run_export(export.id) == "failed"
    polled = client.get(f"/api/v1/exports/{export.id}", headers=world.owner.headers).get_json()
    assert polled["state"] == "failed" and "approval" in polled["error"]


def test_requester_deletes_an_export_and_its_file(app, client, world, journal):
    from logbook.storage import get_storage

    export = make(client, world.reader.headers, "timelinejs")
    key_prefix = f"exports/{export['id']}/"
    assert [o.key for o in get_storage().list(key_prefix)]
    assert client.delete(export["url"], headers=world.contributor.headers).status_code == 403
    assert client.delete(export["url"], headers=world.reader.headers).status_code == 204
    assert not [o.key for o in get_storage().list(key_prefix)]
    assert client.get(export["url"], headers=world.reader.headers).status_code == 404


def test_openapi_document_describes_the_exports_api(client):
    from openapi_spec_validator import validate

    document = client.get("/api/v1/openapi.json").get_json()
    validate(document)
    paths = document["paths"]
    assert {"get", "post"} <= set(paths["/api/v1/logbooks/{slug}/exports"])
    assert {"get", "delete"} <= set(paths["/api/v1/exports/{export_id}"])
    assert "get" in paths["/api/v1/exports/{export_id}/download"]


def test_sweep_queues_lost_exports_again_and_fails_interrupted_ones(app, client, world, journal):
    from datetime import timedelta

    from logbook.db import db, utcnow
    from logbook.models import Export, Logbook
    from logbook.services.export_upkeep import sweep_stale_exports
    from logbook.services.exports import request_export, run_export

    logbook = db.session.query(Logbook).filter_by(slug=SLUG).one()
    lost = request_export(logbook, world.reader.user, "timelinejs", queue=None)
    dead = request_export(logbook, world.reader.user, "timelinejs", queue=None)
    fresh = request_export(logbook, world.reader.user, "timelinejs", queue=None)
    lost.created_at = dead.created_at = utcnow() - timedelta(hours=3)
    dead.state, dead.started_at = "running", utcnow() - timedelta(hours=3)
    db.session.commit()
    lost_id, dead_id, fresh_id = lost.id, dead.id, fresh.id
    assert sweep_stale_exports() == 2
    db.session.expire_all()
    assert db.session.get(Export, lost_id).state == "ready"  # queued again, and run at once here
    assert db.session.get(Export, dead_id).state == "failed"
    assert "interrupted" in db.session.get(Export, dead_id).error
    assert db.session.get(Export, fresh_id).state == "queued"
    assert run_export(lost_id) == "ready"  # a second task for the same export does nothing


def test_old_finished_exports_expire_with_their_files(client, world, journal, app):
    from datetime import timedelta

    from logbook.db import db
    from logbook.models import Export
    from logbook.services.export_upkeep import expire_exports
    from logbook.storage import get_storage

    old = make(client, world.reader.headers, "timelinejs")
    fresh = make(client, world.reader.headers, "timelinejs")
    row = db.session.get(Export, old["id"])
    key = row.key
    row.finished_at = row.finished_at - timedelta(days=31)
    db.session.commit()
    assert get_storage().exists(key)
    assert expire_exports() == 1
    db.session.expire_all()
    assert db.session.get(Export, old["id"]) is None and not get_storage().exists(key)
    assert db.session.get(Export, fresh["id"]) is not None
