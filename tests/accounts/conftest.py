"""Helpers for the accounts tests: CSRF tokens for form posts, links, entries."""

from __future__ import annotations

import re

import pytest

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
