"""/api/v1/logbooks/<slug>/entries and /timeline"""

from __future__ import annotations

from flask import current_app, jsonify, request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import ValidationError

from logbook.api.context import authorize, caller
from logbook.api.presenters import entry_dict
from logbook.api.schemas import (
    IDEMPOTENCY_KEY_HEADER,
    ApiErrorSchema,
    EntryFieldsSchema,
    EntrySchema,
    EntryUpdateSchema,
    MemberEntryFieldsSchema,
    MemberEntryMultipartSchema,
    TimelineQuerySchema,
    TimelineSchema,
)
from logbook.api.stages import stage_list
from logbook.errors import ValidationFailed
from logbook.idempotency import idempotency_key, request_digest
from logbook.jobs import get_queue
from logbook.routing import parse_row_id
from logbook.services import entries as service
from logbook.services import entry_links, resumable
from logbook.services.access import Action, can
from logbook.services.entry_fields import normalise_tags
from logbook.services.logbooks import get_logbook
from logbook.services.replays import IdempotencyKey, find_replay
from logbook.services.timeline import TimelineFilters, timeline_page
from logbook.storage import get_storage
from logbook.uploads import HashedSpoolFile

blp = Blueprint(
    "entries", __name__, url_prefix="/api/v1/logbooks/<slug>", description="Entries and the timeline"
)

LIST_FIELDS = ("tags", "uploads", "stakeholder_ids")
BOOL_FIELDS = ("consent", "pinned")


@blp.route("/timeline")
class Timeline(MethodView):
    @blp.arguments(TimelineQuerySchema, location="query")
    @blp.response(200, TimelineSchema)
    def get(self, query, slug):
        """Entries newest first (or oldest first), a page at a time, with the stages for grouping."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        user = caller()
        include_pending = query["status"] == "all" and can(user, logbook, Action.MODERATE)
        stage_ids, no_stage = _stage_filter(query["stage"])
        filters = TimelineFilters(
            kinds=tuple(query["kind"]),
            tags=tuple(normalise_tags(query["tag"])),
            stage_ids=stage_ids,
            no_stage=no_stage,
            author_ids=tuple(query["author"]),
            occurred_from=query["occurred_from"],
            occurred_to=query["occurred_to"],
            pinned=query["pinned"],
            include_pending=include_pending,
        )
        page = timeline_page(
            logbook,
            filters,
            limit=query["limit"] or current_app.config["CARNET_PAGE_SIZE"],
            cursor=query["cursor"],
            order=query["order"],
        )
        stages = stage_list(logbook, with_counts=False)  # counts scan every entry: /stages has them
        return {
            "entries": [entry_dict(entry, user) for entry in page.entries],
            "next_cursor": page.next_cursor,
            "stages": stages["stages"],
            "next_stop": stages["next_stop"],
        }


@blp.route("/entries")
class Entries(MethodView):
    @blp.doc(
        requestBody={
            "required": True,
            "content": {
                "multipart/form-data": {"schema": MemberEntryMultipartSchema},
                "application/json": {"schema": MemberEntryFieldsSchema},
            },
        },
        parameters=[IDEMPOTENCY_KEY_HEADER],
    )
    @blp.response(201, EntrySchema)
    @blp.alt_response(413, schema=ApiErrorSchema, description="Upload too large")
    @blp.alt_response(415, schema=ApiErrorSchema, description="File type not accepted")
    @blp.alt_response(422, schema=ApiErrorSchema, description="Invalid fields or corrupt file")
    @blp.alt_response(503, schema=ApiErrorSchema, description="Storage unavailable; nothing was kept")
    def post(self, slug):
        """Post an entry: JSON for text kinds, multipart (fields + any number of files) for media."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.POST)
        user = caller()
        idempotency = _idempotency_key(user)
        replay = find_replay(idempotency)
        if replay is not None:
            return _replayed(replay)
        fields, uploads = _read_entry_request(MemberEntryFieldsSchema)
        links = entry_links.take_links(logbook, fields)
        session_ids = fields.pop("uploads")
        try:
            uploads += resumable.take_uploads(
                logbook,
                user,
                session_ids,
                captions=_form_list("caption")[len(uploads) :],
                alts=_form_list("alt_text")[len(uploads) :],
            )
            entry, replay = service.create_entry(
                logbook,
                user,
                fields,
                uploads,
                storage=get_storage(),
                queue=get_queue(),
                idempotency=idempotency,
                render=lambda e: EntrySchema().dump(entry_dict(e, user)),
                timezone=current_app.config["CARNET_TIMEZONE"],
            )
        finally:
            resumable.release_copies()  # local copies of uploads kept in shared storage
        resumable.end_sessions(session_ids)  # their bytes are stored with the entry now
        if replay is not None:
            return _replayed(replay)
        entry_links.apply_links(entry, links, user=user, queue=get_queue())
        return entry_dict(entry, user)


