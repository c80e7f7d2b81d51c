"""Helpers for the accounts tests: CSRF tokens for form posts, links, entries."""

from __future__ import annotations

import os
import re
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(client, path: str = "/connexion") -> str:
    """The CSRF token a browser would find in a page's form."""
    page = client.get(path)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no csrf_token in {path} ({page.status_code})"
    return match.group(1)


def post_note(client, member, slug: str = "atelier", **fields):
    body = {"kind": "note", "title": "Note", "body": "Du texte."} | fields
    response = client.post(f"/api/v1/logbooks/{slug}/entries", json=body, headers=member.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@pytest.fixture
def guest_link(client, world):
    """A moderated guest link on "atelier": (id, clear token)."""
    response = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"label": "Atelier Lyon"}, headers=world.editor.headers
    )
    assert response.status_code == 201, response.get_json()
    data = response.get_json()
    return data["id"], data["token"]


@pytest.fixture(scope="module", params=["sqlite-file", "postgres-s3"])
def module_app(request, tmp_path_factory):
    """An app of the module's own on each backend (its own PostgreSQL database and bucket), so
    a long table of requests can share one world without other tests truncating it."""
    from logbook import create_app
    from logbook.db import db
    from tests.conftest import PG_ADMIN_URL, _migrate, make_bucket

    folder = tmp_path_factory.mktemp("module-app")
    config = {
        "CARNET_INSTANCE_DIR": str(folder / "instance"),
        # Jobs are queued in memory and not run: the requests are what is under test.
        "CARNET_WORKER": "none",
        "CARNET_QUEUE_URL": "memory://",
        "CARNET_SECRET_KEY": "test-secret",
        "CARNET_RATELIMIT_SIGN_IN": "100000/minute",
        "CARNET_RATELIMIT_GUEST": "100000/minute",
        "CARNET_RATELIMIT_UPLOADS": "100000/minute",
        "CARNET_RATELIMIT_EXPORTS": "100000/minute",
        "TESTING": True,
    }
    if request.param == "sqlite-file":
        (folder / "instance").mkdir()
        shutil.copy(request.getfixturevalue("sqlite_template"), folder / "instance" / "carnet.db")
        config["CARNET_DATABASE_URL"] = f"sqlite:///{folder / 'instance' / 'carnet.db'}"
        config["CARNET_STORAGE_URL"] = f"file://{folder / 'instance' / 'media'}"
    else:
        name = f"carnet_test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        _migrate(url, instance=None)
        endpoint = request.getfixturevalue("s3_endpoint")
        config["CARNET_DATABASE_URL"] = url
        config["CARNET_STORAGE_URL"] = (
            f"s3://{make_bucket(endpoint)}/carnet?endpoint_url={endpoint}&region=us-east-1"
        )
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if request.param == "postgres-s3":
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def module_world(module_app):
    """The same world as the shared ``world`` fixture, built once for the module."""
    from logbook.auth import issue_token
    from logbook.db import db
    from logbook.models import Role
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import add_member, create_user
    from tests.conftest import Member, World

    def member(name: str, **kwargs) -> Member:
        user = create_user(
            email=f"{name}@example.org", password="correct horse battery", display_name=name.title(), **kwargs
        )
        _, token = issue_token(user, "tests")
        db.session.commit()
        return Member(user, token)

    owner = member("owner")
    logbook = create_logbook(owner.user, name="Atelier cantines", slug="atelier", nickname="Fil d'Ariane")
    editor, contributor, reader, outsider = (
        member(n) for n in ("editor", "contributor", "reader", "outsider")
    )
    add_member(logbook, editor.user, Role.EDITOR)
    add_member(logbook, contributor.user, Role.CONTRIBUTOR)
    add_member(logbook, reader.user, Role.READER)
    other = create_logbook(outsider.user, name="Autre projet", slug="autre")
    admin = member("admin", is_admin=True)
    return World(logbook, other, owner, editor, contributor, reader, outsider, admin)
