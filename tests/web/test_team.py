"""Team pages: invitations and guest links shown once, moderation, roles."""

from __future__ import annotations

import re

from tests.web.conftest import csrf, post_form, sign_in


def test_owner_makes_an_invitation_link_that_is_shown_once(client, world):
    sign_in(client, "owner")
    response = post_form(client, "/carnets/atelier/invitations", {"role": "reader", "note": "Pour Noé"})
    page = response.get_data(as_text=True)
    link = re.search(r'id="created-link" type="text" readonly value="([^"]+)"', page).group(1)
    assert "/invite/" in link
    again = client.get("/carnets/atelier/invitations").get_data(as_text=True)
    assert link not in again and "Pour Noé" in again


def test_editor_makes_a_moderated_guest_link_and_approves_what_comes_in(client, world):
    sign_in(client, "editor")
    page = post_form(client, "/carnets/atelier/liens-invites", {"label": "Marché"}).get_data(as_text=True)
    token = re.search(r"/invite/guest/([^\"]+)\"", page).group(1)
    guest = client.application.test_client()
    form = f"/invite/guest/{token}"
    sent = guest.post(
        form,
        data={"display_name": "Nadia", "kind": "note", "title": "Du marché", "body": "Bonjour",
              "csrf_token": csrf(guest, form)},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert sent.status_code == 303
    assert "Du marché" not in client.get("/carnets/atelier").get_data(as_text=True)
    queue = client.get("/carnets/atelier/a-valider").get_data(as_text=True)
    assert "Du marché" in queue
    entry_id = re.search(r'name="entry_id" value="(\d+)"', queue).group(1)
    post_form(client, "/carnets/atelier/a-valider", {"entry_id": entry_id, "decision": "approve"})
    assert "Du marché" in client.get("/carnets/atelier").get_data(as_text=True)


def test_owner_changes_a_role_but_keeps_one_owner(client, world):
    sign_in(client, "owner")
    page = "/carnets/atelier/membres"
    post_form(client, f"{page}/{world.reader.user.id}", {"role": "contributor"}, page=page)
    assert client.get("/api/v1/logbooks/atelier/members").get_json()
    roles = {m["display_name"]: m["role"] for m in client.get("/api/v1/logbooks/atelier/members").get_json()}
    assert roles["Reader"] == "contributor"
    response = post_form(client, f"{page}/{world.owner.user.id}", {"role": "reader"}, page=page)
    assert response.status_code == 302
    roles = {m["display_name"]: m["role"] for m in client.get("/api/v1/logbooks/atelier/members").get_json()}
    assert roles["Owner"] == "owner"


def test_team_pages_follow_the_roles(client, world):
    sign_in(client, "contributor")
    assert client.get("/carnets/atelier/membres").status_code == 200
    assert client.get("/carnets/atelier/invitations").status_code == 403
    assert client.get("/carnets/atelier/liens-invites").status_code == 403
    assert client.get("/carnets/atelier/corbeille").status_code == 403
    assert client.get("/carnets/atelier/exports").status_code == 200


def test_an_export_is_asked_for_and_downloaded_without_script(client, world):
    from tests.web.conftest import add_note

    add_note(world, client, title="Premier marché")
    sign_in(client, "editor")
    asked = post_form(client, "/carnets/atelier/exports", {"format": "markdown"})
    assert asked.status_code == 302
    page = client.get("/carnets/atelier/exports").get_data(as_text=True)
    assert "en préparation" in page
    link = re.search(r'href="(/api/v1/exports/\d+/download)"', page).group(1)
    download = client.get(link)
    # The file itself, or on S3 a short-lived link to it.
    assert download.status_code in (200, 302)


def test_a_reader_is_not_offered_the_full_archive(client, world):
    sign_in(client, "reader")
    page = client.get("/carnets/atelier/exports").get_data(as_text=True)
    assert 'value="pdf"' in page and 'value="archive"' not in page
    post_form(client, "/carnets/atelier/exports", {"format": "archive"})
    page = client.get("/carnets/atelier/exports").get_data(as_text=True)
    assert "exporter l&#39;archive complète" in page
    assert "/download" not in page


def test_a_deck_of_pinned_entries_only_is_asked_for_from_the_form(client, world):
    from logbook.db import db
    from logbook.models import Export

    sign_in(client, "reader")
    page = client.get("/carnets/atelier/exports").get_data(as_text=True)
    assert 'name="pinned_only"' in page
    post_form(client, "/carnets/atelier/exports", {"format": "pptx", "pinned_only": "on"})
    post_form(client, "/carnets/atelier/exports", {"format": "pptx"})
    scopes = [e.scope["pinned_only"] for e in db.session.query(Export).order_by(Export.id)]
    assert scopes == [True, False]
