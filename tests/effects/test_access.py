"""Who sees and does what: every identity, read-only tokens, private logbooks, and the
consent rule for stakeholders' names (API, pages and search)."""

from __future__ import annotations

import pytest

from logbook.auth import issue_token
from logbook.db import db
from logbook.services import stakeholders
from tests.conftest import Member
from tests.effects.conftest import sign_in

BASE = "/api/v1/logbooks/atelier"
SEES_NAMES = {"reader": False, "contributor": False, "editor": True, "owner": True, "admin": True}


@pytest.mark.parametrize("who", sorted(SEES_NAMES))
def test_a_withheld_name_is_shown_to_editors_and_owners_only(client, world, project, who):
    member = getattr(world, who)
    stakeholders.set_entry_stakeholders(project.note, [project.withheld.id])
    listed = client.get(f"{BASE}/stakeholders", headers=member.headers).get_json()["stakeholders"]
    names = {s["id"]: s["name"] for s in listed}
    assert names[project.named.id] == "Martine Durand"
    assert names[project.withheld.id] == ("Sophie Marchal" if SEES_NAMES[who] else None)
    one = client.get(f"{BASE}/stakeholders/{project.withheld.id}", headers=member.headers).get_json()
    assert one["label"] == "parent d'élève" and (one["name"] is not None) == SEES_NAMES[who]
    on_entry = client.get(f"{BASE}/entries/{project.note.id}/stakeholders", headers=member.headers).get_json()
    assert (on_entry["stakeholders"][0]["name"] is not None) == SEES_NAMES[who]

    if who != "admin":
        sign_in(client, who)
        for page in (
            "/carnets/atelier/parties-prenantes",
            f"/carnets/atelier/parties-prenantes/{project.withheld.id}",
            f"/carnets/atelier/entrees/{project.note.id}",
        ):
            html = client.get(page).get_data(as_text=True)
            assert ("Marchal" in html) == SEES_NAMES[who], page
            assert "parent d&#39;élève" in html or "parent d'élève" in html, page


def test_a_read_only_token_of_an_editor_reads_names_but_changes_nothing(client, world, project):
    _, token = issue_token(world.editor.user, "lecture", read_only=True)
    db.session.commit()
    reading = Member(world.editor.user, token)
    one = client.get(f"{BASE}/stakeholders/{project.withheld.id}", headers=reading.headers).get_json()
    assert one["name"] == "Sophie Marchal"
    for method, url, body in (
        ("post", f"{BASE}/effects", {"title": "x"}),
        ("patch", f"{BASE}/stakeholders/{project.named.id}", {"role": "x"}),
        ("put", f"{BASE}/stages/{project.diagnostic.id}/review", {"done": "x"}),
        (
            "post",
            f"{BASE}/effects/{project.effect.id}/evidence",
            {"entry_id": project.note.id, "stance": "confirms"},
        ),
    ):
        response = getattr(client, method)(url, json=body, headers=reading.headers)
        assert response.status_code == 403, url
        assert response.get_json()["error"]["code"] == "read_only_token"


def test_outsiders_and_anonymous_callers_learn_nothing_of_a_private_logbook(client, world, project):
    for url in (
        f"{BASE}/effects",
        f"{BASE}/effects/{project.effect.id}/evidence",
        f"{BASE}/stakeholders",
        f"{BASE}/stakeholders/{project.withheld.id}",
        f"{BASE}/stages/{project.diagnostic.id}/review",
    ):
        assert client.get(url, headers=world.outsider.headers).status_code == 404, url
        assert client.get(url).status_code == 401, url
    sign_in(client, "outsider")
    for page in (
        "/carnets/atelier/effets",
        "/carnets/atelier/parties-prenantes",
        f"/carnets/atelier/effets/{project.effect.id}",
    ):
        assert client.get(page).status_code == 404, page
    found = client.get("/api/v1/search", query_string={"q": "gaspillage"}, headers=world.outsider.headers)
    assert found.get_json()["documents"] == []


def test_visitors_of_a_public_logbook_read_effects_and_stakeholders_without_withheld_names(
    client, world, project
):
    world.logbook.visibility = "public"
    db.session.commit()
    listed = client.get(f"{BASE}/stakeholders").get_json()["stakeholders"]
    assert {s["name"] for s in listed} == {"Martine Durand", None}
    assert client.get(f"{BASE}/effects").status_code == 200
    assert client.post(f"{BASE}/effects", json={"title": "x"}).status_code == 401
    assert (
        client.post(f"{BASE}/effects", json={"title": "x"}, headers=world.outsider.headers).status_code == 403
    )
    html = client.get(f"/carnets/atelier/parties-prenantes/{project.withheld.id}").get_data(as_text=True)
    assert "Marchal" not in html
