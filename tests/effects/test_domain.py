"""Expected effects, evidence, stage reviews and stakeholders as plain domain functions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.jobs import get_queue
from logbook.models import Entry, EntryRevision, EntryStakeholder, Stakeholder
from logbook.services import effects, entries, stage_reviews, stakeholders
from logbook.storage import get_storage
from tests.effects.conftest import post


def test_effects_are_an_ordered_list_that_can_be_rearranged(world, project):
    second = effects.create_effect(world.logbook, title="Plus de produits locaux")
    first = effects.create_effect(world.logbook, title="Une coopération qui tient", position=0)
    assert [e.title for e in effects.list_effects(world.logbook)] == [
        first.title,
        project.effect.title,
        second.title,
    ]
    effects.move_effect(second, 0)
    assert [e.id for e in effects.list_effects(world.logbook)] == [second.id, first.id, project.effect.id]
    effects.delete_effect(first)
    assert [e.position for e in effects.list_effects(world.logbook)] == [0, 1]


def test_an_effect_needs_a_title_and_short_texts(world):
    with pytest.raises(ValidationFailed) as refused:
        effects.create_effect(world.logbook, title="  ", target="x" * 101)
    assert set(refused.value.fields) == {"title", "target"}


def test_evidence_links_an_entry_with_a_stance_and_linking_again_changes_it(world, project):
    evidence = effects.link_evidence(
        project.effect, project.note, stance="confirms", comment="De 38 à 21 kg.", user=world.contributor.user
    )
    again = effects.link_evidence(project.effect, project.note, stance="nuances", user=world.editor.user)
    assert again.id == evidence.id
    assert (again.stance, again.comment, again.added_by_name) == ("nuances", "", "Contributor")
    assert effects.stance_counts(world.logbook)[project.effect.id] == {
        "confirms": 0,
        "nuances": 1,
        "contradicts": 0,
    }


def test_evidence_of_a_trashed_entry_is_hidden_until_the_entry_comes_back(world, project):
    effects.link_evidence(project.effect, project.note, stance="confirms", user=world.contributor.user)
    entries.trash_entry(project.note)
    assert effects.list_evidence(project.effect) == []
    entries.restore_entry(project.note)
    assert [e.entry_id for e in effects.list_evidence(project.effect)] == [project.note.id]


def test_evidence_is_a_published_entry_of_the_same_logbook_with_a_known_stance(world, project):
    elsewhere = post_elsewhere(world)
    with pytest.raises(NotFound):
        effects.link_evidence(project.effect, elsewhere, stance="confirms")
    pending = post(world, "contributor", {"kind": "note", "title": "En attente"})
    pending.status = "pending"
    db.session.commit()
    with pytest.raises(ValidationFailed):
        effects.link_evidence(project.effect, pending, stance="confirms")
    with pytest.raises(ValidationFailed):
        effects.link_evidence(project.effect, project.note, stance="peut-être")


def post_elsewhere(world) -> Entry:
    entry, _ = entries.create_entry(
        world.other_logbook,
        world.outsider.user,
        {"kind": "note", "title": "Ailleurs"},
        [],
        storage=get_storage(),
        queue=None,
    )
    return entry


def test_a_stage_review_holds_three_short_texts_and_needs_one_of_them(world, project):
    with pytest.raises(ValidationFailed):
        stage_reviews.save_review(project.diagnostic, {"done": " ", "learnt": ""}, editor=world.editor.user)
    with pytest.raises(ValidationFailed):
        stage_reviews.save_review(project.diagnostic, {"learnt": "x" * 2001}, editor=world.editor.user)
    review = stage_reviews.save_review(
        project.diagnostic,
        {"done": "Douze rencontres.", "learnt": "Le frein est la préparation."},
        editor=None,
    )
    assert (review.done, review.learnt, review.next_changes, review.version) == (
        "Douze rencontres.",
        "Le frein est la préparation.",
        "",
        1,
    )
    assert stage_reviews.stages_awaiting_review(world.logbook) == []


def test_reached_stages_without_a_review_await_one(world, project):
    assert [s.id for s in stage_reviews.stages_awaiting_review(world.logbook)] == [project.diagnostic.id]


def test_a_stakeholder_without_consent_speaks_by_role_only(world, project):
    stakeholders.set_entry_stakeholders(
        project.testimony, [], speaker_id=project.withheld.id, editor=world.owner.user, queue=get_queue()
    )
    assert project.testimony.speaker_name == "Habitant·e"
    assert project.testimony.speaker_role == "parent d'élève"
    said, named = stakeholders.appearances(project.withheld)
    assert [e.id for e in said] == [project.testimony.id] and named == []


def test_only_a_testimony_has_a_speaker(world, project):
    with pytest.raises(ValidationFailed):
        stakeholders.set_entry_stakeholders(project.note, [], speaker_id=project.named.id)


def test_an_entry_names_only_stakeholders_of_its_logbook(world, project):
    other = stakeholders.create_stakeholder(world.other_logbook, name="Quelqu'un d'ailleurs")
    with pytest.raises(ValidationFailed):
        stakeholders.set_entry_stakeholders(project.note, [project.named.id, other.id])


def test_removing_a_stakeholder_erases_their_name_from_the_entries_naming_them_and_their_versions(
    world, project
):
    effects.link_evidence(
        project.effect, project.testimony, stance="confirms", comment="Sophie Marchal en parle.", user=None
    )
    entries.update_entry(project.testimony, {"title": "Ce que dit Sophie Marchal"}, editor=world.owner.user)
    stakeholders.set_entry_stakeholders(
        project.testimony, [project.named.id], speaker_id=project.withheld.id, editor=world.owner.user
    )
    changed = stakeholders.remove_stakeholder(project.withheld, queue=get_queue())

    assert changed == [project.testimony.id]
    assert db.session.get(Stakeholder, project.withheld.id) is None
    testimony = db.session.get(Entry, project.testimony.id)
    assert testimony.speaker_name == stakeholders.WITHDRAWN_SPEAKER
    assert testimony.speaker_role is None
    texts = [testimony.title, testimony.body]
    texts += [
        str(r.snapshot)
        for r in db.session.scalars(select(EntryRevision).where(EntryRevision.entry_id == testimony.id))
    ]
    texts += [e.comment for e in effects.evidence_for_entry(testimony)]
    assert all("Sophie" not in text and "Marchal" not in text for text in texts), texts
    assert "[nom retiré]" in testimony.body
    # The other stakeholder named on it stays.
    links = db.session.scalars(
        select(EntryStakeholder).where(EntryStakeholder.entry_id == testimony.id)
    ).all()
    assert [link.stakeholder_id for link in links] == [project.named.id]


def test_withdrawing_consent_takes_the_name_out_of_their_testimonies(world, project):
    stakeholders.set_entry_stakeholders(project.note, [], speaker_id=None, editor=world.owner.user)
    testimony = post(
        world,
        "owner",
        {
            "kind": "testimony",
            "title": "Cuisine",
            "body": "Martine Durand : « on pèse tout ».",
            "consent": True,
            "speaker_name": "x",
        },
    )
    stakeholders.set_entry_stakeholders(testimony, [], speaker_id=project.named.id, editor=world.owner.user)
    assert testimony.speaker_name == "Martine Durand"
    stakeholders.update_stakeholder(project.named, {"consent_to_name": False}, editor=world.owner.user)
    testimony = db.session.get(Entry, testimony.id)
    assert testimony.speaker_name == "Agent·e"
    assert "Martine" not in testimony.body
    history = db.session.scalars(select(EntryRevision).where(EntryRevision.entry_id == testimony.id)).all()
    assert history and all("Martine" not in str(r.snapshot) for r in history)
