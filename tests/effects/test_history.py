"""Expected effects and stage reviews keep every earlier version, and any can come back."""

from __future__ import annotations

from tests.effects.conftest import post_form, sign_in

BASE = "/api/v1/logbooks/atelier"


def test_editing_an_effect_keeps_the_version_it_replaces_and_restoring_brings_it_back(client, world, project):
    url = f"{BASE}/effects/{project.effect.id}"
    client.patch(url, json={"target": "moins de 15 kg"}, headers=world.editor.headers)
    client.patch(url, json={"title": "Moins de restes"}, headers=world.owner.headers)
    history = client.get(f"{url}/revisions", headers=world.editor.headers).get_json()
    assert history["current_version"] == 3
    assert [(r["version"], r["changed"], r["edited_by"]["name"]) for r in history["revisions"]] == [
        (2, ["title"], "Owner"),
        (1, ["target"], "Editor"),
    ]
    assert history["revisions"][1]["fields"]["target"] == "moins de 20 kg"
    restored = client.post(f"{url}/revisions/1/restore", headers=world.editor.headers)
    assert restored.status_code == 200
    assert (restored.get_json()["title"], restored.get_json()["target"], restored.get_json()["version"]) == (
        "Moins de gaspillage à la cantine",
        "moins de 20 kg",
        4,
    )
    # Restoring is an edit too: the version it replaced is kept.
    assert (
        client.get(f"{url}/revisions", headers=world.editor.headers).get_json()["revisions"][0]["fields"][
            "title"
        ]
        == "Moins de restes"
    )
    assert client.post(f"{url}/revisions/9/restore", headers=world.editor.headers).status_code == 404


def test_an_edit_that_changes_nothing_makes_no_version(client, world, project):
    url = f"{BASE}/effects/{project.effect.id}"
    client.patch(url, json={"title": project.effect.title}, headers=world.editor.headers)
    assert client.get(f"{url}/revisions", headers=world.editor.headers).get_json() == {
        "current_version": 1,
        "revisions": [],
    }


def test_editing_a_review_keeps_the_version_it_replaces_and_restoring_brings_it_back(client, world, project):
    url = f"{BASE}/stages/{project.diagnostic.id}/review"
    client.put(url, json={"learnt": "Premier jet."}, headers=world.editor.headers)
    client.put(url, json={"learnt": "Le frein est la préparation."}, headers=world.editor.headers)
    history = client.get(f"{url}/revisions", headers=world.owner.headers).get_json()
    assert [(r["version"], r["fields"]["learnt"]) for r in history["revisions"]] == [(1, "Premier jet.")]
    restored = client.post(f"{url}/revisions/1/restore", headers=world.owner.headers).get_json()
    assert (restored["learnt"], restored["version"]) == ("Premier jet.", 3)


def test_an_effect_and_a_review_are_restored_from_their_pages(client, world, project):
    sign_in(client, "editor")
    page = f"/carnets/atelier/effets/{project.effect.id}"
    assert (
        post_form(
            client, page, {"title": "Autre titre", "question": "", "indicator": "", "target": ""}
        ).status_code
        == 302
    )
    assert "Version 1" in client.get(page).get_data(as_text=True)
    restored = post_form(client, f"{page}/versions/1", {}, page=page)
    assert restored.status_code == 302
    assert "Moins de gaspillage à la cantine</h1>" in client.get(page).get_data(as_text=True)

    review = f"/carnets/atelier/escales/{project.diagnostic.id}/bilan"
    post_form(client, review, {"done": "Fait.", "learnt": "Appris.", "next_changes": ""})
    post_form(client, review, {"done": "Refait.", "learnt": "Appris.", "next_changes": ""})
    assert post_form(client, f"{review}/versions/1", {}, page=review).status_code == 302
    assert "Fait.</p>" in client.get(review).get_data(as_text=True)
