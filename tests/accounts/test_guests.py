"""Guest contribution links: anyone with the link posts to one logbook, without an account;
an editor approves or rejects; the guest never sees the logbook's other entries."""

from __future__ import annotations

import io
from datetime import timedelta

from logbook.db import db, utcnow
from logbook.models import GuestLink
from tests.accounts.conftest import csrf_from, post_note


def guest_post(client, token, **fields):
    body = {"display_name": "Fatou", "kind": "note", "title": "Vu du quartier", "body": "Très bien."} | fields
    return client.post(f"/api/v1/guest/{token}/entries", json=body)


def test_guest_posts_a_pending_entry_with_their_name(client, world, guest_link):
    _, token = guest_link
    response = guest_post(client, token)
    assert response.status_code == 201
    data = response.get_json()
    assert data["status"] == "pending"
    assert set(data) == {"id", "kind", "title", "status", "created_at"}
    queue = client.get("/api/v1/logbooks/atelier/moderation", headers=world.editor.headers).get_json()
    assert [(e["id"], e["author"]["name"], e["author"]["id"]) for e in queue["entries"]] == [
        (data["id"], "Fatou", None)
    ]
    timeline = client.get("/api/v1/logbooks/atelier/timeline", headers=world.reader.headers).get_json()
    assert data["id"] not in [e["id"] for e in timeline["entries"]]


def test_guest_posts_a_photo_as_multipart(client, world, guest_link, sample_files):
    _, token = guest_link
    with open(sample_files["jpeg"], "rb") as photo:
        response = client.post(
            f"/api/v1/guest/{token}/entries",
            data={"display_name": "Léo", "kind": "photo", "title": "La cour", "files": (photo, "cour.jpg")},
            content_type="multipart/form-data",
        )
    assert response.status_code == 201, response.get_json()
    entry = client.get(
        f"/api/v1/logbooks/atelier/entries/{response.get_json()['id']}", headers=world.editor.headers
    ).get_json()
    assert entry["author"]["name"] == "Léo"
    assert len(entry["media"]) == 1


def test_guest_sees_nothing_of_a_private_logbook(client, world, guest_link):
    _, token = guest_link
    post_note(client, world.contributor, title="Compte rendu interne")
    info = client.get(f"/api/v1/guest/{token}")
    assert info.status_code == 200
    assert "Compte rendu interne" not in info.get_data(as_text=True)
    page = client.get(f"/invite/guest/{token}")
    assert page.status_code == 200
    assert "Compte rendu interne" not in page.get_data(as_text=True)
    assert client.get("/api/v1/logbooks/atelier/timeline").status_code == 401
    posted = guest_post(client, token).get_json()
    assert client.get(f"/api/v1/logbooks/atelier/entries/{posted['id']}").status_code == 401


def test_testimony_needs_explicit_consent(client, world, guest_link):
    _, token = guest_link
    refused = guest_post(client, token, kind="testimony", body="J'ai vu la cantine changer.")
    assert refused.status_code == 422
    assert "consent" in refused.get_json()["error"]["fields"]
    accepted = guest_post(client, token, kind="testimony", body="J'ai vu la cantine changer.", consent=True)
    assert accepted.status_code == 201
    entry = client.get(
        f"/api/v1/logbooks/atelier/entries/{accepted.get_json()['id']}", headers=world.editor.headers
    ).get_json()
    assert entry["consent"] is True
    assert entry["speaker_name"] == "Fatou"


def test_guest_needs_a_display_name_and_cannot_pin(client, world, guest_link):
    _, token = guest_link
    nameless = guest_post(client, token, display_name="  ")
    assert nameless.status_code == 422
    assert "display_name" in nameless.get_json()["error"]["fields"]
    pinned = guest_post(client, token, pinned=True).get_json()
    entry = client.get(f"/api/v1/logbooks/atelier/entries/{pinned['id']}", headers=world.editor.headers)
    assert entry.get_json()["pinned"] is False


