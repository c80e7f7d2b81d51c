"""Posting entries: JSON and multipart, idempotent retries, all-or-nothing uploads."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from logbook.db import db
from logbook.models import Entry, IdempotencyRecord, Media

URL = "/api/v1/logbooks/atelier/entries"


def _files(storage_listing):
    return sorted(o.key for o in storage_listing)


def _objects(app):
    from logbook.storage import get_storage

    return _files(get_storage().list("originals/"))


def _count(model) -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(model))


def _upload(path, name=None):
    return (io.BytesIO(path.read_bytes()), name or path.name)


def test_post_a_note_as_json(client, world):
    response = client.post(
        URL,
        json={
            "kind": "note",
            "title": "Première réunion",
            "body": "On a parlé de la **cantine**.",
            "occurred_at": "2024-03-12T09:30:00+01:00",
            "tags": ["Cantine", "#réunion", "cantine"],
        },
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    entry = response.get_json()
    assert entry["title"] == "Première réunion"
    assert entry["occurred_at"] == "2024-03-12T08:30:00+00:00"
    assert entry["tags"] == ["cantine", "réunion"]
    assert entry["author"]["name"] == "Contributor"


def test_post_a_photo_with_caption_as_multipart(client, world, sample_files, app):
    response = client.post(
        URL,
        data={
            "kind": "photo",
            "title": "Visite de la légumerie",
            "tags": "visite, légumerie",
            "caption": "La chambre froide",
            "alt_text": "Des cagettes de légumes",
            "files": [_upload(sample_files["jpeg"], "IMG_0001.JPG")],
        },
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    entry = response.get_json()
    media = entry["media"][0]
    assert media["mime"] == "image/jpeg" and media["kind"] == "image"
    assert media["caption"] == "La chambre froide" and media["alt_text"] == "Des cagettes de légumes"
    assert media["original_name"] == "IMG_0001.JPG"
    assert entry["tags"] == ["légumerie", "visite"]
    assert _objects(app) == [f"originals/{media['sha256']}"]


def test_identical_bytes_are_stored_once(client, world, sample_files, app):
    for _ in range(2):
        response = client.post(
            URL,
            data={"kind": "photo", "files": [_upload(sample_files["jpeg"])]},
            headers=world.contributor.headers,
            content_type="multipart/form-data",
        )
        assert response.status_code == 201
    assert len(_objects(app)) == 1
    assert _count(Media) == 2


def test_several_files_in_one_entry(client, world, sample_files):
    response = client.post(
        URL,
        data={
            "kind": "testimony",
            "speaker_name": "Mme Durand",
            "speaker_role": "directrice d'école",
            "consent": "true",
            "body": "« La cantine a changé la vie du quartier. »",
            "files": [_upload(sample_files["wav"]), _upload(sample_files["jpeg"])],
        },
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    entry = response.get_json()
    assert [m["kind"] for m in entry["media"]] == ["audio", "image"]
    assert entry["consent"] is True and entry["speaker_role"] == "directrice d'école"


def test_retry_with_same_idempotency_key_creates_one_entry(client, world, sample_files, app):
    headers = {**world.contributor.headers, "Idempotency-Key": "phone-42-upload-7"}
    answers = [
        client.post(
            URL,
            data={"kind": "photo", "title": "Marché", "files": [_upload(sample_files["jpeg"])]},
            headers=headers,
            content_type="multipart/form-data",
        )
        for _ in range(3)
    ]
    assert [a.status_code for a in answers] == [201, 201, 201]
    assert answers[1].headers["Idempotent-Replayed"] == "true"
    assert answers[0].get_json()["id"] == answers[2].get_json()["id"]
    assert _count(Entry) == 1 and _count(Media) == 1 and _count(IdempotencyRecord) == 1


def test_same_key_for_another_request_is_refused(client, world):
    headers = {**world.owner.headers, "Idempotency-Key": "k1"}
    assert client.post(URL, json={"kind": "note", "body": "a"}, headers=headers).status_code == 201
    other = client.post(
        "/api/v1/logbooks/autre/entries",
        json={"kind": "note", "body": "b"},
        headers={**world.outsider.headers, "Idempotency-Key": "k1"},
    )
    assert other.status_code == 201  # keys are per caller
    client.post("/api/v1/logbooks", json={"name": "Second"}, headers=world.owner.headers)
    reused = client.post(
        "/api/v1/logbooks/second/entries", json={"kind": "note", "body": "c"}, headers=headers
    )
    assert reused.status_code == 422 and reused.get_json()["error"]["code"] == "idempotency_key_reused"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "poème"}, "kind"),
        ({"body": "sans type"}, "kind"),
        ({"kind": "note", "occurred_at": "hier"}, "occurred_at"),
        ({"kind": "note", "occurred_at": "2024-03-01T10:00:00"}, "occurred_at"),
        ({"kind": "note", "body": "x", "stage_id": 9999}, "stage_id"),
        ({"kind": "note", "body": "x", "tags": "pas une liste"}, "tags"),
        ({"kind": "note", "body": "x", "mood": "joyeux"}, "mood"),
        ({"kind": "link", "title": "Site"}, "link_url"),
        ({"kind": "link", "link_url": "javascript:alert(1)"}, "link_url"),
        ({"kind": "testimony", "body": "Sans nom"}, "speaker_name"),
        ({"kind": "photo", "title": "Sans fichier"}, "files"),
        ({"kind": "note"}, "body"),
    ],
)
def test_invalid_fields_are_named_in_the_error(client, world, payload, field):
    response = client.post(URL, json=payload, headers=world.contributor.headers)
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert field in error["fields"], error
    assert _count(Entry) == 0


def test_bad_bodies_are_refused_cleanly(client, world):
    assert (
        client.post(
            URL, data="{oops", content_type="application/json", headers=world.owner.headers
        ).get_json()["error"]["code"]
        == "malformed_json"
    )
    listed = client.post(URL, json=["note"], headers=world.owner.headers)
    assert listed.status_code == 422
    text = client.post(URL, data="hello", content_type="text/plain", headers=world.owner.headers)
    assert text.status_code == 422 and text.get_json()["error"]["code"] == "unsupported_content_type"


def test_empty_file_is_refused_and_nothing_is_kept(client, world, app):
    response = client.post(
        URL,
        data={"kind": "photo", "files": [(io.BytesIO(b""), "vide.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "empty_file"
    assert _count(Entry) == 0 and _objects(app) == []


@pytest.mark.parametrize(
    ("sample", "status", "code"),
    [
        ("text", 415, "unsupported_media"),
        ("html_as_jpg", 415, "unsupported_media"),
        ("truncated_jpeg", 422, "media_corrupt"),
    ],
)
def test_files_are_judged_by_their_bytes_not_their_name(
    client, world, sample_files, app, sample, status, code
):
    response = client.post(
        URL,
        data={"kind": "photo", "files": [_upload(sample_files[sample])]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == status, response.get_json()
    assert response.get_json()["error"]["code"] == code
    assert _count(Entry) == 0 and _objects(app) == []


def test_a_bad_second_file_leaves_nothing_of_the_first(client, world, sample_files, app):
    response = client.post(
        URL,
        data={"kind": "photo", "files": [_upload(sample_files["jpeg"]), _upload(sample_files["text"])]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 415
    assert _count(Entry) == 0 and _count(Media) == 0 and _objects(app) == []


def test_body_over_the_configured_limit_is_413(app_config, world, sample_files):
    from logbook import create_app

    small = create_app({**app_config, "CARNET_MAX_UPLOAD_BYTES": 10_000})
    response = small.test_client().post(
        URL,
        data={"kind": "photo", "files": [(io.BytesIO(b"\xff" * 50_000), "gros.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "payload_too_large"


def test_storage_failing_mid_upload_leaves_no_row_and_no_object(app, client, world, sample_files):
    from logbook.errors import StorageUnavailable

    real = app.extensions["carnet.storage"]

    class FailsOnSecondPut:
        """The real backend, which becomes unreachable after the first object."""

        def __init__(self):
            self.puts = 0

        def put_file(self, key, path, **kwargs):
            self.puts += 1
            if self.puts == 2:
                raise StorageUnavailable("storage cannot be reached: connection refused")
            return real.put_file(key, path, **kwargs)

        def __getattr__(self, name):
            return getattr(real, name)

    app.extensions["carnet.storage"] = FailsOnSecondPut()
    response = client.post(
        URL,
        data={"kind": "photo", "files": [_upload(sample_files["jpeg"]), _upload(sample_files["png"])]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    app.extensions["carnet.storage"] = real
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "storage_unavailable"
    assert _count(Entry) == 0 and _count(Media) == 0
    assert list(real.list("originals/")) == []


def test_unreachable_storage_is_503(app_config, world):
    from logbook import create_app

    down = create_app(
        {**app_config, "CARNET_STORAGE_URL": "s3://bucket?endpoint_url=http://127.0.0.1:9&region=us-east-1"}
    )
    response = down.test_client().post(
        URL,
        data={"kind": "photo", "files": [(io.BytesIO(b"\xff\xd8\xff\xe0" + b"\x00" * 2000), "a.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code in {415, 422, 503}
    assert _count(Entry) == 0


def test_readers_cannot_post_and_contributors_edit_only_their_own(client, world):
    assert (
        client.post(URL, json={"kind": "note", "body": "x"}, headers=world.reader.headers).status_code == 403
    )
    mine = client.post(
        URL, json={"kind": "note", "body": "à moi"}, headers=world.contributor.headers
    ).get_json()
    theirs = client.post(
        URL, json={"kind": "note", "body": "à l'éditeur"}, headers=world.editor.headers
    ).get_json()
    assert (
        client.patch(
            f"{URL}/{mine['id']}", json={"pinned": True}, headers=world.contributor.headers
        ).status_code
        == 200
    )
    assert (
        client.patch(
            f"{URL}/{theirs['id']}", json={"pinned": True}, headers=world.contributor.headers
        ).status_code
        == 403
    )
    assert (
        client.patch(f"{URL}/{mine['id']}", json={"title": "Revu"}, headers=world.editor.headers).get_json()[
            "version"
        ]
        == 3
    )


def test_edit_validates_and_delete_moves_to_trash_then_restore(client, world):
    entry = client.post(
        URL, json={"kind": "note", "body": "texte"}, headers=world.contributor.headers
    ).get_json()
    bad = client.patch(f"{URL}/{entry['id']}", json={"kind": "link"}, headers=world.contributor.headers)
    assert bad.status_code == 422 and "link_url" in bad.get_json()["error"]["fields"]
    assert client.delete(f"{URL}/{entry['id']}", headers=world.contributor.headers).status_code == 204
    assert client.get(f"{URL}/{entry['id']}", headers=world.reader.headers).status_code == 404
    assert client.post(f"{URL}/{entry['id']}/restore", headers=world.contributor.headers).status_code == 403
    restored = client.post(f"{URL}/{entry['id']}/restore", headers=world.editor.headers)
    assert restored.status_code == 200
    assert client.get(f"{URL}/{entry['id']}", headers=world.reader.headers).status_code == 200


def test_unknown_entry_and_entry_of_another_logbook_are_404(client, world):
    other = client.post(
        "/api/v1/logbooks/autre/entries", json={"kind": "note", "body": "x"}, headers=world.outsider.headers
    ).get_json()
    assert client.get(f"{URL}/999999", headers=world.reader.headers).status_code == 404
    assert client.get(f"{URL}/{other['id']}", headers=world.reader.headers).status_code == 404
    assert client.get("/api/v1/logbooks/nulle-part/entries/1", headers=world.reader.headers).status_code in {
        401,
        404,
    }


def test_an_expired_idempotency_key_is_forgotten(client, world, app):
    from datetime import timedelta

    from logbook.services.replays import forget_idempotency_keys

    headers = {**world.owner.headers, "Idempotency-Key": "old"}
    first = client.post(URL, json={"kind": "note", "body": "a"}, headers=headers).get_json()
    record = db.session.scalar(select(IdempotencyRecord))
    record.created_at = record.created_at - timedelta(hours=48)
    db.session.commit()
    second = client.post(URL, json={"kind": "note", "body": "a"}, headers=headers).get_json()
    assert second["id"] != first["id"]
    record = db.session.scalar(select(IdempotencyRecord))
    record.created_at = record.created_at - timedelta(hours=48)
    db.session.commit()
    assert forget_idempotency_keys(24) == 1


def test_a_photo_without_a_date_is_dated_by_its_capture_time(client, world, tmp_path):
    from PIL import Image

    path = tmp_path / "prise.jpg"
    exif = Image.Exif()
    exif[0x8769] = {0x9003: "2024:05:17 09:30:00"}  # no offset: read as Europe/Paris
    Image.new("RGB", (64, 48), "green").save(path, "JPEG", exif=exif)
    entry = client.post(
        URL,
        data={"kind": "photo", "files": [(io.BytesIO(path.read_bytes()), "prise.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    ).get_json()
    assert entry["occurred_at"] == "2024-05-17T07:30:00+00:00"
    given = client.post(
        URL,
        data={
            "kind": "photo",
            "occurred_at": "2024-06-01T12:00:00+00:00",
            "files": [(io.BytesIO(path.read_bytes()), "p.jpg")],
        },
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    ).get_json()
    assert given["occurred_at"] == "2024-06-01T12:00:00+00:00"


def test_caption_and_alt_text_edits_are_kept_in_the_history(client, world, sample_files):
    entry = client.post(
        URL,
        data={"kind": "photo", "caption": "Premier titre", "files": [_upload(sample_files["jpeg"])]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    ).get_json()
    media_id = entry["media"][0]["id"]
    client.patch(
        f"/api/v1/media/{media_id}",
        json={"caption": "Deuxième titre", "alt_text": "Un marché"},
        headers=world.contributor.headers,
    )
    revisions = client.get(f"{URL}/{entry['id']}/revisions", headers=world.editor.headers).get_json()
    assert client.get(f"{URL}/{entry['id']}", headers=world.reader.headers).get_json()["version"] == 2
    restored = client.post(f"{URL}/{entry['id']}/revisions/1/restore", headers=world.editor.headers)
    assert restored.status_code == 200, restored.get_json()
    media = restored.get_json()["media"][0]
    assert media["caption"] == "Premier titre" and media["alt_text"] == ""
    assert revisions


def test_same_key_with_other_fields_is_refused_and_the_first_entry_is_kept(client, world):
    headers = {**world.contributor.headers, "Idempotency-Key": "note-1"}
    first = client.post(URL, json={"kind": "note", "title": "Réunion", "body": "a"}, headers=headers)
    assert first.status_code == 201
    changed = client.post(URL, json={"kind": "note", "title": "Réunion", "body": "b"}, headers=headers)
    assert changed.status_code == 422
    assert changed.get_json()["error"]["code"] == "idempotency_key_reused"
    assert _count(Entry) == 1
    # The same request again is still answered as the first time.
    same = client.post(URL, json={"body": "a", "title": "Réunion", "kind": "note"}, headers=headers)
    assert same.status_code == 201 and same.headers["Idempotent-Replayed"] == "true"
    assert same.get_json()["id"] == first.get_json()["id"]


def test_same_key_with_another_file_or_field_in_a_multipart_post_is_refused(client, world, sample_files):
    headers = {**world.contributor.headers, "Idempotency-Key": "photo-1"}

    def post(title: str, sample: str, caption: str = "Le marché"):
        return client.post(
            URL,
            data={
                "kind": "photo",
                "title": title,
                "caption": caption,
                "files": [_upload(sample_files[sample])],
            },
            headers=headers,
            content_type="multipart/form-data",
        )

    first = post("Marché", "jpeg")
    assert first.status_code == 201, first.get_json()
    for changed in (post("Marché", "png"), post("Marché du samedi", "jpeg"), post("Marché", "jpeg", "Autre")):
        assert changed.status_code == 422, changed.get_json()
        assert changed.get_json()["error"]["code"] == "idempotency_key_reused"
    assert _count(Entry) == 1 and _count(Media) == 1
    again = post("Marché", "jpeg")
    assert again.status_code == 201 and again.get_json()["id"] == first.get_json()["id"]


def test_same_key_sent_as_json_then_as_multipart_is_refused(client, world):
    headers = {**world.contributor.headers, "Idempotency-Key": "note-2"}
    assert client.post(URL, json={"kind": "note", "body": "a"}, headers=headers).status_code == 201
    other = client.post(
        URL, data={"kind": "note", "body": "autre"}, headers=headers, content_type="multipart/form-data"
    )
    assert other.status_code == 422 and other.get_json()["error"]["code"] == "idempotency_key_reused"
