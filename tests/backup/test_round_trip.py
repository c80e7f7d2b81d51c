"""`carnet backup` / `carnet restore`: a whole instance carried between SQLite + files and
PostgreSQL + S3, every row and every object as it was."""

from __future__ import annotations

import pytest

from logbook.storage import get_storage
from tests.backup.conftest import all_rows, object_digests


def _restore(instance, source: str, *extra: str):
    return instance.test_cli_runner().invoke(args=["restore", source, *extra])


def test_backup_to_a_file_restores_every_row_and_object_on_the_other_backend(
    app, runner, filled, other_app, tmp_path
):
    backup = tmp_path / "carnet-backup.zip"
    result = runner.invoke(args=["backup", "-o", str(backup)])
    assert result.exit_code == 0, result.output
    source_rows = all_rows(app.config["CARNET_DATABASE_URL"])
    source_objects = object_digests(get_storage())
    assert all(source_rows[name] for name in source_rows), [n for n, rows in source_rows.items() if not rows]
    assert any(key.startswith("exports/") for key in source_objects)

    with other_app.app_context():
        result = _restore(other_app, str(backup))
        assert result.exit_code == 0, result.output
        assert all_rows(other_app.config["CARNET_DATABASE_URL"]) == source_rows
        assert object_digests(get_storage()) == source_objects
        assert other_app.test_cli_runner().invoke(args=["check"]).exit_code == 0


def test_a_restored_instance_still_opens_its_tokens_links_sessions_and_entries(
    app, runner, filled, other_app, tmp_path
):
    backup = tmp_path / "carnet-backup.zip"
    assert runner.invoke(args=["backup", "-o", str(backup)]).exit_code == 0
    with other_app.app_context():
        assert _restore(other_app, str(backup)).exit_code == 0
    client = other_app.test_client()
    bearer = {"Authorization": f"Bearer {filled.token}"}

    entry = client.get(f"/api/v1/logbooks/atelier/entries/{filled.entry_id}", headers=bearer)
    assert entry.status_code == 200 and entry.get_json()["title"] == "La légumerie"
    media = entry.get_json()["media"][0]
    for url in (media["variants"]["thumb"]["url"], media["original_url"]):
        assert client.get(url, headers=bearer).status_code in (200, 302)  # S3 answers by a redirect
    found = client.get("/api/v1/search?q=betteraves", headers=bearer).get_json()
    assert [hit["title_html"] for hit in found["hits"]] == ["Première visite à la cantine"], found
    assert client.get(f"/invite/{filled.invitation_token}").status_code == 200
    guest = client.post(
        f"/api/v1/guest/{filled.guest_token}/entries",
        json={"display_name": "Awa", "kind": "note", "title": "Après la restauration"},
    )
    assert guest.status_code == 201, guest.get_json()
    created = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Une nouvelle entrée", "occurred_at": "2024-04-01T09:00:00+02:00"},
        headers=bearer,
    )
    assert created.status_code == 201, created.get_json()  # ids go on past the restored ones
    browser = other_app.test_client()
    browser.set_cookie("session", filled.session_cookie)
    assert browser.get("/api/v1/logbooks/atelier").get_json()["role"] == "reader"


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_round_trip_through_postgresql_and_s3_and_back_changes_nothing(
    app, runner, filled, make_instance, s3_endpoint, tmp_path
):
    from tests.conftest import make_bucket

    source_rows = all_rows(app.config["CARNET_DATABASE_URL"])
    source_objects = object_digests(get_storage())
    prefix = f"s3://{make_bucket(s3_endpoint)}/nightly?endpoint_url={s3_endpoint}"
    assert runner.invoke(args=["backup", "--to", prefix]).exit_code == 0

    team_server = make_instance("postgres-s3")
    with team_server.app_context():
        assert _restore(team_server, prefix).exit_code == 0
        back = tmp_path / "back.zip"
        result = team_server.test_cli_runner().invoke(args=["backup", "-o", str(back)])
        assert result.exit_code == 0, result.output
    laptop = make_instance("sqlite-file")
    with laptop.app_context():
        assert _restore(laptop, str(back)).exit_code == 0
        assert all_rows(laptop.config["CARNET_DATABASE_URL"]) == source_rows
        assert object_digests(get_storage()) == source_objects


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_second_backup_to_the_same_s3_prefix_copies_no_object_again(app, runner, filled, s3_endpoint):
    from tests.conftest import make_bucket

    prefix = f"s3://{make_bucket(s3_endpoint)}/nightly?endpoint_url={s3_endpoint}"
    objects = len(object_digests(get_storage()))
    first = runner.invoke(args=["backup", "--to", prefix])
    assert first.exit_code == 0, first.output
    assert f"{objects} objects" in first.output and "0 already there" in first.output
    second = runner.invoke(args=["backup", "--to", prefix, "--keep", "1"])
    assert second.exit_code == 0, second.output
    assert f"{objects} already there" in second.output
    from logbook.services.backup import complete_snapshots, target_storage

    assert len(complete_snapshots(target_storage(prefix))) == 1
