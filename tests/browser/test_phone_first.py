"""The phone is the product: the story on the first screen, a testimony recorded on the spot,
search results as cards while one types, players that know their length, and dark mode."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.browser.conftest import (
    PHONE,
    ROOT,
    assert_accessible,
    screenshot,
    sign_in,
    wait_media_ready,
)

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "docs" / "screenshots"
PHONE_HEIGHT = PHONE["viewport"]["height"]
FFMPEG = ["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi"]


def post_file(site, path: Path, **fields) -> int:
    """An entry with one file, posted through the API as a phone app would."""
    with path.open("rb") as handle:
        response = site.api(
            "POST",
            "/api/v1/logbooks/atelier/entries",
            data={**fields, "files": (handle, path.name)},
            content_type="multipart/form-data",
        )
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


@pytest.fixture(scope="module")
def quiet_memo(tmp_path_factory) -> Path:
    """A 3-second voice memo recorded far from the speaker: it peaks at 2 % of full scale."""
    target = tmp_path_factory.mktemp("quiet") / "memo-calme.wav"
    subprocess.run(
        [
            *FFMPEG,
            "-i",
            "sine=frequency=220:duration=3",
            "-af",
            "volume=0.02",
            "-ac",
            "1",
            "-ar",
            "16000",
            str(target),
        ],
        check=True,
    )
    return target


@pytest.fixture(scope="module")
def portrait_clip(tmp_path_factory) -> Path:
    """Two seconds filmed upright, as phones do."""
    target = tmp_path_factory.mktemp("portrait") / "debout.mp4"
    subprocess.run(
        [*FFMPEG, "-i", "testsrc=size=360x640:rate=15:duration=2", "-pix_fmt", "yuv420p", str(target)],
        check=True,
    )
    return target


def test_the_first_entry_shows_on_the_first_screen_of_a_phone(phone):
    sign_in(phone, "owner", "/carnets/atelier")
    first = phone.locator("ol.timeline article.card").first
    title = first.locator(".card-title")
    # Its top in the upper half of the screen: its title and a good part of it are seen at once.
    assert 0 <= first.bounding_box()["y"] <= PHONE_HEIGHT / 2
    assert title.bounding_box()["y"] + title.bounding_box()["height"] <= PHONE_HEIGHT
    assert phone.evaluate("window.scrollY") == 0
    # One publish button, floating, instead of one in the header and one above the timeline.
    publish = phone.locator("a[href='/carnets/atelier/nouveau']:visible")
    assert publish.count() == 1
    assert phone.evaluate("getComputedStyle(document.querySelector('a.fab')).position") == "fixed"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / "timeline-phone.png"))
    assert_accessible(phone)
    assert not phone.errors


def test_the_publish_bar_stays_in_sight_on_the_compose_page(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    submit = phone.locator("button.submit")
    for scrolled in (0, 700):
        phone.evaluate(f"window.scrollTo(0, {scrolled})")
        phone.wait_for_function(
            f"window.scrollY >= Math.min({scrolled}, document.body.scrollHeight - innerHeight)"
        )
        box = submit.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE_HEIGHT, (scrolled, box)


UNCOVERED = """selector => {
    const box = document.querySelector(selector).getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) return false;
    const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return Boolean(seen && (seen.closest(selector) || seen.htmlFor === document.querySelector(selector).id));
}"""

LEVELS_SEEN = """() => {
    const meter = document.querySelector('.rec-level');
    window.levelsSeen = window.levelsSeen || new Set();
    if (meter && !meter.hidden) window.levelsSeen.add(Math.round(meter.value * 100));
    const seen = [...window.levelsSeen];
    return seen.length >= 4 && Math.max(...seen) >= 10;
}"""


def test_a_testimony_is_recorded_on_the_spot_with_the_speaker_and_their_consent(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-testimony]")
    testimony = phone.locator(".for-testimony")
    start = testimony.locator(".rec-start")
    start.wait_for(state="visible")
    # Name, role, consent and the recorder on one screen, clear of the sticky publish bar.
    phone.evaluate("document.querySelector('label[for=speaker_name]').scrollIntoView({block: 'start'})")
    for target in ("#speaker_name", "#speaker_role", "#consent", ".for-testimony .rec-start"):
        assert phone.evaluate(UNCOVERED, target), target
    phone.fill("#speaker_name", "Mireille")
    phone.fill("#speaker_role", "maraîchère")
    phone.check("#consent")
    start.click()
    testimony.locator(".rec-stop").wait_for(state="visible")
    # The input level moves with the (fake) microphone's beeps.
    phone.wait_for_function(LEVELS_SEEN, polling="raf")
    phone.wait_for_function("document.querySelector('.rec-clock').textContent !== '0:00'")
    testimony.locator(".rec-stop").click()
    testimony.locator(".rec-playback").wait_for(state="visible")
    assert phone.locator(".rec-level").is_hidden()
    phone.fill("#body", "On vend tout avant dix heures.")
    phone.click("button.submit")
    phone.wait_for_url("**/carnets/atelier#entree-*")
    entry_id = int(phone.url.rsplit("-", 1)[1])
    entry = site.api("GET", f"/api/v1/logbooks/atelier/entries/{entry_id}").get_json()
    assert entry["kind"] == "testimony"
    assert (entry["speaker_name"], entry["speaker_role"], entry["consent"]) == (
        "Mireille",
        "maraîchère",
        True,
    )
    media = wait_media_ready(site, entry_id)
    assert [m["kind"] for m in media] == ["audio"] and media[0]["duration"] > 0.5
    assert not phone.errors


def test_switching_back_to_a_sound_capsule_brings_the_recorder_back(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-testimony]")
    phone.locator(".for-testimony .recorder").wait_for(state="visible")
    phone.click("label[for=k-audio]")
    phone.locator(".for-audio .recorder").wait_for(state="visible")
    assert phone.locator(".recorder").count() == 1


WAVE_HEIGHT = """() => {
    const canvas = document.querySelector('canvas.waveform');
    if (!canvas || !canvas.width) return 0;
    const {data, width, height} = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let tallest = 0;
    for (let x = 0; x < width; x += 2) {
        let top = -1, bottom = -1;
        for (let y = 0; y < height; y++) {
            if (data[(y * width + x) * 4 + 3] > 0) { if (top < 0) top = y; bottom = y; }
        }
        if (top >= 0) tallest = Math.max(tallest, bottom - top + 1);
    }
    return tallest / height;
}"""


def test_a_quiet_memo_draws_a_full_waveform_and_tells_its_length_before_it_plays(phone, site, quiet_memo):
    entry_id = post_file(site, quiet_memo, kind="audio", title="Mémo à voix basse")
    wait_media_ready(site, entry_id)
    sign_in(phone, "reader", f"/carnets/atelier/entrees/{entry_id}")
    phone.wait_for_function(f"({WAVE_HEIGHT})() > 0.8")
    assert phone.locator(".media-length").first.inner_text() == "0:03"
    # The player knows its length without being played: not "0:00 / 0:00".
    phone.wait_for_function("document.querySelector('audio').readyState >= 1")
    played = phone.evaluate("(a => [a.paused, a.currentTime, a.duration])(document.querySelector('audio'))")
    assert played[0] is True and played[1] == 0 and played[2] == pytest.approx(3, abs=0.2)
    assert not phone.errors


def test_peak_levels_are_scaled_to_the_loudest_peak(phone):
    sign_in(phone, "reader", "/carnets/atelier")
    levels = phone.evaluate("Carnet.peakLevels({bits: 8, data: [-2, 4, -1, 1, 0, 0]})")
    assert levels == [1, 0.25, 0]
    assert phone.evaluate("Carnet.peakLevels({bits: 8, data: [0, 0, 0, 0]})") == [0, 0]
    assert phone.evaluate("Carnet.peakLevels({})") == []


SEARCH_PAUSE_MS = 300  # a little more than the page waits after the last key


def test_search_results_replace_the_timeline_as_cards_while_typing(phone, site):
    created = site.api(
        "POST",
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "body": "Les parents proposent un potager derrière le réfectoire."},
    )
    assert created.status_code == 201, created.get_json()
    # The page's timers run when the test says so: typing is never "slow" under load.
    phone.clock.install()
    phone.clock.pause_at(datetime.now() + timedelta(seconds=1))
    sign_in(phone, "reader", "/carnets/atelier")
    asked = []
    phone.on(
        "request",
        lambda r: asked.append(r.url) if r.headers.get("x-carnet-fragment") and "q=" in r.url else None,
    )
    timeline = phone.locator("ol.timeline")
    phone.locator("#q").press_sequentially("potager")
    phone.clock.run_for(SEARCH_PAUSE_MS)
    card = phone.locator("#search-results article.card")
    card.first.wait_for()
    assert len(asked) == 1  # one request once typing pauses, not one per letter
    assert timeline.is_hidden()
    assert card.count() == 1
    title = card.locator(".card-title").inner_text()
    assert title.startswith("Les parents proposent un potager") and "#" not in title
    assert card.locator(".card-meta .kind svg").count() == 1 and card.locator("time").count() == 1
    # Typing on updates the cards.
    phone.locator("#q").fill("bruit")
    phone.clock.run_for(SEARCH_PAUSE_MS)
    phone.locator("#search-results .card-title", has_text="Le bruit").wait_for()
    phone.wait_for_function(
        "() => [...document.querySelectorAll('#search-results .card-title')].every(t => /bruit/i.test(t.textContent))"
    )
    assert "q=" not in phone.url
    # A photo entry's card shows its thumbnail.
    phone.locator("#q").fill("self")
    phone.clock.run_for(SEARCH_PAUSE_MS)
    phone.locator("#search-results .card img").first.wait_for()
    # An empty box brings the timeline back.
    phone.locator("#q").fill("")
    phone.clock.run_for(SEARCH_PAUSE_MS)
    timeline.wait_for(state="visible")
    assert phone.locator("#search-results article").count() == 0
    phone.clock.resume()  # axe-core keeps time with the page's timers
    phone.locator("#q").fill("cantine")
    phone.locator("#search-results article.card").first.wait_for()
    assert_accessible(phone)
    assert not phone.errors


def test_on_a_desktop_the_stages_run_beside_the_entries(desktop, site, portrait_clip):
    entry_id = post_file(site, portrait_clip, kind="video", title="Filmé debout")
    wait_media_ready(site, entry_id)
    sign_in(desktop, "reader", "/carnets/atelier")
    rail = desktop.locator(".stage-rail")
    assert rail.is_visible()
    assert rail.locator("li").all_inner_texts()[0].startswith("Immersion")
    first = desktop.locator("ol.timeline article.card").first.bounding_box()
    assert rail.bounding_box()["x"] + rail.bounding_box()["width"] <= first["x"]
    assert desktop.locator(".timeline-main").bounding_box()["width"] > 700
    video = desktop.locator(f"#entree-{entry_id} video")
    video.scroll_into_view_if_needed()
    assert video.bounding_box()["height"] <= 0.7 * 900 + 1
    screenshot(desktop, "timeline-desktop-rail")
    assert not desktop.errors


DARK_PAGES = [
    ("timeline", "/carnets/atelier", "owner"),
    ("compose", "/carnets/atelier/nouveau", "owner"),
    ("entry", "/carnets/atelier/entrees/5", "owner"),
    ("testimony", "/carnets/atelier/entrees/4", "owner"),
    ("edit", "/carnets/atelier/entrees/1/modifier", "owner"),
    ("story", "/carnets/atelier/histoire", "owner"),
    ("stages", "/carnets/atelier/escales", "owner"),
    ("effects", "/carnets/atelier/effets", "owner"),
    ("stakeholders", "/carnets/atelier/parties-prenantes", "owner"),
    ("members", "/carnets/atelier/membres", "owner"),
    ("exports", "/carnets/atelier/exports", "owner"),
    ("search", "/carnets/atelier?q=cantine", "owner"),
    ("home", "/", "owner"),
    ("sign-in", "/connexion", None),
]

BACKGROUND_LIGHTNESS = """() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}"""


@pytest.mark.parametrize(("name", "path", "who"), DARK_PAGES)
def test_dark_mode_keeps_every_page_readable(phone, name, path, who):
    phone.emulate_media(color_scheme="dark")
    if who:
        sign_in(phone, who, path)
    else:
        phone.goto(path)
    phone.wait_for_load_state("networkidle")
    assert phone.evaluate(BACKGROUND_LIGHTNESS) < 0.15
    if name == "compose":
        phone.click("label[for=k-testimony]")  # the recorder, the consent, the sticky bar
        phone.locator(".for-testimony .recorder").wait_for(state="visible")
    assert_accessible(phone)
    screenshot(phone, f"{name}-dark-phone")
    assert not phone.errors
