"""The right stage by default: the stage whose dates hold the entry's date, else the next
stop; the same rule on the compose page, through the API and for guests."""

from __future__ import annotations

from datetime import date

import pytest

from logbook.services.stages import create_stage
from tests.web.conftest import post_form, sign_in


@pytest.fixture
def stages(world):
    """Two stages behind us, a gap, the next stop (a start date only), and a stage with no dates."""
    logbook = world.logbook
    return {
        "diagnostic": create_stage(
            logbook, title="Diagnostic", starts_on=date(2026, 1, 5), ends_on=date(2026, 3, 31), reached=True
        ),
        "ateliers": create_stage(
            logbook, title="Ateliers", starts_on=date(2026, 4, 1), ends_on=date(2026, 6, 30), reached=True
        ),
        "essai": create_stage(logbook, title="Essai en cantine", starts_on=date(2026, 9, 1)),
        "bilan": create_stage(logbook, title="Bilan"),
    }


def _posted_stage(client, world, **fields) -> int | None:
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Note", **fields},
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    stage = response.get_json()["stage"]
    return stage["id"] if stage else None


@pytest.mark.parametrize(
    ("occurred_at", "expected"),
    [
        ("2026-02-10T10:00:00+01:00", "diagnostic"),  # inside a stage that is over
        ("2026-06-30T20:00:00+02:00", "ateliers"),  # its last day, in the team's time zone
        ("2026-03-31T23:30:00+00:00", "ateliers"),  # already 1 April in Paris
        ("2026-07-20T09:00:00+02:00", "essai"),  # between stages: the next stop
        ("2026-10-02T09:00:00+02:00", "essai"),  # after its start, with no end yet
        ("2025-11-02T09:00:00+01:00", "essai"),  # before the project: the next stop
    ],
)
def test_api_posts_without_a_stage_land_in_the_stage_of_their_date(
    client, world, stages, occurred_at, expected
):
    assert _posted_stage(client, world, occurred_at=occurred_at) == stages[expected].id


def test_a_stage_chosen_or_refused_by_the_poster_is_kept(client, world, stages):
    chosen = _posted_stage(
        client, world, occurred_at="2026-02-10T10:00:00+01:00", stage_id=stages["bilan"].id
    )
    assert chosen == stages["bilan"].id
    assert _posted_stage(client, world, occurred_at="2026-02-10T10:00:00+01:00", stage_id=None) is None


def test_with_every_stage_reached_an_entry_outside_their_dates_has_no_stage(client, world, stages):
    from logbook.db import db

    for stage in stages.values():
        stage.reached = True
    db.session.commit()
    assert _posted_stage(client, world, occurred_at="2026-07-20T09:00:00+02:00") is None
    assert _posted_stage(client, world, occurred_at="2026-05-20T09:00:00+02:00") == stages["ateliers"].id


def test_compose_page_offers_the_date_rule_by_default_and_applies_it(client, world, stages):
    sign_in(client, "contributor")
    page = client.get("/carnets/atelier/nouveau").get_data(as_text=True)
    assert '<option value="auto" selected>' in page
    response = post_form(
        client,
        "/carnets/atelier/nouveau",
        {"kind": "note", "title": "Atelier menus", "occurred_at": "2026-05-12T14:00", "tz": "Europe/Paris",
         "stage_id": "auto"},
    )  # fmt: skip
    assert response.status_code == 302
    entry = client.get("/api/v1/logbooks/atelier/timeline").get_json()["entries"][0]
    assert entry["stage"]["id"] == stages["ateliers"].id


def test_compose_page_posting_through_the_api_sends_auto_as_the_date_rule(client, world, stages):
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": "note", "title": "Par le script", "occurred_at": "2026-02-03T10:00:00+01:00",
              "stage_id": "auto"},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )  # fmt: skip
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["stage"]["id"] == stages["diagnostic"].id


def test_guest_posts_land_in_the_stage_of_their_date(client, world, stages):
    from logbook.services.guests import create_guest_link

    _, token = create_guest_link(world.logbook, world.editor.user, moderated=False)
    response = client.post(
        f"/api/v1/guest/{token}/entries",
        json={
            "display_name": "Awa",
            "kind": "note",
            "title": "Au marché",
            "occurred_at": "2026-02-10T10:00:00+01:00",
        },
    )
    assert response.status_code == 201, response.get_json()
    entry = client.get("/api/v1/logbooks/atelier/timeline", headers=world.owner.headers).get_json()[
        "entries"
    ][0]
    assert entry["stage"]["id"] == stages["diagnostic"].id
