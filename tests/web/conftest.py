"""Helpers for the page tests: signing in through the real form, CSRF tokens, small pages."""

from __future__ import annotations

import re

import pytest

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf-token" content="([^"]+)"')


@pytest.fixture
def app_config(app_config):
    """Three entries a page, so paging is easy to see."""
    return {**app_config, "CARNET_PAGE_SIZE": 3, "CARNET_RATELIMIT_SIGN_IN": "1000/minute"}


def csrf(client, path: str = "/connexion") -> str:
    page = client.get(path)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return match.group(1)


def sign_in(client, who: str) -> None:
    response = client.post(
        "/connexion", data={"email": f"{who}@example.org", "password": PASSWORD, "csrf_token": csrf(client)}
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:500]


def post_form(client, path: str, data: dict, page: str | None = None):
    """Post a form the way a browser without script does, with the page's CSRF token."""
    return client.post(path, data={**data, "csrf_token": csrf(client, page or path)})


def add_note(world, client, **fields):
    body = {"kind": "note", "title": "Note", "body": "Du texte."} | fields
    response = client.post("/api/v1/logbooks/atelier/entries", json=body, headers=world.owner.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()
