"""/api/v1/logbooks/<slug>/exports and /api/v1/exports/<id>: the fil d'Ariane as a file."""

from __future__ import annotations

from flask import request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from logbook.api.context import caller
from logbook.api.schemas import ApiErrorSchema, Integer, StrictSchema
from logbook.auth import allowed_with_read_only_token
from logbook.delivery import serve_object
from logbook.jobs import get_queue
from logbook.models import ENTRY_KINDS, Export
from logbook.services import exports as service
from logbook.services.logbooks import get_logbook
from logbook.services.story_scope import Order
from logbook.storage import get_storage

blp = Blueprint("exports", __name__, url_prefix="/api/v1", description="Exports (fil d'Ariane)")


class ScopeSchema(StrictSchema):
    stage_ids = fields.List(Integer(), metadata={"description": "Only these stages (default: all)."})
    kinds = fields.List(fields.String(validate=validate.OneOf(ENTRY_KINDS)))
    occurred_from = fields.String(metadata={"description": "YYYY-MM-DD or an ISO 8601 date-time, inclusive."})
    occurred_to = fields.String(metadata={"description": "YYYY-MM-DD (whole day) or a date-time, inclusive."})
    pinned_only = fields.Boolean()
    include_pending = fields.Boolean(metadata={"description": "Guest entries awaiting approval (editors)."})
    order = fields.String(validate=validate.OneOf([o.value for o in Order]))
    locale = fields.String(validate=validate.OneOf(["fr", "en"]))


class ExportRequestSchema(StrictSchema):
    format = fields.String(
        required=True,
        validate=validate.OneOf([*service.FORMAT_NAMES, *service.ALIASES]),
        metadata={"description": "pdf, pptx, html, site, markdown (md), timelinejs, archive (zip)."},
    )
    scope = fields.Nested(ScopeSchema, load_default=dict)


class ExportSchema(Schema):
    id = Integer()
    logbook = fields.String()
    format = fields.String()
    scope = fields.Dict()
    state = fields.String(metadata={"description": "queued, running, ready or failed"})
    progress = fields.Float()
    error = fields.String(allow_none=True)
    filename = fields.String()
    mime = fields.String()
    size = Integer(allow_none=True)
    requested_by = fields.Dict(allow_none=True)
    created_at = fields.AwareDateTime()
    started_at = fields.AwareDateTime(allow_none=True)
    finished_at = fields.AwareDateTime(allow_none=True)
    url = fields.String()
    download_url = fields.String(allow_none=True)


class ExportListSchema(Schema):
    exports = fields.List(fields.Nested(ExportSchema))


def export_dict(export: Export) -> dict:
    ready = export.state == "ready"
    by = export.requested_by
    return {
        "id": export.id,
        "logbook": export.logbook.slug,
        "format": export.format,
        "scope": export.scope or {},
        "state": export.state,
        "progress": round(export.progress or 0.0, 3),
        "error": export.error,
        "filename": export.filename,
        "mime": export.mime,
        "size": export.size,
        "requested_by": {"id": by.id, "name": by.display_name} if by else None,
        "created_at": export.created_at,
        "started_at": export.started_at,
        "finished_at": export.finished_at,
        "url": url_for("exports.ExportItem", export_id=export.id),
        "download_url": url_for("exports.ExportDownload", export_id=export.id) if ready else None,
    }


@blp.route("/logbooks/<slug>/exports")
class LogbookExports(MethodView):
    @blp.response(200, ExportListSchema)
    def get(self, slug):
        """Exports of this logbook the caller may download, newest first."""
        logbook = get_logbook(slug)
        return {"exports": [export_dict(e) for e in service.list_exports(logbook, caller())]}

    @blp.arguments(ExportRequestSchema)
    @blp.response(202, ExportSchema)
    @blp.alt_response(403, schema=ApiErrorSchema, description="Archive or pending entries, for a non-editor")
    @blp.alt_response(422, schema=ApiErrorSchema, description="Unknown format or invalid selection")
    @allowed_with_read_only_token  # a rendering of what the caller may read: changes nothing
    def post(self, data, slug):
        """Ask for an export; it is made in the background. Poll its ``url`` until ``ready``."""
        logbook = get_logbook(slug)
        export = service.request_export(
            logbook,
            caller(),
            data["format"],
            data["scope"],
            base_url=request.host_url,
            queue=get_queue(),
        )
        return export_dict(export), 202, {"Location": url_for("exports.ExportItem", export_id=export.id)}


@blp.route("/exports/<int:export_id>")
class ExportItem(MethodView):
    @blp.response(200, ExportSchema)
    def get(self, export_id):
        """State and progress of one export."""
        return export_dict(service.get_export(export_id, caller()))

    @blp.response(204)
    def delete(self, export_id):
        """Delete an export and its file: whoever asked for it, or an editor."""
        export = service.get_export(export_id, caller())
        service.check_delete(export, caller())
        service.delete_export(export, get_storage())
        return None


@blp.route("/exports/<int:export_id>/download")
class ExportDownload(MethodView):
    @blp.response(200)
    @blp.alt_response(302, description="Redirect to a short-lived storage URL (S3)")
    @blp.alt_response(409, schema=ApiErrorSchema, description="Not ready yet")
    def get(self, export_id):
        """The export's file, as an attachment."""
        export = service.get_export(export_id, caller())
        return serve_object(
            service.ready_file(export),
            mime=export.mime,
            download_name=export.filename,
            missing=f"The file of export {export_id} is missing from storage.",
        )