@blp.route("/entries/<int:entry_id>")
class EntryItem(MethodView):
    @blp.response(200, EntrySchema)
    def get(self, slug, entry_id):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        entry = service.get_entry(logbook, entry_id)
        if entry.status != "published":
            authorize(logbook, Action.MODERATE)
        return entry_dict(entry, caller())

    @blp.arguments(EntryUpdateSchema)
    @blp.response(200, EntrySchema)
    def patch(self, data, slug, entry_id):
        """Change an entry. Contributors change their own entries, editors any."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        entry = service.get_entry(logbook, entry_id)
        authorize(logbook, Action.EDIT_ENTRY, entry=entry)
        return entry_dict(service.update_entry(entry, data, editor=caller(), queue=get_queue()), caller())

    @blp.response(204)
    def delete(self, slug, entry_id):
        """Move the entry to the trash (restorable by editors)."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        entry = service.get_entry(logbook, entry_id)
        authorize(logbook, Action.EDIT_ENTRY, entry=entry)
        service.trash_entry(entry, queue=get_queue())
        return None


@blp.route("/entries/<int:entry_id>/restore")
class EntryRestore(MethodView):
    @blp.response(200, EntrySchema)
    def post(self, slug, entry_id):
        """Bring an entry back from the trash. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        entry = service.get_entry(logbook, entry_id, include_trashed=True)
        return entry_dict(service.restore_entry(entry, queue=get_queue()), caller())


def _replayed(replay):
    response = jsonify(replay.body)
    response.status_code = replay.status_code
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _idempotency_key(user) -> IdempotencyKey | None:
    key = request.headers.get("Idempotency-Key", "")
    if not key.strip():
        return None
    return idempotency_key(key, scope=f"user:{user.id}", digest=request_digest())


def _form_list(name: str) -> list[str]:
    return request.form.getlist(name) if request.mimetype == "multipart/form-data" else []


def _read_entry_request(schema_class=EntryFieldsSchema) -> tuple[dict, list[service.UploadedFile]]:
    """Fields and files from a multipart or JSON request, validated by the schema (members
    may also send links: ``MemberEntryFieldsSchema``)."""
    if request.mimetype == "multipart/form-data":
        form = request.form
        raw: dict = {}
        for name in form:
            if name in {"caption", "alt_text"}:
                continue
            values = form.getlist(name)
            raw[name] = values if name in LIST_FIELDS else values[-1]
        if "tags" in raw and len(raw["tags"]) == 1:
            raw["tags"] = [t for t in raw["tags"][0].split(",")]
        for name in (
            "stage_id",
            "occurred_at",
            "speaker_name",
            "speaker_role",
            "link_url",
            "effect_id",
            "speaker_stakeholder_id",
        ):
            if raw.get(name) == "":
                raw[name] = None
        if raw.get("stage_id") == "auto":  # the compose page's "according to the date"
            del raw["stage_id"]
        fields = _load(schema_class(), raw)
        captions, alts = form.getlist("caption"), form.getlist("alt_text")
        uploads = []
        for index, storage in enumerate(f for name in request.files for f in request.files.getlist(name)):
            spool = storage.stream
            if not isinstance(spool, HashedSpoolFile):
                raise ValidationFailed("The upload could not be read.", code="bad_upload")
            uploads.append(
                service.UploadedFile(
                    path=spool.path,
                    sha256=spool.sha256,
                    size=spool.size,
                    filename=storage.filename or "",
                    caption=captions[index] if index < len(captions) else "",
                    alt_text=alts[index] if index < len(alts) else "",
                )
            )
        return fields, uploads
    if request.mimetype != "application/json":
        raise ValidationFailed(
            "Send the entry as application/json or multipart/form-data.", code="unsupported_content_type"
        )
    data = request.get_json(silent=True)
    if data is None:
        raise ValidationFailed("The request body is not valid JSON.", code="malformed_json")
    if not isinstance(data, dict):
        raise ValidationFailed("The JSON body must be an object.", code="malformed_json")
    return _load(schema_class(), data), []


def _load(schema, raw) -> dict:
    try:
        return schema.load(raw)
    except ValidationError as exc:
        raise ValidationFailed(
            "Some fields are missing or invalid.", fields=exc.normalized_messages()
        ) from None


def _stage_filter(values: list[str]) -> tuple[tuple[int, ...], bool]:
    ids: list[int] = []
    no_stage = False
    for value in values:
        if value == "none":
            no_stage = True
        elif (stage_id := parse_row_id(value)) is not None:
            ids.append(stage_id)
        else:
            raise ValidationFailed(
                "stage must be a stage id or 'none'.", fields={"stage": ["Not a stage id."]}
            )
    return tuple(ids), no_stage
