"""The timeline's first screen: a next stop that says when it is due (and when it is late),
result cards the page's script gets while one types, titles made from the body."""

from __future__ import annotations

from datetime import date, timedelta

from logbook.services.stages import create_stage
from logbook.web.timeline import next_stop_due
from tests.web.conftest import add_note, sign_in


def test_an_overdue_next_stop_says_so(client, world):
    create_stage(world.logbook, title="Diagnostic", reached=True)
    create_stage(world.logbook, title="Essai en cantine", starts_on=date.today() - timedelta(days=92))
    sign_in(client, "reader")
    page = client.get("/carnets/atelier").get_data(as_text=True)
    assert "prévue il y a 3 mois" in page
    assert 'class="next-stop overdue"' in page
    english = client.get("/carnets/atelier", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "due 3 months ago" in english


def test_a_next_stop_ahead_says_when_it_is_due(client, world):
    create_stage(world.logbook, title="Essai en cantine", starts_on=date.today() + timedelta(days=14))
    sign_in(client, "reader")
    page = client.get("/carnets/atelier").get_data(as_text=True)
    assert "prévue dans 2 semaines" in page
    assert "overdue" not in page


def test_a_next_stop_without_dates_says_nothing_of_when(app, world):
    stage = create_stage(world.logbook, title="Bilan")
    with app.test_request_context():
        assert next_stop_due(stage, date.today()) is None
        assert next_stop_due(None, date.today()) is None
        stage.ends_on = date.today()
        due = next_stop_due(stage, date.today())
        assert (due.text, due.overdue) == ("prévue aujourd'hui", False)


def test_the_script_gets_search_results_as_cards(client, world):
    add_note(world, client, title="", body="Les parents proposent un potager derrière le réfectoire.")
    add_note(world, client, title="Les menus", body="Rien à voir.")
    sign_in(client, "reader")
    response = client.get("/carnets/atelier?q=potager", headers={"X-Carnet-Fragment": "1"})
    assert response.status_code == 200
    fragment = response.get_data(as_text=True)
    assert "<html" not in fragment
    assert fragment.count('<article class="card kind-note"') == 1
    # No title: the card's title is the beginning of the body, never "#id".
    assert ">Les parents proposent un potager derrière le réfectoire.</a>" in fragment
    assert "<mark>" in fragment  # the words found are highlighted
    assert "Les menus" not in fragment
    assert "X-Carnet-Fragment" in response.headers["Vary"]


def test_search_results_without_script_are_the_same_cards(client, world):
    add_note(world, client, title="", body="Un potager partagé.")
    sign_in(client, "reader")
    page = client.get("/carnets/atelier?q=potager").get_data(as_text=True)
    assert 'class="result-cards"' in page and '<ol class="timeline"' not in page
    assert ">Un potager partagé.</a>" in page


def test_a_search_too_long_is_refused_in_the_fragment_too(client, world):
    sign_in(client, "reader")
    words = " ".join(f"mot{n}" for n in range(40))
    response = client.get(f"/carnets/atelier?q={words}", headers={"X-Carnet-Fragment": "1"})
    assert response.status_code == 422
    assert "Recherche trop longue" in response.get_data(as_text=True)
