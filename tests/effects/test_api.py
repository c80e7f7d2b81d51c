"""The JSON API for expected effects, evidence, stage reviews and stakeholders."""

from __future__ import annotations

import io

BASE = "/api/v1/logbooks/atelier"


def test_editors_write_expected_effects_that_readers_read_in_order(client, world, project):
    made = client.post(
        f"{BASE}/effects",
        json={
            "title": "Plus de produits locaux",
            "indicator": "part de produits locaux dans les repas",
            "target": "50 %",
            "position": 0,
        },
        headers=world.editor.headers,
    )
    assert made.status_code == 201, made.get_json()
    listed = client.get(f"{BASE}/effects", headers=world.reader.headers).get_json()["effects"]
    assert [e["title"] for e in listed] == ["Plus de produits locaux", project.effect.title]
    assert listed[0]["target"] == "50 %"
    assert listed[0]["evidence_counts"] == {"confirms": 0, "nuances": 0, "contradicts": 0}
    changed = client.patch(
        f"{BASE}/effects/{made.get_json()['id']}",
        json={"position": 1, "question": "Combien ?"},
        headers=world.owner.headers,
    )
    assert changed.get_json()["position"] == 1 and changed.get_json()["version"] == 2
    refused = client.post(f"{BASE}/effects", json={"title": ""}, headers=world.editor.headers)
    assert refused.status_code == 422 and refused.get_json()["error"]["code"] == "validation_failed"
    unknown = client.post(
        f"{BASE}/effects", json={"title": "x", "colour": "red"}, headers=world.editor.headers
    )
    assert unknown.status_code == 422


def test_contributors_link_evidence_and_unlink_only_what_they_linked(client, world, project):
    url = f"{BASE}/effects/{project.effect.id}/evidence"
    linked = client.post(
        url,
        json={"entry_id": project.note.id, "stance": "confirms", "comment": "De 38 à 21 kg."},
        headers=world.contributor.headers,
    )
    assert linked.status_code == 201, linked.get_json()
    assert linked.get_json()["entry"]["title"] == "Pesée des restes"
    by_owner = client.post(
        url, json={"entry_id": project.testimony.id, "stance": "contradicts"}, headers=world.owner.headers
    )
    listed = client.get(url, headers=world.reader.headers).get_json()["evidence"]
    assert [(e["entry"]["id"], e["stance"]) for e in listed] == [
        (project.note.id, "confirms"),
        (project.testimony.id, "contradicts"),
    ] or sorted((e["entry"]["id"], e["stance"]) for e in listed) == sorted(
        [(project.note.id, "confirms"), (project.testimony.id, "contradicts")]
    )
    counts = client.get(f"{BASE}/effects/{project.effect.id}", headers=world.reader.headers).get_json()[
        "evidence_counts"
    ]
    assert counts == {"confirms": 1, "nuances": 0, "contradicts": 1}
    theirs = client.delete(f"{url}/{by_owner.get_json()['id']}", headers=world.contributor.headers)
    assert theirs.status_code == 403
    mine = client.delete(f"{url}/{linked.get_json()['id']}", headers=world.contributor.headers)
    assert mine.status_code == 204
    by_reader = client.post(
        url, json={"entry_id": project.note.id, "stance": "confirms"}, headers=world.reader.headers
    )
    assert by_reader.status_code == 403
    wrong = client.post(
        url, json={"entry_id": project.note.id, "stance": "peut-être"}, headers=world.owner.headers
    )
    assert wrong.status_code == 422
    missing = client.post(url, json={"entry_id": 999999, "stance": "confirms"}, headers=world.owner.headers)
    assert missing.status_code == 404


def test_a_stage_review_is_written_by_editors_and_read_by_readers(client, world, project):
    url = f"{BASE}/stages/{project.diagnostic.id}/review"
    assert client.get(url, headers=world.reader.headers).status_code == 404
    written = client.put(
        url,
        json={"done": "Douze rencontres.", "learnt": "Le frein est la préparation."},
        headers=world.editor.headers,
    )
    assert written.status_code == 200, written.get_json()
    read = client.get(url, headers=world.reader.headers).get_json()
    assert (read["done"], read["learnt"], read["next_changes"], read["version"]) == (
        "Douze rencontres.",
        "Le frein est la préparation.",
        "",
        1,
    )
    assert client.put(url, json={"done": "x"}, headers=world.contributor.headers).status_code == 403
    assert (
        client.put(
            url, json={"done": "", "learnt": "", "next_changes": ""}, headers=world.editor.headers
        ).status_code
        == 422
    )
    assert client.delete(url, headers=world.owner.headers).status_code == 204
    assert client.get(url, headers=world.reader.headers).status_code == 404


