"""Domain errors, and the one place they become HTTP answers.

Domain code raises these; ``register_error_handlers`` turns every one of them,
and every HTTP error Flask or Werkzeug raises, into
``{"error": {"code", "message", "fields"}}`` with a 4xx/5xx status.
"""

from __future__ import annotations

import errno
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


class ServiceUnavailable(CarnetError):
    """A dependency cannot serve now; nothing was kept. Answered with ``Retry-After``."""

    status = 503
    code = "service_unavailable"
    retry_after = 30  # seconds a client should wait before trying again


class DatabaseUnavailable(ServiceUnavailable):
    """The database cannot be reached, is locked, or cancelled a statement that ran too long."""

    code = "database_unavailable"
    retry_after = 10


class QueueUnavailable(ServiceUnavailable):
    """The job queue (Redis) cannot be reached."""

    code = "queue_unavailable"


class StorageUnavailable(ServiceUnavailable):
    """The storage backend cannot be reached or refused us; nothing was kept."""

    code = "storage_unavailable"


class DiskFull(ServiceUnavailable):
    """A local disk (upload spool, file storage, embedded database) has no room left."""

    status = 507
    code = "disk_full"
    retry_after = 60


DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


def outage_from(exc: BaseException) -> ServiceUnavailable | None:
    """The domain error for a vendor error that means a dependency is down, else None.

    This is the one place where database, Redis and disk errors are recognised: SQLAlchemy's
    OperationalError/InterfaceError/DisconnectionError/pool TimeoutError and the driver
    errors they wrap (psycopg, sqlite3), Redis connection errors and timeouts, and
    ``OSError`` ENOSPC/EDQUOT. Explicit causes (``raise ... from``) are followed.
    """
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        found = _outage(error)
        if found is not None:
            return found
        error = error.__cause__
    return None


def _outage(error: BaseException) -> ServiceUnavailable | None:
    from sqlalchemy import exc as sa

    if isinstance(error, ServiceUnavailable):
        return error
    if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
        return DiskFull("The server's disk is full; nothing was kept. Try again later.")
    if isinstance(error, sa.OperationalError) and "database or disk is full" in str(error.orig):
        return DiskFull("The database's disk is full; nothing was kept. Try again later.")
    if isinstance(error, (sa.OperationalError, sa.InterfaceError, sa.DisconnectionError, sa.TimeoutError)):
        return DatabaseUnavailable("The database is unavailable; nothing was changed. Try again shortly.")
    if _is_driver_outage(error):
        return DatabaseUnavailable("The database is unavailable; nothing was changed. Try again shortly.")
    if _is_redis_outage(error):
        return QueueUnavailable("The job queue is unavailable; nothing was changed. Try again shortly.")
    return None


def _is_driver_outage(error: BaseException) -> bool:
    import sqlite3

    try:
        import psycopg
    except ImportError:  # an embedded install without the PostgreSQL driver
        return isinstance(error, sqlite3.OperationalError)
    return isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError, sqlite3.OperationalError))


def _is_redis_outage(error: BaseException) -> bool:
    try:
        from redis import exceptions as redis
    except ImportError:
        return False
    return isinstance(error, (redis.ConnectionError, redis.TimeoutError))


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def _wants_json() -> bool:
    from flask import request

    return (
        request.path.startswith(("/api/", "/media/", "/health")) or not request.accept_mimetypes.accept_html
    )


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

    def unavailable(outage: ServiceUnavailable, cause: BaseException):
        _forget_request_state()
        app.logger.warning("%s: %s", outage.code, _one_line(cause))
        return respond(
            outage.status,
            outage.code,
            outage.message,
            outage.fields,
            {"Retry-After": str(outage.retry_after), "Cache-Control": "no-store"},
        )

    @app.errorhandler(CarnetError)
    def carnet_error(exc: CarnetError):
        if isinstance(exc, ServiceUnavailable):
            return unavailable(exc, exc.__cause__ or exc)
        return respond(exc.status, exc.code, exc.message, exc.fields)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        # A handler that itself failed reaches here as a 500 wrapping the first error.
        original = getattr(exc, "original_exception", None)
        outage = outage_from(original) if original is not None else None
        if outage is not None:
            return unavailable(outage, original)
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
        outage = outage_from(exc)
        if outage is not None:
            return unavailable(outage, exc)
        app.logger.exception("unexpected error")
        return respond(500, "internal_error", "Something went wrong on our side; nothing was saved.")


def _forget_request_state() -> None:
    """After an outage: end the request's transaction (the pool replaces a dead connection on
    its next checkout), and answer as for an anonymous visitor, since the signed-in user
    cannot be loaded to render the page."""
    import contextlib

    from flask import g

    from logbook.auth import login_manager
    from logbook.db import db

    with contextlib.suppress(Exception):
        db.session.rollback()
    g._login_user = login_manager.anonymous_user()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"


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