def test_editor_approves_and_rejects(client, world, guest_link):
    _, token = guest_link
    first = guest_post(client, token, title="À publier").get_json()
    second = guest_post(client, token, title="Hors sujet").get_json()
    approved = client.post(
        f"/api/v1/logbooks/atelier/moderation/{first['id']}/approve", headers=world.editor.headers
    )
    assert approved.status_code == 200
    assert approved.get_json()["status"] == "published"
    rejected = client.post(
        f"/api/v1/logbooks/atelier/moderation/{second['id']}/reject", headers=world.editor.headers
    )
    assert rejected.status_code == 204
    timeline = client.get("/api/v1/logbooks/atelier/timeline", headers=world.reader.headers).get_json()
    assert [e["title"] for e in timeline["entries"]] == ["À publier"]
    queue = client.get("/api/v1/logbooks/atelier/moderation", headers=world.editor.headers).get_json()
    assert queue["entries"] == []
    trash = client.get("/api/v1/logbooks/atelier/trash", headers=world.editor.headers).get_json()
    assert [item["entry"]["title"] for item in trash["entries"]] == ["Hors sujet"]
    again = client.post(
        f"/api/v1/logbooks/atelier/moderation/{first['id']}/approve", headers=world.editor.headers
    )
    assert again.status_code == 409


def test_contributors_cannot_moderate(client, world, guest_link):
    _, token = guest_link
    posted = guest_post(client, token).get_json()
    assert (
        client.get("/api/v1/logbooks/atelier/moderation", headers=world.contributor.headers).status_code
        == 403
    )
    response = client.post(
        f"/api/v1/logbooks/atelier/moderation/{posted['id']}/approve", headers=world.contributor.headers
    )
    assert response.status_code == 403


def test_unmoderated_link_publishes_at_once_and_only_owners_make_one(client, world):
    refused = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"moderated": False}, headers=world.editor.headers
    )
    assert refused.status_code == 403
    made = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"moderated": False}, headers=world.owner.headers
    )
    token = made.get_json()["token"]
    assert guest_post(client, token).get_json()["status"] == "published"


def test_expired_revoked_and_used_up_links_are_gone(client, world, guest_link):
    link_id, token = guest_link
    db.session.get(GuestLink, link_id).expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    expired = guest_post(client, token)
    assert expired.status_code == 410
    assert expired.get_json()["error"]["code"] == "link_expired"
    assert client.get(f"/invite/guest/{token}").status_code == 410

    fresh = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"max_uses": 1}, headers=world.editor.headers
    ).get_json()
    assert guest_post(client, fresh["token"]).status_code == 201
    used_up = guest_post(client, fresh["token"])
    assert used_up.status_code == 410
    assert used_up.get_json()["error"]["code"] == "link_used_up"

    other = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={}, headers=world.editor.headers
    ).get_json()
    revoked = client.delete(
        f"/api/v1/logbooks/atelier/guest-links/{other['id']}", headers=world.editor.headers
    )
    assert revoked.status_code == 204
    assert guest_post(client, other["token"]).get_json()["error"]["code"] == "link_revoked"
    listed = client.get("/api/v1/logbooks/atelier/guest-links", headers=world.editor.headers).get_json()
    assert {link["id"]: link["active"] for link in listed} == {
        link_id: False,
        fresh["id"]: False,
        other["id"]: False,
    }


def test_a_failed_post_does_not_use_up_the_link(client, world):
    link = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"max_uses": 1}, headers=world.editor.headers
    )
    token = link.get_json()["token"]
    assert guest_post(client, token, kind="testimony").status_code == 422
    assert guest_post(client, token, kind="video").status_code == 422
    assert guest_post(client, token).status_code == 201


