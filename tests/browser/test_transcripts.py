"""In a real browser: an automatic transcript's sentences seek the player, and its WebVTT
track loads as captions."""

from __future__ import annotations

import io
import threading

import pytest

from media.speech_bundle import install
from tests.browser.conftest import DESKTOP, PASSWORD, Site, _context, sign_in
from tests.transcripts.clips import SHORT_CLIP, build_clip, encode

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def spoken_site(tmp_path_factory):
    """A live Carnet with the bundled model, holding one French audio capsule."""
    from werkzeug.serving import make_server

    from logbook import create_app
    from logbook.auth import issue_token
    from logbook.db import db, upgrade_schema
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import create_user

    folder = tmp_path_factory.mktemp("spoken-site")
    clip = build_clip(SHORT_CLIP, folder / "phrases.wav")
    memo = encode(clip.path, folder / "memo.m4a", "-c:a", "aac", "-b:a", "64k")
    instance = folder / "instance"
    app = create_app(
        {
            "CARNET_INSTANCE_DIR": str(instance),
            "CARNET_DATABASE_URL": f"sqlite:///{instance / 'carnet.db'}",
            "CARNET_STORAGE_URL": f"file://{instance / 'media'}",
            "CARNET_WORKER": "immediate",
            "CARNET_SECRET_KEY": "browser-tests",
            "CARNET_RATELIMIT_SIGN_IN": "1000/minute",
            "CARNET_TRANSCRIBE_MODEL": str(install(folder / "whisper-base")),
        }
    )
    with app.app_context():
        upgrade_schema()
        owner = create_user(email="owner@example.org", password=PASSWORD, display_name="Owner")
        _, token = issue_token(owner, "tests")
        create_logbook(owner, name="Atelier cantines", slug="atelier")
        db.session.commit()
        db.session.remove()
    response = app.test_client().post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "audio", "title": "Capsule", "files": [(io.BytesIO(memo.read_bytes()), "memo.m4a")]},
        headers={"Authorization": f"Bearer {token}"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(f"http://127.0.0.1:{server.server_port}", app, {"owner": token}), response.get_json()
    server.shutdown()
    thread.join(timeout=5)


def test_tapping_a_sentence_seeks_the_player_and_captions_load(browser, spoken_site):
    site, entry = spoken_site
    context = _context(browser, site, DESKTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    path = f"/carnets/atelier/entrees/{entry['id']}"
    sign_in(page, "owner", path)
    cues = page.locator(".transcript .cue")
    assert cues.count() >= 3
    second = cues.nth(1)
    start = float(second.get_attribute("data-start"))
    assert start > 1
    second.click()
    page.wait_for_function(
        "start => Math.abs(document.querySelector('figure.media audio').currentTime - start) < 0.6", arg=start
    )
    page.wait_for_function("() => document.querySelector('figure.media audio track').readyState === 2")
    loaded = page.evaluate("() => document.querySelector('figure.media audio').textTracks[0].cues.length")
    assert loaded == cues.count()
    assert page.locator(".badge.automatic").is_visible()
    assert not errors
    context.close()
