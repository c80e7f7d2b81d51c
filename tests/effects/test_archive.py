"""Effects, stage reviews and stakeholders go into the archive and come back field by field."""

from __future__ import annotations

import json
import zipfile

import jsonschema
import pytest
from sqlalchemy import select

from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.export.archive import archive_schema
from logbook.models import (
    EffectRevision,
    EntryStakeholder,
    Evidence,
    ExpectedEffect,
    Stage,
    StageReview,
    StageReviewRevision,
    Stakeholder,
)
from logbook.services import effects, stage_reviews, stakeholders
from logbook.services.archive import import_archive, write_archive
from logbook.storage import get_storage
from tests.exports.conftest import rewrite_zip

EFFECT_COLUMNS = (
    "position",
    "title",
    "question",
    "indicator",
    "target",
    "version",
    "created_at",
    "updated_at",
)
REVIEW_COLUMNS = ("done", "learnt", "next_changes", "version", "created_at", "updated_at")
STAKEHOLDER_COLUMNS = ("name", "organisation", "kind", "role", "consent_to_name", "created_at", "updated_at")
REVISION_COLUMNS = ("version", "snapshot", "changed", "edited_by_name", "edited_at")


@pytest.fixture
def evaluated(world, project):
    second = effects.create_effect(world.logbook, title="Plus de produits locaux", target="50 %")
    effects.update_effect(project.effect, {"target": "moins de 15 kg"}, editor=world.editor.user)
    effects.link_evidence(
        project.effect, project.note, stance="confirms", comment="38 → 21 kg", user=world.contributor.user
    )
    effects.link_evidence(second, project.testimony, stance="contradicts", user=world.owner.user)
    stage_reviews.save_review(project.diagnostic, {"done": "Douze rencontres."}, editor=world.editor.user)
    stage_reviews.save_review(
        project.diagnostic, {"learnt": "La préparation freine."}, editor=world.owner.user
    )
    stakeholders.set_entry_stakeholders(project.testimony, [project.named.id], speaker_id=project.withheld.id)
    stakeholders.set_entry_stakeholders(project.note, [project.named.id])
    return project


def _write(world, tmp_path):
    path = tmp_path / "atelier.zip"
    with open(path, "wb") as out:
        manifest = write_archive(world.logbook, out, get_storage())
    return path, manifest


def _manifest_changed(edit):
    def change(name: str, data: bytes):
        if name != "manifest.json":
            return name, data
        return name, json.dumps(edit(json.loads(data))).encode()

    return change


def _row(row, columns) -> dict:
    return {name: getattr(row, name) for name in columns}


def test_the_archive_round_trip_keeps_effects_reviews_and_stakeholders_field_by_field(
    world, evaluated, tmp_path
):
    path, manifest = _write(world, tmp_path)
    jsonschema.validate(manifest, archive_schema())
    copy = import_archive(str(path), get_storage(), slug="atelier-copie", owner=world.owner.user).logbook

    def effects_of(logbook):
        rows = db.session.scalars(
            select(ExpectedEffect)
            .where(ExpectedEffect.logbook_id == logbook.id)
            .order_by(ExpectedEffect.position)
        ).all()
        found = []
        for effect in rows:
            revisions = db.session.scalars(
                select(EffectRevision)
                .where(EffectRevision.effect_id == effect.id)
                .order_by(EffectRevision.version)
            ).all()
            evidence = db.session.scalars(select(Evidence).where(Evidence.effect_id == effect.id)).all()
            found.append(
                (
                    _row(effect, EFFECT_COLUMNS),
                    [_row(r, REVISION_COLUMNS) | {"by": r.edited_by_id} for r in revisions],
                    sorted(
                        (e.entry.title, e.stance, e.comment, e.added_by_id, e.added_by_name, e.created_at)
                        for e in evidence
                    ),
                )
            )
        return found

    def reviews_of(logbook):
        found = []
        for stage in db.session.scalars(
            select(Stage).where(Stage.logbook_id == logbook.id).order_by(Stage.position)
        ):
            review = db.session.scalar(select(StageReview).where(StageReview.stage_id == stage.id))
            if review is None:
                found.append((stage.title, None))
                continue
            revisions = db.session.scalars(
                select(StageReviewRevision).where(StageReviewRevision.review_id == review.id)
            ).all()
            found.append(
                (stage.title, _row(review, REVIEW_COLUMNS), [_row(r, REVISION_COLUMNS) for r in revisions])
            )
        return found

    def stakeholders_of(logbook):
        found = []
        for person in db.session.scalars(
            select(Stakeholder).where(Stakeholder.logbook_id == logbook.id).order_by(Stakeholder.id)
        ):
            links = db.session.scalars(
                select(EntryStakeholder).where(EntryStakeholder.stakeholder_id == person.id)
            )
            found.append(
                (
                    _row(person, STAKEHOLDER_COLUMNS),
                    sorted((link.entry.title, link.as_speaker) for link in links),
                )
            )
        return found

    assert effects_of(copy) == effects_of(world.logbook)
    assert reviews_of(copy) == reviews_of(world.logbook)
    assert stakeholders_of(copy) == stakeholders_of(world.logbook)
    # Something was compared: the fixture's evaluation is all there.
    assert len(effects_of(copy)) == 2 and effects_of(copy)[0][1] and effects_of(copy)[0][2]
    assert reviews_of(copy)[0][1]["learnt"] == "La préparation freine." and reviews_of(copy)[0][2]
    assert ("Le potimarron", True) in stakeholders_of(copy)[1][1]


def test_an_archive_from_before_effects_and_stakeholders_still_imports(world, evaluated, tmp_path):
    path, _ = _write(world, tmp_path)

    def older(manifest: dict) -> dict:
        manifest.pop("effects")
        manifest.pop("stakeholders")
        for stage in manifest["stages"]:
            stage.pop("review", None)
        return manifest

    old = tmp_path / "ancien.zip"
    rewrite_zip(path, old, _manifest_changed(older))
    copy = import_archive(str(old), get_storage(), slug="ancien", owner=world.owner.user).logbook
    assert db.session.scalars(select(ExpectedEffect).where(ExpectedEffect.logbook_id == copy.id)).all() == []


def test_an_archive_whose_evidence_names_a_missing_entry_is_refused(world, evaluated, tmp_path):
    path, _ = _write(world, tmp_path)

    def broken(manifest: dict) -> dict:
        manifest["effects"][0]["evidence"][0]["entry_id"] = 999999
        return manifest

    bad = tmp_path / "abime.zip"
    rewrite_zip(path, bad, _manifest_changed(broken))
    with pytest.raises(ValidationFailed) as refused:
        import_archive(str(bad), get_storage(), slug="abime", owner=world.owner.user)
    assert refused.value.code == "archive_invalid"
    assert "999999" in refused.value.message


def test_the_manifest_says_which_stakeholders_consented_to_be_named(world, evaluated, tmp_path):
    path, _ = _write(world, tmp_path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert {(s["name"], s["consent_to_name"]) for s in manifest["stakeholders"]} == {
        ("Martine Durand", True),
        ("Sophie Marchal", False),
    }
