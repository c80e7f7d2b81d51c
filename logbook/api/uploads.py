"""Resumable uploads, following the tus 1.0.0 protocol (core, creation, termination,
expiration), so that standard clients such as tus-js-client work unchanged.

    POST   /api/v1/logbooks/<slug>/uploads   Upload-Length, Upload-Metadata → 201 Location
    HEAD   /api/v1/uploads/<id>              → Upload-Offset, Upload-Length
    PATCH  /api/v1/uploads/<id>              Upload-Offset + bytes → 204 Upload-Offset
    DELETE /api/v1/uploads/<id>              → 204

A complete upload is attached to an entry by naming its id in the entry's
``uploads`` field (``POST /api/v1/logbooks/<slug>/entries``).
"""

from __future__ import annotations

import base64
import binascii

from flask import request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from werkzeug.http import http_date

from logbook.api.context import authorize, caller
from logbook.api.schemas import ApiErrorSchema
from logbook.errors import CarnetError, Unauthorized, ValidationFailed
from logbook.services import resumable as service
from logbook.services.access import Action, require
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "uploads",
    __name__,
    url_prefix="/api/v1",
    description="Resumable uploads (tus 1.0.0): big files sent in pieces, continued after a lost connection",
)

TUS_VERSION = "1.0.0"
TUS_HEADERS = {"Tus-Resumable": TUS_VERSION}


def _header(name: str, description: str, *, required: bool = True) -> dict:
    return {
        "in": "header",
        "name": name,
        "required": required,
        "schema": {"type": "string"},
        "description": description,
    }


class UnsupportedTusVersion(CarnetError):
    status = 412
    code = "tus_version"


class UnsupportedContentType(CarnetError):
    status = 415
    code = "unsupported_content_type"


def _check_version() -> None:
    version = request.headers.get("Tus-Resumable")
    if version is not None and version != TUS_VERSION:
        raise UnsupportedTusVersion(f"Only tus {TUS_VERSION} is spoken here, not {version!r}.")


def _number(name: str) -> int:
    value = request.headers.get(name, "").strip()
    if not value.isdecimal() or len(value) > 19:
        raise ValidationFailed(
            f"The {name} header must be a whole number of bytes.",
            code="bad_header",
            fields={name: ["A whole number of bytes."]},
        )
    return int(value)


def _metadata() -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64value`` pairs."""
    found: dict[str, str] = {}
    for pair in filter(
        None, (part.strip() for part in request.headers.get("Upload-Metadata", "").split(","))
    ):
        key, _, encoded = pair.partition(" ")
        try:
            found[key] = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ValidationFailed(
                f"Upload-Metadata: the value of {key!r} is not base64-encoded UTF-8.", code="bad_header"
            ) from None
    return found


def _own_session(upload_id: str):
    user = caller()
    if not getattr(user, "is_authenticated", False):
        raise Unauthorized("Sign in or send an API token.")
    session = service.get_session(upload_id, user)
    # The right to post is checked again: it may have been withdrawn since the upload began.
    require(user, session.logbook, Action.POST)
    return session


def _state_headers(session, offset: int) -> dict[str, str]:
    return {
        **TUS_HEADERS,
        "Upload-Offset": str(offset),
        "Upload-Length": str(session.length),
        "Upload-Expires": http_date(session.expires_at),
        "Cache-Control": "no-store",
    }


@blp.route("/logbooks/<slug>/uploads")
class Uploads(MethodView):
    @blp.doc(
        parameters=[
            _header("Upload-Length", "Size of the whole file, in bytes."),
            _header("Upload-Metadata", "`filename <base64 of the name>`", required=False),
            _header("Tus-Resumable", "1.0.0", required=False),
        ],
        responses={201: {"description": "Upload opened; its URL is in `Location`."}},
    )
    @blp.alt_response(413, schema=ApiErrorSchema, description="File larger than CARNET_MAX_UPLOAD_BYTES")
    def post(self, slug):
        """Open a resumable upload (tus creation). Contributors, editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.POST)
        _check_version()
        session = service.open_session(
            logbook, caller(), _number("Upload-Length"), _metadata().get("filename", "")
        )
        headers = _state_headers(session, 0)
        headers["Location"] = url_for("uploads.Upload", upload_id=session.id)
        return "", 201, headers


@blp.route("/uploads/<upload_id>")
class Upload(MethodView):
    @blp.doc(responses={200: {"description": "`Upload-Offset`: bytes received so far."}})
    def head(self, upload_id):
        """Where an upload stands: the next PATCH starts at `Upload-Offset`."""
        session = _own_session(upload_id)
        return "", 200, _state_headers(session, service.received(session))

    @blp.doc(
        parameters=[_header("Upload-Offset", "Where these bytes start: the offset HEAD gave.")],
        requestBody={
            "required": True,
            "content": {
                "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        },
        responses={204: {"description": "Bytes kept; `Upload-Offset` is the new offset."}},
    )
    @blp.alt_response(409, schema=ApiErrorSchema, description="Wrong offset, or another request is sending")
    def patch(self, upload_id):
        """Send the next bytes of an upload."""
        session = _own_session(upload_id)
        _check_version()
        if request.mimetype != "application/offset+octet-stream":
            raise UnsupportedContentType("Send the bytes as application/offset+octet-stream.")
        offset = service.append(session, _number("Upload-Offset"), request.stream, request.content_length)
        return "", 204, _state_headers(session, offset)

    @blp.doc(responses={204: {"description": "Upload and its bytes forgotten."}})
    def delete(self, upload_id):
        """Give up an upload (tus termination)."""
        _own_session(upload_id)
        service.end_sessions([upload_id])
        return "", 204, TUS_HEADERS
