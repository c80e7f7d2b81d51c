"""Large files from the compose page go through the resumable upload API (tus): a cut
connection, or a reload of the page, carries on from the server's offset."""

from __future__ import annotations

import hashlib
import re
import subprocess
import time

import pytest

from tests.browser.conftest import posted_entry_id, sign_in, wait_media_ready

pytestmark = pytest.mark.browser

CHUNK = 8 * 1024 * 1024
CREATE = re.compile(r"/api/v1/logbooks/atelier/uploads$")
UPLOAD = re.compile(r"/api/v1/uploads/[^/?#]+$")


@pytest.fixture(scope="module")
def big_video(tmp_path_factory):
    """A real, lossless 720p video of a little more than 9 MiB: two 8 MiB chunks."""
    path = tmp_path_factory.mktemp("resumable") / "atelier-long.mp4"
    for seconds in range(6, 30, 2):
        subprocess.run(
            [
                "ffmpeg",
                "-nostdin",
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc2=size=1280x720:rate=25:duration={seconds}",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-qp",
                "0",
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "+faststart",
                str(path),
            ],
            check=True,
        )
        if path.stat().st_size > 9 * 1024 * 1024:
            return path
    raise AssertionError("ffmpeg made too small a video")


class Traffic:
    """The requests the page makes, in order, with what the server needs to see."""

    def __init__(self, page) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        page.on("request", lambda request: self.seen.append((request.method, request.url, request.headers)))

    def tus(self) -> list[tuple[str, dict[str, str]]]:
        """(method, headers) of the requests that create or carry on an upload."""
        return [
            (method, headers)
            for method, url, headers in self.seen
            if (method == "POST" and CREATE.search(url)) or UPLOAD.search(url)
        ]

    def methods(self) -> list[str]:
        return [method for method, _headers in self.tus()]


def watch_status(page, said: list[str]) -> None:
    """Collect every text the upload status line (aria-live) gives."""
    page.expose_function("noteStatus", lambda text: said.append(text))
    page.evaluate(
        """() => {
            const line = document.querySelector('.upload-status');
            new MutationObserver(() => window.noteStatus(line.textContent))
                .observe(line, {childList: true, characterData: true, subtree: true});
        }"""
    )


def attach_video(page, path, title: str) -> None:
    page.click("label[for=k-video]")
    page.set_input_files(".for-video input[multiple]", str(path))
    page.fill("#title", title)


def media_of(site, entry_id: int) -> list[dict]:
    wait_media_ready(site, entry_id, timeout=120)
    return site.api("GET", f"/api/v1/logbooks/atelier/entries/{entry_id}").get_json()["media"]


def test_large_video_survives_a_cut_connection_and_arrives_whole(phone, site, big_video):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    assert phone.get_attribute("#compose", "data-uploads") == "/api/v1/logbooks/atelier/uploads"
    traffic = Traffic(phone)
    cut = []

    def cut_first_patch(route):
        if route.request.method == "PATCH" and not cut:
            cut.append(route.request.url)
            route.abort("connectionreset")
            return
        route.continue_()

    phone.route("**/api/v1/uploads/**", cut_first_patch)
    said: list[str] = []
    watch_status(phone, said)
    # The tus client is fetched only once a file big enough to need it is chosen.
    assert phone.evaluate("typeof window.tus") == "undefined"
    attach_video(phone, big_video, "La cantine filmée en entier")
    phone.wait_for_function("typeof window.tus === 'object'")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)

    methods = traffic.methods()
    assert methods.count("POST") == 1, methods  # one upload, carried on, never started again
    first_patch = methods.index("PATCH")
    head = methods.index("HEAD", first_patch)
    assert "PATCH" in methods[head:], methods
    assert methods.count("PATCH") >= 3, methods  # the cut one, then two 8 MiB chunks
    assert "Connexion perdue, reprise de l'envoi…" in said, said
    media = media_of(site, entry_id)
    assert len(media) == 1 and media[0]["kind"] == "video"
    assert media[0]["sha256"] == hashlib.sha256(big_video.read_bytes()).hexdigest()
    assert media[0]["size"] == big_video.stat().st_size
    assert media[0]["original_name"] == big_video.name
    assert not phone.errors


