"""Carnet as an installed app on a phone: entries made without a network wait in the outbox
and arrive once, pages open offline from the service worker, signing out leaves nothing of
the person behind, the share sheet lands on the compose page, and Chromium finds the app
installable."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import time

import pytest

from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PASSWORD,
    PHONE,
    assert_accessible,
    draw_on_pad,
    sign_in,
    wait_media_ready,
)
from tests.browser.test_phone import record_a_capsule

pytestmark = pytest.mark.browser

COMPOSE = "/carnets/atelier/nouveau"
TIMELINE = "/carnets/atelier"
OUTBOX_COUNT = "n => document.documentElement.dataset.outbox === String(n)"
STORED = """async () => {
    const names = (await indexedDB.databases()).map(d => d.name);
    let items = 0;
    if (names.includes("carnet-outbox")) {
        items = await new Promise(resolve => {
            const opening = indexedDB.open("carnet-outbox");
            opening.onsuccess = () => {
                const db = opening.result;
                if (!db.objectStoreNames.contains("items")) { db.close(); resolve(0); return; }
                const count = db.transaction("items").objectStore("items").count();
                count.onsuccess = () => { db.close(); resolve(count.result); };
            };
        });
    }
    return {databases: names, items, caches: await caches.keys()};
}"""


def open_for_offline(page, path: str) -> None:
    """Open a page and wait until the service worker has kept it (and its scripts)."""
    page.goto(path)
    page.wait_for_selector("html[data-offline=ready]", state="attached")


def wait_outbox(page, count: int, timeout: float = 60_000) -> None:
    page.wait_for_function(OUTBOX_COUNT, arg=count, timeout=timeout)


def queue_an_entry(page) -> None:
    page.click("button.submit")
    page.wait_for_function(
        "() => document.querySelector('.upload-status').textContent.includes('Pas de réseau')"
    )


def entries_titled(site, title: str) -> list[dict]:
    timeline = site.api("GET", "/api/v1/logbooks/atelier/timeline?limit=200").get_json()
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("title") == title and "kind" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(timeline)
    return found


def lose_the_first_answer(page) -> list[bool]:
    """The first entry sent arrives and is stored, but its answer never comes back."""
    lost: list[bool] = []

    def lose(route):
        if lost or route.request.method != "POST":
            route.continue_()
            return
        route.fetch()
        lost.append(True)
        route.abort("connectionreset")

    page.route("**/api/v1/logbooks/atelier/entries", lose)
    return lost


def test_entries_made_offline_wait_in_the_outbox_and_arrive_once(phone, site, sample_files):
    context = phone.context
    sign_in(phone, "contributor", TIMELINE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    open_for_offline(phone, COMPOSE)

    context.set_offline(True)
    phone.fill("#title", "Hors ligne : la note du marché")
    phone.fill("#body", "Écrite sans **réseau**.")
    queue_an_entry(phone)
    wait_outbox(phone, 1)
    assert phone.input_value("#title") == ""  # the form is free for the next entry

    phone.click("label[for=k-photo]")
    phone.set_input_files(".for-photo input[multiple]", str(sample_files["jpeg"]))
    phone.fill(".uploads input[type=text]", "Les cagettes")
    phone.fill("#title", "Hors ligne : la photo des cagettes")
    queue_an_entry(phone)
    wait_outbox(phone, 2)
    assert phone.locator(".uploads .upload").count() == 0

    phone.click("label[for=k-audio]")
    record_a_capsule(phone, 1500)
    phone.fill("#title", "Hors ligne : la capsule")
    queue_an_entry(phone)
    wait_outbox(phone, 3)

    phone.click("label[for=k-drawing]")
    draw_on_pad(phone)
    phone.fill("#title", "Hors ligne : le plan du stand")
    queue_an_entry(phone)
    wait_outbox(phone, 4)
    heading = phone.locator(".outbox h2")
    assert heading.inner_text() == "En attente d'envoi (4)"
    assert_accessible(phone)

    # Reloaded offline, the page comes from the service worker with the outbox intact.
    phone.reload()
    phone.wait_for_selector("#compose")
    wait_outbox(phone, 4)
    assert phone.locator(".outbox .outbox-item").count() == 4
    assert "cagettes" in phone.locator(".outbox").inner_text()
    # The worker really is offline: a page never opened here says so.
    phone.goto("/carnets/atelier/histoire")
    assert "Pas de réseau" in phone.content()
    assert phone.locator("li a[href$='/carnets/atelier']").count() == 1  # it points to the pages kept

    # Closed and opened again, still offline: the timeline viewed before opens too.
    reopened = context.new_page()
    phone.close()
    reopened.goto(TIMELINE)
    reopened.wait_for_selector(".outbox h2")
    wait_outbox(reopened, 4)
    reopened.wait_for_function(  # with the photos seen there
        "() => [...document.querySelectorAll('img[src*=\"/media/\"]')].some(i => i.complete && i.naturalWidth > 0)"
    )

    # Back online: everything goes, and the first answer lost on the way costs nothing.
    lost = lose_the_first_answer(reopened)
    context.set_offline(False)
    wait_outbox(reopened, 0, timeout=90_000)
    assert lost == [True]
    for title in (
        "Hors ligne : la note du marché",
        "Hors ligne : la photo des cagettes",
        "Hors ligne : la capsule",
        "Hors ligne : le plan du stand",
    ):
        found = entries_titled(site, title)
        assert len(found) == 1, (title, found)
    photo = entries_titled(site, "Hors ligne : la photo des cagettes")[0]
    media = wait_media_ready(site, photo["id"])
    assert media[0]["alt_text"] == "Les cagettes"
    capsule = entries_titled(site, "Hors ligne : la capsule")[0]
    assert wait_media_ready(site, capsule["id"])[0]["kind"] == "audio"
    drawing = entries_titled(site, "Hors ligne : le plan du stand")[0]
    assert wait_media_ready(site, drawing["id"])[0]["mime"] == "image/png"
    reopened.goto(TIMELINE)
    assert reopened.locator("article", has_text="Hors ligne : la photo des cagettes").count() == 1
    assert reopened.locator(".outbox").count() == 0


def test_signing_out_with_an_outbox_asks_first_then_leaves_nothing(phone, site):
    sign_in(phone, "editor", TIMELINE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    open_for_offline(phone, COMPOSE)
    # The server never hears of this entry: it stays in the outbox.
    phone.route("**/api/v1/logbooks/atelier/entries", lambda route: route.abort("internetdisconnected"))
    phone.context.set_offline(True)
    phone.fill("#title", "Jamais envoyée")
    queue_an_entry(phone)
    wait_outbox(phone, 1)
    phone.context.set_offline(False)
    before = phone.evaluate(STORED)
    assert before["items"] == 1
    assert any(name.startswith("carnet-pages-") for name in before["caches"])
    assert any(name.startswith("carnet-media-") for name in before["caches"])  # the timeline's photo

    # The page forgets by itself: the server's Clear-Site-Data is left out here.
    def without_clear_site_data(route):
        response = route.fetch(max_redirects=0)
        headers = {k: v for k, v in response.headers.items() if k.lower() != "clear-site-data"}
        route.fulfill(response=response, headers=headers)

    phone.route("**/deconnexion", without_clear_site_data)
    questions = []

    def answer(dialog, accept: bool):
        questions.append(dialog.message)
        if accept:
            dialog.accept()
        else:
            dialog.dismiss()

    phone.once("dialog", lambda dialog: answer(dialog, False))
    phone.locator("form[data-forget-drafts] button").click()
    phone.wait_for_function("() => document.querySelector('.outbox') !== null")
    assert len(questions) == 1 and "1 entrée(s)" in questions[0]
    assert phone.url.endswith(COMPOSE)  # still signed in, the entry still waiting
    assert phone.evaluate(STORED)["items"] == 1

    phone.once("dialog", lambda dialog: answer(dialog, True))
    phone.locator("form[data-forget-drafts] button").click()
    phone.wait_for_url(re.compile(r"/connexion(\?.*)?$"))
    after = phone.evaluate(STORED)
    assert after["items"] == 0 and "carnet-outbox" not in after["databases"], after
    personal = ("carnet-pages-", "carnet-media-", "carnet-person")
    assert not [name for name in after["caches"] if name.startswith(personal)], after

    # Offline, the pages of the person who left are not shown to whoever holds the phone.
    phone.context.set_offline(True)
    phone.goto(TIMELINE)
    assert "Pas de réseau" in phone.content()
    assert "Jamais envoyée" not in phone.content()


SHARE = """async ({files}) => {
    // What the phone's share sheet does: a multipart POST navigation to the share_target action.
    const form = document.createElement("form");
    form.method = "post";
    form.enctype = "multipart/form-data";
    form.action = "/partager";
    const input = document.createElement("input");
    input.type = "file";
    input.name = "files";
    input.multiple = true;
    const transfer = new DataTransfer();
    for (const file of files) {
        const bytes = Uint8Array.from(atob(file.data), c => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, {type: file.type}));
    }
    input.files = transfer.files;
    const text = document.createElement("input");
    text.name = "text";
    text.value = file_text;
    form.append(input, text);
    document.body.append(form);
    form.submit();
}""".replace("file_text", '"Vu au marché"')


def shared_files(sample_files) -> list[dict]:
    return [
        {
            "name": "cagettes.jpg",
            "type": "image/jpeg",
            "data": base64.b64encode(sample_files["jpeg"].read_bytes()).decode(),
        },
        {
            "name": "voix.wav",
            "type": "audio/wav",
            "data": base64.b64encode(sample_files["wav"].read_bytes()).decode(),
        },
    ]


def test_a_share_from_the_phone_lands_on_compose_with_its_files(phone, site, sample_files):
    sign_in(phone, "contributor", TIMELINE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    phone.evaluate(SHARE, {"files": shared_files(sample_files)})
    phone.wait_for_url(re.compile(re.escape(COMPOSE) + r"$"))  # one logbook: no question asked
    phone.wait_for_selector("#compose[data-shared='2']", state="attached")
    names = phone.locator(".uploads .upload .name span").all_inner_texts()
    assert any("cagettes.jpg" in name for name in names) and any("voix.wav" in name for name in names)
    assert phone.is_checked("#k-photo")
    assert phone.input_value("#body") == "Vu au marché"
    phone.fill("#title", "Partagée depuis la galerie")
    phone.click("button.submit")
    phone.wait_for_url(re.compile(r"/carnets/atelier#entree-(\d+)$"))
    entry_id = int(phone.url.rsplit("-", 1)[1])
    media = wait_media_ready(site, entry_id)
    assert len(media) == 1 and media[0]["mime"] == "image/jpeg"  # a photo entry takes the photo
    assert not phone.errors


def test_a_share_while_signed_out_asks_to_sign_in_then_chooses_the_logbook(browser, site, sample_files):
    from logbook.db import db
    from logbook.models import User
    from logbook.services.logbooks import create_logbook
    from logbook.services.users import create_user

    with site.app.app_context():
        if not db.session.query(User).filter_by(email="nadia@example.org").first():
            nadia = create_user(email="nadia@example.org", password=PASSWORD, display_name="Nadia Benali")
            create_logbook(nadia, name="Jardin partagé", slug="jardin")
            create_logbook(nadia, name="Marché couvert", slug="marche")
            db.session.commit()
        db.session.remove()
    context = browser.new_context(base_url=site.url, locale="fr-FR", **PHONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        open_for_offline(page, "/")
        page.evaluate(SHARE, {"files": shared_files(sample_files)[:1]})
        page.wait_for_url(re.compile(r"/connexion\?next="))
        page.fill("#email", "nadia@example.org")
        page.fill("#password", PASSWORD)
        page.click("form button[type=submit]")
        page.wait_for_url(re.compile(r"/partager/carnet$"))
        page.click("a.button:has-text('Marché couvert')")
        page.wait_for_url(re.compile(r"/carnets/marche/nouveau$"))
        page.wait_for_selector("#compose[data-shared='1']", state="attached")
        assert page.locator(".uploads .upload").count() == 1
        assert "cagettes.jpg" in page.locator(".uploads").inner_text()
    finally:
        context.close()


def test_a_share_that_reaches_the_server_keeps_nothing_and_says_so(site, sample_files):
    client = site.app.test_client()
    answer = client.post(
        "/partager",
        data={"files": (sample_files["jpeg"].open("rb"), "cagettes.jpg")},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 303
    assert answer.headers["Location"].endswith("/partager?perdu=1")


def test_chromium_finds_the_app_installable(playwright_driver, site, tmp_path):
    # Installability is never granted in an off-the-record profile: a real one is used.
    context = playwright_driver.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        base_url=site.url,
        **PHONE,
    )
    try:
        page = context.pages[0] if context.pages else context.new_page()
        open_for_offline(page, "/")
        manifest = page.evaluate("() => fetch('/manifest.webmanifest').then(r => r.json())")
        assert manifest["display"] == "standalone" and manifest["share_target"]["method"] == "POST"
        assert {icon["purpose"] for icon in manifest["icons"]} == {"any", "maskable"}
        session = context.new_cdp_session(page)
        errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
        assert errors == []
        assert session.send("Page.getAppManifest").get("errors") == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def big_video(tmp_path_factory):
    """A real video of more than 30 MiB (one second of lossless 720p noise: quick to make
    and to process, and incompressible)."""
    path = tmp_path_factory.mktemp("outbox") / "marche-entier.mp4"
    noise = "nullsrc=s=1280x720:rate=25:duration=1,geq=lum='random(1)*255':cb=128:cr=128"
    subprocess.run(
        [
            *("ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", noise, "-c:v", "libx264"),
            *(
                "-preset",
                "ultrafast",
                "-qp",
                "0",
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "+faststart",
                str(path),
            ),
        ],
        check=True,
    )
    assert path.stat().st_size > 30 * 1024 * 1024
    return path


def test_a_30_mb_video_from_the_outbox_resumes_after_a_cut_and_arrives_once(phone, site, big_video):
    context = phone.context
    sign_in(phone, "contributor", COMPOSE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    context.set_offline(True)
    phone.click("label[for=k-video]")
    phone.set_input_files(".for-video input[multiple]", str(big_video))
    phone.fill("#title", "Hors ligne : la vidéo entière")
    queue_an_entry(phone)
    wait_outbox(phone, 1)

    sent: list[tuple[str, str, str]] = []
    patches: list[str] = []

    def watch(route):
        request = route.request
        sent.append((request.method, request.url, request.headers.get("upload-offset", "")))
        if request.method == "PATCH":
            patches.append(request.headers.get("upload-offset", ""))
            if len(patches) == 2:
                # The network goes in the middle of the video (its second 4 MiB piece).
                context.set_offline(True)
                route.abort("internetdisconnected")
                return
        route.continue_()

    phone.route(re.compile(r"/api/v1/(logbooks/atelier/uploads$|uploads/)"), watch)
    context.set_offline(False)
    # Cut: the item waits again, with the first piece on the server.
    phone.wait_for_function(
        "() => document.querySelector('.outbox-item[data-state=waiting] progress')?.value > 0"
    )
    assert len(patches) == 2
    context.set_offline(False)
    wait_outbox(phone, 0, timeout=120_000)

    methods = [method for method, _url, _offset in sent]
    assert methods.count("POST") == 1, sent  # one upload, carried on, never started again
    assert "HEAD" in methods[methods.index("PATCH") :], sent
    later = [int(offset) for method, _url, offset in sent if method == "PATCH"][2:]
    assert later and later[0] > 0, sent  # carried on from what the server had
    found = entries_titled(site, "Hors ligne : la vidéo entière")
    assert len(found) == 1, found
    media = wait_media_ready(site, found[0]["id"], timeout=120)
    assert media[0]["sha256"] == hashlib.sha256(big_video.read_bytes()).hexdigest()


def test_an_entry_left_in_the_outbox_goes_at_the_next_opening(phone, site):
    context = phone.context
    sign_in(phone, "owner", COMPOSE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    context.set_offline(True)
    phone.fill("#title", "Hors ligne : écrite dans le bus")
    queue_an_entry(phone)
    wait_outbox(phone, 1)
    phone.close()  # the app is closed before the network comes back
    context.set_offline(False)
    page = context.new_page()
    page.goto(TIMELINE)
    # Sent at this opening (or already by the worker on Background Sync): once either way.
    wait_outbox(page, 0)
    assert len(entries_titled(site, "Hors ligne : écrite dans le bus")) == 1
    page.reload()
    assert page.locator("article", has_text="Hors ligne : écrite dans le bus").count() == 1


def test_an_entry_the_server_refuses_stays_listed_with_why_until_discarded(phone, site):
    context = phone.context
    sign_in(phone, "contributor", COMPOSE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    context.set_offline(True)
    phone.fill("#title", "Hors ligne : refusée")
    queue_an_entry(phone)
    wait_outbox(phone, 1)
    refusal = {"error": {"code": "validation_failed", "message": "Ce carnet est archivé."}}
    phone.route("**/api/v1/logbooks/atelier/entries", lambda route: route.fulfill(status=422, json=refusal))
    context.set_offline(False)
    item = phone.locator(".outbox-item[data-state=refused]")
    item.wait_for()
    assert "Ce carnet est archivé." in item.inner_text()
    phone.once("dialog", lambda dialog: dialog.accept())
    item.locator(".outbox-discard").click()
    wait_outbox(phone, 0)
    assert entries_titled(site, "Hors ligne : refusée") == []


def _service_worker_registration(cdp) -> dict:
    """The site's service worker registration, as DevTools lists it."""
    registrations: list[dict] = []
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated", lambda event: registrations.extend(event["registrations"])
    )
    cdp.send("ServiceWorker.enable")
    for _ in range(100):
        live = [r for r in registrations if not r.get("isDeleted")]
        if live:
            return live[-1]
        cdp.send("Runtime.evaluate", {"expression": "1"})  # lets the event arrive
    raise AssertionError(f"no service worker registration: {registrations}")


