"""Guest contribution links: managed under a logbook by its editors, used by anyone
holding one at /api/v1/guest/<token> (no account, no session)."""

from __future__ import annotations

from datetime import timedelta

from flask import request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate
from werkzeug.datastructures import ImmutableMultiDict

from logbook.api.context import authorize, caller
from logbook.api.entries import _load, _read_entry_request, _replayed
from logbook.api.schemas import (
    IDEMPOTENCY_KEY_HEADER,
    ApiErrorSchema,
    EntryFieldsSchema,
    EntryMultipartSchema,
    Integer,
    StrictSchema,
)
from logbook.db import utcnow
from logbook.errors import ValidationFailed
from logbook.idempotency import FORM_FIELDS_OF_THE_PAGE, idempotency_key, request_digest
from logbook.jobs import get_queue
from logbook.models import GuestLink
from logbook.services import guests as service
from logbook.services.access import Action
from logbook.services.entries import UploadedFile
from logbook.services.logbooks import get_logbook
from logbook.storage import get_storage

blp = Blueprint("guests", __name__, description="Guest contribution links")

# Form fields that belong to the guest's submission, not to the entry.
GUEST_FIELDS = ("display_name", "csrf_token", "idempotency_key")


class GuestLinkSchema(Schema):
    id = Integer()
    label = fields.String()
    moderated = fields.Boolean()
    expires_at = fields.AwareDateTime(allow_none=True)
    max_uses = Integer(allow_none=True)
    use_count = Integer()
    revoked_at = fields.AwareDateTime(allow_none=True)
    last_used_at = fields.AwareDateTime(allow_none=True)
    active = fields.Boolean()
    created_at = fields.AwareDateTime()
    created_by = fields.String(allow_none=True)


class GuestLinkCreatedSchema(GuestLinkSchema):
    url = fields.String(metadata={"description": "The page to share. Shown this once, never again."})
    token = fields.String()


class GuestLinkCreateSchema(StrictSchema):
    label = fields.String(load_default="", validate=validate.Length(max=200))
    moderated = fields.Boolean(load_default=True)
    expires_at = fields.AwareDateTime(load_default=None, allow_none=True)
    expires_in_days = Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=366))
    max_uses = Integer(load_default=None, allow_none=True, validate=validate.Range(min=1))


class GuestLinkInfoSchema(Schema):
    logbook = fields.Dict(metadata={"description": "{name, nickname}"})
    label = fields.String()
    moderated = fields.Boolean()
    expires_at = fields.AwareDateTime(allow_none=True)
    uses_left = Integer(allow_none=True)


class GuestEntrySchema(Schema):
    id = Integer()
    kind = fields.String()
    title = fields.String()
    status = fields.String(metadata={"description": "pending until an editor approves it, or published"})
    created_at = fields.AwareDateTime()


class GuestMultipartSchema(EntryMultipartSchema):
    display_name = fields.String(required=True, metadata={"description": "The guest's name or pseudonym."})


def guest_link_dict(link: GuestLink, clear: str | None = None) -> dict:
    now = utcnow()
    data = {
        "id": link.id,
        "label": link.label,
        "moderated": link.moderated,
        "expires_at": link.expires_at,
        "max_uses": link.max_uses,
        "use_count": link.use_count,
        "revoked_at": link.revoked_at,
        "last_used_at": link.last_used_at,
        "active": link.revoked_at is None and not link.expired(now) and not link.used_up(),
        "created_at": link.created_at,
        "created_by": link.created_by.display_name if link.created_by else None,
    }
    if clear is not None:
        data["token"] = clear
        data["url"] = url_for("accounts.guest_form", token=clear, _external=True)
    return data


