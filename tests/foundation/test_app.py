"""Settings, schema migrations, the OpenAPI document and the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from config import ConfigError, describe, load_settings
from logbook import create_app


def test_environment_overrides_defaults_and_bad_values_name_the_setting(tmp_path):
    settings = load_settings({}, environ={"CARNET_PAGE_SIZE": "25", "CARNET_INSTANCE_DIR": str(tmp_path)})
    assert settings["CARNET_PAGE_SIZE"] == 25
    assert settings["CARNET_DATABASE_URL"] == f"sqlite:///{tmp_path}/carnet.db"
    assert settings["CARNET_STORAGE_URL"] == f"file://{tmp_path}/media"
    with pytest.raises(ConfigError, match="CARNET_PAGE_SIZE"):
        load_settings({}, environ={"CARNET_PAGE_SIZE": "beaucoup"})
    with pytest.raises(ConfigError, match="CARNET_STORAGE_URL"):
        load_settings({}, environ={"CARNET_STORAGE_URL": "ftp://nope"})
    with pytest.raises(ConfigError, match="CARNET_COLOUR"):
        load_settings({"CARNET_COLOUR": "blue"}, environ={})
    assert load_settings({}, environ={"CARNET_DATABASE_URL": "postgresql://u@h/db"})[
        "CARNET_DATABASE_URL"
    ].startswith("postgresql+psycopg://")


def test_every_setting_is_described():
    rows = describe()
    assert rows and all(name.startswith("CARNET_") and description for name, _default, description in rows)


def test_a_wrong_storage_url_stops_start_up(tmp_path):
    with pytest.raises(ConfigError, match="CARNET_STORAGE_URL"):
        create_app({"CARNET_INSTANCE_DIR": str(tmp_path), "CARNET_STORAGE_URL": "s3://"})


def test_models_and_migrations_agree(app):
    from logbook.db import db

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_the_document_written_when_first_read_is_the_one_flask_smorest_writes_at_once(
    app_config, monkeypatch
):
    """The API writes its OpenAPI document lazily by repeating what flask-smorest's
    register_blueprint does; a flask-smorest that does more there must show up here."""
    from flask_smorest import Api

    from logbook import create_app
    from logbook.api import CarnetApi

    def document() -> dict:
        app = create_app(app_config)
        with app.app_context():
            return app.test_client().get("/api/v1/openapi.json").get_json()

    lazy = document()
    monkeypatch.setattr(CarnetApi, "register_blueprint", Api.register_blueprint)
    assert document() == lazy


def test_openapi_document_is_valid_and_covers_the_api(client):
    from openapi_spec_validator import validate

    document = client.get("/api/v1/openapi.json").get_json()
    validate(document)
    paths = document["paths"]
    for path in (
        "/api/v1/logbooks",
        "/api/v1/logbooks/{slug}",
        "/api/v1/logbooks/{slug}/stages",
        "/api/v1/logbooks/{slug}/stages/next",
        "/api/v1/logbooks/{slug}/entries",
        "/api/v1/logbooks/{slug}/timeline",
        "/api/v1/media/{media_id}",
    ):
        assert path in paths, path
    body = paths["/api/v1/logbooks/{slug}/entries"]["post"]["requestBody"]["content"]
    assert set(body) == {"multipart/form-data", "application/json"}


def test_cli_init_is_idempotent_and_check_reports_problems(runner, app):
    assert runner.invoke(args=["init"]).exit_code == 0
    assert runner.invoke(args=["init"]).exit_code == 0
    result = runner.invoke(args=["check"])
    assert "database: ok" in result.output and "storage: ok" in result.output


def _carnet(instance, *args: str) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if not name.startswith(("CARNET_", "FLASK_"))}
    env["CARNET_INSTANCE_DIR"] = str(instance)
    return subprocess.run(
        [sys.executable, "-m", "logbook.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_a_fresh_instance_passes_its_own_check_and_a_corrupt_index_is_still_reported(tmp_path):
    instance = tmp_path / "instance"
    init = _carnet(instance, "init")
    assert init.returncode == 0, init.stderr
    assert "Search index created (0 entries)" in init.stdout

    check = _carnet(instance, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "search index: ok" in check.stdout

    for path in (instance / "search").rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            path.write_bytes(b"garbage")
    again = _carnet(instance, "init")  # init leaves a damaged index for the operator to rebuild
    assert again.returncode == 0 and "carnet reindex" in again.stderr
    check = _carnet(instance, "check")
    assert check.returncode == 1
    assert "search index missing or corrupt" in check.stderr


def test_check_fails_and_says_why_when_storage_is_down(app_config):
    broken = create_app({**app_config, "CARNET_STORAGE_URL": "s3://b?endpoint_url=http://127.0.0.1:9"})
    result = broken.test_cli_runner().invoke(args=["check"])
    assert result.exit_code == 1
    assert "storage" in result.output


def test_create_user_with_token(runner, app):
    result = runner.invoke(
        args=[
            "create-user",
            "--email",
            "Anne@Example.org",
            "--password",
            "un mot de passe",
            "--token",
            "phone",
        ]
    )
    assert result.exit_code == 0, result.output
    token = result.output.split("API token (shown once): ")[1].strip()
    client = app.test_client()
    assert client.get("/api/v1/logbooks", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    again = runner.invoke(
        args=["create-user", "--email", "anne@example.org", "--password", "un mot de passe"]
    )
    assert again.exit_code != 0


def test_demo_logbook_is_created_once_and_listed_publicly(runner, app, client):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(args=["demo"]).exit_code == 0
    listing = client.get("/api/v1/logbooks").get_json()
    assert [logbook["slug"] for logbook in listing] == ["fil-d-ariane"]
    assert listing[0]["nickname"] == "Fil d'Ariane"
    timeline = client.get("/api/v1/logbooks/fil-d-ariane/timeline", query_string={"limit": 3}).get_json()
    assert len(timeline["entries"]) == 3 and timeline["next_cursor"]
    assert timeline["next_stop"]["title"] == "Expérimentation de la légumerie"
    kinds = {
        e["kind"]
        for e in client.get("/api/v1/logbooks/fil-d-ariane/timeline", query_string={"limit": 50}).get_json()[
            "entries"
        ]
    }
    assert {"note", "photo", "testimony", "drawing", "video", "link"} <= kinds


def test_readme_documents_every_setting():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name, _default, _description in describe():
        assert f"`{name}`" in readme or name in readme, name


def test_behind_a_trusted_proxy_the_client_address_and_scheme_come_from_its_headers(app_config):
    from flask import request, url_for

    proxied = create_app({**app_config, "CARNET_PROXY_HOPS": 1})
    seen = {}

    @proxied.get("/_where")
    def where():
        seen.update(addr=request.remote_addr, url=url_for("web.home", _external=True))
        return "ok"

    proxied.test_client().get(
        "/_where",
        headers={
            "X-Forwarded-For": "203.0.113.7",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "carnet.example.fr",
        },
    )
    assert seen == {"addr": "203.0.113.7", "url": "https://carnet.example.fr/"}
    direct = create_app(app_config)
    direct.get("/_where")(where)
    direct.test_client().get("/_where", headers={"X-Forwarded-For": "203.0.113.7"})
    assert seen["addr"] == "127.0.0.1"


def test_purge_trash_command_purges_only_what_is_old_enough(runner, client, world, app):
    from datetime import timedelta

    from logbook.db import db
    from logbook.models import Entry

    url = "/api/v1/logbooks/atelier/entries"
    old = client.post(url, json={"kind": "note", "body": "ancienne"}, headers=world.editor.headers).get_json()
    recent = client.post(
        url, json={"kind": "note", "body": "récente"}, headers=world.editor.headers
    ).get_json()
    for entry in (old, recent):
        client.delete(f"{url}/{entry['id']}", headers=world.editor.headers)
    row = db.session.get(Entry, old["id"])
    row.deleted_at = row.deleted_at - timedelta(days=31)
    db.session.commit()
    result = runner.invoke(args=["purge-trash"])
    assert result.exit_code == 0 and "1 entries purged" in result.output
    db.session.expire_all()
    assert db.session.get(Entry, old["id"]) is None
    assert db.session.get(Entry, recent["id"]) is not None
