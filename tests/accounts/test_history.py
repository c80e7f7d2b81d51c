"""Nothing is lost by an edit or a delete: earlier versions come back, the trash gives
entries back until it is purged, and files leave storage only when nothing uses them."""

from __future__ import annotations

from datetime import timedelta

from logbook.db import db, utcnow
from logbook.jobs import get_queue
from logbook.models import Entry
from logbook.services.objects import original_key
from logbook.storage import get_storage
from tests.accounts.conftest import post_note


def test_five_edits_a_delete_and_a_restore_keep_every_version(client, world):
    entry = post_note(client, world.contributor, title="Version 1", body="Texte 1", tags=["cantine"])
    path = f"/api/v1/logbooks/atelier/entries/{entry['id']}"
    for n in range(2, 7):
        changes = {"title": f"Version {n}", "body": f"Texte {n}"}
        if n == 4:
            changes["tags"] = ["cantine", "menus"]
        response = client.patch(path, json=changes, headers=world.contributor.headers)
        assert response.status_code == 200
        assert response.get_json()["version"] == n
    assert client.delete(path, headers=world.contributor.headers).status_code == 204
    assert client.get(path, headers=world.editor.headers).status_code == 404
    restored = client.post(f"{path}/restore", headers=world.editor.headers)
    assert restored.status_code == 200
    assert restored.get_json()["title"] == "Version 6"

    history = client.get(f"{path}/revisions", headers=world.editor.headers).get_json()
    assert history["current_version"] == 6
    assert [r["version"] for r in history["revisions"]] == [5, 4, 3, 2, 1]
    for revision in history["revisions"]:
        n = revision["version"]
        assert revision["fields"]["title"] == f"Version {n}"
        assert revision["fields"]["body"] == f"Texte {n}"
        assert revision["fields"]["tags"] == (["cantine", "menus"] if n >= 4 else ["cantine"])
        assert revision["edited_by"]["name"] == "Contributor"
    assert history["revisions"][-1]["changed"] == ["body", "title"]
    assert history["revisions"][2]["changed"] == ["body", "tags", "title"]  # version 3, replaced by 4

    for n in range(1, 6):
        back = client.post(f"{path}/revisions/{n}/restore", headers=world.editor.headers)
        assert back.status_code == 200
        assert back.get_json()["title"] == f"Version {n}"
        assert back.get_json()["body"] == f"Texte {n}"
    after = client.get(f"{path}/revisions", headers=world.editor.headers).get_json()
    assert after["current_version"] == 11
    titles = {r["version"]: r["fields"]["title"] for r in after["revisions"]}
    assert titles[6] == "Version 6"  # restoring kept the version it replaced
    assert sorted(set(titles.values())) == [f"Version {n}" for n in range(1, 7)]


def test_revisions_are_for_editors(client, world):
    entry = post_note(client, world.contributor)
    path = f"/api/v1/logbooks/atelier/entries/{entry['id']}/revisions"
    assert client.get(path, headers=world.contributor.headers).status_code == 403
    assert client.get(path, headers=world.reader.headers).status_code == 403
    assert client.get(path, headers=world.outsider.headers).status_code == 404
    assert client.post(f"{path}/1/restore", headers=world.editor.headers).status_code == 404


def test_trash_lists_deleted_entries_with_their_purge_date(client, world):
    entry = post_note(client, world.contributor, title="À jeter")
    client.delete(f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=world.contributor.headers)
    trash = client.get("/api/v1/logbooks/atelier/trash", headers=world.editor.headers).get_json()
    assert trash["retention_days"] == 30
    (item,) = trash["entries"]
    assert item["entry"]["title"] == "À jeter"
    assert item["purge_after"] > item["deleted_at"]
    assert client.get("/api/v1/logbooks/atelier/trash", headers=world.contributor.headers).status_code == 403


def _photo(client, member, sample_files, title):
    with open(sample_files["jpeg"], "rb") as photo:
        response = client.post(
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "photo", "title": title, "files": (photo, "cour.jpg")},
            content_type="multipart/form-data",
            headers=member.headers,
        )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _age_trash(entry_id: int, days: int) -> None:
    db.session.get(Entry, entry_id).deleted_at = utcnow() - timedelta(days=days)
    db.session.commit()


def test_files_leave_storage_only_when_purged_and_unused(client, world, sample_files):
    first = _photo(client, world.contributor, sample_files, "Première")
    second = _photo(client, world.contributor, sample_files, "Même photo")
    key = original_key(first["media"][0]["sha256"])
    storage = get_storage()
    assert second["media"][0]["sha256"] == first["media"][0]["sha256"]

    for entry in (first, second):
        client.delete(f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=world.editor.headers)
    assert storage.exists(key), "the trash keeps files"

    _age_trash(first["id"], 31)
    _age_trash(second["id"], 29)
    get_queue().enqueue("purge_trash")
    db.session.expire_all()
    assert db.session.get(Entry, first["id"]) is None
    assert db.session.get(Entry, second["id"]) is not None
    assert storage.exists(key), "another entry still uses the file"

    _age_trash(second["id"], 30)
    get_queue().enqueue("purge_trash")
    db.session.expire_all()
    assert db.session.get(Entry, second["id"]) is None
    assert not storage.exists(key)


def test_restored_entry_is_not_purged(client, world):
    entry = post_note(client, world.contributor)
    path = f"/api/v1/logbooks/atelier/entries/{entry['id']}"
    client.delete(path, headers=world.editor.headers)
    _age_trash(entry["id"], 40)
    client.post(f"{path}/restore", headers=world.editor.headers)
    get_queue().enqueue("purge_trash")
    assert client.get(path, headers=world.reader.headers).status_code == 200


def test_trash_delay_is_a_setting(app_config):
    from logbook import create_app

    assert create_app(app_config | {"CARNET_TRASH_DAYS": "7"}).config["CARNET_TRASH_DAYS"] == 7


def test_owner_purges_at_once_editor_cannot(client, world):
    entry = post_note(client, world.contributor)
    client.delete(f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=world.editor.headers)
    path = f"/api/v1/logbooks/atelier/trash/{entry['id']}"
    assert client.delete(path, headers=world.editor.headers).status_code == 403
    assert client.delete(path, headers=world.owner.headers).status_code == 204
    assert client.delete(path, headers=world.owner.headers).status_code == 404
