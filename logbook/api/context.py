"""What every API handler needs to know about the caller."""

from __future__ import annotations

from flask_login import current_user

from logbook.models import Entry, Logbook, Role
from logbook.services.access import Action, require


def caller():
    return current_user._get_current_object()


def authorize(logbook: Logbook, action: Action, *, entry: Entry | None = None) -> Role:
    return require(caller(), logbook, action, entry=entry)
