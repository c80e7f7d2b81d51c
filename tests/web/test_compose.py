"""Posting without script: the plain form works, errors come back on the form, never a 500."""

from __future__ import annotations

import io
import re

from tests.web.conftest import post_form, sign_in

COMPOSE = "/carnets/atelier/nouveau"


def timeline_text(client) -> str:
    return client.get("/carnets/atelier").get_data(as_text=True)


def test_note_posted_by_the_plain_form_appears_in_the_timeline(client, world):
    sign_in(client, "contributor")
    response = post_form(
        client,
        COMPOSE,
        {"kind": "note", "title": "Réunion parents", "body": "Plus de **bio**.", "tags": "Parents, menus",
         "occurred_at": "2026-10-02T18:30", "tz": "Europe/Paris", "stage_id": ""},
    )  # fmt: skip
    assert response.status_code == 302
    assert "#entree-" in response.headers["Location"]
    page = timeline_text(client)
    assert "Réunion parents" in page
    assert "#parents" in page and "#menus" in page
    entry = client.get("/api/v1/logbooks/atelier/timeline").get_json()["entries"][0]
    assert entry["occurred_at"].startswith("2026-10-02T16:30")  # 18:30 in Paris, summer time
    assert entry["author"]["name"] == "Contributor"


def test_photo_posted_by_the_plain_form_keeps_its_alt_text(client, world, sample_files):
    sign_in(client, "contributor")
    response = post_form(
        client,
        COMPOSE,
        {"kind": "photo", "title": "Le self", "alt_text": "Des rayures orange",
         "files": (io.BytesIO(sample_files["jpeg"].read_bytes()), "self.jpg")},
    )  # fmt: skip
    assert response.status_code == 302
    entry = client.get("/api/v1/logbooks/atelier/timeline").get_json()["entries"][0]
    assert entry["kind"] == "photo"
    assert entry["media"][0]["alt_text"] == "Des rayures orange"


def test_missing_file_comes_back_as_a_readable_form_error(client, world):
    sign_in(client, "contributor")
    response = post_form(client, COMPOSE, {"kind": "photo", "title": "Sans photo"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Ajoutez au moins un fichier" in page
    assert 'value="Sans photo"' in page  # what was typed is kept


def test_a_file_that_is_not_an_image_is_refused_on_the_form(client, world, sample_files):
    sign_in(client, "contributor")
    response = post_form(
        client,
        COMPOSE,
        {"kind": "photo", "files": (io.BytesIO(sample_files["html_as_jpg"].read_bytes()), "piege.jpg")},
    )
    assert response.status_code in (415, 422)
    assert "error-summary" in response.get_data(as_text=True)


def test_testimony_needs_the_speaker_and_consent(client, world):
    sign_in(client, "contributor")
    response = post_form(client, COMPOSE, {"kind": "testimony", "body": "On mange vite.", "speaker_name": ""})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "consentement" in page
    response = post_form(
        client,
        COMPOSE,
        {"kind": "testimony", "body": "On mange vite.", "speaker_name": "Aïcha", "consent": "on"},
    )
    assert response.status_code == 302


def test_sending_the_same_form_twice_makes_one_entry(client, world):
    sign_in(client, "contributor")
    data = {"kind": "note", "title": "Une seule fois", "idempotency_key": "form-123"}
    first = post_form(client, COMPOSE, data)
    second = post_form(client, COMPOSE, data)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]
    assert timeline_text(client).count("Une seule fois") == 1


def test_readers_cannot_open_the_compose_page(client, world):
    sign_in(client, "reader")
    assert client.get(COMPOSE).status_code == 403


def test_markdown_preview_is_sanitised(client, world):
    sign_in(client, "contributor")
    body = "**gras** <script>alert(1)</script> [x](javascript:alert(1))"
    response = post_form(client, "/carnets/atelier/apercu", {"body": body}, page=COMPOSE)
    html = response.get_json()["html"]
    assert "<strong>gras</strong>" in html
    assert "<script" not in html and 'href="javascript' not in html


def test_a_nul_character_in_the_plain_form_comes_back_as_a_form_error(client, world):
    sign_in(client, "contributor")
    response = post_form(client, COMPOSE, {"kind": "note", "title": "Avant\x00après", "body": "x"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="error-summary"' in page and "NUL" in page
    assert "Avant" not in timeline_text(client)


def test_a_refused_file_is_named_on_the_form_by_its_safe_display_name(client, world, sample_files):
    sign_in(client, "contributor")
    response = post_form(
        client,
        COMPOSE,
        {"kind": "photo", "files": (io.BytesIO(sample_files["text"].read_bytes()), "../../../../tmp/x\u202egpj.sh")},
    )  # fmt: skip
    assert response.status_code == 415
    page = response.get_data(as_text=True)
    assert "xgpj.sh" in page
    assert "\u202e" not in page and "../" not in page and "/tmp/" not in page


def test_a_form_changed_after_its_first_sending_arrived_is_explained_then_posted_anew(client, world):
    sign_in(client, "contributor")
    first = post_form(
        client, COMPOSE, {"kind": "note", "title": "Première version", "idempotency_key": "f-9"}
    )
    assert first.status_code == 302  # stored, but say the answer was lost on the way back

    changed = post_form(
        client, COMPOSE, {"kind": "note", "title": "Version corrigée", "idempotency_key": "f-9"}
    )

    assert changed.status_code == 422
    page = changed.get_data(as_text=True)
    assert "déjà été publié" in page and "Vos modifications n&#39;ont pas été publiées" in page
    assert timeline_text(client).count("Première version") == 1
    assert "Version corrigée" not in timeline_text(client)
    # The form comes back with a new key: sent again, knowingly, it is a new entry.
    [key] = re.findall(r'name="idempotency_key" value="([^"]+)"', page)
    assert key != "f-9"
    again = post_form(client, COMPOSE, {"kind": "note", "title": "Version corrigée", "idempotency_key": key})
    assert again.status_code == 302
    assert "Version corrigée" in timeline_text(client)
