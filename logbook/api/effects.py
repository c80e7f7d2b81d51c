"""/api/v1/logbooks/<slug>/effects: expected effects, their evidence and their history."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize, caller
from logbook.api.evaluation_schemas import (
    EffectCreateSchema,
    EffectListSchema,
    EffectSchema,
    EffectUpdateSchema,
    EvidenceCreateSchema,
    EvidenceListSchema,
    EvidenceSchema,
    VersionListSchema,
)
from logbook.api.presenters import effect_dict, evidence_dict, version_dict
from logbook.errors import Forbidden
from logbook.services import effects as service
from logbook.services import versions
from logbook.services.access import Action, can
from logbook.services.entries import get_entry
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "effects",
    __name__,
    url_prefix="/api/v1/logbooks/<slug>/effects",
    description="Expected effects (effets attendus) and the evidence linked to them",
)


def _one(logbook, effect) -> dict:
    return effect_dict(effect, service.stance_counts(logbook).get(effect.id))


@blp.route("")
class Effects(MethodView):
    @blp.response(200, EffectListSchema)
    def get(self, slug):
        """The expected effects in order, with how many entries confirm, nuance or contradict each."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        counts = service.stance_counts(logbook)
        return {"effects": [effect_dict(e, counts.get(e.id)) for e in service.list_effects(logbook)]}

    @blp.arguments(EffectCreateSchema)
    @blp.response(201, EffectSchema)
    def post(self, data, slug):
        """Add an expected effect (at the end, or at ``position``). Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        return _one(logbook, service.create_effect(logbook, **data))


@blp.route("/<int:effect_id>")
class EffectItem(MethodView):
    @blp.response(200, EffectSchema)
    def get(self, slug, effect_id):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return _one(logbook, service.get_effect(logbook, effect_id))

    @blp.arguments(EffectUpdateSchema)
    @blp.response(200, EffectSchema)
    def patch(self, data, slug, effect_id):
        """Change an effect's texts or place; the version replaced is kept. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        effect = service.get_effect(logbook, effect_id)
        return _one(logbook, service.update_effect(effect, data, editor=caller()))

    @blp.response(204)
    def delete(self, slug, effect_id):
        """Delete an effect with its evidence links and history; the entries stay."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        service.delete_effect(service.get_effect(logbook, effect_id))
        return None


@blp.route("/<int:effect_id>/evidence")
class EffectEvidence(MethodView):
    @blp.response(200, EvidenceListSchema)
    def get(self, slug, effect_id):
        """Entries linked to the effect, oldest first, with their stance."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        effect = service.get_effect(logbook, effect_id)
        return {"evidence": [evidence_dict(e) for e in service.list_evidence(effect)]}

    @blp.arguments(EvidenceCreateSchema)
    @blp.response(201, EvidenceSchema)
    def post(self, data, slug, effect_id):
        """Link a published entry as evidence (again: change its stance and comment).
        Contributors, editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.LINK_EVIDENCE)
        effect = service.get_effect(logbook, effect_id)
        entry = get_entry(logbook, data["entry_id"])
        evidence = service.link_evidence(
            effect, entry, stance=data["stance"], comment=data["comment"], user=caller()
        )
        return evidence_dict(evidence)


@blp.route("/<int:effect_id>/evidence/<int:evidence_id>")
class EffectEvidenceItem(MethodView):
    @blp.response(204)
    def delete(self, slug, effect_id, evidence_id):
        """Unlink: editors and owners any evidence, contributors the links they made."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.LINK_EVIDENCE)
        evidence = service.get_evidence(service.get_effect(logbook, effect_id), evidence_id)
        manages = can(caller(), logbook, Action.MANAGE_EFFECTS)
        if not service.may_unlink(evidence, caller(), manages=manages):
            raise Forbidden("Only editors, owners and who linked it may unlink this evidence.")
        service.unlink_evidence(evidence)
        return None


@blp.route("/<int:effect_id>/revisions")
class EffectRevisions(MethodView):
    @blp.response(200, VersionListSchema)
    def get(self, slug, effect_id):
        """Earlier versions of the effect, newest first. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        effect = service.get_effect(logbook, effect_id)
        return {
            "current_version": effect.version,
            "revisions": [version_dict(r) for r in versions.list_versions(effect)],
        }


@blp.route("/<int:effect_id>/revisions/<int:version>/restore")
class EffectRevisionRestore(MethodView):
    @blp.response(200, EffectSchema)
    def post(self, slug, effect_id, version):
        """Bring back an earlier version's texts as a new version. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        effect = service.get_effect(logbook, effect_id)
        return _one(logbook, service.restore_effect(effect, version, editor=caller()))
