"""/histoire, where an invitation lands, on a 390×844 phone: media play in place (an audio
capsule with its waveform, a photo opened in the viewer), nothing is wider than the
screen, and the page prints without its navigation."""

from __future__ import annotations

import io

import pytest

from tests.browser.conftest import assert_accessible, play_until, screenshot, sign_in, wait_media_ready

pytestmark = pytest.mark.browser

PAGE = "/carnets/atelier/histoire"

WAVEFORM_DRAWN = """id => {
    const canvas = document.querySelector(`#entree-${id} canvas.waveform`);
    if (!canvas || !canvas.width) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
    return false;
}"""


def post_media(site, sample_files, kind: str, sample: str, title: str) -> int:
    response = site.api(
        "POST",
        "/api/v1/logbooks/atelier/entries",
        data={
            "kind": kind,
            "title": title,
            "pinned": "true",
            "files": [(io.BytesIO(sample_files[sample].read_bytes()), sample_files[sample].name)],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    entry_id = response.get_json()["id"]
    wait_media_ready(site, entry_id)
    return entry_id


def test_the_story_plays_audio_with_its_waveform_and_opens_photos_on_a_phone(phone, site, sample_files):
    audio_id = post_media(site, sample_files, "audio", "wav", "La cloche de la cantine")
    photo_id = post_media(site, sample_files, "photo", "jpeg", "Le plateau vu de près")
    sign_in(phone, "reader", PAGE)

    # The audio plays where it is, its waveform drawn from the peaks.
    audio = phone.locator(f"#entree-{audio_id} audio")
    audio.scroll_into_view_if_needed()
    phone.wait_for_function(WAVEFORM_DRAWN, arg=audio_id)
    play_until(phone, f"#entree-{audio_id} audio", 0.3)

    # A tap on the photo opens the viewer in the page, not the bare image.
    phone.locator(f"#entree-{photo_id} a.zoom").click()
    viewer = phone.locator(".lightbox")
    viewer.wait_for(state="visible")
    phone.wait_for_function("() => document.querySelector('.lightbox img').naturalWidth > 0")
    assert phone.url.endswith(PAGE)
    phone.keyboard.press("Escape")
    viewer.wait_for(state="hidden")

    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(phone)
    screenshot(phone, "story-phone")

    # Printed, it is a handout: no site navigation, no share form.
    phone.emulate_media(media="print")
    assert not phone.locator("header.site").is_visible()
    assert not phone.locator("#share-link").is_visible()
    assert phone.locator("#parcours").is_visible()
    assert not phone.errors
