"""Personal API tokens: shown once, listed without their secret, revocable, expiring, read-only."""

from __future__ import annotations

from datetime import timedelta

from logbook.db import db, utcnow
from logbook.models import ApiToken


def test_token_is_shown_once_and_listed_without_its_secret(client, world):
    created = client.post("/api/v1/tokens", json={"name": "Téléphone"}, headers=world.reader.headers)
    assert created.status_code == 201
    token = created.get_json()["token"]
    assert token.startswith("crn_")
    listed = client.get("/api/v1/tokens", headers={"Authorization": f"Bearer {token}"})
    assert listed.status_code == 200
    names = [t["name"] for t in listed.get_json()]
    assert names == ["tests", "Téléphone"]
    assert all("token" not in t for t in listed.get_json())


def test_revoked_token_is_refused(client, world):
    created = client.post("/api/v1/tokens", json={"name": "script"}, headers=world.editor.headers).get_json()
    headers = {"Authorization": f"Bearer {created['token']}"}
    assert client.get("/api/v1/logbooks/atelier", headers=headers).status_code == 200
    assert client.delete(f"/api/v1/tokens/{created['id']}", headers=world.editor.headers).status_code == 204
    refused = client.get("/api/v1/logbooks/atelier", headers=headers)
    assert refused.status_code == 401
    assert refused.get_json()["error"]["code"] == "invalid_token"


def test_expired_token_is_refused(client, world):
    created = client.post(
        "/api/v1/tokens", json={"name": "court", "expires_in_days": 1}, headers=world.editor.headers
    ).get_json()
    headers = {"Authorization": f"Bearer {created['token']}"}
    assert client.get("/api/v1/logbooks/atelier", headers=headers).status_code == 200
    db.session.get(ApiToken, created["id"]).expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert client.get("/api/v1/logbooks/atelier", headers=headers).status_code == 401
    listed = client.get("/api/v1/tokens", headers=world.editor.headers).get_json()
    assert [t["active"] for t in listed if t["id"] == created["id"]] == [False]


def test_expiry_in_the_past_is_rejected(client, world):
    response = client.post(
        "/api/v1/tokens",
        json={"name": "x", "expires_at": (utcnow() - timedelta(hours=1)).isoformat()},
        headers=world.editor.headers,
    )
    assert response.status_code == 422
    assert "expires_at" in response.get_json()["error"]["fields"]


def test_read_only_token_reads_but_never_writes(client, world):
    created = client.post(
        "/api/v1/tokens", json={"name": "lecture", "read_only": True}, headers=world.owner.headers
    ).get_json()
    headers = {"Authorization": f"Bearer {created['token']}"}
    assert client.get("/api/v1/logbooks/atelier/timeline", headers=headers).status_code == 200
    assert client.get("/api/v1/logbooks/atelier/members", headers=headers).status_code == 200
    for method, path, body in [
        ("post", "/api/v1/logbooks/atelier/entries", {"kind": "note", "title": "x"}),
        ("patch", "/api/v1/logbooks/atelier", {"name": "Autre nom"}),
        ("post", "/api/v1/logbooks/atelier/invitations", {"role": "reader"}),
        ("post", "/api/v1/tokens", {"name": "plus de droits"}),
    ]:
        response = getattr(client, method)(path, json=body, headers=headers)
        assert response.status_code == 403, path
        assert response.get_json()["error"]["code"] == "read_only_token"


def test_someone_elses_token_cannot_be_revoked(client, world):
    others = client.get("/api/v1/tokens", headers=world.owner.headers).get_json()
    response = client.delete(f"/api/v1/tokens/{others[0]['id']}", headers=world.reader.headers)
    assert response.status_code == 404
    assert client.get("/api/v1/tokens", headers=world.owner.headers).status_code == 200


def _read_only_headers(client, member) -> dict[str, str]:
    created = client.post(
        "/api/v1/tokens", json={"name": "lecture", "read_only": True}, headers=member.headers
    ).get_json()
    return {"Authorization": f"Bearer {created['token']}"}


def test_read_only_token_cannot_edit_or_trash_through_the_web_pages(client, world):
    owners = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Compte rendu", "body": "Texte d'origine."},
        headers=world.owner.headers,
    ).get_json()
    headers = _read_only_headers(client, world.editor)  # an editor may edit the owner's entry
    base = f"/carnets/atelier/entrees/{owners['id']}"
    edited = client.post(f"{base}/modifier", data={"title": "Réécrit", "body": "Autre"}, headers=headers)
    trashed = client.post(f"{base}/corbeille", headers=headers)
    assert (edited.status_code, trashed.status_code) == (403, 403)
    after = client.get(f"/api/v1/logbooks/atelier/entries/{owners['id']}", headers=world.owner.headers)
    assert after.status_code == 200
    assert (after.get_json()["title"], after.get_json()["body"]) == ("Compte rendu", "Texte d'origine.")


def test_read_only_token_is_known_to_every_access_check_not_only_to_unsafe_requests(client, world):
    """The pages a read-only token may open offer nothing it could not do."""
    owners = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Visite"},
        headers=world.owner.headers,
    ).get_json()
    page = client.get(
        f"/carnets/atelier/entrees/{owners['id']}", headers=_read_only_headers(client, world.owner)
    )
    assert page.status_code == 200
    assert "/modifier" not in page.get_data(as_text=True)
    full = client.get(f"/carnets/atelier/entrees/{owners['id']}", headers=world.owner.headers)
    assert "/modifier" in full.get_data(as_text=True)


def test_a_full_token_after_a_read_only_one_in_the_same_context_keeps_its_rights(client, world):
    headers = _read_only_headers(client, world.owner)
    assert (
        client.post("/api/v1/logbooks/atelier/entries", json={"kind": "note"}, headers=headers).status_code
        == 403
    )
    created = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Après"},
        headers=world.owner.headers,
    )
    assert created.status_code == 201
