"""Logbooks and stages over the JSON API."""

from __future__ import annotations

import pytest


def test_members_see_their_private_logbook_and_strangers_do_not(client, world):
    mine = client.get("/api/v1/logbooks", headers=world.reader.headers).get_json()
    assert [logbook["slug"] for logbook in mine] == ["atelier"]
    assert mine[0]["role"] == "reader"
    assert client.get("/api/v1/logbooks").get_json() == []
    assert client.get("/api/v1/logbooks/atelier", headers=world.outsider.headers).status_code == 404
    assert client.get("/api/v1/logbooks/atelier").status_code == 401


def test_public_logbook_is_readable_by_anyone(client, world):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    response = client.get("/api/v1/logbooks/atelier")
    assert response.status_code == 200
    assert response.get_json()["role"] == "reader"
    assert (
        client.post("/api/v1/logbooks/atelier/entries", json={"kind": "note", "body": "x"}).status_code == 401
    )


def test_create_logbook_makes_the_caller_owner(client, world):
    response = client.post(
        "/api/v1/logbooks",
        json={"name": "Bande Passante", "nickname": "BP", "description": "Numérique responsable"},
        headers=world.reader.headers,
    )
    assert response.status_code == 201
    body = response.get_json()
    assert body["slug"] == "bande-passante" and body["role"] == "owner"


def test_slug_conflict_and_bad_slug_are_clear_errors(client, world):
    taken = client.post(
        "/api/v1/logbooks", json={"name": "X", "slug": "atelier"}, headers=world.owner.headers
    )
    assert taken.status_code == 409 and taken.get_json()["error"]["code"] == "slug_taken"
    bad = client.post("/api/v1/logbooks", json={"name": "X", "slug": "Pas Bon!"}, headers=world.owner.headers)
    assert bad.status_code == 422 and "slug" in bad.get_json()["error"]["fields"]


def test_only_owners_change_or_delete_a_logbook(client, world):
    assert (
        client.patch("/api/v1/logbooks/atelier", json={"name": "Y"}, headers=world.editor.headers).status_code
        == 403
    )
    assert client.delete("/api/v1/logbooks/atelier", headers=world.editor.headers).status_code == 403
    assert (
        client.patch("/api/v1/logbooks/atelier", json={"name": "Y"}, headers=world.owner.headers).status_code
        == 200
    )
    assert client.delete("/api/v1/logbooks/atelier", headers=world.owner.headers).status_code == 204
    assert client.get("/api/v1/logbooks/atelier", headers=world.owner.headers).status_code == 404


def test_unknown_and_wrongly_typed_fields_are_rejected(client, world):
    response = client.patch("/api/v1/logbooks/atelier", json={"colour": "red"}, headers=world.owner.headers)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_failed" and "colour" in error["fields"]
    wrong = client.patch(
        "/api/v1/logbooks/atelier", json={"places_enabled": "peut-être"}, headers=world.owner.headers
    )
    assert wrong.status_code == 422 and "places_enabled" in wrong.get_json()["error"]["fields"]


def test_malformed_json_is_a_400_with_the_error_shape(client, world):
    response = client.post(
        "/api/v1/logbooks", data="{not json", content_type="application/json", headers=world.owner.headers
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "malformed_json"


def test_unknown_route_and_method_answer_json_errors(client):
    assert client.get("/api/v1/nothing").get_json()["error"]["code"] == "not_found"
    response = client.put("/api/v1/logbooks")
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"


def test_invalid_and_read_only_tokens(client, world, app):
    from logbook.auth import issue_token
    from logbook.db import db

    bad = client.get("/api/v1/logbooks", headers={"Authorization": "Bearer crn_nope"})
    assert bad.status_code == 401 and bad.get_json()["error"]["code"] == "invalid_token"
    _, clear = issue_token(world.owner.user, "lecture", read_only=True)
    db.session.commit()
    headers = {"Authorization": f"Bearer {clear}"}
    assert client.get("/api/v1/logbooks/atelier", headers=headers).status_code == 200
    refused = client.patch("/api/v1/logbooks/atelier", json={"name": "Z"}, headers=headers)
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "read_only_token"


# --- stages -------------------------------------------------------------------------------------


def _stage(client, world, title, **extra):
    response = client.post(
        "/api/v1/logbooks/atelier/stages", json={"title": title, **extra}, headers=world.editor.headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_stages_are_ordered_and_the_first_unreached_is_the_next_stop(client, world):
    diagnostic = _stage(
        client, world, "Diagnostic", starts_on="2024-01-10", ends_on="2024-03-01", reached=True
    )
    ateliers = _stage(client, world, "Ateliers")
    bilan = _stage(client, world, "Bilan")
    listing = client.get("/api/v1/logbooks/atelier/stages", headers=world.reader.headers).get_json()
    assert [s["title"] for s in listing["stages"]] == ["Diagnostic", "Ateliers", "Bilan"]
    assert listing["next_stop"]["id"] == ateliers["id"]
    moved = client.put(
        "/api/v1/logbooks/atelier/stages/next", json={"stage_id": bilan["id"]}, headers=world.editor.headers
    ).get_json()
    assert moved["next_stop"]["id"] == bilan["id"]
    assert [s["reached"] for s in moved["stages"]] == [True, True, False]
    assert diagnostic["starts_on"] == "2024-01-10"
    logbook = client.get("/api/v1/logbooks/atelier", headers=world.reader.headers).get_json()
    assert logbook["next_stop"]["title"] == "Bilan" and logbook["next_stop"]["starts_on"] is None
    client.patch(
        f"/api/v1/logbooks/atelier/stages/{bilan['id']}",
        json={"ends_on": "2025-01-31"},
        headers=world.editor.headers,
    )
    logbook = client.get("/api/v1/logbooks/atelier", headers=world.reader.headers).get_json()
    assert logbook["next_stop"]["ends_on"] == "2025-01-31"


def test_reorder_needs_every_stage_once(client, world):
    a, b = _stage(client, world, "A"), _stage(client, world, "B")
    reordered = client.put(
        "/api/v1/logbooks/atelier/stages/order",
        json={"stage_ids": [b["id"], a["id"]]},
        headers=world.editor.headers,
    )
    assert [s["title"] for s in reordered.get_json()["stages"]] == ["B", "A"]
    partial = client.put(
        "/api/v1/logbooks/atelier/stages/order", json={"stage_ids": [a["id"]]}, headers=world.editor.headers
    )
    assert partial.status_code == 422


def test_insert_stage_at_a_position_and_delete_keeps_entries(client, world):
    a, c = _stage(client, world, "A"), _stage(client, world, "C")
    _stage(client, world, "B", position=1)
    titles = [
        s["title"]
        for s in client.get("/api/v1/logbooks/atelier/stages", headers=world.reader.headers).get_json()[
            "stages"
        ]
    ]
    assert titles == ["A", "B", "C"]
    entry = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "body": "Réunion", "stage_id": c["id"]},
        headers=world.contributor.headers,
    ).get_json()
    assert (
        client.delete(f"/api/v1/logbooks/atelier/stages/{c['id']}", headers=world.editor.headers).status_code
        == 204
    )
    kept = client.get(
        f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=world.reader.headers
    ).get_json()
    assert kept["stage"] is None
    assert a["position"] == 0


