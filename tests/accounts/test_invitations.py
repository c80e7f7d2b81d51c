"""Invitation links: a newcomer opens the link, makes an account or signs in, and lands on
the story so far as a member. Links expire, can be withdrawn and limited in uses."""

from __future__ import annotations

from datetime import timedelta

from logbook.db import db, utcnow
from logbook.models import Invitation, Membership
from tests.accounts.conftest import csrf_from
from tests.accounts.test_sessions import sign_in


def invite(client, world, **body):
    response = client.post(
        "/api/v1/logbooks/atelier/invitations",
        json={"role": "contributor"} | body,
        headers=world.owner.headers,
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def role_of(world, email: str) -> str | None:
    from logbook.services.users import find_user

    user = find_user(email)
    if user is None:
        return None
    membership = db.session.scalar(
        db.select(Membership).where(Membership.logbook_id == world.logbook.id, Membership.user_id == user.id)
    )
    return membership.role if membership else None


def register(client, token: str, email: str = "camille@example.org"):
    page = f"/invite/{token}"
    return client.post(
        page,
        data={
            "csrf_token": csrf_from(client, page),
            "display_name": "Camille",
            "email": email,
            "password": "une phrase de passe",
        },
    )


def test_invitation_link_is_unguessable_and_stored_hashed(client, world):
    data = invite(client, world)
    assert data["url"].endswith(f"/invite/{data['token']}")
    assert len(data["token"]) >= 40
    row = db.session.get(Invitation, data["id"])
    assert data["token"] not in row.token_hash
    listed = client.get("/api/v1/logbooks/atelier/invitations", headers=world.owner.headers).get_json()
    assert "token" not in listed[0] and "url" not in listed[0]


def test_newcomer_creates_an_account_and_lands_on_the_story(client, world):
    data = invite(client, world)
    page = client.get(f"/invite/{data['token']}")
    assert page.status_code == 200
    assert "Atelier cantines" in page.get_data(as_text=True)
    response = register(client, data["token"])
    assert response.status_code == 303
    assert response.headers["Location"] == "/carnets/atelier/histoire"
    assert role_of(world, "camille@example.org") == "contributor"
    assert client.get("/api/v1/logbooks/atelier").get_json()["role"] == "contributor"


def test_existing_member_signs_in_then_joins(client, world):
    data = invite(client, world, role="editor")
    sign_in(client, "outsider@example.org", next=f"/invite/{data['token']}")
    page = f"/invite/{data['token']}"
    response = client.post(page, data={"csrf_token": csrf_from(client, page)})
    assert response.status_code == 303
    assert response.headers["Location"] == "/carnets/atelier/histoire"
    assert role_of(world, "outsider@example.org") == "editor"


def test_joining_never_lowers_a_role(client, world):
    data = invite(client, world, role="reader")
    sign_in(client, "editor@example.org")
    page = f"/invite/{data['token']}"
    client.post(page, data={"csrf_token": csrf_from(client, page)})
    assert role_of(world, "editor@example.org") == "editor"


def test_expired_invitation_is_gone(client, world):
    data = invite(client, world)
    db.session.get(Invitation, data["id"]).expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    response = client.get(f"/invite/{data['token']}")
    assert response.status_code == 410
    assert response.get_json()["error"]["code"] == "link_expired"


def test_revoked_invitation_is_gone(client, world):
    data = invite(client, world)
    assert (
        client.delete(
            f"/api/v1/logbooks/atelier/invitations/{data['id']}", headers=world.owner.headers
        ).status_code
        == 204
    )
    response = client.get(f"/invite/{data['token']}")
    assert response.status_code == 410
    assert response.get_json()["error"]["code"] == "link_revoked"
    assert role_of(world, "camille@example.org") is None


def test_invitation_limited_to_one_use(app, client, world):
    data = invite(client, world, max_uses=1)
    assert register(client, data["token"]).status_code == 303
    second = app.test_client()
    page = second.get(f"/invite/{data['token']}")
    assert page.status_code == 410
    assert page.get_json()["error"]["code"] == "link_used_up"


def test_unknown_invitation_token_is_not_found(client, world):
    assert client.get("/invite/pas-un-vrai-lien").status_code == 404


def test_only_owners_invite(client, world):
    response = client.post(
        "/api/v1/logbooks/atelier/invitations", json={"role": "owner"}, headers=world.editor.headers
    )
    assert response.status_code == 403


def test_browser_gets_a_french_page_for_a_dead_link(client, world):
    data = invite(client, world)
    client.delete(f"/api/v1/logbooks/atelier/invitations/{data['id']}", headers=world.owner.headers)
    page = client.get(f"/invite/{data['token']}", headers={"Accept": "text/html"})
    assert page.status_code == 410
    html = page.get_data(as_text=True)
    assert "Ce lien ne fonctionne plus" in html and "retiré" in html
    unknown = client.get("/invite/guest/pas-un-lien", headers={"Accept": "text/html"})
    assert unknown.status_code == 404
    assert "copié en entier" in unknown.get_data(as_text=True)
