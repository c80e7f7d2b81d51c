"""Members and roles: readers see the team, owners shape it, a logbook keeps an owner."""

from __future__ import annotations

from logbook.services.users import create_user


def test_members_see_the_team_and_only_owners_see_emails(client, world):
    as_reader = client.get("/api/v1/logbooks/atelier/members", headers=world.reader.headers).get_json()
    assert [m["role"] for m in as_reader] == ["owner", "editor", "contributor", "reader"]
    assert all("email" not in m for m in as_reader)
    as_owner = client.get("/api/v1/logbooks/atelier/members", headers=world.owner.headers).get_json()
    assert {m["email"] for m in as_owner} >= {"owner@example.org", "reader@example.org"}


def test_outsiders_and_visitors_of_a_public_logbook_do_not_see_the_team(client, world):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    assert client.get("/api/v1/logbooks/atelier/members").status_code == 401
    assert client.get("/api/v1/logbooks/atelier/members", headers=world.outsider.headers).status_code == 403


def test_visitors_of_a_public_logbook_see_its_story_but_not_its_team(client, world):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    entry = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Marché"},
        headers=world.owner.headers,
    ).get_json()
    as_member = client.get("/carnets/atelier/histoire", headers=world.reader.headers).get_data(as_text=True)
    assert "Reader" in as_member and "Editor" in as_member  # members see who is on the team
    for headers in ({}, world.outsider.headers):
        for path in (
            "/carnets/atelier",
            "/carnets/atelier/histoire",
            f"/carnets/atelier/entrees/{entry['id']}",
        ):
            page = client.get(path, headers=headers)
            assert page.status_code == 200, path
            text = page.get_data(as_text=True)
            # Neither the names of members who posted nothing here, nor the team's roles.
            assert "Reader" not in text and "Editor" not in text, path
    assert client.get("/carnets/atelier/membres").status_code == 302  # sign in first
    assert client.get("/carnets/atelier/membres", headers=world.outsider.headers).status_code == 403


def test_only_members_ask_for_exports_of_a_public_logbook(client, world):
    from logbook.db import db
    from logbook.models import Export

    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    body = {"format": "pdf"}
    anonymous = client.post("/api/v1/logbooks/atelier/exports", json=body)
    outsider = client.post("/api/v1/logbooks/atelier/exports", json=body, headers=world.outsider.headers)
    assert (anonymous.status_code, outsider.status_code) == (401, 403)
    assert outsider.get_json()["error"]["code"] == "members_only"
    page = client.post("/carnets/atelier/exports", data=body, headers=world.outsider.headers)
    assert page.status_code == 403
    assert db.session.scalar(db.select(db.func.count()).select_from(Export)) == 0
    member = client.post("/api/v1/logbooks/atelier/exports", json=body, headers=world.reader.headers)
    assert member.status_code == 202


def test_owner_adds_changes_and_removes_a_member(client, world):
    create_user(email="nouvelle@example.org", password="correct horse battery", display_name="Nouvelle")
    added = client.post(
        "/api/v1/logbooks/atelier/members",
        json={"email": "Nouvelle@example.org", "role": "contributor"},
        headers=world.owner.headers,
    )
    assert added.status_code == 201
    user_id = added.get_json()["user_id"]
    changed = client.patch(
        f"/api/v1/logbooks/atelier/members/{user_id}", json={"role": "editor"}, headers=world.owner.headers
    )
    assert changed.get_json()["role"] == "editor"
    assert (
        client.delete(f"/api/v1/logbooks/atelier/members/{user_id}", headers=world.owner.headers).status_code
        == 204
    )
    team = client.get("/api/v1/logbooks/atelier/members", headers=world.owner.headers).get_json()
    assert user_id not in [m["user_id"] for m in team]


def test_adding_an_unknown_email_points_to_invitations(client, world):
    response = client.post(
        "/api/v1/logbooks/atelier/members",
        json={"email": "inconnue@example.org", "role": "reader"},
        headers=world.owner.headers,
    )
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "no_such_user"


def test_editors_cannot_change_the_team(client, world):
    response = client.patch(
        f"/api/v1/logbooks/atelier/members/{world.reader.user.id}",
        json={"role": "owner"},
        headers=world.editor.headers,
    )
    assert response.status_code == 403


def test_the_last_owner_can_be_neither_removed_nor_demoted(client, world):
    owner_id = world.owner.user.id
    removed = client.delete(f"/api/v1/logbooks/atelier/members/{owner_id}", headers=world.owner.headers)
    assert removed.status_code == 409
    assert removed.get_json()["error"]["code"] == "last_owner"
    demoted = client.patch(
        f"/api/v1/logbooks/atelier/members/{owner_id}", json={"role": "editor"}, headers=world.owner.headers
    )
    assert demoted.status_code == 409
    client.patch(
        f"/api/v1/logbooks/atelier/members/{world.editor.user.id}",
        json={"role": "owner"},
        headers=world.owner.headers,
    )
    assert (
        client.delete(f"/api/v1/logbooks/atelier/members/{owner_id}", headers=world.owner.headers).status_code
        == 204
    )
    assert client.get("/api/v1/logbooks/atelier", headers=world.owner.headers).status_code == 404
