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

    STATUS_BY_CODE = {"unsupported_media": 415, "media_corrupt": 422, "media_too_large": 413, "empty_file": 422}

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