def test_with_no_page_open_background_sync_sends_the_outbox_from_the_service_worker(phone, site):
    context = phone.context
    sign_in(phone, "owner", COMPOSE)
    phone.wait_for_selector("html[data-offline=ready]", state="attached")
    context.set_offline(True)
    phone.fill("#title", "Hors ligne : partie sans page ouverte")
    queue_an_entry(phone)
    wait_outbox(phone, 1)
    # Another site's page keeps DevTools open on this browser; no page of Carnet is left.
    elsewhere = context.new_page()
    cdp = context.new_cdp_session(elsewhere)
    registration = _service_worker_registration(cdp)
    phone.close()
    context.set_offline(False)

    # What the browser does when the network comes back and the app is closed.
    cdp.send(
        "ServiceWorker.dispatchSyncEvent",
        {
            "origin": site.url,
            "registrationId": registration["registrationId"],
            "tag": "carnet-outbox",
            "lastChance": False,
        },
    )

    deadline = time.monotonic() + 60
    while not entries_titled(site, "Hors ligne : partie sans page ouverte") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(entries_titled(site, "Hors ligne : partie sans page ouverte")) == 1
    # The next opening finds the outbox empty, and sends nothing twice.
    page = context.new_page()
    page.goto(TIMELINE)
    wait_outbox(page, 0)
    page.reload()
    assert page.locator("article", has_text="Hors ligne : partie sans page ouverte").count() == 1
    assert len(entries_titled(site, "Hors ligne : partie sans page ouverte")) == 1
