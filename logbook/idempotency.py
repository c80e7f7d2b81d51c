"""The ``Idempotency-Key`` of an HTTP request, and the fingerprint of what was asked.

A key names one request: sent again with the same route, fields and files (a retry
after a lost answer), it gets the first answer back; sent with anything else, it is
refused with ``idempotency_key_reused`` rather than silently answered with an entry
that is not what was sent. The fingerprint covers the route (method and path, so the
logbook or guest link), every field but the ones named in ``ignored`` (a form's CSRF
token and the key itself), and the SHA-256 of each file, in the order sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from typing import Any

from flask import current_app, request

from logbook.errors import ValidationFailed
from logbook.services.replays import IdempotencyKey
from logbook.uploads import HashedSpoolFile

MAX_KEY_LENGTH = 200
FORM_FIELDS_OF_THE_PAGE = ("csrf_token", "idempotency_key")


def request_digest(ignored: Collection[str] = ()) -> str:
    """SHA-256 of this request's route, fields (but ``ignored``) and files' digests."""
    described: dict[str, Any] = {"route": f"{request.method} {request.path}"}
    if request.mimetype in {"multipart/form-data", "application/x-www-form-urlencoded"}:
        # Sorted by name only: repeated values (captions, uploads) keep their order.
        described["fields"] = sorted(
            ([name, value] for name, value in request.form.items(multi=True) if name not in ignored),
            key=lambda pair: pair[0],
        )
        described["files"] = [
            [name, _file_digest(upload)] for name, upload in request.files.items(multi=True)
        ]
    else:
        body = request.get_json(silent=True)
        if isinstance(body, dict):
            body = {name: value for name, value in body.items() if name not in ignored}
        described["json"] = body if body is not None else hashlib.sha256(request.get_data()).hexdigest()
    canonical = json.dumps(described, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def idempotency_key(key: str | None, *, scope: str, digest: str) -> IdempotencyKey | None:
    """The key sent with this request, or None when there is none. Raises ValidationFailed
    (``bad_idempotency_key``) for a key that is too long or not printable."""
    key = (key or "").strip()
    if not key:
        return None
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ValidationFailed(
            f"Idempotency-Key must be printable and at most {MAX_KEY_LENGTH} characters.",
            code="bad_idempotency_key",
        )
    return IdempotencyKey(
        scope=scope,
        key=key,
        fingerprint=hashlib.sha256(f"{request.method} {request.path}".encode()).hexdigest(),
        request_digest=digest,
        ttl_hours=current_app.config["CARNET_IDEMPOTENCY_HOURS"],
    )


def _file_digest(upload) -> str:
    stream = upload.stream
    if isinstance(stream, HashedSpoolFile):
        return stream.sha256  # hashed while it was received
    digest = hashlib.sha256()
    position = stream.tell()
    for block in iter(lambda: stream.read(1 << 20), b""):
        digest.update(block)
    stream.seek(position)
    return digest.hexdigest()
