"""The web app in a real browser at phone size: post in seconds, browse, listen, draw."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from tests.browser.conftest import (
    IMAGE_SHOWN,
    PHONE,
    assert_accessible,
    play_until,
    posted_entry_id,
    screenshot,
    set_media_state,
    sign_in,
    wait_media_ready,
)

pytestmark = pytest.mark.browser


def lose_the_first_answer(page) -> None:
    """The first entry posted reaches the server, which stores it and answers, but the
    phone never hears back (the connection drops); later posts go through."""
    lost = []

    def lose(route):
        if lost:
            route.continue_()
            return
        route.fetch()
        lost.append(True)
        route.abort("connectionreset")

    page.route("**/api/v1/logbooks/atelier/entries", lose)


DRAFT_KEYS = "Object.keys(localStorage).filter(k => k.startsWith('carnet-draft:'))"
SIGN_OUT = re.compile(r"/connexion(\?.*)?$")


def draft_state(page) -> str | None:
    """Where the compose page says its draft stands: "pending", "saved", "off" or ""."""
    return page.get_attribute("#compose", "data-draft")


def wait_draft_saved(page) -> None:
    page.wait_for_selector("#compose[data-draft=saved]", state="attached")


def stop_the_clock(page) -> None:
    """Timers of the page's own (the draft's debounce) run only when the test says so."""
    page.clock.install()
    page.clock.pause_at(datetime.now() + timedelta(seconds=1))


def sign_out(page) -> None:
    page.locator("form[data-forget-drafts] button").click()
    page.wait_for_url(SIGN_OUT)


HOLD_DRAFTS_DATABASE = """() => new Promise(resolve => {
    const opening = indexedDB.open("carnet-drafts", 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore("recordings");
    opening.onsuccess = () => {
        window.heldDrafts = opening.result;
        // Told that a page wants the database deleted, this tab does not let go (yet).
        window.heldDrafts.onversionchange = () => { window.deleteAsked = true; };
        resolve();
    };
})"""


def begin_signing_out(page):
    """Press "sign out" while another tab holds the drafts database open: the page has
    begun signing out and cleared what it kept, and waits for the database to be deleted
    before it leaves, its timers and events still running. Returns the holding tab."""
    holder = page.context.new_page()
    holder.goto("/")
    holder.evaluate(HOLD_DRAFTS_DATABASE)
    page.locator("form[data-forget-drafts] button").click()
    holder.wait_for_function("window.deleteAsked === true")
    return holder


def finish_signing_out(page, holder) -> int:
    """Let go of the database so that the sign-out goes on; returns how many recordings
    the drafts database holds once every request asked for before has been served."""
    holder.evaluate(f"() => {{ window.kept = ({KEPT_RECORDINGS})(); }}")  # queued behind the delete
    holder.evaluate("window.heldDrafts.close()")
    page.wait_for_url(SIGN_OUT)
    kept = holder.evaluate("window.kept")
    holder.close()
    return kept


def record_a_capsule(page, milliseconds: int) -> None:
    """Record with the page's recorder (Chromium's fake microphone) until it offers a playback."""
    page.click(".rec-start")
    page.wait_for_selector(".rec-stop:visible")
    page.wait_for_timeout(milliseconds)
    page.click(".rec-stop")
    page.wait_for_selector(".rec-playback:visible")


def test_contributor_posts_a_note_from_the_phone(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    assert_accessible(phone)
    screenshot(phone, "compose-phone")
    phone.fill("#title", "Réunion avec les parents")
    phone.fill("#body", "Ils veulent **plus de bio**.")
    phone.fill("#tags", "parents, menus")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    card = phone.locator(f"#entree-{entry_id}")
    card.wait_for()
    assert "Réunion avec les parents" in card.inner_text()
    assert "#parents" in card.inner_text()
    assert not phone.errors


def test_photo_upload_shows_its_thumbnail_after_processing(phone, site, sample_files):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-photo]")
    phone.set_input_files(".for-photo input[multiple]", str(sample_files["jpeg"]))
    phone.fill(".uploads input[type=text]", "Un plateau de cantine")
    phone.fill("#title", "Le plateau du jour")
    # A small post goes as one request: the resumable upload client is never fetched.
    assert phone.evaluate("typeof window.tus") == "undefined"
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    media = wait_media_ready(site, entry_id)
    assert media[0]["alt_text"] == "Un plateau de cantine"
    image = phone.locator(f"#entree-{entry_id} img")
    image.wait_for()
    phone.wait_for_function(
        IMAGE_SHOWN,
        arg=entry_id,
    )
    assert image.get_attribute("alt") == "Un plateau de cantine"
    assert image.get_attribute("width") and image.get_attribute("height")
    assert not phone.errors


def test_audio_recorded_in_the_page_plays_back_from_the_timeline(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-audio]")
    record_a_capsule(phone, 3000)
    assert phone.locator(".uploads .upload").count() == 1
    phone.fill("#title", "Capsule sonore du marché")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    media = wait_media_ready(site, entry_id)
    assert media[0]["kind"] == "audio"
    assert media[0]["duration"] and media[0]["duration"] > 2
    phone.reload()
    audio = phone.locator(f"#entree-{entry_id} audio")
    audio.wait_for()
    play_until(phone, f"#entree-{entry_id} audio", 0.5)
    assert phone.locator(f"#entree-{entry_id} canvas.waveform").is_visible()  # drawn from the peaks
    screenshot(phone, "timeline-media-phone")
    assert not phone.errors


def test_drawing_made_with_the_pointer_is_saved_as_png(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-drawing]")
    canvas = phone.locator(".pad-canvas")
    # In the middle of the screen: near the bottom the sticky publish bar would take the strokes.
    canvas.evaluate("el => el.scrollIntoView({block: 'center'})")
    box = canvas.bounding_box()
    phone.mouse.move(box["x"] + 30, box["y"] + 30)
    phone.mouse.down()
    for step in range(1, 20):
        phone.mouse.move(box["x"] + 30 + step * 14, box["y"] + 30 + step * 9)
    phone.mouse.up()
    phone.click("button[data-colour='#b3261e']")
    phone.mouse.move(box["x"] + 40, box["y"] + box["height"] - 40)
    phone.mouse.down()
    phone.mouse.move(box["x"] + box["width"] - 40, box["y"] + 40, steps=12)
    phone.mouse.up()
    phone.click(".pad .undo")
    phone.mouse.move(box["x"] + 60, box["y"] + 100)
    phone.mouse.down()
    phone.mouse.move(box["x"] + 200, box["y"] + 120, steps=8)
    phone.mouse.up()
    phone.fill("#title", "Le self idéal")
    screenshot(phone, "compose-drawing-phone")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    media = wait_media_ready(site, entry_id)
    assert media[0]["mime"] == "image/png"
    assert media[0]["width"] == 1000 and media[0]["height"] == 750
    phone.reload()
    phone.wait_for_function(
        IMAGE_SHOWN,
        arg=entry_id,
    )
    assert not phone.errors


def test_guest_posts_a_testimony_through_a_guest_link(phone, site):
    created = site.api(
        "POST", "/api/v1/logbooks/atelier/guest-links", json={"label": "Marché", "moderated": False}
    )
    assert created.status_code == 201, created.get_json()
    phone.goto(f"/invite/guest/{created.get_json()['token']}")
    assert_accessible(phone)
    screenshot(phone, "guest-form-phone")
    phone.fill("#display_name", "Nadia")
    phone.check("input[name=kind][value=testimony]")
    phone.fill("#body", "Mon fils adore le nouveau menu végétarien.")
    phone.fill("#speaker_name", "Nadia B.")
    phone.fill("#speaker_role", "parent d'élève")
    phone.check("input[name=consent]")
    phone.click("form button[type=submit]")
    phone.wait_for_url(re.compile(r"envoye=1"))
    sign_in(phone, "reader", "/carnets/atelier?kind=testimony")
    assert "Mon fils adore le nouveau menu végétarien." in phone.locator("ol.timeline").inner_text()


def test_newly_invited_reader_lands_on_the_story_so_far(phone, site):
    created = site.api("POST", "/api/v1/logbooks/atelier/invitations", json={"role": "reader"})
    assert created.status_code == 201, created.get_json()
    url = created.get_json()["url"]
    phone.goto(url[url.index("/invite/") :])
    phone.fill("#display_name", "Noé Nouveau")
    phone.fill("#email", "noe@example.org")
    phone.fill("#password", "un mot de passe long")
    phone.click("form.stacked button[type=submit]")
    phone.wait_for_url(re.compile(r"/carnets/atelier/histoire$"))
    text = phone.locator("main").text_content()
    assert "L'histoire jusqu'ici" in text
    assert "Prototype" in phone.locator(".next-stop").text_content()
    for stage in ("Immersion", "Ateliers", "Prototype"):
        assert stage in text
    assert "Premier jour à la cantine Jean-Jaurès" in text  # pinned entries tell the story
    assert "Noé Nouveau" in phone.locator(".members").inner_text()
    assert phone.locator("a", has_text="Exporter").get_attribute("href") == "/carnets/atelier/exports"
    assert phone.locator("a.nav-post").count() == 0  # readers do not post
    assert_accessible(phone)
    screenshot(phone, "story-newcomer-phone")


def test_language_switch_turns_the_pages_to_english_and_back(phone):
    sign_in(phone, "reader", "/carnets/atelier")
    assert phone.locator("html").get_attribute("lang") == "fr"
    assert "Prochaine escale" in phone.locator(".next-stop").text_content()
    phone.click("footer button[value=en]")
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "en"
    assert "Next stop" in phone.locator(".next-stop").text_content()
    assert phone.url.endswith("/carnets/atelier")
    phone.goto("/carnets/atelier/histoire")
    assert "The story so far" in phone.locator("main").text_content()
    screenshot(phone, "story-english-phone")
    phone.click("footer button[value=fr]")
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "fr"


def test_images_open_full_screen_and_close_with_escape(phone):
    sign_in(phone, "reader", "/carnets/atelier")
    phone.locator("a.zoom").first.click()
    viewer = phone.locator(".lightbox")
    viewer.wait_for(state="visible")
    phone.wait_for_function("() => document.querySelector('.lightbox img').naturalWidth > 0")
    assert phone.evaluate("document.activeElement.classList.contains('lb-close')")
    if phone.locator("a.zoom").count() > 1:  # swipe left: the next image
        first = phone.locator(".lightbox img").get_attribute("src")
        phone.evaluate(
            """() => {
                const box = document.querySelector('.lightbox');
                const at = x => ({clientX: x, clientY: 400, bubbles: true, pointerType: 'touch'});
                box.dispatchEvent(new PointerEvent('pointerdown', at(300)));
                box.dispatchEvent(new PointerEvent('pointerup', at(80)));
            }"""
        )
        assert phone.locator(".lightbox img").get_attribute("src") != first
    phone.keyboard.press("Escape")
    viewer.wait_for(state="hidden")


def test_retry_after_a_dropped_connection_posts_the_entry_once(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    lose_the_first_answer(phone)
    phone.fill("#title", "Posté une seule fois")
    phone.click("button.submit")
    phone.locator(".retry-upload").wait_for(state="visible")
    assert "connexion" in phone.locator(".upload-status").inner_text()
    phone.click(".retry-upload")
    entry_id = posted_entry_id(phone)
    timeline = site.api("GET", "/api/v1/logbooks/atelier/timeline?limit=200").get_json()["entries"]
    assert [e["id"] for e in timeline if e["title"] == "Posté une seule fois"] == [entry_id]


def test_timeline_loads_older_pages_while_scrolling(phone, site):
    for day in range(1, 56):
        site.api(
            "POST",
            "/api/v1/logbooks/atelier/entries",
            json={
                "kind": "note",
                "title": f"Archive {day}",
                "occurred_at": f"2025-01-01T{day % 24:02d}:{day:02d}:00Z",
            },
        )
    sign_in(phone, "reader", "/carnets/atelier")
    cards = phone.locator("ol.timeline article.card")
    first_page = cards.count()
    assert first_page == 50
    phone.locator("li.more").scroll_into_view_if_needed()
    phone.wait_for_function(
        "n => document.querySelectorAll('ol.timeline article.card').length > n", arg=first_page
    )
    titles = cards.evaluate_all("cards => cards.map(c => c.querySelector('.card-title').innerText)")
    assert len(titles) == len(set(titles))  # nothing twice
    assert phone.locator("li.more").count() == 0  # the last page has no "next page"


def test_processing_placeholder_turns_into_the_photo_when_it_is_ready(phone, site, sample_files):
    with open(sample_files["jpeg"], "rb") as photo:
        entry = site.api(
            "POST",
            "/api/v1/logbooks/atelier/entries",
            data={"kind": "photo", "title": "Encore au labo", "files": (photo, "labo.jpg")},
            content_type="multipart/form-data",
        ).get_json()
    media_id = entry["media"][0]["id"]
    set_media_state(site, media_id, "processing")
    sign_in(phone, "reader", "/carnets/atelier")
    phone.locator(f'.media-pending[data-media-id="{media_id}"]').wait_for()
    set_media_state(site, media_id, "ready")
    phone.wait_for_function(IMAGE_SHOWN, arg=entry["id"], timeout=20_000)
    assert phone.locator(f'.media-pending[data-media-id="{media_id}"]').count() == 0


def test_video_chosen_from_the_gallery_plays_inline_with_its_poster(phone, site, sample_files):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau?type=video")
    assert phone.locator("#k-video").is_checked()
    phone.set_input_files(".for-video input[multiple]", str(sample_files["mp4"]))
    phone.fill("#title", "La file d'attente")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    wait_media_ready(site, entry_id)
    phone.goto(f"/carnets/atelier/entrees/{entry_id}")
    video = phone.locator("video")
    assert "/poster" in video.get_attribute("poster")
    assert video.get_attribute("playsinline") is not None
    play_until(phone, "video", 0.2)
    screenshot(phone, "entry-video-phone")
    assert not phone.errors


def test_reduced_motion_stops_the_recording_pulse(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau?type=audio")
    pulse = "() => { document.querySelector('.recorder').classList.add('recording');"
    pulse += " return getComputedStyle(document.querySelector('.rec-dot')).animationName; }"
    assert phone.evaluate(pulse) == "pulse"
    phone.emulate_media(reduced_motion="reduce")
    assert phone.evaluate(pulse) == "none"


def test_without_javascript_the_plain_form_still_posts_a_photo(browser, site, sample_files):
    context = browser.new_context(base_url=site.url, java_script_enabled=False, bypass_csp=True, **PHONE)
    page = context.new_page()
    try:
        sign_in(page, "contributor", "/carnets/atelier/nouveau")
        assert page.locator(".recorder").is_hidden() and page.locator(".pad").is_hidden()
        page.click("label[for=k-photo]")
        page.set_input_files(".for-photo input[multiple]", str(sample_files["jpeg"]))
        page.fill("#alt_text", "Une photo sans script")
        page.fill("#title", "Posté sans JavaScript")
        assert page.locator("#alt_text").is_visible()  # the one description field shown without script
        screenshot(page, "compose-nojs-phone")
        page.click("button.submit")
        entry_id = posted_entry_id(page)
        image = page.locator(f"#entree-{entry_id} img")
        assert image.get_attribute("alt") == "Une photo sans script"
    finally:
        context.close()


def test_an_upload_can_be_cancelled_then_sent_again(phone, site, sample_files):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    held = []
    phone.route("**/api/v1/logbooks/atelier/entries", lambda route: held.append(route))  # never answers
    phone.click("label[for=k-photo]")
    phone.set_input_files(".for-photo input[multiple]", str(sample_files["jpeg"]))
    phone.fill("#title", "Envoi annulé puis repris")
    phone.click("button.submit")
    phone.locator(".cancel-upload").wait_for(state="visible")
    assert phone.locator(".uploads progress").is_visible()
    phone.click(".cancel-upload")
    phone.locator(".retry-upload").wait_for(state="visible")
    assert "annulé" in phone.locator(".upload-status").inner_text()
    phone.unroute("**/api/v1/logbooks/atelier/entries")
    phone.click(".retry-upload")
    entry_id = posted_entry_id(phone)
    assert wait_media_ready(site, entry_id)[0]["kind"] == "image"


def test_a_draft_survives_a_reload_and_is_forgotten_once_posted(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    notice = phone.locator(".draft-notice")
    assert notice.is_hidden()
    phone.click("label[for=k-testimony]")
    phone.fill("#title", "Parole de cuisinière")
    phone.fill("#body", "Ce qu'elle a dit **avant** le service.")
    phone.fill("#tags", "cantine")
    phone.fill("#speaker_name", "Martine")
    wait_draft_saved(phone)  # saved a moment after typing

    phone.reload()
    notice.wait_for(state="visible")
    assert phone.is_checked("#k-testimony")
    assert phone.input_value("#title") == "Parole de cuisinière"
    assert phone.input_value("#body") == "Ce qu'elle a dit **avant** le service."
    assert phone.input_value("#tags") == "cantine"
    assert phone.input_value("#speaker_name") == "Martine"
    assert not phone.is_checked("#consent")  # consent is given again, never restored
    assert_accessible(phone)

    phone.check("#consent")
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    entry = site.api("GET", f"/api/v1/logbooks/atelier/entries/{entry_id}").get_json()
    assert entry["title"] == "Parole de cuisinière" and entry["speaker_name"] == "Martine"
    assert phone.evaluate(DRAFT_KEYS) == []
    phone.goto("/carnets/atelier/nouveau")
    assert notice.is_hidden()
    assert phone.input_value("#title") == ""
    assert not phone.errors


def test_a_restored_draft_whose_first_post_arrived_is_not_posted_twice(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    lose_the_first_answer(phone)  # then the tab is reloaded
    phone.fill("#title", "Arrivé malgré tout")
    wait_draft_saved(phone)
    phone.click("button.submit")
    phone.locator(".retry-upload").wait_for(state="visible")
    phone.reload()
    phone.locator(".draft-notice").wait_for(state="visible")
    assert phone.input_value("#title") == "Arrivé malgré tout"
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    timeline = site.api("GET", "/api/v1/logbooks/atelier/timeline?limit=200").get_json()["entries"]
    assert [e["id"] for e in timeline if e["title"] == "Arrivé malgré tout"] == [entry_id]


def test_a_draft_changed_after_a_post_that_did_arrive_is_explained_then_posted_anew(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    lose_the_first_answer(phone)
    phone.fill("#title", "Première version")
    phone.click("button.submit")
    phone.locator(".retry-upload").wait_for(state="visible")
    phone.fill("#title", "Version corrigée")  # edited before trying again
    phone.click(".retry-upload")

    summary = phone.locator("#error-summary")
    summary.wait_for(state="visible")
    assert "déjà été publié" in summary.inner_text()
    assert phone.get_attribute(".upload-status a", "href") == "/carnets/atelier"
    titles = [
        e["title"]
        for e in site.api("GET", "/api/v1/logbooks/atelier/timeline?limit=200").get_json()["entries"]
    ]
    assert titles.count("Première version") == 1 and "Version corrigée" not in titles
    assert_accessible(phone)

    # Told, the writer posts the changed draft again: a new entry, once.
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    entry = site.api("GET", f"/api/v1/logbooks/atelier/entries/{entry_id}").get_json()
    assert entry["title"] == "Version corrigée"
    titles = [
        e["title"]
        for e in site.api("GET", "/api/v1/logbooks/atelier/timeline?limit=200").get_json()["entries"]
    ]
    assert titles.count("Première version") == 1 and titles.count("Version corrigée") == 1


def test_discarding_a_draft_or_signing_out_forgets_it(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-link]")
    phone.fill("#title", "Un lien à garder")
    phone.fill("#link_url", "https://example.org/ressource")
    wait_draft_saved(phone)
    phone.reload()
    phone.locator(".draft-notice").wait_for(state="visible")
    phone.click(".draft-discard")
    assert phone.locator(".draft-notice").is_hidden()
    assert phone.input_value("#title") == "" and phone.input_value("#link_url") == ""
    assert not phone.is_checked("#k-link")
    assert draft_state(phone) == ""  # no save left waiting to bring it back
    assert phone.evaluate(DRAFT_KEYS) == []

    phone.fill("#title", "Brouillon sur un téléphone prêté")
    wait_draft_saved(phone)
    sign_out(phone)
    assert phone.evaluate(DRAFT_KEYS) == []


def test_typing_then_signing_out_at_once_keeps_nothing(phone):
    stop_the_clock(phone)
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.fill("#title", "Tapé juste avant de partir")
    assert draft_state(phone) == "pending"  # its save waits for the timer
    holder = begin_signing_out(phone)  # leaving the field fired "change" too
    # Below the page's own limit (3 s) for leaving whatever happens.
    phone.clock.run_for(1000)  # every save that was waiting would land now
    phone.fill("#body", "et encore un mot")  # typing while the page signs out
    phone.clock.run_for(1000)
    assert phone.evaluate(DRAFT_KEYS) == []
    assert draft_state(phone) == "off"
    assert finish_signing_out(phone, holder) == 0
    assert phone.evaluate(DRAFT_KEYS) == []


def test_a_recording_stopped_while_signing_out_is_not_kept(phone):
    stop_the_clock(phone)
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-audio]")
    phone.click(".rec-start")
    phone.wait_for_selector(".rec-stop:visible")
    holder = begin_signing_out(phone)
    phone.click(".rec-stop")
    phone.wait_for_selector(".rec-playback:visible")  # the page has its recording in hand
    assert finish_signing_out(phone, holder) == 0
    assert phone.evaluate(KEPT_RECORDINGS) == 0
    assert phone.evaluate(DRAFT_KEYS) == []


def test_another_tab_stops_keeping_drafts_once_signed_out(phone):
    stop_the_clock(phone)  # every tab of the browser shares the clock
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    other = phone.context.new_page()
    other.goto("/carnets/atelier/nouveau")
    other.fill("#title", "Écrit dans un autre onglet")
    assert draft_state(other) == "pending"
    sign_out(phone)
    other.wait_for_selector("#compose[data-draft=off]", state="attached")  # it heard
    other.clock.run_for(5000)
    other.fill("#body", "toujours en train d'écrire")
    other.clock.run_for(5000)
    assert phone.evaluate(DRAFT_KEYS) == []
    # Shown again (from the back/forward cache, or brought to the front), the page asks
    # the server again, which no longer shows it to a signed-out person.
    with other.expect_navigation(url=re.compile(r"/connexion\?next=")):
        other.evaluate("dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert other.locator("#compose").count() == 0


def test_going_back_after_signing_out_shows_the_sign_in_page(phone_with_back_forward_cache):
    page = phone_with_back_forward_cache  # as on a real phone
    sign_in(page, "contributor", "/carnets/atelier/nouveau")
    page.fill("#title", "Pas pour la personne suivante")
    wait_draft_saved(page)
    sign_out(page)
    page.go_back(wait_until="commit")
    page.wait_for_url(re.compile(r"/connexion\?next="))
    assert page.locator("#compose").count() == 0
    assert "Pas pour la personne suivante" not in page.content()
    assert page.evaluate(DRAFT_KEYS) == []


KEPT_RECORDINGS = """() => new Promise(resolve => {
    const opening = indexedDB.open("carnet-drafts", 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore("recordings");
    opening.onsuccess = () => {
        const request = opening.result.transaction("recordings").objectStore("recordings").count();
        request.onsuccess = () => { opening.result.close(); resolve(request.result); };
    };
})"""


def test_a_recorded_capsule_survives_a_reload_with_its_draft(phone, site):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-audio]")
    record_a_capsule(phone, 2500)
    phone.fill("#title", "Capsule gardée")
    wait_draft_saved(phone)
    assert phone.evaluate(KEPT_RECORDINGS) == 1

    phone.reload()
    phone.locator(".draft-recording").wait_for(state="visible")
    assert phone.locator(".draft-files").is_hidden()  # the only file came back
    assert phone.locator(".uploads .upload").count() == 1
    assert phone.locator(".rec-playback").is_visible()
    phone.click("button.submit")
    entry_id = posted_entry_id(phone)
    media = wait_media_ready(site, entry_id)
    assert [m["kind"] for m in media] == ["audio"]
    assert media[0]["duration"] and media[0]["duration"] > 1.5
    assert phone.evaluate(KEPT_RECORDINGS) == 0
    assert not phone.errors


def test_signing_out_forgets_a_kept_recording(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-audio]")
    record_a_capsule(phone, 1200)
    wait_draft_saved(phone)
    assert phone.evaluate(KEPT_RECORDINGS) == 1
    sign_out(phone)
    assert phone.evaluate(KEPT_RECORDINGS) == 0


HOLD_RECORDINGS = """() => new Promise(resolve => {
    const opening = indexedDB.open("carnet-drafts", 1);
    opening.onsuccess = () => {
        const store = opening.result.transaction("recordings", "readwrite").objectStore("recordings");
        window.letGo = false;
        // A transaction lives while it has requests: reads of this tab's own keep it busy.
        const busy = () => { if (!window.letGo) store.count().onsuccess = busy; };
        busy();
        resolve();
    };
})"""


def test_discarding_a_draft_before_its_recording_is_back_forgets_the_recording(phone):
    sign_in(phone, "contributor", "/carnets/atelier/nouveau")
    phone.click("label[for=k-audio]")
    record_a_capsule(phone, 1200)
    phone.fill("#title", "Capsule à effacer")
    wait_draft_saved(phone)
    assert phone.evaluate(KEPT_RECORDINGS) == 1
    holder = phone.context.new_page()  # another tab's write keeps the recording waiting
    holder.goto("/")
    holder.evaluate(HOLD_RECORDINGS)
    phone.reload()
    phone.locator(".draft-notice").wait_for(state="visible")
    phone.click(".draft-discard")
    holder.evaluate("window.letGo = true")
    # Counted after the page's own reading of the recording (IndexedDB keeps them in order).
    assert phone.evaluate(KEPT_RECORDINGS) == 0
    assert phone.locator(".uploads .upload").count() == 0
    assert phone.locator(".draft-recording").is_hidden()
    assert draft_state(phone) == ""
    assert phone.evaluate(DRAFT_KEYS) == []
    holder.close()
