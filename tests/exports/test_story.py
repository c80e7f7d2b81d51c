"""build_story: what a selection takes from the database, and who may take what."""

from __future__ import annotations

import pytest

from logbook.db import db
from logbook.errors import Forbidden, ValidationFailed
from logbook.models import ENTRY_KINDS, Logbook, Media
from logbook.services.story import build_story
from logbook.services.story_scope import Order, Scope
from logbook.storage import get_storage
from tests.exports.conftest import SLUG


def story_for(world, scope: Scope = Scope(), *, viewer=None, base_url: str = "https://carnet.example"):
    logbook = db.session.query(Logbook).filter_by(slug=SLUG).one()
    viewer = viewer or world.reader.user
    return build_story(logbook, scope, viewer=viewer, storage=get_storage(), base_url=base_url)


def titles(story) -> list[str]:
    return [entry.title for entry in story.entries()]


def test_stages_in_order_with_their_entries_and_the_next_stop(journal, world):
    story = story_for(world)
    assert [stage.title for stage in story.stages] == ["Immersion", "Idéation", "Prototype"]
    assert story.stages[0].summary == "On observe les cantines."
    assert [e.title for e in story.stages[0].entries] == ["Première visite à la cantine", "La légumerie"]
    assert [e.title for e in story.stages[1].entries] == [
        "Schéma du self",
        "Capsule sonore",
        "Le service de midi",
    ]
    assert [e.title for e in story.unstaged] == ["Le rapport de l'ADEME"]
    assert story.next_stop is not None and story.next_stop.title == "Prototype"
    assert story.counts == dict.fromkeys(ENTRY_KINDS, 1)
    assert story.contributors == ("Contributor",)
    assert story.period_start.isoformat() == "2024-01-10T08:00:00+00:00"
    assert story.name == "Atelier cantines" and story.nickname == "Fil d'Ariane"


def test_testimony_keeps_speaker_and_consent(journal, world):
    story = story_for(world)
    testimony = next(e for e in story.entries() if e.kind == "testimony")
    assert (testimony.speaker_name, testimony.speaker_role, testimony.consent) == (
        "Mme Diallo",
        "cheffe de cuisine",
        True,
    )


def test_trashed_entries_never_appear(journal, world):
    for viewer in (world.reader.user, world.owner.user):
        story = story_for(world, Scope(include_pending=viewer is world.owner.user), viewer=viewer)
        assert "Brouillon à jeter" not in titles(story)


def test_pending_guest_entries_only_for_editors(journal, world):
    assert "Vu du quartier" not in titles(story_for(world))
    with pytest.raises(Forbidden):
        story_for(world, Scope(include_pending=True), viewer=world.reader.user)
    with pytest.raises(Forbidden):
        story_for(world, Scope(include_pending=True), viewer=world.contributor.user)
    story = story_for(world, Scope(include_pending=True), viewer=world.editor.user)
    assert "Vu du quartier" in titles(story)


def test_date_range_is_inclusive_by_whole_days(journal, world):
    scope = Scope.from_dict({"occurred_from": "2024-01-15", "occurred_to": "2024-02-10"})
    assert titles(story_for(world, scope)) == ["La légumerie", "Schéma du self", "Capsule sonore"]


def test_some_stages_only(journal, world):
    story = story_for(world, Scope(stage_ids=(journal.stages["Prototype"], journal.stages["Immersion"])))
    assert [stage.title for stage in story.stages] == ["Immersion", "Prototype"]
    assert story.unstaged == ()
    assert titles(story) == ["Première visite à la cantine", "La légumerie", "La cheffe"]


def test_a_stage_of_another_logbook_is_refused(journal, world):
    with pytest.raises(ValidationFailed) as caught:
        story_for(world, Scope(stage_ids=(999_999,)))
    assert caught.value.code == "invalid_scope"


def test_some_kinds_only(journal, world):
    assert titles(story_for(world, Scope(kinds=("photo", "video")))) == ["La légumerie", "Le service de midi"]


