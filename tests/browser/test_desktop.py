"""Browsing at desktop size: filters, search, every main page checked by axe and photographed."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_accessible, screenshot, sign_in

pytestmark = pytest.mark.browser


def test_filter_chips_narrow_the_timeline(desktop):
    sign_in(desktop, "reader", "/carnets/atelier")
    desktop.click("details.filters summary")
    desktop.click("a.chip:has-text('Témoignage')")
    desktop.wait_for_url("**kind=testimony**")
    kinds = desktop.locator("ol.timeline article.card").evaluate_all("cards => cards.map(c => c.className)")
    assert kinds and all("kind-testimony" in k for k in kinds)
    desktop.click("a.chip:has-text('Témoignage')")  # the chip toggles off
    desktop.wait_for_url("**/carnets/atelier?")
    desktop.click("details.filters summary") if not desktop.locator("details.filters[open]").count() else None
    desktop.click("a.chip:has-text('#bruit')")
    desktop.wait_for_url("**tag=bruit**")
    titles = desktop.locator("ol.timeline .card-title").all_inner_texts()
    assert titles == ["Le bruit"]


def test_search_box_finds_entries(desktop):
    sign_in(desktop, "reader", "/carnets/atelier")
    desktop.fill("#q", "cantine")
    desktop.press("#q", "Enter")
    results = desktop.locator("#search-results")
    results.locator("a", has_text="Premier jour à la cantine").wait_for()
    assert "mark" in results.inner_html()  # the words found are highlighted
    assert "q=" not in desktop.url  # answered in place by the search API
    results.locator("a", has_text="Premier jour à la cantine").click()
    desktop.wait_for_url("**/carnets/atelier/entrees/*")
    assert not desktop.errors


def test_search_box_says_when_nothing_holds_every_word(desktop):
    sign_in(desktop, "reader", "/carnets/atelier")
    desktop.fill("#q", "piscine cantine")
    desktop.press("#q", "Enter")
    notice = desktop.locator("#search-results .search-approximate")
    notice.wait_for()
    assert notice.inner_text() == "Aucun résultat pour « piscine cantine » ; voici des contributions proches."
    assert desktop.locator("#search-results li a", has_text="cantine").count() >= 1
    desktop.click("details.search-help summary")
    assert "titre:" in desktop.locator("details.search-help").inner_text()
    assert not desktop.errors


def test_search_box_says_when_a_search_is_too_long(desktop):
    sign_in(desktop, "reader", "/carnets/atelier")
    desktop.fill("#q", " ".join(f"mot{n}" for n in range(25)))
    desktop.press("#q", "Enter")
    message = desktop.locator("#search-results .error-summary")
    message.wait_for()
    assert "Recherche trop longue" in message.inner_text()
    assert "q=" not in desktop.url
    assert not desktop.errors


@pytest.mark.parametrize(
    ("name", "path", "who"),
    [
        ("home", "/", "owner"),
        ("timeline", "/carnets/atelier", "owner"),
        ("compose", "/carnets/atelier/nouveau", "owner"),
        ("entry", "/carnets/atelier/entrees/5", "owner"),
        ("testimony", "/carnets/atelier/entrees/4", "owner"),
        ("edit", "/carnets/atelier/entrees/1/modifier", "owner"),
        ("story", "/carnets/atelier/histoire", "owner"),
        ("stages", "/carnets/atelier/escales", "owner"),
        ("members", "/carnets/atelier/membres", "owner"),
        ("invitations", "/carnets/atelier/invitations", "owner"),
        ("guest-links", "/carnets/atelier/liens-invites", "owner"),
        ("moderation", "/carnets/atelier/a-valider", "owner"),
        ("exports", "/carnets/atelier/exports", "owner"),
        ("trash", "/carnets/atelier/corbeille", "owner"),
        ("sign-in", "/connexion", None),
    ],
)
def test_main_pages_have_no_serious_accessibility_violations(phone, desktop, name, path, who):
    for page, size in ((phone, "phone"), (desktop, "desktop")):
        if who:
            sign_in(page, who, path)
        else:
            page.goto(path)
        page.wait_for_load_state("networkidle")
        assert_accessible(page)
        screenshot(page, f"{name}-{size}")
        assert not page.errors, page.errors


def test_compose_works_with_the_keyboard_and_shows_where_the_focus_is(desktop):
    sign_in(desktop, "contributor", "/carnets/atelier/nouveau")
    desktop.keyboard.press("Tab")
    assert desktop.evaluate("document.activeElement.classList.contains('skip-link')")
    assert desktop.locator(".skip-link").is_visible()  # shown when focused
    desktop.focus("#k-note")
    desktop.keyboard.press("ArrowRight")
    assert desktop.locator("#k-photo").is_checked()
    assert desktop.locator(".for-photo").is_visible()
    outline = desktop.evaluate("getComputedStyle(document.querySelector('label[for=k-photo]')).outlineStyle")
    assert outline != "none"
    desktop.keyboard.press("Tab")  # into the camera button's file input
    ring = desktop.evaluate("getComputedStyle(document.activeElement.closest('label.pick')).outlineStyle")
    assert ring != "none"


def test_exports_page_prepares_a_file_and_offers_it(desktop):
    sign_in(desktop, "owner", "/carnets/atelier/exports")
    desktop.check("#fmt-markdown")
    desktop.click("form.exports button[type=submit]")
    link = desktop.locator(".export-list a", has_text="Télécharger").first
    link.wait_for(timeout=60_000)
    with desktop.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith((".md", ".zip"))
    # On a new visit the script's list, which follows progress, replaces the page's own.
    desktop.reload()
    desktop.wait_for_load_state("networkidle")
    assert desktop.locator(".export-list li").count() == 1
    assert not desktop.errors