def test_reloading_the_page_carries_on_from_the_last_chunk_received(phone, site, big_video):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    traffic = Traffic(phone)
    patches = []
    network = {"down": True}

    def cut_after_first_chunk(route):
        if route.request.method == "PATCH":
            patches.append(route.request.url)
            if len(patches) > 1 and network["down"]:
                route.abort("internetdisconnected")
                return
        route.continue_()

    phone.route("**/api/v1/uploads/**", cut_after_first_chunk)
    attach_video(phone, big_video, "Envoyée en deux fois")
    phone.click("button.submit")
    deadline = time.monotonic() + 60
    while len(patches) < 2:  # the first chunk is in, the second one keeps failing
        assert time.monotonic() < deadline, traffic.methods()
        phone.wait_for_timeout(100)
    phone.reload()
    network["down"] = False  # only now: the page before the reload must not finish the upload
    before_reload = len(traffic.tus())
    attach_video(phone, big_video, "Envoyée en deux fois")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)

    requests = traffic.tus()
    assert [method for method, _headers in requests].count("POST") == 1, traffic.methods()
    after_reload = requests[before_reload:]
    assert after_reload[0][0] == "HEAD", traffic.methods()
    offsets = [headers["upload-offset"] for method, headers in after_reload if method == "PATCH"]
    assert offsets == [str(CHUNK)], offsets  # only the second chunk is sent again
    media = media_of(site, entry_id)
    assert media[0]["sha256"] == hashlib.sha256(big_video.read_bytes()).hexdigest()
    assert not phone.errors


def test_cancel_stops_the_upload_and_retry_carries_it_on(phone, site, big_video):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    traffic = Traffic(phone)
    network = {"down": True}

    def no_bytes_get_through(route):
        if route.request.method == "PATCH" and network["down"]:
            route.abort("internetdisconnected")
            return
        route.continue_()

    phone.route("**/api/v1/uploads/**", no_bytes_get_through)
    attach_video(phone, big_video, "Annulée puis reprise")
    phone.click("button.submit")
    phone.wait_for_function("() => document.querySelector('.upload-status').textContent.includes('reprise')")
    phone.click("button.cancel-upload")
    status = phone.locator(".upload-status")
    assert "Envoi annulé" in status.inner_text()
    assert phone.locator("button.retry-upload").is_visible()
    network["down"] = False
    phone.click("button.retry-upload")
    entry_id = posted_entry_id(phone)

    assert traffic.methods().count("POST") == 1, traffic.methods()  # the same upload, carried on
    media = media_of(site, entry_id)
    assert media[0]["sha256"] == hashlib.sha256(big_video.read_bytes()).hexdigest()
    assert not phone.errors


def test_an_upload_gone_from_the_server_is_sent_again_on_retry(phone, site, big_video):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    traffic = Traffic(phone)
    sent: list[str] = []

    def forget_upload_first(route):
        # As if the upload had expired between its last piece and the entry.
        if not sent:
            upload = next(url for method, url, _ in traffic.seen if method == "PATCH" and UPLOAD.search(url))
            sent.append(upload)
            assert site.api("DELETE", upload, who="contributor").status_code == 204
        route.continue_()

    phone.route("**/api/v1/logbooks/atelier/entries", forget_upload_first)
    attach_video(phone, big_video, "Expirée puis renvoyée")
    phone.click("button.submit")
    phone.locator("#error-summary").wait_for()
    assert "n'est plus sur le serveur" in phone.locator("#error-summary").inner_text()
    phone.click("button.retry-upload")
    entry_id = posted_entry_id(phone)

    assert traffic.methods().count("POST") == 2, traffic.methods()  # a new upload for the lost one
    media = media_of(site, entry_id)
    assert media[0]["sha256"] == hashlib.sha256(big_video.read_bytes()).hexdigest()
    assert not phone.errors
