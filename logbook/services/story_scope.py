"""What a story takes from a logbook (``Scope``): stages, kinds, dates, pinned entries,
the order, the language; read from JSON with every bad field named, and said in words."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from logbook.errors import ValidationFailed
from logbook.models import ENTRY_KINDS


class Order(enum.StrEnum):
    CHRONOLOGICAL = "chronological"
    PINNED_FIRST = "pinned_first"  # within each stage: pinned entries, then the others, each by date


@dataclass(frozen=True)
class Scope:
    """What a story takes from a logbook. The default is everything published, in date order.

    ``stage_ids`` empty means every stage, plus the entries without a stage;
    naming stages leaves those out. ``occurred_from``/``occurred_to`` are inclusive.
    """

    stage_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    pinned_only: bool = False
    include_pending: bool = False
    order: Order = Order.CHRONOLOGICAL
    locale: str = "fr"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, and read back by ``from_dict``."""
        return {
            "stage_ids": list(self.stage_ids),
            "kinds": list(self.kinds),
            "occurred_from": self.occurred_from.isoformat() if self.occurred_from else None,
            "occurred_to": self.occurred_to.isoformat() if self.occurred_to else None,
            "pinned_only": self.pinned_only,
            "include_pending": self.include_pending,
            "order": self.order.value,
            "locale": self.locale,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Scope:
        """A scope from JSON-like values. Dates may be ``YYYY-MM-DD`` (a whole day, UTC) or
        ISO 8601 date-times with a zone. Raises ValidationFailed naming the bad fields."""
        data = dict(data or {})
        errors: dict[str, list[str]] = {}
        unknown = set(data) - {
            "stage_ids",
            "kinds",
            "occurred_from",
            "occurred_to",
            "pinned_only",
            "include_pending",
            "order",
            "locale",
        }
        for name in sorted(unknown):
            errors[name] = ["Unknown field."]
        stage_ids = _int_list(data.get("stage_ids"), "stage_ids", errors)
        kinds = tuple(dict.fromkeys(data.get("kinds") or ()))
        if not isinstance(data.get("kinds") or [], list | tuple) or any(k not in ENTRY_KINDS for k in kinds):
            errors["kinds"] = [f"A list of: {', '.join(ENTRY_KINDS)}."]
            kinds = ()
        occurred_from = _moment(data.get("occurred_from"), "occurred_from", errors, end_of_day=False)
        occurred_to = _moment(data.get("occurred_to"), "occurred_to", errors, end_of_day=True)
        if occurred_from and occurred_to and occurred_to < occurred_from:
            errors["occurred_to"] = ["Must be on or after occurred_from."]
        flags = {}
        for name in ("pinned_only", "include_pending"):
            value = data.get(name, False)
            if not isinstance(value, bool):
                errors[name] = ["true or false."]
            flags[name] = bool(value) if isinstance(value, bool) else False
        order = data.get("order") or Order.CHRONOLOGICAL.value
        if order not in {o.value for o in Order}:
            errors["order"] = [f"One of: {', '.join(o.value for o in Order)}."]
            order = Order.CHRONOLOGICAL.value
        locale = data.get("locale") or "fr"
        if locale not in {"fr", "en"}:
            errors["locale"] = ["fr or en."]
            locale = "fr"
        if errors:
            raise ValidationFailed("The export's selection is invalid.", code="invalid_scope", fields=errors)
        return cls(
            stage_ids=stage_ids,
            kinds=kinds,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
            order=Order(order),
            locale=locale,
            **flags,
        )


def describe_scope(scope: Scope, stage_titles: Mapping[int, str]) -> str:
    """The selection in words, in the story's language (shown on the title page)."""
    english = scope.locale == "en"
    parts = [
        ("pinned entries" if english else "entrées épinglées")
        if scope.pinned_only
        else ("all entries" if english else "toutes les entrées")
    ]
    if scope.kinds:
        parts.append(("kinds: " if english else "types : ") + ", ".join(scope.kinds))
    if scope.stage_ids:
        titles = ", ".join(stage_titles.get(stage_id, str(stage_id)) for stage_id in scope.stage_ids)
        parts.append(("stages: " if english else "escales : ") + titles)
    if scope.occurred_from or scope.occurred_to:
        start = scope.occurred_from.date().isoformat() if scope.occurred_from else "…"
        end = scope.occurred_to.date().isoformat() if scope.occurred_to else "…"
        parts.append(f"{start} – {end}")
    if scope.include_pending:
        parts.append("including entries awaiting approval" if english else "y compris les entrées à valider")
    return " · ".join(parts)


def _int_list(value: Any, name: str, errors: dict[str, list[str]]) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        errors[name] = ["A list of stage ids."]
        return ()
    return tuple(dict.fromkeys(value))


def _moment(value: Any, name: str, errors: dict[str, list[str]], *, end_of_day: bool) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed: datetime | date = value
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
        except ValueError:
            errors[name] = ["A date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone."]
            return None
    else:
        errors[name] = ["A date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone."]
        return None
    if not isinstance(parsed, datetime):
        start = datetime.combine(parsed, time.min, tzinfo=UTC)
        return start + timedelta(days=1, microseconds=-1) if end_of_day else start
    if parsed.tzinfo is None:
        errors[name] = ["A date-time needs a time zone (e.g. 2026-03-01T09:00:00+01:00)."]
        return None
    return parsed.astimezone(UTC)
