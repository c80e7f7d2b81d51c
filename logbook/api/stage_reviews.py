"""/api/v1/logbooks/<slug>/stages/<id>/review: the stage's review (bilan d'escale)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize, caller
from logbook.api.evaluation_schemas import StageReviewSchema, StageReviewWriteSchema, VersionListSchema
from logbook.api.presenters import review_dict, version_dict
from logbook.services import stage_reviews as service
from logbook.services import versions
from logbook.services.access import Action
from logbook.services.logbooks import get_logbook
from logbook.services.stages import get_stage

blp = Blueprint(
    "stage_reviews",
    __name__,
    url_prefix="/api/v1/logbooks/<slug>/stages/<int:stage_id>/review",
    description="Stage reviews (bilans d'escale): what we did, what we learnt, what changes next",
)


@blp.route("")
class StageReviewItem(MethodView):
    @blp.response(200, StageReviewSchema)
    def get(self, slug, stage_id):
        """The stage's review; 404 while it has none."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return review_dict(service.require_review(get_stage(logbook, stage_id)))

    @blp.arguments(StageReviewWriteSchema)
    @blp.response(200, StageReviewSchema)
    def put(self, data, slug, stage_id):
        """Write the review, or change the texts given (the version replaced is kept).
        Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        return review_dict(service.save_review(get_stage(logbook, stage_id), data, editor=caller()))

    @blp.response(204)
    def delete(self, slug, stage_id):
        """Delete the review and its history. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        service.delete_review(service.require_review(get_stage(logbook, stage_id)))
        return None


@blp.route("/revisions")
class StageReviewRevisions(MethodView):
    @blp.response(200, VersionListSchema)
    def get(self, slug, stage_id):
        """Earlier versions of the review, newest first. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        review = service.require_review(get_stage(logbook, stage_id))
        return {
            "current_version": review.version,
            "revisions": [version_dict(r) for r in versions.list_versions(review)],
        }


@blp.route("/revisions/<int:version>/restore")
class StageReviewRestore(MethodView):
    @blp.response(200, StageReviewSchema)
    def post(self, slug, stage_id, version):
        """Bring back an earlier version as a new version. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        review = service.require_review(get_stage(logbook, stage_id))
        return review_dict(service.restore_review(review, version, editor=caller()))
