"""/api/v1/logbooks/<slug>/entries/<id>/revisions: an entry's earlier versions."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from logbook.api.context import authorize, caller
from logbook.api.presenters import entry_dict
from logbook.api.schemas import EntrySchema, Integer
from logbook.jobs import get_queue
from logbook.services import revisions as service
from logbook.services.access import Action
from logbook.services.entries import get_entry, update_entry
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "revisions",
    __name__,
    url_prefix="/api/v1/logbooks/<slug>/entries/<int:entry_id>",
    description="Earlier versions of entries",
)


class RevisionSchema(Schema):
    version = Integer()
    fields_ = fields.Dict(data_key="fields", metadata={"description": "The entry's fields at this version."})
    changed = fields.List(fields.String(), metadata={"description": "Fields the next edit changed."})
    edited_at = fields.AwareDateTime(metadata={"description": "When the next edit replaced this version."})
    edited_by = fields.Dict(metadata={"description": "{id, name} of who made that edit."})


class RevisionListSchema(Schema):
    current_version = Integer()
    revisions = fields.List(fields.Nested(RevisionSchema))


def revision_dict(revision) -> dict:
    return {
        "version": revision.version,
        "fields_": revision.snapshot,
        "changed": revision.changed,
        "edited_at": revision.edited_at,
        "edited_by": {"id": revision.edited_by_id, "name": revision.edited_by_name},
    }


@blp.route("/revisions")
class Revisions(MethodView):
    @blp.response(200, RevisionListSchema)
    def get(self, slug, entry_id):
        """Earlier versions of the entry, newest first. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        entry = get_entry(logbook, entry_id)
        return {
            "current_version": entry.version,
            "revisions": [revision_dict(r) for r in service.list_revisions(entry)],
        }


@blp.route("/revisions/<int:version>/restore")
class RevisionRestore(MethodView):
    @blp.response(200, EntrySchema)
    def post(self, slug, entry_id, version):
        """Bring back an earlier version's fields as a new version; the version it replaces is
        kept too. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        entry = get_entry(logbook, entry_id)
        values = service.restorable_fields(entry, version)
        return entry_dict(update_entry(entry, values, editor=caller(), queue=get_queue()), caller())
