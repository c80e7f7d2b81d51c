"""Carnet as an installed app: the manifest, the service worker's script, the person named
on every page for the offline cache, and where a share from the phone lands."""

from __future__ import annotations

import io

from PIL import Image

from logbook.db import db
from logbook.models import Entry
from logbook.services.logbooks import create_logbook
from tests.web.conftest import sign_in


def test_manifest_names_the_app_in_the_readers_language_with_maskable_icons(client, world):
    french = client.get("/manifest.webmanifest")
    assert french.status_code == 200
    assert french.mimetype == "application/manifest+json"
    manifest = french.get_json()
    assert manifest["name"] == "Carnet — carnet de bord partagé" and manifest["lang"] == "fr"
    assert manifest["display"] == "standalone" and manifest["scope"] == "/"
    assert manifest["start_url"].startswith("/") and manifest["theme_color"] and manifest["background_color"]
    english = client.get("/manifest.webmanifest", headers={"Accept-Language": "en"}).get_json()
    assert english["name"] == "Carnet — shared logbook" and english["lang"] == "en"
    purposes = {icon["purpose"] for icon in manifest["icons"]}
    assert purposes == {"any", "maskable"}
    for icon in manifest["icons"]:
        answer = client.get(icon["src"])
        assert answer.status_code == 200 and answer.mimetype == "image/png"
        width, height = Image.open(io.BytesIO(answer.get_data())).size
        assert f"{width}x{height}" == icon["sizes"]
    share = manifest["share_target"]
    assert share["action"] == "/partager" and share["method"] == "POST"
    assert share["enctype"] == "multipart/form-data"
    assert share["params"]["files"][0]["accept"] == ["image/*", "video/*", "audio/*"]


def test_every_page_links_the_manifest_and_loads_the_outbox(client, world):
    page = client.get("/connexion").get_data(as_text=True)
    assert 'rel="manifest" href="/manifest.webmanifest"' in page
    assert "/assets/outbox.js?v=" in page and 'id="outbox-messages"' in page


def test_service_worker_is_served_from_the_root_and_imports_the_outbox(client, world):
    answer = client.get("/sw.js")
    assert answer.status_code == 200
    assert answer.mimetype == "text/javascript"
    assert answer.headers["Service-Worker-Allowed"] == "/"
    assert answer.headers["Cache-Control"] == "no-cache"
    source = answer.get_data(as_text=True)
    assert 'importScripts("/assets/outbox.js?v=' in source
    assert "__OUTBOX_SCRIPT__" not in source


def test_pages_name_their_person_for_the_offline_cache_and_nothing_else_does(client, world):
    assert "X-Carnet-Person" not in client.get("/").headers  # nobody signed in
    api = client.get("/api/v1/logbooks/atelier", headers=world.contributor.headers)
    assert "X-Carnet-Person" not in api.headers
    sign_in(client, "contributor")
    assert client.get("/").headers["X-Carnet-Person"] == str(world.contributor.user.id)
    assert "X-Carnet-Person" not in client.get("/manifest.webmanifest").headers


def test_a_share_while_signed_out_asks_to_sign_in_first(client, world):
    answer = client.get("/partager?recu=1")
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/connexion?next=/partager")


def test_a_share_goes_straight_to_compose_in_ones_only_logbook(client, world):
    sign_in(client, "contributor")
    answer = client.get("/partager?recu=1")
    assert answer.status_code == 302
    assert answer.headers["Location"] == "/carnets/atelier/nouveau?partage=1"


def test_with_several_logbooks_a_share_asks_which_one(client, world, app):
    with app.app_context():
        create_logbook(db.session.merge(world.owner.user), name="Jardin partagé", slug="jardin")
        db.session.commit()
    sign_in(client, "owner")
    answer = client.get("/partager?recu=1")
    assert answer.status_code == 302 and answer.headers["Location"] == "/partager/carnet"
    page = client.get("/partager/carnet").get_data(as_text=True)
    assert 'href="/carnets/atelier/nouveau?partage=1"' in page
    assert 'href="/carnets/jardin/nouveau?partage=1"' in page


def test_readers_are_told_they_cannot_post_anywhere(client, world):
    sign_in(client, "reader")
    page = client.get("/partager/carnet").get_data(as_text=True)
    assert "Vous ne pouvez publier dans aucun carnet" in page
    assert "nouveau?partage=1" not in page


def test_a_share_reaching_the_server_keeps_nothing_and_says_so(client, world, app, sample_files):
    sign_in(client, "contributor")
    with app.app_context():
        before = db.session.query(Entry).count()
    # No CSRF token, as a share sheet sends it: accepted, and ignored.
    answer = client.post(
        "/partager",
        data={"files": (io.BytesIO(sample_files["jpeg"].read_bytes()), "cagettes.jpg"), "title": "Du marché"},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 303
    assert answer.headers["Location"] == "/partager?perdu=1"
    with app.app_context():
        assert db.session.query(Entry).count() == before
    landed = client.get(answer.headers["Location"], follow_redirects=True).get_data(as_text=True)
    assert "Les fichiers partagés ne sont pas arrivés" in landed


def test_other_forms_still_need_their_csrf_token(client, world):
    sign_in(client, "contributor")
    refused = client.post("/carnets/atelier/nouveau", data={"kind": "note", "title": "Sans jeton"})
    assert refused.status_code == 400