def test_pinned_only(journal, world):
    story = story_for(world, Scope(pinned_only=True))
    assert titles(story) == ["Première visite à la cantine", "La légumerie", "Le service de midi"]
    assert [stage.title for stage in story.stages] == ["Immersion", "Idéation", "Prototype"]  # summaries stay


def test_pinned_first_within_each_stage(journal, world):
    story = story_for(world, Scope(order=Order.PINNED_FIRST))
    assert [e.title for e in story.stages[1].entries] == [
        "Le service de midi",
        "Schéma du self",
        "Capsule sonore",
    ]


def test_media_are_ready_ones_with_app_urls(journal, world):
    story = story_for(world)
    photo = next(e for e in story.entries() if e.kind == "photo").media[0]
    assert {"thumb", "display", "display-jpeg"} <= set(photo.derivatives)
    display = photo.derivatives["display-jpeg"]
    assert display.url == f"https://carnet.example/media/{photo.id}/display-jpeg"
    assert display.mime == "image/jpeg" and display.width and display.size > 0
    assert photo.sha256 and photo.original_key == f"originals/{photo.sha256}"
    with story.media_reader.open(display.key) as stream:
        assert stream.read(3) == b"\xff\xd8\xff"
    audio = next(e for e in story.entries() if e.kind == "audio").media[0]
    assert "peaks" in audio.derivatives and "web" in audio.derivatives
    video = next(e for e in story.entries() if e.kind == "video").media[0]
    assert "poster-jpeg" in video.derivatives or "poster" in video.derivatives

    db.session.get(Media, photo.id).state = "failed"
    db.session.commit()
    again = story_for(world)
    assert next(e for e in again.entries() if e.kind == "photo").media == ()


def test_entry_links_point_into_the_app(journal, world):
    story = story_for(world)
    note = next(e for e in story.entries() if e.kind == "note")
    assert note.url == f"/carnets/{SLUG}/entrees/{journal.entries['note']}"
    assert story.base_url == "https://carnet.example"


def test_scope_reads_back_what_it_writes():
    scope = Scope.from_dict(
        {
            "stage_ids": [3, 1],
            "kinds": ["photo"],
            "occurred_from": "2024-01-01",
            "pinned_only": True,
            "locale": "en",
        }
    )
    assert Scope.from_dict(scope.to_dict()) == scope


def test_a_bad_scope_names_its_fields():
    with pytest.raises(ValidationFailed) as caught:
        Scope.from_dict({"kinds": ["poem"], "occurred_from": "hier", "colour": "red", "pinned_only": "yes"})
    assert set(caught.value.fields) == {"kinds", "occurred_from", "colour", "pinned_only"}


def post_withheld_testimony(client, world) -> int:
    """A testimony whose speaker did not consent, titled with the quote itself."""
    response = client.post(
        f"/api/v1/logbooks/{SLUG}/entries",
        json={
            "kind": "testimony",
            "title": "« Zorglub ne sait rien »",
            "body": "Quokka : ne le répétez pas.",
            "speaker_name": "Séraphin Lampion",
            "speaker_role": "assureur",
            "tags": ["zorglub"],
            "occurred_at": "2024-03-03T09:00:00+01:00",
            "consent": False,
            "pinned": True,
        },
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def test_a_testimony_without_consent_reaches_the_story_as_its_kind_and_date_only(client, journal, world):
    entry_id = post_withheld_testimony(client, world)
    story = story_for(world, Scope(include_pending=True), viewer=world.owner.user)
    withheld = next(e for e in story.entries() if e.id == entry_id)
    assert (withheld.kind, withheld.occurred_at.isoformat()) == ("testimony", "2024-03-03T08:00:00+00:00")
    assert (withheld.title, withheld.body_markdown, withheld.speaker_name, withheld.speaker_role) == (
        "",
        "",
        None,
        None,
    )
    assert (withheld.tags, withheld.author_name, withheld.url, withheld.media) == ((), "", "", ())
    assert story.counts["testimony"] == 2
