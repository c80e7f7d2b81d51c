"""A live Carnet on 127.0.0.1 (SQLite + file storage, jobs run at once) and headless
Chromium at phone and desktop sizes, with axe-core for accessibility checks.

axe-core comes from npm: ``npm ci --prefix tests/browser`` (run automatically
below when ``node_modules`` is missing).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PASSWORD = "correct horse battery"


@dataclass
class Site:
    url: str
    app: object
    tokens: dict[str, str]

    def api(self, method: str, path: str, who: str = "owner", **kwargs):
        """Call the API as a seeded member with their bearer token (Flask test client, same app)."""
        client = self.app.test_client()
        headers = {"Authorization": f"Bearer {self.tokens[who]}"}
        return client.open(path, method=method, headers=headers, **kwargs)


def _ensure_axe() -> Path:
    if not AXE.exists():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install axe-core for the browser tests"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    return AXE


def _seed(app, samples: dict[str, Path]) -> dict[str, str]:
    from datetime import UTC, datetime, timedelta

    from logbook.auth import issue_token
    from logbook.db import db, upgrade_schema
    from logbook.jobs import get_queue
    from logbook.models import Role
    from logbook.services.entries import UploadedFile, create_entry
    from logbook.services.logbooks import create_logbook
    from logbook.services.stages import create_stage
    from logbook.services.users import add_member, create_user
    from logbook.storage import get_storage

    with app.app_context():
        upgrade_schema()
        people = {}
        for key, name in (
            ("owner", "Olga Martin"),
            ("editor", "Éric Dupont"),
            ("contributor", "Camille Leroy"),
            ("reader", "Rémi Petit"),
        ):
            people[key] = create_user(email=f"{key}@example.org", password=PASSWORD, display_name=name)
        logbook = create_logbook(
            people["owner"],
            name="Atelier cantines",
            slug="atelier",
            nickname="Fil d'Ariane",
            description="Réinventer la **cantine scolaire** avec les élèves, les cuisiniers et les parents.",
        )
        add_member(logbook, people["editor"], Role.EDITOR)
        add_member(logbook, people["contributor"], Role.CONTRIBUTOR)
        add_member(logbook, people["reader"], Role.READER)
        immersion = create_stage(
            logbook, title="Immersion", summary="Deux semaines dans trois cantines.", reached=True
        )
        ateliers = create_stage(logbook, title="Ateliers", summary="Imaginer avec les élèves.", reached=True)
        create_stage(logbook, title="Prototype", summary="Tester un nouveau self à Lyon.")
        storage, queue = get_storage(), get_queue()
        start = datetime(2026, 9, 14, 9, 30, tzinfo=UTC)
        notes = [
            (
                "Premier jour à la cantine Jean-Jaurès",
                "On arrive à **11 h 30** : 420 repas, 3 services.",
                immersion,
                ["cantine", "terrain"],
                True,
            ),
            ("Le bruit", "Mesuré 85 dB au deuxième service.", immersion, ["bruit"], False),
            (
                "Atelier menus",
                "Les élèves classent leurs plats préférés.",
                ateliers,
                ["élèves", "menus"],
                True,
            ),
        ]
        for index, (title, body, stage, tags, pinned) in enumerate(notes):
            create_entry(
                logbook,
                people["owner"] if index % 2 == 0 else people["contributor"],
                {
                    "kind": "note",
                    "title": title,
                    "body": body,
                    "stage_id": stage.id,
                    "tags": tags,
                    "pinned": pinned,
                    "occurred_at": start + timedelta(days=20 * index),
                },
                [],
                storage=storage,
                queue=queue,
            )
        create_entry(
            logbook,
            people["editor"],
            {
                "kind": "testimony",
                "body": "Vingt minutes pour manger, c'est trop court.",
                "speaker_name": "Aïcha",
                "speaker_role": "cuisinière",
                "consent": True,
                "stage_id": immersion.id,
                "tags": ["cantine"],
                "occurred_at": start + timedelta(days=3),
            },
            [],
            storage=storage,
            queue=queue,
        )
        photo = samples["jpeg"]
        upload_dir = Path(app.instance_path) / "uploads"
        upload_dir.mkdir(parents=True, exist_ok=True)
        copy = upload_dir / "seed-photo.jpg"
        shutil.copy(photo, copy)
        import hashlib

        create_entry(
            logbook,
            people["contributor"],
            {
                "kind": "photo",
                "title": "Le self vu d'en haut",
                "stage_id": ateliers.id,
                "tags": ["terrain"],
                "occurred_at": start + timedelta(days=45),
            },
            [
                UploadedFile(
                    path=str(copy),
                    sha256=hashlib.sha256(copy.read_bytes()).hexdigest(),
                    size=copy.stat().st_size,
                    filename="self.jpg",
                    alt_text="Des rayures orange et bleues",
                )
            ],
            storage=storage,
            queue=queue,
        )
        tokens = {}
        for key, user in people.items():
            _, clear = issue_token(user, "browser tests")
            tokens[key] = clear
        db.session.commit()
        db.session.remove()
    return tokens


@pytest.fixture(scope="session")
def site(tmp_path_factory, sample_files):
    from werkzeug.serving import make_server

    from logbook import create_app

    instance = tmp_path_factory.mktemp("live-instance")
    app = create_app(
        {
            "CARNET_INSTANCE_DIR": str(instance),
            "CARNET_DATABASE_URL": f"sqlite:///{instance / 'carnet.db'}",
            "CARNET_STORAGE_URL": f"file://{instance / 'media'}",
            "CARNET_WORKER": "immediate",
            "CARNET_SECRET_KEY": "browser-tests",
            "CARNET_RATELIMIT_SIGN_IN": "1000/minute",
            "CARNET_PAGE_SIZE": 50,
        }
    )
    tokens = _seed(app, sample_files)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(f"http://127.0.0.1:{server.server_port}", app, tokens)
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def playwright_driver():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver):
    _ensure_axe()
    chromium = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def _context(browser, site, settings: dict):
    # bypass_csp lets axe-core be injected; the pages themselves run under the real policy otherwise.
    context = browser.new_context(
        base_url=site.url, locale="fr-FR", timezone_id="Europe/Paris", bypass_csp=True, **settings
    )
    context.grant_permissions(["microphone"], origin=site.url)
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def phone(browser, site):
    context = _context(browser, site, PHONE)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def phone_with_back_forward_cache(playwright_driver, site):
    """A phone page in a Chromium that keeps the back/forward cache, as phones do
    (Playwright turns it off by default)."""
    chromium = playwright_driver.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    context = _context(chromium, site, PHONE)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()
    chromium.close()


@pytest.fixture
def desktop(browser, site):
    context = _context(browser, site, DESKTOP)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def sign_in(page, who: str, next_path: str = "/") -> None:
    """Sign in through the real sign-in page, as a person would."""
    page.goto(f"/connexion?next={next_path}")
    page.fill("#email", f"{who}@example.org")
    page.fill("#password", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(re.escape(next_path) + r"(\?.*|#.*)?$"))


def axe_violations(page) -> list[dict]:
    """Serious and critical WCAG 2.1 A/AA violations on the current page."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)


