"""What a search answer tells, for every kind of caller and every state of an entry: an entry
the caller may not read changes nothing in the answer, "did you mean" included, through the
API (GET and POST) and the web search page alike.

Each entry below holds a word found nowhere else. Searching that word with a typo suggests
the word, and finds the entry, exactly when the caller may read the entry; otherwise the
answer is the one a word that exists nowhere gets, and never names the hidden word.
"""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import sign_in

# state -> (logbook slug, hidden word, the same word mistyped)
WORDS = {
    "private": ("atelier", "xylophoneprivateb", "xylophoneprivatb"),
    "public": ("vitrine", "marimbapubliqueb", "marimbapubliqeb"),
    "pending": ("vitrine", "glockenattentebz", "glockenattentbz"),
    "trashed": ("vitrine", "vibraphonecorbeilb", "vibraphonecorbilb"),
}

# Which states each caller may read. Editors, owners and site admins moderate, so they see
# pending guest posts; a read-only token (the owner's here) does not moderate.
SEES = {
    "anonymous": {"public"},
    "outsider": {"public"},
    "reader": {"public", "private"},
    "contributor": {"public", "private"},
    "editor": {"public", "private", "pending"},
    "owner": {"public", "private", "pending"},
    "admin": {"public", "private", "pending"},
    "read-only token": {"public", "private"},
}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "CARNET_RATELIMIT_SIGN_IN": "1000/minute"}


@pytest.fixture
def scene(app, client, world):
    """ "atelier" (private) and "vitrine" (public) with the same members; one entry per state."""
    from logbook.auth import issue_token
    from logbook.db import db
    from logbook.models import Role, Visibility
    from logbook.services.guests import create_guest_link
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import add_member

    vitrine = create_logbook(
        world.owner.user, name="Vitrine", slug="vitrine", visibility=Visibility.PUBLIC.value
    )
    add_member(vitrine, world.editor.user, Role.EDITOR)
    add_member(vitrine, world.contributor.user, Role.CONTRIBUTOR)
    add_member(vitrine, world.reader.user, Role.READER)
    _link, guest_token = create_guest_link(vitrine, world.editor.user)
    _row, read_only_token = issue_token(world.owner.user, "lecture seule", read_only=True)
    db.session.commit()

    def post(slug, word):
        response = client.post(
            f"/api/v1/logbooks/{slug}/entries",
            json={"kind": "note", "title": f"Note {word}", "body": f"On y parle de {word}."},
            headers=world.contributor.headers,
        )
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    post("atelier", WORDS["private"][1])
    post("vitrine", WORDS["public"][1])
    guest = client.post(
        f"/api/v1/guest/{guest_token}/entries",
        json={"display_name": "Invitée", "kind": "note", "title": f"Invitée {WORDS['pending'][1]}"},
    )
    assert guest.status_code == 201, guest.get_json()
    trashed = post("vitrine", WORDS["trashed"][1])
    gone = client.delete(f"/api/v1/logbooks/vitrine/entries/{trashed}", headers=world.editor.headers)
    assert gone.status_code == 204
    headers = {
        "anonymous": {},
        "read-only token": {"Authorization": f"Bearer {read_only_token}"},
        **{name: getattr(world, name).headers for name in SEES if hasattr(world, name)},
    }
    return headers


def api_search(client, headers, method, q):
    if method == "GET":
        response = client.get("/api/v1/search", query_string={"q": q}, headers=headers)
    else:
        response = client.post("/api/v1/search", json={"q": q}, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json(), response.get_data(as_text=True)


@pytest.mark.parametrize("caller", list(SEES))
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_search_answers_tell_nothing_of_entries_the_caller_cannot_read(client, scene, caller, method):
    headers = scene[caller]
    nowhere, _ = api_search(client, headers, method, "zanzibarinconnu")
    for state, (_slug, word, typo) in WORDS.items():
        answer, text = api_search(client, headers, method, typo)
        exact, _exact_text = api_search(client, headers, method, word)
        if state in SEES[caller]:
            assert answer["suggestion"] == word, (state, answer)
            assert answer["total"] == 1 and exact["total"] == 1, (state, answer, exact)
            assert exact["suggestion"] is None
        else:
            assert answer["suggestion"] is None, (state, answer)
            assert answer["total"] == 0 and answer["hits"] == [], (state, answer)
            assert word not in text, state
            # Whether the word exists somewhere does not show either.
            assert (exact["total"], exact["suggestion"], exact["facets"]) == (
                nowhere["total"],
                nowhere["suggestion"],
                nowhere["facets"],
            ), state
            assert word not in json.dumps(exact["hits"]) + json.dumps(exact["facets"]), state


@pytest.mark.parametrize("caller", [name for name in SEES if name != "read-only token"])
def test_the_search_page_suggests_only_words_the_caller_may_read(app, world, scene, caller):
    client = app.test_client()
    if caller != "anonymous":
        sign_in(client, caller)
    readable = ["vitrine"] + (["atelier"] if "private" in SEES[caller] else [])
    for slug in readable:
        for state, (home, word, typo) in WORDS.items():
            page = client.get(f"/carnets/{slug}", query_string={"q": typo})
            assert page.status_code == 200, (slug, state)
            html = page.get_data(as_text=True)
            if state in SEES[caller] and home == slug:
                assert f'data-suggestion="{word}">{word}</a>' in html and "Vouliez-vous dire" in html, (
                    slug,
                    state,
                )
            else:
                assert "Vouliez-vous dire <a" not in html and word not in html, (slug, state)
    if "private" not in SEES[caller]:
        assert client.get("/carnets/atelier", query_string={"q": WORDS["private"][2]}).status_code in (
            302,
            404,
        )


@pytest.mark.parametrize("caller", ["anonymous", "outsider"])
def test_naming_a_private_logbook_answers_like_naming_none(client, scene, caller):
    for method in ("GET", "POST"):
        answers = []
        for slug in ("atelier", "nulle-part"):
            if method == "GET":
                response = client.get(
                    "/api/v1/search", query_string={"q": "note", "logbook": slug}, headers=scene[caller]
                )
            else:
                response = client.post(
                    "/api/v1/search", json={"q": "note", "logbook": [slug]}, headers=scene[caller]
                )
            error = response.get_json()["error"]
            answers.append((response.status_code, error["code"], error["message"].replace(slug, "")))
        assert answers[0] == answers[1] and answers[0][0] == 404
