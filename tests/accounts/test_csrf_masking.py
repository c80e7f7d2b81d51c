"""CSRF tokens are written under a fresh pad in every page (compressed pages must not leak
them, BREACH), and the server still recognises them."""

from __future__ import annotations

import re

from logbook.csrf_masking import PREFIX, unmask
from tests.accounts.conftest import csrf_from

PASSWORD = "correct horse battery"
META_RE = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def _longest_common_run(first: str, second: str) -> int:
    best = 0
    for start in range(len(first)):
        for end in range(start + best + 1, len(first) + 1):
            if first[start:end] in second:
                best = end - start
            else:
                break
    return best


def test_each_page_writes_the_token_differently_and_never_in_clear(client):
    first, second = csrf_from(client), csrf_from(client)
    assert first.startswith(PREFIX) and second.startswith(PREFIX)
    assert first != second
    # Both carry the same session token, yet share no run of bytes an attacker could grow.
    # (Flask-WTF signs it with the time in seconds: two pages a second apart carry the
    # same token under two signatures, so the token itself, before its first dot, is
    # what is compared.)
    assert unmask(first).split(".")[0] == unmask(second).split(".")[0]
    assert _longest_common_run(first[len(PREFIX) :], second[len(PREFIX) :]) < 8
    page = client.get("/connexion").get_data(as_text=True)
    clear = unmask(first)
    assert clear not in page
    assert clear.split(".")[0] not in page  # not even the signed token's payload


def test_a_masked_token_signs_in(client, world):
    token = csrf_from(client)
    answer = client.post(
        "/connexion", data={"email": "owner@example.org", "password": PASSWORD, "csrf_token": token}
    )
    assert answer.status_code in (302, 303)


def test_a_masked_token_in_the_header_is_accepted_as_scripts_send_it(client, world):
    token = csrf_from(client)
    client.post("/connexion", data={"email": "owner@example.org", "password": PASSWORD, "csrf_token": token})
    timeline = client.get("/carnets/atelier").get_data(as_text=True)
    header = META_RE.search(timeline).group(1)
    assert header.startswith(PREFIX)
    answer = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Du téléphone", "body": "."},
        headers={"X-CSRFToken": header},
    )
    assert answer.status_code == 201, answer.get_json()


def test_a_token_written_before_masking_still_works(client, world):
    clear = unmask(csrf_from(client))
    answer = client.post(
        "/connexion", data={"email": "owner@example.org", "password": PASSWORD, "csrf_token": clear}
    )
    assert answer.status_code in (302, 303)


def test_a_tampered_or_foreign_token_is_refused(client, world):
    token = csrf_from(client)
    body = token[len(PREFIX) :]
    flipped = PREFIX + body[:-3] + ("A" if body[-3] != "A" else "B") + body[-2:]
    other = unmask(csrf_from(client.application.test_client()))  # another browser's session
    for bad in (flipped, PREFIX + "!!!", PREFIX, other):
        answer = client.post(
            "/connexion", data={"email": "owner@example.org", "password": PASSWORD, "csrf_token": bad}
        )
        assert answer.status_code in (400, 403), (bad, answer.status_code)


def test_unmask_leaves_what_is_not_a_masked_token_alone():
    for value in (None, "", "abc.def", PREFIX + "not base64 !", PREFIX + "QUJD"):
        assert unmask(value) == value
