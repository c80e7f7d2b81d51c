"""Expected effects, stage reviews and stakeholders on a 390×844 phone: the forms work and
nothing is wider than the screen."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import assert_accessible, screenshot, sign_in

pytestmark = pytest.mark.browser


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_editor_writes_an_expected_effect_and_a_stakeholder_from_the_phone(phone):
    sign_in(phone, "editor", "/carnets/atelier/effets")
    phone.fill("#new-title", "Plus de produits locaux dans les assiettes")
    phone.fill("#new-question", "Les cantines servent-elles davantage de produits de la vallée ?")
    phone.fill("#new-indicator", "part de produits locaux dans les repas")
    phone.fill("#new-target", "50 %")
    phone.click("#nouvel-effet ~ form button[type=submit]")
    phone.wait_for_url(re.compile(r"/carnets/atelier/effets/\d+$"))
    assert "50 %" in phone.text_content("main")
    assert fits_the_screen(phone)
    assert_accessible(phone)
    screenshot(phone, "effect-phone")

    phone.goto("/carnets/atelier/parties-prenantes")
    phone.fill("#new-name", "Sophie Marchal")
    phone.select_option("#new-kind", "habitant")
    phone.fill("#new-role", "parent d'élève")
    phone.click("#nouvelle-partie ~ form button[type=submit]")
    phone.wait_for_url(re.compile(r"/carnets/atelier/parties-prenantes/\d+$"))
    assert fits_the_screen(phone)
    assert_accessible(phone)
    screenshot(phone, "stakeholder-phone")
    assert not phone.errors