def play_until(page, selector: str, seconds: float) -> None:
    """Start the media element ``selector`` and wait until it has played ``seconds``.

    The promise ``play()`` returns is not awaited: it stays pending for as long as the
    media stalls, and ``evaluate`` has no timeout, so a stall would hang the whole run
    instead of failing this test. A refused play fails at once, with its reason."""
    page.evaluate(
        "s => { const el = document.querySelector(s);"
        " el.play().catch(error => { el.dataset.playError = String(error); }); }",
        selector,
    )
    page.wait_for_function(
        "([s, t]) => { const el = document.querySelector(s);"
        " if (el.dataset.playError) throw new Error(el.dataset.playError);"
        " return el.currentTime > t; }",
        arg=[selector, seconds],
    )


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def set_media_state(site: Site, media_id: int, state: str) -> None:
    """Move a media back or forth in processing, as a slow worker would."""
    from logbook.db import db
    from logbook.models import Media

    with site.app.app_context():
        db.session.get(Media, media_id).state = state
        db.session.commit()
        db.session.remove()


IMAGE_SHOWN = """id => {
    const image = document.querySelector(`#entree-${id} img`);
    return image && image.complete && image.naturalWidth > 0;
}"""


ENTRY_URL = re.compile(r"/carnets/atelier#entree-(\d+)$")


def posted_entry_id(page, timeout_ms: float = 120_000) -> int:
    """Wait for the compose page to land on the timeline at the new entry; returns its id.

    The test site runs jobs in the request that queues them, so publishing a recording or a
    video converts it before the page moves on: on a busy machine that takes longer than
    the default 15 s wait."""
    page.wait_for_url(ENTRY_URL, timeout=timeout_ms)
    return int(ENTRY_URL.search(page.url).group(1))


def wait_media_ready(site: Site, entry_id: int, timeout: float = 60.0) -> list[dict]:
    """Poll the API until every media of the entry is ready; returns the media."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        entry = site.api("GET", f"/api/v1/logbooks/atelier/entries/{entry_id}").get_json()
        states = [m["state"] for m in entry["media"]]
        if states and all(state == "ready" for state in states):
            return entry["media"]
        assert "failed" not in states, entry["media"]
        assert time.monotonic() < deadline, f"media still {states}"
        time.sleep(0.3)


def draw_on_pad(page, strokes: int = 1) -> None:
    """Draw a line on the compose page's drawing pad, as a finger would. The pad is first
    brought to the middle of the screen: near the bottom, the sticky publish bar covers it
    and the strokes would land on the bar."""
    canvas = page.locator(".pad-canvas")
    canvas.evaluate("el => el.scrollIntoView({block: 'center'})")
    box = canvas.bounding_box()
    for n in range(strokes):
        page.mouse.move(box["x"] + 30, box["y"] + 30 + n * 20)
        page.mouse.down()
        for step in range(1, 20):
            page.mouse.move(box["x"] + 30 + step * 10, box["y"] + 30 + n * 20 + step * 6)
        page.mouse.up()