def test_posting_an_entry_as_json_links_it_to_an_effect_and_names_stakeholders(client, world, project):
    response = client.post(
        f"{BASE}/entries",
        json={
            "kind": "testimony",
            "body": "« On pèse tout, maintenant. »",
            "consent": True,
            "speaker_stakeholder_id": project.named.id,
            "stakeholder_ids": [project.withheld.id],
            "effect_id": project.effect.id,
            "stance": "confirms",
            "evidence_comment": "La cuisine s'y met.",
        },
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    entry = response.get_json()
    assert (entry["speaker_name"], entry["speaker_role"]) == (
        "Martine Durand",
        "cheffe de cuisine, école Jean-Jaurès",
    )
    links = client.get(f"{BASE}/entries/{entry['id']}/stakeholders", headers=world.reader.headers).get_json()
    assert links["speaker_id"] == project.named.id
    assert sorted(s["id"] for s in links["stakeholders"]) == sorted([project.named.id, project.withheld.id])
    evidence = client.get(
        f"{BASE}/effects/{project.effect.id}/evidence", headers=world.reader.headers
    ).get_json()
    assert [(e["entry"]["id"], e["comment"]) for e in evidence["evidence"]] == [
        (entry["id"], "La cuisine s'y met.")
    ]


def test_posting_an_entry_as_multipart_links_it_too(client, world, project, sample_files):
    response = client.post(
        f"{BASE}/entries",
        data={
            "kind": "photo",
            "title": "Menu de la semaine",
            "effect_id": str(project.effect.id),
            "stance": "nuances",
            "stakeholder_ids": [str(project.named.id), str(project.withheld.id)],
            "files": (io.BytesIO(sample_files["jpeg"].read_bytes()), "menu.jpg"),
        },
        content_type="multipart/form-data",
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    links = client.get(
        f"{BASE}/entries/{response.get_json()['id']}/stakeholders", headers=world.reader.headers
    )
    assert len(links.get_json()["stakeholders"]) == 2


def test_an_unknown_effect_or_stakeholder_refuses_the_post_and_creates_nothing(client, world, project):
    before = client.get(f"{BASE}/timeline", headers=world.reader.headers).get_json()["entries"]
    for extra in (
        {"effect_id": 999999},
        {"stakeholder_ids": [999999]},
        {"speaker_stakeholder_id": project.named.id},
    ):
        response = client.post(
            f"{BASE}/entries",
            json={"kind": "note", "title": "Refusée", **extra},
            headers=world.contributor.headers,
        )
        assert response.status_code == 422, (extra, response.get_json())
    after = client.get(f"{BASE}/timeline", headers=world.reader.headers).get_json()["entries"]
    assert len(after) == len(before)


def test_guests_cannot_link_what_they_post(client, world, project, guest_link):
    _, token = guest_link
    response = client.post(
        f"/api/v1/guest/{token}/entries",
        json={"display_name": "Invitée", "kind": "note", "title": "Bonjour", "effect_id": project.effect.id},
    )
    assert response.status_code == 422


def test_stakeholders_are_managed_by_editors(client, world, project):
    made = client.post(
        f"{BASE}/stakeholders",
        json={
            "name": "Hélène Roux",
            "organisation": "Commune de Saint-Aubin",
            "kind": "elu",
            "role": "adjointe",
            "consent_to_name": True,
        },
        headers=world.editor.headers,
    )
    assert made.status_code == 201, made.get_json()
    assert made.get_json()["label"] == "adjointe, Commune de Saint-Aubin"
    assert (
        client.post(
            f"{BASE}/stakeholders", json={"name": "X", "kind": "martien"}, headers=world.editor.headers
        ).status_code
        == 422
    )
    changed = client.patch(
        f"{BASE}/stakeholders/{made.get_json()['id']}", json={"role": "maire"}, headers=world.owner.headers
    )
    assert changed.get_json()["role"] == "maire"
    assert (
        client.delete(
            f"{BASE}/stakeholders/{made.get_json()['id']}", headers=world.editor.headers
        ).status_code
        == 204
    )
    assert (
        client.get(f"{BASE}/stakeholders/{made.get_json()['id']}", headers=world.reader.headers).status_code
        == 404
    )


def test_the_openapi_document_describes_the_new_routes(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    for path in (
        "/api/v1/logbooks/{slug}/effects",
        "/api/v1/logbooks/{slug}/effects/{effect_id}",
        "/api/v1/logbooks/{slug}/effects/{effect_id}/evidence",
        "/api/v1/logbooks/{slug}/effects/{effect_id}/evidence/{evidence_id}",
        "/api/v1/logbooks/{slug}/effects/{effect_id}/revisions",
        "/api/v1/logbooks/{slug}/stages/{stage_id}/review",
        "/api/v1/logbooks/{slug}/stages/{stage_id}/review/revisions/{version}/restore",
        "/api/v1/logbooks/{slug}/stakeholders",
        "/api/v1/logbooks/{slug}/stakeholders/{stakeholder_id}",
        "/api/v1/logbooks/{slug}/entries/{entry_id}/stakeholders",
    ):
        assert path in paths, path
    body = paths["/api/v1/logbooks/{slug}/effects/{effect_id}/evidence"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]