def guest_entry_dict(entry) -> dict:
    """What a guest learns about what they posted: nothing of the logbook's other entries."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "status": entry.status,
        "created_at": entry.created_at,
    }


def read_guest_submission() -> tuple[dict[str, str], dict, list[UploadedFile]]:
    """``(guest fields, entry fields, files)`` from a multipart or JSON request.

    The guest's own fields (``display_name``, the form's ``csrf_token`` and
    ``idempotency_key``) are taken out before the entry is read by the same code
    as the members' endpoint; empty file inputs sent by browsers are ignored.
    """
    if request.mimetype == "multipart/form-data":
        form = request.form
        guest = {name: form.get(name, "") for name in GUEST_FIELDS}
        request.form = ImmutableMultiDict(
            [(k, v) for k, v in form.items(multi=True) if k not in GUEST_FIELDS]
        )
        request.files = ImmutableMultiDict(
            [(k, f) for k, f in request.files.items(multi=True) if f.filename or getattr(f.stream, "size", 0)]
        )
        entry_fields, uploads = _read_entry_request()
        return guest, entry_fields, uploads
    if request.mimetype != "application/json":
        raise ValidationFailed(
            "Send the entry as application/json or multipart/form-data.", code="unsupported_content_type"
        )
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationFailed("The request body must be a JSON object.", code="malformed_json")
    data = dict(data)
    guest = {name: str(data.pop(name, "") or "") for name in GUEST_FIELDS}
    return guest, _load(EntryFieldsSchema(), data), []


def post_as_guest(link: GuestLink):
    """Read the request and post the guest's entry; returns ``(entry, replay)``.

    The key comes from the ``Idempotency-Key`` header or the form's ``idempotency_key``.
    """
    # Fingerprinted before the guest's own fields are taken out of the form below.
    digest = request_digest(ignored=FORM_FIELDS_OF_THE_PAGE)
    scope = f"guest:{link.id}"
    idempotency = idempotency_key(request.headers.get("Idempotency-Key"), scope=scope, digest=digest)
    guest, entry_fields, uploads = read_guest_submission()
    if entry_fields.pop("uploads", None):
        raise ValidationFailed(
            "Through a guest link, files are sent with the entry itself.",
            code="uploads_not_allowed",
            fields={"uploads": ["Not available through a guest link."]},
        )
    if idempotency is None:
        idempotency = idempotency_key(guest["idempotency_key"], scope=scope, digest=digest)
    return service.post_guest_entry(
        link,
        guest["display_name"],
        entry_fields,
        uploads,
        storage=get_storage(),
        queue=get_queue(),
        idempotency=idempotency,
        render=lambda e: GuestEntrySchema().dump(guest_entry_dict(e)),
    )


@blp.route("/api/v1/logbooks/<slug>/guest-links")
class GuestLinks(MethodView):
    @blp.response(200, GuestLinkSchema(many=True))
    def get(self, slug):
        """Guest links of the logbook, newest first. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        return [guest_link_dict(link) for link in service.list_guest_links(logbook)]

    @blp.arguments(GuestLinkCreateSchema)
    @blp.response(201, GuestLinkCreatedSchema)
    def post(self, data, slug):
        """Make a guest link. Editors; only owners may make an unmoderated one (its posts are
        published at once). The link is in this answer only."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        if not data["moderated"]:
            authorize(logbook, Action.MANAGE_LOGBOOK)
        expires_at = data["expires_at"]
        if expires_at is None and data["expires_in_days"]:
            expires_at = utcnow() + timedelta(days=data["expires_in_days"])
        link, clear = service.create_guest_link(
            logbook,
            caller(),
            label=data["label"],
            expires_at=expires_at,
            max_uses=data["max_uses"],
            moderated=data["moderated"],
        )
        return guest_link_dict(link, clear)


@blp.route("/api/v1/logbooks/<slug>/guest-links/<int:link_id>")
class GuestLinkItem(MethodView):
    @blp.response(204)
    def delete(self, slug, link_id):
        """Withdraw a guest link at once. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MODERATE)
        service.revoke_guest_link(service.get_guest_link(logbook, link_id))
        return None


@blp.route("/api/v1/guest/<token>")
class GuestLinkInfo(MethodView):
    @blp.response(200, GuestLinkInfoSchema)
    @blp.alt_response(404, schema=ApiErrorSchema, description="Unknown link")
    @blp.alt_response(410, schema=ApiErrorSchema, description="Expired, withdrawn or used up")
    def get(self, token):
        """What a guest link opens: the logbook's name, whether posts are moderated."""
        link = service.find_guest_link(token)
        return {
            "logbook": {"name": link.logbook.name, "nickname": link.logbook.nickname},
            "label": link.label,
            "moderated": link.moderated,
            "expires_at": link.expires_at,
            "uses_left": None if link.max_uses is None else link.max_uses - link.use_count,
        }


@blp.route("/api/v1/guest/<token>/entries")
class GuestEntries(MethodView):
    @blp.doc(
        security=[{}],
        requestBody={
            "required": True,
            "content": {
                "multipart/form-data": {"schema": GuestMultipartSchema},
                "application/json": {"schema": GuestMultipartSchema},
            },
        },
        parameters=[IDEMPOTENCY_KEY_HEADER],
    )
    @blp.response(201, GuestEntrySchema)
    @blp.alt_response(404, schema=ApiErrorSchema, description="Unknown link")
    @blp.alt_response(410, schema=ApiErrorSchema, description="Expired, withdrawn or used up")
    @blp.alt_response(
        422, schema=ApiErrorSchema, description="Invalid fields, missing consent or corrupt file"
    )
    @blp.alt_response(429, schema=ApiErrorSchema, description="Too many posts from here; see Retry-After")
    def post(self, token):
        """Post an entry as a guest: fields as for members' entries plus ``display_name``; a
        testimony needs ``consent``. Through a moderated link the entry waits for an editor."""
        link = service.find_guest_link(token)
        entry, replay = post_as_guest(link)
        if replay is not None:
            return _replayed(replay)
        return guest_entry_dict(entry)
