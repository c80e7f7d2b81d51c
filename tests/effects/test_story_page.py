"""/histoire, the newcomer's page: what the project is, its path and next stop, a few figures,
what it set out to change with the evidence so far, the stage reviews, who took part, the
latest and the pinned entries. Members see all of it (the team list only them); a visitor
of a public logbook sees the same story without the team, and nobody's withheld words."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from logbook.db import db
from logbook.services import effects, stage_reviews, stages, stakeholders
from logbook.web.story import due
from tests.effects.conftest import post, sign_in

PAGE = "/carnets/atelier/histoire"


@pytest.fixture
def story(world, project):
    """The project with evidence (one of it a testimony without consent), a review, people
    linked to testimonies, and a next stop planned three months ago."""
    world.logbook.description = "Rapprocher les cantines des **producteurs** de la vallée."
    secret = post(
        world,
        "owner",
        {
            "kind": "testimony",
            "title": "Zorglub ne sait rien",
            "body": "Quokka : ne le répétez pas.",
            "speaker_name": "Séraphin Lampion",
            "consent": False,
            "stage_id": project.ateliers.id,
            "occurred_at": datetime(2024, 5, 22, 9, tzinfo=UTC),
        },
    )
    effects.link_evidence(project.effect, project.note, stance="confirms", comment="De 38 à 21 kg.")
    effects.link_evidence(project.effect, secret, stance="contradicts", comment="Lampion a dit Quokka.")
    stage_reviews.save_review(
        project.diagnostic,
        {
            "done": "Trois cantines visitées.",
            "learnt": "Le frein, c'est l'épluchage.",
            "next_changes": "Peser.",
        },
        editor=world.owner.user,
    )
    stakeholders.set_entry_stakeholders(project.testimony, [project.named.id], speaker_id=project.named.id)
    stakeholders.set_entry_stakeholders(secret, [project.withheld.id])
    stages.update_stage(project.ateliers, {"starts_on": date.today() - timedelta(days=91)})
    db.session.commit()
    return secret


def section(page: str, css_class: str) -> str:
    match = re.search(rf'<section class="{css_class}".*?</section>', page, re.S)
    assert match, css_class
    return match.group(0)


def test_a_member_reads_every_part_of_the_story(client, world, project, story):
    sign_in(client, "reader")
    page = client.get(PAGE).get_data(as_text=True)
    # What the project is, and when.
    assert "<strong>producteurs</strong>" in page and "« Fil d&#39;Ariane »" in page
    assert 'class="story-period"' in page
    # The path, what an escale is, the next stop and that it is late.
    assert "Une escale est une étape du projet" in page
    stop = section(page, "next-stop overdue")
    assert "Ateliers cuisine" in stop and "prévue il y a 3 mois, pas encore atteinte" in stop
    # Key figures: 3 entries (a note, two testimonies), 2 people wrote the shareable ones.
    figures = section(page, "key-figures")
    numbers = re.findall(r'class="figure-number">(\d+)<', figures)
    assert numbers == ["3", "2", "0"]
    assert "1 note · 2 témoignages" in figures
    # What we learnt: the effect, its stances, its evidence; the review.
    learnt = section(page, "learnt")
    assert "Moins de gaspillage à la cantine" in learnt and "moins de 20 kg" in learnt
    assert "confirme : 1" in learnt and "nuance : 0" in learnt and "contredit : 1" in learnt
    assert f'href="/carnets/atelier/entrees/{project.note.id}">Pesée des restes</a>' in learnt
    assert "De 38 à 21 kg." in learnt and "témoignage non diffusé" in learnt
    assert "Le frein, c&#39;est l&#39;épluchage." in learnt and "Ce qui change pour la suite" in learnt
    # Who took part: named with consent, by role without.
    people = section(page, "people")
    assert "Martine Durand" in people and "Le potimarron" in people
    assert "parent d&#39;élève" in people and "Sophie Marchal" not in people
    # The latest entries, the team, and the scripts that play media in place.
    assert 'id="dernieres"' in page and "Pesée des restes" in page
    assert 'id="equipe"' in page and "Reader" in page
    assert "timeline.js" in page and 'class="lightbox"' in page
    # A testimony without consent: its kind and date only, everywhere on the page.
    for secret in ("Zorglub", "Quokka", "Lampion"):
        assert secret not in page, secret


def test_editors_see_the_name_of_a_stakeholder_without_consent_marked_as_unpublished(
    client, world, project, story
):
    sign_in(client, "editor")
    people = section(client.get(PAGE).get_data(as_text=True), "people")
    assert "Sophie Marchal" in people and "nom non publié" in people


def test_a_visitor_of_a_public_logbook_reads_the_story_without_the_team(client, world, project, story):
    world.logbook.visibility = "public"
    db.session.commit()
    response = client.get(PAGE)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for part in ("next-stop overdue", "key-figures", "learnt", "people"):
        section(page, part)
    assert 'id="dernieres"' in page
    assert 'id="equipe"' not in page and "Reader" not in page and "Editor" not in page
    assert "Sophie Marchal" not in section(page, "people")
    for secret in ("Zorglub", "Quokka", "Lampion"):
        assert secret not in page, secret
    assert "/exports" not in page  # exports are for members


def test_pinned_entries_are_not_repeated_among_the_latest(client, world, project):
    pinned = post(world, "owner", {"kind": "note", "title": "Le moment clé", "pinned": True})
    sign_in(client, "reader")
    page = client.get(PAGE).get_data(as_text=True)
    assert page.count(f'id="entree-{pinned.id}"') == 1


def test_the_next_stop_says_when_it_is_due():
    class Stage:
        starts_on = date(2026, 3, 1)

    from flask import Flask
    from flask_babel import Babel

    app = Flask(__name__)
    Babel(app, locale_selector=lambda: "fr")
    with app.test_request_context():
        assert due(Stage, today=date(2026, 6, 1)) == {
            "overdue": True,
            "today": False,
            "when": "il y a 3 mois",
        }
        assert due(Stage, today=date(2026, 2, 15))["when"] == "dans 2 semaines"
        assert due(Stage, today=date(2026, 3, 1))["today"]


def test_the_demo_shows_effects_with_evidence_reviews_and_stakeholders_on_its_story(runner, client):
    from logbook.demo import OWNER_EMAIL, PASSWORD, SLUG
    from logbook.demo_evaluation import STAKEHOLDERS

    assert runner.invoke(args=["demo"]).exit_code == 0
    page = client.get(f"/carnets/{SLUG}/histoire").get_data(as_text=True)  # public: no sign-in
    learnt = section(page, "learnt")
    effects_shown = re.findall(
        r'<li class="effect-item">.*?</li>\s*(?=<li class="effect-item">|</ol>)', learnt, re.S
    )
    assert len(effects_shown) == 3
    assert all('class="evidence-list"' in effect for effect in effects_shown)
    assert learnt.count('class="review-item"') == 2  # both reached stages
    people = section(page, "people")
    assert people.count('class="person"') == 6
    assert people.count('class="said-list"') == 3
    for name, _org, _kind, _role, consent, *_ in STAKEHOLDERS:
        assert (name in people) is consent, name
    assert "prévue il y a" in section(page, "next-stop overdue")
    from tests.web.conftest import csrf

    client.post(
        "/connexion", data={"email": OWNER_EMAIL, "password": PASSWORD + "-2024", "csrf_token": csrf(client)}
    )
    people = section(client.get(f"/carnets/{SLUG}/histoire").get_data(as_text=True), "people")
    assert all(name in people for name, *_ in STAKEHOLDERS)


def test_the_story_reads_in_english(client, world, project, story):
    from tests.web.conftest import csrf

    sign_in(client, "reader")
    client.post("/langue", data={"lang": "en", "next": PAGE, "csrf_token": csrf(client, PAGE)})
    page = client.get(PAGE).get_data(as_text=True)
    for words in ("What we learnt", "Who took part", "In a few figures", "due 3 months ago, not reached yet"):
        assert words in page, words
