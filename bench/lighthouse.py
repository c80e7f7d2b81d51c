"""Lighthouse (npm ``lighthouse@12.2.3``, mobile settings) on the timeline, compose and story
pages of a demo instance; prints the performance and accessibility scores.

    .venv/bin/python bench/lighthouse.py            # goals: performance >= 95, accessibility 100

The demo instance is made in a temporary folder (``carnet demo``'s logbook), served by
waitress on 127.0.0.1 with the in-process worker. Lighthouse is installed under
``.tools/`` on first use; Chromium is Debian's (``CHROME_PATH=/usr/bin/chromium``).
Not part of the test suite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOOLS = ROOT / ".tools"
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
VERSION = "12.2.3"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
GOALS = {"performance": 95, "accessibility": 100}
PAGES = {
    "timeline": "/carnets/{slug}",
    "compose": "/carnets/{slug}/nouveau",
    "story": "/carnets/{slug}/histoire",
}


def ensure_lighthouse() -> Path:
    if not LIGHTHOUSE.exists():
        TOOLS.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS), f"lighthouse@{VERSION}"],
            check=True,
        )
    return LIGHTHOUSE


def demo_instance(folder: Path):
    """An app with the demo logbook, and a session cookie of its owner."""
    from logbook import create_app
    from logbook.db import db, upgrade_schema
    from logbook.demo import OWNER_EMAIL, PASSWORD, SLUG, create_demo

    app = create_app(
        {
            "CARNET_INSTANCE_DIR": str(folder),
            "CARNET_WORKER": "immediate",
            "CARNET_LOG_LEVEL": "warning",
        }
    )
    with app.app_context():
        upgrade_schema()
        create_demo()
        db.session.remove()
    client = app.test_client()
    page = client.get("/connexion").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = client.post(
        "/connexion", data={"email": OWNER_EMAIL, "password": f"{PASSWORD}-2024", "csrf_token": token}
    )
    assert answer.status_code in (302, 303), answer.status_code
    cookie = client.get_cookie("session")
    return app, SLUG, f"session={cookie.value}"


def serve(app) -> tuple[str, object]:
    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=8, ident="carnet")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.effective_port}", server


def audit(lighthouse: Path, url: str, cookie: str, out: Path) -> dict[str, int]:
    env = dict(os.environ, CHROME_PATH=CHROME)
    subprocess.run(
        [
            str(lighthouse),
            url,
            "--quiet",
            "--only-categories=performance,accessibility",
            "--form-factor=mobile",
            "--screenEmulation.mobile=true",
            "--throttling-method=simulate",
            f"--extra-headers={json.dumps({'Cookie': cookie})}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run",
            "--output=json",
            f"--output-path={out}",
        ],
        check=True,
        env=env,
    )
    report = json.loads(out.read_text())
    return {name: round(cat["score"] * 100) for name, cat in report["categories"].items()}


def main() -> int:
    lighthouse = ensure_lighthouse()
    folder = Path(tempfile.mkdtemp(prefix="carnet-lighthouse-"))
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        app, slug, cookie = demo_instance(folder)
        base, server = serve(app)
        ok = True
        for name, path in PAGES.items():
            scores = audit(
                lighthouse, base + path.format(slug=slug), cookie, out_dir / f"lighthouse-{name}.json"
            )
            line = "  ".join(
                f"{category} {score:3d} (goal {GOALS[category]})"
                for category, score in sorted(scores.items())
            )
            print(f"{name:9s} {line}")
            ok &= all(score >= GOALS[category] for category, score in scores.items())
        server.close()
        return 0 if ok else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
