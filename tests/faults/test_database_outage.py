"""PostgreSQL goes away and comes back: every request answers 503 database_unavailable with
Retry-After meanwhile (never a 500, never a hang), and the same app serves again once the
database is back, with no restart."""

from __future__ import annotations

import contextvars

import pytest
from sqlalchemy import create_engine, text

from logbook.db import db
from logbook.models import Entry
from tests.accounts.conftest import csrf_from
from tests.accounts.test_matrix import Call, Scene, all_calls, find_rule
from tests.conftest import build_world
from tests.faults.conftest import assert_unavailable, make_app, spool_files

ATELIER = "/api/v1/logbooks/atelier"


@pytest.fixture(scope="module")
def pg_app(own_postgres, tmp_path_factory):
    folder = tmp_path_factory.mktemp("database-outage")
    app = make_app(
        {
            "CARNET_INSTANCE_DIR": str(folder / "instance"),
            "CARNET_DATABASE_URL": own_postgres.url,
            "CARNET_STORAGE_URL": f"file://{folder / 'media'}",
            "CARNET_WORKER": "none",
            "CARNET_QUEUE_URL": "memory://",
        }
    )
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="module")
def pg_world(pg_app):
    return build_world()


def sign_in(client, email: str) -> None:
    token = csrf_from(client)
    response = client.post(
        "/connexion",
        data={"email": email, "password": "correct horse battery", "csrf_token": token},
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:300]


def post_photo(client, member, path, title: str = "Cour de l'école"):
    with open(path, "rb") as handle:
        return client.post(
            f"{ATELIER}/entries",
            data={"kind": "photo", "title": title, "files": [(handle, "cour.jpg")]},
            headers=member.headers,
            content_type="multipart/form-data",
        )


def entry_count() -> int:
    # Through the pool, not the test's session: no connection is held across the outage.
    with db.engine.connect() as connection:
        return connection.scalar(db.select(db.func.count()).select_from(Entry))


def test_api_pages_and_uploads_answer_503_while_postgresql_is_down_then_200_without_a_restart(
    pg_app, pg_world, own_postgres, sample_files
):
    owner = pg_world.owner
    api = pg_app.test_client()
    browser = pg_app.test_client()
    sign_in(browser, "owner@example.org")
    assert api.get(ATELIER, headers=owner.headers).status_code == 200
    before = entry_count()

    with own_postgres.down():
        assert_unavailable(api.get(ATELIER, headers=owner.headers), "database_unavailable")
        assert_unavailable(api.get(f"{ATELIER}/timeline", headers=owner.headers), "database_unavailable")

        page = browser.get("/carnets/atelier", headers={"Accept": "text/html"})
        assert_unavailable(page, "database_unavailable")
        assert page.mimetype == "text/html"
        assert "Service momentanément indisponible" in page.get_data(as_text=True)
        browser.set_cookie("carnet_lang", "en")
        page = browser.get("/carnets/atelier", headers={"Accept": "text/html"})
        assert page.status_code == 503
        assert "Service temporarily unavailable" in page.get_data(as_text=True)
        browser.delete_cookie("carnet_lang")

        assert_unavailable(post_photo(api, owner, sample_files["jpeg"]), "database_unavailable")
        opened = api.post(f"{ATELIER}/uploads", headers={**owner.headers, "Upload-Length": "5"})
        assert_unavailable(opened, "database_unavailable")
        assert spool_files(pg_app) == []

    # The same app, the same pool: connections killed by the restart are replaced on checkout.
    assert api.get(ATELIER, headers=owner.headers).status_code == 200
    assert browser.get("/carnets/atelier", headers={"Accept": "text/html"}).status_code == 200
    assert post_photo(api, owner, sample_files["jpeg"]).status_code == 201
    assert entry_count() == before + 1
    assert spool_files(pg_app) == []