def test_retry_with_the_same_key_makes_one_entry(client, world, guest_link):
    _, token = guest_link
    body = {"display_name": "Fatou", "kind": "note", "title": "Une seule fois"}
    headers = {"Idempotency-Key": "envoi-1"}
    first = client.post(f"/api/v1/guest/{token}/entries", json=body, headers=headers)
    second = client.post(f"/api/v1/guest/{token}/entries", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.headers["Idempotent-Replayed"] == "true"
    assert first.get_json()["id"] == second.get_json()["id"]
    queue = client.get("/api/v1/logbooks/atelier/moderation", headers=world.editor.headers).get_json()
    assert len(queue["entries"]) == 1


def test_guest_form_page_posts_with_csrf_and_thanks(client, world, guest_link):
    _, token = guest_link
    page = f"/invite/guest/{token}"
    html = client.get(page).get_data(as_text=True)
    assert 'lang="fr"' in html
    assert 'for="display_name"' in html and 'name="consent"' in html
    data = {
        "csrf_token": csrf_from(client, page),
        "idempotency_key": "formulaire-1",
        "display_name": "Aline",
        "kind": "testimony",
        "body": "Les enfants mangent mieux.",
        "speaker_role": "parent d'élève",
        "consent": "true",
        "files": (b"", ""),  # an empty file input, as browsers send it
    }
    response = client.post(page, data=data, content_type="multipart/form-data")
    assert response.status_code == 303, response.get_data(as_text=True)
    assert "envoye=1" in response.headers["Location"]
    assert "Merci" in client.get(response.headers["Location"]).get_data(as_text=True)
    queue = client.get("/api/v1/logbooks/atelier/moderation", headers=world.editor.headers).get_json()
    assert [(e["author"]["name"], e["speaker_role"], e["consent"]) for e in queue["entries"]] == [
        ("Aline", "parent d'élève", True)
    ]


def test_guest_form_without_consent_shows_the_form_again(client, world, guest_link):
    _, token = guest_link
    page = f"/invite/guest/{token}"
    data = {"csrf_token": csrf_from(client, page), "display_name": "Aline", "kind": "testimony", "body": "…"}
    response = client.post(page, data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "accord explicite" in html
    assert 'value="Aline"' in html


def test_guest_form_without_csrf_token_is_rejected(client, world, guest_link):
    _, token = guest_link
    response = client.post(f"/invite/guest/{token}", data={"display_name": "X", "kind": "note", "title": "x"})
    assert response.status_code == 400


def test_a_guest_file_is_named_by_its_safe_display_name_in_errors_and_pages(
    client, world, guest_link, sample_files
):
    _, token = guest_link
    hostile = "../../../../tmp/x\u202egpj.sh"
    refused = client.post(
        f"/api/v1/guest/{token}/entries",
        data={
            "display_name": "Léo",
            "kind": "photo",
            "files": (io.BytesIO(b"#!/bin/sh\necho hi\n"), hostile),
        },
        content_type="multipart/form-data",
    )
    assert refused.status_code == 415
    assert refused.get_json()["error"]["message"].startswith("xgpj.sh: ")
    page = f"/invite/guest/{token}"
    data = {
        "csrf_token": csrf_from(client, page),
        "display_name": "Léo",
        "kind": "photo",
        "files": (io.BytesIO(b"#!/bin/sh\necho hi\n"), hostile),
    }
    html = client.post(page, data=data, content_type="multipart/form-data").get_data(as_text=True)
    assert "xgpj.sh" in html
    assert "\u202e" not in html and "../" not in html and "/tmp/" not in html
    posted = client.post(
        f"/api/v1/guest/{token}/entries",
        data={"display_name": "Léo", "kind": "photo", "files": (sample_files["jpeg"].open("rb"), hostile)},
        content_type="multipart/form-data",
    )
    assert posted.status_code == 201
    entry = client.get(
        f"/api/v1/logbooks/atelier/entries/{posted.get_json()['id']}", headers=world.editor.headers
    ).get_json()
    assert entry["media"][0]["original_name"] == "xgpj.sh"


def test_a_guest_key_reused_for_another_post_is_refused_on_the_api_and_the_form(client, world, guest_link):
    _, token = guest_link
    headers = {"Idempotency-Key": "envoi-2"}
    body = {"display_name": "Fatou", "kind": "note", "title": "Première"}
    assert client.post(f"/api/v1/guest/{token}/entries", json=body, headers=headers).status_code == 201
    changed = client.post(f"/api/v1/guest/{token}/entries", json={**body, "title": "Autre"}, headers=headers)
    assert changed.status_code == 422 and changed.get_json()["error"]["code"] == "idempotency_key_reused"

    page = f"/invite/guest/{token}"
    form = {"display_name": "Aline", "kind": "note", "title": "Vu", "idempotency_key": "formulaire-2"}
    sent = client.post(
        page, data={**form, "csrf_token": csrf_from(client, page)}, content_type="multipart/form-data"
    )
    assert sent.status_code == 303
    resent = client.post(
        page,
        data={**form, "title": "Vu, corrigé", "csrf_token": csrf_from(client, page)},
        content_type="multipart/form-data",
    )
    assert resent.status_code == 422
    assert "avait déjà été envoyé" in resent.get_data(as_text=True)
    queue = client.get("/api/v1/logbooks/atelier/moderation", headers=world.editor.headers).get_json()
    assert sorted(e["title"] for e in queue["entries"]) == ["Première", "Vu"]
