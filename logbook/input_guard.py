"""Text that cannot be stored is refused at the door, as a client error.

PostgreSQL text holds no NUL character; SQLite does, so the same request would work on
one backend and fail on the other. NUL has no meaning in anything Carnet keeps, so it is
refused everywhere: in the URL and query string before any work, and in every value
written to the database (whatever the route: API, pages, CLI, import). As a last resort,
a value the database itself rejects is answered as a 400, not a 500 (``errors``).
"""

from __future__ import annotations

from typing import Any

from flask import Flask, request
from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from logbook.errors import ValidationFailed

NUL = "\x00"


def init_app(app: Flask, session: Any) -> None:
    """``session``: the app's scoped session, whose flushes are checked."""

    @app.before_request
    def refuse_nul_in_url() -> None:
        if NUL in request.path or any(
            NUL in key or NUL in value for key, value in request.args.items(multi=True)
        ):
            raise ValidationFailed("The address contains a NUL character.", code="invalid_characters")

    if not event.contains(session, "before_flush", _refuse_nul_in_rows):
        event.listen(session, "before_flush", _refuse_nul_in_rows)


def _refuse_nul_in_rows(session: Session, _context: Any, _instances: Any) -> None:
    for row in (*session.new, *session.dirty):
        for column in inspect(type(row)).columns:
            if not isinstance(column.type, String):
                continue
            value = getattr(row, column.key, None)
            if isinstance(value, str) and NUL in value:
                raise ValidationFailed(
                    f"{column.key} contains a NUL character.",
                    code="invalid_characters",
                    fields={column.key: ["Contains a NUL character."]},
                )