def test_health_reports_the_database_down_without_secrets(pg_app, own_postgres):
    client = pg_app.test_client()
    healthy = client.get("/health")
    assert healthy.status_code == 200, healthy.get_json()
    body = healthy.get_json()
    queue = body["checks"].pop("queue")  # with its depth, which earlier tests' jobs make vary
    assert body == {
        "status": "ok",
        "checks": {name: {"status": "ok"} for name in ("database", "storage", "disk")},
    }
    assert queue["status"] == "ok" and queue["pending"] >= 0 and queue["scheduled"] >= 0
    db.session.rollback()  # the test's own session holds no connection while the database is away
    with own_postgres.down():
        answer = client.get("/health")
        assert answer.status_code == 503
        assert int(answer.headers["Retry-After"]) > 0
        body = answer.get_json()
        assert body["status"] == "unavailable"
        assert body["checks"]["database"] == {"status": "unavailable", "code": "database_unavailable"}
        assert body["checks"]["storage"] == {"status": "ok"}
        text_of_answer = answer.get_data(as_text=True)
        for secret in ("postgres", str(own_postgres.port), "127.0.0.1", pg_app.instance_path):
            assert secret not in text_of_answer
    assert client.get("/health").status_code == 200


def test_a_statement_held_past_the_statement_timeout_is_a_503_not_a_hang(own_postgres, tmp_path, pg_world):
    app = make_app(
        {
            "CARNET_INSTANCE_DIR": str(tmp_path / "instance"),
            "CARNET_DATABASE_URL": own_postgres.url,
            "CARNET_STORAGE_URL": f"file://{tmp_path / 'media'}",
            "CARNET_WORKER": "none",
            "CARNET_QUEUE_URL": "memory://",
            "CARNET_DATABASE_STATEMENT_TIMEOUT": 1,
        }
    )
    blocker = create_engine(own_postgres.url)
    with blocker.connect() as connection:
        # Another session holds every row of the tokens table: reading one waits for the lock.
        connection.execute(text("LOCK TABLE api_tokens IN ACCESS EXCLUSIVE MODE"))
        answer = app.test_client().get(ATELIER, headers=pg_world.owner.headers)
        assert_unavailable(answer, "database_unavailable")
        connection.rollback()
    assert app.test_client().get(ATELIER, headers=pg_world.owner.headers).status_code == 200
    blocker.dispose()
    with app.app_context():
        db.engine.dispose()


def test_every_route_answers_503_and_never_500_while_the_database_is_down(pg_app, pg_world, own_postgres):
    """Each registered route, with the values and bodies of the authorisation matrix, called
    by a member with a token and by an anonymous browser."""
    scene = Scene(pg_app, pg_world)
    anonymous = pg_app.test_client()
    csrf = contextvars.Context().run(csrf_from, anonymous)
    prepared = []
    for method, rule in all_calls(pg_app):
        for actor in ("owner", "anonymous"):
            call = Call(method, rule, actor)
            path = find_rule(pg_app, rule).build(scene.values(call), append_unknown=False)[1]
            body = scene.body(call)
            headers = body.pop("headers", {})
            if actor == "owner":
                headers.update(pg_world.owner.headers)
            else:
                headers.update({"X-CSRFToken": csrf, "Accept": "text/html"})
            prepared.append((actor, method, path, headers, body))
    db.session.commit()

    wrong = []
    with own_postgres.down():
        for actor, method, path, headers, body in prepared:
            client = pg_app.test_client() if actor == "owner" else anonymous
            response = client.open(path, method=method, headers=headers, **body)
            status = response.status_code
            if actor == "owner":
                # The token is looked up in the database before anything else.
                ok = status == 503 and response.get_json()["error"]["code"] == "database_unavailable"
            else:
                ok = status < 500 or status == 503
            if status == 503 and not response.headers.get("Retry-After"):
                ok = False
            if not ok:
                wrong.append(f"{actor} {method} {path}: {status} {response.get_data(as_text=True)[:120]}")
            response.close()
    assert not wrong, "\n".join(wrong)
    assert pg_app.test_client().get(ATELIER, headers=pg_world.owner.headers).status_code == 200