def test_stage_validation_and_permissions(client, world):
    late = client.post(
        "/api/v1/logbooks/atelier/stages",
        json={"title": "X", "starts_on": "2024-05-01", "ends_on": "2024-04-01"},
        headers=world.editor.headers,
    )
    assert late.status_code == 422 and "ends_on" in late.get_json()["error"]["fields"]
    bad_date = client.post(
        "/api/v1/logbooks/atelier/stages",
        json={"title": "X", "starts_on": "demain"},
        headers=world.editor.headers,
    )
    assert bad_date.status_code == 422
    assert (
        client.post(
            "/api/v1/logbooks/atelier/stages", json={"title": "X"}, headers=world.contributor.headers
        ).status_code
        == 403
    )
    assert client.get("/api/v1/logbooks/atelier/stages/999", headers=world.reader.headers).status_code == 404
    other = client.post(
        "/api/v1/logbooks/autre/stages", json={"title": "X"}, headers=world.outsider.headers
    ).get_json()
    assert (
        client.get(f"/api/v1/logbooks/atelier/stages/{other['id']}", headers=world.reader.headers).status_code
        == 404
    )


HUGE = 10**19  # past any database integer column


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/api/v1/logbooks/atelier/invitations", {"json": {"role": "reader", "max_uses": HUGE}}),
        ("POST", "/api/v1/logbooks/atelier/guest-links", {"json": {"label": "x", "max_uses": HUGE}}),
        ("POST", "/api/v1/logbooks/atelier/stages", {"json": {"title": "x", "position": HUGE}}),
        ("PUT", "/api/v1/logbooks/atelier/stages/order", {"json": {"stage_ids": [HUGE]}}),
        ("PUT", "/api/v1/logbooks/atelier/stages/next", {"json": {"stage_id": HUGE}}),
        (
            "POST",
            "/api/v1/logbooks/atelier/entries",
            {"json": {"kind": "note", "title": "x", "stage_id": HUGE}},
        ),
        ("GET", "/api/v1/logbooks/atelier/timeline", {"query_string": {"author": HUGE}}),
        ("GET", "/api/v1/logbooks/atelier/timeline", {"query_string": {"stage": HUGE}}),
        ("GET", "/api/v1/logbooks/atelier/timeline", {"query_string": {"stage": "²"}}),
        ("GET", "/api/v1/search", {"query_string": {"q": "x", "logbook": "atelier", "author": HUGE}}),
    ],
)
def test_numbers_too_large_for_the_database_are_refused_clearly(client, world, method, path, kwargs):
    response = client.open(path, method=method, headers=world.owner.headers, **kwargs)
    assert response.status_code in (400, 422), response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] and error["message"]


def test_text_with_a_nul_character_is_refused_on_every_backend(client, world):
    # PostgreSQL cannot store NUL in text and SQLite can: refused alike, before any work.
    posted = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Avant\x00après", "body": "x"},
        headers=world.owner.headers,
    )
    assert posted.status_code == 422
    assert posted.get_json()["error"]["code"] == "invalid_characters"
    assert "title" in posted.get_json()["error"]["fields"]
    timeline = client.get("/api/v1/logbooks/atelier/timeline", headers=world.owner.headers).get_json()
    assert not [e for e in timeline["entries"] if e["title"].startswith("Avant")]

    for path in ("/api/v1/logbooks/atelier/timeline?tag=a%00b", "/api/v1/logbooks/a%00b"):
        answer = client.get(path, headers=world.owner.headers)
        assert answer.status_code == 422, path
        assert answer.get_json()["error"]["code"] == "invalid_characters"
