"""Domain errors, and the one place they become HTTP answers.

Domain code raises these; ``register_error_handlers`` turns every one of them,
and every HTTP error Flask or Werkzeug raises, into
``{"error": {"code", "message", "fields"}}`` with a 4xx/5xx status.
"""

from __future__ import annotations

from typing import Any


class CarnetError(Exception):
    """Base of the errors a caller can act on. ``code`` is stable; ``message`` is for people."""

    status = 400
    code = "bad_request"

    def __init__(
        self, message: str, *, code: str | None = None, fields: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.fields = fields or {}


class ValidationFailed(CarnetError):
    status = 422
    code = "validation_failed"


class NotFound(CarnetError):
    status = 404
    code = "not_found"


class Unauthorized(CarnetError):
    status = 401
    code = "unauthorized"


class Forbidden(CarnetError):
    status = 403
    code = "forbidden"


class Conflict(CarnetError):
    status = 409
    code = "conflict"


class PayloadTooLarge(CarnetError):
    status = 413
    code = "payload_too_large"


class MediaRejected(CarnetError):
    """An uploaded file cannot be used: unsupported (415), corrupt (422) or too large (413)."""

    STATUS_BY_CODE = {
        "unsupported_media": 415,
        "media_corrupt": 422,
        "media_too_large": 413,
        "empty_file": 422,
    }

    def __init__(self, code: str, message: str, *, fields: dict[str, Any] | None = None) -> None:
        super().__init__(message, code=code, fields=fields)
        self.status = self.STATUS_BY_CODE.get(code, 422)


class StorageUnavailable(CarnetError):
    """The storage backend cannot be reached or refused us; nothing was kept."""

    status = 503
    code = "storage_unavailable"


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def _wants_json() -> bool:
    from flask import request

    return request.path.startswith(("/api/", "/media/")) or not request.accept_mimetypes.accept_html


def init_app(app) -> None:
    """Every error leaves as ``{"error": {...}}`` for API clients, as a page for browsers."""
    from flask import jsonify, render_template
    from sqlalchemy.exc import DataError
    from werkzeug.exceptions import HTTPException

    def respond(status: int, code: str, message: str, fields: dict[str, Any] | None = None, headers=None):
        if _wants_json():
            response = jsonify(error_body(code, message, fields))
        else:
            response = app.make_response(
                (render_template("error.html", status=status, code=code, message=message), status)
            )
        response.status_code = status
        for name, value in (headers or {}).items():
            response.headers[name] = value
        return response

    @app.errorhandler(CarnetError)
    def carnet_error(exc: CarnetError):
        return respond(exc.status, exc.code, exc.message, exc.fields)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        code, message, fields = _describe_http_error(exc)
        headers = dict(exc.get_headers()) if exc.code in {405, 429} else {}
        headers.pop("Content-Type", None)
        return respond(exc.code or 500, code, message, fields, headers)

    @app.errorhandler(DataError)
    def value_the_database_refused(exc: DataError):
        # Input validation should have caught it; the database's own check is the last
        # line, and what it refuses is still the client's value.
        from logbook.db import db

        db.session.rollback()
        app.logger.warning("a value was refused by the database: %s", exc.orig)
        return respond(400, "invalid_value", "A value in the request cannot be stored as sent.")

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unexpected error")
        return respond(500, "internal_error", "Something went wrong on our side; nothing was saved.")


HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    416: "range_not_satisfiable",
    422: "validation_failed",
    429: "rate_limited",
}


def _describe_http_error(exc) -> tuple[str, str, dict[str, Any] | None]:
    """Turn Werkzeug/webargs errors into (code, message, fields)."""
    status = exc.code or 500
    code = HTTP_CODES.get(status, "http_error")
    message = exc.description or exc.name
    fields = None
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages") if isinstance(data, dict) else None
    if messages:
        # webargs: {"json": {"field": ["msg"]}} or {"json": {"_schema": ["Invalid JSON body."]}}
        flat: dict[str, Any] = {}
        schema_errors: list[Any] = []
        for location_messages in messages.values():
            if isinstance(location_messages, dict):
                flat.update(location_messages)
            elif isinstance(location_messages, list):
                schema_errors.extend(location_messages)
        schema_errors.extend(flat.pop("_schema", None) or [])
        if schema_errors and any("Invalid JSON" in str(m) for m in schema_errors):
            return "malformed_json", "The request body is not valid JSON.", None
        fields = flat or None
        code = "validation_failed"
        message = (
            "Some fields are missing or invalid." if fields else "; ".join(map(str, schema_errors or []))
        )
        status = 422
    if status == 413:
        message = "The upload is larger than this server accepts."
    if status == 400 and "JSON" in str(message):
        code = "malformed_json"
        message = "The request body is not valid JSON."
    return code, message, fields
