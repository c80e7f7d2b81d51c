"""/api/v1/logbooks/<slug>/moderation and /trash: what waits for an editor's decision."""

from __future__ import annotations

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from logbook.api.context import authorize, caller
from logbook.api.presenters import entry_dict
from logbook.api.schemas import EntrySchema, Integer
from logbook.jobs import get_queue
from logbook.services import moderation as service
from logbook.services import trash
from logbook.services.access import Action
from logbook.services.entries import get_entry
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "moderation", __name__, url_prefix="/api/v1/logbooks/<slug>", description="Moderation queue and trash"
)


class ModerationQueueSchema(Schema):
    entries = fields.List(fields.Nested(EntrySchema))


class TrashItemSchema(Schema):
    entry = fields.Nested(EntrySchema)
    deleted_at = fields.AwareDateTime()
    purge_after = fields.AwareDateTime(metadata={"description": "When it will be deleted for good."})


class TrashSchema(Schema):
    entries = fields.List(fields.Nested(TrashItemSchema))
    retention_days = Integer()


@blp.route("/moderation")
class ModerationQueue(MethodView):
    @blp.response(200, ModerationQueueSchema)
    def get(self, slug):
        """Guest contributions waiting for approval, oldest first. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        user = caller()
        return {"entries": [entry_dict(entry, user) for entry in service.pending_entries(logbook)]}


@blp.route("/moderation/<int:entry_id>/approve")
class ModerationApprove(MethodView):
    @blp.response(200, EntrySchema)
    def post(self, slug, entry_id):
        """Publish a pending entry. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        entry = service.approve_entry(get_entry(logbook, entry_id), queue=get_queue())
        return entry_dict(entry, caller())


@blp.route("/moderation/<int:entry_id>/reject")
class ModerationReject(MethodView):
    @blp.response(204)
    def post(self, slug, entry_id):
        """Turn down a pending entry: it goes to the trash (restorable until purged)."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        service.reject_entry(get_entry(logbook, entry_id), queue=get_queue())
        return None


@blp.route("/trash")
class Trash(MethodView):
    @blp.response(200, TrashSchema)
    def get(self, slug):
        """Deleted entries, most recent first, with the date each will be purged. Editors and
        owners; restore one with POST /entries/<id>/restore."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        user = caller()
        return {
            "entries": [
                {"entry": entry_dict(e, user), "deleted_at": e.deleted_at, "purge_after": trash.purge_date(e)}
                for e in trash.trashed_entries(logbook)
            ],
            "retention_days": current_app.config["CARNET_TRASH_DAYS"],
        }


@blp.route("/trash/<int:entry_id>")
class TrashItem(MethodView):
    @blp.response(204)
    def delete(self, slug, entry_id):
        """Purge a trashed entry now, without waiting (e.g. consent withdrawn). Owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        trash.purge_now(trash.get_trashed_entry(logbook, entry_id))
        return None
