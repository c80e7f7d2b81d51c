"""A small evaluative project on "atelier": two stages, entries, an expected effect, two
stakeholders (one who consented to be named, one who did not)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from logbook.db import db
from logbook.jobs import get_queue
from logbook.services import effects, entries, stages, stakeholders
from logbook.storage import get_storage
from tests.web.conftest import csrf, post_form, sign_in  # noqa: F401  (used by the tests)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "CARNET_RATELIMIT_SIGN_IN": "1000/minute"}


@dataclass
class Project:
    diagnostic: object
    ateliers: object
    note: object  # the contributor's
    testimony: object
    effect: object
    named: object  # consented to be named
    withheld: object  # did not


def post(world, who: str, fields: dict):
    entry, _ = entries.create_entry(
        world.logbook, getattr(world, who).user, fields, [], storage=get_storage(), queue=get_queue()
    )
    return entry


@pytest.fixture
def project(world) -> Project:
    diagnostic = stages.create_stage(world.logbook, title="Diagnostic partagé", reached=True)
    ateliers = stages.create_stage(world.logbook, title="Ateliers cuisine")
    note = post(
        world,
        "contributor",
        {
            "kind": "note",
            "title": "Pesée des restes",
            "body": "Trente-huit kilos le lundi, vingt et un le vendredi.",
            "stage_id": ateliers.id,
            "occurred_at": datetime(2024, 5, 21, 12, 30, tzinfo=UTC),
        },
    )
    testimony = post(
        world,
        "owner",
        {
            "kind": "testimony",
            "title": "Le potimarron",
            "body": "« Sophie Marchal l'a dit : ma fille en redemande. »",
            "speaker_name": "Sophie Marchal",
            "speaker_role": "parent",
            "consent": True,
            "stage_id": ateliers.id,
        },
    )
    effect = effects.create_effect(
        world.logbook,
        title="Moins de gaspillage à la cantine",
        question="Les restes diminuent-ils ?",
        indicator="kilos de restes par jour",
        target="moins de 20 kg",
    )
    named = stakeholders.create_stakeholder(
        world.logbook,
        name="Martine Durand",
        organisation="école Jean-Jaurès",
        kind="agent",
        role="cheffe de cuisine",
        consent_to_name=True,
    )
    withheld = stakeholders.create_stakeholder(
        world.logbook, name="Sophie Marchal", kind="habitant", role="parent d'élève", consent_to_name=False
    )
    db.session.commit()
    return Project(diagnostic, ateliers, note, testimony, effect, named, withheld)


@pytest.fixture
def guest_link(client, world):
    response = client.post(
        "/api/v1/logbooks/atelier/guest-links", json={"label": "Atelier"}, headers=world.editor.headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"], response.get_json()["token"]
